#!/usr/bin/env python3
"""Fits the comparator's similarity weights (resources/compare/comparator.properties) on a dev pair
file: logistic regression on the features `parallax pairs --features` writes, then the AGREE
threshold with the best F1 among those reaching the wanted accuracy.

  java -jar target/parallax.jar pairs DEV.tsv --features --out DEV.features.jsonl
  python3 src/eval/fit_similarity.py DEV.tsv DEV.features.jsonl [--positive AGREE]
Standard library only."""
import argparse, json, math

FEATURES = ["cosine", "words", "names", "numbers", "bigrams", "coverage", "unmatched", "cosine2", "length", "namesMissing"]


def solve(m, v):
    """Gauss-Jordan elimination: m x = v."""
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c and a[c][c]:
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def newton(xs, ys, ridge=1e-3, steps=25):
    """Logistic regression by Newton's method (a little ridge keeps it stable)."""
    k = len(xs[0])
    w = [0.0] * k
    for _ in range(steps):
        g = [0.0] * k
        h = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, ys):
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i in range(k):
                g[i] += (p - y) * x[i]
                for j in range(k):
                    h[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(k):
            g[i] += ridge * w[i]
            h[i][i] += ridge
        step = solve(h, g)
        w = [wi - si for wi, si in zip(w, step)]
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("features")
    ap.add_argument("--positive", default="AGREE")
    ap.add_argument("--epochs", type=int, default=3000)
    a = ap.parse_args()
    gold = {}
    for line in open(a.gold, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) >= 4 and c[0] != "id":
            gold[c[0]] = 1.0 if c[3] == a.positive else 0.0
    xs, ys = [], []
    for line in open(a.features, encoding="utf-8"):
        o = json.loads(line)
        if o["id"] in gold:
            xs.append([o["features"][f] for f in FEATURES])
            ys.append(gold[o["id"]])
    n = len(xs)
    w = newton([[1.0] + x for x in xs], ys)
    print("weight.bias=%.3f" % w[0])
    for f, wi in zip(FEATURES, w[1:]):
        print("weight.%s=%.3f" % (f, wi))
    probs = [1 / (1 + math.exp(-(w[0] + sum(wi * xi for wi, xi in zip(w[1:], x))))) for x in xs]
    for t in [i / 100 for i in range(20, 81, 2)]:
        tp = sum(1 for p, y in zip(probs, ys) if p >= t and y)
        fp = sum(1 for p, y in zip(probs, ys) if p >= t and not y)
        fn = sum(1 for p, y in zip(probs, ys) if p < t and y)
        acc = sum(1 for p, y in zip(probs, ys) if (p >= t) == bool(y)) / n
        prec = tp / (tp + fp) if tp + fp else 0
        rec = tp / (tp + fn) if tp + fn else 0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
        print(f"threshold {t:.2f}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f} accuracy {acc:.3f}")


if __name__ == "__main__":
    main()

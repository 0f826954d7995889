#!/usr/bin/env python3
"""Scores Parallax's claim detection on ClaimBuster and CheckThat! 2019 (stdlib only).

usage (from the project root, after `mvn -q -DskipTests package`):
  python3 src/eval/claim_detection.py claimbuster ../shared/eval/external/claimbuster [--fit]
  python3 src/eval/claim_detection.py checkthat ../shared/eval/external/checkthat2019-task1

claimbuster: each sentence alone through `parallax claims`; scores class 1 (check-worthy factual)
  against (a) the claim decision the product uses and (b) the check-worthy flag (shipped weights). With --fit it
  also fits the check-worthiness weights by logistic regression and reports 10-fold
  cross-validated figures (the weights printed are fitted on all of the data; copy them into
  resources/claims/checkworthiness.tsv).
checkthat: each debate file's sentences; P/R/F1 of the claim decision against label 1, and the
  official ranking measures by checkworthiness: MAP, R-precision, P@5/10/20, averaged over files.
"""
import argparse, json, math, os, random, subprocess, sys, tempfile

JAR = ["java", "-jar", "target/parallax.jar"]


def run(rows, features=False):
    """rows: [(id, text)] -> {id: output row}"""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in.tsv")
        out = os.path.join(d, "out.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i, t in rows:
                f.write(f"{i}\t{' '.join(t.split())}\n")
        subprocess.run(JAR + ["claims", src, "--out", out] + (["--features"] if features else []), check=True)
        return {r["id"]: r for r in map(json.loads, open(out, encoding="utf-8"))}


def prf(gold, pred):
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(1 for g, q in zip(gold, pred) if bool(g) == bool(q)) / len(gold)
    return p, r, f, acc


def show(name, gold, pred):
    p, r, f, acc = prf(gold, pred)
    print(f"{name}: P {p:.3f} R {r:.3f} F1 {f:.3f} accuracy {acc:.3f} (n={len(gold)}, positives={sum(gold)})")


def fit(xs, ys, names, epochs=300, lr=0.5, l2=0.01):
    w = [0.0] * len(names)
    for _ in range(epochs):
        grad = [0.0] * len(names)
        for x, y in zip(xs, ys):
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-z))
            for k in range(len(w)):
                grad[k] += (p - y) * x[k]
        for k in range(len(w)):
            w[k] -= lr * (grad[k] / len(xs) + (l2 * w[k] if names[k] != "bias" else 0))
    return w


def best_threshold(w, xs, ys):
    best = (0, 0.5)
    for t in [k / 100 for k in range(20, 80)]:
        f = prf(ys, [predict(w, x) >= t for x in xs])[2]
        best = max(best, (f, t))
    return best[1]


def predict(w, x):
    return 1 / (1 + math.exp(-sum(wi * xi for wi, xi in zip(w, x))))


def claimbuster(a):
    data = json.load(open(os.path.join(a.data, "claimbuster_two_class.json"), encoding="utf-8"))
    out = run([(str(d["sentence_id"]), d["text"]) for d in data], features=a.fit)
    gold = [d["label"] for d in data]
    show("claim decision (product)", gold, [out[str(d["sentence_id"])]["claim"] for d in data])
    show("checkworthy (shipped weights and threshold, fitted on this same data: optimistic)", gold,
         [out[str(d["sentence_id"])]["checkworthy"] for d in data])
    if a.fit:
        names = list(out[str(data[0]["sentence_id"])]["features"].keys())
        xs = [[out[str(d["sentence_id"])]["features"][n] for n in names] for d in data]
        idx = list(range(len(data)))
        random.Random(13).shuffle(idx)
        folds = [idx[k::10] for k in range(10)]
        pred = [None] * len(data)
        pred_t = [None] * len(data)
        for k in range(10):
            test = set(folds[k])
            train = [i for i in idx if i not in test]
            w = fit([xs[i] for i in train], [gold[i] for i in train], names)
            t = best_threshold(w, [xs[i] for i in train], [gold[i] for i in train])
            for i in folds[k]:
                pred[i] = predict(w, xs[i]) >= 0.5
                pred_t[i] = predict(w, xs[i]) >= t
        show("checkworthiness, 10-fold cross-validated fit, threshold 0.5", gold, pred)
        show("checkworthiness, 10-fold cross-validated fit and F1 threshold (chosen on the training folds)", gold, pred_t)
        w = fit(xs, gold, names)
        print(f"# threshold chosen on all of the dev data: {best_threshold(w, xs, gold):.2f}")
        print("# weights fitted on all of the dev data:")
        for n, wi in zip(names, w):
            print(f"{n}\t{wi:.3f}")


def checkthat(a):
    folder = os.path.join(a.data, "test_annotated")
    all_gold, all_pred, all_cw, aps, rps, pk = [], [], [], [], [], {5: [], 10: [], 20: []}
    for fn in sorted(os.listdir(folder)):
        rows = []
        for line in open(os.path.join(folder, fn), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4:
                rows.append((parts[0], parts[2], int(parts[3])))
        out = run([(i, t) for i, t, _ in rows])
        gold = [g for _, _, g in rows]
        pred = [out[i]["claim"] for i, _, _ in rows]
        all_gold += gold
        all_pred += pred
        all_cw += [out[i]["checkworthy"] for i, _, _ in rows]
        ranked = sorted(range(len(rows)), key=lambda k: -out[rows[k][0]]["checkworthiness"])
        hits, prec = 0, []
        for rank, k in enumerate(ranked, 1):
            if gold[k]:
                hits += 1
                prec.append(hits / rank)
        npos = sum(gold)
        aps.append(sum(prec) / npos if npos else 0)
        rps.append(sum(gold[k] for k in ranked[:npos]) / npos if npos else 0)
        for k in pk:
            pk[k].append(sum(gold[j] for j in ranked[:k]) / k)
        print(f"{fn}: {len(rows)} sentences, {npos} check-worthy; AP {aps[-1]:.3f}")
    show("claim decision (product), all files", all_gold, all_pred)
    show("checkworthy, all files", all_gold, all_cw)
    print(f"ranking by checkworthiness: MAP {sum(aps)/len(aps):.3f} R-precision {sum(rps)/len(rps):.3f} "
          + " ".join(f"P@{k} {sum(v)/len(v):.3f}" for k, v in pk.items()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=["claimbuster", "checkthat"])
    ap.add_argument("data")
    ap.add_argument("--fit", action="store_true")
    a = ap.parse_args()
    (claimbuster if a.set == "claimbuster" else checkthat)(a)


if __name__ == "__main__":
    sys.exit(main())

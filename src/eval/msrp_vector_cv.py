#!/usr/bin/env python3
"""Would the sentence vectors themselves help the same-content model? 10-fold cross-validated
logistic regression on MSRP train: the comparator's features alone, then with the two bge vectors'
element-wise products and absolute differences added (ridge-regularised). Needs numpy.

  java -Dparallax.embedding.cache=VEC -jar target/parallax.jar pairs DEV/msrp_train.tsv --features --out F.jsonl
  python3 src/eval/msrp_vector_cv.py DEV/msrp_train.tsv F.jsonl VEC/bge.vectors
"""
import json, struct, sys
import numpy as np

FEATURES = ["cosine", "words", "names", "numbers", "bigrams", "coverage", "unmatched", "cosine2", "length", "namesMissing"]


def vectors(path):
    """The embedding cache Parallax writes: Java writeUTF text, int length, big-endian floats."""
    out, data, i = {}, open(path, "rb").read(), 0
    while i < len(data):
        n = struct.unpack(">H", data[i:i + 2])[0]
        text = data[i + 2:i + 2 + n].decode("utf-8", "replace")
        i += 2 + n
        k = struct.unpack(">i", data[i:i + 4])[0]
        out[text] = np.frombuffer(data[i + 4:i + 4 + 4 * k], dtype=">f4").astype(np.float64)
        i += 4 + 4 * k
    return out


def fit(x, y, ridge):
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * ridge
    penalty[-1, -1] = 0
    for _ in range(30):
        p = 1 / (1 + np.exp(-x @ w))
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        w -= np.linalg.solve(hessian, x.T @ (p - y) + penalty @ w)
    return w


def cross_validated(x, y, ridge, folds=10):
    order = np.random.RandomState(0).permutation(len(y))
    out = np.zeros(len(y))
    for f in range(folds):
        test = order[f::folds]
        train = np.setdiff1d(order, test)
        mean, sd = x[train].mean(0), x[train].std(0) + 1e-9
        w = fit((x[train] - mean) / sd, y[train], ridge)
        z = np.hstack([(x[test] - mean) / sd, np.ones((len(test), 1))])
        out[test] = 1 / (1 + np.exp(-z @ w))
    return out


def report(name, p, y):
    cells = []
    for t in (0.40, 0.45, 0.50, 0.55):
        said = p >= t
        tp, fp, fn = (said & (y == 1)).sum(), (said & (y == 0)).sum(), (~said & (y == 1)).sum()
        f1 = 2 * tp / (2 * tp + fp + fn)
        cells.append("at %.2f F1 %.3f acc %.3f" % (t, f1, (said == (y == 1)).mean()))
    print(name + ": " + " | ".join(cells))


def main():
    gold_path, features_path, vectors_path = sys.argv[1:4]
    gold = [l.rstrip("\n").split("\t") for l in open(gold_path, encoding="utf-8") if not l.startswith("id\t")]
    feats = [json.loads(l)["features"] for l in open(features_path, encoding="utf-8")]
    vec = vectors(vectors_path)
    y = np.array([1 if g[3] == "AGREE" else 0 for g in gold])
    f = np.array([[x[k] for k in FEATURES] for x in feats])
    u = np.array([vec[g[1]] for g in gold])
    v = np.array([vec[g[2]] for g in gold])
    report("features", cross_validated(f, y, 1.0), y)
    report("features + vectors", cross_validated(np.hstack([f, np.abs(u - v), u * v]), y, 1000.0), y)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scores `parallax pairs` on perturb_dev.tsv per kind of change (the kind is the id's second
field): for a changed sentence, the share labelled CONTRADICT (recall); for a control
(paraphrase, identical, harmless rewording), the share NOT labelled CONTRADICT.

  perturb_kinds.py perturb_dev.tsv OUT.jsonl"""
import collections, json, sys


def main(gold_path, out_path):
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if cols[0] != "id" and len(cols) >= 4:
            gold[cols[0]] = (cols[0].split("_")[1], cols[3])
    pred = {}
    for line in open(out_path, encoding="utf-8"):
        o = json.loads(line)
        pred[o["id"]] = o["relation"]
    total, right = collections.Counter(), collections.Counter()
    for pid, (kind, label) in gold.items():
        total[kind] += 1
        red = pred.get(pid) == "CONTRADICT"
        right[kind] += red if label == "CONTRADICT" else not red
    for kind in sorted(total):
        what = "CONTRADICT" if kind in ("antonym", "date", "negation", "number") else "not CONTRADICT"
        print(f"{kind:10s} {what:15s} {right[kind] / total[kind]:.3f} ({right[kind]}/{total[kind]})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

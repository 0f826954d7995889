#!/usr/bin/env python3
"""Share of same-fact pairs above each bar of a feature, for choosing `counterpart.samefact.cosine`.

  samefact_precision.py GOLD.tsv FEATURES.jsonl [--feature cosine|similarity] [--bars 0.8,0.82,0.84,0.85,0.88]

GOLD.tsv is written by ecb_samefact_pairs.py (label SAME or OTHER); FEATURES.jsonl by
`parallax pairs GOLD.tsv --features --out FEATURES.jsonl` (the comparator's similarity of each
pair, and its embedding cosine). For each bar: how many pairs reach it, which share of them tell
the same fact, and which share of all same-fact pairs they hold.
Standard library only.
"""
import argparse, json

p = argparse.ArgumentParser()
p.add_argument("gold")
p.add_argument("features")
p.add_argument("--feature", default="cosine", choices=["cosine", "similarity"])
p.add_argument("--bars", default="0.8,0.82,0.84,0.85,0.88")
a = p.parse_args()
label = {}
for line in open(a.gold, encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if cols[0] != "id" and len(cols) >= 4:
        label[cols[0]] = cols[3]
sims = []
for line in open(a.features, encoding="utf-8"):
    d = json.loads(line)
    sims.append((d["features"][a.feature], label[d["id"]] == "SAME"))
total = sum(same for _, same in sims)
for bar in (float(x) for x in a.bars.split(",")):
    above = [same for s, same in sims if s >= bar]
    share = sum(above) / len(above) if above else 0.0
    print(f"{a.feature} >= {bar:.2f}: {len(above)} pairs, same fact {share:.3f}, "
          f"of all same-fact pairs {sum(above) / max(1, total):.3f}")

#!/usr/bin/env python3
"""Share of same-fact pairs above each similarity bar, for choosing `counterpart.samefact.similarity`.

  samefact_precision.py GOLD.tsv FEATURES.jsonl [--bars 0.4,0.5,0.55,0.6,0.7]

GOLD.tsv is written by ecb_samefact_pairs.py (label SAME or OTHER); FEATURES.jsonl by
`parallax pairs GOLD.tsv --features --out FEATURES.jsonl` (the comparator's similarity of each
pair). For each bar: how many pairs reach it and which share of them tell the same fact.
Standard library only.
"""
import argparse, json

p = argparse.ArgumentParser()
p.add_argument("gold")
p.add_argument("features")
p.add_argument("--bars", default="0.4,0.5,0.55,0.6,0.7")
a = p.parse_args()
label = {}
for line in open(a.gold, encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if cols[0] != "id" and len(cols) >= 4:
        label[cols[0]] = cols[3]
sims = []
for line in open(a.features, encoding="utf-8"):
    d = json.loads(line)
    sims.append((d["features"]["similarity"], label[d["id"]] == "SAME"))
for bar in (float(x) for x in a.bars.split(",")):
    above = [same for s, same in sims if s >= bar]
    share = sum(above) / len(above) if above else 0.0
    print(f"similarity >= {bar:.2f}: {len(above)} pairs, same fact {share:.3f}")

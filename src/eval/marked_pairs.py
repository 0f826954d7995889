#!/usr/bin/env python3
"""The pairs `compare` reports marked with the given relations, as a `pairs` file, to measure
their similarity or re-label them with `parallax pairs`.

  marked_pairs.py CONTRADICT,DIVERGE REPORT.json... > marked.tsv
  java -jar target/parallax.jar pairs marked.tsv --features --out marked.jsonl

Each distinct pair of a report once; the id is report:relation:kind:claimA-claimB. Standard library only.
"""
import json, os, sys

relations = sys.argv[1].split(",")
seen = set()
for path in sys.argv[2:]:
    report = json.load(open(path, encoding="utf-8"))
    claims = {c["id"]: c["text"].replace("\t", " ").replace("\n", " ") for c in report["claims"]}
    name = os.path.basename(path).rsplit(".", 1)[0]
    for cluster in report["clusters"]:
        for p in cluster["pairs"]:
            if p["relation"] in relations and (name, p["a"], p["b"]) not in seen:
                seen.add((name, p["a"], p["b"]))
                print(f"{name}:{p['relation']}:{p.get('kind')}:{p['a']}-{p['b']}\t{claims[p['a']]}\t{claims[p['b']]}")

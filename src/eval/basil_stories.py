#!/usr/bin/env python3
"""BASIL events as Parallax stories, for blind readings on multi-outlet news no rule was chosen on.

  basil_stories.py external/basil OUT [--events N] [--seed 1]

Each BASIL triplet (one event told by Fox News, the New York Times and HuffPost) becomes a folder
OUT/<triplet> holding one text file per outlet (title, blank line, paragraphs) and a corpus.json
with each file's outlet and date. N triplets are drawn at random (all by default). Standard
library only; the articles are third-party text: evaluation only, never shipped.
"""
import argparse, collections, glob, json, os, random

p = argparse.ArgumentParser()
p.add_argument("basil")
p.add_argument("out")
p.add_argument("--events", type=int, default=0)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
by_event = collections.defaultdict(list)
for f in sorted(glob.glob(os.path.join(a.basil, "articles", "*", "*.json"))):
    d = json.load(open(f, encoding="utf-8"))
    by_event[d["triplet-uuid"]].append(d)
events = sorted(by_event)
if a.events:
    events = sorted(random.Random(a.seed).sample(events, min(a.events, len(events))))
for event in events:
    folder = os.path.join(a.out, event[:8])
    os.makedirs(folder, exist_ok=True)
    meta = []
    for d in by_event[event]:
        source = d["source"].lower()
        name = source + ".txt"
        body = "\n\n".join(" ".join(par) for par in d["body-paragraphs"])
        with open(os.path.join(folder, name), "w", encoding="utf-8") as w:
            w.write(d["title"].strip() + "\n\n" + body + "\n")
        meta.append({"file": name, "outlet": {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}.get(source, source),
                     "published": (d.get("date") or None), "url": d.get("url")})
    with open(os.path.join(folder, "corpus.json"), "w", encoding="utf-8") as w:
        json.dump({"articles": meta}, w, indent=1)
print(f"{len(events)} BASIL events written to {a.out}")

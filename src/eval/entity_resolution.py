#!/usr/bin/env python3
"""Scores Parallax's cross-source entity resolution on ECB+ (topics 1-35 by default; stdlib only).

usage (from the project root, after `mvn -q -DskipTests package`):
  python3 src/eval/entity_resolution.py ../shared/eval/external/ecbplus [--topics 1-35] [--work DIR]

Each (topic, ecb|ecbplus) group is one story: its documents are written as text files (one ECB+
sentence a line, the URL line of ecbplus files dropped) and run through `parallax compare`. Gold:
HUMAN_PART_* and LOC_* mentions in cross-document chains. Only gold mentions whose tokens overlap
a name Parallax found are scored (this measures resolution, not name finding; the share of gold
names found is printed too): for every two such mentions in different documents, "same entity"
in the report vs the same gold instance. Pairwise precision, recall and F1, pooled over stories,
next to an exact-string baseline (same mention text = same entity). All stories are resolved
in one run of `parallax claims --entities`, so the models load once.
"""
import argparse, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET
from itertools import combinations


def parse_topics(spec):
    out = set()
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out


def read_doc(path):
    root = ET.parse(path).getroot()
    tokens = {}
    for t in root.iter("token"):
        tokens[t.get("t_id")] = (int(t.get("sentence")), t.text or "")
    mentions = {}
    instance = {}
    markables = root.find("Markables")
    for m in markables:
        anchors = [a.get("t_id") for a in m.findall("token_anchor")]
        if anchors and (m.tag.startswith("HUMAN_PART") or m.tag.startswith("LOC")):
            mentions[m.get("m_id")] = anchors
    for r in root.find("Relations").findall("CROSS_DOC_COREF"):
        note = r.get("note", "")
        for s in r.findall("source"):
            if s.get("m_id") in mentions:
                instance[s.get("m_id")] = note
    return tokens, {mid: (anchors, instance[mid]) for mid, anchors in mentions.items() if mid in instance}


def write_text(tokens, plus):
    """One sentence a line; returns text and the character span of each token id."""
    by_sentence = {}
    for tid, (s, w) in sorted(tokens.items(), key=lambda kv: int(kv[0])):
        by_sentence.setdefault(s, []).append((tid, w))
    text, spans = "", {}
    for s in sorted(by_sentence):
        if plus and s == 0:
            continue  # the source URL
        for k, (tid, w) in enumerate(by_sentence[s]):
            if k:
                text += " "
            spans[tid] = (len(text), len(text) + len(w))
            text += w
        text += "\n\n"
    return text, spans


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return p, r, (2 * p * r / (p + r) if p + r else 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ecbplus")
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--work", default=None)
    ap.add_argument("--errors", type=int, default=0, help="also list the N most frequent wrongly split / merged name pairs")
    ap.add_argument("--reuse", action="store_true", help="score the entities.jsonl already in --work (no new run)")
    a = ap.parse_args()
    topics = parse_topics(a.topics)
    work = a.work or tempfile.mkdtemp(prefix="ecb-entities-")
    totals = {"sys": [0, 0, 0], "str": [0, 0, 0]}
    gold_names = found_names = 0
    stories = []
    for topic in sorted(topics):
        folder = os.path.join(a.ecbplus, "ECB+", str(topic))
        if not os.path.isdir(folder):
            continue
        for kind in ("ecb", "ecbplus"):
            files = sorted(f for f in os.listdir(folder) if re.fullmatch(rf"\d+_\d+{kind}\.xml", f))
            if len(files) < 2:
                continue
            story = os.path.join(work, f"{topic}_{kind}")
            os.makedirs(story, exist_ok=True)
            gold = {}
            for f in files:
                tokens, mentions = read_doc(os.path.join(folder, f))
                text, spans = write_text(tokens, kind == "ecbplus")
                name = f.replace(".xml", ".txt")
                open(os.path.join(story, name), "w", encoding="utf-8").write(text)
                gold[name] = [(spans[t[0]][0], spans[t[-1]][1], inst) for t, inst in mentions.values()
                              if t[0] in spans and t[-1] in spans]
            stories.append((f"{topic}_{kind}", story, gold, len(files)))
    out = os.path.join(work, "entities.jsonl")
    if not a.reuse:
        subprocess.run(["java", *os.environ.get("JAVA_OPTS", "").split(), "-jar", "target/parallax.jar", "claims", "--out", out, "--entities"]
                   + [s[1] for s in stories], check=True)
    from collections import Counter
    split_pairs, merged_pairs = Counter(), Counter()
    reports = {r["story"]: r for r in map(json.loads, open(out, encoding="utf-8"))}
    for label, story, gold, ndocs in stories:
            rep = reports[story]
            path_of = rep["articles"]
            found = []  # (doc, start, end, entity id, text)
            for e in rep["entities"]:
                for m in e["mentions"]:
                    found.append((path_of[m["article"]], m["start"], m["end"], e["id"], m["text"].lower()))
            scored = []  # (doc, gold instance, entity, text)
            for doc, ms in gold.items():
                for s, t, inst in ms:
                    gold_names += 1
                    hit = [f for f in found if f[0] == doc and f[1] < t and s < f[2]]
                    if hit:
                        found_names += 1
                        scored.append((doc, inst, hit[0][3], hit[0][4]))
            for x, y in combinations(scored, 2):
                if x[0] == y[0]:
                    continue
                same_gold = x[1] == y[1]
                if same_gold and x[2] != y[2]:
                    split_pairs[tuple(sorted((x[3], y[3])))] += 1
                if not same_gold and x[2] == y[2]:
                    merged_pairs[tuple(sorted((x[3], y[3])))] += 1
                for key, same in (("sys", x[2] == y[2]), ("str", x[3] == y[3])):
                    if same and same_gold:
                        totals[key][0] += 1
                    elif same:
                        totals[key][1] += 1
                    elif same_gold:
                        totals[key][2] += 1
            p, r, f = prf(*totals["sys"])
            print(f"{label}: {ndocs} docs; pooled so far P {p:.3f} R {r:.3f} F1 {f:.3f}", flush=True)
    print(f"gold participant/location mentions overlapping a name Parallax found: {found_names}/{gold_names}")
    for key, label in (("sys", "Parallax EntityResolver"), ("str", "baseline: same mention text")):
        p, r, f = prf(*totals[key])
        print(f"{label}: cross-document mention pairs P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {totals[key][0]}, fp {totals[key][1]}, fn {totals[key][2]})")


    for label, c in (("wrongly split", split_pairs), ("wrongly merged", merged_pairs)):
        for pair, n in c.most_common(a.errors):
            print(f"  {label}: {pair[0]!r} / {pair[1]!r}: {n} pairs")


if __name__ == "__main__":
    sys.exit(main())

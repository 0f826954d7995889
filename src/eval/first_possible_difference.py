#!/usr/bin/env python3
"""What Alt+Down would open first if it stepped to possible differences (a counterpart pair whose
difference a rule names without marking it, the report's `unsettled`) in a story with no red or
amber mark: copies of the reports in which only that pair is labelled DIVERGE, for a blind reading.

  first_possible_difference.py OUT_DIR REPORT.json...
  python3 ../shared/eval/judge_pairs.py sample READ_DIR OUT_DIR/*.json --contradict 0 --diverge 25 --agree 15

The order is the window's: matches (clusters of two or more sources) by their first claim in
source order, then position; a match qualifies when no pair in it is marked (all RELATED). Prints
how many reports had a mark, a possible difference to open first, or neither. Standard library only.
"""
import collections, json, os, sys

MARKS = ("CONTRADICT", "DIVERGE")


def first_step(report):
    sources = [a["id"] for a in report["articles"]]
    claims = {c["id"]: c for c in report["claims"]}
    matches = []
    for k in report["clusters"]:
        members = [claims[i] for i in k["claims"] if i in claims]
        if len({c["article"] for c in members}) < 2:
            continue
        pairs = k.get("pairs", [])
        if any(p["relation"] in MARKS for p in pairs):
            return "mark", None
        first = min((sources.index(c["article"]), c["start"]) for c in members)
        possible = None
        if all(p["relation"] == "RELATED" for p in pairs):
            possible = next((p for p in pairs if p.get("counterpart") and p.get("unsettled")), None)
        matches.append((first, possible))
    opened = [p for _, p in sorted(matches, key=lambda m: m[0]) if p]
    return ("possible", opened[0]) if opened else ("unique", None)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counts = collections.Counter()
    for path in sys.argv[2:]:
        report = json.load(open(path, encoding="utf-8"))
        kind, pair = first_step(report)
        counts[kind] += 1
        if kind != "possible":
            continue
        for k in report["clusters"]:
            for p in k.get("pairs", []):
                if p is pair:
                    p["relation"] = "DIVERGE"
        name = os.path.basename(os.path.dirname(os.path.abspath(path))) + "-" + os.path.basename(path)
        json.dump(report, open(os.path.join(out, name), "w", encoding="utf-8"))
    print(dict(counts))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""What Parallax marks on sets of story reports: per folder of `compare --json` reports, the
stories, red (CONTRADICT) and amber (DIVERGE) marks as distinct claim pairs, how many stories have
any, the AGREE pairs, the agreements that name differing figures or dates, and the differences
named without a mark (the report's `unsettled`), split by kind of note.

  story_marks.py REPORT_DIR...

A pair standing in two topics is counted once. Standard library only.
"""
import glob, json, os, sys


def pairs(report):
    seen = {}
    for k in report.get("clusters", []):
        for p in k.get("pairs", []):
            seen.setdefault((p["a"], p["b"]), p)
    return seen.values()


def main():
    print("| set | stories | red pairs (stories) | amber pairs (stories) | AGREE pairs | of them naming differing figures or dates | named, not marked: below the bar / like words |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for folder in sys.argv[1:]:
        files = sorted(glob.glob(os.path.join(folder, "*.json")))
        red = amber = red_stories = amber_stories = agree = differ = below = like = 0
        for f in files:
            ps = list(pairs(json.load(open(f, encoding="utf-8"))))
            r = sum(p["relation"] == "CONTRADICT" for p in ps)
            a = sum(p["relation"] == "DIVERGE" for p in ps)
            red, amber = red + r, amber + a
            red_stories += r > 0
            amber_stories += a > 0
            agreements = [p for p in ps if p["relation"] == "AGREE"]
            agree += len(agreements)
            differ += sum(" differ: " in (p.get("explanation") or "") for p in agreements)
            unsettled = [p for p in ps if p["relation"] == "RELATED" and p.get("unsettled")]
            like += sum((p.get("explanation") or "").startswith("Told in like words") for p in unsettled)
            below += sum(not (p.get("explanation") or "").startswith("Told in like words") for p in unsettled)
        print(f"| {os.path.basename(os.path.normpath(folder))} | {len(files)} | {red} ({red_stories}) | {amber} ({amber_stories}) "
              f"| {agree:,} | {differ} | {below} / {like} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""What Parallax marks on sets of story reports: per folder of `compare --json` reports, the
stories, red (CONTRADICT) and amber (DIVERGE) marks as distinct claim pairs, how many stories have
any, the AGREE pairs, and the differences named without a mark (the report's `unsettled`), split
by kind of note: like words giving two differing figures or dates outside one slot ("Told in like
words, but the figures differ ..."; agreements naming them until 3c1a783), below
the same-fact bar, like words around two values or people in one slot.

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
    print("| set | stories | red pairs (stories) | amber pairs (stories) | AGREE pairs | like words, differing figures or dates | named, not marked: below the bar / like words in one slot |")
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
            unsettled = [(p.get("explanation") or "") for p in ps if p["relation"] == "RELATED" and p.get("unsettled")]
            differ += sum(e.startswith("Told in like words, but the ") for e in unsettled)
            like += sum(e.startswith("Told in like words, but perhaps") for e in unsettled)
            below += sum(not e.startswith("Told in like words") for e in unsettled)
        print(f"| {os.path.basename(os.path.normpath(folder))} | {len(files)} | {red} ({red_stories}) | {amber} ({amber_stories}) "
              f"| {agree:,} | {differ} | {below} / {like} |")


if __name__ == "__main__":
    main()

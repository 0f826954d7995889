#!/usr/bin/env python3
"""Copies of story reports for a blind reading of the differences Parallax names without a mark
(the report's `unsettled`): in each copy those pairs carry a label `judge_pairs.py sample` draws,
and every real mark is made RELATED so that only the named differences are drawn with them.

  unmarked_differences.py below|like|people|values OUT_DIR REPORT.json...

`below`: findings between counterparts below the same-fact bar ("Perhaps two different facts;
if they are one: ..."), labelled DIVERGE. `like`: like words around two different dates or
figures ("Told in like words, but perhaps of two different things: ..."), labelled CONTRADICT.
`people`: like words naming two different people ("... of two different things: A names 'Jamal
Williams', B 'Vincent Jackson'"), labelled CONTRADICT (`like` leaves these out).
`values`: like words giving two differing figures or dates outside one slot ("Told in like words,
but the figures differ: A '23 fishermen', B '26 fishermen' ..."; agreements naming them until
3c1a783), labelled DIVERGE; `like` leaves these out. Other agreements keep their
label. Standard library only.
"""
import json, os, sys

LIKE = "Told in like words, but perhaps of two different things"
VALUES = "Told in like words, but the "


def main():
    mode, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for path in sys.argv[3:]:
        report = json.load(open(path, encoding="utf-8"))
        for k in report["clusters"]:
            for p in k["pairs"]:
                named = p["relation"] == "RELATED" and p.get("unsettled")
                like = (p.get("explanation") or "").startswith(LIKE)
                values = (p.get("explanation") or "").startswith(VALUES)
                if p["relation"] in ("CONTRADICT", "DIVERGE"):
                    p["relation"] = "RELATED"
                if named and mode == "below" and not like and not values:
                    p["relation"] = "DIVERGE"
                people = p.get("unsettled") == "ENTITY"
                if named and mode == "like" and like and not people:
                    p["relation"] = "CONTRADICT"
                if named and mode == "people" and like and people:
                    p["relation"] = "CONTRADICT"
                if named and mode == "values" and (p.get("explanation") or "").startswith(VALUES):
                    p["relation"] = "DIVERGE"
        name = os.path.basename(os.path.dirname(os.path.abspath(path))) + "-" + os.path.basename(path)
        json.dump(report, open(os.path.join(out, name), "w", encoding="utf-8"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How well the comparator's same-content similarity follows graded human similarity on news:
the 500 news pairs (MSRpar, headlines) of the STS Benchmark dev half.

  sts_news.py pairs external/sts-benchmark/sts-dev.csv OUT.tsv     # writes the pair file
  java -jar target/parallax.jar pairs OUT.tsv --features --out OUT.jsonl
  sts_news.py score external/sts-benchmark/sts-dev.csv OUT.jsonl   # Pearson / Spearman

Labels in OUT.tsv (AGREE at gold >= 4, RELATED from 2, UNRELATED below) only make the file a
valid pair file; the score reads the gold 0-5 values. Prints the correlation of the comparator's
similarity and of the embedding cosine alone with the gold, over all news pairs and per source,
and how the relations spread over the gold bands. Standard library only.
"""
import collections, json, math, sys


def news_rows(path):
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) >= 7 and p[0] == "main-news":
            yield f"sts{p[1]}_{p[2]}_{p[3]}", float(p[4]), p[5].replace("\t", " "), p[6].replace("\t", " ")


def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return sxy / math.sqrt(sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y))


def band(score):
    return ">=4" if score >= 4 else "3-4" if score >= 3 else "2-3" if score >= 2 else "<2"


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("pairs", "score"):
        sys.exit(__doc__)
    rows = list(news_rows(sys.argv[2]))
    if sys.argv[1] == "pairs":
        with open(sys.argv[3], "w", encoding="utf-8") as out:
            out.write("id\tA\tB\tlabel\n")
            for i, g, a, b in rows:
                out.write(f"{i}\t{a}\t{b}\t{'AGREE' if g >= 4 else 'RELATED' if g >= 2 else 'UNRELATED'}\n")
        print(f"{len(rows)} news pairs written to {sys.argv[3]}")
        return
    gold = {i: g for i, g, _, _ in rows}
    results = [json.loads(line) for line in open(sys.argv[3], encoding="utf-8")]
    for source in ("", "MSRpar", "headlines"):
        sel = [r for r in results if source in r["id"]]
        g = [gold[r["id"]] for r in sel]
        for feature in ("similarity", "cosine"):
            x = [r["features"][feature] for r in sel]
            print(f"{source or 'all news'} ({len(sel)}) {feature}: Pearson {pearson(x, g):.3f}, "
                  f"Spearman {pearson(ranks(x), ranks(g)):.3f}")
    spread = collections.Counter((r["relation"], band(gold[r["id"]])) for r in results)
    for relation in ("AGREE", "DIVERGE", "CONTRADICT", "RELATED", "UNRELATED"):
        print(relation, {b: spread[(relation, b)] for b in (">=4", "3-4", "2-3", "<2")})


if __name__ == "__main__":
    main()

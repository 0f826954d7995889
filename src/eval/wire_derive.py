#!/usr/bin/env python3
"""Wire-copy derivation benchmark: rewrites of development articles with known copied, reworded,
cut and added sentences, then per-category precision and recall of `parallax wire` on them.

  python3 src/eval/wire_derive.py build ../shared/eval/external/ecbplus-stories-dir OUT --parity odd [--pairs 40]
  for d in OUT/*/; do java -jar target/parallax.jar wire $d/original.txt $d/rewrite.txt --json $d/wire.json; done
  python3 src/eval/wire_derive.py score OUT [wire.json]

  python3 src/eval/wire_derive.py agency STORIES OUT    # real wire copies of ECB+ (see agency())

(src/test/java/org/parallax/tools/WireSweep.java writes the same wire.json files in one process,
and variants of the settings beside them.)

The input is a folder of stories as `../shared/eval/ecb_stories.py build` writes them (one folder
per ECB+ topic, one sentence or paragraph per line). Each original is an article of a topic of the
chosen parity; each sentence of it is, at random (seeded), copied verbatim, reworded, or cut, and
sentences of an article of another topic are added. Rewording uses only the hand-written patterns
below (an attribution moved, reporting verbs and common words swapped for others, contractions);
a sentence is kept as reworded only if at least two of its words changed and no run of the
original's words as long as half the sentence (and at least 6) survives in it, so that "reworded" is never
near-verbatim; a sentence the patterns cannot reword that much is cut instead. Nothing here calls or imitates the engine.
"""
import json, os, random, re, sys, glob, collections

REPORTING = {"said": "stated", "says": "states", "told": "informed", "announced": "declared",
             "reported": "stated", "added": "went on to say", "confirmed": "verified"}
# Common news words and a word for the same thing (written by us; both directions used).
SYNONYMS = dict(l.split("|") for l in """
killed|slain
began|started
start|begin
help|assist
buy|purchase
bought|purchased
about|around
big|large
people|individuals
police|officers
officials|authorities
man|individual
woman|person
home|residence
house|residence
car|vehicle
died|perished
attack|assault
fire|blaze
city|town
company|firm
deal|agreement
plan|proposal
quickly|rapidly
also|too
near|close to
after|following
before|prior to
because|since
show|demonstrate
showed|demonstrated
found|discovered
tried|attempted
need|require
needed|required
used|employed
asked|requested
believe|think
believed|thought
enough|sufficient
many|numerous
often|frequently
later|subsequently
whole|entire
again|once more
arrested|detained
injured|hurt
wounded|hurt
hospital|medical center
meeting|session
statement|announcement
reports|accounts
suspect|accused
charged|accused
released|freed
left|departed
came|arrived
went|headed
earlier|previously
named|appointed
hired|appointed
new|fresh
latest|most recent
leader|head
chief|head
more than|over
at least|no fewer than
during|throughout
while|whereas
however|but
according to|citing
was killed|died
has been|was
have been|were
on Monday|Monday
on Tuesday|Tuesday
on Wednesday|Wednesday
on Thursday|Thursday
on Friday|Friday
on Saturday|Saturday
on Sunday|Sunday
including|among them
several|a number of
percent|per cent
shot|fired at
victim|casualty
victims|casualties
trial|court case
court|tribunal
judge|justice
star|celebrity
actress|performer
actor|performer
singer|performer
rehab|rehabilitation
center|facility
centre|facility
clinic|facility
magazine|publication
spokesman|representative
spokeswoman|representative
rep|representative
""".strip().splitlines())
CONTRACTIONS = {"did not": "didn't", "does not": "doesn't", "is not": "isn't", "was not": "wasn't",
                "would not": "wouldn't", "could not": "couldn't", "has not": "hasn't", "have not": "haven't",
                "will not": "won't", "are not": "aren't", "were not": "weren't"}
ATTRIBUTION_END = re.compile(r'^(?P<body>.+?),?\s+(?P<who>(?:[A-Z][\w.\'-]*\s*){1,5}|(?:the|a|an)\s+[\w\s\'-]{2,40}?)\s+(?P<verb>said|says|told \w+)\.$')
ATTRIBUTION_START = re.compile(r'^(?P<who>(?:[A-Z][\w.\'-]*\s*){1,4})\s+(?P<verb>said|says)\s+(?:that\s+)?(?P<body>.+)\.$')
WORDS = re.compile(r"[\w']+")


def words(s):
    return [w.lower() for w in WORDS.findall(s)]


def longest_shared_run(a, b):
    wa, wb = words(a), words(b)
    best = 0
    prev = [0] * (len(wb) + 1)
    for i in range(1, len(wa) + 1):
        cur = [0] * (len(wb) + 1)
        for j in range(1, len(wb) + 1):
            if wa[i - 1] == wb[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def changed_words(a, b):
    return len(set(words(a)) ^ set(words(b))) // 2


def swap_words(s):
    """Every listed word or phrase replaced in one pass (longest first), keeping a capital."""
    table = dict(REPORTING)
    table.update(SYNONYMS)
    table.update(CONTRACTIONS)
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b", re.I)

    def swap(m):
        rep = table.get(m.group(0).lower())
        if rep is None or m.group(0)[:1].isupper() and m.start() > 0:
            return m.group(0)  # a capital inside the sentence starts a name: "Kansas City" stays
        return rep[:1].upper() + rep[1:] if m.group(0)[:1].isupper() else rep
    return pattern.sub(swap, s)


INTRODUCTORY = re.compile(r'^(?P<intro>(?:Despite|After|Before|While|Although|Since|When|During|In|On|At)\b[^,]{3,60}),\s+(?P<main>[^,]+)\.$')


def reword(s):
    m = INTRODUCTORY.match(s)
    if m:  # the introductory phrase moves to the end
        s = m.group("main")[:1].upper() + m.group("main")[1:] + ", " + m.group("intro")[:1].lower() + m.group("intro")[1:] + "."
    m = ATTRIBUTION_END.match(s)
    if m:
        body = m.group("body").strip().strip('"“”')
        s = "According to " + m.group("who").strip() + ", " + body[:1].lower() + body[1:] + "."
    else:
        m = ATTRIBUTION_START.match(s)
        if m:
            body = m.group("body").strip()
            s = body[:1].upper() + body[1:] + ", " + m.group("who").strip() + " said."
    return swap_words(s)


def sentences(path):
    return [l.strip() for l in open(path, encoding="utf-8") if len(l.split()) >= 6]


def build(stories, out, parity, pairs, seed=7):
    rng = random.Random(seed)
    topics = sorted((d for d in os.listdir(stories) if d.isdigit() and int(d) % 2 == (1 if parity == "odd" else 0)), key=int)
    articles = [(t, f) for t in topics for f in sorted(glob.glob(os.path.join(stories, t, "*.txt")))]
    articles = [(t, f) for t, f in articles if len(sentences(f)) >= 5]
    rng.shuffle(articles)
    os.makedirs(out, exist_ok=True)
    made = 0
    stats = collections.Counter()
    for topic, f in articles:
        if made >= pairs:
            break
        others = [g for t, g in articles if t != topic]
        extra = sentences(rng.choice(others))
        gold, rewrite = [], []
        for s in sentences(f):
            r = rng.random()
            if r < 0.4:
                gold.append(("original", s, "COPIED")); gold.append(("rewrite", s, "COPIED")); rewrite.append(s)
            elif r < 0.75:
                w = reword(s)
                if longest_shared_run(s, w) < max(6, len(words(s)) / 2) and changed_words(s, w) >= 2:
                    gold.append(("original", s, "REWORDED")); gold.append(("rewrite", w, "REWORDED"))
                    rewrite.append(w); stats["reworded"] += 1
                else:
                    stats["reword failed, cut"] += 1
                    gold.append(("original", s, "CUT"))
            else:
                gold.append(("original", s, "CUT"))
        for s in rng.sample(extra, min(len(extra), rng.randint(1, 3))):
            pos = rng.randint(0, len(rewrite))
            rewrite.insert(pos, s); gold.append(("rewrite", s, "ADDED"))
        d = os.path.join(out, "%03d" % made)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "original.txt"), "w", encoding="utf-8").write("\n\n".join(sentences(f)) + "\n")
        open(os.path.join(d, "rewrite.txt"), "w", encoding="utf-8").write("\n\n".join(rewrite) + "\n")
        json.dump({"articles": [{"file": "original.txt", "outlet": "Wire", "published": "2020-01-01"},
                                {"file": "rewrite.txt", "outlet": "Rewrite", "published": "2020-01-02"}]},
                  open(os.path.join(d, "corpus.json"), "w"))
        with open(os.path.join(d, "gold.tsv"), "w", encoding="utf-8") as g:
            for side, s, cat in gold:
                g.write(side + "\t" + cat + "\t" + s + "\n")
        made += 1
    print("%d pairs written to %s (%s)" % (made, out, dict(stats)))


def norm(s):
    return " ".join(words(s))


def overlap(a, b):
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / max(1, len(wa))


def agency(stories, out, min_share=0.5):
    """Real wire copy: pairs of articles of one ECB+ topic (dates unknown, so the order is the file
    order) sharing at least half of their sentences word for word. Gold only where the text settles
    it: a sentence standing identically in the other is COPIED; one sharing under 30% of its words
    with every sentence of the other is CUT (in the original) or ADDED (in the rewrite); the rest is
    not scored."""
    os.makedirs(out, exist_ok=True)
    made = 0
    for t in sorted((d for d in os.listdir(stories) if d.isdigit()), key=int):
        files = sorted(glob.glob(os.path.join(stories, t, "*.txt")))
        texts = {f: sentences(f) for f in files}
        for i, f in enumerate(files):
            for g in files[i + 1:]:
                a, b = texts[f], texts[g]
                if len(a) < 4 or len(b) < 4:
                    continue
                same = {norm(x) for x in a} & {norm(y) for y in b}
                if len(same) < min_share * min(len(a), len(b)) or len(same) == len(a) == len(b):
                    continue
                gold = []
                for side, mine, other in (("original", a, b), ("rewrite", b, a)):
                    for x in mine:
                        if norm(x) in same:
                            gold.append((side, x, "COPIED"))
                        elif max(overlap(x, y) for y in other) < 0.3:
                            gold.append((side, x, "CUT" if side == "original" else "ADDED"))
                d = os.path.join(out, "%03d" % made)
                os.makedirs(d, exist_ok=True)
                open(os.path.join(d, "original.txt"), "w", encoding="utf-8").write("\n\n".join(a) + "\n")
                open(os.path.join(d, "rewrite.txt"), "w", encoding="utf-8").write("\n\n".join(b) + "\n")
                with open(os.path.join(d, "gold.tsv"), "w", encoding="utf-8") as gf:
                    for side, x, cat in gold:
                        gf.write(side + "\t" + cat + "\t" + x + "\n")
                made += 1
    print("%d agency pairs written to %s" % (made, out))


def score(out, name="wire.json"):
    confusion = collections.Counter()
    unscored = collections.Counter()
    for d in sorted(glob.glob(os.path.join(out, "*", ""))):
        wj = os.path.join(d, name)
        if not os.path.exists(wj):
            continue
        gold = {}
        for line in open(os.path.join(d, "gold.tsv"), encoding="utf-8"):
            side, cat, s = line.rstrip("\n").split("\t", 2)
            gold[(side, norm(s))] = cat
        w = json.load(open(wj))
        seen = set()

        def find(side, text):
            t = norm(text)
            return next((k for k in gold if k[0] == side and (k[1] == t or t in k[1])), None)

        for c in w["claims"]:
            if c["category"] == "ADDED":
                key = find("rewrite", c["text"])
            else:
                key = find("original", c["text"])
                # an added sentence taken for the counterpart of an original claim is a missed ADDED
                other = find("rewrite", c["counterpartText"]) if c["counterpartText"] else None
                if other is not None and gold[other] == "ADDED" and other not in seen:
                    seen.add(other)
                    confusion[("ADDED", "not ADDED")] += 1
            if key is None:
                unscored[c["category"]] += 1
                continue
            if key in seen:
                continue
            seen.add(key)
            confusion[(gold[key], c["category"])] += 1
        # gold sentences the engine listed under no claim (not taken as claims) are not scored
    cats = ["COPIED", "REWORDED", "CUT", "ADDED", "CHANGED", "not ADDED"]
    print("gold \\ engine\t" + "\t".join(cats))
    for g in cats[:4]:
        print(g + "\t" + "\t".join(str(confusion[(g, e)]) for e in cats))
    for c in cats[:4]:
        tp = confusion[(c, c)]
        predicted = sum(confusion[(g, c)] for g in cats)
        actual = sum(confusion[(c, e)] for e in cats)
        p = tp / predicted if predicted else 0
        r = tp / actual if actual else 0
        print("%-9s precision %.3f (%d/%d)  recall %.3f (%d/%d)" % (c, p, tp, predicted, r, tp, actual))
    print("claims matched to no gold sentence:", dict(unscored))


if __name__ == "__main__":
    if sys.argv[1] == "agency":
        agency(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "build":
        args = sys.argv[2:]
        parity = args[args.index("--parity") + 1] if "--parity" in args else "odd"
        pairs = int(args[args.index("--pairs") + 1]) if "--pairs" in args else 40
        build(args[0], args[1], parity, pairs)
    else:
        score(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "wire.json")

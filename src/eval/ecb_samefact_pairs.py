#!/usr/bin/env python3
"""Same-fact sentence pairs from ECB+ for fitting and checking Parallax's same-fact model.

  ecb_samefact_pairs.py external/ecbplus OUT.tsv --topics 1-35 [--parity odd|even|all] [--seed 1]

Two annotated sentences of different documents of one topic are the same fact (label SAME) when
they share a cross-document event chain and a participant chain (a person or thing taking part);
they are different facts (label OTHER) when they share no event chain. Pairs sharing the event but
no participant are left out: neither label is sure. Different-fact pairs are the hard ones a
story holds: the two sentences share at least two content words; at most twice as many as the
same-fact pairs of the topic are kept (drawn at random with --seed). Writes the `pairs` format
(id, A, B, label). Standard library only.
"""
import argparse, itertools, os, random, re
import xml.etree.ElementTree as ET

STOP = set("the a an and or of to in on at for with from by as is was were be been has have had that this "
           "it its he she they his her their who which said says will would after before about into than "
           "but not no more most over also new one two".split())


def detok(tokens):
    s = " ".join(tokens)
    s = re.sub(r" ([.,;:!?%)\]'])", r"\1", s)
    s = re.sub(r"([(\[$]) ", r"\1", s)
    s = re.sub(r" n't", "n't", s)
    s = re.sub(r" 's\b", "'s", s)
    return re.sub(r"`` | ''", '"', s)


def read_doc(path):
    """{sentence: text}, {sentence: event chains}, {sentence: participant chains}."""
    root = ET.parse(path).getroot()
    tok_sent, sents = {}, {}
    for t in root.iter("token"):
        tok_sent[t.get("t_id")] = int(t.get("sentence"))
        sents.setdefault(int(t.get("sentence")), []).append(t.text or "")
    mention_sent = {}
    for m in root.find("Markables"):
        anchors = [a.get("t_id") for a in m.findall("token_anchor")]
        if anchors:
            mention_sent[m.get("m_id")] = tok_sent[anchors[0]]
    events, participants = {}, {}
    for r in root.iter("CROSS_DOC_COREF"):
        note = r.get("note") or ""
        target = events if note.startswith(("ACT", "NEG")) else participants if note.startswith(("HUM", "NON")) else None
        if target is None:
            continue
        for s in r.findall("source"):
            if s.get("m_id") in mention_sent:
                target.setdefault(mention_sent[s.get("m_id")], set()).add(note)
    return {k: detok(v) for k, v in sents.items()}, events, participants


def content(text):
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in STOP}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ecb")
    ap.add_argument("out")
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--parity", choices=("odd", "even", "all"), default="all")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    lo, hi = (int(x) for x in a.topics.split("-"))
    annotated = set()
    for line in open(os.path.join(a.ecb, "ECBplus_coreference_sentences.csv"), encoding="utf-8-sig"):
        c = line.strip().split(",")
        if len(c) == 3 and c[0].isdigit():
            annotated.add((f"{c[0]}_{c[1]}", int(c[2])))
    rows, counts = [], [0, 0]
    for topic in sorted(os.listdir(os.path.join(a.ecb, "ECB+")), key=int):
        t = int(topic)
        if not lo <= t <= hi or a.parity == "odd" and t % 2 == 0 or a.parity == "even" and t % 2 == 1:
            continue
        sentences = []
        for fn in sorted(os.listdir(os.path.join(a.ecb, "ECB+", topic))):
            if not fn.endswith(".xml"):
                continue
            doc = fn[:-4]
            texts, events, participants = read_doc(os.path.join(a.ecb, "ECB+", topic, fn))
            for s, text in texts.items():
                if (doc, s) in annotated and len(text.split()) >= 5:
                    sentences.append((doc, s, text, events.get(s, set()), participants.get(s, set())))
        same, other = [], []
        for x, y in itertools.combinations(sentences, 2):
            if x[0] == y[0]:
                continue
            if x[3] & y[3]:
                if x[4] & y[4]:
                    same.append((x, y))
            elif len(content(x[2]) & content(y[2])) >= 2:
                other.append((x, y))
        other = rng.sample(other, min(len(other), 2 * len(same)))
        for label, pairs in (("SAME", same), ("OTHER", other)):
            for x, y in pairs:
                rows.append((f"ecb{topic}_{x[0]}.{x[1]}_{y[0]}.{y[1]}", x[2], y[2], label))
        counts[0] += len(same)
        counts[1] += len(other)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("id\tA\tB\tlabel\n")
        for r in rows:
            f.write("\t".join(v.replace("\t", " ") for v in r) + "\n")
    print(f"{counts[0]} same-fact and {counts[1]} different-fact pairs written to {a.out}")


if __name__ == "__main__":
    main()

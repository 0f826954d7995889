#!/usr/bin/env python3
"""How many sentences could skip SUTime (CoreNLP's date finder, most of the annotation time): the
share of annotated sentences with no digit, no number (CD), no token CoreNLP tagged as a time or
number, and no word that appears in a time expression anywhere in the same texts.

  java -Dparallax.cache.dir=/tmp/cache-full -jar target/parallax.jar framing FOLDER > /dev/null
  python3 src/eval/time_trigger_share.py /tmp/cache-full
"""
import collections, glob, gzip, json, re, sys

TIME = {"DATE", "TIME", "DURATION", "SET"}
NAMES = {"O", "PERSON", "LOCATION", "ORGANIZATION", "MISC"}

sentences = [s for f in glob.glob(sys.argv[1] + "/*.json.gz") for s in json.load(gzip.open(f))]
time_words = {t["word"].lower() for s in sentences for t in s["tokens"] if t["ner"] in TIME}
free = [s for s in sentences if not any(re.search(r"\d", t["word"]) or t["pos"] == "CD" or t["ner"] not in NAMES
                                        or t["word"].lower() in time_words for t in s["tokens"])]
tokens = sum(len(s["tokens"]) for s in sentences)
print("%d sentences; %d (%.1f%%) with no number or time word, holding %.1f%% of the tokens"
      % (len(sentences), len(free), 100.0 * len(free) / len(sentences), 100.0 * sum(len(s["tokens"]) for s in free) / tokens))

#!/usr/bin/env python3
"""Word links for paraphrase matching, from WordNet, appended to the sentence-pair model file.

A claim word the evidence says in other words ("lessened" / "decreased", "decide" /
"decision") is matched when WordNet links the two: two words are linked when they share their
commonest sense (the first synset in WordNet's index, ordered by tagged frequency, for both
words), or when one is derived from the other in their commonest senses ("invade" ->
"invasion"). Only
single words of three letters or more, not on the engine's stop list, in the part of speech
the word is most often tagged in. The links follow the model in data/nli-model.bin as a
section of their own (src/nli/mod.rs documents the layout), so they load with the model and
cost the widget nothing.

    python3 train/word_links.py [--wordnet /usr/share/wordnet] [--model data/nli-model.bin]

Deterministic: the same WordNet files (Debian wordnet-base 3.0) give the same bytes. An
existing links section is replaced. Run by scripts/train-nli.sh after training.
"""
import argparse
import collections
import os
import struct
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MAGIC = b"CRBNLI\x00\x01"
LINKS_MAGIC = b"CRBLNK\x00\x01"
POS = ["noun", "verb", "adj", "adv"]
# WordNet's pointer part-of-speech letters ("s" is a satellite adjective)
PC = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def fnv1a64(b):
    h = 0xcbf29ce484222325
    for x in b:
        h = ((h ^ x) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def links(wn, stop):
    first, tagged = {}, collections.defaultdict(dict)
    for pos in POS:
        for line in open(os.path.join(wn, "index." + pos), encoding="utf-8"):
            if line.startswith(" "):
                continue
            p = line.split()
            ptrs = int(p[3])
            first[(pos, p[0])] = p[4 + ptrs + 2]
            tagged[p[0]][pos] = int(p[4 + ptrs + 1])
    synsets, derived = {}, {}
    for pos in POS:
        for line in open(os.path.join(wn, "data." + pos), encoding="utf-8"):
            if line.startswith(" "):
                continue
            p = line.split()
            n = int(p[3], 16)
            words = [p[4 + 2 * i].lower().split("(")[0] for i in range(n)]
            synsets[(pos, p[0])] = words
            k = 4 + 2 * n
            ds = []
            for i in range(int(p[k])):
                sym, off, ps, st = p[k + 1 + 4 * i:k + 5 + 4 * i]
                if sym == "+":
                    ds.append((int(st[:2], 16), PC[ps], off, int(st[2:], 16)))
            derived[(pos, p[0])] = ds

    def plain(w):
        return w.isascii() and w.isalpha() and len(w) > 2 and w not in stop

    def usual(w, pos):
        # the part of speech the word is most often tagged in (ties: any of them)
        t = tagged[w]
        return t.get(pos, -1) == max(t.values())

    out = set()
    for (pos, lemma), off in first.items():
        if not plain(lemma) or not usual(lemma, pos):
            continue
        words = synsets[(pos, off)]
        for o in words:
            # Only where the sense is the other word's commonest too: "die" has "pass" in its
            # first sense, but "the bill passed" did not die.
            if o != lemma and plain(o) and usual(o, pos) and first.get((pos, o)) == off:
                out.add(tuple(sorted((lemma, o))))
        for src, tpos, toff, tgt in derived[(pos, off)]:
            if src == 0 or words[src - 1] != lemma:
                continue
            t = synsets[(tpos, toff)][tgt - 1]
            if t != lemma and plain(t) and first.get((tpos, t)) == toff:
                out.add(tuple(sorted((lemma, t))))
    adj = collections.defaultdict(set)
    for a, b in out:
        adj[a].add(b)
    return "".join("%s %s\n" % (a, " ".join(sorted(adj[a]))) for a in sorted(adj))


def model_part(b):
    """The model file without any links section after it."""
    assert b[:8] == MAGIC, "not a model file"
    at = b.rfind(LINKS_MAGIC)
    if at > 36 and len(b) - at >= 20:
        n = struct.unpack("<I", b[at + 8:at + 12])[0]
        if at + 20 + n == len(b) and fnv1a64(b[at:-8]) == struct.unpack("<Q", b[-8:])[0]:
            return b[:at]
    return b


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--model", default=os.path.join(ROOT, "data", "nli-model.bin"))
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.wordnet, "index.noun")):
        sys.exit("word_links.py: no WordNet in %s (Debian: apt-get install wordnet-base)" % args.wordnet)
    stop = set(open(os.path.join(ROOT, "data", "stopwords.txt"), encoding="utf-8").read().split())
    text = links(args.wordnet, stop).encode("ascii")
    section = LINKS_MAGIC + struct.pack("<I", len(text)) + text
    section += struct.pack("<Q", fnv1a64(section))
    model = model_part(open(args.model, "rb").read())
    with open(args.model, "wb") as f:
        f.write(model + section)
    print("word_links.py: %d words linked, %d bytes of links after %d bytes of model in %s"
          % (text.count(b"\n"), len(section), len(model), args.model), file=sys.stderr)


if __name__ == "__main__":
    main()

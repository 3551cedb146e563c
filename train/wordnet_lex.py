#!/usr/bin/env python3
"""Extract train/wordnet_lex.tsv (opposites and dominant-sense synonyms) from WordNet 3.0.

    apt-get install -y wordnet-base     # Debian: /usr/share/wordnet/{index,data}.{noun,verb,adj,adv}
    python3 train/wordnet_lex.py [/usr/share/wordnet] > train/wordnet_lex.tsv

Only needed to regenerate the committed file; training reads the .tsv, so it does not need
WordNet installed. Output lines: `ant<TAB>pos<TAB>word<TAB>word` (a WordNet antonym pointer
between two single words, each in one of its two most frequent senses) and
`syn<TAB>pos<TAB>word<TAB>word` (two single words whose MOST frequent sense is the same synset,
so replacing one by the other keeps the meaning in ordinary text). Lower-case letters only,
3-14 characters, each sense tagged in SemCor (cntlist.rev; at least twice for synonyms). WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence:
use, copy, modify and distribute with this notice).
"""
import sys

POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
HEADER = """# Opposites (ant) and dominant-sense synonyms (syn) extracted from WordNet 3.0 by train/wordnet_lex.py
# (training reads only the ant lines; synonyms come from data/synonyms.txt). Columns: kind, pos, word, word.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF
# THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS. (WordNet licence: permission to use, copy, modify and distribute for any
# purpose without fee, with this notice; https://wordnet.princeton.edu/license-and-commercial-use)
"""


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    rank = {}          # (word, synset offset) -> sense rank (0 = most frequent)
    first = {}         # (word, pos) -> synset offset of the most frequent sense
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open("%s/index.%s" % (wn, pos), encoding="latin-1"):
            if line.startswith(" "):
                continue
            f = line.split()
            lemma, synset_cnt, p_cnt = f[0], int(f[2]), int(f[3])
            offs = f[4 + p_cnt + 2:]
            assert len(offs) == synset_cnt, line
            for r, o in enumerate(offs):
                rank[(lemma, pos, o)] = r
            first[(lemma, pos)] = offs[0]
    # how often the word's sense of that rank was tagged in SemCor (cntlist.rev): keeps common words
    tagged = {}
    ss = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}
    for line in open("%s/cntlist.rev" % wn, encoding="latin-1"):
        key, sense, cnt = line.split()
        lemma, rest = key.split("%")
        k = (lemma, ss[rest[0]], int(sense) - 1)
        tagged[k] = tagged.get(k, 0) + int(cnt)
    ok = lambda w: w.isalpha() and w.islower() and 3 <= len(w) <= 14
    ants, syns = set(), set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open("%s/data.%s" % (wn, pos), encoding="latin-1"):
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            off, wcnt = f[0], int(f[3], 16)
            words = [f[4 + 2 * i].split("(")[0].lower() for i in range(wcnt)]
            k = 4 + 2 * wcnt
            pcnt = int(f[k])
            ptrs = [f[k + 1 + 4 * i:k + 5 + 4 * i] for i in range(pcnt)]
            # synonyms: words whose most frequent sense is this synset
            dom = sorted({w for w in words if ok(w) and first.get((w, pos)) == off and tagged.get((w, pos, 0), 0) >= 2})
            for i in range(len(dom)):
                for j in range(i + 1, len(dom)):
                    syns.add((pos, dom[i], dom[j]))
            for sym, toff, tpos, st in ptrs:
                if sym != "!":
                    continue
                src, tgt = int(st[:2], 16), int(st[2:], 16)
                if not src or not tgt:
                    continue
                a = words[src - 1]
                tp = POS[tpos]
                # target word: read its synset line lazily below
                ants.add((pos, a, off, tp, toff, tgt))
    # resolve antonym targets
    lines = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open("%s/data.%s" % (wn, pos), encoding="latin-1") as fh:
            for line in fh:
                if not line.startswith(" "):
                    lines[(pos, line[:8])] = line
    out_ants = set()
    for pos, a, off, tp, toff, tgt in ants:
        f = lines[(tp, toff)].split()
        b = f[4 + 2 * (tgt - 1)].split("(")[0].lower()
        if not (ok(a) and ok(b)) or a == b:
            continue
        ra, rb = rank.get((a, pos, off), 9), rank.get((b, tp, toff), 9)
        if ra > 1 or rb > 1 or not tagged.get((a, pos, ra)) or not tagged.get((b, tp, rb)):
            continue
        out_ants.add((pos, min(a, b), max(a, b)))
    sys.stdout.write(HEADER)
    for pos, a, b in sorted(out_ants):
        print("ant\t%s\t%s\t%s" % (pos, a, b))
    for pos, a, b in sorted(syns):
        print("syn\t%s\t%s\t%s" % (pos, a, b))


if __name__ == "__main__":
    main()

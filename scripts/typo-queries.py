#!/usr/bin/env python3
"""Misspelt benchmark queries (BENCHMARKS.md "Misspelt claims on an archive").

usage: python3 scripts/typo-queries.py [QUERIES.jsonl] > typos.jsonl

Keeps each query that has a lowercase word of six letters or more and swaps the two middle
letters of the longest such word ("skipped" -> "skpiped"): a typo of the kind readers make.
"""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "bench/data/queries.jsonl"
for line in open(path, encoding="utf-8"):
    q = json.loads(line)
    words = q["claim"].split()
    cands = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 6]
    if not cands:
        continue
    i = max(cands, key=lambda i: len(words[i]))
    w, j = words[i], len(words[i]) // 2
    words[i] = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
    q["claim"] = " ".join(words)
    print(json.dumps(q))

#!/usr/bin/env python3
"""Writes the seed articles as the JSON corpus the widget fetches for its built-in articles,
pkg/seed-corpus.json: each corpus/*.txt as it is, with the outlet and date corpus/metadata.tsv
gives it. These are the articles of Corpus::bundled() in src/corpus.rs (a unit test there
checks that the two agree); the WebAssembly engine leaves its embedded copy out, so a page that
brings its own corpus does not download them. build_pkg (scripts/setup.sh) runs it.

    python3 scripts/seed-corpus.py OUT.json      ("-": standard output)

Standard library only.
"""

import json
import os
import sys

CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "corpus")


def articles():
    meta = {}
    with open(os.path.join(CORPUS, "metadata.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = [x.strip() for x in line.rstrip("\n").split("\t")] + ["", ""]
            meta[fields[0]] = fields[1:3]
    out = []
    for name in sorted(n for n in os.listdir(CORPUS) if n.endswith(".txt")):
        # (utf-8-sig: a byte-order mark is not text, as Article::from_plain_text reads it.)
        with open(os.path.join(CORPUS, name), encoding="utf-8-sig", newline="") as f:
            article = {"id": name[: -len(".txt")], "text": f.read()}
        source, date = meta.get(article["id"], ["", ""])
        if source:
            article["source"] = source
        if date:
            article["date"] = date
        out.append(article)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    # One article a line, so the engine's messages about the file name a line worth reading.
    text = "[\n" + ",\n".join(json.dumps(a, ensure_ascii=False) for a in articles()) + "\n]\n"
    if sys.argv[1] == "-":
        sys.stdout.write(text)
    else:
        with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()

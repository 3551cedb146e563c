#!/usr/bin/env python3
"""Builds the benchmark corpora in bench/data/ (git-ignored) from the FNC-1 training set.

    python3 scripts/make-bench-corpora.py [--fnc DIR] [--out DIR] [--sizes 10000,100000]

(`--sizes ''` builds only fnc, fnc200 and the queries: about 2 s, what scripts/test.sh runs.)

Reads DIR/train_bodies.csv and DIR/train_stances.csv (default: ../shared/data/fnc1-train,
relative to the repository root) and writes, deterministically (same input → same bytes):

  fnc.json          the 1,683 FNC-1 training bodies, a JSON array of {id, title, text}
                    (title = the first line, cut to 80 characters)
  fnc200.json       the first 200 of them (a quick corpus for the e2e test)
  synth-10k.json    10,000 articles: article i is body (i mod 1683); copies after the first
  synth-100k.json   100,000 articles  have their sentences shuffled with a seed of i and the
                    id suffixed, so the vocabulary and sentence statistics are real news text
  queries.jsonl     50 FNC-1 headlines ({"id", "claim"} lines, the `batch` input format),
                    a fixed sample (seeded) of distinct headlines
  manifest.json     {name: {file, articles, bytes}} — bench.html reads it to skip corpora
                    larger than its ?maxmb= limit before downloading them

Standard library only. About 20 s and 270 MB of disk for everything.
"""

import argparse
import csv
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N_QUERIES = 50
QUERY_SEED = 20240601
# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# whitespace and an upper-case letter, digit or opening quote. Good enough to shuffle by.
SENTENCE_END = re.compile(r'(?<=[.!?])(?:["”’)\]]*)\s+(?=["“‘(\[]?[A-Z0-9])')


def read_csv(path):
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def title_of(text):
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:80].rstrip()
    return "(untitled)"


def sentences(text):
    out = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        if not para:
            continue
        pos = 0
        for m in SENTENCE_END.finditer(para):
            out.append(para[pos:m.start()] + m.group(0).rstrip())
            pos = m.end()
        out.append(para[pos:])
    return [s.strip() for s in out if s.strip()]


def synthetic(bodies, n):
    """n articles; the first len(bodies) are the originals, later ones shuffled copies."""
    out = []
    for i in range(n):
        base = bodies[i % len(bodies)]
        if i < len(bodies):
            out.append(base)
            continue
        sents = sentences(base["text"])
        random.Random(i).shuffle(sents)
        # Paragraphs of up to four sentences keep the segmenter's paragraph handling in play.
        paras = [" ".join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
        text = "\n\n".join(paras) or base["text"]
        out.append({"id": f"{base['id']}-{i}", "title": title_of(text), "text": text})
    return out


def write_json(path, articles):
    # ensure_ascii=False: the corpus is UTF-8 text, as a site would serve it.
    data = json.dumps(articles, ensure_ascii=False, separators=(",", ":"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
    return len(data.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fnc", default=os.path.join(ROOT, "..", "shared", "data", "fnc1-train"))
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "data"))
    ap.add_argument("--sizes", default="10000,100000", help="synthetic corpus sizes (comma-separated)")
    args = ap.parse_args()

    bodies_csv = os.path.join(args.fnc, "train_bodies.csv")
    stances_csv = os.path.join(args.fnc, "train_stances.csv")
    if not os.path.exists(bodies_csv):
        print(f"make-bench-corpora: {bodies_csv} not found (the FNC-1 training set lives in ../shared/data/fnc1-train)", file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)

    bodies = [
        {"id": f"fnc{row['Body ID']}", "title": title_of(row["articleBody"]), "text": row["articleBody"].strip()}
        for row in read_csv(bodies_csv)
        if row["articleBody"].strip()
    ]
    # Merge with an earlier manifest: `--sizes ''` (what scripts/test.sh runs) rebuilds the
    # small corpora without forgetting synthetic ones built before (same input, same bytes).
    manifest_path = os.path.join(args.out, "manifest.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            old = json.load(f)
        manifest = {k: v for k, v in old.items() if os.path.exists(os.path.join(args.out, v["file"]))}

    def emit(name, file, articles):
        size = write_json(os.path.join(args.out, file), articles)
        manifest[name] = {"file": file, "articles": len(articles), "bytes": size}
        print(f"{file:18} {len(articles):7} articles {size / 1e6:8.1f} MB")

    emit("fnc200", "fnc200.json", bodies[:200])
    emit("fnc", "fnc.json", bodies)
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        label = f"{n // 1000}k" if n % 1000 == 0 else str(n)
        emit(label, f"synth-{label}.json", synthetic(bodies, n))

    headlines = sorted({row["Headline"].strip() for row in read_csv(stances_csv) if row["Headline"].strip()})
    sample = random.Random(QUERY_SEED).sample(headlines, N_QUERIES)
    with open(os.path.join(args.out, "queries.jsonl"), "w", encoding="utf-8") as f:
        for k, claim in enumerate(sample, 1):
            f.write(json.dumps({"id": f"q{k:02}", "claim": claim}, ensure_ascii=False) + "\n")
    print(f"queries.jsonl      {N_QUERIES:7} headlines")

    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Worst-case inputs for the engine's cost per MB (BENCHMARKS.md, "Worst case per MB").

Writes corpora of SIZE MB (default 1 and 4) to DIR (default bench/worst/) that once made work
grow faster than the text, then times `corroborate index` and a check against each with the
release binary. Linear cost shows as the same seconds per MB at both sizes.

    cargo build --release && python3 scripts/worst-case.py [--sizes 1,4] [--dir bench/worst]
"""
import argparse, json, os, random, subprocess, time

WORDS = ("the minister said that turkey denied sending 300 fighters to azerbaijan but not in "
         "september and more than 2,000 people who he said had been there").split()
CLAIM = "The minister said Turkey denied sending 300 fighters to Azerbaijan"


def run_of_words(n_bytes, period=0.0, rng=None):
    out, n = [], 0
    while n < n_bytes:
        w = rng.choice(WORDS) + ("." if rng.random() < period else "")
        out.append(w)
        n += len(w) + 1
    return " ".join(out)


def corpora(mb, rng):
    n = mb * 1_000_000
    line = "The minister said Turkey denied sending 300 fighters to Azerbaijan.\n"
    return {
        # one sentence without a full stop: analysis once looked at pairs of its words
        "one-sentence": run_of_words(n, rng=rng),
        # lower case after every period: no sentence boundary is ever found
        "lower-after-periods": run_of_words(n, period=0.1, rng=rng),
        # one token of n bytes
        "one-token": "x" * n,
        # the same line over and over (de-duplication was a linear scan per sentence)
        "repeated-lines": line * (n // len(line)),
        # many short sentences that all match the claim
        "all-match": "\n".join(f"The minister said Turkey denied sending {i} fighters on day {i}."
                               for i in range(n // 60)),
    }


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4")
    ap.add_argument("--dir", default="bench/worst")
    ap.add_argument("--bin", default="target/release/corroborate")
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    print(f"{'input':<22}{'MB':>4}{'index s':>10}{'s/MB':>8}{'check s (.idx)':>16}")
    for mb in [int(s) for s in args.sizes.split(",")]:
        for name, text in corpora(mb, random.Random(1)).items():
            path = os.path.join(args.dir, f"{name}-{mb}.json")
            with open(path, "w") as f:
                json.dump([{"id": "a", "title": "T", "text": text}], f)
            idx = path[:-5] + ".idx"
            t_index = timed([args.bin, "index", path, "-o", idx])
            t_check = timed([args.bin, "check", "--corpus", idx, CLAIM])
            print(f"{name:<22}{mb:>4}{t_index:>10.2f}{t_index / mb:>8.2f}{t_check:>16.2f}")


if __name__ == "__main__":
    main()

#!/bin/bash
# Every development figure of docs/NLI.md's session tables, one line a set, and their sum:
# the developer claims, our seed claim sets (heldout, blind 1–5), newsdesk, the blind pair
# sets 1–5 and FEVER-Symmetric dev, and the sum of their macro-F1 (the sessions' "sum"; FEVER
# enters by its macro-F1, though the tables show its accuracy). All have been seen while tuning.
# Usage: cargo build --release && bash scripts/dev-sets.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-target/release/corroborate}
S=../shared
score() { python3 "$S/eval/score_claims.py" "$@" | tail -1; }
{
  printf "%-28s %s\n" dev_claims "$(score $S/eval/dev_claims.jsonl -- "$B" batch --json)"
  for s in heldout blind blind2 blind3 blind4 blind5; do
    printf "%-28s %s\n" "seed_claims_$s" "$(score tests/fixtures/seed_claims_$s.jsonl -- "$B" batch --json)"
  done
  printf "%-28s %s\n" newsdesk "$(score tests/fixtures/newsdesk_claims.jsonl -- "$B" batch --json --corpus tests/fixtures/newsdesk_corpus.json)"
  for p in pairs_blind pairs_blind2 pairs_blind3 pairs_blind4 pairs_blind5; do
    printf "%-28s %s\n" "$p" "$("$B" pairs tests/fixtures/$p.jsonl | head -1)"
  done
  printf "%-28s %s\n" fever_symmetric_dev "$("$B" pairs $S/data/nli/fever_symmetric_dev.jsonl | head -1)"
} | awk '{print} {for (i = 1; i < NF; i++) if ($i == "macro-F1") s += $(i + 1)} END {printf "sum of the 14 macro-F1 figures %.3f\n", s}'

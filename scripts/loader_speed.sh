#!/usr/bin/env bash
# Loader speed per core: input bytes / (user + sys) CPU seconds of
# `newsreader dump`, best of N runs. CPU time rather than wall time, so a
# busy machine slows a run less; still, absolute figures move with load, so
# to compare two builds give both with --bin: their runs alternate, and the
# ratio between them is what to trust.
#
#   scripts/loader_speed.sh [-n RUNS] [--bin BIN]... [PATHS...]
#
# PATHS are article files or folders (walked for .txt and .text files
# only, so that the figure is the text loader's, not HTML or feed
# parsing); all of them make one set. Without PATHS two sets are measured:
# the bundled and tests/corpus articles (real news text), and 10,000
# generated articles (made once under $BENCH_DIR, as scripts/bench.sh does).
# A set under 8 MB is passed several times over in one run, so that
# process start-up and clock resolution do not dominate. Without --bin the
# release build of this tree is used (built first).
#
# Example, an old commit against this tree:
#   git worktree add --detach /tmp/old REV
#   (cd /tmp/old && CARGO_TARGET_DIR=/tmp/old-target cargo build --release --bin newsreader)
#   scripts/loader_speed.sh --bin /tmp/old-target/release/newsreader \
#     --bin target/release/newsreader
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "$0")/.."
RUNS=7
BINS=()
PATHS_GIVEN=()
while (($#)); do
  case $1 in
    -n) RUNS=$2; shift 2 ;;
    --bin) BINS+=("$(realpath "$2")"); shift 2 ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) PATHS_GIVEN+=("$1"); shift ;;
  esac
done
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-bench}
MIN_BYTES=${MIN_BYTES:-8000000}
mkdir -p "$BENCH_DIR"

# The generated corpus, made before HOME moves (cargo needs it).
source scripts/generated.sh
if ((${#PATHS_GIVEN[@]} == 0)); then
  cargo build --release --quiet --example gen_corpus
  GEN=$(generated 10000)
fi

if ((${#BINS[@]} == 0)); then
  cargo build --release --quiet --bin newsreader
  BINS=("$PWD/target/release/newsreader")
fi

text_files() { # the .txt/.text files under each path, sorted
  find "$@" -type f \( -name '*.txt' -o -name '*.text' \) | LC_ALL=C sort
}

# `dump` with paths never reads the library, but keep everything it might
# touch (config, state) away from the user's own.
HOME_DIR=$(mktemp -d "$BENCH_DIR/home.XXXXXX")
trap 'rm -rf "$HOME_DIR"' EXIT
export HOME=$HOME_DIR XDG_DATA_HOME=$HOME_DIR/data XDG_CONFIG_HOME=$HOME_DIR/config

# cpu_seconds BIN FILES...: user + sys seconds of one dump.
cpu_seconds() {
  local bin=$1 out
  shift
  out=$({ TIMEFORMAT='%U %S'; time "$bin" dump "$@" >/dev/null 2>&1; } 2>&1)
  awk '{ printf "%.3f", $1 + $2 }' <<<"$out"
}

# measure NAME FILES...: every binary RUNS times, alternately.
measure() {
  local name=$1 bytes reps=1 files=() i b r
  shift
  bytes=$(cat "$@" | wc -c)
  if ((bytes < MIN_BYTES)); then reps=$(((MIN_BYTES + bytes - 1) / bytes)); fi
  for ((r = 0; r < reps; r++)); do files+=("$@"); done
  local total=$((bytes * reps))
  printf '== %s: %d files, %.2f MB' "$name" "$#" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')"
  ((reps > 1)) && printf ', passed %d times per run' "$reps"
  printf '; best of %d runs\n' "$RUNS"
  declare -A best all
  for b in "${!BINS[@]}"; do "${BINS[$b]}" dump "${files[@]}" >/dev/null 2>&1 || true; done # warm the cache
  for ((i = 0; i < RUNS; i++)); do
    for b in "${!BINS[@]}"; do
      local s
      s=$(cpu_seconds "${BINS[$b]}" "${files[@]}")
      all[$b]="${all[$b]:-} $s"
      if [ -z "${best[$b]:-}" ] || awk -v s="$s" -v m="${best[$b]}" 'BEGIN { exit !(s < m) }'; then
        best[$b]=$s
      fi
    done
  done
  for b in "${!BINS[@]}"; do
    awk -v bytes="$total" -v s="${best[$b]}" -v first="${best[0]}" -v bin="${BINS[$b]}" -v n="${#BINS[@]}" -v runs="${all[$b]}" 'BEGIN {
      mbs = bytes / 1e6 / s; base = bytes / 1e6 / first
      printf "  %7.2f MB/s per core  (best %.3f s CPU; runs:%s)", mbs, s, runs
      if (n > 1) printf "  x%.3f", mbs / base
      printf "  %s\n", bin
    }'
  done
}

if ((${#PATHS_GIVEN[@]})); then
  mapfile -t files < <(text_files "${PATHS_GIVEN[@]}")
  ((${#files[@]})) || { echo "no .txt or .text files in ${PATHS_GIVEN[*]}" >&2; exit 1; }
  measure "given articles" "${files[@]}"
else
  mapfile -t files < <(text_files crates/core/assets/articles tests/corpus)
  measure "bundled + tests/corpus articles" "${files[@]}"
  mapfile -t files < <(text_files "$GEN")
  measure "10,000 generated articles" "${files[@]}"
fi

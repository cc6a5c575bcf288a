#!/usr/bin/env bash
# Where the loader's time goes, sampled in real time rather than simulated:
#   scripts/profile.sh [DIR]     (default: 10,000 generated articles)
# Runs examples/throughput (files in memory, one thread) on DIR under
# `perf record` with the cpu-clock event, a timer that works where the
# machine shows no hardware counters (as on the 2-core dev VMs, where
# `perf stat` says "not supported" for cycles and branch misses), with
# DWARF call stacks, and prints:
#   - each loader function's share of the time with what it calls
#     (inclusive), the stages first;
#   - the functions that spend it themselves (exclusive; code inlined into
#     a function counts as its own).
# callgrind (docs/development.md, "Large libraries") says which branches
# and instructions; this says which of them cost time.
# THROUGHPUT=OTHER/throughput profiles another build; PERF_DATA=FILE keeps
# the recording (default: a temporary file); FLAME=FILE.svg also writes a
# flame graph when inferno is installed (`cargo install inferno`).
# Needs perf (Debian: linux-perf).
set -euo pipefail

cd "$(dirname "$0")/.."
command -v perf >/dev/null || {
  echo "profile.sh: perf is not installed (Debian: apt-get install linux-perf)" >&2
  exit 1
}
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-speed}
if [[ $# -ge 1 ]]; then
  DIR=$1
else
  cargo build --release --quiet --example gen_corpus
  source scripts/generated.sh
  DIR=$(generated 10000)
fi
if [[ -z ${THROUGHPUT:-} ]]; then
  cargo build --release --quiet --example throughput
  THROUGHPUT=$PWD/target/release/examples/throughput
  BUILD="newsreader $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
else
  BUILD="another build"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DATA=${PERF_DATA:-$tmp/perf.data}

# 499 samples a second: a few thousand on 10,000 articles, each with its
# 16 KB of stack, which perf unwinds afterwards in about a minute.
perf record -q -e cpu-clock -F 499 --call-graph dwarf,16384 -o "$DATA" \
  "$THROUGHPUT" "$DIR" 1 2>&1 | grep -v '^\[ perf record' || true
echo "$BUILD ($THROUGHPUT) on $DIR," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Rows of `perf report` without the thread's start-up frames (the
# closures, call_once and catch_unwind every sample passes through), one
# per function: a function perf lists twice (a sample whose stack was cut
# short is filed under the frame it reached) has its shares added.
rows() {
  grep -E '^ +[0-9.]+%' |
    grep -vE 'catch_unwind|call_once|closure|backtrace|start_thread|thread_start|clone3|libc_start|_start$|main \(inlined\)|do_call' |
    sed -E 's/ +\[\.\] / /; s/newsreader_core:://; s/( +-)+ *$//; s/ +$//; s/^ +//; s/%//g' |
    awk '{ name = $0; n = 0
           while (match(name, /^[0-9.]+ +/)) { v[++n] = substr(name, 1, RLENGTH) + 0; name = substr(name, RLENGTH + 1) }
           for (i = 1; i <= n; i++) sum[name, i] += v[i]
           cols = n; names[name] = 1 }
         END { for (name in names) { line = ""
                 for (i = 1; i <= cols; i++) line = line sprintf("%6.2f%%  ", sum[name, i])
                 print line substr(name, 1, 100) } }' |
    sort -rn
}
echo
echo "== inclusive: the function with what it calls, and its own share, % of the samples"
perf report -i "$DATA" --children --sort symbol --stdio -g none --percent-limit 1 2>/dev/null |
  rows | head -40 || true
echo
echo "== exclusive: the function's own code, what is inlined into it included"
perf report -i "$DATA" --no-children --sort symbol --stdio -g none --percent-limit 0.5 2>/dev/null |
  rows | head -30 || true
echo

if [[ -n ${FLAME:-} ]]; then
  if command -v inferno-collapse-perf >/dev/null; then
    perf script -i "$DATA" 2>/dev/null | inferno-collapse-perf | inferno-flamegraph >"$FLAME"
    echo
    echo "flame graph: $FLAME"
  else
    echo "FLAME: inferno is not installed (cargo install inferno)" >&2
  fi
fi

#!/usr/bin/env bash
# Cold indexing against `wc -w` over the same files (issue 17 item 3):
# scripts/cold_index.sh [N] [ROUNDS] (default 10000 articles, 3 rounds).
#
# Generates the N-article library once (gen_corpus --seed 1, under
# $BENCH_DIR, default /tmp/cold-bench), then alternates, ROUNDS times,
# `wc -w` over its files and a cold index run (examples/index_run: no
# index cache, a fresh search index, as the reader's first start on the
# folder). Alternating puts both under the same load: the machine is
# shared, so each line also gives the load average, and CPU time (user +
# sys) beside wall time, which a busy neighbour changes less.
#
# The files are in the page cache for both (the first round reads them
# once before any timing): the comparison is of the work done on the
# bytes, not of the disk.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${1:-10000}
ROUNDS=${2:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/cold-bench}
mkdir -p "$BENCH_DIR"
cargo build --release --quiet --example gen_corpus --example index_run

dir=$BENCH_DIR/corpus-$N
if [ ! -f "$dir/.done" ]; then
  rm -rf "$dir"
  ./target/release/examples/gen_corpus --count "$N" --seed 1 "$dir" >/dev/null
  touch "$dir/.done"
fi
list=$BENCH_DIR/files-$N
find "$dir" -type f ! -name .done -print0 | sort -z >"$list"
echo "corpus: $dir, $(tr -cd '\0' <"$list" | wc -c) files, $(du -sh "$dir" | cut -f1)"
# Into the page cache before anything is timed.
xargs -0 cat <"$list" >/dev/null

load() { cut -d' ' -f1-3 /proc/loadavg; }
# timed OUT CMD...: runs CMD, its output to OUT; prints "wall cpu".
timed() {
  local out=$1 TIMEFORMAT='%R %U %S'
  shift
  { time "$@" >"$out" 2>&1; } 2>&1 | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}

work=$BENCH_DIR/run-$N
printf '%-5s %9s %9s %9s %9s %7s %7s  %s\n' round wc_wall wc_cpu idx_wall idx_cpu r_wall r_cpu 'load (1/5/15 min)'
for r in $(seq "$ROUNDS"); do
  read -r ww wc < <(timed /dev/null xargs -0 wc -w <"$list")
  rm -rf "$work"
  mkdir -p "$work/search"
  read -r iw ic < <(timed "$work/log" ./target/release/examples/index_run "$work/index.db" --search "$work/search" "$dir")
  printf '%-5s %9s %9s %9s %9s %7.2f %7.2f  %s\n' "$r" "$ww" "$wc" "$iw" "$ic" \
    "$(echo "$iw / $ww" | bc -l)" "$(echo "$ic / $wc" | bc -l)" "$(load)"
done
echo "(seconds; cpu = user + sys; r_ = index / wc -w; 2 cores, shared)"
echo "last index run, by message:"
sed 's/^/  /' "$work/log"

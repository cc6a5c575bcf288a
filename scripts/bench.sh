#!/usr/bin/env bash
# The scale benchmarks of issue 6, on generated libraries of 1,000, 10,000
# and 100,000 articles (scripts/bench.sh [SIZES...], default "1000 10000
# 100000"). Prints, per size: time to the first frame and to the complete
# list, cold (no index cache) and warm; peak RSS; key-press-to-frame
# latency while indexing; plus structuring throughput per core and on
# every core, and `dump` over 10,000 articles next to `wc -w` on the same
# files. Needs tmux; uses hyperfine when installed. Everything it writes
# goes under $BENCH_DIR (default /tmp/newsreader-bench); your own home,
# library and state are never touched.
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=(${@:-1000 10000 100000})
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-bench}
mkdir -p "$BENCH_DIR"
cargo build --release --quiet --bin newsreader --example gen_corpus --example throughput
BIN=$PWD/target/release/newsreader

source scripts/generated.sh
corpus() { generated "$1"; }

# run_reader HOME DIR TIMINGS: the reader in tmux on DIR until indexing is
# done, pressing j/k every 50 ms meanwhile, then q.
run_reader() {
  local home=$1 dir=$2 out=$3 sock=nr-bench-$$
  rm -f "$out"
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 \
    "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' NEWSREADER_TIMINGS='$out' '$BIN' '$dir'"
  local key=j deadline=$((SECONDS + 600))
  while :; do
    local status
    status=$(tmux -L "$sock" capture-pane -p | grep -v '^\s*$' | tail -1 || true)
    # Indexing is over once the status bar starts with the position.
    if [[ $status =~ ^\ [0-9]+/[0-9]+\ · ]]; then break; fi
    if ((SECONDS > deadline)); then echo "timed out: $status" >&2; break; fi
    tmux -L "$sock" send-keys "$key"
    if [ "$key" = j ]; then key=k; else key=j; fi
    sleep 0.05
  done
  tmux -L "$sock" send-keys q
  for _ in $(seq 100); do [ -s "$out" ] && break; sleep 0.1; done
  tmux -L "$sock" kill-server 2>/dev/null || true
}

value() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }

echo "== structuring throughput (files in memory, loader only)"
dir10k=$(corpus 10000)
./target/release/examples/throughput "$dir10k" 1
./target/release/examples/throughput "$dir10k" 0

echo
echo "== dump of 10,000 articles vs wc -w on the same files"
mapfile -t files < <(find "$dir10k" -name '*.txt' | sort)
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 3 -N \
    "$BIN dump $dir10k" \
    "wc -w ${files[*]}" 2>/dev/null | grep -E 'Time|±|faster|slower|dump|wc' || true
fi
t0=$(date +%s.%N); "$BIN" dump "$dir10k" >/dev/null; t1=$(date +%s.%N)
wc -w "${files[@]}" >/dev/null; t2=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { d=b-a; w=c-b; printf "dump %.2f s, wc -w %.2f s, ratio %.1f\n", d, w, d/w }'

echo
printf '%-8s %-5s %12s %12s %12s %10s %14s %14s\n' articles start first_frame list_shown index_done peak_rss keys_p50/p99 keys_max
for n in "${SIZES[@]}"; do
  dir=$(corpus "$n")
  home=$BENCH_DIR/home-$n
  rm -rf "$home"; mkdir -p "$home"
  for start in cold warm; do
    out=$BENCH_DIR/timings-$n-$start
    run_reader "$home" "$dir" "$out"
    printf '%-8s %-5s %10s ms %10s ms %10s ms %7s MB %6s/%-6s ms %10s ms\n' "$n" "$start" \
      "$(value first_frame_ms "$out")" "$(value list_shown_ms "$out")" "$(value index_done_ms "$out")" \
      "$(awk '$1=="peak_rss_kb" {printf "%.0f", $2/1024}' "$out")" \
      "$(value keys_indexing_p50_ms "$out")" "$(value keys_indexing_p99_ms "$out")" \
      "$(value keys_indexing_max_ms "$out")"
  done
done
echo "(keys: read-to-frame latency of j/k pressed every 50 ms while indexing ran)"

#!/usr/bin/env bash
# Cold indexing against `wc -w` over the same files (issue 17 item 3):
# scripts/cold_index.sh [N] [ROUNDS] (default 10000 articles, 3 rounds);
# READER=1 scripts/cold_index.sh … times the real reader instead, and
# BASE=OTHER/index_run adds another build's cold run to each round.
#
# Generates the N-article library once (gen_corpus --seed 1, under
# $BENCH_DIR, default /tmp/cold-bench), then alternates, ROUNDS times,
# `wc -w` over its files and a cold index run (examples/index_run: no
# index cache, a fresh search index, as the reader's first start on the
# folder; with READER=1, the reader itself in tmux with an empty home,
# until its status bar says indexing is done, its wall and CPU time from
# NEWSREADER_TIMINGS). Alternating puts both under the same load: the machine is
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
READER=${READER:-}
# BASE=path/to/another/index_run: that build's cold run too, in turn.
BASE=${BASE:-}
cargo build --release --quiet --example gen_corpus --example index_run --bin newsreader

source scripts/generated.sh
dir=$(generated "$N")
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

# reader HOME: the reader on $dir in tmux until indexing is done; prints
# "wall cpu" in seconds, from its timings file.
reader() {
  local home=$1 out=$1/timings sock=nr-cold-$$ deadline=$((SECONDS + 900))
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 \
    "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' NEWSREADER_TIMINGS='$out' '$PWD/target/release/newsreader' '$dir'"
  while :; do
    local status
    status=$(tmux -L "$sock" capture-pane -p | grep -v '^\s*$' | tail -1 || true)
    # Indexing is over once the status bar starts with the position.
    if [[ $status =~ ^\ [0-9]+/[0-9]+\ · ]]; then break; fi
    if ((SECONDS > deadline)); then echo "timed out: $status" >&2; break; fi
    sleep 0.1
  done
  tmux -L "$sock" send-keys q
  for _ in $(seq 100); do [ -s "$out" ] && break; sleep 0.1; done
  tmux -L "$sock" kill-server 2>/dev/null || true
  awk '$1 == "index_done_ms" { w = $2 / 1000 } $1 == "index_done_cpu_ms" { c = $2 / 1000 }
    END { printf "%.3f %.3f\n", w, c }' "$out"
}

work=$BENCH_DIR/run-$N
# index_run BIN: a cold run of that index_run on $dir; prints "wall cpu".
index_run() {
  rm -rf "$work"
  mkdir -p "$work/search"
  timed "$work/log" "$1" "$work/index.db" --search "$work/search" "$dir"
}
rows=$BENCH_DIR/rows-$N
: >"$rows"
base_head=
[ -n "$BASE" ] && base_head=$(printf '%9s %9s %7s' base_wall base_cpu b_cpu)
printf '%-5s %9s %9s %9s %9s %7s %7s %s  %s\n' round wc_wall wc_cpu idx_wall idx_cpu r_wall r_cpu \
  "$base_head" 'load (1/5/15 min)'
for r in $(seq "$ROUNDS"); do
  read -r ww wc < <(timed /dev/null xargs -0 wc -w <"$list")
  if [ -n "$READER" ]; then
    rm -rf "$work"
    mkdir -p "$work"
    read -r iw ic < <(reader "$work")
  else
    read -r iw ic < <(index_run ./target/release/examples/index_run)
  fi
  base=
  if [ -n "$BASE" ]; then
    read -r bw bc < <(index_run "$BASE")
    base=$(printf '%9s %9s %7.2f' "$bw" "$bc" "$(echo "$bc / $wc" | bc -l)")
  fi
  printf '%-5s %9s %9s %9s %9s %7.2f %7.2f %s  %s\n' "$r" "$ww" "$wc" "$iw" "$ic" \
    "$(echo "$iw / $ww" | bc -l)" "$(echo "$ic / $wc" | bc -l)" "$base" "$(load)" | tee -a "$rows"
done
# The least of each column over the rounds: the run the neighbours
# disturbed least (each ratio is of its own column's least).
awk '{ for (i = 2; i <= NF - 3; i++) if (NR == 1 || $i < m[i]) m[i] = $i; n = NF - 3 }
  END { printf "min  "; for (i = 2; i <= n; i++) printf " %9s", m[i]; print "" }' "$rows"
echo "(seconds; cpu = user + sys; r_, b_ = index / wc -w; 2 cores, shared with other builds)"
if [ -n "$READER" ]; then
  echo "(the reader: from its start to the frame that shows indexing done)"
else
  echo "last index run, by message:"
  sed 's/^/  /' "$work/log"
fi

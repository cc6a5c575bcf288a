#!/usr/bin/env bash
# `newsreader refresh` of FEEDS feeds × ENTRIES entries served on 127.0.0.1
# by examples/feed_server.rs (scripts/refresh-bench.sh [FEEDS] [ENTRIES],
# default 200 × 50). For each mode — `full` (entries carry the whole
# story: no page fetched) and `pages` (summaries only: every entry's page
# is fetched) — a cold refresh into an empty library, then a warm one
# (every feed answers 304), each timed with /usr/bin/time -v: wall time,
# max RSS, and what refresh reported. Everything goes under $BENCH_DIR
# (default /tmp/newsreader-bench); your own home is never touched.
set -euo pipefail

cd "$(dirname "$0")/.."
FEEDS=${1:-200}
ENTRIES=${2:-50}
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-bench}
mkdir -p "$BENCH_DIR"
cargo build --release --quiet --bin newsreader --example feed_server
BIN=$PWD/target/release/newsreader
SERVER=$PWD/target/release/examples/feed_server

server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

run() { # run LABEL HOME: one timed refresh, one result line
  local label=$1 home=$2 log=$2/time-$1.txt out=$2/out-$1.txt
  set +e
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
    /usr/bin/time -v "$BIN" refresh >"$out" 2>"$log"
  local code=$?
  set -e
  local wall rss new nochange errors
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  new=$(awk -F': ' '/: [0-9]+ new/ {split($2, a, " "); s += a[1]} END {print s + 0}' "$out")
  nochange=$(grep -c ': no change$' "$out" || true)
  errors=$(grep -c ': error: ' "$out" || true)
  printf '%-12s exit %d  wall %-8s  max RSS %6d KiB  %5d new  %3d unchanged  %d errors\n' \
    "$label" "$code" "$wall" "$rss" "$new" "$nochange" "$errors"
}

for mode in full pages; do
  home=$BENCH_DIR/refresh-$mode-$FEEDS-$ENTRIES
  rm -rf "$home"
  mkdir -p "$home/config/newsreader"
  "$SERVER" "$FEEDS" "$ENTRIES" "$mode" "$home/config/newsreader/urls" >"$home/server.txt" &
  server_pid=$!
  for _ in $(seq 1 100); do
    grep -q READY "$home/server.txt" 2>/dev/null && break
    sleep 0.1
  done
  echo "$FEEDS feeds × $ENTRIES entries, $mode:"
  run "$mode-cold" "$home"
  run "$mode-warm" "$home"
  echo "  saved: $(find "$home/data/newsreader/articles" -name '*.html' | wc -l) files," \
    "$(du -sh "$home/data/newsreader/articles" | cut -f1)"
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
done

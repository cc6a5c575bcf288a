#!/usr/bin/env bash
# Is the reader responsive while `R` refreshes? (issue 14) FEEDS feeds ×
# ENTRIES entries (scripts/refresh-latency.sh [FEEDS] [ENTRIES], default
# 200 × 50) are served on 127.0.0.1 by examples/feed_server.rs in `pages`
# mode (summaries only, so every entry's page is fetched too and the
# refresh lasts), subscribed in a fresh home, and the real reader runs in
# tmux with NEWSREADER_TIMINGS: after the first frame it presses R, then
# j/k every 50 ms while the status bar says "refreshing". Prints the
# read-to-frame latency of the keys pressed while the refresh ran (count,
# median, p95, max) and the refresh's wall time.
# Run something like `stress-ng --cpu 2` beside it to see a busy machine.
# Everything goes under $BENCH_DIR (default /tmp/newsreader-bench); your
# own home is never touched. Needs tmux.
set -euo pipefail

cd "$(dirname "$0")/.."
FEEDS=${1:-200}
ENTRIES=${2:-50}
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-bench}
mkdir -p "$BENCH_DIR"
cargo build --release --quiet --bin newsreader --example feed_server
BIN=$PWD/target/release/newsreader
SERVER=$PWD/target/release/examples/feed_server

home=$BENCH_DIR/refresh-latency-$FEEDS-$ENTRIES
out=$home/timings.txt
sock=nr-refresh-latency-$$
server_pid=
cleanup() {
  [ -n "${home:-}" ] && touch "$home/stop" 2>/dev/null
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  tmux -L "$sock" kill-server 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 1' INT TERM

rm -rf "$home"
mkdir -p "$home/config/newsreader" "$home/data"
# The server writes the subscriptions (a newsreader `urls` file) itself.
"$SERVER" "$FEEDS" "$ENTRIES" pages "$home/config/newsreader/urls" >"$home/server.txt" &
server_pid=$!
for _ in $(seq 100); do
  grep -q READY "$home/server.txt" 2>/dev/null && break
  sleep 0.1
done
grep -q READY "$home/server.txt" || { echo "feed server did not start" >&2; exit 1; }

tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 \
  "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' NEWSREADER_TIMINGS='$out' '$BIN'"
status() { tmux -L "$sock" capture-pane -p | grep -v '^\s*$' | tail -1 || true; }

# The first frame: the (empty) library's screen, status bar and all.
deadline=$((SECONDS + 60))
until [[ $(status) =~ [[:alnum:]] ]]; do
  ((SECONDS < deadline)) || { echo "no first frame" >&2; exit 1; }
  sleep 0.05
done
sleep 0.5 # let the empty library's indexing end before R
tmux -L "$sock" send-keys R
t0=$(date +%s.%N)
deadline=$((SECONDS + 60))
until [[ $(status) == *refreshing* ]]; do
  ((SECONDS < deadline)) || { echo "R did not start a refresh: $(status)" >&2; exit 1; }
  sleep 0.02
done

# Keys go from a loop of their own, so watching the screen does not slow
# their pace. The refresh is over when the status bar stops saying
# "refreshing" (its "refreshed …" message goes with the next key).
stop=$home/stop
(
  key=j sent=0
  while [ ! -e "$stop" ]; do
    tmux -L "$sock" send-keys "$key"
    sent=$((sent + 1))
    if [ "$key" = j ]; then key=k; else key=j; fi
    sleep 0.05
  done
  echo "$sent" >"$home/sent"
) &
sender=$!
deadline=$((SECONDS + 900))
while :; do
  now=$(status)
  if [[ $now != *refreshing* ]]; then break; fi
  ((SECONDS < deadline)) || { touch "$stop"; echo "timed out: $now" >&2; exit 1; }
  sleep 0.05
done
t1=$(date +%s.%N)
touch "$stop"
wait "$sender"
sent=$(cat "$home/sent")
echo "status bar: $(echo "$now" | sed 's/  .*//')"
tmux -L "$sock" send-keys q
for _ in $(seq 100); do [ -s "$out" ] && break; sleep 0.1; done
[ -s "$out" ] || { echo "the reader wrote no timings" >&2; exit 1; }

value() { awk -v k="$1" '$1 == k { print $2 }' "$out"; }
echo "$FEEDS feeds × $ENTRIES entries (pages fetched), $(nproc) cores:"
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "  refresh wall time %.1f s (R until the status bar stops saying \"refreshing\")\n", b - a }'
echo "  keys sent while refreshing: $sent (j/k every 50 ms)"
printf '  key-to-frame while refreshing: n %s, median %s ms, p95 %s ms, max %s ms\n' \
  "$(value keys_refreshing_n)" "$(value keys_refreshing_p50_ms)" \
  "$(value keys_refreshing_p95_ms)" "$(value keys_refreshing_max_ms)"
echo "  saved: $(find "$home/data" -name '*.html' | wc -l) files; timings in $out"

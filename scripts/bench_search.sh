#!/usr/bin/env bash
# The library search benchmark of issue 7, on a generated library
# (scripts/bench_search.sh [N], default 100000 articles). Drives the real
# binary in tmux: one cold run builds the index cache and the search index
# (its time is printed), then for each query a warm run types `/` and the
# query at 40 ms a key, as a fast typist would, and reads what the binary
# measured (NEWSREADER_TIMINGS): for every search, the time from the key
# that asked to the frame showing its results; and the key-to-frame
# latency of every key pressed while a search was running; then p50 and
# p99 of the searches shown, per query and over all of them. RUNS=R types
# each query R times in its session (default 1); SEARCH_QUERIES="a,b c"
# replaces the queries ("police" and "border wall"); NEWSREADER_BIN picks
# the binary. Everything goes under
# $BENCH_DIR (default /tmp/newsreader-bench); your own home, library and
# state are never touched.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${1:-100000}
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-bench}
RUNS=${RUNS:-1}
if [ -n "${SEARCH_QUERIES:-}" ]; then
  IFS=, read -r -a QUERIES <<<"$SEARCH_QUERIES"
else
  QUERIES=("police" "border wall")
fi
mkdir -p "$BENCH_DIR"
cargo build --release --quiet --bin newsreader --example gen_corpus
# NEWSREADER_BIN=PATH measures another build (an older commit's, say) on
# the same library and index.
BIN=${NEWSREADER_BIN:-$PWD/target/release/newsreader}
source scripts/generated.sh
dir=$(generated "$N")
# The index is of that corpus: a corpus made again gets a home of its own.
home=$BENCH_DIR/search-home-$N-$(cat "$dir/.done")
sock=nr-search-$$

start() { # start TIMINGS: the reader on the library, in tmux
  rm -f "$1"
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 \
    "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' NEWSREADER_TIMINGS='$1' '$BIN' '$dir'"
}
source scripts/statusbar.sh
quit() { # quit TIMINGS
  tmux -L "$sock" send-keys q
  for _ in $(seq 100); do [ -s "$1" ] && break; sleep 0.1; done
  tmux -L "$sock" kill-server 2>/dev/null || true
}
value() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }

if [ ! -d "$home/data/newsreader/search" ]; then
  rm -rf "$home"; mkdir -p "$home"
  out=$BENCH_DIR/search-cold-$N
  start "$out"
  wait_for '^ [0-9,]+/[0-9,]+ · '
  quit "$out"
  echo "cold start, $N articles: indexing with the search index took $(value index_done_ms "$out") ms"
  du -sh "$home/data/newsreader/search" "$home/data/newsreader/index.db" | sed 's/^/  /'
fi

# pct P FILE...: the P-th percentile (nearest rank) of the numbers in FILEs.
pct() { local p=$1; shift; sort -g "$@" | awk -v p="$p" '{ v[NR] = $1 } END { if (NR) { r = int((p * NR + 99) / 100); if (r < 1) r = 1; print v[r] } else print "?" }'; }

all=$BENCH_DIR/search-all-$N
: >"$all"
for query in "${QUERIES[@]}"; do
  out=$BENCH_DIR/search-warm-$N-${query// /_}
  start "$out"
  wait_for '^ [0-9,]+/[0-9,]+ · '
  # Typed RUNS times in one session, Esc between: the first is the one a
  # fresh start answers, the others hit what the first brought in.
  for ((run = 0; run < RUNS; run++)); do
    tmux -L "$sock" send-keys /
    for ((i = 0; i < ${#query}; i++)); do
      c=${query:i:1}
      if [ "$c" = " " ]; then tmux -L "$sock" send-keys Space; else tmux -L "$sock" send-keys -l "$c"; fi
      sleep 0.04
    done
    wait_for "^ /$query▏ · [0-9,]+ articles?" 60
    found=$(status | sed 's/^ *//; s/ *[?] help.*//')
    tmux -L "$sock" send-keys Escape
    sleep 0.3 # Esc and q sent together read as Alt-q
  done
  quit "$out"
  mapfile -t each < <(value search_ms "$out")
  value search_ms "$out" >"$out.ms"
  cat "$out.ms" >>"$all"
  echo "query \"$query\": $found"
  echo "  results on screen after the first key: ${each[0]:-?} ms; after the last key (complete): ${each[-1]:-?} ms"
  echo "  every search shown (ms): ${each[*]}"
  echo "  searches shown: n ${#each[@]}, p50 $(pct 50 "$out.ms") ms, p99 $(pct 99 "$out.ms") ms"
  echo "  keys while a search ran: n $(value keys_searching_n "$out"), p50 $(value keys_searching_p50_ms "$out") ms, p99 $(value keys_searching_p99_ms "$out") ms, max $(value keys_searching_max_ms "$out") ms"
  echo "  peak RSS $(awk '$1=="peak_rss_kb" {printf "%.0f", $2/1024}' "$out") MB"
done
echo "all queries: searches shown n $(wc -l <"$all"), p50 $(pct 50 "$all") ms, p99 $(pct 99 "$all") ms, max $(pct 100 "$all") ms (load average: $(cut -d' ' -f1-3 /proc/loadavg))"

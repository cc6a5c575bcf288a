#!/usr/bin/env bash
# Issue 17's table, rerunnable: every row measured next to its reference
# command in the same run, alternately, and printed as a ratio (absolute
# times move with the machine's load, which is printed too).
#   scripts/speed.sh [SIZES...]   default "10000 100000"
# Per size N (generated libraries, examples/gen_corpus, seed 1):
#   - loader throughput, MB/s per core (files in memory, one thread);
#   - `dump` wall time against `wc -w` on the same files;
#   - `dump` peak RSS;
#   - cold indexing in the real reader (tmux, fresh home) against `wc -w`;
#   - the first article's text on screen, cold and warm, against `less`
#     opening one article (both timed the same way: from starting the
#     program in tmux to its words on screen);
#   - the reader's peak RSS, cold.
# Library search p99 is scripts/bench_search.sh's (it types queries).
# ROWS picks rows (default "loader dump index first"): `index` is cold
# indexing and the reader's peak RSS, `first` the text-first rows (its
# warm start reuses the home `index` filled, so give both).
# Everything goes under $BENCH_DIR (default /tmp/newsreader-speed); your own
# home, library and state are never touched. Needs tmux and GNU time.
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=(${@:-10000 100000})
ROUNDS=${ROUNDS:-3}
ROWS=" ${ROWS:-loader dump index first} "
row() { [[ $ROWS == *" $1 "* ]]; }
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-speed}
mkdir -p "$BENCH_DIR"
cargo build --release --quiet --bin newsreader --example gen_corpus --example throughput
# NEWSREADER_BIN: another build's reader to measure (e.g. the reference
# commit's, built in its own worktree), the same rows alternately.
BIN=${NEWSREADER_BIN:-$PWD/target/release/newsreader}

source scripts/generated.sh

now() { date +%s.%N; }
# secs CMD...: wall seconds of CMD (a function or a program), output dropped.
secs() {
  local t0 t1
  t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
# count_words DIR: `wc -w` over every file of DIR, in as many calls as the
# argument limit needs (100,000 paths are too many for one).
count_words() { find "$1" -type f ! -name '.*' -print0 | xargs -0 wc -w >/dev/null; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
value() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }

# on_screen SOCK PATTERN: seconds from now until PATTERN is on the pane.
wait_for() {
  local deadline=$((SECONDS + 900))
  until tmux -L "$1" capture-pane -p 2>/dev/null | grep -qF -- "$2"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.005
  done
}

# shown CMD PATTERN: seconds from starting CMD in tmux to PATTERN on screen.
shown() {
  local sock=nr-speed-$$-$RANDOM t0 t1
  t0=$(now)
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 "$1"
  wait_for "$sock" "$2" || true
  t1=$(now)
  tmux -L "$sock" kill-server 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

# reader HOME DIR TIMINGS: the reader in tmux on DIR until indexing ends,
# then q; the binary writes its milestones to TIMINGS.
reader() {
  local home=$1 dir=$2 out=$3 sock=nr-speed-r-$$ deadline=$((SECONDS + 3600)) status
  rm -f "$out"
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 \
    "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' NEWSREADER_TIMINGS='$out' '$BIN' '$dir'"
  while :; do
    status=$(tmux -L "$sock" capture-pane -p | grep -v '^\s*$' | tail -1 || true)
    # Indexing is over once the status bar starts with the position.
    if [[ $status =~ ^\ [0-9]+/[0-9]+\ · ]]; then break; fi
    ((SECONDS < deadline)) || { echo "timed out: $status" >&2; break; }
    sleep 0.05
  done
  tmux -L "$sock" send-keys q
  for _ in $(seq 200); do [ -s "$out" ] && break; sleep 0.05; done
  tmux -L "$sock" kill-server 2>/dev/null || true
}

echo "newsreader $(git rev-parse --short HEAD 2>/dev/null || echo '?') ($BIN), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${SIZES[@]}"; do
  dir=$(generated "$n")
  # awk reads to the end: `head -1` would end sort with SIGPIPE, which
  # pipefail turns into the script's end at 100,000 files.
  first=$(find "$dir" -type f ! -name '.*' | sort | awk 'NR == 1')
  mb=$(du -sbL "$dir" | awk '{ printf "%.1f", $1 / 1e6 }')
  echo
  echo "== $n articles, $mb MB (load average $(cut -d' ' -f1-3 /proc/loadavg))"

  if row loader; then
    ./target/release/examples/throughput "$dir" 1 | sed 's/^/loader, one core: /'
  fi

  if row dump; then
    wcs=() dumps=()
    for _ in $(seq "$ROUNDS"); do
      wcs+=("$(secs count_words "$dir")")
      dumps+=("$(secs "$BIN" dump "$dir")")
    done
    wc_s=$(printf '%s\n' "${wcs[@]}" | median)
    dump_s=$(printf '%s\n' "${dumps[@]}" | median)
    echo "dump wall: $dump_s s, wc -w $wc_s s, ratio $(ratio "$dump_s" "$wc_s") (goal <= 2; medians of $ROUNDS, alternating)"
    /usr/bin/time -f '%M' -o "$BENCH_DIR/rss" "$BIN" dump "$dir" >/dev/null 2>&1 || true
    echo "dump peak RSS: $(awk '{ printf "%d MB", $1 / 1024 }' "$BENCH_DIR/rss") (goal <= 100 MB at any size)"
  fi

  home=$BENCH_DIR/home-$n
  if row index; then
    rm -rf "$home"; mkdir -p "$home"
    wc_s=$(secs count_words "$dir")
    reader "$home" "$dir" "$BENCH_DIR/cold-$n"
    index_s=$(awk '{ printf "%.3f", $1 / 1000 }' <<<"$(value index_done_ms "$BENCH_DIR/cold-$n")")
    echo "cold indexing in the reader: $index_s s, wc -w $wc_s s, ratio $(ratio "$index_s" "$wc_s") (goal <= 3)"
    echo "reader peak RSS, cold: $(awk '$1 == "peak_rss_kb" { printf "%d MB", $2 / 1024 }' "$BENCH_DIR/cold-$n") (goal < 150 MB)"
  fi
  row first || continue

  # Text first: the first listed article's first words, timed from start
  # to screen for the reader (cold: no index cache; warm: cached) and for
  # less on that article's file, alternately.
  # Two words from its third line (a paragraph after the headline and
  # byline): on the reader's pane, never in the list of headlines.
  words=$(awk 'NF { if (++n == 3) { print $2 " " $3; exit } }' "$first")
  lesses=() colds=() warms=()
  for r in $(seq "$ROUNDS"); do
    lesses+=("$(shown "less '$first'" "$words")")
    cold_home=$BENCH_DIR/home-$n-cold-$r
    rm -rf "$cold_home"; mkdir -p "$cold_home"
    colds+=("$(shown "env HOME='$cold_home' XDG_DATA_HOME='$cold_home/data' XDG_CONFIG_HOME='$cold_home/config' '$BIN' '$dir'" "$words")")
    warms+=("$(shown "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' '$BIN' '$dir'" "$words")")
    rm -rf "$cold_home"
  done
  less_s=$(printf '%s\n' "${lesses[@]}" | median)
  cold_s=$(printf '%s\n' "${colds[@]}" | median)
  warm_s=$(printf '%s\n' "${warms[@]}" | median)
  echo "first article's text, warm: $warm_s s, less $less_s s, ratio $(ratio "$warm_s" "$less_s") (goal <= 3)"
  echo "first article's text, cold: $cold_s s, less $less_s s, ratio $(ratio "$cold_s" "$less_s") (goal <= 8)"
  echo "(\"$words\" from $(basename "$first"); text_shown in the cold run's own timings: $(value text_shown_ms "$BENCH_DIR/cold-$n") ms)"
done

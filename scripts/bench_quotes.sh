#!/usr/bin/env bash
# The quotes view benchmark of issue 17 item 6, on a generated library
# (scripts/bench_quotes.sh [N], default 10000 articles). Drives the real
# binary in tmux: the reader opens the library (indexing it first, cold,
# into a home of its own per binary), finds an article quoting $PERSON
# (default "James Roche", the speaker quoted in the most articles of the
# seed-1 corpus) with a library search, walks its quotes with `]` to one of
# theirs, then presses `"` and times, from the key to the status bar saying
# the view is complete ("quotes by … · N quotes in M articles" with no
# "finding more…"), how long the view took; then Backspace and `"` again,
# REPEAT times in all (default 3) per session. ROUNDS sessions (default 3)
# per binary, the binaries alternating so that a busy machine slows them
# alike. BINS="LABEL=PATH LABEL=PATH" names the binaries (default: this
# tree's release build as "this"). The status is read every few ms, so a
# figure is the time to the frame plus up to one capture (a few ms).
# Prints each press's time, the rows the view had, the median per binary,
# each home's search index size and the load average. Everything goes under
# $BENCH_DIR (default /tmp/newsreader-bench); your own home, library and
# state are never touched.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${1:-10000}
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-bench}
PERSON=${PERSON:-James Roche}
ROUNDS=${ROUNDS:-3}
REPEAT=${REPEAT:-3}
mkdir -p "$BENCH_DIR"
# Given BINS, nothing is built: a tree being edited is not measured.
if [ -z "${BINS:-}" ]; then
  cargo build --release --quiet --bin newsreader --example gen_corpus
fi
read -r -a BINLIST <<<"${BINS:-this=$PWD/target/release/newsreader}"
source scripts/generated.sh
dir=$(generated "$N")
stamp=$(cat "$dir/.done")
sock=nr-quotes-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null || true' EXIT

source scripts/statusbar.sh
now_ms() { echo "${EPOCHREALTIME/./}" | awk '{ printf "%.1f", $1 / 1000 }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "?" }'; }

start() { # start BIN HOME: the reader on the library, in tmux
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 \
    "env HOME='$2' XDG_DATA_HOME='$2/data' XDG_CONFIG_HOME='$2/config' '$1' '$dir'"
  # Indexing done: the status shows the list's place, not progress.
  wait_for '^ [0-9,]+/[0-9,]+ · '
}
quit() {
  tmux -L "$sock" send-keys q
  sleep 0.5
  tmux -L "$sock" kill-server 2>/dev/null || true
}

# Select $PERSON in the sidebar: search the library for the name, open
# the first article found, and move the sidebar's selection down to their
# row (the sidebar lists PEOPLE first); the next found article when the
# sidebar does not show them.
to_person() {
  local lower=${PERSON,,} row
  tmux -L "$sock" send-keys /
  tmux -L "$sock" send-keys -l "$lower"
  wait_for "^ /$lower▏ · [0-9,]+ articles?" 120
  tmux -L "$sock" send-keys Enter
  wait_for '^ match [0-9]+/' 30
  # Esc clears the in-article search; a key sent right after it would
  # read as Alt-key.
  tmux -L "$sock" send-keys Escape
  sleep 0.3
  for _ in $(seq 20); do
    row=$(tmux -L "$sock" capture-pane -p | awk -F'┃|│' -v who="$PERSON" '
      { for (i = 1; i <= NF; i++) {
          if ($i ~ /^PEOPLE [0-9]/) head = NR
          else if (head && index($i, "  " who " ") == 1) { print NR - head - 1; exit }
      } }')
    if [ -n "$row" ]; then
      tmux -L "$sock" send-keys l
      for ((i = 0; i < row; i++)); do tmux -L "$sock" send-keys j; done
      sleep 0.3
      return 0
    fi
    tmux -L "$sock" send-keys h j Enter # the list's next article
    sleep 0.3
    tmux -L "$sock" send-keys Escape
    sleep 0.3
  done
  echo "no article found showing $PERSON in the sidebar: $(status)" >&2
  return 1
}

# One press of `"`, timed from the key to the view complete; prints
# "MS ROWS-TEXT".
press() {
  local t0 s done_re="^ quotes by $PERSON · ([0-9,]+ quotes?) in ([0-9,]+ articles?)  "
  t0=$(now_ms)
  tmux -L "$sock" send-keys '"'
  local deadline=$((SECONDS + 300))
  while :; do
    s=$(status)
    if ((SECONDS > deadline)); then echo "timed out: $s" >&2; return 1; fi
    if [[ $s =~ $done_re ]]; then
      echo "$(awk -v a="$(now_ms)" -v b="$t0" 'BEGIN { printf "%.0f", a - b }') ${BASH_REMATCH[1]} in ${BASH_REMATCH[2]}"
      return 0
    fi
  done
}

declare -A times
for ((round = 1; round <= ROUNDS; round++)); do
  for spec in "${BINLIST[@]}"; do
    label=${spec%%=*} bin=${spec#*=}
    home=$BENCH_DIR/quotes-home-$N-$stamp-$label
    if [ ! -d "$home/data/newsreader/search" ]; then
      rm -rf "$home"
      mkdir -p "$home"
      t0=$(now_ms)
      start "$bin" "$home"
      echo "$label: cold indexing of $N articles took $(awk -v a="$(now_ms)" -v b="$t0" 'BEGIN { printf "%.1f", (a - b) / 1000 }') s"
      quit
    fi
    start "$bin" "$home"
    to_person
    for ((r = 1; r <= REPEAT; r++)); do
      got=$(press)
      echo "round $round $label press $r: ${got%% *} ms (${got#* }) load $(cut -d' ' -f1 /proc/loadavg)"
      times[$label]+="${got%% *} "
      # Back where `"` was pressed, the sidebar's selection as it was.
      tmux -L "$sock" send-keys BSpace
      wait_for '^ (back|[0-9,]+/[0-9,]+ · )' 30
      sleep 0.2
    done
    quit
  done
done
for spec in "${BINLIST[@]}"; do
  label=${spec%%=*}
  home=$BENCH_DIR/quotes-home-$N-$stamp-$label
  echo "$label: key to quotes view complete, median $(tr ' ' '\n' <<<"${times[$label]}" | grep . | median) ms of: ${times[$label]}"
  echo "  search index $(du -sm "$home/data/newsreader/search" | cut -f1) MB, index.db $(du -sm "$home/data/newsreader/index.db" | cut -f1) MB"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared with other engineers' builds)"

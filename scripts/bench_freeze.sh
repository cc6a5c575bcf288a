#!/usr/bin/env bash
# The reader against slow and huge files (issue 13, hole 1): per library,
# the time until the good articles are listed, until a key moves the
# selection, until `q` pressed while indexing ends the process, and the
# peak RSS (/usr/bin/time -v). Libraries: two good articles beside 300 KB
# of “, 500 KB of «‹, one 6 MB article naming 150,000 people, and six
# such 6 MB articles. Then, on the 6 MB article: the key-to-frame latency
# of keys pressed while the reader reads it (NEWSREADER_TIMINGS'
# keys_loading lines), which must not include the read. Needs tmux,
# python3 and GNU time. Timing belongs here, never in pass/fail tests.
# Usage: scripts/bench_freeze.sh [KINDS...]
set -euo pipefail

cd "$(dirname "$0")/.."
KINDS=(${@:-quotes guillemets huge folder})
BENCH_DIR=${BENCH_DIR:-/tmp/newsreader-bench-freeze}
mkdir -p "$BENCH_DIR"
[ -n "${BIN:-}" ] || cargo build --release --quiet --bin newsreader
BIN=${BIN:-$PWD/target/release/newsreader}

# library KIND -> folder: two good articles (a0, a1) and the hostile files.
library() {
  local dir=$BENCH_DIR/lib-$1
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    python3 - "$dir" "$1" <<'PY'
import os, sys
out, kind = sys.argv[1], sys.argv[2]
os.makedirs(out)
for i in range(2):
    with open(f"{out}/a{i}-good.txt", "w") as f:
        f.write(f"Council Approves Budget {i}\n\nThe council met on Tuesday. "
                f"\u201cWe will build the bridge,\u201d said Mayor Ann Lee.\n\n"
                f"John Smith said the vote was close.\n")
syl = "ka lo mi ra ne to vi sa du pe ga ri zo be fu ha".split()
def huge(path, seed, n=150000):
    with open(path, "w") as f:
        f.write(f"A Crowd Of Witnesses {seed}\n\n")
        for i in range(n):
            k = i + seed * 1000003
            first = syl[k % 16] + syl[k // 16 % 16] + syl[k // 256 % 16]
            last = syl[k // 4096 % 16] + syl[k // 65536 % 16] + syl[k // 1048576 % 16] + "son"
            f.write(f"{first.capitalize()} {last.capitalize()} said the day was long.")
            f.write("\n\n" if i % 5 == 4 else " ")
if kind == "quotes":
    open(f"{out}/z-quotes.txt", "w").write("\u201c" * 100000)
elif kind == "guillemets":
    open(f"{out}/z-guillemets.txt", "w").write("\u00ab\u2039" * 100000)
elif kind == "huge":
    huge(f"{out}/z-huge.txt", 1)
elif kind == "folder":
    for s in range(6):
        huge(f"{out}/z-huge{s}.txt", s)
PY
    touch "$dir/.done"
  fi
  echo "$dir"
}

# wait_count SOCK PATTERN N SECONDS: until PATTERN shows N times.
wait_count() {
  local deadline=$((SECONDS + $4))
  until [ "$(tmux -L "$1" capture-pane -p | grep -oE "$2" | wc -l)" -ge "$3" ]; do
    ((SECONDS < deadline)) || return 1
    sleep 0.02
  done
}

# indexed SOCK: until the status bar no longer says indexing (15 min at most).
indexed() {
  local deadline=$((SECONDS + 900))
  while tmux -L "$1" capture-pane -p | grep -v '^\s*$' | tail -1 | grep -q indexing; do
    ((SECONDS < deadline)) || break
    sleep 0.1
  done
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f s", b - a }'; }

# wait_screen SOCK PATTERN SECONDS: poll the pane until grep -E matches.
wait_screen() {
  local deadline=$((SECONDS + $3))
  until tmux -L "$1" capture-pane -p | grep -qE "$2"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.02
  done
}

for kind in "${KINDS[@]}"; do
  dir=$(library "$kind")
  home=$(mktemp -d "$BENCH_DIR/home-XXXX")
  sock=nr-freeze-$$
  rss=$BENCH_DIR/time-$kind.txt
  rm -f "$rss"
  echo "== $kind ($(du -sh "$dir" | cut -f1))"
  start=$(now)
  tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 30 \
    "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' /usr/bin/time -v -o '$rss' '$BIN' '$dir'" \
    \; set-option remain-on-exit on
  # Both good titles in the list (cut there) and the first in the reader.
  if wait_count "$sock" 'Council Approv' 3 300; then
    echo "good articles listed:  $(since "$start")"
  else
    echo "good articles listed:  not within 300 s"
  fi
  # The selection moves to the second good article: its headline shows in
  # the reader.
  t=$(now)
  tmux -L "$sock" send-keys j
  if wait_screen "$sock" 'Approves Budget 1' 300; then
    echo "j answered:            $(since "$t")"
  else
    echo "j answered:            not within 300 s"
  fi
  status=$(tmux -L "$sock" capture-pane -p | grep -v '^\s*$' | tail -1)
  echo "status when q pressed: $(echo "$status" | sed 's/  */ /g')"
  t=$(now)
  tmux -L "$sock" send-keys q
  deadline=$((SECONDS + 300))
  until [ "$(tmux -L "$sock" display-message -p '#{pane_dead}')" = 1 ]; do
    ((SECONDS < deadline)) || break
    sleep 0.02
  done
  echo "q exited:              $(since "$t")"
  tmux -L "$sock" kill-server 2>/dev/null || true
  echo "peak RSS:              $(awk -F': ' '/Maximum resident/ { printf "%d MB", $2 / 1024 }' "$rss")"
done

# Indexing each library to the end (cold), for its time and peak memory.
for kind in "${KINDS[@]}"; do
  dir=$(library "$kind")
  home=$(mktemp -d "$BENCH_DIR/home-XXXX")
  sock=nr-freeze-full-$$
  rss=$BENCH_DIR/time-full-$kind.txt
  rm -f "$rss"
  echo "== $kind, indexed to the end"
  start=$(now)
  tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 30 \
    "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' /usr/bin/time -v -o '$rss' '$BIN' '$dir'" \
    \; set-option remain-on-exit on
  wait_count "$sock" 'Council Approv' 3 600 || true
  indexed "$sock"
  echo "indexed:               $(since "$start")"
  tmux -L "$sock" send-keys q
  until [ "$(tmux -L "$sock" display-message -p '#{pane_dead}')" = 1 ]; do sleep 0.05; done
  tmux -L "$sock" kill-server 2>/dev/null || true
  echo "peak RSS:              $(awk -F': ' '/Maximum resident/ { printf "%d MB", $2 / 1024 }' "$rss")"
done

# Keys while the 6 MB article is read: select it (G), then press Tab (focus
# to the next pane and back: a frame each, no new article) every 20 ms
# for as long as the reader shows "Loading"; the binary records each key's
# read-to-frame latency with whether the article was still being read.
dir=$(library huge)
home=$(mktemp -d "$BENCH_DIR/home-XXXX")
sock=nr-freeze-load-$$
timings=$BENCH_DIR/timings-load.txt
rm -f "$timings"
echo "== keys while the 6 MB article is read (load average $(cut -d' ' -f1-3 /proc/loadavg))"
tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 30 \
  "env HOME='$home' XDG_DATA_HOME='$home/data' XDG_CONFIG_HOME='$home/config' NEWSREADER_TIMINGS='$timings' '$BIN' '$dir'" \
  \; set-option remain-on-exit on
wait_count "$sock" 'Council Approv' 3 300 || true
# Indexed first, so the read below is the reader's own, not the indexer's.
indexed "$sock"
start=$(now)
tmux -L "$sock" send-keys G
wait_screen "$sock" 'Loading' 60 || echo "(the article was read before a frame showed Loading)"
while tmux -L "$sock" capture-pane -p | grep -q 'Loading'; do
  tmux -L "$sock" send-keys Tab
  sleep 0.02
done
echo "article shown:         $(since "$start")"
tmux -L "$sock" send-keys q
until [ "$(tmux -L "$sock" display-message -p '#{pane_dead}')" = 1 ]; do sleep 0.05; done
tmux -L "$sock" kill-server 2>/dev/null || true
grep -E '^keys_loading' "$timings" || echo "no key was shown while the article was read"

#!/bin/sh
# Extraction quality and speed on the scrapinghub article-extraction
# benchmark (docs/extraction.md). Usage:
#   scripts/extraction/run.sh BENCHMARK_DIR [BACKEND...]
# BENCHMARK_DIR is a checkout of scrapinghub/article-extraction-benchmark
# (html/*.html.gz, ground-truth.json, evaluate.py); it is only read. Backends
# default to every candidate and newsreader's own path. Results go to
# target/extraction/ (JSON per backend, evaluate.py's table in results.txt).
# The backend `structure` instead runs `newsreader dump` on the pages and
# counts page-structure problems against the ground truth (structure.py:
# site suffix in titles, chrome left in the body, lost paragraphs, subheads
# read as paragraphs), per page in structure.txt; STRUCTURE_PAGES=N takes
# the first N pages only.
set -eu
bench=${1:?usage: run.sh BENCHMARK_DIR [BACKEND...]}
shift
[ $# -gt 0 ] || set -- dom_smoothie readabilityrs rs_trafilatura newsreader newsreader_captions
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/target/extraction"
rm -rf "$out"
mkdir -p "$out/pages" "$out/eval/output"
for page in "$bench"/html/*.html.gz; do
    name=$(basename "$page" .gz)
    gunzip -c "$page" > "$out/pages/$name"
done
if [ "$*" = structure ]; then
    if [ -n "${STRUCTURE_PAGES:-}" ]; then
        ls "$out/pages" | sort | tail -n +$((STRUCTURE_PAGES + 1)) |
            (cd "$out/pages" && xargs rm -f)
    fi
    (cd "$root" && cargo build --quiet --bin newsreader)
    "$root/target/debug/newsreader" dump "$out/pages" > "$out/dump.json"
    python3 "$here/structure.py" "$bench/ground-truth.json" "$out/dump.json" \
        "$out/pages" --verbose > "$out/structure.txt"
    tail -n 8 "$out/structure.txt"
    exit 0
fi
CARGO_TARGET_DIR="$root/target" cargo build --release --quiet \
    --manifest-path "$here/Cargo.toml"
# One core, as the speed figures say.
for backend in "$@"; do
    taskset -c 0 "$root/target/release/extraction-eval" "$backend" \
        "$out/pages" "$out/eval/output/$backend.json" | tee -a "$out/speed.txt"
done
cp "$bench/ground-truth.json" "$bench/evaluate.py" "$out/eval/"
(cd "$out/eval" && python3 evaluate.py --n-bootstrap 200) | tee "$out/results.txt"

#!/bin/sh
# Extraction quality and speed on the scrapinghub article-extraction
# benchmark (docs/extraction.md). Usage:
#   scripts/extraction/run.sh BENCHMARK_DIR [BACKEND...]
# BENCHMARK_DIR is a checkout of scrapinghub/article-extraction-benchmark
# (html/*.html.gz, ground-truth.json, evaluate.py); it is only read. Backends
# default to every candidate and newsreader's own path. Results go to
# target/extraction/ (JSON per backend, evaluate.py's table in results.txt).
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
CARGO_TARGET_DIR="$root/target" cargo build --release --quiet \
    --manifest-path "$here/Cargo.toml"
# One core, as the speed figures say.
for backend in "$@"; do
    taskset -c 0 "$root/target/release/extraction-eval" "$backend" \
        "$out/pages" "$out/eval/output/$backend.json" | tee -a "$out/speed.txt"
done
cp "$bench/ground-truth.json" "$bench/evaluate.py" "$out/eval/"
(cd "$out/eval" && python3 evaluate.py --n-bootstrap 200) | tee "$out/results.txt"

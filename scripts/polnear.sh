#!/bin/sh
# Attribution quality on PolNeAR (US political news, hand-annotated
# attributions), scored the way the project is judged. Usage:
#   scripts/polnear.sh EXPORT_DIR [--verbose] [--min-f1 X]
# EXPORT_DIR is what polnear_export.py wrote for the dev (or train) split:
#   python3 ../shared/tools/polnear_export.py /tmp/polnear-dev --split dev \
#       --repo PATH_TO_POLNEAR_GIT
# The texts are copyrighted: keep EXPORT_DIR outside this repository and
# never commit anything from it. The `test` split is reserved for judging
# and the export tool refuses it. The scorer is ../shared/tools/
# polnear_score.py, or $POLNEAR_SCORE when set. The last line printed is the
# summary (detection and attribution P/R/F1); with --min-f1 the exit status
# is 1 when attribution F1 falls below it.
set -eu
dir=${1:?usage: polnear.sh EXPORT_DIR [--verbose] [--min-f1 X]}
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
score=${POLNEAR_SCORE:-$root/../shared/tools/polnear_score.py}
[ -f "$score" ] || { echo "polnear.sh: no scorer at $score (set POLNEAR_SCORE)" >&2; exit 2; }
ls "$dir"/*.gold.json >/dev/null 2>&1 \
    || { echo "polnear.sh: no *.gold.json in $dir: export a split first (see the header)" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Only the article texts: the gold files beside them are not news.
"$root/target/release/newsreader" dump "$dir"/*.txt > "$out/dump.json"
python3 "$score" "$dir" "$out/dump.json" "$@"

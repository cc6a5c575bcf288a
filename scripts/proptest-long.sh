#!/usr/bin/env bash
# Every property test in the repository (each `proptest!` block under src/,
# crates/*/src/ and tests/) with thousands of cases instead of the few dozen a normal
# `cargo test` runs: scripts/proptest-long.sh [CASES] [ROUNDS], default
# 5000 cases, 1 round. Each round draws fresh random cases. Not for CI: it
# takes minutes. A failure is shrunk and saved by proptest to the test's
# *.proptest-regressions file (commit it with the fix); the script then
# stops with exit 1. Prints, per test, the cases run and the time taken.
set -euo pipefail

cd "$(dirname "$0")/.."
CASES=${1:-5000}
ROUNDS=${2:-1}

# The test functions inside proptest! blocks of FILE, one per line.
props() {
  awk '
    !inblock && /proptest! *\{/ { inblock = 1; depth = 0 }
    inblock {
      if (match($0, /fn [a-z_0-9]+ *\(/)) {
        name = substr($0, RSTART + 3, RLENGTH - 3); sub(/ *\($/, "", name); print name
      }
      line = $0; gsub(/[^{}]/, "", line)
      for (i = 1; i <= length(line); i++) depth += (substr(line, i, 1) == "{") ? 1 : -1
      if (depth == 0) inblock = 0
    }' "$1"
}

# Targets: each crate's unit tests and each integration test file.
declare -A NAMES
for file in $(grep -rl --include='*.rs' 'proptest!' src crates tests | sort); do
  case $file in
    src/*) target="-p newsreader --lib" ;;
    crates/*/src/*) target="-p newsreader-$(cut -d/ -f2 <<<"$file") --lib" ;;
    tests/support/*) continue ;;
    tests/*) target="-p newsreader --test $(basename "$file" .rs)" ;;
  esac
  NAMES[$target]+=" $(props "$file" | tr '\n' ' ')"
done

# Build first so the timings below are the tests alone.
for target in "${!NAMES[@]}"; do
  cargo test --quiet $target --no-run 2>/dev/null
done

failed=0
for round in $(seq 1 "$ROUNDS"); do
  for target in "${!NAMES[@]}"; do
    for name in ${NAMES[$target]}; do
      start=$(date +%s)
      # --exact would need the module path; a name is unique enough, and
      # the count of tests run is printed to check.
      if out=$(PROPTEST_CASES=$CASES cargo test --quiet $target -- "$name" 2>&1); then
        result=ok
      else
        result=FAILED
        failed=1
      fi
      ran=$(grep -o '[0-9]* passed; [0-9]* failed' <<<"$out" | tail -1)
      printf 'round %s  %-6s %-60s %s cases  %4ss  (%s)\n' "$round" "$result" \
        "$target $name" "$CASES" "$(($(date +%s) - start))" "$ran"
      if [ $result = FAILED ]; then
        grep -E 'panicked|minimal failing input|Test failed|Case failed' <<<"$out" | head -20
      fi
    done
  done
  [ $failed = 0 ] || exit 1
done
echo "all property tests passed: $ROUNDS round(s) of $CASES cases each"

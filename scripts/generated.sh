# Sourced by the benchmark scripts, which run from the repository's root:
# `generated N` prints the folder of N generated articles (examples/
# gen_corpus, seed 1) under $BENCH_DIR, made again whenever the
# generator's binary changed (.done holds its hash), so that no script
# measures a library an older generator left behind. Build the
# gen_corpus example first.
generated() {
  local dir=$BENCH_DIR/corpus-$1 gen=target/release/examples/gen_corpus stamp
  stamp=$(sha256sum "$gen" | cut -c1-16)
  if [ "$(cat "$dir/.done" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$dir"
    "$gen" --count "$1" --seed 1 "$dir" >/dev/null
    echo "$stamp" >"$dir/.done"
  fi
  echo "$dir"
}

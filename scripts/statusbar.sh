# Sourced by the benchmark scripts that drive the reader in tmux, from the
# repository's root, with $sock naming their tmux server:
# `status` prints the reader's status bar (its last non-blank line), and
# `wait_for REGEX [SECONDS]` waits until the status bar matches REGEX
# (900 s at most, then says so and fails).
status() { tmux -L "$sock" capture-pane -p | grep -v '^\s*$' | tail -1 || true; }
wait_for() {
  local deadline=$((SECONDS + ${2:-900}))
  until [[ $(status) =~ $1 ]]; do
    if ((SECONDS > deadline)); then echo "timed out waiting for $1: $(status)" >&2; return 1; fi
    sleep 0.05
  done
}

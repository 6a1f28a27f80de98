# What the end-to-end scripts share: a private tmux server in $TMP, reading its screen,
# waiting for text, failing with the screen shown. Sourced after T, PANE and TMP are set.

SCREEN=""

cleanup() {
    $T kill-server >/dev/null 2>&1
    sleep 0.2
    rm -rf "$TMP" 2>/dev/null
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*"
    [ -n "$SCREEN" ] && printf -- '--- screen ---\n%s\n--------------\n' "$SCREEN"
    exit 1
}

capture() { SCREEN=$($T capture-pane -p -t "$PANE"); }

# Waits up to 15 s for the screen to hold a fixed string; $2 says what was awaited.
wait_for() {
    for _ in $(seq 1 150); do
        capture
        case "$SCREEN" in *"$1"*) return 0 ;; esac
        sleep 0.1
    done
    fail "timed out waiting for '$1' on screen${2:+ ($2)}"
}

expect() {
    case "$SCREEN" in *"$1"*) ;; *) fail "expected '$1' on screen" ;; esac
}

alternate() { $T display -p -t "$PANE" '#{alternate_on}'; }

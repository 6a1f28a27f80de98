#!/usr/bin/env bash
# The reader against hostile terminals, in tmux: usage terminal-faults.sh BINARY
#
# TERM variants, SIGINT/SIGTERM/SIGHUP, Ctrl-z and SIGTSTP with fg, a crash inside the
# reader, a storm of resizes down to 1x1, and 10,000 keys sent at once. After each, the
# terminal's modes (stty -a) must be as before and the alternate screen left.
set -u

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 BINARY (an executable dailypapers)" >&2
    exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SEED="$ROOT/seeds/000_aaa61af644286699.txt"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/terminal-faults.XXXXXX")
T="tmux -S $TMP/tmux.sock"
PANE=faults:0.0
RUN=0
. "$(dirname "$0")/tmux-lib.sh"

$T -f /dev/null new-session -d -s faults -x 100 -y 30 \
    "env -i HOME=$TMP PATH=/usr/local/bin:/usr/bin:/bin TERM=screen-256color LANG=C.UTF-8 PS1='faults\$ ' bash --norc --noprofile" \
    || fail "could not start tmux"
wait_for 'faults$' "the shell"
$T send-keys -t "$PANE" "stty -a > $TMP/stty.before" Enter
sleep 0.3

# Starts the reader with a fresh state file; $1 is extra environment. One `sh -c` job, so
# that a stopped reader stops the whole job and the status is written only when it ends.
start() {
    RUN=$((RUN + 1))
    rm -f "$TMP/rc" "$TMP/stty.after"
    $T send-keys -t "$PANE" "clear; sh -c '$1 DAILYPAPERS_STATE=$TMP/state-$RUN.sqlite $BIN $SEED; echo \$? > $TMP/rc; stty -a > $TMP/stty.after'" Enter
}

# Waits for the reader to end with status $1, then checks the terminal is as before.
ended() {
    for _ in $(seq 1 100); do [ -s "$TMP/stty.after" ] && break; sleep 0.1; done
    [ -s "$TMP/stty.after" ] || { capture; fail "the reader did not end ($2)"; }
    rc=$(cat "$TMP/rc")
    [ "$rc" = "$1" ] || { capture; fail "exit status $rc, not $1 ($2)"; }
    [ "$(alternate)" = 0 ] || fail "the alternate screen was not left ($2)"
    diff "$TMP/stty.before" "$TMP/stty.after" >/dev/null || { diff "$TMP/stty.before" "$TMP/stty.after"; fail "the terminal modes changed ($2)"; }
}

reader_pid() {
    local shell
    shell=$($T display -p -t "$PANE" '#{pane_pid}')
    pgrep -f -P "$(pgrep -P "$shell" -x sh | head -n 1)" dailypapers | head -n 1
}

# --- TERM: either a working screen or a clear message, and the terminal as it was.
for term in vt100 xterm-256color tmux-256color screen-256color; do
    start "TERM=$term"
    wait_for 'by votes' "TERM=$term"
    $T send-keys -t "$PANE" q
    ended 0 "TERM=$term"
done
for term in dumb no-such-terminal; do
    start "TERM=$term"
    ended 1 "TERM=$term"
    capture
    case "$SCREEN" in *"dailypapers list"*) ;; *) fail "no clear message for TERM=$term" ;; esac
done

# --- Signals that end the reader.
for sig in INT:130 TERM:143 HUP:129; do
    start ""
    wait_for 'by votes' "before SIG${sig%%:*}"
    pid=$(reader_pid)
    [ -n "$pid" ] || fail "no reader pid"
    kill -"${sig%%:*}" "$pid"
    ended "${sig##*:}" "SIG${sig%%:*}"
done

# --- Ctrl-z and SIGTSTP: back to the shell as it was, and fg brings the reader back.
for how in key signal; do
    start ""
    wait_for 'by votes' "before suspending by $how"
    if [ "$how" = key ]; then $T send-keys -t "$PANE" C-z; else kill -TSTP "$(reader_pid)"; fi
    wait_for 'Stopped' "suspended by $how"
    [ "$(alternate)" = 0 ] || fail "suspended by $how, the alternate screen is still on"
    $T send-keys -t "$PANE" "stty -a > $TMP/stty.stopped" Enter
    for _ in $(seq 1 50); do [ -s "$TMP/stty.stopped" ] && break; sleep 0.1; done
    diff "$TMP/stty.before" "$TMP/stty.stopped" >/dev/null || fail "suspended by $how, the shell got the terminal in other modes"
    rm -f "$TMP/stty.stopped"
    $T send-keys -t "$PANE" "fg" Enter
    wait_for 'by votes' "after fg ($how)"
    $T send-keys -t "$PANE" j
    wait_for '2/10' "keys after fg ($how)"
    $T send-keys -t "$PANE" q
    ended 0 "after suspending by $how"
done

# --- A crash in the reader's own code restores the terminal before the process dies.
start "DAILYPAPERS_TEST_CRASH=1"
ended 132 "a crash (SIGILL from a Swift trap)"

# --- A storm of resizes, down to 1x1 and back: a correct screen, still running.
start ""
wait_for 'by votes' "before the resize storm"
sizes=(80x24 1x1 40x10 39x9 250x70 2x2 100x30 60x20 1x1 120x40 30x8 100x30 10x3 200x50 1x1
       80x24 41x11 100x30 5x5 150x45 1x1 70x20 100x30 3x1 90x25 1x1 100x30 45x12 1x1 100x30)
for s in "${sizes[@]}"; do
    $T resize-window -t faults -x "${s%x*}" -y "${s#*x}"
    sleep 0.03
done
wait_for 'Layer Skip: Enabling Early Exi' "after the resize storm"
case "$SCREEN" in *"all days · 10 papers"*) ;; *) fail "the header is wrong after the resize storm" ;; esac
[ -n "$(reader_pid)" ] || fail "the reader died in the resize storm"
$T send-keys -t "$PANE" q
ended 0 "after the resize storm"

# --- 10,000 keys at once: every one handled (down and up in pairs, then six downs).
start ""
wait_for 'by votes' "before 10,000 keys"
keys=$(printf 'jk%.0s' $(seq 1 4997))jjjjjj
[ ${#keys} -eq 10000 ] || fail "the test built ${#keys} keys"
$T send-keys -t "$PANE" -l "$keys"
wait_for ' 7/10' "all 10,000 keys handled (row 7 of 10)"
$T send-keys -t "$PANE" q
ended 0 "after 10,000 keys"

echo "terminal-faults: ok"

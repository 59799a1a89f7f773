#!/bin/sh
# Fetches axe-core (the accessibility checker the HTML export's tests run in Chromium) from the
# npm registry into .venv/axe once, if npm is there; without it the tests use their own checks.
AXE=.venv/axe/node_modules/axe-core/axe.min.js
if [ ! -f "$AXE" ] && command -v npm >/dev/null 2>&1; then
    npm install --prefix .venv/axe --no-save --no-audit --no-fund --silent axe-core@4 >/dev/null 2>&1 || true
fi
exit 0

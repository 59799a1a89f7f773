#!/bin/sh
# Fetches mermaid's own parser (with jsdom) from the npm registry into tests/node once, if npm
# is there, so tests/test_mermaid_grammar.py can check our Mermaid export with mermaid itself.
if [ ! -d tests/node/node_modules/mermaid ] && command -v npm >/dev/null 2>&1; then
    npm install --prefix tests/node --no-save --no-audit --no-fund --silent >/dev/null 2>&1 || true
fi
exit 0

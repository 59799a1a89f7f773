#!/usr/bin/env bash
# Build the one-folder frozen app into dist/journeymapper/ with PyInstaller, then smoke-test it.
# Used by `make dist`. PY may point at another interpreter (default: the project's .venv).
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PY:-.venv/bin/python}"
if [ ! -x "$PY" ]; then
    echo "error: $PY not found; run 'make setup' first" >&2
    exit 1
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "Installing PyInstaller into $("$PY" -c 'import sys; print(sys.prefix)') ..."
    "$PY" -m pip install --quiet "pyinstaller>=6.10"
fi

rm -rf dist/journeymapper
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/journeymapper.spec

APP=dist/journeymapper/journeymapper
SAMPLE=journeymapper/resources/samples/sample.jmap
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Smoke test of $APP"
"$APP" --version
"$APP" validate "$SAMPLE"
"$APP" info "$SAMPLE" --json >"$TMP/info.json"
"$APP" new "$TMP/new.jmap" --template e-shop --lang lv
"$APP" validate "$TMP/new.jmap"
"$APP" export "$SAMPLE" "$TMP/sample.pdf"
"$APP" export "$SAMPLE" "$TMP/sample.png" --dpi 50
"$APP" export "$SAMPLE" "$TMP/sample.pptx"
if [ -f journeymapper/app.py ]; then
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$APP" --self-test
else
    echo "note: journeymapper/app.py does not exist yet; --self-test skipped"
fi
echo "Built $(du -sh dist/journeymapper | cut -f1) in dist/journeymapper/"

#!/bin/sh
# The tests use two Debian programs: Chromium for the web pages, desktop-file-validate for the
# desktop entry. Install what is missing when we may (root); else silent (those tests skip).
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
if [ -n "$missing" ] && [ "$(id -u)" = "0" ]; then
    apt-get update -qq && apt-get install -y -qq $missing >/dev/null 2>&1
fi
exit 0

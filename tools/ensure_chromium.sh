#!/bin/sh
# Makes sure Debian's Chromium is there for the browser tests (no browser download of our own).
# Root without /usr/bin/chromium: installs the distribution package; anyone else: silent.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
exit 0

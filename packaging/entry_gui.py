"""Frozen-app entry of ``journeymapper-gui``: the editor (windowed on Windows and macOS)."""

import sys

if __name__ == "__main__":
    from journeymapper.app import main

    sys.exit(main(sys.argv[1:]))

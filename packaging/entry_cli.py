"""Frozen-app entry of ``journeymapper``: the command line, or the editor with no command."""

import sys

from journeymapper.cli import main

if __name__ == "__main__":
    sys.exit(main())

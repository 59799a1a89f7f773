"""The export options' choices (pages, tiles, layouts, themes), light enough for `--help`."""

from __future__ import annotations

PAGES = ("A4", "A3", "A2", "A1", "A0", "16:9", "auto")
TILES = ("A4", "A3")
LAYOUTS = ("slides", "poster")
THEMES = ("light", "print", "projector")
DEFAULT_PAGE = "A3"
DEFAULT_THEME = "light"

"""What the user asked of an export: view, persona, page, layout, theme, resolution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import JourneyMap

from .choices import DEFAULT_PAGE, DEFAULT_THEME, LAYOUTS, PAGES, THEMES, TILES

__all__ = ["LAYOUTS", "PAGES", "THEMES", "TILES", "ExportOptions"]


@dataclass(frozen=True)
class Since:
    """An earlier version of the map (a snapshot) that a deck's "What changed" slide compares."""

    journey: JourneyMap
    name: str


@dataclass(frozen=True)
class ExportOptions:
    """Options shared by every exporter; each format uses the ones that apply to it."""

    view: str | None = None
    persona: str | None = None
    dpi: int = 150
    scale: float = 1.0
    page: str = DEFAULT_PAGE
    layout: str | None = None
    theme: str = DEFAULT_THEME
    transparent: bool = False
    table: str = "journey"  # CSV: the journey table or the pains table
    story: bool = False  # slides: one more slide per lowest moment
    tile: str | None = None  # poster: print it on A4 or A3 sheets with overlap and crop marks
    embed: bool = True  # PNG: carry the (shown part of the) map in the image
    since: Since | None = None  # slides: a "What changed since …" slide

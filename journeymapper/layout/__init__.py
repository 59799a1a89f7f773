"""Pure geometry of a map shared by the canvas and every exporter (no Qt)."""

from .engine import clear_caches, compute_layout, note_meta
from .geometry import (
    Arrow,
    CardBox,
    CellBox,
    Curve,
    CurvePoint,
    EmotionBox,
    ExitMarker,
    LaneBox,
    MapLayout,
    Rect,
    StageBox,
    TextRun,
)
from .options import LayoutOptions
from .theme import Theme, get_theme

__all__ = [
    "Arrow",
    "CardBox",
    "CellBox",
    "Curve",
    "CurvePoint",
    "EmotionBox",
    "ExitMarker",
    "LaneBox",
    "LayoutOptions",
    "MapLayout",
    "Rect",
    "StageBox",
    "TextRun",
    "Theme",
    "clear_caches",
    "compute_layout",
    "get_theme",
    "note_meta",
]

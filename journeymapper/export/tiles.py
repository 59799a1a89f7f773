"""Tiled printing of a big poster on A4 or A3 sheets: overlap, crop marks and a label per tile."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from .poster_page import ISO_PAGES, MM

TILE_MARGIN = 12 * MM
OVERLAP = 10 * MM
MARK = 8.0


@dataclass(frozen=True)
class Tile:
    """One sheet: its row and column and the poster area it shows (x, y from the top left)."""

    row: int
    column: int
    x: float
    y: float


def tile_layout(
    poster: tuple[float, float], tile: str
) -> tuple[tuple[float, float], list[Tile], int, int]:
    """The sheet size (landscape or portrait, whichever needs fewer) and the tiles, row by row."""
    best: tuple[int, tuple[float, float], int, int] | None = None
    for size in (ISO_PAGES[tile], ISO_PAGES[tile][::-1]):
        pw, ph = size[0] - 2 * TILE_MARGIN, size[1] - 2 * TILE_MARGIN
        cols = max(1, math.ceil((poster[0] - OVERLAP) / (pw - OVERLAP)))
        rows = max(1, math.ceil((poster[1] - OVERLAP) / (ph - OVERLAP)))
        if best is None or cols * rows < best[0]:
            best = (cols * rows, size, cols, rows)
    assert best is not None
    _count, size, cols, rows = best
    pw, ph = size[0] - 2 * TILE_MARGIN, size[1] - 2 * TILE_MARGIN
    tiles = [
        Tile(r, c, c * (pw - OVERLAP), r * (ph - OVERLAP)) for r in range(rows) for c in range(cols)
    ]
    return size, tiles, rows, cols


def _crop_marks(canvas: Canvas, x: float, y: float, w: float, h: float) -> None:
    canvas.setLineWidth(0.5)
    canvas.setStrokeColorRGB(0, 0, 0)
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            canvas.line(cx + dx * 2, cy, cx + dx * (2 + MARK), cy)
            canvas.line(cx, cy + dy * 2, cx, cy + dy * (2 + MARK))


def draw_tiles(
    canvas: Canvas, form: str, poster: tuple[float, float], tile: str, label: str
) -> int:
    """One page per tile showing its part of the poster form ``form``; returns the page count."""
    size, tiles, rows, cols = tile_layout(poster, tile)
    pw, ph = size[0] - 2 * TILE_MARGIN, size[1] - 2 * TILE_MARGIN
    for t in tiles:
        canvas.setPageSize(size)
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(TILE_MARGIN, TILE_MARGIN, pw, ph)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.translate(TILE_MARGIN - t.x, TILE_MARGIN - (poster[1] - t.y - ph))
        canvas.doForm(form)
        canvas.restoreState()
        _crop_marks(canvas, TILE_MARGIN, TILE_MARGIN, pw, ph)
        canvas.setFont("DejaVuSans", 8)
        canvas.setFillColorRGB(0.2, 0.2, 0.2)
        number = t.row * cols + t.column + 1
        canvas.drawString(
            TILE_MARGIN,
            TILE_MARGIN / 2 - 3,
            f"{label} · {t.row + 1}/{rows} × {t.column + 1}/{cols} · {number}/{len(tiles)}"
            f" · overlap {OVERLAP / MM:.0f} mm",
        )
        canvas.showPage()
    return len(tiles)

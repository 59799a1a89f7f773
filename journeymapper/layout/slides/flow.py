"""Flowing paragraphs down columns and onto further pages, never shrinking the type."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Marker
from ..geometry import Rect
from ..text import baseline, line_height, wrap
from .items import Box, Item, MarkerItem, TextBlock, TextLine

PAD = 6.0


@dataclass(slots=True)
class Row:
    """One line to place: its text and type, an indent, and an optional marker before it.

    Never changed once made (not frozen for speed, as the items in ``items``)."""

    text: str
    size: float
    bold: bool
    colour: str
    indent: float = 0.0
    marker: tuple[Marker, str, bool] | None = None  # shape, colour, filled
    gap: float = 0.0  # extra space above
    role: str = "body"


@dataclass
class Piece:
    """Rows that belong together (a card, a pain point); drawn on a box when ``fill``/``strip``.

    The first ``keep`` rows never end a column on their own.
    """

    rows: list[Row] = field(default_factory=list)
    fill: str | None = None
    stroke: str | None = None
    strip: str | None = None
    keep: int = 2
    gap_after: float = 8.0


def para(
    text: str,
    width: float,
    size: float,
    bold: bool,
    colour: str,
    indent: float = 0.0,
    marker: tuple[Marker, str, bool] | None = None,
    role: str = "body",
    max_lines: int | None = None,
) -> list[Row]:
    """``text`` wrapped to ``width`` (minus ``indent``) as rows; every paragraph break kept."""
    rows: list[Row] = []
    for part in text.split("\n") if text else []:
        lines = wrap(part, width - indent, size, bold, max_lines)[0] or [""]
        for line in lines:
            rows.append(
                Row(line, size, bold, colour, indent, marker if not rows else None, 0, role)
            )
    return rows


def _row_height(row: Row) -> float:
    return row.gap + line_height(row.size)


class Flow:
    """Places pieces down ``columns``; a full last column starts a new page of the same columns."""

    def __init__(self, columns: list[Rect], padded: bool = True) -> None:
        self.columns = columns
        self.pages: list[list[Item]] = [[]]
        self.col = 0
        self.top = columns[0].y
        self.pad = PAD if padded else 0.0

    @property
    def _column(self) -> Rect:
        return self.columns[self.col]

    def _advance(self) -> None:
        self.col += 1
        if self.col == len(self.columns):
            self.col = 0
            self.pages.append([])
        self.top = self._column.y

    def add(self, piece: Piece, then: Piece | None = None) -> None:
        """Place ``piece``; a heading passes the piece it introduces as ``then`` to stay with it."""
        if not piece.rows:
            return
        boxed = bool(piece.fill or piece.strip or piece.stroke)
        pad = self.pad if boxed else 0.0
        heights = [_row_height(r) for r in piece.rows]
        first = sum(heights[: piece.keep]) + 2 * pad
        whole = sum(heights) + 2 * pad
        col = self._column
        if then is not None and then.rows:  # a heading stays with what it introduces
            nxt = sum(_row_height(r) for r in then.rows) + 2 * PAD
            if nxt + whole > col.h:
                nxt = sum(_row_height(r) for r in then.rows[: then.keep]) + 2 * PAD
            first = whole = whole + piece.gap_after + nxt
        fits_fresh = whole <= col.h
        if self.top > col.y and (
            self.top + first > col.bottom or (fits_fresh and self.top + whole > col.bottom)
        ):
            self._advance()
            col = self._column
        start = self.top
        lines: list[tuple[Row, TextLine, float]] = []
        self.top += pad
        inset = pad + 4 if piece.strip else pad
        bottom = col.bottom
        for row, height in zip(piece.rows, heights, strict=True):
            if self.top + height + pad > bottom and lines:
                self._flush(piece, start, lines, boxed, pad)
                self._advance()
                col, bottom = self._column, self._column.bottom
                start, lines = self.top, []
                self.top += pad
            top = self.top + row.gap
            line = TextLine(
                col.x + inset + row.indent,
                baseline(top, row.size),
                row.text,
                row.size,
                row.bold,
                row.colour,
                row.role,
            )
            lines.append((row, line, top))
            self.top += height
        self._flush(piece, start, lines, boxed, pad)
        self.top += piece.gap_after

    def _flush(
        self,
        piece: Piece,
        start: float,
        lines: list[tuple[Row, TextLine, float]],
        boxed: bool,
        pad: float,
    ) -> None:
        col = self._column
        items = self.pages[-1]
        if boxed:
            bottom = self.top + pad
            items.append(Box(col.x, start, col.w, bottom - start, piece.fill, piece.stroke, 0.8, 4))
            if piece.strip:
                items.append(Box(col.x, start, 4, bottom - start, piece.strip, None, 0))
            self.top = bottom
        for row, line, top in lines:
            if row.marker is not None:
                shape, colour, filled = row.marker
                r = row.size * 0.32
                cx, cy = line.x - r - 5, top + line_height(row.size) / 2
                items.append(MarkerItem(shape, cx, cy, r, colour if filled else "#ffffff", colour))
        texts = [line for _row, line, _top in lines if line.text]
        if texts:
            items.append(TextBlock(tuple(texts)))

    def used(self) -> bool:
        return any(self.pages[-1]) or len(self.pages) > 1

"""The deck's "What changed since …" slide: the change list of a compare, grouped by stage."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Marker
from ..geometry import Rect
from ..text import baseline, line_height
from ..theme import CHANGE_COLOURS
from .flow import Flow, Piece, para
from .items import Item, SlidePage, TextBlock, TextLine
from .spec import SlideSpec

MARK_INDENT = 16.0
GAP = 24.0


@dataclass(frozen=True)
class ChangeList:
    """What changed, already in the map's language: a title, a summary line, and sections of
    ``(op, text)`` lines (op: added, removed, changed, moved or info)."""

    title: str
    summary: str
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def _columns(spec: SlideSpec, top: float) -> list[Rect]:
    area = spec.content
    w = (area.w - GAP) / 2
    return [Rect(area.x + i * (w + GAP), top, w, area.bottom - top) for i in range(2)]


def change_pages(spec: SlideSpec, changes: ChangeList) -> list[SlidePage]:
    """The change list in two columns under its summary; more goes on further pages."""
    s, theme, area = spec.sizes, spec.theme, spec.content
    summary = para(changes.summary, area.w, s.body, True, theme.ink, role="meta")
    top = area.y + sum(line_height(r.size) for r in summary) + 10
    columns = _columns(spec, top)
    flow = Flow(columns, padded=False)
    width = columns[0].w
    for title, lines in changes.sections:
        pieces = []
        for op, text in lines:
            colour = CHANGE_COLOURS.get(op, theme.muted_ink)
            rows = para(text, width, s.small, False, theme.ink, MARK_INDENT,
                        (Marker.SQUARE, colour, True))  # fmt: skip
            pieces.append(Piece(rows, keep=2, gap_after=3))
        heading = Piece(para(title, width, s.body, True, theme.ink), keep=1, gap_after=4)
        flow.add(heading, pieces[0] if pieces else None)
        for piece in pieces:
            flow.add(piece)
        flow.top += 6
    pages = []
    for i, body in enumerate(flow.pages):
        if not body and i:
            continue
        head = tuple(
            TextLine(area.x, baseline(area.y + j * line_height(r.size), r.size), r.text, r.size,
                     True, r.colour, "meta")
            for j, r in enumerate(summary)
        )  # fmt: skip
        items: list[Item] = [TextBlock(head), *body]
        pages.append(SlidePage("changes", changes.title, items, continued=i))
    return pages

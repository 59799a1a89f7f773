"""The drawing's parts as PowerPoint groups: the ``Groups`` a ``PptxPainter`` draws through.

A lane, a stage header and a card (touchpoint, pain point or opportunity) become one group
shape each, named after the text they show; a slide's ``title``/``subtitle`` go into the
layout's placeholders; the room's crowd curve on a slide is one group. Other parts (cells,
flows, curves) stay loose shapes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .pptx_shapes import PptxPainter

KINDS = {
    "lane": "lane",
    "stage": "stage",
    "card": "card",
    "note": "card",
    "title": "title",
    "subtitle": "subtitle",
    "crowd": "crowd",  # the room's crowd curve on a slide's chart, named by its label
}


class PptxGroups:
    """``render.painter.Groups`` for a PowerPoint slide (a group is named by its text)."""

    def __init__(self, painter: PptxPainter) -> None:
        self.painter = painter

    @contextlib.contextmanager
    def part(self, role: str, key: str = "") -> Iterator[None]:
        kind = KINDS.get(role)
        if kind is None:
            yield
            return
        self.painter.begin_group(kind, key if kind == "crowd" else "")
        try:
            yield
        finally:
            self.painter.end_group()

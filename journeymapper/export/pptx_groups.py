"""The drawing's parts as PowerPoint groups: the ``Groups`` a ``PptxPainter`` draws through.

A lane, a stage header and a card (touchpoint, pain point or opportunity) become one group
shape each, named after what they show; a slide's ``title``/``subtitle`` go into the
layout's placeholders. Other parts (cells, flows, curves) stay loose shapes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ..model import JourneyMap
from .pptx_shapes import PptxPainter

KINDS = {
    "lane": "lane",
    "stage": "stage",
    "card": "card",
    "note": "card",
    "title": "title",
    "subtitle": "subtitle",
}


class PptxGroups:
    """``render.painter.Groups`` for a PowerPoint slide of ``journey``."""

    def __init__(self, painter: PptxPainter, journey: JourneyMap) -> None:
        self.painter = painter
        self.journey = journey

    def _name(self, role: str, key: str) -> str:
        journey = self.journey
        if not key or journey.kind_of(key) is None:
            return ""
        if role == "lane":
            return journey.lane(key).name
        if role == "stage":
            return journey.stage(key).name
        if role == "card":
            return journey.touchpoint(key).name
        if role == "note":
            return journey.annotation(key).text[:60]
        return ""

    @contextlib.contextmanager
    def part(self, role: str, key: str = "") -> Iterator[None]:
        kind = KINDS.get(role)
        if kind is None:
            yield
            return
        self.painter.begin_group(kind, self._name(role, key))
        try:
            yield
        finally:
            self.painter.end_group()

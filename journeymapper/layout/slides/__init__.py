"""The slide deck as pure layout: map + view + theme + page + language in, positioned pages out.

Renderer-neutral: ``deck_pages(journey, SlideSpec(...))`` returns ``SlidePage`` objects,
each a list of items back to front (``TextBlock`` of ``TextLine``\\ s with type size and
box, ``Box``, ``Polyline``, ``Curve``, ``Polygon``, ``Circle``, ``MarkerItem``) in points
on a ``spec.page`` sized page (960 × 540, y down). The PDF deck draws them with
``render.slide_render.paint_page`` on any ``Painter``; the PowerPoint deck and the
presentation mode do the same, so every output shares one layout and one type floor
(12 pt, 16 pt in the projector theme; only the footer is smaller, except on the projector,
whose slides are the presentation's screens: footer at the floor, a page badge, a place
free for the timer, multi-page slides numbered 1/2, 2/2). Nothing is ever
scaled down to fit: long content continues on a further page of the same kind.
"""

from .changes import ChangeList
from .deck import deck_pages
from .items import (
    Box,
    ChartItem,
    ChartLine,
    Circle,
    CrowdCurve,
    CrowdKey,
    Curve,
    Item,
    MarkerItem,
    Polygon,
    Polyline,
    SlidePage,
    TextBlock,
    TextLine,
)
from .spec import FOOTER_SIZE, SLIDE_H, SLIDE_W, SlideSpec, TypeScale, type_floor

__all__ = [
    "FOOTER_SIZE",
    "SLIDE_H",
    "SLIDE_W",
    "Box",
    "ChangeList",
    "ChartItem",
    "ChartLine",
    "Circle",
    "CrowdCurve",
    "CrowdKey",
    "Curve",
    "Item",
    "MarkerItem",
    "Polygon",
    "Polyline",
    "SlidePage",
    "SlideSpec",
    "TextBlock",
    "TextLine",
    "TypeScale",
    "deck_pages",
    "type_floor",
]

"""Where presentation mode looks: the whole map, then each stage in readable pages (pure geometry).

A shot is a rectangle of the map with the viewport's aspect ratio. A stage is shown
centred, with room for the pinned lane labels on both sides; when its column is too
tall to read at one glance, it is shown in pages from top to bottom.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout import MapLayout, Rect

# Body text must be at least 1/45 of the screen height: 24 px at 1080 lines.
READABLE_LINES = 45.0
# Zoom on a stage no further than this many times the readable zoom.
MAX_OVER_READABLE = 1.25
PAGE_OVERLAP = 0.1


@dataclass(frozen=True)
class Shot:
    """What the view shows: ``rect`` in map coordinates; ``stage_id`` is None for the whole map."""

    stage_id: str | None
    rect: Rect
    page: int = 0
    pages: int = 1
    labels: bool = True  # room for the pinned lane labels at the left edge


def _around(cx: float, cy: float, zoom: float, width: float, height: float) -> Rect:
    w, h = width / zoom, height / zoom
    return Rect(cx - w / 2, cy - h / 2, w, h)


def overview(layout: MapLayout, width: float, height: float) -> Shot:
    """The whole map, centred, with a small margin."""
    margin = 12.0
    zoom = min(width / (layout.width + 2 * margin), height / (layout.height + 2 * margin))
    return Shot(None, _around(layout.width / 2, layout.height / 2, zoom, width, height))


def stage_shots(layout: MapLayout, width: float, height: float, body_size: float) -> list[Shot]:
    """The pages of every visible stage, stage by stage, each page centred on its stage."""
    readable = height / READABLE_LINES / body_size
    label = layout.label_column.w
    shots: list[Shot] = []
    top = layout.header_rect.y
    bottom = layout.height
    header = layout.header_rect.h
    for stage in layout.stage_headers:
        column = stage.rect
        cx = column.x + column.w / 2
        with_labels = column.w + 2 * label
        labels = width / with_labels >= readable
        zoom_w = width / with_labels if labels else width / column.w
        tall = bottom - top
        if height / tall >= min(zoom_w, readable):
            zoom = min(zoom_w, height / tall)
            rect = _around(cx, top + tall / 2, zoom, width, height)
            shots.append(Shot(stage.stage_id, rect, labels=labels))
            continue
        zoom = min(zoom_w, readable * MAX_OVER_READABLE)
        seen = height / zoom
        step = max(1.0, (seen - header) * (1 - PAGE_OVERLAP))
        tops = [top]
        while tops[-1] + seen < bottom:
            tops.append(min(tops[-1] + step, bottom - seen))
        for page, y in enumerate(tops):
            rect = _around(cx, y + seen / 2, zoom, width, height)
            shots.append(Shot(stage.stage_id, rect, page, len(tops), labels))
    return shots


def walk(layout: MapLayout, width: float, height: float, body_size: float) -> list[Shot]:
    """The presentation: the whole map, every stage page in turn, the whole map again."""
    if layout.is_empty or width <= 0 or height <= 0:
        return []
    whole = overview(layout, width, height)
    return [whole, *stage_shots(layout, width, height, body_size), whole]

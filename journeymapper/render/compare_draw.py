"""The compare picture: the new map with changes marked, old vs new curves, the change list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..compare.changes import MapDiff
from ..compare.effects import Effects
from ..compare.overlay import Overlay
from ..compare.report import Section, language_of, sections
from ..compare.words import Words
from ..layout import MapLayout, Theme
from ..layout.geometry import CardBox, Rect
from ..layout.persona_style import persona_styles
from ..layout.text import line_height, measure, wrap
from ..layout.theme import CHANGE_COLOURS
from ..model import Marker
from .draw_map import draw_map
from .emotion import draw_emotion
from .painter import NO_GROUPS, Line, Painter, Transformed, arrow_head, draw_marker

ADDED, REMOVED = CHANGE_COLOURS["added"], CHANGE_COLOURS["removed"]
CHANGED, MOVED = CHANGE_COLOURS["changed"], CHANGE_COLOURS["moved"]
GHOST_FILL, GHOST_INK = "#fdf1f0", "#a50e0e"
OP_COLOURS = CHANGE_COLOURS
LIST_WIDTH = 360.0
LIST_SIZE = 8.5
HEAD_SIZE = 10.5
MIN_LIST_HEIGHT = 900.0


@dataclass(frozen=True)
class ListRow:
    """One line of the change list: a section title or a (wrapped) change."""

    text: str
    op: str
    bold: bool
    first: bool  # the first line of a change: it gets the coloured mark


@dataclass(frozen=True)
class CompareFrame:
    width: float
    height: float
    map_y: float
    list_x: float
    rows: list[ListRow]
    hidden: int  # changes left out of the list for lack of room


def _tint(colour: str, share: float = 0.22) -> str:
    """``colour`` mixed with white (the PDF, PNG and SVG painters have no transparency)."""
    value = colour.lstrip("#")
    rgb = [int(value[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in rgb)


def _list_rows(parts: list[Section], limit: float) -> tuple[list[ListRow], int]:
    rows: list[ListRow] = []
    height, hidden = 0.0, 0
    room = LIST_WIDTH - 30  # the text starts 16 pt into the box and keeps 10 pt off its edge
    for section in parts:
        title: ListRow | None = ListRow(section.title, "info", True, False)
        for line in section.lines:
            wrapped, _cut = wrap(line.text, room, LIST_SIZE, False, 3)
            need = line_height(LIST_SIZE) * len(wrapped) + 2
            if title is not None:
                need += line_height(HEAD_SIZE) + 6
            if height + need > limit:
                hidden += 1
                continue
            if title is not None:
                rows.append(title)
                title = None
            rows += [ListRow(t, line.op, False, i == 0) for i, t in enumerate(wrapped)]
            height += need
    return rows, hidden


def compare_frame(
    layout: MapLayout, parts: list[Section], theme: Theme, list_limit: float | None = None
) -> CompareFrame:
    """Title block on top, the map below it on the left, the change list on the right."""
    map_y = theme.margin + line_height(theme.title_size) + 4 * line_height(theme.label_size) + 30
    limit = max(layout.height, MIN_LIST_HEIGHT) if list_limit is None else list_limit
    rows, hidden = _list_rows(parts, limit)
    list_h = sum(line_height(HEAD_SIZE if r.bold else LIST_SIZE) for r in rows) + 60
    width = max(layout.width, 200.0) + LIST_WIDTH + theme.margin
    height = map_y + max(layout.height, list_h) + theme.margin
    return CompareFrame(width, height, map_y, max(layout.width, 200.0) + 8, rows, hidden)


def _outline(
    painter: Painter, r: Rect, colour: str, width: float, dash: tuple[float, ...] = ()
) -> None:
    pad = 2.5
    x0, y0, x1, y1 = r.x - pad, r.y - pad, r.right + pad, r.bottom + pad
    painter.polyline([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], colour, width, dash)


def _marks(painter: Painter, overlay: Overlay, layout: MapLayout, theme: Theme) -> None:
    boxes = {**layout.cards, **layout.annotation_cards}
    for stage in layout.stage_headers:
        r = stage.rect
        if stage.stage_id in overlay.added:
            painter.rect(r.x, r.y, r.w, 5, ADDED, None, 0)
        elif stage.stage_id in overlay.removed:
            painter.rect(r.x, r.y, r.w, r.h, GHOST_FILL, None, 0)
            painter.text(r.x + 8, r.y + 16, stage_name(overlay, stage.stage_id), theme.header_size,
                         True, GHOST_INK)  # fmt: skip
            _outline(painter, r, REMOVED, 1.6, (5.0, 3.0))
        elif stage.stage_id in overlay.changed:
            painter.rect(r.x, r.y, r.w, 5, CHANGED, None, 0)
    for entity_id, box in boxes.items():
        r = box.rect
        if entity_id in overlay.removed:
            painter.rect(r.x, r.y, r.w, r.h, GHOST_FILL, None, 0, theme.corner)
            ink = [line._replace(colour=GHOST_INK) for line in _lines(box)]
            painter.block(ink)
            _outline(painter, r, REMOVED, 1.6, (5.0, 3.0))
            if box.runs:
                first = next((run for run in box.runs if run.bold), box.runs[0])
                y = first.baseline - first.size * 0.32
                end = first.x + measure(first.text, first.size, first.bold)
                painter.polyline([(first.x, y), (end, y)], GHOST_INK, 0.8)
        elif entity_id in overlay.added:
            _outline(painter, r, ADDED, 2.4)
        elif entity_id in overlay.changed or entity_id in overlay.moved:
            colour = CHANGED if entity_id in overlay.changed else MOVED
            _outline(painter, r, colour, 2.0)
            if entity_id in overlay.changed:
                _badge(painter, r, str(overlay.changed[entity_id]), theme)
    for card_id, source in overlay.moved.items():
        card = layout.cards.get(card_id)
        column = next((s.column for s in layout.stage_headers if s.stage_id == source), None)
        if card is None or column is None:
            continue
        r = card.rect
        lane_top = r.y - 6  # run along the gap above the cards, then drop onto this one
        start = column.x + column.w / 2
        land = r.x + min(r.w / 2, 24) if start < r.x else r.right - min(r.w / 2, 24)
        points = [(start, lane_top), (land, lane_top), (land, r.y - 2.5)]
        painter.circle(start, lane_top, 3, MOVED, None, 0)
        painter.polyline(points, MOVED, 1.6, (4.0, 2.5))
        head = arrow_head(points, 8)
        if head is not None:
            painter.polygon(head, MOVED)


def stage_name(overlay: Overlay, stage_id: str) -> str:
    return overlay.journey.stage(stage_id).name


def _lines(box: CardBox) -> list[Line]:
    return [Line(r.x, r.baseline, r.text, r.size, r.bold, "") for r in box.runs]


def _badge(painter: Painter, r: Rect, text: str, theme: Theme) -> None:
    size = theme.small_size + 0.5
    radius = max(7.0, measure(text, size, True) / 2 + 4)
    x, y = r.right - 2, r.y + 2
    painter.circle(x, y, radius, CHANGED, "#ffffff", 1.2)
    painter.text(x - measure(text, size, True) / 2, y + size * 0.36, text, size, True, "#ffffff")


def _band(
    painter: Painter,
    overlay: Overlay,
    layout: MapLayout,
    theme: Theme,
    colours: Mapping[str, str],
    found: Effects,
    words: Words,
) -> None:
    """The shaded band between old (dashed) and new (solid) curves, and Δ per stage."""
    emotion = layout.emotion
    if emotion is None:
        return
    for curve in emotion.curves:
        colour = colours.get(curve.persona_id, theme.ink)
        old = {p.touchpoint_id: p for p in curve.to_be}
        pairs = [(p, old[p.touchpoint_id]) for p in curve.as_is if p.touchpoint_id in old]
        if len(pairs) > 1:
            outline = [(a.x, a.y) for a, _b in pairs] + [(b.x, b.y) for _a, b in reversed(pairs)]
            painter.polygon(outline, _tint(colour, 0.18))
    styles = persona_styles(overlay.journey.personas(), theme)
    draw_emotion(painter, emotion, styles, theme, colours, NO_GROUPS)
    size = theme.small_size + 0.5
    for index, persona in enumerate(emotion.curves):
        for mood in found.moods:
            if mood.persona != persona.persona_id or not mood.delta:
                continue
            column = next(
                (s.column for s in layout.stage_headers if s.stage_id == mood.stage), None
            )
            if column is None:
                continue
            text = words("delta", delta=words.signed(mood.delta))
            y = emotion.rect.bottom - 4 - index * line_height(size)
            x = column.right - measure(text, size, True) - 8
            colour = colours.get(persona.persona_id, theme.ink)
            painter.rect(x - 2, y - size, measure(text, size, True) + 4, line_height(size),
                         theme.background, None, 0, 2)  # fmt: skip
            painter.text(x, y, text, size, True, colour)


def _legend(painter: Painter, theme: Theme, x: float, y: float, words: Words) -> None:
    size = theme.small_size + 0.5
    items = [
        (words("legend_added"), ADDED, ()), (words("legend_removed"), REMOVED, (5.0, 3.0)),
        (words("legend_changed"), CHANGED, ()), (words("legend_moved"), MOVED, (4.0, 2.5)),
    ]  # fmt: skip
    for text, colour, dash in items:
        painter.polyline([(x, y), (x + 22, y)], colour, 2.4, dash)
        painter.text(x + 28, y + size * 0.36, text, size, False, theme.ink)
        x += 40 + measure(text, size)
    for text, dash in ((words("old_emotion"), (5.0, 3.0)), (words("new_emotion"), ())):
        painter.polyline([(x, y), (x + 24, y)], theme.muted_ink, theme.curve_width * 0.8, dash)
        fill = theme.background if dash else theme.muted_ink
        draw_marker(painter, Marker.CIRCLE, x + 12, y, theme.marker_size, fill, theme.muted_ink)
        painter.text(x + 30, y + size * 0.36, text, size, False, theme.ink)
        x += 42 + measure(text, size)


def _persona_legend(
    painter: Painter, overlay: Overlay, theme: Theme, colours: Mapping[str, str], x: float, y: float
) -> None:
    """Which curve is whose: each persona's colour, marker and name."""
    size = theme.small_size + 0.5
    for persona in overlay.journey.personas():
        colour = colours.get(persona.id, theme.ink)
        painter.polyline([(x, y), (x + 24, y)], colour, theme.curve_width * 0.8)
        draw_marker(painter, persona.marker, x + 12, y, theme.marker_size, colour, colour)
        painter.text(x + 30, y + size * 0.36, persona.name, size, False, theme.ink)
        x += 42 + measure(persona.name, size)


def _change_list(painter: Painter, frame: CompareFrame, theme: Theme, words: Words) -> None:
    x, y = frame.list_x, frame.map_y + 4
    painter.rect(x - 4, y - 4, LIST_WIDTH, frame.height - y - theme.margin + 4, theme.label_fill,
                 None, 0, theme.corner)  # fmt: skip
    y += 8
    for row in frame.rows:
        size = HEAD_SIZE if row.bold else LIST_SIZE
        if row.bold:
            y += 6
        y += line_height(size)
        if row.first:
            colour = OP_COLOURS.get(row.op, theme.muted_ink)
            painter.rect(x + 4, y - size * 0.75, 6, 6, colour, None, 0, 1)
        painter.text(x + (4 if row.bold else 16), y, row.text, size, row.bold, theme.ink)
    if frame.hidden:
        y += line_height(LIST_SIZE) + 4
        more = words("more", n=frame.hidden, changes=words.plural(frame.hidden))
        painter.text(x + 4, y, more, LIST_SIZE, False, theme.muted_ink)


def summary_counts(diff: MapDiff, words: Words | None = None) -> str:
    """"3 added · 1 removed · 2 changed · 1 moved" in the diff's language."""
    words = words or Words(language_of(diff))
    ops = {"added": 0, "removed": 0, "changed": 0, "moved": 0}
    for change in diff.changes:
        if change.kind == "map":
            continue
        ops[change.op] = ops.get(change.op, 0) + 1
        if change.moved:
            ops["moved"] += 1
    return " · ".join(words("summary_item", n=n, op=words(f"legend_{op}")) for op, n in ops.items())


def draw_compare(
    painter: Painter,
    diff: MapDiff,
    found: Effects,
    overlay: Overlay,
    layout: MapLayout,
    theme: Theme,
    colours: Mapping[str, str],
    names: tuple[str, str],
    frame: CompareFrame,
) -> None:
    """Title, legend, the marked map and the change list, in picture points."""
    margin = theme.margin
    words = Words(language_of(diff))
    y = margin + theme.title_size
    painter.text(margin, y, words("title"), theme.title_size, True, theme.ink)
    y += line_height(theme.label_size) + 4
    head, _cut = wrap(f"{names[0]}  →  {names[1]}", frame.width - 2 * margin, theme.label_size)
    painter.text(margin, y, head[0] if head else "", theme.label_size, False, theme.muted_ink)
    y += line_height(theme.label_size) + 2
    summary = words("no_changes") if diff.empty else summary_counts(diff, words)
    painter.text(margin, y, summary, theme.label_size, True, theme.ink)
    y += line_height(theme.label_size) + 6
    _legend(painter, theme, margin, y - theme.label_size * 0.36, words)
    y += line_height(theme.label_size)
    _persona_legend(painter, overlay, theme, colours, margin, y - theme.label_size * 0.36)
    shifted = Transformed(painter, 1.0, 0.0, frame.map_y)
    draw_map(shifted, overlay.journey, layout, theme, colours)
    _band(shifted, overlay, layout, theme, colours, found, words)
    _marks(shifted, overlay, layout, theme)
    _change_list(painter, frame, theme, words)


def parts_of(diff: MapDiff, found: Effects) -> list[Section]:
    return sections(diff, found)

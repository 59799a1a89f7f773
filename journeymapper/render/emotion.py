"""How the emotion lane looks on every surface: gridlines, crowd curve, persona curves, markers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..layout import Theme
from ..layout.curves import Segment, monotone_segments
from ..layout.emotion import crowd_look
from ..layout.geometry import CrowdLook, CrowdMark, EmotionBox
from ..layout.persona_style import TO_BE_DASH, PersonaStyle
from ..model import Marker
from .grid import draw_runs
from .painter import NO_GROUPS, Groups, Line, Painter, Point, draw_marker

SPREAD = 2.2  # markers of personas at the same value sit this many radii apart
RING = 1.7  # a to-be value equal to the as-is one: a ring this much larger around the dot


class Spot(NamedTuple):
    """One persona marker as drawn: where (spread sideways), how big, in which colours."""

    persona_id: str
    solid: bool  # as-is (filled); to-be markers are hollow
    x: float
    y: float
    size: float
    fill: str
    colour: str
    marker: Marker


class PersonaCurve(NamedTuple):
    """One persona's as-is and to-be points (x, y), sorted by x."""

    persona_id: str
    as_is: list[Point]
    to_be: list[Point]


def draw_gridlines(
    painter: Painter, emotion: EmotionBox, theme: Theme, left: float, right: float
) -> None:
    """The scale's lines between ``left`` and ``right``: zero solid, the others dashed."""
    for value, y, _label_text in emotion.gridlines:
        colour = theme.zero_line if value == 0 else theme.grid
        painter.polyline(
            [(left, y), (right, y)], colour, theme.grid_width, () if value == 0 else (2.0, 2.0)
        )


def draw_crowd(painter: Painter, emotion: EmotionBox, theme: Theme) -> None:
    """The room's crowd curve under the personas' curves: spread band, dotted mean, marks."""
    if emotion.crowd:
        lines = [Line(r.x, r.baseline, r.text, r.size, r.bold, theme.crowd_ink)
                 for r in emotion.crowd_runs]  # fmt: skip
        look = crowd_look(theme, theme.curve_width, theme.marker_size)
        paint_crowd(painter, emotion.crowd, lines, look)


def paint_crowd(
    painter: Painter, marks: Sequence[CrowdMark], lines: Sequence[Line], look: CrowdLook
) -> None:
    """The crowd curve on any chart (map, poster, slides): the spread band between the
    stages' marks, the dotted mean through them, a ring per stage, and its label ``lines``."""
    if not marks:
        return
    if len(marks) > 1:
        band = [(m.x, m.high_y) for m in marks] + [(m.x, m.low_y) for m in reversed(marks)]
        painter.polygon(band, look.band)
        painter.polyline([(m.x, m.y) for m in marks], look.ink, look.width, (1.0, 2.5))
    for m in marks:
        if m.high_y < m.low_y:
            painter.polyline([(m.x, m.high_y), (m.x, m.low_y)], look.ink, 0.8)
        painter.circle(m.x, m.y, look.radius, look.background, look.ink, 1.2)
    if lines:
        painter.block(list(lines))


def draw_crowd_key(painter: Painter, x: float, mid: float, length: float, look: CrowdLook) -> None:
    """The crowd curve's legend sample from ``x``, centred on ``mid``, as ``paint_crowd``
    draws the curve: the spread band, the dotted mean, a ring."""
    painter.polygon(
        [(x, mid - 5), (x + length, mid - 3), (x + length, mid + 3), (x, mid + 5)], look.band
    )
    painter.polyline([(x, mid), (x + length, mid)], look.ink, look.width, (1.0, 2.5))
    painter.circle(x + length / 2, mid, look.radius, look.background, look.ink, 1.2)


def curve_pen(theme: Theme, style: PersonaStyle, solid: bool) -> tuple[float, tuple[float, ...]]:
    """Width and dash of a persona's curve: as-is in its own dash, to-be thinner and dotted."""
    if solid:
        return theme.curve_width, style.dash
    return theme.curve_width * 0.7, TO_BE_DASH


def draw_curve(
    painter: Painter,
    start: Point,
    segments: Sequence[Segment],
    colour: str,
    pen: tuple[float, tuple[float, ...]],
) -> None:
    """A smooth curve from ``start`` through the ends of its monotone ``segments``
    (``layout.curves.monotone_segments``; a canvas passes a slice of them)."""
    if segments:
        painter.curve(start, list(segments), colour, pen[0], pen[1])


def marker_spots(
    curves: Sequence[PersonaCurve],
    styles: Mapping[str, PersonaStyle],
    colours: Mapping[str, str],
    theme: Theme,
) -> list[Spot]:
    """Every marker in drawing order: to-be rings under as-is dots, and markers of personas at
    the same value spread sideways so none hides another."""
    spots: dict[tuple[int, int], list[tuple[str, float, float, bool, bool]]] = {}
    for curve in curves:
        as_is = {(round(x), round(y)) for x, y in curve.as_is}
        for points, solid in ((curve.to_be, False), (curve.as_is, True)):
            for x, y in points:
                key = (round(x), round(y))
                ring = not solid and key in as_is
                spots.setdefault(key, []).append((curve.persona_id, x, y, solid, ring))
    r = theme.marker_size
    looks = {pid: (colours.get(pid, style.colour), style.marker) for pid, style in styles.items()}
    rings: list[Spot] = []
    dots: list[Spot] = []  # every to-be ring, then every as-is dot over them
    for group in spots.values():
        if len(group) == 1:
            shift: dict[str, float] = {group[0][0]: 0.0}
        else:
            personas = list(dict.fromkeys(pid for pid, *_rest in group))
            middle = (len(personas) - 1) / 2
            shift = {pid: (i - middle) * r * SPREAD for i, pid in enumerate(personas)}
        for pid, x, y, solid, ring in group:
            colour, marker = looks[pid]
            fill = colour if solid else theme.background
            size = r * RING if ring else r
            spot = Spot(pid, solid, x + shift[pid], y, size, fill, colour, marker)
            (dots if solid else rings).append(spot)
    return rings + dots


def draw_spot(painter: Painter, spot: Spot) -> None:
    draw_marker(painter, spot.marker, spot.x, spot.y, spot.size, spot.fill, spot.colour)


def draw_emotion(
    painter: Painter,
    emotion: EmotionBox,
    styles: Mapping[str, PersonaStyle],
    theme: Theme,
    colours: Mapping[str, str],
    groups: Groups = NO_GROUPS,
) -> None:
    """The whole lane, back to front: gridlines, scale, crowd, every curve, every marker."""
    draw_gridlines(painter, emotion, theme, emotion.rect.x, emotion.rect.right)
    draw_runs(painter, emotion.label_runs, theme)
    draw_crowd(painter, emotion, theme)
    top, bottom = emotion.rect.y, emotion.rect.bottom
    curves = []
    for curve in emotion.curves:
        style = styles[curve.persona_id]
        colour = colours.get(curve.persona_id, style.colour)
        as_is = [(p.x, p.y) for p in curve.as_is]
        to_be = [(p.x, p.y) for p in curve.to_be]
        curves.append(PersonaCurve(curve.persona_id, as_is, to_be))
        with groups.part("persona", curve.persona_id):
            for points, solid, state in ((to_be, False, "to_be"), (as_is, True, "as_is")):
                with groups.part(state):
                    if len(points) > 1:
                        pen = curve_pen(theme, style, solid)
                        segments = monotone_segments(points, top, bottom)
                        draw_curve(painter, points[0], segments, colour, pen)
    for spot in marker_spots(curves, styles, colours, theme):
        if groups is NO_GROUPS:  # most exports: no parts to mark, no context managers
            draw_spot(painter, spot)
            continue
        with (
            groups.part("persona", spot.persona_id),
            groups.part("as_is" if spot.solid else "to_be"),
        ):
            draw_spot(painter, spot)

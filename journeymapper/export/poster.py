"""The poster composition: a title block, the whole map and a legend, in layout points."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..layout import MapLayout, Theme
from ..layout.emotion import crowd_look
from ..layout.geometry import TextRun
from ..layout.persona_style import TO_BE_DASH, PersonaStyle, persona_styles
from ..layout.text import baseline, line_height, measure, wrap
from ..model import FlowKind, JourneyMap, Marker
from ..render.draw_map import draw_map
from ..render.emotion import draw_crowd_key
from ..render.grid import draw_runs
from ..render.painter import NO_GROUPS, Groups, Painter, draw_marker, scaled
from ..words.labels import crowd_legend, flow_names, labels_for

LEGEND_ROW = 18.0


@dataclass(frozen=True)
class PosterFrame:
    """Where the parts of a poster go: the map sits at (0, map_y) in poster points."""

    width: float
    height: float
    map_y: float
    title_runs: list[TextRun]
    legend_y: float
    legend_rows: int


def _legend_items(
    journey: JourneyMap, layout: MapLayout, flow_kinds: set[FlowKind] | None = None
) -> list[tuple[str, str, str]]:
    """(kind, key, text) per legend entry: personas, as-is/to-be, flow kinds in use."""
    words = labels_for(journey.language.value)
    names = flow_names(journey.language.value)
    items = [("persona", pid, journey.persona(pid).name) for pid in layout.persona_ids]
    if layout.emotion is not None and layout.persona_ids:
        items += [("curve", "as_is", words["as_is"]), ("curve", "to_be", words["to_be"])]
    if layout.emotion is not None and layout.emotion.crowd_runs:  # the room's crowd curve
        label = layout.emotion.crowd_runs[0].text
        items.append(("crowd", "room", crowd_legend(label, journey.language.value)))
    kinds = {a.kind for a in layout.arrows} if flow_kinds is None else flow_kinds
    items += [("flow", k.value, names[k]) for k in FlowKind if k in kinds]
    return items


def _item_width(text: str, theme: Theme) -> float:
    return 30 + measure(text, theme.small_size) + 18


def poster_frame(
    journey: JourneyMap,
    layout: MapLayout,
    theme: Theme,
    width: float | None = None,
    flow_kinds: set[FlowKind] | None = None,
) -> PosterFrame:
    """Title block, map and legend at the map's natural size (or wrapped to ``width``).

    ``flow_kinds`` are the flow kinds the legend names when ``layout`` is only part of the map.
    """
    width = max(layout.width, 480.0) if width is None else width
    room = width - 2 * theme.margin
    runs: list[TextRun] = []
    top = theme.margin
    title, _cut = wrap(journey.title, room, theme.title_size, True, 2)
    for line in title:
        runs.append(
            TextRun(
                theme.margin, baseline(top, theme.title_size), line, theme.title_size, True, "title"
            )
        )
        top += line_height(theme.title_size)
    sub = " · ".join(t for t in (journey.description, journey.author) if t)
    for line in wrap(sub, room, theme.label_size, False, 2)[0]:
        runs.append(
            TextRun(
                theme.margin, baseline(top, theme.label_size), line, theme.label_size, False, "body"
            )
        )
        top += line_height(theme.label_size)
    map_y = top - theme.margin + 4
    height_map = layout.height if not layout.is_empty else 80.0
    rows, x = 1, theme.margin
    for _kind, _key, text in _legend_items(journey, layout, flow_kinds):
        w = _item_width(text, theme)
        if x + w > width - theme.margin and x > theme.margin:
            rows, x = rows + 1, theme.margin
        x += w
    legend_y = map_y + height_map
    height = legend_y + rows * LEGEND_ROW + theme.margin
    return PosterFrame(width, height, map_y, runs, legend_y, rows)


def draw_legend(
    painter: Painter,
    journey: JourneyMap,
    layout: MapLayout,
    theme: Theme,
    colours: Mapping[str, str],
    y: float,
    width: float,
    groups: Groups = NO_GROUPS,
) -> None:
    x = theme.margin
    styles = persona_styles(journey.personas(), theme)
    for kind, key, text in _legend_items(journey, layout):
        w = _item_width(text, theme)
        if x + w > width - theme.margin and x > theme.margin:
            x, y = theme.margin, y + LEGEND_ROW
        with groups.part("legend-" + kind, key):
            _legend_item(painter, theme, colours, styles, kind, key, text, x, y + LEGEND_ROW / 2)
        x += w


def _legend_item(
    painter: Painter,
    theme: Theme,
    colours: Mapping[str, str],
    styles: Mapping[str, PersonaStyle],
    kind: str,
    key: str,
    text: str,
    x: float,
    mid: float,
) -> None:
    """One legend entry: its sample line (and marker) and its text, centred on ``mid``."""
    size = theme.small_size
    if kind == "persona":
        style = styles[key]
        colour = colours.get(key, style.colour)
        painter.polyline([(x, mid), (x + 24, mid)], colour, theme.curve_width, style.dash)
        draw_marker(painter, style.marker, x + 12, mid, theme.marker_size, colour, colour)
    elif kind == "crowd":  # as draw_crowd draws it: the spread band, the dotted mean, a mark
        look = crowd_look(theme, theme.curve_width, theme.marker_size)
        draw_crowd_key(painter, x, mid, 24, look)
    elif kind == "curve":
        dash = () if key == "as_is" else TO_BE_DASH
        painter.polyline([(x, mid), (x + 24, mid)], theme.muted_ink, theme.curve_width * 0.7, dash)
        fill = theme.muted_ink if key == "as_is" else theme.background
        draw_marker(painter, Marker.CIRCLE, x + 12, mid, theme.marker_size, fill, theme.muted_ink)
    else:
        flow = FlowKind(key)
        painter.polyline(
            [(x, mid), (x + 24, mid)],
            theme.flow_colours[flow],
            theme.arrow_width,
            theme.flow_dashes[flow],
        )
    painter.text(x + 30, mid + size * 0.36, text, size, False, theme.ink)


def draw_poster(
    painter: Painter,
    journey: JourneyMap,
    layout: MapLayout,
    theme: Theme,
    frame: PosterFrame,
    colours: Mapping[str, str],
    groups: Groups = NO_GROUPS,
) -> None:
    """Title, map (or the empty-map message) and legend, in poster points."""
    draw_runs(painter, frame.title_runs, theme, theme.ink)
    if layout.is_empty:
        words = labels_for(journey.language.value)
        painter.text(
            theme.margin, frame.map_y + 40, words["empty"], theme.label_size, False, theme.muted_ink
        )
    else:
        with groups.part("map"), scaled(painter, 1.0, 0.0, frame.map_y) as shifted:
            draw_map(shifted, journey, layout, theme, colours, groups)
    draw_legend(painter, journey, layout, theme, colours, frame.legend_y, frame.width, groups)

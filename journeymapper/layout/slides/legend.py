"""The key of a slide that draws personas, the crowd or flows: sample and name per entry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...model import FlowKind, JourneyMap, Marker
from ...words.labels import crowd_legend
from ..emotion import crowd_look
from ..persona_style import TO_BE_DASH, PersonaStyle
from ..text import baseline, line_height, measure
from ..theme import Theme
from .items import CrowdKey, Item, MarkerItem, Polyline, TextBlock, TextLine

SAMPLE = 30.0


def legend_entries(
    journey: JourneyMap,
    persona_ids: Sequence[str],
    words: Mapping[str, str],
    flow_names: Mapping[str, str],
    flows: Sequence[FlowKind] = (),
    to_be: bool = True,
    crowd: str = "",
) -> list[tuple[str, str, str]]:
    """(kind, key, text) per entry: each persona, as-is and to-be, the room's crowd curve
    (``crowd``: its label on the chart, "Room (12)"), each flow kind shown."""
    entries = [("persona", pid, journey.persona(pid).name) for pid in persona_ids]
    if persona_ids:
        entries.append(("curve", "as_is", words["as_is"]))
        if to_be:
            entries.append(("curve", "to_be", words["to_be"]))
    if crowd:
        entries.append(("crowd", "room", crowd_legend(crowd, journey.language.value)))
    entries += [("flow", kind.value, flow_names[kind.value]) for kind in flows]
    return entries


def legend_height(entries: Sequence[tuple[str, str, str]], width: float, size: float) -> float:
    """How tall the legend of ``entries`` is when wrapped to ``width``."""
    return _rows(entries, width, size)[1]


def _rows(
    entries: Sequence[tuple[str, str, str]], width: float, size: float
) -> tuple[list[tuple[float, int]], float]:
    places, x, row = [], 0.0, 0
    for _kind, _key, text in entries:
        w = SAMPLE + 6 + measure(text, size) + 18
        if x + w > width and x > 0:
            x, row = 0.0, row + 1
        places.append((x, row))
        x += w
    rows = row + 1 if entries else 0
    return places, rows * line_height(size) * 1.4


def legend(
    entries: Sequence[tuple[str, str, str]],
    x: float,
    y: float,
    width: float,
    size: float,
    styles: Mapping[str, PersonaStyle],
    theme: Theme,
) -> list[Item]:
    """The legend's items from (x, y), wrapping into rows within ``width``."""
    items: list[Item] = []
    places, _h = _rows(entries, width, size)
    row_h = line_height(size) * 1.4
    r = size * 0.42
    for (kind, key, text), (dx, row) in zip(entries, places, strict=True):
        left, top = x + dx, y + row * row_h
        mid = top + row_h / 2
        sample = ((left, mid), (left + SAMPLE, mid))
        if kind == "persona":
            style = styles[key]
            items.append(
                Polyline(sample, style.colour, max(theme.curve_width, size / 4), style.dash)
            )
            items.append(
                MarkerItem(style.marker, left + SAMPLE / 2, mid, r, style.colour, style.colour)
            )
        elif kind == "curve":
            dash = () if key == "as_is" else TO_BE_DASH
            fill = theme.muted_ink if key == "as_is" else theme.background
            items.append(Polyline(sample, theme.muted_ink, 2.0, dash))
            items.append(
                MarkerItem(Marker.CIRCLE, left + SAMPLE / 2, mid, r, fill, theme.muted_ink)
            )
        elif kind == "crowd":
            look = crowd_look(theme, max(theme.curve_width, size / 4), r)
            items.append(CrowdKey(left, mid, SAMPLE, look))
        else:
            flow = FlowKind(key)
            width_ = max(theme.arrow_width, 1.5)
            items.append(
                Polyline(sample, theme.flow_colours[flow], width_, theme.flow_dashes[flow])
            )
        top_text = mid - line_height(size) / 2
        line = TextLine(
            left + SAMPLE + 6, baseline(top_text, size), text, size, False, theme.ink, "legend"
        )
        items.append(TextBlock((line,)))
    return items

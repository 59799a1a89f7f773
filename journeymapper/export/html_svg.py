"""The interactive page's drawing: the SVG poster with its parts grouped and cards focusable."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from ..io.safe_text import xml_attr, xml_text
from ..layout import MapLayout, Theme
from ..model import JourneyMap
from ..render.draw_map import persona_colours
from .poster import PosterFrame, draw_poster
from .svg import FONT_FAMILY, SvgPainter

FOCUSABLE = {"card", "note"}


class HtmlGroups:
    """Wraps each part of the poster in a ``<g class="jm-ROLE" data-id="KEY">``.

    Cards and notes become keyboard stops (``tabindex="0"``) named by their full title, and
    stage headers can take focus from the stage list; names come from ``labels``.
    """

    def __init__(self, painter: SvgPainter, labels: dict[tuple[str, str], str]) -> None:
        self.painter = painter
        self.labels = labels
        self.count = 0

    def part(self, role: str, key: str = "") -> AbstractContextManager[None]:
        return self._part(role, key)

    @contextmanager
    def _part(self, role: str, key: str) -> Iterator[None]:
        attrs = [f'class="jm-{role}"']
        if key:
            attrs.append(f"data-id={xml_attr(key)}")
        name = self.labels.get((role, key))
        if role in FOCUSABLE or role == "stage":
            self.count += 1
            attrs.append(f'id="jm-{role}-{self.count}"')
            attrs.append('tabindex="0"' if role in FOCUSABLE else 'tabindex="-1"')
        if role in FOCUSABLE:
            attrs.append('role="group" aria-controls="jm-details"')
        if name is not None:
            attrs.append(f"aria-label={xml_attr(name)}")
        self.painter.parts.append(f"<g {' '.join(attrs)}>")
        yield
        self.painter.parts.append("</g>")


def svg_drawing(
    journey: JourneyMap,
    layout: MapLayout,
    theme: Theme,
    frame: PosterFrame,
    labels: dict[tuple[str, str], str],
    description: str,
) -> str:
    """The poster as inline ``<svg>`` (the SVG export's drawing), titled and described."""
    painter = SvgPainter()
    painter.rect(0, 0, frame.width, frame.height, theme.background, None, 0)
    groups = HtmlGroups(painter, labels)
    draw_poster(painter, journey, layout, theme, frame, persona_colours(journey, theme), groups)
    w, h = f"{frame.width:.2f}", f"{frame.height:.2f}"
    head = (
        f'<svg id="jm-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
        f'preserveAspectRatio="xMidYMid meet" font-family={xml_attr(FONT_FAMILY)} '
        'role="graphics-document document" aria-labelledby="jm-svg-title" '
        'aria-describedby="jm-svg-desc">\n'
        f'<title id="jm-svg-title">{xml_text(journey.title)}</title>\n'
        f'<desc id="jm-svg-desc">{xml_text(description)}</desc>\n'
    )
    return head + "\n".join(painter.parts) + "\n</svg>"

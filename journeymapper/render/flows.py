"""How a flow looks on every surface: its line and head, the drop-off marker, the label pill."""

from __future__ import annotations

from ..layout import Arrow, ExitMarker, Theme
from ..layout.text import line_height, measure
from ..model import FlowKind
from .painter import Painter, arrow_head


def head_size(theme: Theme) -> float:
    return 4 + theme.arrow_width * 2


def draw_arrow(painter: Painter, arrow: Arrow, theme: Theme) -> None:
    """The flow's line in its kind's colour and dash; a head where it reaches a target."""
    colour = theme.flow_colours[arrow.kind]
    dash = theme.flow_dashes[arrow.kind]
    painter.polyline(arrow.points, colour, theme.arrow_width, dash)
    head = arrow_head(arrow.points, head_size(theme))
    if head is not None and arrow.target_id is not None:
        painter.polygon(head, colour)


def exit_radius(theme: Theme) -> float:
    return theme.marker_size + 1


def draw_exit_marker(painter: Painter, marker: ExitMarker, theme: Theme) -> None:
    """A ⊗ where a drop-off leaves the journey."""
    colour = theme.flow_colours[FlowKind.EXIT]
    size = exit_radius(theme)
    painter.circle(marker.x, marker.y, size, theme.background, colour, theme.arrow_width)
    d = size * 0.5
    painter.polyline(
        [(marker.x - d, marker.y - d), (marker.x + d, marker.y + d)], colour, theme.arrow_width
    )
    painter.polyline(
        [(marker.x - d, marker.y + d), (marker.x + d, marker.y - d)], colour, theme.arrow_width
    )


def label_centre(arrow: Arrow, theme: Theme) -> tuple[float, float]:
    """Where a flow's label sits: its layout position; a drop-off's right of its ⊗."""
    x, y = arrow.label_pos
    if arrow.target_id is None:
        marker_x = arrow.points[0][0]
        x = marker_x + theme.marker_size + 1 + theme.arrow_width + 5
        x += measure(arrow.label, theme.small_size) / 2
    return x, y


def label_box(text: str, x: float, y: float, theme: Theme) -> tuple[float, float, float, float]:
    """The pill (x, y, w, h) of a label centred on (x, y)."""
    width = measure(text, theme.small_size)
    height = line_height(theme.small_size)
    return x - width / 2 - 3, y - height / 2, width + 6, height


def draw_flow_label(painter: Painter, arrow: Arrow, theme: Theme) -> None:
    """A flow's label on a background pill so it stays legible over lines.

    The pill's outline has the flow's colour; the text is in ink, since the lighter flow
    colours (shortcut, going back, drop-off) are below a 4.5:1 contrast as small text."""
    if not arrow.label:
        return
    x, y = label_centre(arrow, theme)
    size = theme.small_size
    width = measure(arrow.label, size)
    height = line_height(size)
    colour = theme.flow_colours[arrow.kind]
    painter.rect(x - width / 2 - 3, y - height / 2, width + 6, height, theme.background, colour,
                 0.5, height / 2)  # fmt: skip
    painter.text(x - width / 2, y + size * 0.36, arrow.label, size, False, theme.ink)

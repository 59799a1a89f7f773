"""What a slide page is made of: positioned text blocks and shapes in points (y down).

Every item is renderer-neutral data. ``TextBlock`` holds the lines of one paragraph or
box (one PowerPoint text box, consecutive PDF text); each ``TextLine`` knows its type
size and the box it covers, so tests and renderers can check the type floor and that no
two text boxes overlap. ``role`` says what a line is for (``footer`` lines may go under
the type floor).

Items are never changed once laid out, so they hash by value (the PowerPoint writer draws a
run of items it has seen before once), but they are not frozen dataclasses: those take four
times as long to make, and a deck of 10,000 cards makes some 300,000 items (a quarter of its
layout time went into making them frozen). ``unsafe_hash`` is dataclasses' word for exactly
that: logically immutable, hashable, not enforced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Marker
from ..curves import Segment
from ..geometry import CrowdLook, CrowdMark, Rect
from ..text import BASELINE, LINE_SPACING, measure

Point = tuple[float, float]


@dataclass(slots=True, unsafe_hash=True)
class TextLine:
    """One line of text at its baseline; ``width`` is its measured advance."""

    x: float
    baseline: float
    text: str
    size: float
    bold: bool
    colour: str
    role: str = "body"

    @property
    def width(self) -> float:
        return measure(self.text, self.size, self.bold)

    @property
    def box(self) -> Rect:
        """The line's box: from a line height's top to its bottom, as wide as the text."""
        return Rect(
            self.x, self.baseline - self.size * BASELINE, self.width, self.size * LINE_SPACING
        )


@dataclass(slots=True, unsafe_hash=True)
class TextBlock:
    """The lines of one paragraph, card or label: one text box where the format has them."""

    lines: tuple[TextLine, ...]


@dataclass(slots=True, unsafe_hash=True)
class Box:
    """A rectangle, optionally rounded, filled and/or stroked."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None = None
    width: float = 1.0
    radius: float = 0.0


@dataclass(slots=True, unsafe_hash=True)
class Polyline:
    points: tuple[Point, ...]
    colour: str
    width: float
    dash: tuple[float, ...] = ()


@dataclass(slots=True, unsafe_hash=True)
class Curve:
    """Cubic Bézier pieces (c1, c2, end) from ``start``."""

    start: Point
    segments: tuple[Segment, ...]
    colour: str
    width: float
    dash: tuple[float, ...] = ()


@dataclass(slots=True, unsafe_hash=True)
class Polygon:
    points: tuple[Point, ...]
    fill: str | None
    stroke: str | None = None
    width: float = 1.0


@dataclass(slots=True, unsafe_hash=True)
class Circle:
    x: float
    y: float
    r: float
    fill: str | None
    stroke: str | None
    width: float = 1.0


@dataclass(slots=True, unsafe_hash=True)
class MarkerItem:
    """A persona marker of radius ``r`` centred on (x, y)."""

    marker: Marker
    x: float
    y: float
    r: float
    fill: str
    stroke: str


@dataclass(slots=True, unsafe_hash=True)
class ChartLine:
    """One line of an emotion chart: a persona's as-is or to-be values, one per column."""

    name: str
    colour: str
    dashed: bool
    marker: Marker
    values: tuple[float | None, ...]


@dataclass(slots=True, unsafe_hash=True)
class ChartItem:
    """An emotion chart's curves and markers (``items``) with the data they draw.

    ``columns`` are (touchpoint name, x); the scale's ``maximum`` is at ``top``, its
    ``minimum`` at ``bottom``. Formats with native charts (PowerPoint) draw the data as an
    editable chart; the others draw ``items``.
    """

    columns: tuple[tuple[str, float], ...]
    top: float
    bottom: float
    minimum: int
    maximum: int
    lines: tuple[ChartLine, ...]
    items: tuple[Curve | MarkerItem, ...]


@dataclass(slots=True, unsafe_hash=True)
class CrowdCurve:
    """The room's crowd curve on a chart: a mark per rated stage (mean and spread band as y),
    its name ("Room (12)", which the legend shows) and how it is drawn."""

    marks: tuple[CrowdMark, ...]
    name: str
    look: CrowdLook


@dataclass(slots=True, unsafe_hash=True)
class CrowdKey:
    """The crowd curve's sample in a legend: ``length`` long from ``x``, centred on ``mid``."""

    x: float
    mid: float
    length: float
    look: CrowdLook


Item = (
    TextBlock | Box | Polyline | Curve | Polygon | Circle | MarkerItem | ChartItem | CrowdCurve
    | CrowdKey
)  # fmt: skip


@dataclass
class SlidePage:
    """One page of the deck: what it is, its title, its items back to front, speaker notes.

    ``kind`` is title | overview | changes | stage | ranking | persona | story; ``continued`` counts
    the pages before it that hold the same slide's content (0 on its first page).
    """

    kind: str
    title: str
    items: list[Item] = field(default_factory=list)
    notes: str = ""
    stage_ids: tuple[str, ...] = ()
    persona_id: str | None = None
    continued: int = 0

    def text_lines(self) -> list[TextLine]:
        return [line for item in self.items if isinstance(item, TextBlock) for line in item.lines]

"""The shapes of a laid-out map: rectangles, text runs, boxes, curves and arrows (y grows down)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import FlowKind, LaneKind


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in points; ``y`` is the top edge."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, other: Rect, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True)
class TextRun:
    """One line of text placed at its baseline; ``role`` picks the colour when drawing."""

    x: float
    baseline: float
    text: str
    size: float
    bold: bool = False
    role: str = "body"


@dataclass(frozen=True)
class StageBox:
    stage_id: str
    rect: Rect
    lines: list[str]
    elided: bool
    runs: list[TextRun] = field(default_factory=list)
    column: Rect = Rect(0, 0, 0, 0)


@dataclass(frozen=True)
class LaneBox:
    lane_id: str
    kind: LaneKind
    label_rect: Rect
    row_rect: Rect
    lines: list[str]
    elided: bool = False
    runs: list[TextRun] = field(default_factory=list)


@dataclass(frozen=True)
class CardBox:
    """A touchpoint card or an annotation card with its wrapped text."""

    entity_id: str
    rect: Rect
    title_lines: list[str]
    body_lines: list[str]
    elided: bool
    runs: list[TextRun] = field(default_factory=list)
    stage_id: str = ""
    lane_id: str = ""
    meta: str = ""


@dataclass(frozen=True)
class CellBox:
    lane_id: str
    stage_id: str
    rect: Rect
    lines: list[str]
    elided: bool
    runs: list[TextRun] = field(default_factory=list)


@dataclass(frozen=True)
class CurvePoint:
    x: float
    y: float
    touchpoint_id: str
    value: float


@dataclass(frozen=True)
class Curve:
    persona_id: str
    as_is: list[CurvePoint]
    to_be: list[CurvePoint]


@dataclass(frozen=True)
class CrowdMark:
    """The room's feeling at one stage: mean and spread band (as y), for the crowd curve."""

    stage_id: str
    x: float
    y: float
    low_y: float
    high_y: float
    mean: float
    count: int


@dataclass(frozen=True)
class CrowdLook:
    """How a crowd curve is drawn: mean and ring colour, band colour, the rings' fill, the
    mean's line width and the rings' radius (the map, the poster and the slides each scale)."""

    ink: str
    band: str
    background: str
    width: float
    radius: float


@dataclass(frozen=True)
class EmotionBox:
    """The emotion chart: plot rectangle, a gridline per scale value, a curve per persona."""

    lane_id: str
    rect: Rect
    minimum: int
    maximum: int
    gridlines: list[tuple[int, float, str]]
    curves: list[Curve]
    label_runs: list[TextRun] = field(default_factory=list)
    crowd: list[CrowdMark] = field(default_factory=list)
    crowd_runs: list[TextRun] = field(default_factory=list)
    # (touchpoint id, x) of every shown touchpoint, left to right: where its points go
    slots: list[tuple[str, float]] = field(default_factory=list)

    def value_to_y(self, value: float) -> float:
        span = self.maximum - self.minimum
        return self.rect.bottom - (value - self.minimum) / span * self.rect.h

    def y_to_value(self, y: float) -> int:
        span = self.maximum - self.minimum
        raw = self.minimum + (self.rect.bottom - y) / self.rect.h * span
        return max(self.minimum, min(self.maximum, round(raw)))


@dataclass(frozen=True)
class Arrow:
    flow_id: str
    kind: FlowKind
    points: list[tuple[float, float]]
    label: str
    label_pos: tuple[float, float]
    source_id: str = ""
    target_id: str | None = None


@dataclass(frozen=True)
class ExitMarker:
    """Where an exit flow without a target ends: the customer abandons the journey here."""

    flow_id: str
    source_id: str
    x: float
    y: float
    label: str = ""


@dataclass(frozen=True)
class MapLayout:
    """The whole map laid out; renderers draw exactly this."""

    width: float
    height: float
    header_rect: Rect
    label_column: Rect
    stage_headers: list[StageBox]
    lanes: list[LaneBox]
    cards: dict[str, CardBox]
    annotation_cards: dict[str, CardBox]
    cells: list[CellBox]
    emotion: EmotionBox | None
    arrows: list[Arrow]
    exit_markers: list[ExitMarker]
    stage_ids: list[str] = field(default_factory=list)
    lane_ids: list[str] = field(default_factory=list)
    persona_ids: list[str] = field(default_factory=list)
    # ``cards`` and ``annotation_cards`` stage by stage. A stage whose entities did not change
    # keeps the very same dict from one layout to the next, so a view can skip it whole.
    card_blocks: list[dict[str, CardBox]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.stage_headers

    def stage_box(self, stage_id: str) -> StageBox:
        return next(s for s in self.stage_headers if s.stage_id == stage_id)

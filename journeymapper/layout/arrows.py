"""Flow arrows between touchpoint cards: straight, elbowed, arcs for jumps and going back."""

from __future__ import annotations

import functools
import threading

from ..model import Flow, FlowKind
from .geometry import Arrow, CardBox, ExitMarker, Rect
from .text import LINE_SPACING, measure

ARC_RISE = 16.0
SAMPLES = 16
ARROW_CACHE_SIZE = 50_000
PILL_PADDING = 6.0  # a label's pill is this much wider than its text
HEAD_ROOM = 7.0  # at 7 pt labels: the arrowhead's width, which a label must not cover


def flow_label(flow: Flow) -> str:
    percent = "" if flow.percent is None else f"{flow.percent:g}%"
    return " · ".join(p for p in (flow.label, percent) if p)


def _cubic(
    p0: tuple[float, float],
    p1: tuple[float, float],
    p2: tuple[float, float],
    p3: tuple[float, float],
) -> list[tuple[float, float]]:
    points = []
    for i in range(SAMPLES + 1):
        t = i / SAMPLES
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        points.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return points


def _arc(s: Rect, t: Rect, above: bool, rise: float) -> list[tuple[float, float]]:
    """A curve leaving the top (or bottom) of ``s`` and landing on the top (bottom) of ``t``."""
    sx, tx = s.center[0], t.center[0]
    if above:
        y0, y3 = s.y, t.y
        peak = min(y0, y3) - rise
    else:
        y0, y3 = s.bottom, t.bottom
        peak = max(y0, y3) + rise
    control = (peak - (y0 + y3) / 8) / 0.75
    return _cubic((sx, y0), (sx, control), (tx, control), (tx, y3))


def _route(s: Rect, t: Rect, kind: FlowKind, gap: float) -> list[tuple[float, float]]:
    sx, sy = s.center
    tx, ty = t.center
    if kind is FlowKind.BACK:
        return _arc(s, t, True, ARC_RISE)
    if abs(sx - tx) < 1:
        return [(sx, s.bottom), (tx, t.y)] if ty > sy else [(sx, s.y), (tx, t.bottom)]
    if tx < sx or t.x - s.right > gap * 1.5:
        return _arc(s, t, False, ARC_RISE * 0.75)
    if abs(sy - ty) < 1:
        return [(s.right, sy), (t.x, ty)]
    middle = t.x - gap / 2
    return [(s.right, sy), (middle, sy), (middle, ty), (t.x, ty)]


Routed = tuple[Arrow, ExitMarker | None] | None  # one flow's arrow (and exit marker), if drawn


def route_flows(
    flows: list[Flow],
    cards: dict[str, CardBox],
    gap: float,
    row_gap: float,
    label_size: float,
    blocks: list[dict[str, CardBox]] | None = None,
) -> tuple[list[Arrow], list[ExitMarker]]:
    """Arrows for flows whose ends are both on the layout; exit markers for open exits.

    With ``blocks`` (the layout's cards stage by stage, a stage that did not change being the
    very same dict as in the last call), only the flows at cards of changed stages are routed
    again when the flows are those of the last call.
    """
    last = _last()
    routed = None
    spacing = (gap, row_gap, label_size)
    if blocks is not None and last.flows == flows and last.spacing == spacing:
        routed = list(last.routed)
        for index in last.touching(blocks):
            routed[index] = _route_one(flows[index], cards, spacing)
    if routed is None:
        routed = [_route_one(flow, cards, spacing) for flow in flows]
        last.index(flows)
    last.flows, last.spacing, last.routed, last.blocks = flows, spacing, routed, blocks or []
    arrows = [r[0] for r in routed if r is not None]
    exits = [r[1] for r in routed if r is not None and r[1] is not None]
    return arrows, exits


def _route_one(
    flow: Flow, cards: dict[str, CardBox], spacing: tuple[float, float, float]
) -> Routed:
    gap, row_gap, label_size = spacing
    source = cards.get(flow.source)
    if source is None:
        return None
    if flow.target is None:
        return _exit(flow, source.rect, row_gap)
    target = cards.get(flow.target)
    if target is None:
        return None
    return _arrow(flow, source.rect, target.rect, spacing), None


class _LastRouting:
    """What the last call routed, to route again only the flows at changed stages."""

    def __init__(self) -> None:
        self.flows: list[Flow] = []
        self.spacing = (0.0, 0.0, 0.0)  # card gap, row gap, label text size
        self.routed: list[Routed] = []
        self.blocks: list[dict[str, CardBox]] = []  # kept: their ids stay theirs
        self.by_card: dict[str, list[int]] = {}

    def index(self, flows: list[Flow]) -> None:
        """Which flows (by position) start or end at each card."""
        self.by_card = {}
        for position, flow in enumerate(flows):
            self.by_card.setdefault(flow.source, []).append(position)
            if flow.target is not None:
                self.by_card.setdefault(flow.target, []).append(position)

    def touching(self, blocks: list[dict[str, CardBox]]) -> set[int]:
        """Positions of the flows at cards in stages that are new or gone since the last call."""
        now = {id(block) for block in blocks}
        before = {id(block) for block in self.blocks}
        changed = [b for b in blocks if id(b) not in before]
        changed += [b for b in self.blocks if id(b) not in now]
        return {i for block in changed for card in block for i in self.by_card.get(card, ())}


# Per thread: an export lays maps out in a worker thread while the canvas does in the GUI one.
_LOCAL = threading.local()


def _last() -> _LastRouting:
    last: _LastRouting | None = getattr(_LOCAL, "routing", None)
    if last is None:
        last = _LOCAL.routing = _LastRouting()
    return last


@functools.lru_cache(maxsize=ARROW_CACHE_SIZE)
def _exit(flow: Flow, s: Rect, row_gap: float) -> tuple[Arrow, ExitMarker]:
    """An exit flow's short arrow down to its "abandoned" marker (memoised, like ``_arrow``)."""
    label = flow_label(flow)
    x, y = s.right - 12, s.bottom + row_gap * 0.75
    points = [(x, s.bottom), (x, y - 4)]
    arrow = Arrow(flow.id, flow.kind, points, label, (x + 8, y), flow.source, None)
    return arrow, ExitMarker(flow.id, flow.source, x, y, label)


@functools.lru_cache(maxsize=ARROW_CACHE_SIZE)
def _arrow(flow: Flow, s: Rect, t: Rect, spacing: tuple[float, float, float]) -> Arrow:
    """The arrow of ``flow`` between two card rectangles; the same object while nothing moved.

    A label sits in the gap between two neighbouring cards, just above the line so that it
    never hides the arrowhead; one too wide for the gap goes just under the target card's
    near corner (right under the gap it would meet the source card's exit marker).
    """
    gap, row_gap, label_size = spacing
    points = _route(s, t, flow.kind, gap)
    middle = points[len(points) // 2]
    if len(points) == 2:
        middle = ((points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2)
    label = flow_label(flow)
    side_by_side = len(points) == 2 and points[0][1] == points[1][1] and t.x > s.right
    pill = measure(label, label_size) + PILL_PADDING if label else 0.0
    if side_by_side and pill > t.x - s.right - 2:
        middle = (t.x + pill / 2, max(s.bottom, t.bottom) + row_gap / 2)
    elif side_by_side:  # above the line, so the arrowhead stays in view
        lift = label_size * LINE_SPACING / 2 + HEAD_ROOM * label_size / 7.0 / 2 + 1
        middle = (middle[0], middle[1] - lift)
    return Arrow(flow.id, flow.kind, points, label, middle, flow.source, flow.target)


def clear_caches() -> None:
    """Forget memoised arrows."""
    _exit.cache_clear()
    _arrow.cache_clear()
    _LOCAL.routing = _LastRouting()

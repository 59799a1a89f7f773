"""Workshop insights: the funnel along the main path and the gap between as-is and to-be."""

from __future__ import annotations

from collections.abc import Sequence

from . import analysis
from .entities import Flow
from .enums import FlowKind, Metric
from .journey_map import JourneyMap
from .record import record


@record
class FunnelStep:
    """Share of customers still on the main path at a touchpoint (100 at the start)."""

    touchpoint_id: str
    remaining: float
    lost_here: float


@record
class Gap:
    """How far the to-be emotion lies above (or below) the as-is one at a touchpoint."""

    persona_id: str
    touchpoint_id: str
    as_is: float
    to_be: float

    @property
    def delta(self) -> float:
        return self.to_be - self.as_is


def drop_off_at(journey: JourneyMap, tp_id: str, flows_out: Sequence[Flow] | None = None) -> float:
    """Percent of customers lost at a touchpoint: its exit flows' percentages, else its
    drop-off metric, else 100 minus the percentage on its main flow out.

    ``flows_out``: the touchpoint's flows out, when the caller has them (else looked up)."""
    out = journey.flows_from(tp_id) if flows_out is None else flows_out
    exits = [f.percent for f in out if f.kind is FlowKind.EXIT and f.percent]
    if exits:
        return float(min(100.0, sum(exits)))
    metric = journey.touchpoint(tp_id).metrics.get(Metric.DROP_OFF)
    if metric is not None:
        return float(metric)
    onward = [f.percent for f in out if f.kind is FlowKind.MAIN and f.percent is not None]
    return 100.0 - float(onward[0]) if onward else 0.0


def funnel(journey: JourneyMap) -> list[FunnelStep]:
    """The main path with the share of customers that reach each step."""
    remaining = 100.0
    steps = []
    by_source: dict[str, list[Flow]] = {}  # one pass over the flows, not one per step
    for flow in journey.flows():
        by_source.setdefault(flow.source, []).append(flow)
    for tp_id in analysis.main_path(journey):
        lost = remaining * drop_off_at(journey, tp_id, by_source.get(tp_id, [])) / 100
        steps.append(FunnelStep(tp_id, round(remaining, 2), round(lost, 2)))
        remaining -= lost
    return steps


def gaps(journey: JourneyMap) -> list[Gap]:
    """Every touchpoint where a persona has both curves, largest improvement first."""
    found = [
        Gap(pid, tp.id, float(e.as_is), float(e.to_be))
        for tp in journey.touchpoints()
        for pid, e in tp.emotions.items()
        if e.as_is is not None and e.to_be is not None
    ]
    return sorted(found, key=lambda g: -abs(g.delta))

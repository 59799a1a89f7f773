"""Questions a facilitator asks of a map: paths, dead ends, loops, worst pains, lowest moments.

Flow-structure findings (paths, dead ends, unreachable touchpoints, loops) only
make sense once a map has flows; on a map without any they are empty. networkx is
imported only to list the paths of a map whose forward flows form a cycle.
"""

from __future__ import annotations

import heapq
from itertools import islice
from typing import TYPE_CHECKING

from .entities import Annotation, Touchpoint
from .enums import AnnotationKind, FlowKind
from .graph import simple_cycles, topological_order
from .journey_map import JourneyMap
from .record import record

if TYPE_CHECKING:
    import networkx as nx

MAX_PATHS = 50
MAX_LOOPS = 50


@record
class LowPoint:
    """A persona's emotion at one touchpoint."""

    persona_id: str
    touchpoint_id: str
    value: float


def _forward_graph(journey: JourneyMap, skip_back: bool = False) -> dict[str, dict[str, None]]:
    """The touchpoint graph without exit flows (exits lead out of the journey), as
    successors per touchpoint in map order."""
    skipped = {FlowKind.EXIT, FlowKind.BACK} if skip_back else {FlowKind.EXIT}
    forward: dict[str, dict[str, None]] = {tp: {} for tp in journey.graph()}
    for flow in journey.flows():
        if flow.kind not in skipped and flow.target:
            forward[flow.source][flow.target] = None
    return forward


def _networkx(forward: dict[str, dict[str, None]]) -> nx.DiGraph:
    """The same graph for networkx's path and cycle enumeration (imported on first use)."""
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(forward)
    graph.add_edges_from(
        (source, target) for source, targets in forward.items() for target in targets
    )
    return graph


def _end_stages(journey: JourneyMap) -> tuple[list[str], list[str]]:
    """Touchpoint ids of the first and the last stage that hold any touchpoints."""
    filled = [s.id for s in journey.stages() if journey.touchpoints(s.id)]
    if not filled:
        return [], []
    first = [t.id for t in journey.touchpoints(filled[0])]
    last = [t.id for t in journey.touchpoints(filled[-1])]
    return first, last


def paths(journey: JourneyMap, limit: int = MAX_PATHS) -> list[list[str]]:
    """Simple paths of touchpoint ids from the first stage to the last (at most ``limit``)."""
    first, last = _end_stages(journey)
    if not journey.flows() or not first:
        return []
    import networkx as nx

    graph = _networkx(_forward_graph(journey))
    found: list[list[str]] = []
    targets = set(last)
    for source in first:
        if source in targets:
            found.append([source])
            continue
        remaining = limit - len(found)
        if remaining <= 0:
            break
        found.extend(islice(nx.all_simple_paths(graph, source, targets), remaining))
    return found[:limit]


def path_count(journey: JourneyMap) -> int:
    """How many distinct paths lead from the first stage to the last (back flows aside).

    Counted on the acyclic graph in linear time; when forward flows themselves form a
    cycle, the count falls back to enumerating at most ``MAX_PATHS`` simple paths.
    """
    first, last = _end_stages(journey)
    if not journey.flows() or not first:
        return 0
    graph = _forward_graph(journey, skip_back=True)
    order = topological_order(graph)
    if order is None:
        return len(paths(journey))
    ways: dict[str, int] = dict.fromkeys(first, 1)
    for node in order:
        count = ways.get(node, 0)
        if count:
            for successor in graph[node]:
                ways[successor] = ways.get(successor, 0) + count
    return sum(ways.get(node, 0) for node in last)


def dead_ends(journey: JourneyMap) -> list[str]:
    """Touchpoints before the last stage with no flow out at all (an exit flow is a way out)."""
    if not journey.flows():
        return []
    _first, last = _end_stages(journey)
    graph = journey.graph()
    exits = {f.source for f in journey.flows() if f.target is None}
    return [
        tp.id
        for tp in journey.touchpoints()
        if tp.id not in last and graph.out_degree(tp.id) == 0 and tp.id not in exits
    ]


def unreachable(journey: JourneyMap) -> list[str]:
    """Touchpoints no forward flow reaches from the first stage."""
    first, _last = _end_stages(journey)
    if not journey.flows() or not first:
        return []
    graph = _forward_graph(journey)
    reached: set[str] = set(first)
    frontier = list(first)
    while frontier:  # one search from all first-stage cards at once: linear in the map
        for successor in graph[frontier.pop()]:
            if successor not in reached:
                reached.add(successor)
                frontier.append(successor)
    return [tp.id for tp in journey.touchpoints() if tp.id not in reached]


def loops(journey: JourneyMap, limit: int = MAX_LOOPS) -> list[list[str]]:
    """Cycles of touchpoints, the places where customers go back (at most ``limit``)."""
    return list(islice(simple_cycles(_forward_graph(journey)), limit))


def ranked_annotations(
    journey: JourneyMap, kind: AnnotationKind = AnnotationKind.PAIN_POINT
) -> list[Annotation]:
    """Pain points (or opportunities) worst first: by severity × (1 + votes), then severity."""
    notes = journey.annotations(kind=kind)
    votes = {a.id: journey.vote_total(a.id) for a in notes}
    return sorted(notes, key=lambda a: (-(a.severity * (1 + votes[a.id])), -a.severity))


def lowest_moments(journey: JourneyMap, per_persona: int = 3) -> dict[str, list[LowPoint]]:
    """The lowest as-is emotions of each persona, lowest first."""
    result: dict[str, list[LowPoint]] = {}
    touchpoints: list[Touchpoint] = journey.touchpoints()
    for persona in journey.personas():
        # (value, index): ties keep map order, as a stable sort of all points would
        lowest = heapq.nsmallest(
            per_persona,
            (
                (float(e.as_is), i)
                for i, tp in enumerate(touchpoints)
                if (e := tp.emotions.get(persona.id)) is not None and e.as_is is not None
            ),
        )
        result[persona.id] = [
            LowPoint(persona.id, touchpoints[i].id, value) for value, i in lowest
        ]
    return result


def main_path(journey: JourneyMap) -> list[str]:
    """The touchpoints along main flows from the first stage, following the first main flow out."""
    first, _last = _end_stages(journey)
    main_out: dict[str, str] = {}
    for flow in journey.flows():
        if flow.kind is FlowKind.MAIN and flow.target is not None:
            main_out.setdefault(flow.source, flow.target)
    if not first:
        return []
    start = next((t for t in first if t in main_out), first[0])
    path, seen = [start], {start}
    while (step := main_out.get(path[-1])) is not None and step not in seen:
        path.append(step)
        seen.add(step)
    return path

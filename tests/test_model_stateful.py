"""Hypothesis state machine: random edits keep the map consistent, round-trip through a file
and lay out the same from the memos as afresh."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.layout import clear_caches, compute_layout
from journeymapper.model import (
    AnnotationKind,
    Channel,
    FlowKind,
    JourneyMap,
    LaneKind,
    ModelError,
    analysis,
    sequential_ids,
)

names = st.text(alphabet=st.sampled_from("abcАБВгдīēāšžčģķļņ ЇїЄє-'"), min_size=0, max_size=12)
emotions = st.one_of(st.none(), st.integers(-3, 3), st.floats(-2.5, 2.5, allow_nan=False))


class MapMachine(RuleBasedStateMachine):
    """Random intent-level edits, some of them invalid; refused edits must change nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.journey = JourneyMap("Карта", id_generator=sequential_ids())

    def _ids(self, kind: str) -> list[str]:
        getter: dict[str, Any] = {
            "stage": self.journey.stages,
            "persona": self.journey.personas,
            "touchpoint": self.journey.touchpoints,
            "flow": self.journey.flows,
            "annotation": self.journey.annotations,
            "lane": self.journey.lanes,
        }
        return [e.id for e in getter[kind]()]

    def _try(self, edit: Any) -> None:
        before = dumps_map(self.journey)
        try:
            edit()
        except ModelError:
            assert dumps_map(self.journey) == before, "a refused edit changed the map"

    @rule(name=names, index=st.integers(-1, 8))
    def add_stage(self, name: str, index: int) -> None:
        self._try(lambda: self.journey.add_stage(name, index))

    @rule(name=names, kind=st.sampled_from(list(LaneKind)))
    def add_lane(self, name: str, kind: LaneKind) -> None:
        self._try(lambda: self.journey.add_lane(kind, name))

    @rule(name=names)
    def add_persona(self, name: str) -> None:
        self._try(lambda: self.journey.add_persona(name))

    @precondition(lambda self: self.journey.stages())
    @rule(data=st.data(), name=names, channel=st.sampled_from(list(Channel)))
    def add_touchpoint(self, data: st.DataObject, name: str, channel: Channel) -> None:
        stage = data.draw(st.sampled_from(self._ids("stage")))
        self._try(lambda: self.journey.add_touchpoint(stage, name, channel=channel))

    @precondition(lambda self: len(self.journey.touchpoints()) >= 2)
    @rule(
        data=st.data(),
        kind=st.sampled_from(list(FlowKind)),
        percent=st.none() | st.integers(-5, 105),
    )
    def add_flow(self, data: st.DataObject, kind: FlowKind, percent: int | None) -> None:
        cards = self._ids("touchpoint")
        source = data.draw(st.sampled_from(cards))
        target = data.draw(st.none() | st.sampled_from(cards))
        self._try(lambda: self.journey.add_flow(source, target, kind, percent=percent))

    @precondition(lambda self: self.journey.touchpoints() or self.journey.stages())
    @rule(data=st.data(), text=names, severity=st.integers(0, 6))
    def add_annotation(self, data: st.DataObject, text: str, severity: int) -> None:
        target = data.draw(st.sampled_from(self._ids("touchpoint") + self._ids("stage")))
        kind = data.draw(st.sampled_from(list(AnnotationKind)))
        self._try(lambda: self.journey.add_annotation(kind, target, text, severity=severity))

    @precondition(lambda self: self.journey.touchpoints() and self.journey.personas())
    @rule(data=st.data(), as_is=emotions, to_be=emotions)
    def set_emotion(self, data: st.DataObject, as_is: float | None, to_be: float | None) -> None:
        card = data.draw(st.sampled_from(self._ids("touchpoint")))
        persona = data.draw(st.sampled_from(self._ids("persona")))
        self._try(lambda: self.journey.set_emotion(card, persona, as_is, to_be))

    @precondition(lambda self: self.journey.touchpoints() and self.journey.stages())
    @rule(data=st.data(), index=st.integers(0, 5))
    def move_touchpoint(self, data: st.DataObject, index: int) -> None:
        card = data.draw(st.sampled_from(self._ids("touchpoint")))
        stage = data.draw(st.sampled_from(self._ids("stage")))
        self._try(lambda: self.journey.move_touchpoint(card, stage, index))

    @precondition(lambda self: self.journey.stages())
    @rule(data=st.data(), name=names)
    def rename_stage(self, data: st.DataObject, name: str) -> None:
        stage = data.draw(st.sampled_from(self._ids("stage")))
        self._try(lambda: self.journey.update(stage, name=name))

    def _draw_removable(self, data: st.DataObject) -> str | None:
        kinds = ["stage", "persona", "touchpoint", "flow", "annotation", "lane"]
        ids = self._ids(data.draw(st.sampled_from(kinds)))
        return data.draw(st.sampled_from(ids)) if ids else None

    @rule(data=st.data())
    def remove_something(self, data: st.DataObject) -> None:
        target = self._draw_removable(data)
        if target is not None:
            self.journey.remove(target)

    @rule(data=st.data())
    def remove_and_restore_is_exact(self, data: st.DataObject) -> None:
        target = self._draw_removable(data)
        if target is not None:
            before = dumps_map(self.journey)
            removal = self.journey.remove(target)
            self.references_resolve()
            self.journey.restore(removal)
            assert dumps_map(self.journey) == before

    @invariant()
    def references_resolve(self) -> None:
        stages = set(self._ids("stage"))
        cards = set(self._ids("touchpoint"))
        assert all(tp.stage_id in stages for tp in self.journey.touchpoints())
        for flow in self.journey.flows():
            assert flow.source in cards and (flow.target is None or flow.target in cards)
        for note in self.journey.annotations():
            assert note.target in cards | stages

    @invariant()
    def file_round_trip_is_exact(self) -> None:
        data = dumps_map(self.journey)
        assert dumps_map(loads_map(data)) == data

    @invariant()
    def memoised_layout_equals_a_fresh_one(self) -> None:
        """The layout's per-stage memos (filled by the last step) never show a stale stage."""
        warm = compute_layout(self.journey)
        clear_caches()
        assert compute_layout(self.journey) == warm

    @invariant()
    def analysis_matches_its_definitions(self) -> None:
        """Each analysis agrees with its definition, checked from the map's own lists."""
        journey = self.journey
        cards = journey.touchpoints()
        filled = [s.id for s in journey.stages() if journey.touchpoints(s.id)]
        first = {t.id for t in journey.touchpoints(filled[0])} if filled else set()
        last = {t.id for t in journey.touchpoints(filled[-1])} if filled else set()
        expected_dead = [
            t.id
            for t in cards
            if journey.flows() and t.id not in last and not journey.flows_from(t.id)
        ]
        assert analysis.dead_ends(journey) == expected_dead
        unreachable = analysis.unreachable(journey)
        assert not first & set(unreachable)
        if journey.flows():
            assert set(unreachable) | first | {
                f.target for f in journey.flows() if f.target and f.kind is not FlowKind.EXIT
            } >= {t.id for t in cards}
        else:
            assert unreachable == []
        count = analysis.path_count(journey)
        direct = any(
            f.kind is FlowKind.MAIN and f.source in first and f.target in last - first
            for f in journey.flows()
        )
        assert count >= (1 if direct else 0)
        if not journey.flows():
            assert count == 0


MapMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestMapMachine = MapMachine.TestCase

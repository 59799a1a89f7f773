"""Hypothesis state machine over the document: edits as undo commands, undo and redo, save and
load, and the canvas: after every step its items are exactly the layout of the map."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from journeymapper.commands import (
    AddEntity,
    ChangeAttributes,
    ModelCommand,
    MoveTouchpoints,
    RemoveEntities,
    push,
    step,
)
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.layout import compute_layout
from journeymapper.model import AnnotationKind, EntityKind, JourneyMap, ModelError
from journeymapper.scene.map_scene import MapScene
from journeymapper.templates import build_template

names = st.text(alphabet=st.sampled_from("abcАБВīēšЇї -"), min_size=1, max_size=10)


class DocumentMachine(RuleBasedStateMachine):
    """The map as the editor changes it; ``states[i]`` is the file after undo-stack step i."""

    def __init__(self) -> None:
        super().__init__()
        QApplication.instance() or QApplication([])
        self.journey: JourneyMap = build_template("e-shop", "en")
        self.stack = QUndoStack()
        self.scene = MapScene(self.journey, self.stack)
        self.states = [dumps_map(self.journey)]

    def teardown(self) -> None:
        self.scene.close()

    def _ids(self, kind: str) -> list[str]:
        getters: dict[str, Any] = {
            "stage": self.journey.stages,
            "touchpoint": self.journey.touchpoints,
            "annotation": self.journey.annotations,
            "flow": self.journey.flows,
        }
        return [e.id for e in getters[kind]()]

    def _push(self, command: ModelCommand) -> None:
        before = dumps_map(self.journey)
        try:
            pushed = push(self.stack, command)
        except ModelError:
            assert dumps_map(self.journey) == before, "a refused command changed the map"
            return
        if pushed:  # a merged command replaces the step it merged into
            self.states = self.states[: self.stack.index()] + [dumps_map(self.journey)]
        assert len(self.states) == self.stack.count() + 1  # one state per step, redo ones too

    @rule(name=names, index=st.integers(0, 6))
    def add_stage(self, name: str, index: int) -> None:
        self._push(AddEntity(self.journey, EntityKind.STAGE, {"name": name}, index))

    @precondition(lambda self: self.journey.stages())
    @rule(data=st.data(), name=names)
    def add_card(self, data: st.DataObject, name: str) -> None:
        stage = data.draw(st.sampled_from(self._ids("stage")))
        fields = {"stage_id": stage, "name": name}
        self._push(AddEntity(self.journey, EntityKind.TOUCHPOINT, fields))

    @precondition(lambda self: self.journey.touchpoints())
    @rule(data=st.data(), text=names, pain=st.booleans())
    def add_note(self, data: st.DataObject, text: str, pain: bool) -> None:
        target = data.draw(st.sampled_from(self._ids("touchpoint")))
        kind = AnnotationKind.PAIN_POINT if pain else AnnotationKind.OPPORTUNITY
        fields = {"kind": kind, "target": target, "text": text}
        self._push(AddEntity(self.journey, EntityKind.ANNOTATION, fields))

    @precondition(lambda self: self.journey.touchpoints())
    @rule(data=st.data(), name=names)
    def rename_card(self, data: st.DataObject, name: str) -> None:
        card = data.draw(st.sampled_from(self._ids("touchpoint")))
        self._push(ChangeAttributes(self.journey, card, {"name": name}))

    @precondition(lambda self: self.journey.touchpoints())
    @rule(data=st.data(), index=st.integers(0, 4))
    def move_card(self, data: st.DataObject, index: int) -> None:
        card = data.draw(st.sampled_from(self._ids("touchpoint")))
        stage = data.draw(st.sampled_from(self._ids("stage")))
        self._push(MoveTouchpoints(self.journey, [(card, stage, index)]))

    @rule(data=st.data(), kind=st.sampled_from(["stage", "touchpoint", "annotation", "flow"]))
    def remove(self, data: st.DataObject, kind: str) -> None:
        ids = self._ids(kind)
        if ids:
            self._push(RemoveEntities(self.journey, [data.draw(st.sampled_from(ids))]))

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        assert step(self.stack, forward=False) is None
        assert dumps_map(self.journey) == self.states[self.stack.index()]

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        assert step(self.stack, forward=True) is None
        assert dumps_map(self.journey) == self.states[self.stack.index()]

    @rule()
    def save_and_load(self) -> None:
        data = dumps_map(self.journey)
        loaded = loads_map(data, "saved.jmap")
        assert dumps_map(loaded) == data
        assert compute_layout(loaded) == compute_layout(self.journey)

    @invariant()
    def scene_items_equal_the_layout(self) -> None:
        self.scene.sync()  # what the event loop does after an edit outside the stack
        layout = compute_layout(self.journey, self.scene.layout_options())
        mirror = self.scene.mirror
        assert set(mirror.cards) == set(layout.cards)
        assert set(mirror.notes) == set(layout.annotation_cards)
        assert set(mirror.headers) == set(layout.stage_ids)
        for tp_id, box in layout.cards.items():
            item = mirror.cards[tp_id]
            assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)
            assert item.box == box and item.source == self.journey.touchpoint(tp_id)
        for note_id, box in layout.annotation_cards.items():
            assert mirror.notes[note_id].box == box


DocumentMachine.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDocumentMachine = DocumentMachine.TestCase

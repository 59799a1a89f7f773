"""The journey map: stages, lanes, personas, touchpoints, flows, annotations and views.

All edits go through intent-level methods that check the rules, change the
state and emit one typed event per change. networkx stays inside this package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from .crowd import CrowdRatings, crowd_problems
from .entities import (
    Annotation,
    Emotion,
    EmotionScale,
    Entity,
    Flow,
    Lane,
    Persona,
    SavedView,
    Stage,
    Touchpoint,
)
from .enums import (
    AnnotationKind,
    Channel,
    EntityKind,
    Evidence,
    FlowKind,
    LaneKind,
    Language,
    Marker,
)
from .errors import LockedError, ModelError
from .events import (
    AttributeChanged,
    EntityAdded,
    EntityMoved,
    EntityRemoved,
    Event,
    MapAttributeChanged,
    MapReset,
)
from .ids import IdGenerator, uuid_ids
from .map_store import KINDS, MapStore
from .messages import kind_name, msg, quoted
from .record import replace
from .removal import Patch, Removal
from .rules import entity_problems, scale_problems, text_problems
from .voting import (
    VotingRound,
    participant_problems,
    round_problems,
    with_dot,
    with_dots,
    without_item,
)

E = TypeVar("E", Stage, Lane, Persona, SavedView, Touchpoint, Flow, Annotation)
Listener = Callable[[Event], None]

_ENUM_FIELDS: dict[str, type] = {
    "channel": Channel,
    "evidence": Evidence,
    "marker": Marker,
}
_KIND_ENUMS: dict[EntityKind, type] = {
    EntityKind.FLOW: FlowKind,
    EntityKind.LANE: LaneKind,
    EntityKind.ANNOTATION: AnnotationKind,
}
_FROZEN_FIELDS = {"id", "stage_id"}
SETTINGS = ("title", "description", "language", "author", "locked")


def _coerce(kind: EntityKind, name: str, value: Any) -> Any:
    """Turn loose values (strings for enums, lists for tuples) into the field's type."""
    enum = _KIND_ENUMS.get(kind) if name == "kind" else _ENUM_FIELDS.get(name)
    if enum is not None and value is not None:
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)  # type: ignore[attr-defined]
            raise ModelError(msg("value.not_one_of", name, allowed, quoted(value))) from None
    if name in ("personas", "lanes", "stages", "replaces") and value is not None:
        return tuple(value)
    if name in ("emotions", "metrics", "notes", "cells", "labels"):
        return dict(value)
    return value


class JourneyMap(MapStore):
    """A customer journey map with a private graph of touchpoints and flows."""

    def __init__(
        self,
        title: str = "Untitled journey",
        *,
        language: Language | str = Language.EN,
        id_generator: IdGenerator = uuid_ids,
    ) -> None:
        super().__init__()
        self.new_id = id_generator
        self._settings: dict[str, Any] = {
            "title": title,
            "description": "",
            "language": Language(language),
            "author": "",
            "locked": False,
        }
        self._voting: VotingRound | None = None
        self._crowd: dict[str, dict[str, int]] = {}
        self._room_session: Mapping[str, Any] = {}
        self._listeners: list[Listener] = []
        self._hints: dict[tuple[str, str], str] = {}

    # ----------------------------------------------------------------- events
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event from now on; returns the unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    def attach_checked(self, entities: Iterable[Entity]) -> None:
        """Bulk-load entities a reader has already checked with ``rules`` (no events, no checks).

        Parents must come before children: personas, stages, lanes, touchpoints, flows,
        annotations, views. Use ``add_*`` for anything that has not been checked.
        """
        for entity in entities:
            if entity.id in self._kinds:
                raise ModelError(msg("id.taken", quoted(entity.id)))
            self._attach(KINDS[type(entity)], entity, None)

    def announce_reset(self) -> None:
        """Tell listeners to redraw everything (after a bulk load)."""
        self._emit(MapReset())

    def replace_content(self, source: JourneyMap) -> None:
        """Become an exact copy of ``source`` (restoring a snapshot): ids kept, one MapReset.

        The entities are immutable, so both maps may share them.
        """
        MapStore.__init__(self)
        self._settings = dict(source._settings)
        self._scale = source.emotion_scale
        self._voting = source.voting
        groups = (
            source.personas(), source.stages(), source.lanes(), source.touchpoints(),
            source.flows(), source.annotations(), source.views(),
        )  # fmt: skip
        self.attach_checked(entity for group in groups for entity in group)
        self._emit(MapReset())

    # --------------------------------------------------------------- settings
    @property
    def title(self) -> str:
        return str(self._settings["title"])

    @property
    def description(self) -> str:
        return str(self._settings["description"])

    @property
    def language(self) -> Language:
        return Language(self._settings["language"])

    @property
    def author(self) -> str:
        return str(self._settings["author"])

    @property
    def locked(self) -> bool:
        return bool(self._settings["locked"])

    @property
    def emotion_scale(self) -> EmotionScale:
        return self._scale

    def setting(self, name: str) -> Any:
        return self._settings[name]

    def set_setting(self, name: str, value: Any) -> None:
        """Change the title, description, language, author or the facilitator lock."""
        if name not in SETTINGS:
            raise ModelError(msg("setting.unknown", quoted(name)))
        if name == "language":
            try:
                value = Language(value)
            except ValueError:
                raise ModelError(msg("setting.language", quoted(value))) from None
        elif name == "locked":
            if not isinstance(value, bool):
                raise ModelError(msg("setting.locked"))
        else:
            for path, message in text_problems(name, value, required=name == "title"):
                raise ModelError(msg("field.problem", path, message))
        old = self._settings[name]
        if old == value:
            return
        self._settings[name] = value
        self._emit(MapAttributeChanged(name, old, value))

    def set_emotion_scale(
        self,
        scale: EmotionScale,
        emotions: Mapping[str, Mapping[str, Emotion]] | None = None,
    ) -> None:
        """Change the scale, optionally with new emotions for some touchpoints at the same time."""
        for _path, message in scale_problems(scale):
            raise ModelError(message)
        emotions = emotions or {}
        outside = 0
        for tp in self.touchpoints():
            for emotion in emotions.get(tp.id, tp.emotions).values():
                values = (emotion.as_is, emotion.to_be)
                outside += sum(1 for v in values if v is not None and not scale.contains(v))
        for answers in self._crowd.values():
            outside += sum(1 for v in answers.values() if not scale.contains(v))
        if outside:
            raise ModelError(msg("scale.values_outside", scale.minimum, scale.maximum, outside))
        old = self._scale
        self._scale = scale
        for tp_id, new in emotions.items():
            self._replace(EntityKind.TOUCHPOINT, self._touchpoint(tp_id), {"emotions": dict(new)})
        if old != scale:
            self._emit(MapAttributeChanged("emotion_scale", old, scale))

    # ----------------------------------------------------------------- hints
    def hint(self, entity_id: str, field: str) -> str:
        """Placeholder text for an empty field (``entity_id`` "" is the map itself).

        Hints are guidance a template gives ("Who is this person …?"): the editor shows them
        greyed in empty fields. They are not content: no event, not saved, never exported.
        """
        return self._hints.get((entity_id, field), "")

    def set_hint(self, entity_id: str, field: str, text: str) -> None:
        """Give an empty field a placeholder (empty ``text`` removes it)."""
        if text:
            self._hints[(entity_id, field)] = text
        else:
            self._hints.pop((entity_id, field), None)

    # ---------------------------------------------------------------- voting
    @property
    def voting(self) -> VotingRound | None:
        return self._voting

    def set_voting(self, vote: VotingRound | None) -> None:
        """Start, end, clear or replace the dot-voting round (None: no round)."""
        if vote is not None:
            items = set(self._annotations) | set(self._graph.nodes)
            for _path, message in round_problems(vote, items):
                raise ModelError(message)
        self._set_voting(vote)

    def cast_vote(self, participant: str, item_id: str) -> None:
        """One dot from ``participant`` on a pain point, opportunity or touchpoint."""
        self._set_voting(with_dot(self._votable_round(item_id), participant, item_id, +1))

    def take_back_vote(self, participant: str, item_id: str) -> None:
        """``participant`` takes one of their own dots back from an item."""
        self._set_voting(with_dot(self._votable_round(item_id), participant, item_id, -1))

    def cast_votes(
        self, dots: Iterable[tuple[str, str, int]], newcomers: Iterable[str] = ()
    ) -> list[tuple[int, str]]:
        """Many dots at once, (participant, item, +1 or -1) each, as one change of the round;
        ``newcomers`` join the round first (people arriving in a room), in the same change.

        Each dot is checked as ``cast_vote`` would; refused ones are skipped and returned as
        (position, reason).
        """
        vote = self._voting
        if vote is None:
            raise ModelError(msg("vote.no_round"))
        joining = [n for n in dict.fromkeys(newcomers) if n not in vote.participants]
        if joining:
            if not vote.active:
                raise ModelError(msg("vote.ended"))
            participants = (*vote.participants, *joining)
            for _path, message in participant_problems(participants):
                raise ModelError(message)
            vote = replace(vote, participants=participants)
        after, refused = with_dots(vote, dots, lambda item_id: self._check_votable(vote, item_id))
        self._set_voting(after)
        return refused

    def vote_total(self, item_id: str) -> int:
        """Votes on an item: an annotation's own count plus the dots of the round."""
        own = self._annotations[item_id].votes if item_id in self._annotations else 0
        dots = self._voting.total(item_id) if self._voting else 0
        return own + dots

    def shown_votes(self, item_id: str) -> int:
        """The votes the room may see: the round's dots stay out while it hides them."""
        if self._voting is not None and self._voting.hidden:
            return self._annotations[item_id].votes if item_id in self._annotations else 0
        return self.vote_total(item_id)

    def _votable_round(self, item_id: str) -> VotingRound:
        if self._voting is None:
            raise ModelError(msg("vote.no_round"))
        self._check_votable(self._voting, item_id)
        return self._voting

    def _check_votable(self, vote: VotingRound, item_id: str) -> None:
        kind = self._kinds.get(item_id)
        target = self._annotations[item_id].kind.value if kind is EntityKind.ANNOTATION else kind
        if target not in vote.targets:
            raise ModelError(msg("vote.wrong_kind"))

    def _set_voting(self, vote: VotingRound | None) -> None:
        old = self._voting
        if old != vote:
            self._voting = vote
            self._emit(MapAttributeChanged("voting", old, vote))

    # ----------------------------------------------------------- crowd ratings
    @property
    def crowd(self) -> CrowdRatings:
        """The room's ratings: stage id -> participant -> value on the emotion scale."""
        return self._crowd

    def set_crowd(self, ratings: CrowdRatings) -> None:
        """Replace every crowd rating at once (load, undo, clear)."""
        for _path, message in crowd_problems(ratings, self._stages.ids(), self._scale):
            raise ModelError(msg("crowd.rating", message))
        self._set_crowd(ratings)

    def set_crowd_rating(self, stage_id: str, participant: str, value: int | None) -> None:
        """One participant's feeling at a stage (None takes the rating back)."""
        answers = dict(self._crowd.get(stage_id, {}))
        if value is None:
            answers.pop(participant, None)
        else:
            answers[participant] = value
        ratings = {**self._crowd, stage_id: answers}
        self.set_crowd({k: v for k, v in ratings.items() if v})

    def _set_crowd(self, ratings: CrowdRatings) -> None:
        new = {stage: dict(answers) for stage, answers in ratings.items() if answers}
        old = self._crowd
        if old != new:
            self._crowd = new
            self._emit(MapAttributeChanged("crowd", old, new))

    # ------------------------------------------------------------ room session
    @property
    def room_session(self) -> Mapping[str, Any]:
        """What a room needs to resume after a restart (its settings, hidden notes, the notes
        waiting for approval, who joined), as plain JSON data the room reads and writes; the map
        only keeps it (the file's schema checks its shape)."""
        return self._room_session

    def set_room_session(self, data: Mapping[str, Any]) -> None:
        old = self._room_session
        if old != data:
            self._room_session = dict(data)
            self._emit(MapAttributeChanged("room", old, self._room_session))

    # ---------------------------------------------------------------- stages
    def add_stage(self, name: str, index: int | None = None, **fields: Any) -> Stage:
        return self._add(Stage, index, {"name": name, **fields})

    def add_lane(
        self, kind: LaneKind | str, name: str, index: int | None = None, **fields: Any
    ) -> Lane:
        return self._add(Lane, index, {"kind": kind, "name": name, **fields})

    def add_persona(self, name: str, index: int | None = None, **fields: Any) -> Persona:
        return self._add(Persona, index, {"name": name, **fields})

    def add_view(self, name: str, index: int | None = None, **fields: Any) -> SavedView:
        return self._add(SavedView, index, {"name": name, **fields})

    def add_touchpoint(
        self, stage_id: str, name: str, index: int | None = None, **fields: Any
    ) -> Touchpoint:
        return self._add(Touchpoint, index, {"stage_id": stage_id, "name": name, **fields})

    def add_flow(
        self, source: str, target: str | None, kind: FlowKind | str = FlowKind.MAIN, **fields: Any
    ) -> Flow:
        return self._add(Flow, None, {"source": source, "target": target, "kind": kind, **fields})

    def add_annotation(
        self, kind: AnnotationKind | str, target: str, text: str, **fields: Any
    ) -> Annotation:
        return self._add(Annotation, None, {"kind": kind, "target": target, "text": text, **fields})

    def update(self, entity_id: str, **changes: Any) -> Entity:
        """Change fields of any entity by id; emits one AttributeChanged per changed field."""
        kind = self._kind(entity_id)
        if kind is not EntityKind.TOUCHPOINT:
            self._guard(kind, "change")
        old = self._get(kind, entity_id)
        frozen = _FROZEN_FIELDS.intersection(changes)
        if frozen:
            raise ModelError(msg("field.frozen", ", ".join(sorted(frozen))))
        return self._replace(kind, old, changes)

    def set_cell(self, lane_id: str, stage_id: str, text: str) -> None:
        """Set the text of one cell of a text lane (empty text clears it)."""
        lane = self.lane(lane_id)
        cells = dict(lane.cells)
        if text:
            cells[stage_id] = text
        else:
            cells.pop(stage_id, None)
        self._replace(EntityKind.LANE, lane, {"cells": cells})

    def set_emotion(
        self, tp_id: str, persona_id: str, as_is: float | None, to_be: float | None = None
    ) -> None:
        """Set (or, with both None, clear) one persona's emotion at a touchpoint."""
        tp = self._touchpoint(tp_id)
        emotions = dict(tp.emotions)
        if as_is is None and to_be is None:
            emotions.pop(persona_id, None)
        else:
            emotions[persona_id] = Emotion(as_is, to_be)
        self._replace(EntityKind.TOUCHPOINT, tp, {"emotions": emotions})

    def set_metric(self, tp_id: str, name: str, value: float | None) -> None:
        tp = self._touchpoint(tp_id)
        metrics = dict(tp.metrics)
        if value is None:
            metrics.pop(name, None)
        else:
            metrics[name] = value
        self._replace(EntityKind.TOUCHPOINT, tp, {"metrics": metrics})

    # ------------------------------------------------------------------ moves
    def move(self, entity_id: str, index: int) -> None:
        """Move a stage, lane, persona or view to a new position in its list."""
        kind = self._kind(entity_id)
        if kind in (EntityKind.TOUCHPOINT, EntityKind.FLOW, EntityKind.ANNOTATION):
            raise ModelError(msg("move.not_reorderable"))
        self._guard(kind, "move")
        old, new = self._store(kind).move(entity_id, index)
        if old != new:
            self._emit(EntityMoved(kind, entity_id, old, new))

    def move_touchpoint(self, tp_id: str, stage_id: str, index: int | None = None) -> None:
        """Move a touchpoint within its stage or into another stage at ``index``."""
        tp = self._touchpoint(tp_id)
        self._guard(EntityKind.TOUCHPOINT, "move_card")
        if stage_id not in self._stages:
            raise ModelError(msg("stage.missing", quoted(stage_id)))
        old_cards = self._stage_cards[tp.stage_id]
        old_index = old_cards.index(tp_id)
        old_cards.pop(old_index)
        new_cards = self._stage_cards[stage_id]
        new_index = len(new_cards) if index is None else max(0, min(index, len(new_cards)))
        new_cards.insert(new_index, tp_id)
        if stage_id != tp.stage_id:
            self._touchpoints[tp_id] = replace(tp, stage_id=stage_id)
        if (stage_id, new_index) != (tp.stage_id, old_index):
            self._emit(
                EntityMoved(
                    EntityKind.TOUCHPOINT, tp_id, old_index, new_index, tp.stage_id, stage_id
                )
            )

    # --------------------------------------------------------------- removal
    def remove(self, entity_id: str) -> Removal:
        """Remove anything by id, with what depends on it; the result undoes it via ``restore``."""
        kind = self._kind(entity_id)
        if kind in (EntityKind.STAGE, EntityKind.LANE):
            self._guard(kind, "delete")
        children: list[Removal] = []
        patches: list[Patch] = []
        if kind is EntityKind.STAGE:
            for note in self.annotations(target=entity_id):
                children.append(self.remove(note.id))
            for tp_id in list(self._stage_cards[entity_id]):
                children.append(self.remove(tp_id))
            patches += self._patch_refs(entity_id, "stages")
            for lane in self.lanes():
                if entity_id in lane.cells:
                    patches.append(Patch(EntityKind.LANE, lane.id, "cells", lane.cells))
                    cells = {k: v for k, v in lane.cells.items() if k != entity_id}
                    self._replace(EntityKind.LANE, lane, {"cells": cells}, check=False)
            if entity_id in self._crowd:
                patches.append(Patch(None, "", "crowd", self._crowd))
                self._set_crowd({k: v for k, v in self._crowd.items() if k != entity_id})
        elif kind is EntityKind.TOUCHPOINT:
            linked = [f.id for f in self._flows.values() if entity_id in (f.source, f.target)]
            for flow_id in linked:
                children.append(self.remove(flow_id))
            for note in self.annotations(target=entity_id):
                children.append(self.remove(note.id))
        elif kind is EntityKind.PERSONA:
            patches += self._patch_refs(entity_id, "personas")
            for tp in self.touchpoints():
                if entity_id in tp.emotions:
                    patches.append(Patch(EntityKind.TOUCHPOINT, tp.id, "emotions", tp.emotions))
                    emotions = {k: v for k, v in tp.emotions.items() if k != entity_id}
                    self._replace(EntityKind.TOUCHPOINT, tp, {"emotions": emotions}, check=False)
        elif kind is EntityKind.LANE:
            patches += self._patch_refs(entity_id, "lanes")
        if self._voting is not None and entity_id in self._voting.totals():
            patches.append(Patch(None, "", "voting", self._voting))
            self._set_voting(without_item(self._voting, entity_id))
        entity, index = self._detach(kind, entity_id)
        self._emit(EntityRemoved(kind, entity_id, entity, index))
        return Removal(kind, entity, index, tuple(children), tuple(patches))

    def restore(self, removal: Removal) -> None:
        """Put back exactly what ``remove`` took away."""
        self._attach(removal.kind, removal.entity, removal.index)
        self._emit(EntityAdded(removal.kind, removal.entity.id, removal.entity, removal.index))
        for child in reversed(removal.children):
            self.restore(child)
        for patch in reversed(removal.patches):
            if patch.kind is None:
                if patch.name == "crowd":
                    self._set_crowd(patch.old)
                else:
                    self._set_voting(patch.old)
                continue
            target = self._get(patch.kind, patch.id)
            self._replace(patch.kind, target, {patch.name: patch.old}, check=False)

    def _patch_refs(self, entity_id: str, axis: str) -> list[Patch]:
        patches = []
        for view in self.views():
            refs = getattr(view, axis)
            if refs is not None and entity_id in refs:
                patches.append(Patch(EntityKind.VIEW, view.id, axis, refs))
                kept = tuple(r for r in refs if r != entity_id)
                self._replace(EntityKind.VIEW, view, {axis: kept}, check=False)
        return patches

    # -------------------------------------------------------------- internals
    def _guard(self, kind: EntityKind, action: str) -> None:
        """Refuse structural edits while the facilitator lock is on."""
        if self.locked and kind in (EntityKind.STAGE, EntityKind.LANE, EntityKind.TOUCHPOINT):
            code = "action.move_card" if action == "move_card" else f"action.{action}.{kind.value}"
            raise LockedError(msg("locked", msg(code)))

    def _check(self, kind: EntityKind, entity: Entity) -> None:
        for path, message in entity_problems(entity, self.rule_context()):
            raise ModelError(msg("entity.problem", kind_name(kind), path, message))
        if isinstance(entity, Flow) and entity.target is not None:
            existing = self._graph.flow_between(entity.source, entity.target)
            if existing is not None and existing != entity.id:
                raise ModelError(msg("flow.duplicate"))

    def _add(self, cls: type[E], index: int | None, fields: dict[str, Any]) -> E:
        kind = KINDS[cls]
        if kind is not EntityKind.TOUCHPOINT:
            self._guard(kind, "add")
        entity_id = fields.pop("id", None) or self.new_id()
        if entity_id in self._kinds:
            raise ModelError(msg("id.taken", quoted(entity_id)))
        values = {name: _coerce(kind, name, value) for name, value in fields.items()}
        try:
            entity = cls(id=entity_id, **values)
        except TypeError as exc:
            raise ModelError(msg("entity.fields", kind_name(kind), exc)) from None
        self._check(kind, entity)
        position = self._attach(kind, entity, index)
        self._emit(EntityAdded(kind, entity_id, entity, position))
        return entity

    def _replace(
        self, kind: EntityKind, old: Entity, changes: Mapping[str, Any], *, check: bool = True
    ) -> Entity:
        values = {name: _coerce(kind, name, value) for name, value in changes.items()}
        try:
            new = replace(old, **values)
        except TypeError as exc:
            raise ModelError(msg("entity.fields", kind_name(kind), exc)) from None
        if new == old:
            return old
        if check:
            self._check(kind, new)
        if isinstance(new, Touchpoint):
            self._touchpoints[new.id] = new
        elif isinstance(new, Flow):
            assert isinstance(old, Flow)
            if old.target is not None:
                self._graph.remove_edge(old.source, old.target)
            if new.target is not None:
                self._graph.add_edge(new.source, new.target, flow=new.id)
            self._flows[new.id] = new
        elif isinstance(new, Annotation):
            self._annotations[new.id] = new
            self._notes_by_target = None
        else:
            self._store(kind).replace(new.id, new)
        for name in values:
            before, after = getattr(old, name), getattr(new, name)
            if before != after:
                self._emit(AttributeChanged(kind, new.id, name, before, after))
        return new

"""The map's storage and read-only queries: ordered entities and the private touchpoint graph.

``JourneyMap`` builds its edits on top of this; nothing outside the model sees the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

from .collection import OrderedStore
from .entities import (
    Annotation,
    EmotionScale,
    Entity,
    Flow,
    Lane,
    Persona,
    SavedView,
    Stage,
    Touchpoint,
)
from .enums import AnnotationKind, EntityKind
from .errors import ModelError
from .graph import TouchpointGraph
from .messages import kind_name, msg, quoted
from .rules import RuleContext

T_co = TypeVar("T_co", covariant=True)

CLASSES: dict[EntityKind, type] = {
    EntityKind.STAGE: Stage,
    EntityKind.LANE: Lane,
    EntityKind.PERSONA: Persona,
    EntityKind.TOUCHPOINT: Touchpoint,
    EntityKind.FLOW: Flow,
    EntityKind.ANNOTATION: Annotation,
    EntityKind.VIEW: SavedView,
}
KINDS: dict[type, EntityKind] = {cls: kind for kind, cls in CLASSES.items()}


class MapStore:
    """Entities in their user-visible order, touchpoints and flows in a graph."""

    def __init__(self) -> None:
        self._scale = EmotionScale()
        self._stages: OrderedStore[Stage] = OrderedStore()
        self._lanes: OrderedStore[Lane] = OrderedStore()
        self._personas: OrderedStore[Persona] = OrderedStore()
        self._views: OrderedStore[SavedView] = OrderedStore()
        self._stage_cards: dict[str, list[str]] = {}
        self._graph = TouchpointGraph()
        self._touchpoints: dict[str, Touchpoint] = {}  # the graph's nodes, for quick lookups
        self._flows: dict[str, Flow] = {}
        self._annotations: dict[str, Annotation] = {}
        self._notes_by_target: dict[str, list[Annotation]] | None = None  # built on demand
        self._kinds: dict[str, EntityKind] = {}

    # ---------------------------------------------------------------- queries
    def stages(self) -> list[Stage]:
        return list(self._stages)

    def lanes(self) -> list[Lane]:
        return list(self._lanes)

    def personas(self) -> list[Persona]:
        return list(self._personas)

    def views(self) -> list[SavedView]:
        return list(self._views)

    def flows(self) -> list[Flow]:
        return list(self._flows.values())

    def annotations(
        self, target: str | None = None, kind: AnnotationKind | None = None
    ) -> list[Annotation]:
        if target is None:
            notes: Iterable[Annotation] = self._annotations.values()
        else:  # an export asks per card: one pass builds the index for all of them
            if self._notes_by_target is None:
                self._notes_by_target = {}
                for note in self._annotations.values():
                    self._notes_by_target.setdefault(note.target, []).append(note)
            notes = self._notes_by_target.get(target, ())
        return [a for a in notes if kind is None or a.kind is kind]

    def touchpoints(self, stage_id: str | None = None) -> list[Touchpoint]:
        """Touchpoints in map order (stage by stage), or of one stage."""
        stage_ids = self._stages.ids() if stage_id is None else [stage_id]
        tps = self._touchpoints
        return [tps[t] for s in stage_ids for t in self._stage_cards.get(s, [])]

    def touchpoint_count(self) -> int:
        return len(self._graph)

    def stage(self, stage_id: str) -> Stage:
        return _one(self._stages, EntityKind.STAGE, stage_id, self._kinds)

    def lane(self, lane_id: str) -> Lane:
        return _one(self._lanes, EntityKind.LANE, lane_id, self._kinds)

    def persona(self, persona_id: str) -> Persona:
        return _one(self._personas, EntityKind.PERSONA, persona_id, self._kinds)

    def view(self, view_id: str) -> SavedView:
        return _one(self._views, EntityKind.VIEW, view_id, self._kinds)

    def touchpoint(self, tp_id: str) -> Touchpoint:
        return self._touchpoint(tp_id)

    def flow(self, flow_id: str) -> Flow:
        return _one(self._flows, EntityKind.FLOW, flow_id, self._kinds)

    def annotation(self, note_id: str) -> Annotation:
        return _one(self._annotations, EntityKind.ANNOTATION, note_id, self._kinds)

    def kind_of(self, entity_id: str) -> EntityKind | None:
        return self._kinds.get(entity_id)

    def find(self, entity_id: str) -> Entity | None:
        kind = self._kinds.get(entity_id)
        return None if kind is None else self._get(kind, entity_id)

    def index_of(self, entity_id: str) -> int:
        """Position in its list (for a touchpoint: within its stage)."""
        kind = self._kinds.get(entity_id)
        if kind is EntityKind.TOUCHPOINT:
            return self._stage_cards[self._touchpoint(entity_id).stage_id].index(entity_id)
        if kind in (EntityKind.FLOW, EntityKind.ANNOTATION):
            store: Mapping[str, Any] = self._flows if kind is EntityKind.FLOW else self._annotations
            return list(store).index(entity_id)
        if kind is None:
            raise ModelError(msg("id.unknown", quoted(entity_id)))
        return self._store(kind).index(entity_id)

    def flows_from(self, tp_id: str) -> list[Flow]:
        return [f for f in self._flows.values() if f.source == tp_id]

    def flows_to(self, tp_id: str) -> list[Flow]:
        return [f for f in self._flows.values() if f.target == tp_id]

    def rule_context(self) -> RuleContext:
        return RuleContext(
            scale=self._scale,
            stage_ids=_KeyView(self._stages),
            persona_ids=_KeyView(self._personas),
            touchpoint_ids=self._graph.nodes,
            lane_ids=_KeyView(self._lanes),
        )

    def graph(self) -> TouchpointGraph:
        """The touchpoint graph, for the analysis module only (which never changes it)."""
        return self._graph

    # -------------------------------------------------------------- internals
    def _kind(self, entity_id: str) -> EntityKind:
        kind = self._kinds.get(entity_id)
        if kind is None:
            raise ModelError(msg("id.unknown", quoted(entity_id)))
        return kind

    def _store(self, kind: EntityKind) -> OrderedStore[Any]:
        stores: dict[EntityKind, OrderedStore[Any]] = {
            EntityKind.STAGE: self._stages,
            EntityKind.LANE: self._lanes,
            EntityKind.PERSONA: self._personas,
            EntityKind.VIEW: self._views,
        }
        return stores[kind]

    def _get(self, kind: EntityKind, entity_id: str) -> Entity:
        if self._kinds.get(entity_id) is not kind:
            raise ModelError(msg("id.unknown_kind", kind_name(kind), quoted(entity_id)))
        if kind is EntityKind.TOUCHPOINT:
            return self._touchpoints[entity_id]
        if kind is EntityKind.FLOW:
            return self._flows[entity_id]
        if kind is EntityKind.ANNOTATION:
            return self._annotations[entity_id]
        if kind is EntityKind.STAGE:
            return _one(self._stages, kind, entity_id, self._kinds)
        if kind is EntityKind.LANE:
            return _one(self._lanes, kind, entity_id, self._kinds)
        if kind is EntityKind.PERSONA:
            return _one(self._personas, kind, entity_id, self._kinds)
        return _one(self._views, kind, entity_id, self._kinds)

    def _touchpoint(self, tp_id: str) -> Touchpoint:
        return _one(self._touchpoints, EntityKind.TOUCHPOINT, tp_id, self._kinds)

    def _attach(self, kind: EntityKind, entity: Entity, index: int | None) -> int:
        self._kinds[entity.id] = kind
        if isinstance(entity, Touchpoint):
            self._graph.add_node(entity.id)
            self._touchpoints[entity.id] = entity
            cards = self._stage_cards[entity.stage_id]
            position = len(cards) if index is None else max(0, min(index, len(cards)))
            cards.insert(position, entity.id)
            return position
        if isinstance(entity, Flow):
            if entity.target is not None:
                self._graph.add_edge(entity.source, entity.target, flow=entity.id)
            return _insert_at(self._flows, entity, index)
        if isinstance(entity, Annotation):
            self._notes_by_target = None
            return _insert_at(self._annotations, entity, index)
        if isinstance(entity, Stage):
            self._stage_cards[entity.id] = []
        return self._store(kind).insert(entity.id, entity, index)

    def _detach(self, kind: EntityKind, entity_id: str) -> tuple[Entity, int]:
        entity = self._get(kind, entity_id)
        index = self.index_of(entity_id)
        del self._kinds[entity_id]
        if isinstance(entity, Touchpoint):
            self._stage_cards[entity.stage_id].remove(entity_id)
            self._graph.remove_node(entity_id)
            del self._touchpoints[entity_id]
        elif isinstance(entity, Flow):
            del self._flows[entity_id]
            if entity.target is not None:
                self._graph.remove_edge(entity.source, entity.target)
        elif isinstance(entity, Annotation):
            self._notes_by_target = None
            del self._annotations[entity_id]
        else:
            self._store(kind).pop(entity_id)
            if isinstance(entity, Stage):
                del self._stage_cards[entity_id]
        return entity, index


def _insert_at(store: dict[str, Any], entity: Entity, index: int | None) -> int:
    """Insert into an insertion-ordered dict at a position (appending is the fast path)."""
    if index is None or index >= len(store):
        store[entity.id] = entity
        return len(store) - 1
    items = list(store.items())
    items.insert(index, (entity.id, entity))
    store.clear()
    store.update(items)
    return index


class _KeyView:
    """A live membership view over an ordered store's ids."""

    def __init__(self, store: OrderedStore[Any]) -> None:
        self._store = store

    def __contains__(self, item: object) -> bool:
        return item in self._store

    def __iter__(self) -> Any:
        return self._store.keys()

    def __len__(self) -> int:
        return len(self._store)


class _Lookup(Protocol[T_co]):
    def get(self, key: str, /) -> T_co | None: ...


def _one(
    store: _Lookup[T_co], kind: EntityKind, entity_id: str, kinds: Mapping[str, EntityKind]
) -> T_co:
    """The ``kind`` entity with ``entity_id``, typed by its store; ModelError if there is none."""
    entity = store.get(entity_id) if kinds.get(entity_id) is kind else None
    if entity is None:
        raise ModelError(msg("id.unknown_kind", kind_name(kind), quoted(entity_id)))
    return entity

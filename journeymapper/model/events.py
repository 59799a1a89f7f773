"""Typed change notifications the map emits so views and undo stacks can follow it."""

from __future__ import annotations

from typing import Any

from .entities import Entity
from .enums import EntityKind
from .record import record


@record
class EntityAdded:
    kind: EntityKind
    id: str
    entity: Entity
    index: int


@record
class EntityRemoved:
    kind: EntityKind
    id: str
    entity: Entity
    index: int


@record
class AttributeChanged:
    """One field of one entity changed from ``old`` to ``new``."""

    kind: EntityKind
    id: str
    name: str
    old: Any
    new: Any


@record
class EntityMoved:
    """An entity moved in its list, or a touchpoint moved within or between stages."""

    kind: EntityKind
    id: str
    old_index: int
    new_index: int
    old_stage: str | None = None
    new_stage: str | None = None


@record
class MapAttributeChanged:
    """A map-level setting (title, description, language, scale, lock...) changed."""

    name: str
    old: Any
    new: Any


@record
class MapReset:
    """The whole content was replaced (load, paste of a whole map); redraw everything."""


Event = (
    EntityAdded | EntityRemoved | AttributeChanged | EntityMoved | MapAttributeChanged | MapReset
)

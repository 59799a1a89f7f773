"""Snapshots of removed entities, so a removal can be undone exactly."""

from __future__ import annotations

from typing import Any

from .entities import Entity
from .enums import EntityKind
from .record import record


@record
class Patch:
    """A field of another entity (or, with no kind, a map setting) the removal changed."""

    kind: EntityKind | None
    id: str
    name: str
    old: Any


@record
class Removal:
    """Everything a removal took away: the entity, where it stood, and what went with it."""

    kind: EntityKind
    entity: Entity
    index: int
    children: tuple[Removal, ...] = ()
    patches: tuple[Patch, ...] = ()

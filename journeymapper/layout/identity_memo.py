"""IdentityMemo: results keyed by which immutable model objects they were computed from."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class IdentityMemo(Generic[V]):
    """A bounded memo keyed by the identity of model objects plus hashable parameters.

    Entities are frozen but hold dicts, so they cannot be hashed; an edit replaces an entity
    with a new object, so identity is exactly "unchanged". Each entry keeps its objects alive,
    so no id in a stored key can be reused by another object while the entry exists.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: dict[tuple[tuple[int, ...], Hashable], tuple[tuple[object, ...], V]] = {}

    def get(self, objects: tuple[object, ...], params: Hashable, compute: Callable[[], V]) -> V:
        key = (tuple(map(id, objects)), params)
        entry = self._entries.get(key)
        if entry is not None:
            return entry[1]
        value = compute()
        if len(self._entries) >= self.size:
            del self._entries[next(iter(self._entries))]  # the oldest entry
        self._entries[key] = (objects, value)
        return value

    def clear(self) -> None:
        self._entries.clear()

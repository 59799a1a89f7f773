"""IdentityMemo: results keyed by which immutable model objects they were computed from."""

from __future__ import annotations

import threading
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
        self._lock = threading.Lock()

    def get(self, objects: tuple[object, ...], params: Hashable, compute: Callable[[], V]) -> V:
        key = (tuple(map(id, objects)), params)
        entry = self._entries.get(key)
        if entry is not None:
            return entry[1]
        value = compute()
        with self._lock:  # the GUI thread and an export's worker thread may both lay out
            if len(self._entries) >= self.size:
                self._entries.pop(next(iter(self._entries)), None)  # the oldest entry
            self._entries[key] = (objects, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

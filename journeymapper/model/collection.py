"""An ordered id → entity store, the building block of the map's lists."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class OrderedStore(Generic[T]):
    """Entities by id, kept in a user-visible order."""

    def __init__(self) -> None:
        self._items: dict[str, T] = {}
        self._order: list[str] = []

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    def __iter__(self) -> Iterator[T]:
        return (self._items[i] for i in self._order)

    def ids(self) -> list[str]:
        return list(self._order)

    def keys(self) -> Iterator[str]:
        return iter(self._items)

    def get(self, item_id: str) -> T | None:
        return self._items.get(item_id)

    def index(self, item_id: str) -> int:
        return self._order.index(item_id)

    def insert(self, item_id: str, item: T, index: int | None = None) -> int:
        position = len(self._order) if index is None else max(0, min(index, len(self._order)))
        self._items[item_id] = item
        self._order.insert(position, item_id)
        return position

    def replace(self, item_id: str, item: T) -> None:
        self._items[item_id] = item

    def pop(self, item_id: str) -> tuple[T, int]:
        index = self._order.index(item_id)
        self._order.pop(index)
        return self._items.pop(item_id), index

    def move(self, item_id: str, index: int) -> tuple[int, int]:
        old = self._order.index(item_id)
        self._order.pop(old)
        new = max(0, min(index, len(self._order)))
        self._order.insert(new, item_id)
        return old, new

"""How a workshop panel follows the open map: one event subscription at a time."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Event
from ..ui.edit_context import EditContext


class MapFollower:
    """Mixin for parts that follow the map: ``set_context`` swaps the subscription and redraws."""

    context: EditContext | None
    _unsubscribe: Callable[[], None] | None

    def set_context(self, context: EditContext | None) -> None:
        """Follow another open map (New, Open), or none."""
        self.follow_map(context)
        self.refresh()

    def follow_map(self, context: EditContext | None) -> None:
        """Leave the old map's events and take ``context``'s (none: follow nothing)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.context = context
        if context is not None:
            self._unsubscribe = context.journey.subscribe(self._on_event)

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_event(self, event: Event) -> None:
        raise NotImplementedError

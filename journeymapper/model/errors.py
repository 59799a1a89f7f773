"""The exception the model raises when an edit would make the map invalid (or is locked)."""

from __future__ import annotations


class ModelError(ValueError):
    """An edit was refused; ``message`` is for the user (a ``messages.Text``: its code and
    arguments let the UI and the CLI say it in the user's language)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class LockedError(ModelError):
    """A structural edit refused because the facilitator locked the map's structure."""

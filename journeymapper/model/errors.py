"""The exception the model raises when an edit would make the map invalid (or is locked)."""

from __future__ import annotations


class ModelError(ValueError):
    """An edit was refused; the message is meant for the user."""


class LockedError(ModelError):
    """A structural edit refused because the facilitator locked the map's structure."""

"""The one exception the model raises when an edit would make the map invalid."""

from __future__ import annotations


class ModelError(ValueError):
    """An edit was refused; the message is meant for the user."""

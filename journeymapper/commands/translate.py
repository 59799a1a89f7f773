"""The one translation helper: ``tr = translator("context")`` at the top of a module."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Tr(Protocol):
    def __call__(self, text: str, n: int = -1) -> str: ...


def translator(context: str) -> Tr:
    """A module's ``tr``: ``text`` translated in ``context``; ``n`` fills a %n plural.

    ``tools/update_translations.py`` reads ``NAME = translator("context")`` as such a helper.
    """

    def tr(text: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, n)

    return tr

"""Translation helpers for the workshop widgets (context "workshop", %n plurals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, n: int = -1) -> str:
    """``text`` translated in the "workshop" context; ``n`` fills a %n plural."""
    return QCoreApplication.translate("workshop", text, None, n)

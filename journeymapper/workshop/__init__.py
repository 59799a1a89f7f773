"""Workshop mode: presentation, dot voting, timer, facilitator lock, saved views, insights."""

from __future__ import annotations

from ..ui.host import DocumentHost
from .controller import Workshop


def install_workshop(window: DocumentHost) -> Workshop:
    """Add the Workshop menu, its docks and canvas hooks to ``window``; they follow New/Open."""
    return Workshop(window)


__all__ = ["Workshop", "install_workshop"]

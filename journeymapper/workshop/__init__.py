"""Workshop mode: presentation, dot voting, timer, facilitator lock, saved views, insights."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .controller import Workshop

if TYPE_CHECKING:
    from ..ui.main_window import MainWindow


def install_workshop(window: MainWindow) -> Workshop:
    """Add the Workshop menu, its docks and canvas hooks to ``window``; they follow New/Open."""
    return Workshop(window)


__all__ = ["Workshop", "install_workshop"]

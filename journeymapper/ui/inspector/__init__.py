"""The inspector dock: one form per kind of selected entity, every edit one undo command."""

from .dock import InspectorDock

__all__ = ["InspectorDock"]

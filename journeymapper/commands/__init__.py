"""Undoable edits: one QUndoCommand per user intent, calling model methods only."""

from ..io.fragment import (
    MIME_TYPE,
    Fragment,
    copy_fragment,
    dumps_fragment,
    insert_fragment,
    loads_fragment,
)
from .base import ModelCommand, push, step
from .entities import AddEntity, ChangeAttributes, MoveEntity, MoveTouchpoints, RemoveEntities
from .paste_fragment import AddFragment
from .restore import ReplaceMap, copy_of
from .values import (
    ChangeEmotionScale,
    ChangeSetting,
    SetCell,
    SetEmotion,
    SetMetric,
    rescale,
)

__all__ = [
    "MIME_TYPE",
    "AddEntity",
    "AddFragment",
    "ChangeAttributes",
    "ChangeEmotionScale",
    "ChangeSetting",
    "Fragment",
    "ReplaceMap",
    "copy_of",
    "ModelCommand",
    "MoveEntity",
    "MoveTouchpoints",
    "RemoveEntities",
    "SetCell",
    "SetEmotion",
    "SetMetric",
    "copy_fragment",
    "dumps_fragment",
    "insert_fragment",
    "loads_fragment",
    "push",
    "rescale",
    "step",
]

"""A guard for PySide6 6.12.0 on Python < 3.12, whose void methods drop a reference to None.

That build returns ``None`` without taking a reference (fine where None is immortal, 3.12+),
so a few thousand Qt calls bring None's count to zero and abort the interpreter
("none_dealloc"). Giving None a huge reference count keeps it alive; pinning PySide6 to
another release is the real fix (see the report to the lead).
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

_done = False


def affected() -> bool:
    return sys.version_info < (3, 12) and PySide6.__version__.startswith("6.12.")


def keep_none_alive() -> None:
    """Raise None's reference count by 2**40 once per process on the affected build."""
    global _done
    if _done or not affected():
        return
    _done = True
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40

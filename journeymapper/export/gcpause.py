"""Pause Python's cyclic garbage collector while an export allocates its many small objects.

An export makes millions of short-lived tuples and strings next to a large, long-lived
map and layout; each collection walks all of them (a quarter of the time of a 10,000
touchpoint deck). Exports make almost no reference cycles, so the collector is paused
for their duration and resumed afterwards (nesting is counted; only the main thread pauses).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic collections inside the ``with`` block; the previous state after it.

    Only on the main thread (the command line): the collector is one for the whole process,
    so an export on the editor's worker thread must not switch it off under the GUI thread
    (which then met all the export's garbage in one collection, while the worker still ran)."""
    global _depth, _was_enabled
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _depth == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


@contextmanager
def gc_paused_for_command() -> Iterator[None]:
    """``gc_paused`` for a command-line run, which ends with the command: what it made is then
    frozen (``gc.freeze``) rather than walked by the first collection after the pause."""
    with gc_paused():
        try:
            yield
        finally:
            gc.freeze()

"""The export's collector pause: on the command line's thread only, never from a worker."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from journeymapper.export.gcpause import gc_paused


@pytest.fixture(autouse=True)
def _automatic_collection() -> Iterator[None]:
    """As on the command line (an editor test earlier in this process may have turned it off)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_pause_holds_on_the_main_thread_and_ends_with_it() -> None:
    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # nested: only the outer block resumes
    assert gc.isenabled()


def test_an_export_on_a_worker_thread_leaves_the_collector_to_the_gui_thread() -> None:
    seen: list[bool] = []

    def export() -> None:
        with gc_paused():
            seen.append(gc.isenabled())

    worker = threading.Thread(target=export)
    worker.start()
    worker.join()
    assert seen == [True] and gc.isenabled()

"""Workshop panels show themselves when used and never squeeze the Inspector (item 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from journeymapper.workshop import Workshop
from journeymapper.workshop.timer_state import TimerState
from journeymapper.workshop.timer_widgets import FrameFlash
from tests import ui_helpers, workshop_helpers
from tests.ui_helpers import SHOT_SIZE, activate, answer_next_dialog, save_shot

make_window = ui_helpers.make_window
workshop = workshop_helpers.workshop


class FakeClock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_starting_a_vote_or_the_timer_shows_its_panel(
    workshop: Workshop, qtbot: Any, tmp_path: Path
) -> None:
    window = workshop.window
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    qtbot.wait(20)
    inspector_width = window.inspector.width()
    assert not workshop.voting_dock.isVisible() and not workshop.timer_dock.isVisible()

    def fill_and_start(dialog: Any) -> None:
        dialog.names.setPlainText("Ann\nBo\nCy")
        qtbot.keyClick(dialog.budget, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, fill_and_start)
    workshop.start_vote.trigger()  # Workshop ▸ Start Voting…
    qtbot.waitUntil(lambda: window.document.journey.voting is not None)
    assert workshop.voting_dock.isVisible()

    activate(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert workshop.timer.timer.state is TimerState.RUNNING
    assert workshop.timer_dock.isVisible()
    for dock in (workshop.insights_dock, workshop.views_dock):
        dock.toggleViewAction().trigger()  # Workshop ▸ Insights, Saved Views
        assert dock.isVisible()
    qtbot.wait(20)
    # every panel opened, and the Inspector kept its width and most of its height
    assert window.inspector.width() >= min(inspector_width, 300)
    assert window.inspector.height() > 0.45 * window.height()
    assert window.view.width() > 0.6 * window.width()
    assert window.tabifiedDockWidgets(workshop.timer_dock)
    save_shot(window, "workshop-panels-tabbed.png", tmp_path)


def test_time_running_out_flashes_the_panel_the_canvas_and_the_presentation(
    workshop: Workshop, qtbot: Any, tmp_path: Path
) -> None:
    window = workshop.window
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)
    clock = FakeClock()
    workshop.timer.timer._clock = clock  # the one seam for time: no real waiting
    workshop.timer_panel.minutes.setValue(1)
    presentation = workshop.start_presentation()
    assert presentation is not None
    workshop.timer.start()
    assert not workshop.timer.beep  # sound is off unless chosen
    clock.now += 61
    workshop.timer.tick()
    assert workshop.timer_dock.isVisible()
    assert workshop.timer_panel.display.flashing
    flashes = window.view.viewport().findChildren(FrameFlash)
    assert flashes and flashes[0].isVisible()
    assert presentation.findChildren(FrameFlash)
    assert "Time is up" in window.statusBar().currentMessage()
    presentation.close()
    save_shot(window, "timer-ran-out.png", tmp_path)


def test_quick_capture_is_in_the_workshop_menu_once(workshop: Workshop) -> None:
    names = [a.text().replace("&", "") for a in workshop.menu.actions()]
    assert names.count("Quick Capture") == 1

"""Workshop timer: countdown, pause, +1 min and stopwatch on a fake clock (no real waiting)."""

from __future__ import annotations

from typing import Any

from journeymapper.workshop.timer_state import TimerState, WorkshopTimer, format_seconds
from journeymapper.workshop.timer_widgets import TimerController, TimerDisplay, TimerPanel


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_countdown_runs_pauses_and_ends_once() -> None:
    clock = FakeClock()
    timer = WorkshopTimer(clock)
    timer.set_countdown(120)
    assert timer.state is TimerState.IDLE and timer.remaining() == 120
    timer.start()
    clock.advance(30)
    assert timer.remaining() == 90 and not timer.poll()
    timer.pause()
    clock.advance(500)
    assert timer.state is TimerState.PAUSED and timer.remaining() == 90
    timer.start()
    clock.advance(89)
    assert not timer.poll() and timer.remaining() == 1
    clock.advance(5)
    assert timer.poll() is True
    assert timer.state is TimerState.FINISHED and timer.remaining() == 0
    assert timer.poll() is False  # the end is reported once


def test_plus_one_minute_extends_and_restarts_a_finished_countdown() -> None:
    clock = FakeClock()
    timer = WorkshopTimer(clock)
    timer.set_countdown(60)
    timer.start()
    clock.advance(20)
    timer.add_minute()
    assert timer.remaining() == 100
    clock.advance(100)
    assert timer.poll() and timer.state is TimerState.FINISHED
    timer.add_minute()
    assert timer.state is TimerState.RUNNING and timer.remaining() == 60
    clock.advance(60)
    assert timer.poll()


def test_stopwatch_counts_up_and_never_ends() -> None:
    clock = FakeClock()
    timer = WorkshopTimer(clock)
    timer.set_stopwatch()
    timer.start()
    clock.advance(75)
    assert timer.shown_seconds() == 75 and not timer.poll()
    timer.pause()
    clock.advance(10)
    assert timer.elapsed() == 75
    timer.add_minute()
    assert timer.elapsed() == 135
    timer.reset()
    assert timer.elapsed() == 0 and timer.state is TimerState.IDLE


def test_format_rounds_a_countdown_up() -> None:
    assert format_seconds(0.2) == "00:01"
    assert format_seconds(0) == "00:00"
    assert format_seconds(61, countdown=False) == "01:01"
    assert format_seconds(3725) == "1:02:05"


def test_controller_signals_the_end_and_the_display_flashes(qtbot: Any) -> None:
    clock = FakeClock()
    controller = TimerController(clock)
    display = TimerDisplay(controller)
    qtbot.addWidget(display)
    controller.set_countdown(1)
    controller.start()
    assert display.text() == "01:00"
    clock.advance(59.5)
    controller.tick()
    assert display.text() == "00:01" and not display.flashing
    clock.advance(1)
    with qtbot.waitSignal(controller.finished, timeout=1000):
        controller.tick()
    assert display.text() == "00:00"
    assert display.flashing
    assert controller.timer.state is TimerState.FINISHED


def test_panel_buttons_drive_the_timer(qtbot: Any) -> None:
    clock = FakeClock()
    controller = TimerController(clock)
    panel = TimerPanel(controller)
    qtbot.addWidget(panel)
    panel.minutes.setValue(2)
    panel.start_pause.click()
    assert controller.timer.state is TimerState.RUNNING
    assert panel.start_pause.text() == "Pause"
    clock.advance(30)
    panel.start_pause.click()
    assert controller.timer.state is TimerState.PAUSED
    assert panel.display.text() == "01:30"
    panel.plus.click()
    assert panel.display.text() == "02:30"
    panel.mode.setCurrentIndex(1)
    assert controller.timer.state is TimerState.IDLE and panel.display.text() == "00:00"

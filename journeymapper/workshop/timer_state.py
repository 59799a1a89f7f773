"""The workshop timer's state machine (countdown or stopwatch) on an injectable clock, no Qt."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

Clock = Callable[[], float]
MINUTE = 60.0


class TimerMode(Enum):
    COUNTDOWN = "countdown"
    STOPWATCH = "stopwatch"


class TimerState(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class WorkshopTimer:
    """Counts down from a duration or up from zero; ``poll`` reports the moment a countdown ends.

    Time comes from ``clock`` (seconds, monotonic), so tests drive it with a fake clock.
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.mode = TimerMode.COUNTDOWN
        self.duration = 5 * MINUTE
        self.state = TimerState.IDLE
        self._banked = 0.0  # seconds counted before the current run
        self._since: float | None = None  # clock value when the current run started

    # --------------------------------------------------------------- setup
    def set_countdown(self, seconds: float) -> None:
        """Switch to a countdown of ``seconds`` (resets the timer)."""
        self.mode = TimerMode.COUNTDOWN
        self.duration = max(1.0, float(seconds))
        self.reset()

    def set_stopwatch(self) -> None:
        self.mode = TimerMode.STOPWATCH
        self.reset()

    # ------------------------------------------------------------ controls
    def start(self) -> None:
        """Start, or resume after a pause; a finished countdown starts over."""
        if self.state is TimerState.RUNNING:
            return
        if self.state is TimerState.FINISHED:
            self._banked = 0.0
        self._since = self._clock()
        self.state = TimerState.RUNNING

    def pause(self) -> None:
        if self.state is not TimerState.RUNNING:
            return
        self._banked = self.elapsed()
        self._since = None
        self.state = TimerState.PAUSED

    def toggle(self) -> None:
        """Start when stopped or paused, pause when running."""
        if self.state is TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self._banked = 0.0
        self._since = None
        self.state = TimerState.IDLE

    def add_minute(self) -> None:
        """One more minute on the clock; a countdown that has ended runs again for that minute."""
        if self.mode is TimerMode.STOPWATCH:
            self._banked += MINUTE
            return
        if self.state is TimerState.FINISHED:
            self.duration = self.elapsed() + MINUTE
            self._banked = self.duration - MINUTE
            self._since = self._clock()
            self.state = TimerState.RUNNING
            return
        self.duration += MINUTE

    # ------------------------------------------------------------- reading
    def elapsed(self) -> float:
        """Seconds counted so far (a countdown stops counting at its duration)."""
        running = self._clock() - self._since if self._since is not None else 0.0
        total = self._banked + running
        if self.mode is TimerMode.COUNTDOWN:
            total = min(total, self.duration)
        return max(0.0, total)

    def remaining(self) -> float:
        """Seconds left on a countdown (0 for a stopwatch)."""
        if self.mode is TimerMode.STOPWATCH:
            return 0.0
        return max(0.0, self.duration - self.elapsed())

    def shown_seconds(self) -> float:
        """What the display shows: time left on a countdown, time elapsed on a stopwatch."""
        return self.elapsed() if self.mode is TimerMode.STOPWATCH else self.remaining()

    def poll(self) -> bool:
        """Bring the state up to date; True exactly once, when a running countdown reaches 0."""
        if (
            self.mode is TimerMode.COUNTDOWN
            and self.state is TimerState.RUNNING
            and self.remaining() <= 0
        ):
            self._banked = self.duration
            self._since = None
            self.state = TimerState.FINISHED
            return True
        return False


def format_seconds(seconds: float, countdown: bool = True) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour); a countdown rounds up so 0:00 means the end."""
    whole = int(-(-seconds // 1)) if countdown else int(seconds)
    hours, rest = divmod(max(0, whole), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"

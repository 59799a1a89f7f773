"""The timer on screen: a ticking controller, a large flashing display and the control panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .timer_state import Clock, TimerMode, TimerState, WorkshopTimer, format_seconds

TICK_MS = 200
FLASHES = 10
FLASH_MS = 300


class TimerController(QObject):
    """Owns the timer state; ticks while running; emits ``changed``, and ``finished`` at the end."""

    changed = Signal()
    finished = Signal()

    def __init__(self, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = WorkshopTimer(clock) if clock is not None else WorkshopTimer()
        self.beep = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    def tick(self) -> None:
        """Poll the state (the ticker calls this; tests call it after moving a fake clock)."""
        ended = self.timer.poll()
        if self.timer.state is not TimerState.RUNNING:
            self._ticker.stop()
        self.changed.emit()
        if ended:
            if self.beep:
                QApplication.beep()
            self.finished.emit()

    def _after(self) -> None:
        if self.timer.state is TimerState.RUNNING:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.changed.emit()

    def start(self) -> None:
        self.timer.start()
        self._after()

    def pause(self) -> None:
        self.timer.pause()
        self._after()

    def toggle(self) -> None:
        self.timer.toggle()
        self._after()

    def reset(self) -> None:
        self.timer.reset()
        self._after()

    def add_minute(self) -> None:
        self.timer.add_minute()
        self._after()

    def set_countdown(self, minutes: int) -> None:
        self.timer.set_countdown(minutes * 60)
        self._after()

    def set_stopwatch(self) -> None:
        self.timer.set_stopwatch()
        self._after()

    def text(self) -> str:
        countdown = self.timer.mode is TimerMode.COUNTDOWN
        return format_seconds(self.timer.shown_seconds(), countdown)


class TimerDisplay(QLabel):
    """Large digits; when a countdown ends the display flashes (inverted colours) a few times."""

    def __init__(
        self, controller: TimerController, point_size: int = 40, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("timer_display")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(point_size)
        font.setBold(True)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timer"))
        self.flashes_left = 0
        self._inverted = False
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._blink)
        controller.changed.connect(self.refresh)
        controller.finished.connect(self.flash)
        self.refresh()

    @property
    def flashing(self) -> bool:
        return self.flashes_left > 0

    def refresh(self) -> None:
        self.setText(self.controller.text())
        self._paint()

    def flash(self) -> None:
        self.flashes_left = FLASHES
        self._inverted = True
        self._paint()
        self._flash.start()

    def _blink(self) -> None:
        self.flashes_left -= 1
        self._inverted = not self._inverted and self.flashes_left > 0
        if self.flashes_left <= 0:
            self._flash.stop()
        self._paint()

    def _paint(self) -> None:
        ended = self.controller.timer.state is TimerState.FINISHED
        if self._inverted:
            style = "background:#b00020; color:#ffffff;"
        elif ended:
            style = "background:#ffffff; color:#b00020;"
        else:
            style = "background:#ffffff; color:#000000;"
        self.setStyleSheet(
            f"QLabel#timer_display {{{style} border:3px solid #000; padding:4px 12px;}}"
        )


class FrameFlash(QWidget):
    """A thick red frame blinking over ``target`` a few times, then gone (time is up)."""

    WIDTH = 10

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("time_up_flash")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.flashes_left = FLASHES
        self.setGeometry(target.rect())
        self._timer = QTimer(self)
        self._timer.setInterval(FLASH_MS)
        self._timer.timeout.connect(self._blink)
        self._timer.start()
        self.show()
        self.raise_()

    def _blink(self) -> None:
        self.flashes_left -= 1
        if self.flashes_left <= 0:
            self._timer.stop()
            self.hide()
            self.deleteLater()
            return
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(not self.isVisible())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        pen = QPen(QColor("#b00020"), self.WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()


class TimerPanel(QWidget):
    """Countdown or stopwatch, minutes, Start/Pause, +1 min, Reset, sound; the display on top."""

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.display = TimerDisplay(controller, 32, self)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Countdown"), TimerMode.COUNTDOWN)
        self.mode.addItem(self.tr("Stopwatch"), TimerMode.STOPWATCH)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 180)
        self.minutes.setValue(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.start_pause = QPushButton(self.tr("Start"), self)
        self.plus = QPushButton(self.tr("+1 min"), self)
        self.reset = QPushButton(self.tr("Reset"), self)
        self.sound = QCheckBox(self.tr("Sound at the end"), self)
        row = QHBoxLayout()
        row.addWidget(self.mode)
        row.addWidget(self.minutes)
        buttons = QHBoxLayout()
        for button in (self.start_pause, self.plus, self.reset):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.sound)
        layout.addStretch(1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.minutes.valueChanged.connect(self._mode_changed)
        self.start_pause.clicked.connect(controller.toggle)
        self.plus.clicked.connect(controller.add_minute)
        self.reset.clicked.connect(controller.reset)
        self.sound.toggled.connect(self._sound)
        controller.changed.connect(self._update_buttons)
        self._mode_changed()

    def _sound(self, on: bool) -> None:
        self.controller.beep = on

    def _mode_changed(self) -> None:
        countdown = self.mode.currentData() is TimerMode.COUNTDOWN
        self.minutes.setEnabled(countdown)
        if countdown:
            self.controller.set_countdown(self.minutes.value())
        else:
            self.controller.set_stopwatch()

    def _update_buttons(self) -> None:
        running = self.controller.timer.state is TimerState.RUNNING
        paused = self.controller.timer.state is TimerState.PAUSED
        if running:
            self.start_pause.setText(self.tr("Pause"))
        elif paused:
            self.start_pause.setText(self.tr("Resume"))
        else:
            self.start_pause.setText(self.tr("Start"))

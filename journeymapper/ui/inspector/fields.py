"""Editor widgets that report a user's finished edit once (``committed``), never a reload."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

NONE_TEXT = "—"


class LineField(QLineEdit):
    """One line of text; commits on Enter or focus loss when the text changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.editingFinished.connect(self._finish)

    def set_value(self, value: str) -> None:
        self._value = value
        if self.text() != value:
            self.setText(value)
            self.setCursorPosition(0)

    def _finish(self) -> None:
        if self.text() != self._value:
            self._value = self.text()
            self.committed.emit(self._value)


class TextField(QPlainTextEdit):
    """Several lines of text; commits on focus loss when the text changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self._value = ""
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)

    def set_value(self, value: str) -> None:
        self._value = value
        if self.toPlainText() != value:
            self.setPlainText(value)

    def commit(self) -> None:
        if self.toPlainText() != self._value:
            self._value = self.toPlainText()
            self.committed.emit(self._value)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


class ChoiceField(QComboBox):
    """A closed list of values (an enum, or None shown as a dash); commits on user choice."""

    committed = Signal(object)

    def __init__(self, items: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for label, value in items:
            self.addItem(label, value)
        self.activated.connect(lambda index: self.committed.emit(self.itemData(index)))

    def set_value(self, value: Any) -> None:
        for index in range(self.count()):
            if self.itemData(index) == value:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(-1)


class CheckField(QCheckBox):
    """A yes/no field; commits on click."""

    committed = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(self.committed.emit)

    def set_value(self, value: bool) -> None:
        self.setChecked(value)


class NumberField(QDoubleSpinBox):
    """A number in a range, or nothing (the dash below the minimum); commits once per edit."""

    committed = Signal(object)

    def __init__(
        self,
        minimum: float,
        maximum: float,
        *,
        decimals: int = 0,
        optional: bool = True,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._loading = False
        self.setDecimals(decimals)
        self.setKeyboardTracking(False)
        self.setSuffix(suffix)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_range(minimum, maximum)
        self.valueChanged.connect(self._changed)

    def set_range(self, minimum: float, maximum: float) -> None:
        self._loading = True
        step = 1.0 if self.decimals() == 0 else 10.0 ** -self.decimals()
        low = minimum - step if self._optional else minimum
        self.setRange(low, maximum)
        self.setSpecialValueText(NONE_TEXT if self._optional else "")
        self._loading = False

    def set_value(self, value: float | None) -> None:
        self._loading = True
        self.setValue(self.minimum() if value is None else value)
        self._loading = False

    def current(self) -> float | int | None:
        value = self.value()
        if self._optional and value == self.minimum():
            return None
        return int(value) if self.decimals() == 0 else value

    def _changed(self, _value: float) -> None:
        if not self._loading:
            self.committed.emit(self.current())


class IntField(QSpinBox):
    """A whole number in a fixed range; commits once per edit."""

    committed = Signal(int)

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valueChanged.connect(lambda v: None if self._loading else self.committed.emit(v))

    def set_value(self, value: int) -> None:
        self._loading = True
        self.setValue(value)
        self._loading = False


def swatch(colour: str, size: int = 16) -> QIcon:
    """A small square icon of a colour (a white square with no colour)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if colour else QColor("#ffffff"))
    return QIcon(pixmap)


class ColourField(QPushButton):
    """A colour as #rrggbb, chosen with the platform colour dialog."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.clicked.connect(self._choose)

    def set_value(self, value: str) -> None:
        self._value = value
        self.setIcon(swatch(value))
        self.setText(value or QCoreApplication.translate("ColourField", "none"))

    def _choose(self) -> None:
        initial = QColor(self._value) if self._value else QColor("#ffffff")
        title = QCoreApplication.translate("ColourField", "Choose a colour")
        colour = QColorDialog.getColor(initial, self, title)
        if colour.isValid() and colour.name() != self._value:
            self.set_value(colour.name())
            self.committed.emit(colour.name())

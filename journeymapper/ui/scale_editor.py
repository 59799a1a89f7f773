"""The emotion-scale part of map settings: minimum, maximum, a label per value, remap choice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import EmotionScale
from ..model.rules import MAX_SCALE_SPAN


class ScaleEditor(QWidget):
    """Edits an EmotionScale; ``scale()`` returns the result, ``remap()`` the user's choice."""

    def __init__(self, scale: EmotionScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = dict(scale.labels)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.minimum = QSpinBox(self)
        self.maximum = QSpinBox(self)
        for spin in (self.minimum, self.maximum):
            spin.setRange(-MAX_SCALE_SPAN, MAX_SCALE_SPAN)
        self.minimum.setValue(scale.minimum)
        self.maximum.setValue(scale.maximum)
        form.addRow(self.tr("L&owest value:"), self.minimum)
        form.addRow(self.tr("&Highest value:"), self.maximum)
        layout.addLayout(form)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Label")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.remap_box = QCheckBox(
            self.tr("&Rescale existing emotion values to the new range"), self
        )
        self.remap_box.setChecked(True)
        self.remap_box.setToolTip(
            self.tr("Without rescaling, a range that leaves values outside it is refused.")
        )
        layout.addWidget(self.remap_box)
        self.minimum.valueChanged.connect(lambda _v: self._rebuild())
        self.maximum.valueChanged.connect(lambda _v: self._rebuild())
        self._rebuild()

    def _collect(self) -> None:
        for row in range(self.table.rowCount()):
            value_item, label_item = self.table.item(row, 0), self.table.item(row, 1)
            if value_item is None:
                continue
            value = int(value_item.text())
            label = label_item.text().strip() if label_item is not None else ""
            if label:
                self._labels[value] = label
            else:
                self._labels.pop(value, None)

    def _rebuild(self) -> None:
        self._collect()
        low, high = self.minimum.value(), self.maximum.value()
        values = list(range(low, high + 1)) if high - low <= MAX_SCALE_SPAN else []
        self.table.setRowCount(len(values))
        for row, value in enumerate(values):
            number = QTableWidgetItem(str(value))
            number.setFlags(number.flags() & ~number.flags().ItemIsEditable)
            self.table.setItem(row, 0, number)
            self.table.setItem(row, 1, QTableWidgetItem(self._labels.get(value, "")))

    def scale(self) -> EmotionScale:
        self._collect()
        low, high = self.minimum.value(), self.maximum.value()
        labels = {v: text for v, text in self._labels.items() if low <= v <= high}
        return EmotionScale(low, high, labels)

    def remap(self) -> bool:
        return self.remap_box.isChecked()

"""Emotion values per persona (as-is and to-be) and the metrics of one touchpoint."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from ...commands import SetEmotion, SetMetric
from ...model import Metric, Touchpoint
from ...model.rules import METRIC_RANGES
from ..edit_context import EditContext
from ..vocabulary import metric_labels
from .fields import NumberField, swatch

_DECIMALS = {Metric.NPS: 0}


class EmotionsBox(QGroupBox):
    """One row per persona: as-is and to-be, limited to the map's emotion scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Emotions"))
        self.grid = QGridLayout(self)
        self.context: EditContext | None = None
        self.tp_id = ""
        self._shape: tuple[object, ...] = ()
        self._rows: dict[str, tuple[NumberField, NumberField]] = {}

    def show_touchpoint(self, context: EditContext, tp: Touchpoint) -> None:
        self.context = context
        self.tp_id = tp.id
        journey = context.journey
        scale = journey.emotion_scale
        personas = journey.personas()
        shape = (scale, tuple((p.id, p.name, p.colour) for p in personas))
        if shape != self._shape:
            self._rebuild(context)
            self._shape = shape
        for persona_id, (as_is, to_be) in self._rows.items():
            emotion = tp.emotions.get(persona_id)
            as_is.set_value(emotion.as_is if emotion else None)
            to_be.set_value(emotion.to_be if emotion else None)

    def _rebuild(self, context: EditContext) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows.clear()
        scale = context.journey.emotion_scale
        personas = context.journey.personas()
        if not personas:
            self.grid.addWidget(QLabel(self.tr("Add a persona to record emotions."), self), 0, 0)
            return
        self.grid.addWidget(QLabel(self.tr("As is"), self), 0, 1)
        self.grid.addWidget(QLabel(self.tr("To be"), self), 0, 2)
        for row, persona in enumerate(personas, start=1):
            name = QLabel(persona.name, self)
            name.setWordWrap(True)
            marker = QLabel(self)
            marker.setPixmap(swatch(persona.colour, 12).pixmap(12, 12))
            self.grid.addWidget(marker, row, 3)
            self.grid.addWidget(name, row, 0)
            fields = []
            for column in (1, 2):
                field = NumberField(scale.minimum, scale.maximum, parent=self)
                field.setToolTip(
                    self.tr("From %1 to %2; the dash means no value")
                    .replace("%1", str(scale.minimum))
                    .replace("%2", str(scale.maximum))
                )
                field.committed.connect(lambda _v, pid=persona.id: self._commit(pid))
                self.grid.addWidget(field, row, column)
                fields.append(field)
            self._rows[persona.id] = (fields[0], fields[1])
        self.grid.setColumnStretch(0, 1)

    def _commit(self, persona_id: str) -> None:
        if self.context is None:
            return
        as_is, to_be = self._rows[persona_id]
        command = SetEmotion(
            self.context.journey, self.tp_id, persona_id, as_is.current(), to_be.current()
        )
        if not self.context.push(command):
            tp = self.context.journey.find(self.tp_id)
            if isinstance(tp, Touchpoint):
                self.show_touchpoint(self.context, tp)


class MetricsBox(QGroupBox):
    """CSAT, NPS, CES, conversion and drop-off of one touchpoint (a dash: not measured)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Metrics"))
        self.context: EditContext | None = None
        self.tp_id = ""
        grid = QGridLayout(self)
        self.fields: dict[str, NumberField] = {}
        suffixes = {Metric.CSAT: " %", Metric.CONVERSION: " %", Metric.DROP_OFF: " %"}
        for row, (metric, label) in enumerate(metric_labels().items()):
            low, high = METRIC_RANGES[metric]
            field = NumberField(
                low,
                high,
                decimals=_DECIMALS.get(metric, 1),
                suffix=suffixes.get(metric, ""),
                parent=self,
            )
            field.committed.connect(lambda value, name=metric.value: self._commit(name, value))
            grid.addWidget(QLabel(label, self), row, 0)
            grid.addWidget(field, row, 1)
            self.fields[metric.value] = field
        grid.setColumnStretch(1, 1)

    def show_touchpoint(self, context: EditContext, tp: Touchpoint) -> None:
        self.context = context
        self.tp_id = tp.id
        for name, field in self.fields.items():
            field.set_value(tp.metrics.get(name))

    def _commit(self, name: str, value: float | None) -> None:
        if self.context is None:
            return
        if not self.context.push(SetMetric(self.context.journey, self.tp_id, name, value)):
            tp = self.context.journey.find(self.tp_id)
            if isinstance(tp, Touchpoint):
                self.show_touchpoint(self.context, tp)

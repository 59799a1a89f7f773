"""Inspector forms for stages, lanes and flows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...model import Flow, FlowKind, Lane, Stage
from ...scene.context_menus import flow_kind_names
from ..vocabulary import lane_labels
from .annotations import AnnotationsBox
from .fields import CheckField, ChoiceField, ColourField, LineField, NumberField, TextField
from .form import EntityForm


class StageForm(EntityForm):
    """Name, goal, description and colour of a stage, and its pain points and opportunities."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = LineField(self)
        self.goal = TextField(self, lines=2)
        self.description = TextField(self)
        self.colour = ColourField(self)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Goal:"), self.goal)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Colour:"), self.colour)
        self.bind("name", self.name, self.tr("Rename stage"))
        self.bind("goal", self.goal, self.tr("Change stage goal"))
        self.bind("description", self.description, self.tr("Change stage description"))
        self.bind("colour", self.colour, self.tr("Change stage colour"))
        self.annotations = AnnotationsBox(self)
        self.outer.addWidget(self.annotations)
        self.outer.addStretch(1)

    def load(self, entity: Stage) -> None:
        self.heading.setText(self.tr("Stage"))
        self.name.set_value(entity.name)
        self.goal.set_value(entity.goal)
        self.description.set_value(entity.description)
        self.colour.set_value(entity.colour)
        if self.context is not None:
            self.annotations.show_target(self.context, entity.id)


class LaneForm(EntityForm):
    """Name and visibility of a lane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QLabel(self)
        self.name = LineField(self)
        self.hidden = CheckField(self.tr("&Hidden on the canvas and in exports"), self)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow("", self.hidden)
        self.bind("name", self.name, self.tr("Rename lane"))
        self.bind("hidden", self.hidden, self.tr("Show or hide lane"))
        self.outer.addStretch(1)

    def load(self, entity: Lane) -> None:
        self.heading.setText(self.tr("Lane"))
        self.kind.setText(lane_labels()[entity.kind])
        self.name.set_value(entity.name)
        self.hidden.set_value(entity.hidden)


class FlowForm(EntityForm):
    """Kind, label and conversion percentage of a flow between two touchpoints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.route = QLabel(self)
        self.route.setWordWrap(True)
        self.kind = ChoiceField([(label, kind) for kind, label in flow_kind_names().items()], self)
        self.label = LineField(self)
        self.percent = NumberField(0, 100, decimals=1, suffix=" %", parent=self)
        self.form.addRow(self.tr("From – to:"), self.route)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Label:"), self.label)
        self.form.addRow(self.tr("&Percent:"), self.percent)
        self.bind("kind", self.kind, self.tr("Change flow kind"))
        self.bind("label", self.label, self.tr("Change flow label"))
        self.bind("percent", self.percent, self.tr("Change flow percent"))
        self.outer.addStretch(1)

    def load(self, entity: Flow) -> None:
        self.heading.setText(self.tr("Flow"))
        journey = self.context.journey if self.context is not None else None
        source = journey.find(entity.source) if journey is not None else None
        target = journey.find(entity.target) if journey is not None and entity.target else None
        source_name = getattr(source, "name", "?")
        target_name = getattr(target, "name", self.tr("abandoned"))
        self.route.setText(f"{source_name} → {target_name}")
        self.kind.set_value(FlowKind(entity.kind))
        self.label.set_value(entity.label)
        self.percent.set_value(entity.percent)

"""The inspector form of a touchpoint: every field, emotions, metrics and annotations."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ...model import Channel, Evidence, Touchpoint
from ..vocabulary import channel_labels, evidence_labels
from .annotations import AnnotationsBox
from .fields import CheckField, ChoiceField, LineField, TextField
from .form import EntityForm
from .measures import EmotionsBox, MetricsBox
from .replaces import ReplacesRow


class TouchpointForm(EntityForm):
    """Name, channel, what happens, need, tools, owner, evidence, image, emotions, metrics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        channels = [(label, channel) for channel, label in channel_labels().items()]
        evidence = [(label, value) for value, label in evidence_labels().items()]
        self.name = LineField(self)
        self.channel = ChoiceField(channels, self)
        self.physical = CheckField(self.tr("&Physical (not digital)"), self)
        self.description = TextField(self)
        self.need = TextField(self, lines=2)
        self.tools = LineField(self)
        self.owner = LineField(self)
        self.evidence = ChoiceField(evidence, self)
        self.image = LineField(self)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._choose_image)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image, 1)
        image_row.addWidget(browse)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("C&hannel:"), self.channel)
        self.form.addRow("", self.physical)
        self.form.addRow(self.tr("&What happens:"), self.description)
        self.form.addRow(self.tr("Customer nee&d:"), self.need)
        self.form.addRow(self.tr("&Tools we use:"), self.tools)
        self.form.addRow(self.tr("&Owner team:"), self.owner)
        self.form.addRow(self.tr("E&vidence:"), self.evidence)
        image_label = QLabel(self.tr("&Image:"), self)
        image_label.setBuddy(self.image)
        self.form.addRow(image_label, image_row)
        self.replaces = ReplacesRow(
            lambda ids: self.change("replaces", ids, self.tr("Change replaced cards")), self
        )
        self.form.addRow(self.tr("Replaces:"), self.replaces)
        self.bind("name", self.name, self.tr("Rename touchpoint"))
        self.bind("channel", self.channel, self.tr("Change channel"))
        self.bind("physical", self.physical, self.tr("Change physical or digital"))
        self.bind("description", self.description, self.tr("Edit what happens"))
        self.bind("need", self.need, self.tr("Edit customer need"))
        self.bind("tools", self.tools, self.tr("Edit tools"))
        self.bind("owner", self.owner, self.tr("Change owner team"))
        self.bind("evidence", self.evidence, self.tr("Change evidence"))
        self.bind("image", self.image, self.tr("Change image"))
        self.emotions = EmotionsBox(self)
        self.metrics = MetricsBox(self)
        self.annotations = AnnotationsBox(self)
        for box in (self.emotions, self.metrics, self.annotations):
            self.outer.addWidget(box)
        self.outer.addStretch(1)

    def load(self, entity: Touchpoint) -> None:
        self.heading.setText(self.tr("Touchpoint"))
        self.name.set_value(entity.name)
        self.channel.set_value(Channel(entity.channel))
        self.physical.set_value(entity.physical)
        self.description.set_value(entity.description)
        self.need.set_value(entity.need)
        self.tools.set_value(entity.tools)
        self.owner.set_value(entity.owner)
        self.evidence.set_value(Evidence(entity.evidence) if entity.evidence else None)
        self.image.set_value(entity.image)
        if self.context is not None:
            self.replaces.show_card(self.context, entity)
            self.emotions.show_touchpoint(self.context, entity)
            self.metrics.show_touchpoint(self.context, entity)
            self.annotations.show_target(self.context, entity.id)

    def _choose_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            self.image.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.svg *.webp);;All files (*)"),
        )
        if path:
            self.image.set_value(path)
            self.change("image", path, self.tr("Change image"))

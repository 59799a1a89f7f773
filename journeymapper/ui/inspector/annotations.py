"""Pain points and opportunities: the list under a touchpoint or stage, and the annotation form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import AddEntity, RemoveEntities
from ...model import Annotation, AnnotationKind, EntityKind, Evidence
from ...templates.new_names import new_name
from ..edit_context import EditContext
from ..vocabulary import annotation_labels, evidence_labels
from .fields import ChoiceField, IntField, LineField, TextField
from .form import EntityForm


class AnnotationsBox(QGroupBox):
    """The annotations attached to one target, with add, edit and delete."""

    edit_requested = Signal(str)
    created = Signal(str)  # a new note: the inspector opens it ready for typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pain points and opportunities"))
        self.context: EditContext | None = None
        self.target = ""
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda item: self._edit(item))
        layout.addWidget(self.list)
        adds = QHBoxLayout()
        self.add_pain = QPushButton(self.tr("&Add pain point"), self)
        self.add_opportunity = QPushButton(self.tr("Add oppo&rtunity"), self)
        adds.addWidget(self.add_pain)
        adds.addWidget(self.add_opportunity)
        layout.addLayout(adds)
        edits = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        edits.addWidget(self.edit_button)
        edits.addWidget(self.delete_button)
        edits.addStretch(1)
        layout.addLayout(edits)
        self.add_pain.clicked.connect(lambda: self._add(AnnotationKind.PAIN_POINT))
        self.add_opportunity.clicked.connect(lambda: self._add(AnnotationKind.OPPORTUNITY))
        self.edit_button.clicked.connect(lambda: self._edit(self.list.currentItem()))
        self.delete_button.clicked.connect(self._delete)

    def show_target(self, context: EditContext, target: str) -> None:
        self.context = context
        self.target = target
        current = self._current_id()
        self.list.clear()
        labels = annotation_labels()
        for note in context.journey.annotations(target=target):
            text = self.tr("%1 · severity %2: %3")
            text = text.replace("%1", labels[note.kind]).replace("%2", str(note.severity))
            item = QListWidgetItem(text.replace("%3", note.text))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
            if note.id == current:
                self.list.setCurrentItem(item)
        has_items = self.list.count() > 0
        self.edit_button.setEnabled(has_items)
        self.delete_button.setEnabled(has_items)
        self.list.setVisible(has_items)

    def _current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _add(self, kind: AnnotationKind) -> None:
        if self.context is None:
            return
        what = "pain_point" if kind is AnnotationKind.PAIN_POINT else "opportunity"
        text = new_name(self.context.journey.language, what)
        fields = {"kind": kind, "target": self.target, "text": text}
        command = AddEntity(self.context.journey, EntityKind.ANNOTATION, fields)
        if self.context.push(command):
            self.created.emit(command.entity_id)

    def _edit(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.edit_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _delete(self) -> None:
        note_id = self._current_id()
        if self.context is None or not note_id:
            return
        command = RemoveEntities(self.context.journey, [note_id], text=self.tr("Delete annotation"))
        self.context.push(command)


class AnnotationForm(EntityForm):
    """Every field of a pain point or an opportunity."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kinds = [(label, kind) for kind, label in annotation_labels().items()]
        evidence = [(label, value) for value, label in evidence_labels().items()]
        self.kind = ChoiceField(kinds, self)
        self.text = TextField(self)
        self.severity = IntField(1, 5, self)
        self.owner = LineField(self)
        self.evidence = ChoiceField(evidence, self)
        self.votes = IntField(0, 9999, self)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Text:"), self.text)
        self.form.addRow(self.tr("&Severity (1–5):"), self.severity)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        self.form.addRow(self.tr("&Evidence:"), self.evidence)
        self.form.addRow(self.tr("&Votes:"), self.votes)
        self.bind("kind", self.kind, self.tr("Change annotation kind"))
        self.bind("text", self.text, "")  # named by kind: "Edit opportunity text “…”"
        self.bind("severity", self.severity, self.tr("Change severity"))
        self.bind("owner", self.owner, self.tr("Change owner"))
        self.bind("evidence", self.evidence, self.tr("Change evidence"))
        self.bind("votes", self.votes, self.tr("Change votes"))
        self.back = QPushButton(self)
        self.back.clicked.connect(self._back)
        self.outer.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self.outer.addStretch(1)

    def load(self, entity: Annotation) -> None:
        self.heading.setText(annotation_labels()[entity.kind])
        self.kind.set_value(AnnotationKind(entity.kind))
        self.text.set_value(entity.text)
        self.severity.set_value(entity.severity)
        self.owner.set_value(entity.owner)
        self.evidence.set_value(Evidence(entity.evidence) if entity.evidence else None)
        self.votes.set_value(entity.votes)
        target = self.context.journey.find(entity.target) if self.context else None
        name = getattr(target, "name", "")
        self.back.setText(self.tr("← Back to “%1”").replace("%1", name))

    def _back(self) -> None:
        entity = self.entity()
        if isinstance(entity, Annotation):
            self.open_requested.emit(entity.target)

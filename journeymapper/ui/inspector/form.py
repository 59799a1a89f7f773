"""The base of every inspector form: one entity id, reload from the model, edit via commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...commands import ChangeAttributes
from ...model import Entity
from ..edit_context import EditContext


class EntityForm(QWidget):
    """Shows one entity; ``load`` fills the fields, ``change`` pushes one ChangeAttributes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: EditContext | None = None
        self.entity_id = ""
        self._bound: list[tuple[str, Any]] = []  # (attribute, field) pairs made by bind()
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.outer.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)

    def show_entity(self, context: EditContext, entity_id: str) -> None:
        self.context = context
        self.entity_id = entity_id
        self.reload()

    def entity(self) -> Entity | None:
        if self.context is None or not self.entity_id:
            return None
        return self.context.journey.find(self.entity_id)

    def reload(self) -> None:
        entity = self.entity()
        if entity is not None:
            self.load(entity)
            self._show_hints()

    def _show_hints(self) -> None:
        """Empty fields show the template's guidance for them greyed (model hints)."""
        if self.context is None:
            return
        for name, field in self._bound:
            if hasattr(field, "setPlaceholderText"):
                field.setPlaceholderText(self.context.journey.hint(self.entity_id, name))

    def load(self, entity: Any) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def change(self, name: str, value: Any, text: str) -> None:
        """One field of the shown entity, as one undoable edit; reload if refused."""
        if self.context is None:
            return
        command = ChangeAttributes(self.context.journey, self.entity_id, {name: value}, text=text)
        if not self.context.push(command):
            self.reload()

    def bind(self, name: str, field: Any, text: str) -> None:
        """Connect a field's ``committed`` signal to a change of the attribute ``name``."""
        field.committed.connect(lambda value: self.change(name, value, text))
        self._bound.append((name, field))

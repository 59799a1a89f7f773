"""The New from Template dialog: a template and the language its texts are written in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Language
from ..templates import TEMPLATES
from .labels import language_labels, template_labels


class NewMapDialog(QDialog):
    """Choose a template and a language; ``choice()`` returns both after ``exec``."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Map from Template"))
        layout = QVBoxLayout(self)
        self.templates = QListWidget(self)
        names = template_labels()
        for name in TEMPLATES:
            item = QListWidgetItem(names.get(name, name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.templates)
        self.language = QComboBox(self)
        for code, label in language_labels().items():
            self.language.addItem(label, code.value)
        index = self.language.findData(language if language in set(Language) else "en")
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Language of the map:"), self.language)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str]:
        item = self.templates.currentItem()
        name = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "blank"
        return name, str(self.language.currentData())

"""The New from Template dialog: a template, the language of its texts and the map's title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Language
from ..templates import TEMPLATES, template_texts
from .vocabulary import language_labels, template_labels


class NewMapDialog(QDialog):
    """Choose a template, a language and a title; ``choice()`` returns them after ``exec``."""

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
        self.title = QLineEdit(self)
        self.title.setMinimumWidth(320)
        self._title_typed = False  # once the user typed a title, a new template keeps it
        self.title.textEdited.connect(lambda _text: setattr(self, "_title_typed", True))
        form.addRow(self.tr("T&itle:"), self.title)
        layout.addLayout(form)
        self.templates.currentRowChanged.connect(lambda _row: self._suggest_title())
        self.language.currentIndexChanged.connect(lambda _index: self._suggest_title())
        self._suggest_title()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _template(self) -> str:
        item = self.templates.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "blank"

    def _suggest_title(self) -> None:
        """Prefill the template's own title in the chosen language (until the user types)."""
        if not self._title_typed:
            texts = template_texts(self._template(), str(self.language.currentData()))
            self.title.setText(texts["map.title"])
            self.title.selectAll()

    def choice(self) -> tuple[str, str, str]:
        """(template, language, title): the title as typed, stripped."""
        return self._template(), str(self.language.currentData()), self.title.text().strip()

"""Preferences: the interface language (the system's or a chosen one; applies after a restart)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .settings_store import SettingsStore
from .vocabulary import language_labels

SYSTEM = ""  # the stored value meaning "follow the system locale"


class PreferencesDialog(QDialog):
    """Edits what SettingsStore remembers; the language takes effect after a restart."""

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), SYSTEM)
        for language, name in language_labels().items():
            self.language.addItem(name, language.value)
        index = self.language.findData(settings.language())
        self.language.setCurrentIndex(max(index, 0))
        note = QLabel(self.tr("A new language takes effect after you restart JourneyMapper."), self)
        note.setWordWrap(True)
        note.setObjectName("restart_note")
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The chosen language code, or "" to follow the system."""
        return str(self.language.currentData() or SYSTEM)

    def accept(self) -> None:
        self.settings.set_language(self.chosen_language())
        super().accept()

"""Map settings: title, description, author, language, emotion scale and lanes, one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..commands import ChangeEmotionScale, ChangeSetting, ModelCommand
from ..scene.actions import locked_hint
from .edit_context import EditContext
from .lanes_editor import LanesEditor
from .scale_editor import ScaleEditor
from .vocabulary import language_labels


class MapSettingsDialog(QDialog):
    """Edits the map's settings; OK applies every change as one undoable step."""

    def __init__(self, context: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        journey = context.journey
        self.setWindowTitle(self.tr("Map Settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        layout.addWidget(tabs, 1)
        general = QWidget(self)
        form = QFormLayout(general)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(journey.title, general)
        self.description = QPlainTextEdit(journey.description, general)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(journey.hint("", "description"))
        self.author = QLineEdit(journey.author, general)
        self.language = QComboBox(general)
        for code, label in language_labels().items():
            self.language.addItem(label, code.value)
        self.language.setCurrentIndex(self.language.findData(journey.language.value))
        self.language.setToolTip(self.tr("The language of the map's exports and labels"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Language:"), self.language)
        tabs.addTab(general, self.tr("&General"))
        self.scale = ScaleEditor(journey.emotion_scale, self)
        tabs.addTab(self.scale, self.tr("E&motion scale"))
        self.lanes = LanesEditor(journey, self)
        lanes_tab = tabs.addTab(self.lanes, self.tr("La&nes"))
        if journey.locked:  # the lanes are structure: they wait while the map is locked
            self.lanes.setEnabled(False)
            self.lanes.setToolTip(locked_hint())
            tabs.setTabToolTip(lanes_tab, locked_hint())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _steps(self, push: Callable[[ModelCommand], bool]) -> None:
        journey = self.context.journey
        values = {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText(),
            "author": self.author.text().strip(),
            "language": str(self.language.currentData()),
        }
        for name, value in values.items():
            if journey.setting(name) != value:
                push(ChangeSetting(journey, name, value))
        scale = self.scale.scale()
        if scale != journey.emotion_scale:
            push(ChangeEmotionScale(journey, scale, self.scale.remap()))
        self.lanes.apply(push)

    def apply(self) -> None:
        """Apply everything as one undo step; a refused change keeps the dialog open."""
        if self.context.macro(self.tr("Change map settings"), self._steps):
            self.accept()

"""Template instructions are grey hints in the editor and never reach an export (item 8)."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journeymapper.export.dispatch import export_file
from journeymapper.export.options import ExportOptions
from journeymapper.templates import build_template, template_texts
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.map_settings_dialog import MapSettingsDialog
from tests import ui_helpers
from tests.ui_helpers import SHOT_SIZE, activate, answer_next_dialog, save_shot

make_window = ui_helpers.make_window

LANGUAGES = ("en", "ru", "uk", "lv")


def _instructions(language: str) -> list[str]:
    texts = template_texts("blank", language)
    return [texts["map.description"], texts["persona.customer.description"]]


def test_new_from_template_asks_the_title_and_shows_the_instructions_as_hints(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    window.resize(*SHOT_SIZE)
    activate(qtbot, window)

    def blank_with_a_title(dialog: Any) -> None:
        dialog.templates.setCurrentRow(0)  # Blank
        assert dialog.title.text() == "New customer journey map"  # prefilled
        dialog.title.setFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.title, "Checkout workshop")
        save_shot(window, "new-from-template-title.png", tmp_path, dialog)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, blank_with_a_title)
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.document.journey.title == "Checkout workshop")
    activate(qtbot, window)
    journey = window.document.journey
    assert journey.description == ""
    persona = journey.personas()[0]
    assert persona.description == ""
    description = window.personas.description
    assert description.toPlainText() == ""
    assert description.placeholderText() == _instructions("en")[1]
    dialog = MapSettingsDialog(window.context, window)
    assert dialog.description.toPlainText() == ""
    assert dialog.description.placeholderText() == _instructions("en")[0]
    dialog.close()
    save_shot(window, "template-hints-grey.png", tmp_path)


def _export_texts(journey: Any, folder: Path) -> dict[str, str]:
    """What a stakeholder gets, read back from each file."""
    from pptx import Presentation

    texts: dict[str, str] = {}
    for suffix in ("pdf", "pptx", "svg", "csv", "xlsx", "mmd"):
        path = folder / f"map.{suffix}"
        export_file(journey, path, ExportOptions())
        if suffix == "pdf":
            texts[suffix] = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
        elif suffix == "pptx":
            deck = Presentation(str(path))
            parts = [
                shape.text_frame.text
                for slide in deck.slides
                for shape in slide.shapes
                if shape.has_text_frame
            ]
            parts += [
                slide.notes_slide.notes_text_frame.text
                for slide in deck.slides
                if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None
            ]
            texts[suffix] = "\n".join(parts) + deck.core_properties.subject
        elif suffix == "xlsx":
            with zipfile.ZipFile(path) as archive:
                texts[suffix] = "".join(
                    archive.read(name).decode("utf-8")
                    for name in archive.namelist()
                    if name.endswith(".xml")
                )
        else:
            texts[suffix] = path.read_text(encoding="utf-8")
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_export_carries_the_template_instructions(language: str, tmp_path: Path) -> None:
    journey = build_template("blank", language)
    texts = _export_texts(journey, tmp_path)
    persona = journey.personas()[0].name
    for suffix, text in texts.items():
        flat = " ".join(text.split())
        for instruction in _instructions(language):
            assert instruction[:25] not in flat, (suffix, instruction)
    assert persona in " ".join(texts["pdf"].split())  # the persona itself is exported

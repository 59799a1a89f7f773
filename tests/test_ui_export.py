"""File ▸ Export… and Edit ▸ Copy as image: real files from a worker thread, errors, preview."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from journeymapper.commands import ChangeSetting
from journeymapper.export.dispatch import export_file
from journeymapper.export.options import ExportOptions
from journeymapper.io.jmap import load_map
from journeymapper.model import JourneyMap
from journeymapper.ui.export_dialog import SUFFIXES, ExportDialog
from journeymapper.ui.export_runner import snapshot
from journeymapper.ui.main_window import MainWindow
from journeymapper.words.fields import field_labels
from tests import ui_helpers
from tests.ui_helpers import Boxes

boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window

WAIT_MS = 60_000


class Recorder:
    """Wraps the real exporter to note which thread ran it; optionally waits for a go-ahead."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.go = threading.Event()
        self.go.set()
        self.released_in_time = True

    def __call__(self, journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
        self.threads.append(threading.get_ident())
        self.released_in_time = self.go.wait(timeout=30)
        return export_file(journey, path, options)


@pytest.fixture
def recorder(window: MainWindow) -> Recorder:
    recorder = Recorder()
    window.interop.runner.exporter = recorder
    return recorder


def _results(window: MainWindow) -> dict[str, list[Any]]:
    results: dict[str, list[Any]] = {"exported": [], "failed": []}
    runner = window.interop.runner
    runner.exported.connect(lambda path, notes: results["exported"].append((path, notes)))
    runner.export_failed.connect(lambda text: results["failed"].append(text))
    return results


def _export_through_dialog(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    target: Path,
    setup: Callable[[ExportDialog], None] = lambda dialog: None,
) -> bool:
    """Open File ▸ Export…, pick ``target`` in the (mocked) file dialog and press Export."""
    chosen: list[str] = []

    def save_name(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        chosen.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))

    def drive() -> None:
        dialog = window.interop.dialog
        assert dialog is not None
        setup(dialog)
        dialog.browse()
        dialog.export_button.click()

    QTimer.singleShot(0, drive)
    accepted = window.interop.export_dialog()
    assert chosen, "the file dialog was not asked"
    return accepted


def test_export_dialog_writes_a_pdf_deck_in_a_worker_thread(
    window: MainWindow,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    results = _results(window)
    target = tmp_path / "deck.pdf"
    assert _export_through_dialog(window, monkeypatch, target)
    qtbot.waitUntil(lambda: bool(results["exported"]), timeout=WAIT_MS)
    assert recorder.threads and recorder.threads[0] != threading.get_ident()
    reader = PdfReader(str(target))
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) > 3
    assert window.document.journey.stages()[0].name in text
    assert str(target) in window.statusBar().currentMessage()
    assert not window.interop.runner.busy.isVisible()


def test_export_dialog_writes_story_slides_and_a_tiled_poster(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    results = _results(window)
    deck = tmp_path / "story.pdf"

    def story(dialog: ExportDialog) -> None:
        assert dialog.story.isEnabled() and not dialog.tile.isEnabled()
        dialog.story.setChecked(True)

    assert _export_through_dialog(window, monkeypatch, deck, story)
    qtbot.waitUntil(lambda: len(results["exported"]) == 1, timeout=WAIT_MS)
    text = " ".join(page.extract_text() for page in PdfReader(str(deck)).pages)
    assert "Lowest moment:" in text
    tiled = tmp_path / "tiled.pdf"

    def poster(dialog: ExportDialog) -> None:
        dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("poster"))
        assert dialog.tile.isEnabled() and not dialog.story.isEnabled()
        dialog.page.setCurrentIndex(dialog.page.findData("A2"))
        dialog.tile.setCurrentIndex(dialog.tile.findData("A4"))

    assert _export_through_dialog(window, monkeypatch, tiled, poster)
    qtbot.waitUntil(lambda: len(results["exported"]) == 2, timeout=WAIT_MS)
    pages = PdfReader(str(tiled)).pages
    assert len(pages) >= 4 and round(float(pages[0].mediabox.height)) in (595, 842)


def test_export_dialog_writes_a_transparent_png_that_reopens(
    window: MainWindow,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    results = _results(window)
    target = tmp_path / "map.png"

    def setup(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(SUFFIXES.index(".png"))
        assert dialog.dpi.isEnabled() and not dialog.layout_box.isEnabled()
        dialog.dpi.setValue(60)
        dialog.transparent.setChecked(True)

    assert _export_through_dialog(window, monkeypatch, target, setup)
    qtbot.waitUntil(lambda: bool(results["exported"]), timeout=WAIT_MS)
    with Image.open(target) as image:
        assert image.mode == "RGBA"
        assert image.getextrema()[3][0] == 0  # transparent background
        assert len(image.getcolors(1_000_000) or []) > 10  # something is drawn
    reopened = load_map(target)
    assert [s.name for s in reopened.stages()] == [s.name for s in window.document.journey.stages()]


def test_export_dialog_writes_a_pptx_deck(
    window: MainWindow,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    results = _results(window)
    target = tmp_path / "deck.pptx"
    assert _export_through_dialog(window, monkeypatch, target)
    qtbot.waitUntil(lambda: bool(results["exported"]), timeout=WAIT_MS)
    texts = [
        shape.text_frame.text
        for slide in Presentation(str(target)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    assert any(window.document.journey.title in text for text in texts)


def test_window_stays_responsive_while_exporting(
    window: MainWindow, recorder: Recorder, tmp_path: Path, qtbot: Any
) -> None:
    """The export waits in its worker until the GUI thread, in its event loop, edits the map."""
    results = _results(window)
    recorder.go.clear()
    target = tmp_path / "poster.pdf"
    journey = window.document.journey
    old_title = journey.title
    window.interop.export_to(target, ExportOptions(layout="poster"))
    seen: list[bool] = []

    def while_exporting() -> None:
        seen.append(window.interop.runner.is_busy() and not target.exists())
        window.context.push(ChangeSetting(journey, "title", "Changed while exporting"))
        recorder.go.set()

    QTimer.singleShot(0, while_exporting)
    qtbot.waitUntil(lambda: bool(results["exported"]), timeout=WAIT_MS)
    assert seen == [True]
    assert recorder.released_in_time
    assert window.interop.runner.busy.isHidden()
    text = PdfReader(str(target)).metadata.title
    assert text == old_title  # the export used the map as it was when it started


def test_unwritable_target_shows_one_error_and_writes_nothing(
    window: MainWindow, boxes: Boxes, tmp_path: Path, qtbot: Any
) -> None:
    results = _results(window)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    window.interop.export_to(blocker / "deck.pdf", ExportOptions())
    qtbot.waitUntil(lambda: bool(results["failed"]), timeout=WAIT_MS)
    assert boxes.kinds() == ["critical"]
    assert "deck.pdf" in boxes.calls[0][2]
    assert results["exported"] == []
    assert [p.name for p in out.iterdir()] == ["not-a-folder"]
    assert window.interop.runner.busy.isHidden()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_shows_one_error(
    window: MainWindow, boxes: Boxes, tmp_path: Path, qtbot: Any
) -> None:
    results = _results(window)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        window.interop.export_to(locked / "map.png", ExportOptions(dpi=36))
        qtbot.waitUntil(lambda: bool(results["failed"]), timeout=WAIT_MS)
    finally:
        locked.chmod(0o700)
    assert boxes.kinds() == ["critical"]
    assert list(locked.iterdir()) == []


def test_failed_export_keeps_the_existing_file(
    window: MainWindow, boxes: Boxes, tmp_path: Path, qtbot: Any
) -> None:
    results = _results(window)
    target = tmp_path / "old.svg"
    target.write_text("<svg>old</svg>", encoding="utf-8")
    window.interop.export_to(target, ExportOptions(view="No such view"))
    qtbot.waitUntil(lambda: bool(results["failed"]), timeout=WAIT_MS)
    assert boxes.kinds() == ["critical"]
    assert "No such view" in boxes.calls[0][2]
    assert target.read_text(encoding="utf-8") == "<svg>old</svg>"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_notes_of_a_format_go_to_the_status_bar(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    results = _results(window)
    target = tmp_path / "journey.mmd"
    window.interop.export_to(target, ExportOptions())
    qtbot.waitUntil(lambda: bool(results["exported"]), timeout=WAIT_MS)
    notes = results["exported"][0][1]
    assert notes
    assert notes[0] in window.statusBar().currentMessage()
    assert "journey" in target.read_text(encoding="utf-8")


def test_preview_shows_the_map(window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    journey = snapshot(window.document.journey)
    dialog = ExportDialog(
        journey, window.interop.runner, tmp_path / "x.pdf", ExportOptions(), window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        pass
    image = dialog.preview_image
    assert image is not None and not image.isNull()
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100
    assert len(_colours(image, 7)) > 5
    # a changed choice renders again (the print theme draws differently)
    dialog.theme.setCurrentIndex(dialog.theme.findData("projector"))
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        pass
    assert dialog.preview_image is not None and dialog.preview_image != image


def test_dialog_keeps_the_suffix_in_step_with_the_format(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    dialog = ExportDialog(
        snapshot(window.document.journey),
        window.interop.runner,
        tmp_path / "journey.pdf",
        ExportOptions(),
        window,
    )
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(SUFFIXES.index(".xlsx"))
    path, options = dialog.choice()
    assert path == tmp_path / "journey.xlsx"
    # a table, too, carries only what a view shows; only a PNG can embed the map
    assert options.view is None and dialog.view.isEnabled() and not dialog.embed.isEnabled()
    dialog.format.setCurrentIndex(SUFFIXES.index(".png"))
    assert dialog.embed.isEnabled() and dialog.embed.isChecked()
    dialog.embed.setChecked(False)
    assert dialog.choice()[1].embed is False
    dialog.format.setCurrentIndex(SUFFIXES.index(".pdf"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("poster"))
    assert dialog.page.isEnabled()
    dialog.page.setCurrentIndex(dialog.page.findData("A1"))
    path, options = dialog.choice()
    assert path.suffix == ".pdf" and options.layout == "poster" and options.page == "A1"
    dialog.path.clear()
    assert not dialog.export_button.isEnabled()


def test_copy_as_image_puts_the_map_on_the_clipboard(window: MainWindow, qtbot: Any) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.menus.copy_image.trigger()
    qtbot.waitUntil(lambda: not clipboard.image().isNull(), timeout=WAIT_MS)
    image = clipboard.image().convertToFormat(QImage.Format.Format_RGB32)
    assert image.width() > 300 and image.height() > 100
    assert len(_colours(image, 11)) > 5
    assert "image" in window.statusBar().currentMessage()


def test_copy_as_image_draws_the_saved_view_shown(window: MainWindow, qtbot: Any) -> None:
    journey = window.document.journey
    view = journey.add_view("Only the first stage", stages=[journey.stages()[0].id])
    window.document.scene.set_view_filter(view.id)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.interop.copy_image()
    qtbot.waitUntil(lambda: not clipboard.image().isNull(), timeout=WAIT_MS)
    narrow = clipboard.image()
    window.document.scene.set_view_filter(None)
    clipboard.clear()
    window.interop.copy_image()
    qtbot.waitUntil(lambda: not clipboard.image().isNull(), timeout=WAIT_MS)
    assert clipboard.image().width() > narrow.width()


def _colours(image: QImage, step: int) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_closing_the_window_lets_a_running_export_finish(
    window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "deck.pdf"
    window.interop.export_to(target, ExportOptions())
    window.close()
    assert len(PdfReader(str(target)).pages) > 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_dialog_writes_the_pains_table_as_csv(
    window: MainWindow,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    results = _results(window)
    target = tmp_path / "pains.csv"

    def choose_pains(dialog: ExportDialog) -> None:
        assert not dialog.table.isEnabled()  # the PDF default has no tables
        dialog.format.setCurrentIndex(SUFFIXES.index(".csv"))
        assert dialog.table.isEnabled()
        dialog.table.setCurrentIndex(dialog.table.findData("pains"))

    assert _export_through_dialog(window, monkeypatch, target, choose_pains)
    qtbot.waitUntil(lambda: bool(results["exported"]), timeout=WAIT_MS)
    header = target.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    words = field_labels(window.document.journey.language.value)
    assert header[:4] == [words["stage"], words["touchpoint"], words["kind"], words["text"]]


def test_a_typed_name_of_an_existing_file_is_replaced_only_after_asking(
    window: MainWindow, boxes: Boxes, tmp_path: Path, qtbot: Any
) -> None:
    """Like `export` without --force: an existing output is not overwritten unasked."""
    target = tmp_path / "old.csv"
    target.write_text("old", encoding="utf-8")
    dialog = ExportDialog(
        snapshot(window.document.journey), window.interop.runner, tmp_path / "map.csv",
        ExportOptions(), window,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.path.setText(str(target))
    boxes.answer = QMessageBox.StandardButton.No
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert boxes.calls[-1][:2] == ("question", "Replace file")
    boxes.answer = QMessageBox.StandardButton.Yes
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

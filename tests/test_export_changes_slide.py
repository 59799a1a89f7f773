"""The deck's "What changed since <snapshot>" slide: CLI, export dialog, language, type floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pypdf import PdfReader

from journeymapper.cli import main
from journeymapper.io.history import History, SnapshotKind, take_snapshot
from journeymapper.io.jmap import dumps_map, loads_map, save_map
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests import ui_helpers
from tests.test_export_slides import FOOTER_SHARE, colliding, type_sizes, word_boxes

make_window = ui_helpers.make_window

# The slide's title and a change line as a reader of each language expects them.
SAY = {
    "ru": ("Что изменилось с версии «до воркшопа»", "добавлена точка контакта «Примерка дома»"),
    "uk": ("Що змінилося від версії «до воркшопа»", "додано точку дотику «Примерка дома»"),
    "lv": ("Kas mainījies kopš versijas “до воркшопа”",
           "pievienots saskarsmes punkts “Примерка дома”"),
    "en": ('What changed since "до воркшопа"', 'added touchpoint "Примерка дома"'),
}  # fmt: skip


def _map_with_history(language: str, path: Path, more: int = 0) -> JourneyMap:
    """A map file with a snapshot "до воркшопа", a card added since and ``more`` cards renamed."""
    journey = build_template("e-shop", language)
    history = take_snapshot(journey, History(), SnapshotKind.MANUAL, "до воркшопа")
    stages = journey.stages()
    journey.add_touchpoint(stages[2].id, "Примерка дома", channel="courier")
    for i in range(more):
        stage = stages[i % len(stages)]
        journey.add_touchpoint(stage.id, f"Новая карточка номер {i} с длинным названием")
    save_map(journey, path, history)
    return journey


def _export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journeymapper", "export", *args],
                          capture_output=True, text=True, timeout=120)  # fmt: skip


@pytest.mark.parametrize("language", ["ru", "uk", "lv", "en"])
def test_the_cli_deck_gets_the_slide_in_the_maps_language(tmp_path: Path, language: str) -> None:
    source, out = tmp_path / "m.jmap", tmp_path / "deck.pdf"
    _map_with_history(language, source)
    # the command's own code, in this process (the subprocess runs are below)
    assert main(["export", str(source), str(out), "--changes-since", "до воркшопа"]) == 0
    pages = [page.extract_text() for page in PdfReader(out).pages]
    title, line = SAY[language]
    found = [i for i, text in enumerate(pages) if title in text]
    assert found == [2]  # right after the title and the overview
    assert line in pages[2]
    if language != "ru":
        return
    without = tmp_path / "plain.pdf"
    assert main(["export", str(source), str(without)]) == 0
    assert len(PdfReader(without).pages) == len(pages) - 1


def test_a_long_change_list_continues_legibly_on_further_slides(tmp_path: Path) -> None:
    source, out = tmp_path / "m.jmap", tmp_path / "deck.pdf"
    _map_with_history("ru", source, more=60)
    assert _export(str(source), str(out), "--changes-since", "до воркшопа").returncode == 0
    reader = PdfReader(out)
    titles = [i for i, p in enumerate(reader.pages) if "Что изменилось" in p.extract_text()]
    assert len(titles) >= 2 and "(продолжение)" in reader.pages[titles[1]].extract_text()
    sizes = type_sizes(reader)
    for number in titles:
        body = [(size, text) for size, y, text in sizes[number] if y < 540 * (1 - FOOTER_SHARE)]
        assert body and min(size for size, _text in body) >= 12 - 0.01, number
        assert colliding(word_boxes(out)[number]) == [], number


def test_the_powerpoint_deck_and_the_projector_get_it_too(tmp_path: Path) -> None:
    source = tmp_path / "m.jmap"
    _map_with_history("uk", source)
    deck = tmp_path / "deck.pptx"
    assert _export(str(source), str(deck), "--changes-since", "до воркшопа").returncode == 0
    slide = Presentation(str(deck)).slides[2]
    texts = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert SAY["uk"][0] in texts and SAY["uk"][1] in texts
    projector = tmp_path / "projector.pdf"
    args = (str(source), str(projector), "--changes-since", "до воркшопа", "--theme", "projector")
    assert _export(*args).returncode == 0
    body = [s for s, y, _t in type_sizes(PdfReader(projector))[2] if y < 540]
    assert min(body) >= 16 - 0.01


def test_another_map_file_can_be_the_baseline_and_bad_choices_are_one_line(
    tmp_path: Path,
) -> None:
    source = tmp_path / "m.jmap"
    journey = _map_with_history("ru", source)
    old = loads_map(dumps_map(journey))
    old.set_setting("title", "Старое название")
    save_map(old, tmp_path / "old.jmap")
    out = tmp_path / "deck.pdf"
    result = _export(str(source), str(out), "--changes-since", str(tmp_path / "old.jmap"))
    assert result.returncode == 0, result.stderr
    assert "карта: название Старое название →" in PdfReader(out).pages[2].extract_text()
    missing = _export(str(source), str(tmp_path / "x.pdf"), "--changes-since", "нет такого")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "no snapshot" in missing.stderr and not (tmp_path / "x.pdf").exists()
    png = _export(str(source), str(tmp_path / "x.png"), "--changes-since", "до воркшопа")
    assert png.returncode == 2 and "slide decks" in png.stderr


def test_the_export_dialog_offers_the_files_snapshots(make_window: Any, tmp_path: Path) -> None:
    from journeymapper.ui.export_dialog import ExportDialog

    source = tmp_path / "m.jmap"
    _map_with_history("lv", source)
    window = make_window()
    assert window.files.open_path(source, ask=False)
    interop = window.interop
    dialog = ExportDialog(window.document.journey, interop.runner, tmp_path / "deck.pdf",
                          interop.options, window, window.document.history)  # fmt: skip
    combo = dialog.since
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["до воркшопа"]
    assert dialog.options().since is None  # none unless chosen
    combo.setCurrentIndex(1)
    since = dialog.options().since
    assert since is not None and since.name == "до воркшопа"
    assert since.journey.touchpoint_count() == window.document.journey.touchpoint_count() - 1
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    assert not combo.isEnabled() and dialog.options().since is None
    dialog.deleteLater()

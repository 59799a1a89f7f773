"""The HTML export as a file: CLI and GUI, escaping, the policy, inline pictures, size."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog

from journeymapper.export.html import render_html
from journeymapper.export.html_data import script_json
from journeymapper.export.options import ExportOptions
from journeymapper.io.jmap import save_map
from journeymapper.model import JourneyMap, LaneKind
from journeymapper.templates import build_template
from journeymapper.ui.export_dialog import SUFFIXES, ExportDialog
from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers

boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeymapper", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_writes_one_small_self_contained_page(tmp_path: Path) -> None:
    source, out = tmp_path / "shop.jmap", tmp_path / "shop.html"
    save_map(build_template("e-shop", "ru"), source)
    done = _cli("export", str(source), str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text("utf-8")
    assert out.stat().st_size < 300_000
    assert page.startswith("<!DOCTYPE html>") and '<html lang="ru">' in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    rules = dict(rule.strip().split(" ", 1) for rule in policy.group(1).split(";"))
    assert rules["default-src"] == "'none'" and rules["connect-src"] == "'none'"
    assert rules["font-src"] == "data:" and rules["img-src"] == "data:"
    assert rules["script-src"].startswith("'sha256-")
    # nothing points outside the file
    assert not re.search(r'(?:src|href)\s*=\s*["\']?(?:https?:|//)', page)
    assert "@import" not in page and "url(http" not in page
    bad = _cli("export", str(source), str(tmp_path / "x.html"), "--view", "Nope")
    assert bad.returncode == 1 and bad.stderr.startswith("error: ")
    assert "no saved view named 'Nope'" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.html").exists()


def _page_of(journey: JourneyMap, **options: Any) -> str:
    return render_html(journey, ExportOptions(**options))[0].decode("utf-8")


def test_user_text_cannot_break_out_of_the_markup() -> None:
    nasty = "</text></svg><script>alert(1)</script>]]>\x00\x1b<!--"
    journey = JourneyMap(nasty)
    journey.add_lane(LaneKind.TOUCHPOINTS, nasty)
    stage = journey.add_stage(nasty)
    journey.add_touchpoint(stage.id, nasty, description=nasty)
    page = _page_of(journey)
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert page.count("</svg>") == 1 and "<!--" not in page
    assert "\x00" not in page and "\x1b" not in page
    data = re.search(r'<script type="application/json" id="jm-data">(.*?)</script>', page, re.S)
    assert data is not None
    names = [card["name"] for card in json.loads(data.group(1))["cards"].values()]
    assert names == [nasty]  # the data keeps the text exactly


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_page_data_never_closes_its_script_element(text: str) -> None:
    encoded = script_json({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"t": text}


def test_pictures_go_inline_and_missing_ones_are_noted(tmp_path: Path) -> None:
    picture = tmp_path / "shelf.png"
    Image.new("RGB", (4, 3), "red").save(picture)
    journey = build_template("e-shop", "en")
    first, second = journey.touchpoints()[:2]
    journey.update(first.id, image=str(picture))
    journey.update(second.id, image=str(tmp_path / "gone.png"))
    page, notes = render_html(journey, ExportOptions())
    assert b"data:image/png;base64," in page and str(picture).encode() not in page
    assert notes == [f"image {str(tmp_path / 'gone.png')!r} left out "
                     "(not a readable PNG, JPEG, GIF or WebP ≤ 2 MB)"]  # fmt: skip


def test_persona_option_keeps_only_that_persona() -> None:
    journey = build_template("e-shop", "lv")
    kept, dropped = journey.personas()[:2]
    page = _page_of(journey, persona=kept.name)
    assert kept.name in page and dropped.name not in page


def test_export_dialog_offers_the_web_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    target = tmp_path / "shared.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    exported: list[Path] = []
    window.interop.runner.exported.connect(lambda path, notes: exported.append(Path(path)))

    def drive() -> None:
        dialog = window.interop.dialog
        assert isinstance(dialog, ExportDialog)
        dialog.format.setCurrentIndex(SUFFIXES.index(".html"))
        assert dialog.view.isEnabled() and dialog.theme.isEnabled()
        assert not dialog.dpi.isEnabled() and not dialog.layout_box.isEnabled()
        assert "offline" in dialog.hint.text()
        dialog.browse()
        dialog.export_button.click()

    QTimer.singleShot(0, drive)
    assert window.interop.export_dialog()
    qtbot.waitUntil(lambda: bool(exported), timeout=60_000)
    page = target.read_text("utf-8")
    assert all(stage.name in page for stage in window.document.journey.stages())
    assert 'id="jm-map"' in page

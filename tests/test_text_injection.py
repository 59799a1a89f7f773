"""Card text that looks like code stays text: spreadsheets never run it as a formula, SVG
stays well-formed with every string shown as written, and our importers read it back."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from journeymapper.export.options import ExportOptions
from journeymapper.export.svg import render_svg
from journeymapper.io.csv_table import read_csv, write_csv
from journeymapper.io.safe_text import guard_cell, unguard_cell
from journeymapper.io.xlsx_table import read_xlsx, write_xlsx
from journeymapper.model import JourneyMap, LaneKind

FORMULAS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://example.invalid","click")',
    "'=1+1",
    "'quoted'",
    "-",
    "plain text",
]
MARKUP = [
    "<script>alert(1)</script>",
    "a]]>b",
    "</text><text>x",
    "R&D <b>bold</b> \"q\" 'a'",
    "\u202egnp.exe\u202c",
    "👩‍👩‍👧‍👦 family",
    "ctl\x01\x02\x1bend",
]


def _map(names: list[str]) -> JourneyMap:
    journey = JourneyMap("Injection")
    stage = journey.add_stage("Stage")
    journey.add_lane(LaneKind.TOUCHPOINTS, "Touchpoints")
    for name in names:
        journey.add_touchpoint(stage.id, name)
    return journey


def _names(journey: JourneyMap) -> list[str]:
    return [tp.name for tp in journey.touchpoints()]


def test_guard_round_trips_and_only_touches_risky_text() -> None:
    for text in FORMULAS + MARKUP:
        assert unguard_cell(guard_cell(text)) == text
        assert not guard_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert guard_cell("plain text") == "plain text"
    assert unguard_cell("'hello") == "'hello"  # someone else's apostrophe stays


def test_csv_cells_never_start_a_formula_and_read_back_unchanged() -> None:
    journey = _map(FORMULAS)
    data = write_csv(journey)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cards = [row[1] for row in rows[1:]]
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cards), cards
    assert "'=1+1" in cards and "'-" in cards and "plain text" in cards
    assert _names(read_csv(data, "back.csv")) == FORMULAS


def test_xlsx_cells_are_text_not_formulas_and_read_back_unchanged() -> None:
    journey = _map(FORMULAS)
    data = write_xlsx(journey)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet  # no formula element anywhere
    book = load_workbook(io.BytesIO(data))
    cells = {c.value: c for row in book.active.iter_rows(min_row=2) for c in row}
    for text in ("=1+1", "@SUM(1,1)", "+1+1"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix
    assert _names(read_xlsx(data, "back.xlsx")) == FORMULAS


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_real_spreadsheet_shows_the_text_instead_of_computing_it(tmp_path: Path) -> None:
    journey = _map(["=1+1", "+2+2", "@SUM(3,3)"])
    (tmp_path / "in.csv").write_bytes(write_csv(journey))
    (tmp_path / "book.xlsx").write_bytes(write_xlsx(journey))
    out = tmp_path / "out"
    for name in ("in.csv", "book.xlsx"):
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
             "--convert-to", "csv", "--outdir", str(out / name), str(tmp_path / name)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        text = next((out / name).glob("*.csv")).read_text(encoding="utf-8", errors="replace")
        assert "=1+1" in text and "+2+2" in text and "@SUM(3,3)" in text, text
        assert ",2," not in text and ",4," not in text and ",6," not in text, text


def test_svg_stays_well_formed_and_shows_every_string_as_text() -> None:
    journey = _map(MARKUP + FORMULAS)
    journey.set_setting("title", "<svg onload=alert(1)> ]]> title")
    svg = render_svg(journey, ExportOptions())
    root = ElementTree.fromstring(svg)  # raises on anything not well-formed
    ns = "{http://www.w3.org/2000/svg}"
    assert not [e for e in root.iter() if e.tag in (f"{ns}script", f"{ns}foreignObject")]
    assert not [e for e in root.iter() if any(k.startswith("on") for k in e.attrib)]
    shown = " ".join("".join(e.itertext()) for e in root.iter(f"{ns}text"))
    for text in ("<script>alert(1)</script>", "a]]>b", "</text><text>x", "R&D <b>bold</b>",
                 "\u202egnp.exe\u202c", "👩‍👩‍👧‍👦 family", "ctlend"):  # fmt: skip
        assert text in shown, text
    assert root.findtext(f"{ns}title") == "<svg onload=alert(1)> ]]> title"

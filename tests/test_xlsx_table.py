"""XLSX import and export with openpyxl: same columns as CSV, round trips, bad workbooks."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from table_helpers import table_content

from journeymapper.export.data_files import export_xlsx
from journeymapper.export.options import ExportOptions
from journeymapper.io.csv_table import write_csv
from journeymapper.io.errors import MapFileError
from journeymapper.io.importers import import_file
from journeymapper.io.xlsx_table import read_xlsx, write_xlsx
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template


def workbook(*rows: list[object], title: str = "") -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.properties.title = title or None
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_read_a_workbook_made_in_a_spreadsheet() -> None:
    data = workbook(
        [
            "Stage",
            "Touchpoint",
            "Channel",
            "Persona",
            "Emotion",
            "Pain point",
            "Opportunity",
            "Owner",
        ],
        ["Meklēšana", "Žurnāla reklāma", "ad", "Līga", 1, None, None, "Mārketings"],
        [None, "Sociālie tīkli", "social", "Līga", -1.5, "Par daudz reklāmu", None, None],
        ["Оплата", "Картка", "web", "Олег", 2, None, "Apple Pay", None],
        title="Ceļojums",
    )
    journey = read_xlsx(data, "ceļš.xlsx")
    assert journey.title == "Ceļojums"
    content = table_content(journey)
    assert content["stages"] == ["Meklēšana", "Оплата"]
    assert content["personas"] == ["Līga", "Олег"]
    assert content["touchpoints"] == [
        ("Meklēšana", "Žurnāla reklāma", "ad", {"Līga": 1}, {"Owner": "Mārketings"}),
        ("Meklēšana", "Sociālie tīkli", "social", {"Līga": -1.5}, {}),
        ("Оплата", "Картка", "web", {"Олег": 2}, {}),
    ]


def test_title_falls_back_to_the_file_name() -> None:
    assert read_xlsx(workbook(["stage", "touchpoint"], ["S", "T"]), "/x/Шлях.xlsx").title == "Шлях"


def test_errors_name_the_sheet_row_and_column() -> None:
    data = workbook([], ["stage", "touchpoint", "emotion"], ["S", "T", 1], ["S", "U", "дуже"])
    with pytest.raises(MapFileError) as caught:
        read_xlsx(data, "bad.xlsx")
    assert caught.value.problems[0].where == "row 4, column emotion"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a workbook at all",
        b"PK\x03\x04broken zip",
        b"stage,touchpoint\nS,T\n",
    ],
)
def test_not_an_xlsx_is_our_error(data: bytes) -> None:
    with pytest.raises(MapFileError, match="not an Excel .xlsx workbook"):
        read_xlsx(data, "bad.xlsx")


def test_a_zip_that_is_not_a_workbook_is_our_error() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(MapFileError, match="not an Excel"):
        read_xlsx(out.getvalue(), "zip.xlsx")


def test_written_workbook_has_a_bold_frozen_header_and_numbers() -> None:
    journey = build_template("e-shop", "ru")
    book = load_workbook(io.BytesIO(write_xlsx(journey)))
    sheet = book.active
    assert sheet.title == "Journey"
    assert [c.value for c in sheet[1]][:7] == [
        "stage", "touchpoint", "channel", "persona", "emotion", "pain_point", "opportunity"
    ]  # fmt: skip
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    emotions = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True) if row[4] != ""]
    assert emotions and all(isinstance(v, int | float) for v in emotions if v is not None)
    assert book.properties.title == journey.title


@pytest.mark.parametrize("language", ["en", "ru", "uk", "lv"])
def test_round_trip_map_xlsx_map_xlsx(language: str) -> None:
    journey = build_template("e-shop", language)
    again = read_xlsx(write_xlsx(journey), "again.xlsx")
    assert again.title == journey.title
    assert table_content(again) == table_content(journey)
    third = read_xlsx(write_xlsx(again), "third.xlsx")
    assert table_content(third) == table_content(journey)
    assert write_csv(third) == write_csv(journey)


def test_control_characters_cannot_break_the_workbook() -> None:
    journey = JourneyMap("Ctrl\x01")
    stage = journey.add_stage("S\x02")
    journey.add_touchpoint(stage.id, "T\x1f", notes={"n": "a\x00b"})
    again = read_xlsx(write_xlsx(journey), "c.xlsx")
    assert [t.name for t in again.touchpoints()] == ["T"]


def test_export_and_import_file(tmp_path: Path) -> None:
    journey = build_template("e-shop", "lv")
    out = tmp_path / "ceļojums.xlsx"
    notes = export_xlsx(journey, out, ExportOptions(persona=journey.personas()[0].name))
    assert len(notes) <= 1
    assert [p.name for p in import_file(out).personas()] == [journey.personas()[0].name]

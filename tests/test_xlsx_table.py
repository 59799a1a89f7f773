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
        ("Meklēšana", "Žurnāla reklāma", "ad", {"Līga": 1}, {}),
        ("Meklēšana", "Sociālie tīkli", "social", {"Līga": -1.5}, {}),
        ("Оплата", "Картка", "web", {"Олег": 2}, {}),
    ]
    assert journey.touchpoints()[0].owner == "Mārketings"  # a known field, not a note


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
    assert book.sheetnames == ["Путь клиента", "Болевые точки и возможности", "Метрики"]
    sheet = book.active
    assert [c.value for c in sheet[1]][:6] == [
        "Этап", "Точка контакта", "Канал", "Персона", "Эмоция", "Эмоция как должно быть"
    ]  # fmt: skip
    assert sheet["A1"].font.bold and sheet["A1"].font.name == "Calibri"
    assert sheet["B2"].font.name == "Calibri"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    emotions = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True) if row[4] != ""]
    assert emotions and all(isinstance(v, int | float) for v in emotions if v is not None)
    assert book.properties.title == journey.title
    channels = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "сайт" in channels and "web" not in channels


def test_journey_sheet_has_a_row_per_touchpoint_and_persona() -> None:
    journey = build_template("e-shop", "en")
    sheet = load_workbook(io.BytesIO(write_xlsx(journey)))["Journey"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(journey.touchpoints()) * len(journey.personas())
    header = [c.value for c in sheet[1]]
    emma = journey.personas()[0]
    checkout = next(tp for tp in journey.touchpoints() if tp.name == "Checkout form")
    row = next(r for r in rows if r[1] == "Checkout form" and r[3] == emma.name)
    record = dict(zip(header, row, strict=True))
    assert record["Emotion"] == checkout.emotions[emma.id].as_is
    assert record["Emotion to be"] == checkout.emotions[emma.id].to_be
    assert record["Owner"] == "E-commerce team" and record["Evidence"] == "observed"
    assert sheet.cell(2, header.index("What happens") + 1).alignment.wrap_text


def test_pains_sheet_ranks_severity_times_votes() -> None:
    journey = build_template("e-shop", "en")
    sheet = load_workbook(io.BytesIO(write_xlsx(journey)))["Pains & opportunities"]
    assert [c.value for c in sheet[1]] == [
        "Stage", "Touchpoint", "Kind", "Text", "Severity", "Votes", "Owner", "Evidence"
    ]  # fmt: skip
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(journey.annotations())
    scores = [(r[4] * r[5], r[4]) for r in rows]
    assert scores == sorted(scores, reverse=True) and scores[0][0] > 0
    texts = {a.text for a in journey.annotations()}
    assert {r[3] for r in rows} == texts


def test_metrics_sheet_and_a_rich_round_trip() -> None:
    journey = build_template("e-shop", "lv")
    book = load_workbook(io.BytesIO(write_xlsx(journey)))
    metrics = book.worksheets[2]
    assert metrics.title == "Rādītāji" and metrics["A1"].value == "Posms"
    again = read_xlsx(write_xlsx(journey), "again.xlsx")
    for old, new in zip(journey.touchpoints(), again.touchpoints(), strict=True):
        assert (new.name, new.metrics, new.owner, new.need, new.evidence) == (
            old.name, dict(old.metrics), old.owner, old.need, old.evidence
        )  # fmt: skip
        people = {p.id: p.name for p in journey.personas()}
        again_people = {p.id: p.name for p in again.personas()}
        assert {people[k]: v for k, v in old.emotions.items()} == {
            again_people[k]: v for k, v in new.emotions.items()
        }

    def notes(j: JourneyMap) -> list[tuple[str, str, int, int, str]]:
        return sorted((a.kind.value, a.text, a.severity, a.votes, a.owner) for a in j.annotations())

    assert notes(again) == notes(journey)


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

"""Imports with bounds: zip bombs, too many rows, adversarial Mermaid, unbounded validation.

How long the adversarial inputs take, and how much memory the largest accepted imports use,
is measured by ``make bench`` (bench/bench_bounds.py), not here.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from bench.bench_bounds import ADVERSARIAL_MERMAID
from journeymapper.io.errors import MapFileError
from journeymapper.io.import_common import MAX_IMPORT_ROWS
from journeymapper.io.importers import import_file
from journeymapper.io.jmap import load_map, save_map
from journeymapper.io.mermaid import read_mermaid
from journeymapper.io.xlsx_table import MAX_COLUMNS, MAX_UNPACKED, read_xlsx
from journeymapper.model import JourneyMap


def _workbook(rows: list[list[str]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _padded(data: bytes, part: str, padding: int) -> bytes:
    """The workbook with ``padding`` bytes of whitespace added to one part (compresses ~1000×)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            body = old.read(info)
            if info.filename == part:
                body = body.replace(b"<sheetData>", b"<sheetData>" + b" " * padding, 1)
            new.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


HEADER = ["stage", "touchpoint", "emotion"]


def test_an_xlsx_that_unpacks_too_far_is_refused_before_reading() -> None:
    bomb = _padded(_workbook([HEADER, ["A", "B", "1"]]), "xl/worksheets/sheet1.xml", MAX_UNPACKED)
    assert len(bomb) < MAX_UNPACKED // 500
    with pytest.raises(MapFileError) as caught:
        read_xlsx(bomb, "bomb.xlsx")
    assert (
        str(caught.value)
        == "bomb.xlsx: unpacks to 64 MB; an .xlsx import may unpack to at most 64 MB"
    )


def test_an_xlsx_whose_zip_understates_a_size_is_refused() -> None:
    """Reads stop at the declared size, so a lying header gives a broken sheet, not 2 GB."""
    data = bytearray(
        _padded(_workbook([HEADER, ["A", "B", "1"]]), "xl/worksheets/sheet1.xml", 10_000)
    )
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    name = b"xl/worksheets/sheet1.xml"
    at = data.rindex(name) - 46  # the central directory record of the sheet
    assert data[at : at + 4] == b"PK\x01\x02"
    data[at + 24 : at + 28] = (200).to_bytes(4, "little")  # declared uncompressed size
    assert sheet.file_size > 200
    with pytest.raises(MapFileError, match="is not an Excel .xlsx workbook"):
        read_xlsx(bytes(data), "liar.xlsx")


def test_an_xlsx_wider_than_the_limit_names_the_cell() -> None:
    data = _workbook([HEADER, ["A", "B", "1"] + [""] * (MAX_COLUMNS - 3) + ["far away"]])
    with pytest.raises(MapFileError) as caught:
        read_xlsx(data, "wide.xlsx")
    assert str(caught.value) == (
        f"wide.xlsx: has more than {MAX_COLUMNS} columns at row 2, column {MAX_COLUMNS + 1}"
    )


def test_a_declared_huge_sheet_dimension_does_not_pad_rows() -> None:
    data = _workbook([HEADER, ["Stage", "Card", "1"]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            body = old.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(
                    b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>'
                )
                assert b"XFD1048576" in body
            new.writestr(info, body)
    journey = read_xlsx(out.getvalue(), "dim.xlsx")
    assert [tp.name for tp in journey.touchpoints()] == ["Card"]


def test_a_csv_over_the_row_limit_is_refused_at_that_row(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    rows = "".join(f"S,Card {i}\n" for i in range(MAX_IMPORT_ROWS + 1))
    path.write_text("stage,touchpoint\n" + rows, encoding="utf-8")
    with pytest.raises(MapFileError) as caught:
        import_file(path)
    message = str(caught.value)
    assert "has more than 20,000 rows; an import makes at most 20,000" in message
    assert message.endswith(f"at row {MAX_IMPORT_ROWS + 2}")


def test_mermaid_caps_tasks_and_actors() -> None:
    tasks = "".join(f"  T{i}: 3\n" for i in range(MAX_IMPORT_ROWS + 1))
    with pytest.raises(MapFileError, match="more than 20,000 sections and tasks"):
        read_mermaid("journey\nsection S\n" + tasks, "many.mmd")
    actors = ", ".join(f"A{i}" for i in range(101))
    with pytest.raises(MapFileError, match="more than 100 different actors at line 2"):
        read_mermaid(f"journey\n T: 3: {actors}\n", "actors.mmd")


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_MERMAID))
def test_adversarial_mermaid_of_one_megabyte_ends_in_a_map_or_one_error(name: str) -> None:
    text = ADVERSARIAL_MERMAID[name]()
    assert len(text) >= 1_000_000 or name == "every private-use character"
    try:
        journey = read_mermaid(text, "x.mmd")
    except MapFileError as error:
        assert str(error).startswith("x.mmd: ") and "\n" not in str(error)
    else:
        assert isinstance(journey, JourneyMap)


def test_every_private_use_character_is_a_clear_error() -> None:
    planes = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))
    text = "journey\n%% " + "".join(chr(c) for plane in planes for c in plane)
    with pytest.raises(MapFileError, match="uses every private-use character"):
        read_mermaid(text, "pua.mmd")


def test_validation_stops_after_200_problems_and_counts_the_rest(tmp_path: Path) -> None:
    journey = JourneyMap("Views")
    journey.add_stage("Only")
    path = tmp_path / "views.jmap"
    save_map(journey, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["views"] = [{"id": "v", "name": "V", "stages": ["ghost"] * 5000}]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapFileError) as caught:
        load_map(path)
    error = caught.value
    assert len(error.problems) == 200 and error.more == 4800
    assert error.report()[-1] == f"{path}: … and 4,800 more problems"
    assert str(error).endswith("(and 4,999 more problems)")


def test_a_text_where_a_list_belongs_is_one_problem(tmp_path: Path) -> None:
    """20 MB of 'A' as views[].stages gave 20 million 'refers to A' problems."""
    journey = JourneyMap("Views")
    journey.add_stage("Only")
    path = tmp_path / "text.jmap"
    save_map(journey, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["views"] = [{"id": "v", "name": "V", "stages": "A" * 1_000_000}]
    data["voting"] = {"participants": "Anna", "budget": 3, "targets": "xyz"}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MapFileError) as caught:
        load_map(path)
    assert not any("refers to 'A'" in str(p) for p in caught.value.problems)
    assert len(caught.value.problems) < 10 and caught.value.more == 0

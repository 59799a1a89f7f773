"""Every importer answers any input with a map or one clean MapFileError, never a traceback:
CSV and Mermaid text, XLSX workbooks (random cells, damaged packages, entity expansion) and
PNG images whose text chunk holds anything."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from journeymapper.io.csv_table import read_csv
from journeymapper.io.errors import MapFileError
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.io.mermaid import read_mermaid
from journeymapper.io.table_rows import COLUMNS
from journeymapper.io.xlsx_table import read_xlsx, write_xlsx
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template

NASTY = st.sampled_from(
    ["", " ", "=1+1", "'=1", "-2", "+5", "3.5", "1e400", "nan", "\u202e", "👩‍👧", "\x00",
     "a\nb", '"', ";", ",", "x" * 5000, "Анна", "-999999999999999999999"]
)  # fmt: skip
CELL = st.text(max_size=12) | NASTY | st.integers().map(str) | st.floats().map(str)
HEADER = st.lists(st.sampled_from([*COLUMNS, "notes", "", "stage", "Emotion (Anna)"]), max_size=9)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean(read: Any, data: Any, source: str) -> JourneyMap | None:
    try:
        journey: JourneyMap = read(data, source)
    except MapFileError as error:
        line = str(error)
        assert line.startswith(f"{source}: ") and "\n" not in line, line
        return None
    dumps_map(journey)  # what was imported can be saved
    return journey


@SETTINGS
@given(HEADER, st.lists(st.lists(CELL, max_size=9), max_size=6), st.sampled_from([",", ";", "\t"]))
def test_any_csv_table_imports_or_gives_one_clean_error(
    header: list[str], rows: list[list[str]], delimiter: str
) -> None:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in [header, *rows]:
        writer.writerow(row)
    _clean(read_csv, out.getvalue().encode("utf-8", "surrogatepass"), "in.csv")


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_as_csv_or_xlsx(data: bytes) -> None:
    _clean(read_csv, data, "in.csv")
    _clean(read_xlsx, data, "in.xlsx")


MERMAID_LINE = st.one_of(
    st.just("journey"),
    st.builds(lambda t: f"title {t}", CELL),
    st.builds(lambda t: f"section {t}", CELL),
    st.builds(lambda a, b, c: f"  {a}: {b}: {c}", CELL, CELL | st.integers().map(str), CELL),
    st.sampled_from(["```mermaid", "```", "%% comment", "accDescr {", "}", "  : 5 :", ""]),
    CELL,
)


@SETTINGS
@given(st.lists(MERMAID_LINE, max_size=12))
def test_any_mermaid_text_imports_or_gives_one_clean_error(lines: list[str]) -> None:
    _clean(read_mermaid, "\n".join(lines), "in.mmd")


XLSX_VALUE = (
    CELL
    | st.none()
    | st.booleans()
    | st.integers(min_value=-(10**15), max_value=10**15)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.datetimes(min_value=dt.datetime(1901, 1, 1))
)


def _workbook(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(
            [v.replace("=", "'=") if isinstance(v, str) else v for v in row]  # no formulas
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@SETTINGS
@given(HEADER, st.lists(st.lists(XLSX_VALUE, max_size=8), max_size=5))
def test_any_workbook_imports_or_gives_one_clean_error(
    header: list[str], rows: list[list[Any]]
) -> None:
    try:
        data = _workbook([list(header), *rows])
    except IllegalCharacterError:  # openpyxl itself refuses control characters in cells
        return
    _clean(read_xlsx, data, "in.xlsx")


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, content if item.filename == name else src.read(item.filename))
    return out.getvalue()


@SETTINGS
@given(
    st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml",
                     "docProps/core.xml", "xl/styles.xml"]),
    st.binary(max_size=200) | st.text(max_size=200).map(str.encode),
)  # fmt: skip
def test_a_workbook_with_a_damaged_part_gives_one_clean_error(name: str, junk: bytes) -> None:
    good = write_xlsx(build_template("blank", "en"))
    _clean(read_xlsx, _replace_member(good, name, junk), "in.xlsx")


def test_entity_expansion_in_a_workbook_is_refused_quickly() -> None:
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE x [{entities}]><x>&e9;</x>'.encode()
    good = write_xlsx(build_template("e-shop", "en"))
    for name in ("xl/worksheets/sheet1.xml", "docProps/core.xml"):
        assert _clean(read_xlsx, _replace_member(good, name, bomb), "bomb.xlsx") is None


def _png(text: str | None) -> bytes:
    info = PngInfo()
    if text is not None:
        info.add_itxt("journeymapper", text, zip=True)
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


@SETTINGS
@given(
    st.text(max_size=200)
    | st.builds(json.dumps, st.dictionaries(st.text(max_size=5), CELL, max_size=4))
    | st.builds(
        lambda key, value: (
            dumps_map(build_template("blank", "en"))
            .decode()
            .replace('"title": "', f'"title": {json.dumps(value)}, "{key}": "', 1)
        ),
        st.text(max_size=4),
        NASTY | st.text(max_size=8),
    )
)
def test_any_png_text_chunk_opens_as_a_map_or_gives_one_clean_error(text: str) -> None:
    _clean(loads_map, _png(text), "in.png")

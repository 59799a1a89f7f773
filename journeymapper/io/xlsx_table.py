"""The journey table as an Excel workbook (.xlsx, openpyxl): the CSV columns on one sheet.

Reading takes the first worksheet; the header is its first non-blank row and errors name the
sheet's own row numbers. Numbers stay numbers; the map title travels in the workbook's title
property. A file that is not an .xlsx workbook is a MapFileError, never an openpyxl error.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font

from ..model import JourneyMap
from .errors import MapFileError
from .import_common import format_number
from .safe_text import guard_cell, needs_guard, xml_clean
from .table_map import map_from_rows, map_table
from .table_rows import table_rows

__all__ = ["read_xlsx", "write_xlsx"]

SHEET = "Journey"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def read_xlsx(data: bytes, source: str) -> JourneyMap:
    """A map from .xlsx bytes; MapFileError for a broken file or a bad row and column."""
    try:
        # openpyxl raises many kinds of errors for damaged files; all mean "not a workbook".
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        title = str(book.properties.title or "").strip()
        cells = [
            (n, [_text(v) for v in row])
            for n, row in enumerate(sheet.iter_rows(values_only=True), 1)
        ]
    except Exception as exc:
        raise MapFileError(
            source, f"is not an Excel .xlsx workbook ({type(exc).__name__})"
        ) from None
    book.close()
    rows = table_rows(cells, source)
    return map_from_rows(rows, source, title or Path(source).stem)


def _clean(value: str | int | float) -> str | int | float:
    """Text a cell can hold; a leading tab, line break or apostrophe gets the guarding
    apostrophe (as in CSV) so it survives import. = + - @ need none: ``_as_text``."""
    if not isinstance(value, str):
        return value
    text: str = ILLEGAL_CHARACTERS_RE.sub(" ", xml_clean(value))
    return guard_cell(text) if text.startswith(("\t", "\r", "'")) else text


def _as_text(row: tuple[Cell, ...]) -> None:
    """Text that looks like a formula stays text: a string cell shown with a quote prefix."""
    for cell in row:
        if isinstance(cell.value, str) and needs_guard(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True


def _sheet_rows(journey: JourneyMap, persona: str | None) -> Iterator[list[str | int | float]]:
    header, rows = map_table(journey, persona)
    yield list(header)
    for row in rows:
        yield [_clean(c) for c in row]


def write_xlsx(journey: JourneyMap, persona: str | None = None) -> bytes:
    """The map as .xlsx bytes: bold frozen header, readable column widths, title property."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    book.properties.title = _clean(journey.title)
    widths: dict[int, int] = {}
    for row in _sheet_rows(journey, persona):
        sheet.append(row)
        _as_text(sheet[sheet.max_row])
        for i, value in enumerate(row):
            longest = max((len(part) for part in str(value).splitlines()), default=0)
            widths[i] = max(widths.get(i, 8), min(longest + 2, 60))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i, width in widths.items():
        sheet.column_dimensions[sheet.cell(1, i + 1).column_letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

"""The journey table as an Excel workbook (.xlsx, openpyxl): the CSV columns on one sheet.

Reading takes the first worksheet; the header is its first non-blank row and errors name the
sheet's own row numbers. Numbers stay numbers; the map title travels in the workbook's title
property. A file that is not an .xlsx workbook is a MapFileError, never an openpyxl error.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font

from ..export.options import ExportOptions
from ..model import JourneyMap
from .atomic import write_atomic
from .errors import MapFileError
from .import_common import format_number
from .safe_text import guard_cell, needs_guard, xml_clean
from .table_map import build_map, map_table, table_notes
from .table_rows import table_rows

__all__ = ["export_xlsx", "read_xlsx", "write_xlsx"]

SHEET = "Journey"
MAX_UNPACKED = 64 * 1024 * 1024  # bytes the whole workbook may unpack to
MAX_ENTRIES = 10_000
MAX_COLUMNS = 100


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


def check_archive(data: bytes, source: str) -> None:
    """Refuse a workbook before unpacking it: sizes as the zip declares them (reads of an
    entry stop at its declared size), only the usual compression, a bounded total."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise MapFileError(source, "is not an Excel .xlsx workbook (not a zip archive)") from None
    if len(entries) > MAX_ENTRIES:
        raise MapFileError(source, f"is not an Excel .xlsx workbook ({len(entries):,} parts)")
    plain = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
    if any(entry.compress_type not in plain for entry in entries):
        raise MapFileError(source, "is not an Excel .xlsx workbook (unusual compression)")
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED:
        raise MapFileError(
            source,
            f"unpacks to {unpacked / 1024 / 1024:,.0f} MB; "
            f"an .xlsx import may unpack to at most {MAX_UNPACKED // 1024 // 1024} MB",
        )


def _sheet_cells(sheet: Any, source: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cell texts) streamed from the sheet, at most ``MAX_COLUMNS`` wide."""
    rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
    number = 0
    while True:
        try:
            row = next(rows, None)
        except Exception as exc:  # openpyxl's many errors for damaged sheets
            message = f"is not an Excel .xlsx workbook ({type(exc).__name__})"
            raise MapFileError(source, message, f"row {number + 1}") from None
        if row is None:
            return
        number += 1
        if len(row) > MAX_COLUMNS and row[MAX_COLUMNS] not in (None, ""):
            where = f"row {number}, column {MAX_COLUMNS + 1}"
            raise MapFileError(source, f"has more than {MAX_COLUMNS} columns", where)
        yield number, [_text(v) for v in row[:MAX_COLUMNS]]


def read_xlsx(data: bytes, source: str) -> JourneyMap:
    """A map from .xlsx bytes; MapFileError for a broken file or a bad row and column."""
    check_archive(data, source)
    try:
        # openpyxl raises many kinds of errors for damaged files; all mean "not a workbook".
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # a declared A1:XFD1048576 must not pad every row
        title = str(book.properties.title or "").strip()
    except Exception as exc:
        raise MapFileError(
            source, f"is not an Excel .xlsx workbook ({type(exc).__name__})"
        ) from None
    try:
        rows = table_rows(_sheet_cells(sheet, source), source)
    finally:
        book.close()
    return build_map(rows, source, title or Path(source).stem)


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


def export_xlsx(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the map's workbook to ``path`` atomically; returns at most one note line."""
    write_atomic(path, write_xlsx(journey, options.persona))
    return table_notes(journey, "XLSX")

"""The map as an Excel workbook (.xlsx, openpyxl): Journey, Pains & opportunities, Metrics.

Writing: the three tables of ``io.sheet_tables``, headed in the map's language, each with a
bold frozen header in a named font, filters, column widths, wrapped long texts, the header
repeated on every printed page and landscape printing fitted to the page width. Reading takes
the first worksheet as the journey (or, when it has kind and text columns, as a pains table);
a later sheet with kind and text columns adds pains and opportunities, one with metric
columns adds metrics. Headers may be English or in any of our languages; errors name the
sheet's own row numbers. A file that is not an .xlsx workbook is a MapFileError.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..model import JourneyMap
from .errors import MapFileError
from .import_common import format_number
from .pains_table import add_metrics, add_pains, build_pains_map, is_pains_table
from .safe_text import guard_cell, needs_guard, xml_clean
from .sheet_tables import (
    CROWD_SHEET,
    Table,
    crowd_table,
    journey_table,
    metrics_table,
    pains_table,
    sheet_names,
)
from .table_map import map_from_rows
from .table_rows import column_key, table_rows

__all__ = ["read_xlsx", "write_xlsx"]

FONT = "Calibri"  # named, so LibreOffice shows its metric twin Carlito, not a serif
WIDE = 36  # columns whose texts are longer wrap them at this width
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


def _header_keys(cells: Sequence[tuple[int, list[str]]]) -> tuple[list[str], set[str]]:
    header = next((row for _n, row in cells if any(c.strip() for c in row)), [])
    return header, {column_key(c) for c in header if c.strip()}


def read_xlsx(data: bytes, source: str) -> JourneyMap:
    """A map from .xlsx bytes; MapFileError for a broken file or a bad row and column."""
    check_archive(data, source)
    try:
        # openpyxl raises many kinds of errors for damaged files; all mean "not a workbook".
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = list(book.worksheets)
        for sheet in sheets:
            sheet.reset_dimensions()  # a declared A1:XFD1048576 must not pad every row
        title = str(book.properties.title or "").strip()
    except Exception as exc:
        raise MapFileError(
            source, f"is not an Excel .xlsx workbook ({type(exc).__name__})"
        ) from None
    try:
        rows = table_rows(_sheet_cells(sheets[0], source), source)
        if is_pains_table(rows):
            return build_pains_map(rows, source, title)
        journey = map_from_rows(rows, source, title or Path(source).stem)
        for sheet in sheets[1:]:
            cells = list(_sheet_cells(sheet, source))
            header, keys = _header_keys(cells)
            if "crowd_mean" in keys:
                continue  # the room's ratings: numbers about the map, not part of it
            if {"kind", "text"} <= keys:
                add_pains(journey, table_rows(cells, source), source)
            elif len(header) > 2:
                start = next(i for i, (_n, row) in enumerate(cells) if row is header)
                add_metrics(journey, header, cells[start + 1 :], source)
    finally:
        book.close()
    return journey


def _clean(value: str | int | float) -> str | int | float:
    """Text a cell can hold; a leading tab, line break or apostrophe gets the guarding
    apostrophe (as in CSV) so it survives import. = + - @ need none: ``_as_text``."""
    if not isinstance(value, str):
        return value
    text: str = ILLEGAL_CHARACTERS_RE.sub(" ", xml_clean(value))
    return guard_cell(text) if text.startswith(("\t", "\r", "'")) else text


def _as_text(sheet: Worksheet, number: int, row: Sequence[object]) -> None:
    """Text that looks like a formula stays text: a string cell shown with a quote prefix."""
    for column, value in enumerate(row, start=1):
        if isinstance(value, str) and needs_guard(value):
            cell = sheet.cell(number, column)  # (sheet[number] would scan every cell)
            cell.data_type = "s"
            cell.quotePrefix = True


def _lines_at(text: str, width: int) -> int:
    """How many lines ``text`` wraps into at ``width`` characters (a generous estimate)."""
    return sum(max(1, -(-len(part) // width)) for part in text.splitlines() or [""])


def _fill(sheet: Worksheet, table: Table) -> None:
    """One table: named fonts, bold frozen filtered header, widths, wraps, print setup.

    Body cells keep the workbook's default style (Calibri 11): styling every cell one by
    one costs seconds on big maps, so only header cells and rows with wrapped text are
    styled.
    """
    header, rows = table
    widths = [max(8, len(name) + 2) for name in header]
    for row in rows:
        for i, value in enumerate(row):
            if isinstance(value, str):
                longest = max((len(part) for part in value.splitlines()), default=0)
            else:
                longest = len(format_number(value))
            widths[i] = max(widths[i], min(longest + 2, 60))
    sheet.append(header)
    _as_text(sheet, 1, header)
    bold = Font(name=FONT, size=11, bold=True)
    for cell in sheet[1]:
        cell.font = bold
    wrapped = Alignment(wrap_text=True, vertical="top")
    wide = [i for i, width in enumerate(widths) if width >= WIDE]
    for number, row in enumerate(rows, start=2):
        cleaned = [_clean(c) for c in row]
        sheet.append(cleaned)
        _as_text(sheet, number, cleaned)
        lines = max(
            (_lines_at(str(row[i]), WIDE - 2) for i in wide if isinstance(row[i], str)), default=1
        )
        if lines > 1:  # spreadsheets do not all grow rows for wrapped text on their own
            sheet.row_dimensions[number].height = 15 * lines
            for column in wide:
                sheet.cell(number, column + 1).alignment = wrapped
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(width, WIDE)
    last = get_column_letter(max(1, len(header)))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def write_xlsx(journey: JourneyMap, persona: str | None = None) -> bytes:
    """The map as .xlsx bytes: the Journey, Pains & opportunities and Metrics sheets, and the
    Room ratings when the map has a crowd curve."""
    book = Workbook()
    names = sheet_names(journey.language.value)
    tables: Sequence[Table] = (
        journey_table(journey, persona),
        pains_table(journey),
        metrics_table(journey),
    )
    sheets = list(zip(names, tables, strict=True))
    if journey.crowd:  # the crowd emotion curve beside the personas' (Journey sheet)
        language = journey.language.value
        sheets.append((CROWD_SHEET.get(language, CROWD_SHEET["en"]), crowd_table(journey)))
    for index, (name, table) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        _fill(sheet, table)
    book.properties.title = _clean(journey.title)
    book.properties.creator = _clean(journey.author) or "JourneyMapper"
    book.properties.language = journey.language.value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

"""Rows of the journey table (CSV, XLSX, pasted cells): header, cells and row numbers.

The columns are ``stage, touchpoint, channel, persona, emotion, pain_point, opportunity``,
optionally the details of the XLSX "Journey" sheet (``to_be, description, need, tools, owner,
evidence``) and the columns of the pains table (``kind, text, severity, votes``); header
names are matched case-insensitively (spaces and hyphens count as ``_``) in English or in the
map's language as our exports write them ("Этап", "Posms" …); any other named column is kept
as a touchpoint note. A blank stage cell means "the stage of the row
above", as in spreadsheets with merged cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..words.fields import field_key
from .errors import MapFileError
from .import_common import MAX_IMPORT_ROWS, too_many_rows
from .safe_text import unguard_cell

COLUMNS = ("stage", "touchpoint", "channel", "persona", "emotion", "pain_point", "opportunity")
DETAILS = ("to_be", "description", "need", "tools", "owner", "evidence")
PAIN_COLUMNS = ("kind", "text", "severity", "votes")
KNOWN = (*COLUMNS, *DETAILS, *PAIN_COLUMNS)
ALIASES = {
    "pain_points": "pain_point",
    "pain": "pain_point",
    "pains": "pain_point",
    "opportunities": "opportunity",
    "touchpoints": "touchpoint",
    "touch_point": "touchpoint",
    "stages": "stage",
}


def column_key(header: str) -> str:
    """The standard column a header names (``"Pain point"`` → ``pain_point``), else its key."""
    key = re.sub(r"[\s\-]+", "_", header.strip().lower())
    key = ALIASES.get(key, key)
    if key in KNOWN:
        return key
    return field_key(header) or key


@dataclass(frozen=True)
class TableRow:
    """One non-empty row; ``number`` is its row number in the file (the header is row 1)."""

    number: int
    stage: str = ""
    touchpoint: str = ""
    channel: str = ""
    persona: str = ""
    emotion: str = ""
    pain_point: str = ""
    opportunity: str = ""
    notes: Mapping[str, str] = field(default_factory=dict)
    details: Mapping[str, str] = field(default_factory=dict)  # DETAILS and PAIN_COLUMNS


@dataclass(frozen=True)
class Header:
    """Where each standard column and each note column sits in a row."""

    number: int
    standard: dict[str, int]
    notes: list[tuple[int, str]]
    width: int

    def names(self) -> dict[int, str]:
        out = {i: name for name, i in self.standard.items()}
        out.update(dict(self.notes))
        return out


def read_header(cells: list[str], number: int, source: str, details: bool = True) -> Header:
    """The header row: standard columns found by name, other named columns as notes.

    Without ``details`` (pasted cells) only ``COLUMNS`` are standard; detail and pains-table
    columns are notes like any other.
    """
    known = KNOWN if details else COLUMNS
    standard: dict[str, int] = {}
    notes: list[tuple[int, str]] = []
    seen: set[str] = set()
    for index, cell in enumerate(cells):
        name = cell.strip()
        if not name:
            continue
        key = column_key(name)
        if key in seen:
            where = f"row {number}, column {name}"
            raise MapFileError(source, f"the column {name!r} appears twice", where)
        seen.add(key)
        if key in known:
            standard[key] = index
        else:
            notes.append((index, name))
    if "touchpoint" not in standard and "stage" not in standard:
        raise MapFileError(
            source,
            "the first row must name the columns, at least stage and touchpoint "
            f"(known columns: {', '.join(COLUMNS)})",
            f"row {number}",
        )
    return Header(number, standard, notes, len(cells))


def make_row(header: Header, cells: list[str], number: int, source: str) -> TableRow | None:
    """One data row (None when every cell is blank)."""
    if not any(cell.strip() for cell in cells):
        return None
    named = header.names()
    for index, cell in enumerate(cells):
        if cell.strip() and index not in named:
            where = f"row {number}, column {index + 1}"
            raise MapFileError(source, "this cell is in a column without a header", where)

    values: dict[str, str] = {}
    for name in COLUMNS:
        at = header.standard.get(name)
        text = cells[at].strip() if at is not None and at < len(cells) else ""
        values[name] = unguard_cell(text)
    notes = {
        name: unguard_cell(cells[i])
        for i, name in header.notes
        if i < len(cells) and cells[i].strip()
    }
    details = {}
    for name in (*DETAILS, *PAIN_COLUMNS):
        at = header.standard.get(name)
        if at is not None and at < len(cells) and cells[at].strip():
            details[name] = unguard_cell(cells[at].strip())
    return TableRow(number, notes=notes, details=details, **values)


def table_rows(
    table: Iterable[tuple[int, list[str]]], source: str, details: bool = True
) -> list[TableRow]:
    """Header (the first non-blank row) and data rows from (row number, cells) pairs."""
    header: Header | None = None
    rows: list[TableRow] = []
    for number, cells in table:
        if header is None:
            if any(cell.strip() for cell in cells):
                header = read_header(cells, number, source, details)
            continue
        row = make_row(header, cells, number, source)
        if row is not None:
            if len(rows) == MAX_IMPORT_ROWS:
                raise MapFileError(source, too_many_rows("rows"), f"row {number}")
            rows.append(row)
    if header is None:
        raise MapFileError(source, "the table is empty", "row 1")
    return rows

"""Text pasted onto the map: plain lines (one touchpoint each) or spreadsheet rows with a header.

Plain text: every non-blank line is one touchpoint name; list bullets (``-``, ``*``, ``•``,
``1.``, ``1)``) are dropped and the cells of a tab-separated line without a header are joined
by spaces. Spreadsheet rows: tab-separated, quoted as Excel and LibreOffice copy them, with a
header row that names the CSV columns (at least ``touchpoint``); they follow the table rules
of ``io.table_map``. Emotion and channel cells are checked here; the emotion scale is checked
when the rows are applied to a map.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Channel
from .errors import MapFileError
from .import_common import parse_number
from .row_groups import channel_of
from .table_rows import TableRow, column_key, table_rows

__all__ = ["PASTE_SOURCE", "PastedRows", "parse_pasted_text"]

PASTE_SOURCE = "pasted text"
_BULLET = re.compile(r"^\s*(?:[-*•·‣◦]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class PastedRows:
    """A parsed paste: either touchpoint ``names`` or table ``rows`` (never both)."""

    names: tuple[str, ...] = ()
    rows: tuple[TableRow, ...] = ()

    @property
    def is_table(self) -> bool:
        return bool(self.rows)

    def __bool__(self) -> bool:
        return bool(self.names or self.rows)


def _is_table_header(line: str) -> bool:
    return "\t" in line and "touchpoint" in {column_key(c.strip('"')) for c in line.split("\t")}


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t")
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, cells
    except csv.Error as exc:
        raise MapFileError(
            PASTE_SOURCE, f"cannot be read as rows ({exc})", f"row {number + 1}"
        ) from None


def _check(row: TableRow) -> None:
    where = f"row {row.number}, column "
    if row.emotion and parse_number(row.emotion, decimal_comma=True) is None:
        message = f"{row.emotion[:20]!r} is not a number"
        raise MapFileError(PASTE_SOURCE, message, where + "emotion")
    if row.channel and channel_of(row.channel) is None:
        message = f"{row.channel[:40]!r} is not a channel ({', '.join(c.value for c in Channel)})"
        raise MapFileError(PASTE_SOURCE, message, where + "channel")


def parse_pasted_text(text: str) -> PastedRows:
    """Names or rows from pasted text; MapFileError (row and column) for a bad table cell."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    first = next((line for line in text.split("\n") if line.strip()), "")
    if _is_table_header(first):
        rows = tuple(table_rows(_records(text), PASTE_SOURCE, details=False))
        for row in rows:
            _check(row)
        return PastedRows(rows=rows)
    names = []
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
        name = _BULLET.sub("", " ".join(cells)).strip()
        if name:
            names.append(name)
    return PastedRows(names=tuple(names))

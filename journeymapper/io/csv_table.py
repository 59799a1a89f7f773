"""The journey table as CSV: UTF-8 (BOM optional), comma or semicolon, one row per touchpoint.

Columns and reading rules are those of ``io.table_map``; the delimiter (comma, semicolon or
tab) is sniffed from the header line. Text in a legacy 8-bit encoding (Windows-1251,
Windows-1257 …) is refused with a clear message, UTF-16 with a BOM is accepted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from ..model import JourneyMap
from .errors import MapFileError
from .import_common import format_number
from .pains_table import build_pains_map, is_pains_table
from .safe_text import guard_cell
from .sheet_tables import TABLES, crowd_table, pains_table
from .table_map import map_from_rows, map_table
from .table_rows import table_rows

__all__ = ["read_csv", "write_csv"]


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16 text; MapFileError for anything else."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise MapFileError(source, "is not valid UTF-16 text", "line 1") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise MapFileError(
            source,
            "is not UTF-8 text (a legacy encoding such as Windows-1251 or Windows-1257?); "
            "save it as UTF-8, e.g. 'CSV UTF-8' in Excel",
            f"line {line}",
        ) from None


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the first non-blank line uses most outside quotes."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    outside = "".join(part for i, part in enumerate(line.split('"')) if i % 2 == 0)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _records(text: str, delimiter: str, source: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, cells
    except csv.Error as exc:
        raise MapFileError(source, f"is not valid CSV ({exc})", f"row {number + 1}") from None


def read_csv(data: bytes, source: str) -> JourneyMap:
    """A map from CSV bytes (a journey or a pains table); MapFileError naming row and column."""
    text = decode_text(data, source)
    rows = table_rows(_records(text, sniff_delimiter(text), source), source)
    if is_pains_table(rows):
        return build_pains_map(rows, source, Path(source).stem)
    return map_from_rows(rows, source, Path(source).stem)


def write_csv(journey: JourneyMap, persona: str | None = None, table: str = "journey") -> bytes:
    """The map as CSV bytes (UTF-8 with BOM, so Excel reads Cyrillic and Latvian correctly).

    ``table="pains"`` writes the pains table, ``table="crowd"`` the room's ratings per stage
    (the crowd emotion curve), headed in the map's language, instead.
    """
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; use {', '.join(TABLES)}")
    tables = {"journey": lambda: map_table(journey, persona), "pains": lambda: pains_table(journey),
              "crowd": lambda: crowd_table(journey)}  # fmt: skip
    header, rows = tables[table]()
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([guard_cell(c) if isinstance(c, str) else format_number(c) for c in row])
    return out.getvalue().encode("utf-8-sig")

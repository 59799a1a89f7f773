"""Import any supported file into a new map, choosing the reader by the file's suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..model import JourneyMap
from .csv_table import decode_text, read_csv
from .errors import MapFileError
from .input_file import read_regular_file
from .jmap import MAX_FILE_BYTES, dumps_map
from .mermaid import read_mermaid
from .messages import file_msg
from .xlsx_table import read_xlsx

MAX_BYTES = 50 * 1024 * 1024


def _mermaid(data: bytes, source: str) -> JourneyMap:
    return read_mermaid(decode_text(data, source), source)


READERS: dict[str, Callable[[bytes, str], JourneyMap]] = {
    ".mmd": _mermaid,
    ".mermaid": _mermaid,
    ".md": _mermaid,
    ".markdown": _mermaid,
    ".csv": read_csv,
    ".xlsx": read_xlsx,
}
SUFFIXES = tuple(READERS)


def read_input(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of an input file; MapFileError if missing, not a regular file, or huge."""
    return read_regular_file(path, limit)


def import_file(path: Path) -> JourneyMap:
    """A new map from a Mermaid (.mmd, .md), CSV or XLSX file; MapFileError for bad input."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise MapFileError(
            str(path), file_msg("import.kind", ", ".join(SUFFIXES))
        )
    journey = reader(read_input(path), str(path))
    check_fits(journey, str(path))
    return journey


def check_fits(journey: JourneyMap, source: str) -> None:
    """MapFileError if the imported map could not be saved and reopened as a .jmap file."""
    try:
        size = len(dumps_map(journey))
    except UnicodeEncodeError:
        raise MapFileError(source, file_msg("import.not_unicode")) from None
    if size > MAX_FILE_BYTES:
        raise MapFileError(
            source,
            file_msg(
                "import.too_big", f"{size / 1024 / 1024:,.0f}", MAX_FILE_BYTES // 1024 // 1024
            ),
        )

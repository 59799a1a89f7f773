"""The data formats as exporters: CSV, XLSX and Mermaid files written from export options."""

from __future__ import annotations

from pathlib import Path

from ..io.atomic import write_atomic
from ..io.csv_table import write_csv
from ..io.mermaid_write import write_mermaid
from ..io.table_map import table_notes
from ..io.xlsx_table import write_xlsx
from ..model import JourneyMap
from .options import ExportOptions


def export_csv(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the map's CSV to ``path`` atomically; returns at most one note line."""
    write_atomic(path, write_csv(journey, options.persona, options.table))
    return table_notes(journey, "CSV") if options.table == "journey" else []


def export_xlsx(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the map's workbook to ``path`` atomically; returns at most one note line."""
    write_atomic(path, write_xlsx(journey, options.persona))
    return table_notes(journey, "XLSX", workbook=True)


def export_mermaid(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write ``journey`` as a Mermaid journey to ``path`` atomically; returns the notes."""
    text, notes = write_mermaid(journey, persona=options.persona)
    write_atomic(path, text.encode("utf-8"))
    return notes

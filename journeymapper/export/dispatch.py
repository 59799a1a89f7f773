"""Choose the exporter from the output file's suffix and run it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..model import JourneyMap
from .options import ExportOptions
from .shown import shown_map

Exporter = Callable[[JourneyMap, Path, ExportOptions], list[str]]

# suffix -> (module, function); imported lazily so each export loads only what it needs.
EXPORTERS: dict[str, tuple[str, str]] = {
    ".pdf": ("journeymapper.export.pdf", "export_pdf"),
    ".png": ("journeymapper.export.png", "export_png"),
    ".svg": ("journeymapper.export.svg", "export_svg"),
    ".html": ("journeymapper.export.html", "export_html"),
    ".pptx": ("journeymapper.export.pptx", "export_pptx"),
    ".csv": ("journeymapper.export.data_files", "export_csv"),
    ".xlsx": ("journeymapper.export.data_files", "export_xlsx"),
    ".mmd": ("journeymapper.export.data_files", "export_mermaid"),
}


def exporter_for(path: Path) -> Exporter:
    """The export function for ``path``'s suffix (KeyError for an unknown suffix)."""
    module_name, function = EXPORTERS[path.suffix.lower()]
    exporter: Exporter = getattr(importlib.import_module(module_name), function)
    return exporter


# Formats that carry the map's data rather than a drawing of it: with a view or a persona
# they get only what that view shows (the drawn formats lay out the view themselves).
DATA_FORMATS = {".csv", ".xlsx", ".mmd"}


def export_file(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Export ``journey`` to ``path``; returns one-line notes for the user."""
    if path.suffix.lower() in DATA_FORMATS:
        journey = shown_map(journey, options)
    return exporter_for(path)(journey, path, options)

"""Choose the exporter from the output file's suffix and run it."""

from __future__ import annotations

import errno
import importlib
from collections.abc import Callable

TYPE_CHECKING = False  # mypy reads the block below; at run time `typing` costs 3 ms of start-up
if TYPE_CHECKING:  # the command line reads EXPORTERS for --help: no model (nor pathlib) then
    from pathlib import Path

    from ..model import JourneyMap
    from .options import ExportOptions

Exporter = Callable[["JourneyMap", "Path", "ExportOptions"], list[str]]

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


def export_file(
    journey: JourneyMap, path: Path, options: ExportOptions, *, replace: bool = True
) -> list[str]:
    """Export ``journey`` to ``path``; returns one-line notes for the user.

    With ``replace=False`` an existing ``path`` is never overwritten (FileExistsError), even
    by a file created while the export runs: the export is written in a private folder beside
    it and then linked into place only if the name is still free.
    """
    if path.suffix.lower() in DATA_FORMATS:
        from .shown import shown_map  # it lays out (fonts, images): only for an export

        journey = shown_map(journey, options)
    exporter = exporter_for(path)
    if replace:
        return exporter(journey, path, options)
    if path.exists() or path.is_symlink():
        from ..io.messages import file_msg

        raise FileExistsError(errno.EEXIST, file_msg("os.exists"), str(path))
    from ..io.atomic import link_new, staging_folder

    with staging_folder(path) as folder:
        staged = folder / path.name
        notes = exporter(journey, staged, options)
        link_new(staged, path)
    return notes

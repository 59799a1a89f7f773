"""Render the export screenshots: a poster page and three deck slides, rasterised with pdftoppm.

Usage: ``.venv/bin/python docs/screenshots/make_export_screenshots.py`` (needs poppler-utils).
export-poster-en.png is the e-shop poster on A3; export-slide-ru.png a Russian stage slide;
export-slide-uk-print.png the Ukrainian overview in the print theme; export-slide-lv-projector.png
a Latvian persona chart in the projector theme. Slides are 800×450, the poster 1489 px wide.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
ROOT = OUT.parents[1]


def _raster(pdf: Path, page: int, width: int, name: str) -> Path:
    target = OUT / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            "-scale-to-x",
            str(width),
            "-scale-to-y",
            "-1",
            str(pdf),
            str(target.with_suffix("")),
        ],
        check=True,
    )
    return target


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from journeymapper.export.options import ExportOptions
    from journeymapper.export.pdf import export_pdf
    from journeymapper.export.slides import slide_pages
    from journeymapper.templates import build_template

    temp = Path(tempfile.mkdtemp())
    shots = []
    poster = temp / "poster.pdf"
    export_pdf(build_template("e-shop", "en"), poster, ExportOptions(layout="poster", page="A3"))
    shots.append(_raster(poster, 1, 1489, "export-poster-en.png"))
    for language, theme, kind, name in (
        ("ru", "light", "stage", "export-slide-ru.png"),
        ("uk", "print", "overview", "export-slide-uk-print.png"),
        ("lv", "projector", "persona", "export-slide-lv-projector.png"),
    ):
        journey = build_template("e-shop", language)
        options = ExportOptions(theme=theme)
        pages = slide_pages(journey, options)
        number = 1 + next(
            i
            for i, p in enumerate(pages)
            if p.kind == kind and (kind != "stage" or len(p.text_lines()) > 40)
        )
        deck = temp / f"{language}.pdf"
        export_pdf(journey, deck, options)
        shots.append(_raster(deck, number, 800, name))
    for shot in shots:
        sys.stdout.write(f"{shot}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

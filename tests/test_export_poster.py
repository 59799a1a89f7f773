"""The PDF poster page: title at the top and the map right under it, on every page size."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymapper.export.options import ExportOptions
from journeymapper.export.pdf import PAGE_SIZES, export_pdf
from journeymapper.templates import build_template


@pytest.mark.parametrize("page", ["A4", "A3", "16:9"])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_map_starts_right_under_the_title(tmp_path: Path, page: str, language: str) -> None:
    out = tmp_path / "poster.pdf"
    export_pdf(build_template("e-shop", language), out, ExportOptions(layout="poster", page=page))
    reader = PdfReader(out)
    width, height = PAGE_SIZES[page]
    assert float(reader.pages[0].mediabox.height) == pytest.approx(height)
    tops = [float(entry.top) - 10 for entry in reader.outline]  # stage bookmarks: header tops
    assert tops and all(height - 110 < top < height - 30 for top in tops)
    text = reader.pages[0].extract_text()
    assert build_template("e-shop", language).title in text

"""The PowerPoint deck as LibreOffice Impress draws it: the emotion scale reads top to bottom."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from journeymapper.export.options import ExportOptions
from journeymapper.export.pptx import export_pptx
from journeymapper.templates import build_template
from tests.pptx_helpers import soffice_pdf, words_on_page


def test_libreoffice_draws_the_scale_in_order(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(build_template("e-shop", "en"), out, ExportOptions())
    pdf = soffice_pdf(out)
    words = words_on_page(pdf, 2)  # the whole journey with every persona's curve
    scale = ("+2", "+1", "0", "−1", "−2")
    y = {text: top for text, top in words if text in scale}
    assert set(y) == set(scale)
    assert y["+2"] < y["+1"] < y["0"] < y["−1"] < y["−2"]  # the best moments on top
    titles = [text for text, _top in words[:3]]
    assert titles[:3] == ["The", "whole", "journey"]  # drawn from the title placeholder
    last = len(PdfReader(pdf).pages)  # a persona's chart, its scale named in words
    words = words_on_page(pdf, last)
    assert [text for text, _top in words[:1]] == ["Persona:"]
    very = [top for text, top in words if text == "very"]
    assert len(very) == 2 and very[0] < very[1]  # "very positive" above "very negative"

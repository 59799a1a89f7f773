"""The workbook as LibreOffice Calc prints it: landscape, one page wide, named columns on top."""

from __future__ import annotations

import subprocess
from pathlib import Path

from journeymapper.io.xlsx_table import write_xlsx
from journeymapper.templates import build_template
from tests.pptx_helpers import soffice_pdf


def test_calc_prints_each_sheet_landscape_and_one_page_wide(tmp_path: Path) -> None:
    book = tmp_path / "journey.xlsx"
    book.write_bytes(write_xlsx(build_template("e-shop", "en")))
    pdf = soffice_pdf(book)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(info.stdout.split("Pages:")[1].split()[0])
    assert pages == 3  # Journey, Pains & opportunities, Metrics: one page each
    width, height = (float(v) for v in info.stdout.split("Page size:")[1].split()[0:3:2])
    assert width > height  # landscape
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    header = next(line for line in first.splitlines() if line.strip())
    for name in ("Stage", "Touchpoint", "Persona", "Emotion", "Owner", "Evidence"):
        assert name in header  # every column on the page, the first thing printed

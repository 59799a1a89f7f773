"""Reading an exported deck back: slides' XML, groups, charts and the LibreOffice rendering."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from pptx.shapes.base import BaseShape
from pptx.shapes.group import GroupShape
from pptx.slide import Slide

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def slide_xml(path: Path) -> Iterator[tuple[str, etree._Element]]:
    """(part name, parsed XML) of every slide in the package, read as PowerPoint would."""
    with zipfile.ZipFile(path) as package:
        for name in sorted(package.namelist()):
            if name.startswith("ppt/slides/slide") and name.endswith(".xml"):
                yield name, etree.fromstring(package.read(name))


def walk(shapes: object) -> Iterator[BaseShape]:
    """Every shape, also those inside groups."""
    for shape in shapes:  # type: ignore[attr-defined]
        yield shape
        if isinstance(shape, GroupShape):
            yield from walk(shape.shapes)


def groups(slide: Slide, prefix: str) -> list[GroupShape]:
    return [
        s for s in walk(slide.shapes) if isinstance(s, GroupShape) and s.name.startswith(prefix)
    ]


def soffice_pdf(pptx: Path) -> Path:
    """The deck converted by LibreOffice; skips (one line) where LibreOffice is missing."""
    program = shutil.which("soffice")
    if program is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is required under CI")
        pytest.skip("needs LibreOffice: apt-get install libreoffice-impress")
    profile = pptx.parent / "lo-profile"
    subprocess.run(
        [program, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(pptx.parent), str(pptx)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return pptx.with_suffix(".pdf")


def words_on_page(pdf: Path, page: int) -> list[tuple[str, float]]:
    """(word, top y) of every word on ``page`` as pdftotext reads it."""
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    found = []
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<word "):
            y = float(line.split('yMin="')[1].split('"')[0])
            found.append((line.split(">")[1].split("<")[0], y))
    return found

"""The compare picture read back: SVG text and colours, PNG pixels, PDF words, the HTML page."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journeymapper.compare.changes import compare
from journeymapper.compare.effects import effects
from journeymapper.export.compare_file import PNG_DPI, _Picture, render_picture
from journeymapper.export.dispatch import export_file
from journeymapper.export.options import ExportOptions
from journeymapper.io.jmap import dumps_map, loads_map, save_map
from journeymapper.model import JourneyMap
from journeymapper.render.compare_draw import ADDED, CHANGED, MOVED, REMOVED
from journeymapper.templates import build_template


@pytest.fixture(scope="module")
def versions() -> tuple[JourneyMap, JourneyMap, dict[str, str]]:
    old = build_template("e-shop", "ru")
    new = loads_map(dumps_map(old))
    stages = new.stages()
    renamed, moved = new.touchpoints(stages[0].id)[0], new.touchpoints(stages[1].id)[0]
    gone = new.touchpoints(stages[2].id)[0]
    new.update(renamed.id, name="Рилс в Instagram")
    new.move_touchpoint(moved.id, stages[0].id)
    new.remove(gone.id)
    added = new.add_touchpoint(stages[1].id, "Подбор размера ā", channel="web")
    persona = new.personas()[0]
    for card in new.touchpoints(stages[3].id):
        new.set_emotion(card.id, persona.id, new.emotion_scale.maximum)
    ids = {"renamed": renamed.id, "moved": moved.id, "gone": gone.id, "added": added.id}
    ids["gone_name"] = gone.name
    return old, new, ids


def _picture(old: JourneyMap, new: JourneyMap) -> _Picture:
    diff = compare(old, new)
    return _Picture(diff, effects(diff), ("old.jmap", "new.jmap"))


def _outline_colour(svg: str, x: float, y: float) -> set[str]:
    """Stroke colours of outlines that start just up-left of (x, y)."""
    found = set()
    for match in re.finditer(r'<polyline points="([-\d.]+),([-\d.]+) [^"]*" fill="none" '
                             r'stroke="(#[0-9a-f]{6})"', svg):  # fmt: skip
        px, py = float(match[1]), float(match[2])
        if abs(px - (x - 2.5)) < 0.1 and abs(py - (y - 2.5)) < 0.1:
            found.add(match[3])
    return found


def test_svg_names_the_changes_and_colours_each_card(versions: tuple) -> None:  # type: ignore[type-arg]
    old, new, ids = versions
    picture = _picture(old, new)
    svg = render_picture(picture.diff, picture.found, ".svg", picture.names).decode()
    assert "Что изменилось" in svg and "Рилс в Instagram" in svg and "Подбор размера ā" in svg
    assert f'удалена точка контакта «{ids["gone_name"]}»' in svg
    assert "<title>Что изменилось: old.jmap → new.jmap</title>" in svg
    shift = picture.frame.map_y

    def at(entity: str) -> set[str]:
        r = picture.layout.cards[entity].rect
        return _outline_colour(svg, r.x, r.y + shift)

    assert at(ids["added"]) == {ADDED}
    assert at(ids["gone"]) == {REMOVED}  # the ghost is drawn where the card used to be
    assert at(ids["renamed"]) == {CHANGED}
    assert at(ids["moved"]) == {MOVED}
    assert 'stroke-dasharray="5 3"' in svg  # removed ghosts and the old curve are dashed
    legend = {
        html.unescape(m[2])
        for m in re.finditer(r'<text x="[-\d.]+" y="([-\d.]+)"[^>]*>([^<]*)</text>', svg)
        if float(m[1]) < shift
    }
    assert {p.name for p in new.personas()} <= legend  # whose curve is whose, above the map
    assert {"прежняя эмоция", "новая эмоция", "добавлено", "перемещено"} <= legend


def test_png_pixels_show_green_red_amber_outlines(versions: tuple) -> None:  # type: ignore[type-arg]
    old, new, ids = versions
    picture = _picture(old, new)
    data = render_picture(picture.diff, picture.found, ".png", picture.names)
    image = Image.open(io.BytesIO(data)).convert("RGB")
    scale = PNG_DPI / 72

    def rgb(colour: str) -> tuple[int, int, int]:
        return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)

    def near(pixel: tuple[int, int, int], colour: str) -> bool:
        return sum(abs(a - b) for a, b in zip(pixel, rgb(colour), strict=True)) < 90

    for key, colour in (("added", ADDED), ("renamed", CHANGED)):
        r = picture.layout.cards[ids[key]].rect
        y = (r.y + r.h / 2 + picture.frame.map_y) * scale
        xs = [round((r.x - 2.5) * scale) + d for d in (-1, 0, 1)]
        assert any(near(image.getpixel((x, round(y))), colour) for x in xs), key  # type: ignore[arg-type]
    r = picture.layout.cards[ids["gone"]].rect
    ghost = image.crop(
        (round((r.x - 4) * scale), round((r.y + picture.frame.map_y - 4) * scale),
         round((r.right + 4) * scale), round((r.bottom + picture.frame.map_y + 4) * scale))
    )  # fmt: skip
    colours = ghost.getcolors(maxcolors=1 << 20) or []
    assert any(near(colour, REMOVED) for _count, colour in colours)  # type: ignore[arg-type]


def test_pdf_carries_the_change_list_as_text(versions: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    old, new, ids = versions
    picture = _picture(old, new)
    path = tmp_path / "cmp.pdf"
    path.write_bytes(render_picture(picture.diff, picture.found, ".pdf", picture.names))
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Что изменилось" in text and "Рилс в Instagram" in text
    assert "Подбор размера ā" in text and "Эмоции по этапам и персонам" in text
    for word in ("добавлено:", "удалено:", "изменено:", "перемещено:", "прежняя эмоция"):
        assert word in text


def test_a_russian_compare_has_no_english_words_of_ours(versions: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """Every Latin word in the Russian picture comes from the maps' own texts or file names."""
    old, new, _ids = versions
    picture = _picture(old, new)
    path = tmp_path / "cmp.pdf"
    path.write_bytes(render_picture(picture.diff, picture.found, ".pdf", picture.names))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    latin = re.compile(r"[A-Za-z][A-Za-z-]+")
    theirs = set(latin.findall(" ".join(_user_texts(json.loads(dumps_map(old))) +
                                        _user_texts(json.loads(dumps_map(new))))))  # fmt: skip
    names = {"old", "new", "jmap", "journeymapper", "diff", "json"}  # file names, the command
    metrics = {"CSAT", "NPS", "CES"}  # the same in every language
    ours = set(latin.findall(text)) - theirs - names - metrics
    assert "Что изменилось" in text and not ours


_OUR_VALUES = {"format", "app_version", "id", "channel", "kind", "marker", "evidence", "language"}


def _user_texts(data: object, key: str = "") -> list[str]:
    """The texts users typed into a map's data (not our ids, enum values or keys)."""
    if isinstance(data, dict):
        return [t for k, v in data.items() for t in _user_texts(v, k)]
    if isinstance(data, list):
        return [t for v in data for t in _user_texts(v, key)]
    return [data] if isinstance(data, str) and key not in _OUR_VALUES else []


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[str, str]] = []
        self._cls = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._cls = dict(attrs).get("class") or ""

    def handle_data(self, data: str) -> None:
        if self._cls:
            self.items.append((self._cls, data))
            self._cls = ""


def test_html_page_lists_the_changes_with_their_kind(versions: tuple) -> None:  # type: ignore[type-arg]
    old, new, ids = versions
    picture = _picture(old, new)
    page = render_picture(picture.diff, picture.found, ".html", picture.names).decode()
    parser = _Text()
    parser.feed(page)
    assert ("added", "добавлена точка контакта «Подбор размера ā»") in parser.items
    assert ("removed", f"удалена точка контакта «{ids['gone_name']}»") in parser.items
    assert "<svg" in page and 'id="compare-data"' in page and '<html lang="ru">' in page


def test_cli_diff_draws_and_prints(tmp_path: Path, versions: tuple) -> None:  # type: ignore[type-arg]
    old, new, _ids = versions
    export_file(old, tmp_path / "old.png", ExportOptions(dpi=20))  # a PNG carries its map
    save_map(new, tmp_path / "new.jmap")
    out = tmp_path / "cmp.png"
    result = subprocess.run(
        [sys.executable, "-m", "journeymapper", "diff", str(tmp_path / "old.png"),
         str(tmp_path / "new.jmap"), "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Рилс в Instagram" in result.stdout
    with Image.open(out) as image:
        assert image.width > 1000

"""The crowd emotion curve: drawn from the room's ratings in exports and on the canvas."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journeymapper.export.dispatch import export_file
from journeymapper.export.options import ExportOptions
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template


def _rated() -> JourneyMap:
    journey = build_template("e-shop", "lv")
    first, second = journey.stages()[:2]
    for who, value in (("a", 2), ("b", 1), ("c", 0)):
        journey.set_crowd_rating(first.id, who, value)
    for who, value in (("a", -2), ("b", -2), ("c", 1), ("d", -1)):
        journey.set_crowd_rating(second.id, who, value)
    return journey


def test_svg_shows_the_band_the_mean_and_a_label_in_the_maps_language(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    export_file(_rated(), out, ExportOptions())
    svg = out.read_text(encoding="utf-8")
    assert "Telpa (4)" in svg
    assert re.search(r'<(polygon|path)[^>]*fill="#d2d9e6"', svg), "no spread band"
    # the legend names the curve beside the personas, in the map's language
    assert "Telpa (4): vidējais posmā, josla — izkliede (±1σ)" in svg


def test_the_canvas_paints_the_crowd_band(qtbot: object) -> None:
    from PySide6.QtGui import QUndoStack

    from journeymapper.scene import MapScene

    journey = _rated()
    scene = MapScene(journey, QUndoStack())
    box = scene.layout.emotion
    assert box is not None and [m.count for m in box.crowd] == [3, 4]
    first, second = box.crowd
    assert first.mean == 1 and second.mean == -1
    assert first.y < second.y  # higher feeling, higher on the chart
    x = (first.x + second.x) / 2
    y = (first.y + second.y) / 2 + 6  # inside the band, off the dotted mean
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 40, 40), QRectF(x - 20, y - 20, 40, 40))
    painter.end()
    centre = image.pixelColor(20, 20)
    assert abs(centre.red() - 0xD2) < 24 and abs(centre.blue() - 0xE6) < 24, centre.name()
    scene.close()


def test_notes_from_the_room_show_the_phone_mark_and_the_author(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    stage = journey.stages()[0]
    journey.add_touchpoint(stage.id, "Too many pop-ups", author="Marta", room=True)
    journey.add_annotation("pain_point", stage.id, "Slow page", author="", room=True)
    out = tmp_path / "map.svg"
    export_file(journey, out, ExportOptions())
    svg = out.read_text(encoding="utf-8")
    assert "☎ Marta" in svg
    assert re.search(r"●+○*(\s+\+\d+)? · ☎<", svg), "anonymous room note has no mark"


def test_the_canvas_legend_has_the_crowd_curve(qtbot: object) -> None:
    from PySide6.QtGui import QUndoStack

    from journeymapper.scene import MapScene

    journey = _rated()
    scene = MapScene(journey, QUndoStack())
    legend = scene.mirror.legend
    assert legend.crowd == "Telpa (4): vidējais posmā, josla — izkliede (±1σ)"
    left, right = legend.crowd_span
    assert right > left >= max(r for _l, r in legend.modes)  # after "as is" / "to be"
    spot = legend.mapToScene(left + 2, legend.row / 2 - 3)  # the band, above the dotted mean
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 10, 10), QRectF(spot.x() - 5, spot.y() - 5, 10, 10))
    painter.end()
    centre = image.pixelColor(5, 5)
    assert abs(centre.red() - 0xD2) < 24 and abs(centre.blue() - 0xE6) < 24, centre.name()
    journey.set_crowd({})
    scene.sync()
    assert legend.crowd == ""  # no ratings, no entry
    scene.close()


def test_tables_and_mermaid_carry_the_crowd_curve(tmp_path: Path) -> None:
    """Where the personas' curves are numbers (CSV, XLSX, Mermaid), the room's is too: per
    rated stage the average, the spread band and the number of answers, in the map's language;
    and importing the files back does not turn the room into a persona or a card."""
    import csv

    from openpyxl import load_workbook

    from journeymapper.io.importers import import_file

    journey = _rated()
    first, second = (s.name for s in journey.stages()[:2])
    out = tmp_path / "crowd.csv"
    export_file(journey, out, ExportOptions(table="crowd"))
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Posms", "Telpas vidējais", "Izkliede no (−1σ)", "Izkliede līdz (+1σ)",
                       "Atbildes"]  # fmt: skip
    # stage 1: 2, 1, 0 -> mean 1, sd 0.82; stage 2: -2, -2, 1, -1 -> mean -1, sd 1.22
    assert rows[1:] == [[first, "1", "0.18", "1.82", "3"], [second, "-1", "-2", "0.22", "4"]]

    book_path = tmp_path / "map.xlsx"
    export_file(journey, book_path, ExportOptions())
    book = load_workbook(book_path)
    assert book.sheetnames[-1] == "Telpas vērtējumi"
    sheet = book["Telpas vērtējumi"]
    assert [c.value for c in sheet[3]] == [second, -1, -2, 0.22, 4]
    back = import_file(book_path)
    assert [p.name for p in back.personas()] == [p.name for p in journey.personas()]

    mermaid = tmp_path / "map.mmd"
    export_file(journey, mermaid, ExportOptions())
    text = mermaid.read_text(encoding="utf-8")
    assert "%% room: 1 (spread 0.18 … 1.82), 3 answers" in text
    assert "%% room: -1 (spread -2 … 0.22), 4 answers" in text
    again = import_file(mermaid)
    assert len(again.touchpoints()) == len(journey.touchpoints())

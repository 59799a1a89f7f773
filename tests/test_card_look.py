"""A card looks the same on the canvas and in every export: its own colour wins over its channel."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QUndoStack

from journeymapper.export.dispatch import export_file
from journeymapper.export.options import ExportOptions
from journeymapper.io.jmap import load_map
from journeymapper.layout import compute_layout
from journeymapper.model import JourneyMap
from journeymapper.scene.map_scene import MapScene

OWN = (204, 17, 119)  # a colour no theme uses for a channel
SAMPLE = Path(__file__).parent.parent / "journeymapper/resources/samples/sample.jmap"


def _map() -> tuple[JourneyMap, str]:
    journey = load_map(SAMPLE)
    tp = journey.touchpoints()[0]
    journey.update(tp.id, colour="#{:02x}{:02x}{:02x}".format(*OWN))
    return journey, tp.id


def _count(image: Image.Image, rgb: tuple[int, ...], tolerance: int = 6) -> int:
    return sum(
        n
        for n, pixel in image.convert("RGB").getcolors(1 << 24)
        if all(abs(p - q) <= tolerance for p, q in zip(pixel, rgb, strict=True))
    )


def _canvas(journey: JourneyMap, scale: float) -> Image.Image:
    scene = MapScene(journey, QUndoStack())
    rect = scene.sceneRect()
    image = QImage(
        round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_RGB888
    )
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    return Image.frombytes(
        "RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine()
    )


def test_canvas_and_export_draw_a_card_in_the_same_colours(qtbot, tmp_path: Path) -> None:
    journey, tp_id = _map()
    out = tmp_path / "look.png"
    export_file(journey, out, ExportOptions())
    exported = Image.open(out)
    canvas = _canvas(journey, 2.0)
    box = compute_layout(journey).cards[tp_id].rect
    scene_rect = MapScene(journey, QUndoStack()).sceneRect()
    fill = canvas.getpixel(
        (
            round((box.x - scene_rect.x() + box.w * 0.6) * 2),
            round((box.y - scene_rect.y() + box.h - 3) * 2),
        )
    )
    # The strip in the card's own colour (not the web channel's blue), on both surfaces.
    assert _count(exported, OWN) > 200
    assert _count(canvas, OWN) > 200
    # The card's fill is a tint of that colour (not plain white), and the export uses the same.
    assert fill != (255, 255, 255) and fill[0] > fill[1]
    assert _count(exported, fill, 1) > 1000

"""The canvas draws headers, flows and emotion curves as the exported PNG does (one painter)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QUndoStack

from journeymapper.export.dispatch import export_file
from journeymapper.export.options import ExportOptions
from journeymapper.export.poster import poster_frame
from journeymapper.layout import MapLayout, Rect, compute_layout, get_theme
from journeymapper.model import JourneyMap
from journeymapper.render.emotion import SPREAD
from journeymapper.render.flows import label_box, label_centre
from journeymapper.scene.map_scene import MapScene
from journeymapper.templates import build_template

DPI = 150
SCALE = DPI / 72
STAGE_COLOUR = (204, 17, 119)  # a colour no theme uses


def _map() -> tuple[JourneyMap, str]:
    """The e-shop map; a stage in its own colour; both personas alike at one touchpoint."""
    journey = build_template("e-shop", "en")
    journey.update(journey.stages()[2].id, colour="#{:02x}{:02x}{:02x}".format(*STAGE_COLOUR))
    tp = journey.touchpoints()[3].id
    for persona in journey.personas():
        journey.set_emotion(tp, persona.id, 1)
    return journey, tp


def _canvas(journey: JourneyMap) -> Image.Image:
    scene = MapScene(journey, QUndoStack())
    try:
        rect = scene.sceneRect()
        assert (rect.x(), rect.y()) == (0, 0)
        size = (round(rect.width() * SCALE), round(rect.height() * SCALE))
        image = QImage(*size, QImage.Format.Format_RGB888)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, *size), rect)
        painter.end()
    finally:
        scene.close()
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    return Image.frombytes("RGB", size, data, "raw", "RGB", image.bytesPerLine())


def _exported(journey: JourneyMap, layout: MapLayout, tmp_path: Path) -> Image.Image:
    """The PNG export, cut to the map (below the poster's title) at the canvas's scale."""
    out = tmp_path / "map.png"
    export_file(journey, out, ExportOptions(dpi=DPI))
    top = round(poster_frame(journey, layout, get_theme("light")).map_y * SCALE)
    image = Image.open(out).convert("RGB")
    return image.crop((0, top, round(layout.width * SCALE), top + round(layout.height * SCALE)))


def _box(rect: Rect, pad: float = 0.0) -> tuple[int, int, int, int]:
    return (
        round((rect.x - pad) * SCALE),
        round((rect.y - pad) * SCALE),
        round((rect.right + pad) * SCALE),
        round((rect.bottom + pad) * SCALE),
    )


def _differing(a: Image.Image, b: Image.Image, box: tuple[int, int, int, int]) -> float:
    """The share of pixels in ``box`` that clearly differ (not just anti-aliasing)."""
    diff = ImageChops.difference(a.crop(box), b.crop(box)).convert("L")
    histogram = diff.histogram()
    return sum(histogram[80:]) / max(1, sum(histogram))


def _near(pixel: tuple[int, ...], rgb: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(pixel, rgb, strict=True))


def _count(
    image: Image.Image, box: tuple[int, int, int, int], rgb: tuple[int, ...], tol: int
) -> int:
    colours = image.crop(box).getcolors(1 << 20) or []
    return sum(n for n, pixel in colours if _near(pixel, rgb, tol))


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def test_headers_flows_and_curves_look_the_same_on_canvas_and_in_the_png(
    qtbot, tmp_path: Path
) -> None:
    journey, shared_tp = _map()
    layout = compute_layout(journey)
    canvas, exported = _canvas(journey), _exported(journey, layout, tmp_path)
    assert canvas.size == exported.size
    theme = get_theme("light")

    header = layout.stage_headers[2].rect
    strip = (round((header.x + header.w / 2) * SCALE), round((header.bottom - 2) * SCALE))
    for image in (canvas, exported):
        assert _near(image.getpixel(strip), STAGE_COLOUR, 8)
    for header_box in layout.stage_headers:
        assert _differing(canvas, exported, _box(header_box.rect)) < 0.05

    # The whole emotion lane: gridlines, curves, markers and their dashes in the same places.
    emotion = layout.emotion
    assert emotion is not None
    assert _differing(canvas, exported, _box(emotion.rect)) < 0.03
    # Two personas at the same value: spread sideways on both surfaces, none hidden.
    x = dict(emotion.slots)[shared_tp]
    y = emotion.value_to_y(1)
    offset = theme.marker_size * SPREAD / 2
    for persona, dx in zip(journey.personas(), (-offset, offset), strict=True):
        colour = _rgb(theme.persona_colour(persona, journey.personas().index(persona)))
        at = (round((x + dx) * SCALE), round(y * SCALE))
        for image in (canvas, exported):
            assert _near(image.getpixel(at), colour), (persona.name, image.getpixel(at))

    # Each labelled flow: its label in ink on a pill outlined in the flow's colour, a drop-off's
    # right of its marker; the same amount of ink and of flow colour inside the pill.
    labelled = [arrow for arrow in layout.arrows if arrow.label]
    assert any(arrow.target_id is None for arrow in labelled)
    ink = _rgb(theme.ink)
    for arrow in labelled:
        px, py, pw, ph = label_box(arrow.label, *label_centre(arrow, theme), theme)
        inside = _box(Rect(px + 2, py + 1.5, pw - 4, ph - 3))
        flow = _rgb(theme.flow_colours[arrow.kind])
        for rgb, tolerance in ((ink, 60), (flow, 40)):
            want = _count(exported, inside, rgb, tolerance)
            got = _count(canvas, inside, rgb, tolerance)
            assert abs(got - want) <= 0.4 * want + 20, (arrow.label, rgb, got, want)
        assert _count(canvas, inside, ink, 60) > 30, arrow.label
    for arrow in layout.arrows:
        xs, ys = [p[0] for p in arrow.points], [p[1] for p in arrow.points]
        box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        assert _differing(canvas, exported, _box(box, 6)) < 0.12, arrow.flow_id

"""PNG drawing survives shapes smaller than their rounded corners (a short flow label far out)."""

from __future__ import annotations

from PIL import Image

from journeymapper.export.raster import PillowPainter


def test_a_pill_smaller_than_its_corner_is_drawn_not_refused() -> None:
    image = Image.new("RGBA", (60, 60), "white")
    painter = PillowPainter(image, 1.0)
    # a 4 x 2.3 px pill with a 1.17 px corner (a two-digit flow label on a far-out PNG):
    # Pillow alone raises "x1 must be greater than or equal to x0" here
    painter.rect(20.26, 40.22, 4.14, 2.33, "#ffffff", "#0072b2", 1.0, 1.1667)
    painter.rect(10.0, 10.0, 30.0, 12.0, "#ffffff", "#0072b2", 1.0, 3.5)
    inked = [image.getpixel((x, y)) for x in range(20, 25) for y in range(40, 43)]
    assert any(pixel != (255, 255, 255, 255) for pixel in inked)

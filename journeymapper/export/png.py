"""PNG export with Pillow: the poster at --dpi × --scale, and the map file inside (iTXt).

The image is the poster composition (title, whole map, legend) at its natural size,
1 point = 1/72 inch, times ``dpi / 72 × scale``. Very large maps are capped at
``MAX_PIXELS`` (the effective dpi drops and a note says so). Small images are drawn
at twice the size and reduced, so lines are anti-aliased; text always is. The map's
JSON (``dumps_map``) is stored in an iTXt chunk named ``journeymapper``, so opening
the PNG restores the map: with a view or a persona only what the picture shows
(``shown_map``), and nothing with ``embed=False`` (``--no-embed``).
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from ..io.atomic import write_atomic
from ..io.jmap import dumps_map
from ..io.messages import file_msg
from ..layout import compute_layout, get_theme
from ..model import JourneyMap
from ..render.draw_map import persona_colours
from ..render.painter import hex_rgb
from .gcpause import gc_paused
from .options import ExportOptions
from .poster import draw_poster, poster_frame
from .raster import PillowPainter
from .resolve import layout_options
from .shown import shown_map

MAX_PIXELS = 16_000_000
SUPERSAMPLE_PIXELS = 8_000_000
PNG_KEYWORD = "journeymapper"


def render_png(journey: JourneyMap, options: ExportOptions) -> tuple[bytes, list[str]]:
    """The PNG file's bytes and notes for the user."""
    theme = get_theme(options.theme)
    layout = compute_layout(journey, layout_options(journey, options))
    frame = poster_frame(journey, layout, theme)
    notes: list[str] = []
    scale = options.dpi / 72.0 * options.scale
    if scale <= 0:
        raise ValueError("dpi and scale must be positive")
    pixels = frame.width * frame.height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
        asked = f"{options.dpi * options.scale:.0f}"
        notes.append(file_msg("export.png_dpi", f"{scale * 72:.0f}", asked))
    size = (max(1, round(frame.width * scale)), max(1, round(frame.height * scale)))
    factor = 2 if size[0] * size[1] <= SUPERSAMPLE_PIXELS else 1
    big = (size[0] * factor, size[1] * factor)
    if options.transparent:
        image = Image.new("RGBA", big, (0, 0, 0, 0))
    else:
        image = Image.new("RGB", big, hex_rgb(theme.background))
    painter = PillowPainter(image, scale * factor)
    draw_poster(painter, journey, layout, theme, frame, persona_colours(journey, theme))
    if factor > 1:
        image = image.resize(size, Image.Resampling.LANCZOS)
    info = PngInfo()
    if options.embed:  # only what the picture shows: a view's PNG never carries the rest
        embedded = dumps_map(shown_map(journey, options)).decode("utf-8")
        info.add_itxt(PNG_KEYWORD, embedded, zip=True)
    dpi = round(scale * 72)
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info, dpi=(dpi, dpi), optimize=False, compress_level=6)
    return out.getvalue(), notes


def export_png(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the PNG atomically; returns notes for the user (e.g. a lowered dpi)."""
    with gc_paused():
        data, notes = render_png(journey, options)
    write_atomic(path, data)
    return notes

"""Qt drawing helpers for scene items: the bundled font, layout text runs, colours, markers."""

from __future__ import annotations

import atexit
import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPainterPath,
    QPolygonF,
    QTextLayout,
)
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ..layout.fonts import font_path
from ..model import Channel, Marker
from ..render.painter import marker_polygon

# Text is shaped at this pixel size and scaled down, so glyph advances match the layout's metrics.
_BASE_PX = 100
_UNBOUNDED = 1e7  # a line width no single line of text reaches
# Below this many device pixels a line of text is not drawn (level of detail).
MIN_TEXT_PX = 4.0
# Layout text runs: below GREEK_PX a line is a light bar as long as the text (cheap, and reads
# as "text here" instead of a mush of tiny glyphs); below MIN_BAR_PX nothing is drawn.
GREEK_PX = 5.0
MIN_BAR_PX = 1.2
BAR_ALPHA = 70
ACCENT = "#2563eb"
CHANNEL_ICONS: dict[Channel, str] = {
    Channel.WEB: "⊕",
    Channel.APP: "▣",
    Channel.EMAIL: "✉",
    Channel.PHONE: "☎",
    Channel.STORE: "⌂",
    Channel.COURIER: "✈",
    Channel.SOCIAL: "☺",
    Channel.AD: "✦",
    Channel.CHAT: "✎",
    Channel.OTHER: "●",
}


@functools.cache
def font_family() -> str:
    """Load the bundled DejaVu Sans (regular and bold) into Qt once; its family name."""
    family = "DejaVu Sans"
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


@functools.cache
def base_font(bold: bool) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(_BASE_PX)
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def editor_font(size: float, bold: bool) -> QFont:
    """The bundled font at ``size`` scene units, for inline editors."""
    font = QFont(base_font(bold))
    font.setPixelSize(max(1, round(size)))
    return font


@functools.lru_cache(maxsize=512)
def colour(value: str, alpha: int = 255) -> QColor:
    result = QColor(value)
    result.setAlpha(alpha)
    return result


def detail(painter: QPainter) -> float:
    """Device pixels per scene unit for the painter's current transform."""
    return float(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()))


def draw_text(
    painter: QPainter, x: float, baseline: float, text: str, size: float, bold: bool, ink: QColor
) -> None:
    """One line of text with its em exactly ``size`` scene units, baseline at (x, baseline)."""
    runs = _glyph_runs(text, bold)
    if not runs:
        return
    painter.save()
    painter.setPen(ink)
    painter.translate(x, baseline)
    scale = size / _BASE_PX
    painter.scale(scale, scale)
    origin = QPointF(0, -_ascent(bold))
    for run in runs:
        painter.drawGlyphRun(origin, run)
    painter.restore()


@functools.cache
def _ascent(bold: bool) -> float:
    return QFontMetricsF(base_font(bold)).ascent()


@functools.lru_cache(maxsize=50_000)
def _glyph_runs(text: str, bold: bool) -> tuple[QGlyphRun, ...]:
    """``text`` shaped once into positioned glyphs.

    Drawn under the zoom's scale, a QStaticText or drawText is shaped again on every repaint;
    glyph runs are only rasterised (and Qt caches the glyph images per scale).
    """
    layout = QTextLayout(text, base_font(bold))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(_UNBOUNDED)
    layout.endLayout()
    return tuple(layout.glyphRuns())


# Glyph runs hold the application's font engines: drop them before Qt shuts down.
atexit.register(_glyph_runs.cache_clear)


def text_visible(painter: QPainter, size: float) -> bool:
    return size * detail(painter) >= MIN_TEXT_PX


def marker_path(marker: Marker, x: float, y: float, r: float) -> QPainterPath:
    """The outline of a persona marker centred on (x, y)."""
    path = QPainterPath()
    points = marker_polygon(marker, x, y, r)
    if points is None:
        path.addEllipse(QPointF(x, y), r, r)
    else:
        path.addPolygon(QPolygonF([QPointF(px, py) for px, py in points]))
        path.closeSubpath()
    return path


OVERVIEW_PX = 8  # the device size of stage and lane names when their own text is too small
OVERVIEW_MIN_PX = 6  # ... or smaller, down to this, when their box is lower than that


def draw_overview_label(painter: QPainter, rect: QRectF, text: str, ink: QColor) -> bool:
    """Far zoomed out: ``text`` at a readable device size, elided, centred in ``rect``.

    Returns False (and draws nothing) when the layout's own text is big enough, or when the
    box is too small on screen to hold even the overview text.
    """
    device = painter.worldTransform().mapRect(rect)
    px = min(OVERVIEW_PX, int(device.height()) - 1)
    if px < OVERVIEW_MIN_PX or device.width() < px * 3:
        return True
    font = QFont(base_font(True))
    font.setPixelSize(px)
    metrics = QFontMetricsF(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, device.width() - 6)
    painter.save()
    painter.resetTransform()
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(device.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()
    return True

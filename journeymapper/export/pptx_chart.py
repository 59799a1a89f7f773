"""Emotion curves as a native PowerPoint line chart a stakeholder can restyle.

One series per persona and state (as is: solid, to be: dashed), the touchpoints as
categories, the emotion scale as the value axis (its minimum to maximum, one unit per
step). The chart's plot area is laid over the map's emotion lane: the first touchpoint
at its left edge, the last at its right, the scale's ends at its top and bottom, so the
points sit under their cards. The slide draws the scale's labels and gridlines itself.
"""

from __future__ import annotations

from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Emu, Pt

from ..model import Marker
from ..render.painter import hex_rgb
from .pptx_shapes import EMU, LANGUAGES, ChartRequest
from .pptx_text import clean_text

MARKERS = {
    Marker.CIRCLE: XL_MARKER_STYLE.CIRCLE,
    Marker.SQUARE: XL_MARKER_STYLE.SQUARE,
    Marker.TRIANGLE: XL_MARKER_STYLE.TRIANGLE,
    Marker.DIAMOND: XL_MARKER_STYLE.DIAMOND,
    Marker.STAR: XL_MARKER_STYLE.STAR,
    Marker.CROSS: XL_MARKER_STYLE.X,
}


def _child(parent: Any, tag: str, before: tuple[str, ...] = ()) -> Any:
    """``parent``'s child ``tag``, made (before the first of ``before``) when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = etree.SubElement(parent, qn(tag))
    for name in before:
        anchor = parent.find(qn(name))
        if anchor is not None:
            anchor.addprevious(element)
            break
    return element


def _no_fill(parent: Any, before: tuple[str, ...] = ()) -> None:
    sppr = _child(parent, "c:spPr", before)
    for old in list(sppr):
        sppr.remove(old)
    etree.SubElement(sppr, qn("a:noFill"))
    line = etree.SubElement(sppr, qn("a:ln"))
    etree.SubElement(line, qn("a:noFill"))


def add_chart(slide: Slide, request: ChartRequest, language: str) -> Any:
    """Make the chart part of ``request`` on ``slide``; returns its graphic frame element."""
    spec = request.chart
    data: Any = CategoryChartData()  # type: ignore[no-untyped-call]
    data.categories = [clean_text(name) or " " for name in spec.categories]
    # python-pptx finds a category's position by summing over those before it (quadratic:
    # seconds for a 1,000-touchpoint chart); ours are one flat level, so it is the position.
    categories = data.categories
    positions = {id(category): i for i, category in enumerate(categories)}
    categories.index = lambda category: positions[id(category)]
    for series in spec.series:
        data.add_series(clean_text(series.name), series.values)
    left, top, right, bottom = request.frame
    frame: Any = slide.shapes.add_chart(
        XL_CHART_TYPE.LINE_MARKERS,
        Emu(round(left * EMU)),
        Emu(round(top * EMU)),
        Emu(max(1, round((right - left) * EMU))),
        Emu(max(1, round((bottom - top) * EMU))),
        data,
    )
    chart = frame.chart
    chart.has_legend = False
    chart.has_title = False
    chart.font.size = Pt(12)  # hidden labels; if a user shows them, at the deck's type floor
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale = spec.minimum, spec.maximum
    axis.major_unit = 1
    axis.has_major_gridlines = False
    axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    axis.format.line.fill.background()
    categories = chart.category_axis
    categories.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    categories.format.line.fill.background()
    for series, drawn in zip(chart.plots[0].series, spec.series, strict=True):
        colour = RGBColor(*hex_rgb(drawn.colour))  # type: ignore[no-untyped-call]
        series.smooth = False  # straight: a smoothed line would overshoot the scale
        line = series.format.line
        line.color.rgb = colour
        line.width = Pt(1.25 if drawn.dashed else 1.75)
        if drawn.dashed:
            line.dash_style = MSO_LINE_DASH_STYLE.DASH
        series.marker.style = MARKERS.get(drawn.marker, XL_MARKER_STYLE.CIRCLE)
        series.marker.size = 5
        series.marker.format.line.color.rgb = colour
        if drawn.dashed:
            series.marker.format.fill.background()
        else:
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
    space = chart._chartSpace  # noqa: SLF001
    _layout(space, request)
    chart_element = space.find(qn("c:chart"))
    blanks = _child(chart_element, "c:dispBlanksAs", ("c:showDLblsOverMax", "c:extLst"))
    blanks.set("val", "span")  # a persona's line runs past touchpoints without its emotion
    value_axis = space.find(qn("c:chart")).find(qn("c:plotArea")).find(qn("c:valAx"))
    between = _child(value_axis, "c:crossBetween", ("c:majorUnit", "c:minorUnit", "c:extLst"))
    between.set("val", "midCat")  # first and last touchpoint on the plot's edges
    _no_fill(space, ("c:txPr", "c:externalData", "c:printSettings", "c:userShapes", "c:extLst"))
    _no_fill(space.find(qn("c:chart")).find(qn("c:plotArea")))
    for text in space.iter(qn("a:defRPr")):
        text.set("lang", LANGUAGES.get(language, "en-US"))
    element: Any = frame._element  # noqa: SLF001
    element.find(qn("p:nvGraphicFramePr")).find(qn("p:cNvPr")).set("id", str(request.shape_id))
    element.find(qn("p:nvGraphicFramePr")).find(qn("p:cNvPr")).set("name", "Emotions")
    return element


def _layout(space: Any, request: ChartRequest) -> None:
    """Pin the inner plot area onto the emotion lane's plot inside the chart frame."""
    left, top, right, bottom = request.frame
    width, height = max(right - left, 1e-6), max(bottom - top, 1e-6)
    x, y, w, h = request.chart.plot
    plot_area = space.find(qn("c:chart")).find(qn("c:plotArea"))
    old = plot_area.find(qn("c:layout"))
    if old is not None:
        plot_area.remove(old)
    layout = etree.Element(qn("c:layout"))
    manual = etree.SubElement(layout, qn("c:manualLayout"))
    for tag, value in (("c:layoutTarget", "inner"), ("c:xMode", "edge"), ("c:yMode", "edge")):
        etree.SubElement(manual, qn(tag)).set("val", value)
    for tag, fraction in (
        ("c:x", (x - left) / width),
        ("c:y", (y - top) / height),
        ("c:w", w / width),
        ("c:h", h / height),
    ):
        etree.SubElement(manual, qn(tag)).set("val", f"{fraction:.6f}")
    plot_area.insert(0, layout)

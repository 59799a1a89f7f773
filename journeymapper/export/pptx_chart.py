"""Emotion curves as a native PowerPoint line chart a stakeholder can restyle.

One series per persona and state (as is: solid, to be: dashed), the touchpoints as
categories, the emotion scale as the value axis (its minimum to maximum, one unit per
step). The chart's plot area is laid over the map's emotion lane: the first touchpoint
at its left edge, the last at its right, the scale's ends at its top and bottom, so the
points sit under their cards. The slide draws the scale's labels and gridlines itself.

The chart part is written as text in the shape python-pptx gives a line chart with
markers, its data in an embedded workbook (``pptx_workbook``) that "Edit Data" opens.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..model import Marker
from ..render.painter import ChartSeries
from .pptx_shapes import LANGUAGES, ChartRequest, _e, _solid
from .pptx_text import clean_text
from .pptx_workbook import column_name, workbook

MARKERS = {
    Marker.CIRCLE: "circle",
    Marker.SQUARE: "square",
    Marker.TRIANGLE: "triangle",
    Marker.DIAMOND: "diamond",
    Marker.STAR: "star",
    Marker.CROSS: "x",
}
SOLID_WIDTH, DASHED_WIDTH = 22225, 15875  # 1.75 pt and 1.25 pt in EMU
CAT_AXIS, VALUE_AXIS = "2118791784", "2140495176"
NO_FILL = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
CHART_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<c:date1904 val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea>'
)
FRAME = (
    '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="Emotions"/>'
    '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
    '</p:nvGraphicFramePr><p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></p:xfrm>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<c:chart r:id="{rid}"/></a:graphicData></a:graphic></p:graphicFrame>'
)


def _number(value: float) -> str:
    return str(float(value))


def _series(index: int, series: ChartSeries, categories: str, rows: int) -> str:
    column = column_name(index + 2)
    colour = _solid(series.colour)
    dash = '<a:prstDash val="dash"/>' if series.dashed else ""
    width = DASHED_WIDTH if series.dashed else SOLID_WIDTH
    fill = "<a:noFill/>" if series.dashed else colour
    symbol = MARKERS.get(series.marker, "circle")
    values = "".join(
        f'<c:pt idx="{i}"><c:v>{_number(value)}</c:v></c:pt>'
        for i, value in enumerate(series.values)
        if value is not None
    )
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/><c:tx><c:strRef>'
        f'<c:f>Sheet1!${column}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0">'
        f"<c:v>{escape(clean_text(series.name))}</c:v></c:pt></c:strCache></c:strRef></c:tx>"
        f'<c:spPr><a:ln w="{width}">{colour}{dash}</a:ln></c:spPr>'
        f'<c:marker><c:symbol val="{symbol}"/><c:size val="5"/><c:spPr>{fill}<a:ln>{colour}'
        f"</a:ln></c:spPr></c:marker>{categories}<c:val><c:numRef>"
        f"<c:f>Sheet1!${column}$2:${column}${rows + 1}</c:f><c:numCache>"
        f'<c:formatCode>General</c:formatCode><c:ptCount val="{len(series.values)}"/>{values}'
        '</c:numCache></c:numRef></c:val><c:smooth val="0"/></c:ser>'
    )


def _layout(request: ChartRequest) -> str:
    """The inner plot area pinned onto the emotion lane's plot inside the chart frame."""
    left, top, right, bottom = request.frame
    width, height = max(right - left, 1e-6), max(bottom - top, 1e-6)
    x, y, w, h = request.chart.plot
    fractions = "".join(
        f'<c:{tag} val="{fraction:.6f}"/>'
        for tag, fraction in (
            ("x", (x - left) / width),
            ("y", (y - top) / height),
            ("w", w / width),
            ("h", h / height),
        )
    )
    return (
        '<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/>'
        f'<c:yMode val="edge"/>{fractions}</c:manualLayout></c:layout>'
    )


def chart_xml(request: ChartRequest, language: str) -> str:
    """The chart part of ``request``: the series' look, the axes hidden, no fill anywhere."""
    spec = request.chart
    names = [clean_text(name) or " " for name in spec.categories]
    points = "".join(
        f'<c:pt idx="{i}"><c:v>{escape(name)}</c:v></c:pt>' for i, name in enumerate(names)
    )
    categories = (
        f"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${len(names) + 1}</c:f><c:strCache>"
        f'<c:ptCount val="{len(names)}"/>{points}</c:strCache></c:strRef></c:cat>'
    )
    series = "".join(_series(i, line, categories, len(names)) for i, line in enumerate(spec.series))
    lang = LANGUAGES.get(language, "en-US")
    return (
        CHART_HEAD
        + _layout(request)
        + '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>'
        + series
        + '<c:marker val="1"/><c:smooth val="0"/>'
        f'<c:axId val="{CAT_AXIS}"/><c:axId val="{VALUE_AXIS}"/></c:lineChart>'
        f'<c:catAx><c:axId val="{CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/>'
        '</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorTickMark val="out"/>'
        '<c:minorTickMark val="none"/><c:tickLblPos val="none"/>'
        "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>"
        f'<c:crossAx val="{VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>'
        '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="{VALUE_AXIS}"/><c:scaling><c:max val="{_number(spec.maximum)}"/>'
        f'<c:min val="{_number(spec.minimum)}"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="l"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
        '<c:tickLblPos val="none"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>'
        f'<c:crossAx val="{CAT_AXIS}"/><c:crosses val="autoZero"/>'
        '<c:crossBetween val="midCat"/><c:majorUnit val="1.0"/></c:valAx>'
        + NO_FILL
        + '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="span"/>'
        '<c:showDLblsOverMax val="0"/></c:chart>'
        + NO_FILL
        + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        f'<a:defRPr sz="1200" lang="{lang}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
        '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
    )


def chart_workbook(request: ChartRequest) -> bytes:
    """The chart's data as the workbook PowerPoint's "Edit Data" opens."""
    spec = request.chart
    return workbook(
        [clean_text(name) or " " for name in spec.categories],
        [(clean_text(line.name), line.values) for line in spec.series],
    )


def chart_frame(request: ChartRequest, rid: str) -> str:
    """The slide's graphic frame that shows chart ``rid`` over the emotion lane."""
    left, top, right, bottom = request.frame
    return FRAME.format(
        id=request.shape_id,
        x=_e(left),
        y=_e(top),
        cx=max(1, _e(right - left)),
        cy=max(1, _e(bottom - top)),
        rid=rid,
    )

"""A PowerPoint painter that writes DrawingML shape XML directly (fast, native, editable).

python-pptx builds each shape through several XML manipulations (tens of
milliseconds for a whole card); here a slide's shapes are collected as XML text and
written as the slide at once. What the drawing code marks as a group (``painter.group``)
becomes one group shape: a card (its box, channel strip and ONE text box whose text wraps
and reflows when edited), a lane, a stage header. A ``title``/``subtitle`` group becomes the
slide layout's title placeholder; an ``emotion`` line chart is left as a marker that
``pptx`` replaces with a native chart. Other text is one box with a paragraph per line;
curves are freeforms of cubic Béziers; runs of identically styled small polygons and
circles (markers, arrow heads) are merged into one freeform. Every extent is ≥ 0.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from ..layout.curves import Segment
from ..layout.text import LINE_SPACING, line_height, measure
from ..render.painter import Line, LineChart, Point, hex_rgb
from .pptx_text import clean_text

_QUOTE = {'"': "&quot;"}
FONT = "DejaVu Sans"
EMU = 12700  # per point
KAPPA = 0.5522847498
LANGUAGES = {"en": "en-US", "ru": "ru-RU", "uk": "uk-UA", "lv": "lv-LV"}
MIN_TEXT = 1.0
ASCENT = 0.8  # where PowerPoint puts the baseline within an exactly spaced line
Style = tuple[str | None, str | None, float, tuple[float, ...]]
Box = tuple[float, float, float, float]  # left, top, right, bottom in points
Drawn = tuple[int, list[str], list[Box]]  # first id, shapes' XML and areas ``repeat`` copies
PLACEHOLDERS = {"title": '<p:ph type="title"/>', "subtitle": '<p:ph type="subTitle" idx="1"/>'}
CENTRED_TITLE = '<p:ph type="ctrTitle"/>'
SHAPE = (  # a shape's id, name and place, before its geometry (w, h ≥ 0: max(1, ·) is "or 1")
    '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s %d"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
    '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
)
TEXT_BOX = (  # a text box's id (twice), place and wrap, before its paragraphs
    '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Text %d"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
    '</p:nvSpPr><p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
    '<p:txBody><a:bodyPr wrap="%s" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0">'
    "<a:noAutofit/></a:bodyPr><a:lstStyle/>"
)
_SHAPE_ID = re.compile(r'<p:sp><p:nvSpPr><p:cNvPr id="(\d+)" name="([A-Za-z]+ )(\d+)"')
REPEATS = 64  # runs of loose shapes ``repeat`` remembers (a legend is a few)
CUSTOM_HEAD = (
    '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
    "<a:pathLst>"
)


@dataclass
class _Group:
    kind: str
    name: str
    start: int  # index of its first shape in ``parts``
    box: Box | None = None  # a card's own rectangle, which its text wraps in
    bullets: list[float] = field(default_factory=list)  # y of markers that start paragraphs


@dataclass
class ChartRequest:
    """A native chart to put where the marker ``key`` stands in the slide's XML."""

    key: str
    shape_id: int
    chart: LineChart
    frame: Box


@dataclass
class _Shapes:
    parts: list[str] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)

    def add(self, xml: str, box: Box) -> None:
        self.parts.append(xml)
        self.boxes.append(box)


def _numbered(part: str) -> bool:
    """Whether ``part`` is one shape whose id also ends its name (``repeat`` can renumber)."""
    match = _SHAPE_ID.match(part)
    return match is not None and match[1] == match[3] and part.count("<p:cNvPr ") == 1


def _renumbered(part: str, shift: int) -> str:
    """``part`` (``_numbered``) with its id, and the number in its name, moved by ``shift``."""
    match = _SHAPE_ID.match(part)
    assert match is not None
    new = int(match[1]) + shift
    return f'{part[: match.start(1)]}{new}" name="{match[2]}{new}"{part[match.end() :]}'


def _widest(lines: Sequence[Line]) -> float:
    """Where the longest of ``lines`` ends, with room for another renderer's rounding."""
    return max(line.x + measure(line.text, line.size, line.bold) * 1.04 + 2 for line in lines)


def _baseline(line: Line) -> float:
    return line.baseline


def _e(value: float) -> int:
    return round(value * EMU)


@functools.lru_cache(maxsize=1024)
def _hex(colour: str) -> str:
    r, g, b = hex_rgb(colour)
    return f"{r:02X}{g:02X}{b:02X}"


@functools.lru_cache(maxsize=1024)
def _run_head(lang: str, size: float, bold: bool, colour: str) -> str:
    """A text run's XML before its text, once per style for the whole deck."""
    b = ' b="1"' if bold else ""
    sz = max(100, round(size * 2) * 50)
    return (
        f'<a:r><a:rPr lang="{lang}" sz="{sz}"{b} dirty="0">{_solid(colour)}'
        f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/>'
        "</a:rPr><a:t>"
    )


@functools.lru_cache(maxsize=1024)
def _solid(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{_hex(colour)}"/></a:solidFill>'


@functools.lru_cache(maxsize=256)
def _path_template(points: int, cubic: bool, closed: bool) -> str:
    """A path's XML with ``%d`` for each coordinate: a move, then Béziers (three points
    each) or lines; ``%`` truncates toward zero as ``int`` does."""
    point = '<a:pt x="%d" y="%d"/>'
    if cubic:
        rest = f"<a:cubicBezTo>{point * 3}</a:cubicBezTo>" * ((points - 1) // 3)
    else:
        rest = f"<a:lnTo>{point}</a:lnTo>" * (points - 1)
    return f"<a:moveTo>{point}</a:moveTo>{rest}" + ("<a:close/>" if closed else "")


@functools.lru_cache(maxsize=1024)
def _paint(style: Style) -> str:
    """A freeform's fill and outline."""
    fill, stroke, width, dash = style
    return (_solid(fill) if fill else "<a:noFill/>") + _line(stroke, width, dash)


@functools.lru_cache(maxsize=1024)
def _line(stroke: str | None, width: float, dash: tuple[float, ...] = ()) -> str:
    if not stroke:
        return "<a:ln><a:noFill/></a:ln>"
    dashed = '<a:prstDash val="dash"/>' if dash else ""
    return f'<a:ln w="{_e(max(width, 0.25))}">{_solid(stroke)}{dashed}<a:round/></a:ln>'


class PptxPainter:
    """Collects one slide's shapes as DrawingML; ``shapes()`` returns them, ready to insert."""

    def __init__(
        self,
        language: str = "en",
        width: float = 960.0,
        centred_title: bool = False,
        drawn: dict[Hashable, Drawn] | None = None,
    ):
        self.out = _Shapes()
        self.next_id = 2
        self.lang = LANGUAGES.get(language, "en-US")
        self.width = width
        self.centred_title = centred_title
        self.pending: tuple[Style, bool, list[tuple[list[Point], bool, Box]]] | None = None
        self.groups: list[_Group] = []
        self.charts: list[ChartRequest] = []
        self.drawn = {} if drawn is None else drawn  # ``repeat``'s memory, shared by slides

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def _xfrm(self, x: float, y: float, w: float, h: float) -> str:
        return (
            f'<a:xfrm><a:off x="{round(x * EMU)}" y="{round(y * EMU)}"/>'
            f'<a:ext cx="{max(1, round(w * EMU))}" cy="{max(1, round(h * EMU))}"/></a:xfrm>'
        )

    def _sp(self, name: str, x: float, y: float, w: float, h: float, body: str) -> None:
        i = self.next_id
        self.next_id = i + 1
        w, h = max(w, 0.0), max(h, 0.0)
        self.out.parts.append(
            SHAPE
            % (i, name, i, round(x * EMU), round(y * EMU), round(w * EMU) or 1, round(h * EMU) or 1)
            + body
            + "</p:sp>"
        )
        self.out.boxes.append((x, y, x + w, y + h))

    def repeat(self, key: Hashable, paint: Callable[[], None]) -> None:
        """Draw what ``paint`` draws, loose shapes ending in a text; if it drew them for the
        same ``key`` before (on this or another slide of the deck), copy them renumbered."""
        if self.pending is not None or self.groups:
            paint()
            return
        try:
            known = self.drawn.get(key)
        except TypeError:  # items that cannot be told apart by value are drawn every time
            paint()
            return
        parts, boxes = self.out.parts, self.out.boxes
        if known is not None:
            first, xml, areas = known
            shift = self.next_id - first
            parts += [_renumbered(part, shift) for part in xml] if shift else xml
            boxes += areas
            self.next_id += len(xml)
            return
        start, first = len(parts), self.next_id
        paint()
        self._flush()
        xml = parts[start:]
        if len(xml) == self.next_id - first and all(map(_numbered, xml)):  # one id a shape
            if len(self.drawn) >= REPEATS:
                del self.drawn[next(iter(self.drawn))]
            self.drawn[key] = (first, xml, boxes[start:])

    # -- groups -------------------------------------------------------------------------

    @contextlib.contextmanager
    def group(self, kind: str, name: str = "") -> Iterator[None]:
        """What is drawn inside is one group shape: a ``card``, ``stage`` or ``crowd`` group,
        named ``name`` or after its text; ``title``/``subtitle`` go into the placeholders."""
        self.begin_group(kind, name)
        try:
            yield
        finally:
            self.end_group()

    def begin_group(self, kind: str, name: str) -> None:
        self._flush()
        self.groups.append(_Group(kind, name, len(self.out.parts)))

    def end_group(self) -> None:
        self._flush()
        group = self.groups.pop()
        parts, boxes = self.out.parts[group.start :], self.out.boxes[group.start :]
        if len(parts) < 2 or group.kind in PLACEHOLDERS:
            return
        lefts, tops, rights, bottoms = zip(*boxes, strict=True)
        left, top, right, bottom = min(lefts), min(tops), max(rights), max(bottoms)
        x, y = _e(left), _e(top)
        cx, cy = max(1, _e(right - left)), max(1, _e(bottom - top))
        i = self._id()
        label = clean_text(f"{group.kind.capitalize()}: {group.name}" if group.name else group.kind)
        xml = (
            f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{i}" name="{escape(label[:120], _QUOTE)}"/>'
            "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>"
            f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/>'
            f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></p:grpSpPr>'
            + "".join(parts)
            + "</p:grpSp>"
        )
        del self.out.parts[group.start :], self.out.boxes[group.start :]
        self.out.add(xml, (left, top, right, bottom))

    def _group_kind(self) -> str:
        return self.groups[-1].kind if self.groups else ""

    # -- shapes -------------------------------------------------------------------------

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None,
        stroke: str | None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        self._flush()
        if w < 0:
            x, w = x + w, -w
        if h < 0:
            y, h = y + h, -h
        if (
            self.groups
            and self.groups[-1].kind in ("card", "stage")
            and self.groups[-1].box is None
        ):
            self.groups[-1].box = (x, y, x + w, y + h)
        if radius > 0 and min(w, h) > 0:
            adj = round(min(0.5, radius / min(w, h)) * 100000)
            geom = f'<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {adj}"/>'
            geom += "</a:avLst></a:prstGeom>"
        else:
            geom = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        paint = (_solid(fill) if fill else "<a:noFill/>") + _line(stroke, width)
        self._sp("Rectangle", x, y, w, h, f"{geom}{paint}</p:spPr>")

    def _queue(self, style: Style, closed: bool, points: list[Point], cubic: bool) -> None:
        """Merge this path into the pending freeform when it is styled the same."""
        xs, ys = zip(*points, strict=True)
        bounds = (min(xs), min(ys), max(xs), max(ys))
        if self.groups and closed and bounds[3] - bounds[1] < 16:
            # a small mark in a card starts a paragraph beside it
            self.groups[-1].bullets.append((bounds[3] + bounds[1]) / 2)
        pending = self.pending
        if pending is not None and pending[0] == style and pending[1] == closed:
            pending[2].append((points, cubic, bounds))
            return
        self._flush()
        self.pending = (style, closed, [(points, cubic, bounds)])

    def _flush(self) -> None:
        """Write the pending paths as one freeform shape at their bounding box."""
        if self.pending is None:
            return
        style, closed, paths = self.pending
        self.pending = None
        if len(paths) == 1:
            left, top, right, bottom = paths[0][2]
        else:
            left = min(bounds[0] for _points, _cubic, bounds in paths)
            top = min(bounds[1] for _points, _cubic, bounds in paths)
            right = max(bounds[2] for _points, _cubic, bounds in paths)
            bottom = max(bounds[3] for _points, _cubic, bounds in paths)
        w, h = max(right - left, 0.01), max(bottom - top, 0.01)
        geometry = []
        ox, oy = left * EMU - 0.5, top * EMU - 0.5  # %d of v - o rounds v - left·EMU
        for points, cubic, _bounds in paths:
            if cubic:  # whole Béziers only
                points = points[: 1 + (len(points) - 1) // 3 * 3]
            numbers = [v for x, y in points for v in (x * EMU - ox, y * EMU - oy)]
            geometry.append(_path_template(len(points), cubic, closed) % tuple(numbers))
        self._sp(
            "Freeform",
            left,
            top,
            w,
            h,
            f'{CUSTOM_HEAD}<a:path w="{max(1, round(w * EMU))}" h="{max(1, round(h * EMU))}">'
            f"{''.join(geometry)}</a:path></a:pathLst></a:custGeom>{_paint(style)}</p:spPr>",
        )

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        if len(points) >= 2:
            self._queue((None, colour, width, dash), False, points, False)

    def curve(
        self,
        start: Point,
        segments: list[Segment],
        colour: str,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        if segments:
            points = [start]
            for c1, c2, end in segments:
                points += (c1, c2, end)
            self._flush()
            self._queue((None, colour, width, dash), False, points, True)
            self._flush()

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        if len(points) >= 2:
            self._queue((fill, stroke, width, ()), True, points, False)

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        k = r * KAPPA
        path: list[Point] = [
            (x + r, y),
            *((x + r, y + k), (x + k, y + r), (x, y + r)),
            *((x - k, y + r), (x - r, y + k), (x - r, y)),
            *((x - r, y - k), (x - k, y - r), (x, y - r)),
            *((x + k, y - r), (x + r, y - k), (x + r, y)),
        ]
        self._queue((fill, stroke, width, ()), True, path, True)

    def line_chart(self, chart: LineChart) -> bool:
        """Leave room for a native line chart (``pptx`` makes it); True: drawn natively."""
        self._flush()
        x, y, w, h = chart.plot
        margin = 6.0
        frame = (x - margin, y - margin, x + w + margin, y + h + margin)
        key = f"<!--chart {len(self.charts)}-->"
        self.charts.append(ChartRequest(key, self._id(), chart, frame))
        self.out.add(key, frame)
        return True

    # -- text ---------------------------------------------------------------------------

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        self.block([Line(x, baseline, text, size, bold, colour)])

    def _run(self, text: str, size: float, bold: bool, colour: str) -> str:
        return f"{_run_head(self.lang, size, bold, colour)}{escape(text)}</a:t></a:r>"

    def block(self, lines: list[Line]) -> None:
        """One text box: reflowing paragraphs in a card or a title, else a paragraph per line."""
        shown = []
        for line in lines:
            if line.text and line.size >= MIN_TEXT:
                text = clean_text(line.text)
                if text:
                    shown.append(line if text == line.text else line._replace(text=text))
        if not shown:
            return
        shown.sort(key=_baseline)
        lines = shown
        self._flush()
        if self.groups and not self.groups[-1].name:
            self.groups[-1].name = " ".join(line.text for line in lines)  # named by its text
        kind = self._group_kind()
        if kind in PLACEHOLDERS:
            self._placeholder(kind, lines)
        elif kind in ("card", "stage") and self.groups[-1].box is not None:
            self._card_text(lines, self.groups[-1].box)
        else:
            self._lines(lines)

    def _lines(self, lines: list[Line]) -> None:
        """A paragraph per line, each line exactly spaced to its baseline, no wrapping."""
        left = min(line.x for line in lines)
        right = _widest(lines)
        first = lines[0]
        pitch = first.size * 1.2
        top = first.baseline - pitch * ASCENT
        paragraphs = []
        previous = top + pitch * ASCENT - pitch
        for line in lines:
            spacing = max(line.baseline - previous, line.size)
            previous = line.baseline
            indent = f' marL="{_e(line.x - left)}"' if line.x - left > 0.05 else ""
            paragraphs.append(
                f'<a:p><a:pPr{indent}><a:lnSpc><a:spcPts val="{round(spacing * 100)}"/></a:lnSpc>'
                f'<a:spcBef><a:spcPts val="0"/></a:spcBef></a:pPr>'
                f"{self._run(line.text, line.size, line.bold, line.colour)}</a:p>"
            )
        bottom = lines[-1].baseline + lines[-1].size * 0.3
        self._text_box(left, top, right, bottom, "none", "".join(paragraphs))

    def _paragraphs(
        self, lines: list[Line], bullets: Sequence[float] = (), attributes: str = ""
    ) -> str:
        """Consecutive lines of one style at the line pitch are one paragraph (wrapped lines),
        unless a bullet mark sits beside the later one."""
        groups: list[list[Line]] = []
        last: Line | None = None
        for line in lines:
            if (
                last is not None
                and last.size == line.size
                and last.bold == line.bold
                and last.colour == line.colour
                and abs(line.baseline - last.baseline - line.size * LINE_SPACING) < 0.6
                and not (
                    bullets
                    and any(line.baseline - line.size <= y <= line.baseline + 1 for y in bullets)
                )
            ):
                groups[-1].append(line)
            else:
                groups.append([line])
            last = line
        out: list[str] = []
        previous = 0.0
        left = min(line.x for line in lines)
        run = self._run
        for lines_of in groups:
            first = lines_of[0]
            pitch = first.size * LINE_SPACING
            before = max(0.0, first.baseline - previous - pitch) if out else 0.0
            previous = lines_of[-1].baseline
            text = first.text if len(lines_of) == 1 else " ".join(li.text for li in lines_of)
            dx = first.x - left
            indent = f' marL="{round(dx * EMU)}"' if dx > 0.05 else ""
            out.append(
                f"<a:p><a:pPr{attributes}{indent}>"
                f'<a:lnSpc><a:spcPts val="{round(pitch * 100)}"/></a:lnSpc>'
                f'<a:spcBef><a:spcPts val="{round(before * 100)}"/></a:spcBef></a:pPr>'
                f"{run(text, first.size, first.bold, first.colour)}</a:p>"
            )
        return "".join(out)

    def _card_text(self, lines: list[Line], box: Box) -> None:
        """The card's text wrapping inside its box, with the box's inner margins."""
        left = min(line.x for line in lines)
        inset = max(0.0, left - box[0])
        first = lines[0]
        top = first.baseline - line_height(first.size) * ASCENT
        # as wide as the box's inner width, or as the widest line drawn (up to the box's
        # edge): a narrower box makes PowerPoint and LibreOffice break that line again
        right = max(left + 1, box[2] - inset, min(box[2], _widest(lines)))
        bottom = max(top + 1, box[3] - min(inset, 4.0))
        bullets = self.groups[-1].bullets if self.groups else []
        self._text_box(left, top, right, bottom, "square", self._paragraphs(lines, bullets))

    def _placeholder(self, kind: str, lines: list[Line]) -> None:
        """The slide's title (or subtitle) in the layout's placeholder, as drawn."""
        left = min(line.x for line in lines)
        first = lines[0]
        top = first.baseline - line_height(first.size) * ASCENT
        bottom = lines[-1].baseline + lines[-1].size * 0.35
        right = max(left + 1, self.width - left)
        ph = PLACEHOLDERS[kind]
        if kind == "title" and self.centred_title:
            ph = CENTRED_TITLE
        i = self._id()
        name = "Title" if kind == "title" else "Subtitle"
        self.out.add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="{name} {i}"/><p:cNvSpPr>'
            f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>'
            f"{self._xfrm(left, top, right - left, bottom - top)}</p:spPr><p:txBody>"
            '<a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
            'anchor="t" anchorCtr="0"><a:normAutofit/></a:bodyPr><a:lstStyle/>'
            + self._paragraphs(lines, attributes=' algn="l"')
            + "</p:txBody></p:sp>",
            (left, top, right, bottom),
        )

    def _text_box(
        self, left: float, top: float, right: float, bottom: float, wrap: str, paragraphs: str
    ) -> None:
        i = self.next_id
        self.next_id = i + 1
        w, h = max(right - left, 0.0), max(bottom - top, 0.0)
        place = (round(left * EMU), round(top * EMU), round(w * EMU) or 1, round(h * EMU) or 1)
        self.out.parts.append(TEXT_BOX % (i, i, *place, wrap) + paragraphs + "</p:txBody></p:sp>")
        self.out.boxes.append((left, top, left + w, top + h))

    def shapes(self) -> str:
        """Every shape drawn so far, as XML for the inside of a slide's ``p:spTree``."""
        self._flush()
        while self.groups:
            self.end_group()
        return "".join(self.out.parts)

"""The workbook embedded in a native chart: categories down column A, a series per column.

The layout python-pptx's chart data uses (names in row 1, from column B; categories from
row 2), written as the few parts a spreadsheet needs: workbook, one sheet, shared strings,
the default style. Empty values stay empty cells, so the chart shows them as gaps.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

from .pptx_package import DEFLATE_LEVEL, XML_HEAD, rels_xml
from .pptx_package import RT as REL

HEAD = XML_HEAD
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CONTENT_TYPES = (
    f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
    "</Types>"
)
PACKAGE_RELS = rels_xml([(f"{REL}/officeDocument", "xl/workbook.xml")])
WORKBOOK = (
    f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><bookViews><workbookView/></bookViews>'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = rels_xml(
    [
        (f"{REL}/worksheet", "worksheets/sheet1.xml"),
        (f"{REL}/styles", "styles.xml"),
        (f"{REL}/sharedStrings", "sharedStrings.xml"),
    ]
)
STYLES = (
    f'{HEAD}<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/>'
    '<name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill>'
    '<patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
    '</border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
    'borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
    'borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" '
    'xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def column_name(number: int) -> str:
    """The spreadsheet column of ``number`` (1 → A, 27 → AA)."""
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _number(value: float) -> str:
    text = repr(float(value))
    return text.removesuffix(".0")


def _string(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<si><t{space}>{escape(text)}</t></si>"


def workbook(
    categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
) -> bytes:
    """An .xlsx of ``categories`` (column A, from row 2) and each (name, values) beside them."""
    strings: dict[str, int] = {}

    def shared(text: str) -> int:
        return strings.setdefault(text, len(strings))

    columns = [column_name(i + 2) for i in range(len(series))]
    rows = [
        '<row r="1">'
        + "".join(
            f'<c r="{column}1" t="s"><v>{shared(name)}</v></c>'
            for column, (name, _values) in zip(columns, series, strict=True)
        )
        + "</row>"
    ]
    for i, category in enumerate(categories):
        r = i + 2
        cells = [f'<c r="A{r}" t="s"><v>{shared(category)}</v></c>']
        for column, (_name, values) in zip(columns, series, strict=True):
            value = values[i] if i < len(values) else None
            if value is not None:
                cells.append(f'<c r="{column}{r}"><v>{_number(value)}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    last = columns[-1] if columns else "A"
    sheet = (
        f'{HEAD}<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
        f'<dimension ref="A1:{last}{len(categories) + 1}"/><sheetData>{"".join(rows)}</sheetData>'
        "</worksheet>"
    )
    total = len(series) + len(categories)
    shared_strings = (
        f'{HEAD}<sst xmlns="{MAIN}" count="{total}" uniqueCount="{len(strings)}">'
        + "".join(_string(text) for text in strings)
        + "</sst>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=DEFLATE_LEVEL) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", PACKAGE_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        book.writestr("xl/styles.xml", STYLES)
        book.writestr("xl/sharedStrings.xml", shared_strings)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
    return out.getvalue()

"""User text made safe for other formats: XML text and attributes, spreadsheet cells.

Every exporter that writes card text into XML (SVG, PPTX, XLSX, HTML) or into a
spreadsheet cell (CSV, XLSX) goes through these helpers, so ``<script>``, ``]]>``,
control characters and formula prefixes stay plain text everywhere:

- ``xml_clean``: drop what XML 1.0 cannot hold (C0 controls except tab and line
  breaks, lone surrogates, U+FFFE/U+FFFF), for libraries that escape by themselves
  (python-pptx, openpyxl). Everything else (RTL marks, emoji, ZWJ sequences) stays.
- ``xml_text`` / ``xml_attr``: cleaned and escaped for hand-written XML or HTML.
- ``guard_cell`` / ``unguard_cell``: a cell that starts with ``= + - @``, a tab or a
  carriage return gets a leading apostrophe, so spreadsheets show it instead of running
  it as a formula; our importers take that apostrophe off again (text that itself
  starts with an apostrophe is guarded too, so the round trip is exact).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot represent (not escaped)."""
    return _NOT_XML.sub("", text)


def xml_text(text: str) -> str:
    """``text`` as XML/HTML character data: cleaned, with ``& < >`` escaped."""
    return escape(xml_clean(text))


def xml_attr(text: str) -> str:
    """``text`` as a quoted XML/HTML attribute value, quotes included."""
    return quoteattr(xml_clean(text))


def needs_guard(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula (or it starts with ')."""
    return text.startswith((*FORMULA_PREFIXES, _GUARD))


def guard_cell(text: str) -> str:
    """``text`` for a spreadsheet cell: a leading apostrophe before formula prefixes."""
    return _GUARD + text if needs_guard(text) else text


def unguard_cell(text: str) -> str:
    """The text ``guard_cell`` was given: a guarding apostrophe is taken off."""
    if text.startswith(_GUARD) and len(text) > 1 and text[1] in (*FORMULA_PREFIXES, _GUARD):
        return text[1:]
    return text

"""The bundled DejaVu fonts cut down to the characters a page uses, as inline WOFF data URLs."""

from __future__ import annotations

import base64
import functools
import io

from fontTools import subset
from fontTools.ttLib import TTFont

from ..layout.fonts import font_path

# Always kept, so the page's own controls (digits, signs, search typing in Latin) render alike.
_BASE = "".join(chr(c) for c in range(0x20, 0x7F)) + "−–—·…×●○→←↑↓«»“”‘’"


@functools.lru_cache(maxsize=8)
def subset_woff(text: str, bold: bool = False) -> bytes:
    """A WOFF font with only the glyphs ``text`` (plus ASCII and a few signs) needs."""
    options = subset.Options()
    options.flavor = "woff"
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    options.drop_tables = [*options.drop_tables, "FFTM"]  # FontForge timestamps
    font = TTFont(str(font_path(bold)), lazy=True)  # reads only the glyphs it keeps
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=_BASE + text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    return out.getvalue()


def font_faces(text: str, family: str) -> str:
    """``@font-face`` rules for the regular and bold subsets of ``text`` as data URLs."""
    rules = []
    for bold in (False, True):
        data = base64.b64encode(subset_woff(text, bold)).decode("ascii")
        weight = "700" if bold else "400"
        rules.append(
            f"@font-face{{font-family:'{family}';font-weight:{weight};font-style:normal;"
            f"src:url(data:font/woff;base64,{data}) format('woff')}}"
        )
    return "\n".join(rules)

"""Text made safe for Office XML: no control characters, lone surrogates or bidi overrides.

Builds on ``io.safe_text.xml_clean`` (what XML 1.0 cannot hold) and also drops what would
disturb a slide or a document property: tabs and line breaks become spaces, C1 controls go,
and so do the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that
would reorder the rest of a line. Emoji and every other printable character stay.
"""

from __future__ import annotations

import re

from ..io.safe_text import xml_clean

_SPACES = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_DROP = re.compile("[\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
# anything either of the above or ``xml_clean`` would touch; most text has none of it
_ANY = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
CORE_LIMIT = 255  # characters OOXML core properties (title, creator …) may hold


def clean_text(text: str) -> str:
    """``text`` as one line of well-formed XML text."""
    if _ANY.search(text) is None:
        return text
    return _DROP.sub("", xml_clean(_SPACES.sub(" ", text)))


def clean_multiline(text: str) -> str:
    """``text`` with its line breaks kept (speaker notes), everything else as ``clean_text``."""
    return "\n".join(clean_text(line) for line in text.replace("\r\n", "\n").split("\n"))


def core_property(text: str) -> str:
    """A core property value: clean, one line, at most ``CORE_LIMIT`` characters."""
    cleaned = clean_text(text).strip()
    if len(cleaned) <= CORE_LIMIT:
        return cleaned
    return cleaned[: CORE_LIMIT - 1].rstrip() + "…"

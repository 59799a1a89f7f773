"""Text measuring, wrapping and eliding with the bundled DejaVu Sans metrics."""

from __future__ import annotations

import functools
from itertools import repeat

from .fonts import font

ELLIPSIS = "…"
LINE_SPACING = 1.2
# DejaVu Sans ascent (0.76 em in reportlab's metrics) plus half the extra line spacing.
BASELINE = 0.76 + (LINE_SPACING - 1.0) / 2


@functools.cache
def _char_widths(bold: bool) -> tuple[dict[int, float], float]:
    face = font(bold).face
    return dict(face.charWidths), float(face.defaultWidth)


@functools.lru_cache(maxsize=200_000)
def _units(text: str, bold: bool) -> float:
    widths, default = _char_widths(bold)
    if " " in text:
        # A line's words were measured (and memoised) when it was wrapped. Every advance is
        # a multiple of 1/256 unit (tests/test_text_widths.py), so sums are exact in any
        # grouping: the words plus the spaces give the very float the characters give.
        words = text.split(" ")
        return sum(map(_units, words, repeat(bold))) + (len(words) - 1) * widths.get(32, default)
    get = widths.get
    return sum(get(ord(c), default) for c in text)


def measure(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points at font ``size``."""
    if len(text) > 64:
        widths, default = _char_widths(bold)
        get = widths.get
        return sum(get(ord(c), default) for c in text) * size / 1000.0
    return _units(text, bold) * size / 1000.0


def line_height(size: float) -> float:
    """The distance between baselines of consecutive lines at font ``size``."""
    return size * LINE_SPACING


def baseline(top: float, size: float) -> float:
    """The baseline of a line whose box starts at ``top``."""
    return top + size * BASELINE


def _split_long(word: str, limit: float, bold: bool) -> list[str]:
    """Break a word wider than ``limit`` (units) into pieces that fit."""
    widths, default = _char_widths(bold)
    pieces: list[str] = []
    start, used = 0, 0.0
    for i, char in enumerate(word):
        w = widths.get(ord(char), default)
        if used + w > limit and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def _elide(line: str, limit: float, bold: bool) -> str:
    """``line`` shortened so that it plus an ellipsis fits ``limit`` units."""
    room = limit - _units(ELLIPSIS, bold)
    widths, default = _char_widths(bold)
    used, end = 0.0, 0
    for char in line:
        w = widths.get(ord(char), default)
        if used + w > room:
            break
        used += w
        end += 1
    return line[:end].rstrip() + ELLIPSIS


WRAP_CACHE_SIZE = 100_000


def wrap(
    text: str, width: float, size: float, bold: bool = False, max_lines: int | None = None
) -> tuple[list[str], bool]:
    """Lines of ``text`` no wider than ``width`` points; the flag is True when text was elided.

    Words wrap at spaces; a word wider than a line breaks between characters; explicit
    newlines start new lines. With ``max_lines`` the last kept line ends with "…".
    Results are memoised by every argument (the answer depends on nothing else).
    """
    lines, cut = _wrap_cached(text, float(width), float(size), bold, max_lines)
    return list(lines), cut


@functools.lru_cache(maxsize=WRAP_CACHE_SIZE)
def _wrap_cached(
    text: str, width: float, size: float, bold: bool, max_lines: int | None
) -> tuple[tuple[str, ...], bool]:
    lines, cut = wrap_uncached(text, width, size, bold, max_lines)
    return tuple(lines), cut


def clear_caches() -> None:
    """Forget memoised wraps and measurements (tests compare against a cold start)."""
    _wrap_cached.cache_clear()
    _units.cache_clear()


def wrap_uncached(
    text: str, width: float, size: float, bold: bool = False, max_lines: int | None = None
) -> tuple[list[str], bool]:
    """``wrap`` without the memo (the reference the cache must agree with)."""
    if max_lines is not None and max_lines <= 0:
        return [], bool(text.strip())
    limit = max(width, 1.0) * 1000.0 / size
    space = _units(" ", bold)
    lines: list[str] = []
    cap = None if max_lines is None else max_lines + 1
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = _units(word, bold) if len(word) <= 64 else limit + 1
            if current and used + space + w <= limit:
                current.append(word)
                used += space + w
                continue
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            if cap is not None and len(lines) >= cap:
                break
            if w > limit:
                pieces = _split_long(word, limit, bold)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], _units(pieces[-1], bold)
            else:
                current, used = [word], w
        if current:
            lines.append(" ".join(current))
        if cap is not None and len(lines) >= cap:
            break
    if max_lines is None or len(lines) <= max_lines:
        return lines, False
    kept = lines[:max_lines]
    kept[-1] = _elide(kept[-1] + " " + lines[max_lines], limit, bold)
    return kept, True

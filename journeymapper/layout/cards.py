"""Touchpoint and annotation cards: wrapped texts, card heights and their grid in a stage column."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Channel, Touchpoint
from .geometry import CardBox, Rect, TextRun
from .text import baseline, line_height, wrap
from .theme import Theme

TITLE_LINES = 3
BODY_LINES = 4
NOTE_LINES = 5
MAX_GRID_COLUMNS = 16
CARD_CACHE_SIZE = 50_000


@dataclass(frozen=True)
class CardText:
    """The wrapped lines of one card before it is placed."""

    entity_id: str
    meta: str
    title: list[str]
    body: list[str]
    elided: bool


@functools.lru_cache(maxsize=4096)
def grid_columns(count: int) -> int:
    """How many card columns a stage with ``count`` touchpoints gets (rows grow after that)."""
    if count <= 5:
        return max(count, 1)
    return min(MAX_GRID_COLUMNS, max(5, math.ceil(math.sqrt(count))))


@functools.lru_cache(maxsize=65_536)
def grid_cell(index: int, count: int) -> tuple[int, int]:
    """(column, row) of card ``index``: filled column by column so map order runs left to right."""
    rows = math.ceil(count / grid_columns(count)) if count else 1
    return index // rows, index % rows


@functools.lru_cache(maxsize=4096)
def grid_rows(count: int) -> int:
    return math.ceil(count / grid_columns(count)) if count else 1


# The theme numbers a card's text and placement depend on (themes themselves are unhashable).
_Metrics = tuple[float, float, float, float, float]


def _metrics(theme: Theme) -> _Metrics:
    return (
        theme.card_width,
        theme.padding,
        theme.meta_size,
        theme.card_title_size,
        theme.card_body_size,
    )


ROOM_MARK = "☎"  # sent from a phone in room mode


def room_mark(room: bool, author: str) -> str:
    """`` · ☎ Marta`` after a card's meta line when a participant sent it from the room."""
    if not room:
        return ""
    return f" · {ROOM_MARK} {author}" if author else f" · {ROOM_MARK}"


def touchpoint_text(
    tp: Touchpoint, theme: Theme, channel_labels: Mapping[Channel, str]
) -> CardText:
    meta = channel_labels.get(tp.channel, tp.channel.value) + room_mark(tp.room, tp.author)
    return _touchpoint_text(tp.id, tp.name, tp.description, meta, _metrics(theme))


@functools.lru_cache(maxsize=CARD_CACHE_SIZE)
def _touchpoint_text(
    tp_id: str, name: str, description: str, meta: str, metrics: _Metrics
) -> CardText:
    card_width, padding, _meta, title_size, body_size = metrics
    inner = card_width - 2 * padding
    title, cut_title = wrap(name, inner, title_size, True, TITLE_LINES)
    body, cut_body = wrap(description, inner, body_size, False, BODY_LINES)
    return CardText(tp_id, meta, title, body, cut_title or cut_body)


def note_text(entity_id: str, text: str, meta: str, theme: Theme) -> CardText:
    return _note_text(entity_id, text, meta, _metrics(theme))


@functools.lru_cache(maxsize=CARD_CACHE_SIZE)
def _note_text(entity_id: str, text: str, meta: str, metrics: _Metrics) -> CardText:
    card_width, padding, _meta, _title, body_size = metrics
    body, cut = wrap(text, card_width - 2 * padding, body_size, False, NOTE_LINES)
    return CardText(entity_id, meta, [], body, cut)


@dataclass(frozen=True)
class StageCards:
    """One stage's touchpoints and their card texts. Memoised by the layout: while none of
    them changes it is the very same object, and the other per-stage memos key on it."""

    touchpoints: tuple[Touchpoint, ...]
    texts: dict[str, CardText]
    tallest: float


def clear_caches() -> None:
    """Forget memoised card texts and placed cards."""
    _touchpoint_text.cache_clear()
    _note_text.cache_clear()
    _place.cache_clear()


def card_height(text: CardText, theme: Theme) -> float:
    """Padding, the meta line, the title lines and the body lines."""
    height = 2 * theme.padding + line_height(theme.meta_size)
    if text.title:
        height += 2 + len(text.title) * line_height(theme.card_title_size)
    if text.body:
        height += 3 + len(text.body) * line_height(theme.card_body_size)
    return height


def place_card(
    text: CardText, x: float, y: float, height: float, theme: Theme, stage_id: str, lane_id: str
) -> CardBox:
    """The card at (x, y) with every line of text placed inside it.

    Memoised: an unchanged card at an unchanged place is the very same CardBox as last time,
    so the canvas can skip it by identity.
    """
    key = (text.entity_id, text.meta, tuple(text.title), tuple(text.body), text.elided)
    return _place(key, x, y, height, _metrics(theme), stage_id, lane_id)


_TextKey = tuple[str, str, tuple[str, ...], tuple[str, ...], bool]


@functools.lru_cache(maxsize=CARD_CACHE_SIZE)
def _place(
    text: _TextKey,
    x: float,
    y: float,
    height: float,
    metrics: _Metrics,
    stage_id: str,
    lane_id: str,
) -> CardBox:
    entity_id, meta, title, body, elided = text
    card_width, pad, meta_size, title_size, body_size = metrics
    left = x + pad
    runs = [TextRun(left, baseline(y + pad, meta_size), meta, meta_size, False, "meta")]
    top = y + pad + line_height(meta_size)
    if title:
        top += 2
        for line in title:
            runs.append(TextRun(left, baseline(top, title_size), line, title_size, True, "title"))
            top += line_height(title_size)
    if body:
        top += 3
        for line in body:
            runs.append(TextRun(left, baseline(top, body_size), line, body_size, False, "body"))
            top += line_height(body_size)
    rect = Rect(x, y, card_width, height)
    return CardBox(entity_id, rect, list(title), list(body), elided, runs, stage_id, lane_id, meta)

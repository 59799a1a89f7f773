"""Touchpoint and annotation cards: wrapped texts, card heights and their grid in a stage column."""

from __future__ import annotations

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


@dataclass(frozen=True)
class CardText:
    """The wrapped lines of one card before it is placed."""

    entity_id: str
    meta: str
    title: list[str]
    body: list[str]
    elided: bool


def grid_columns(count: int) -> int:
    """How many card columns a stage with ``count`` touchpoints gets (rows grow after that)."""
    if count <= 5:
        return max(count, 1)
    return min(MAX_GRID_COLUMNS, max(5, math.ceil(math.sqrt(count))))


def grid_cell(index: int, count: int) -> tuple[int, int]:
    """(column, row) of card ``index``: filled column by column so map order runs left to right."""
    rows = math.ceil(count / grid_columns(count)) if count else 1
    return index // rows, index % rows


def grid_rows(count: int) -> int:
    return math.ceil(count / grid_columns(count)) if count else 1


def touchpoint_text(
    tp: Touchpoint, theme: Theme, channel_labels: Mapping[Channel, str]
) -> CardText:
    inner = theme.card_width - 2 * theme.padding
    title, cut_title = wrap(tp.name, inner, theme.card_title_size, True, TITLE_LINES)
    body, cut_body = wrap(tp.description, inner, theme.card_body_size, False, BODY_LINES)
    meta = channel_labels.get(tp.channel, tp.channel.value)
    return CardText(tp.id, meta, title, body, cut_title or cut_body)


def note_text(entity_id: str, text: str, meta: str, theme: Theme) -> CardText:
    inner = theme.card_width - 2 * theme.padding
    body, cut = wrap(text, inner, theme.card_body_size, False, NOTE_LINES)
    return CardText(entity_id, meta, [], body, cut)


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
    """The card at (x, y) with every line of text placed inside it."""
    pad = theme.padding
    left = x + pad
    runs = [
        TextRun(left, baseline(y + pad, theme.meta_size), text.meta, theme.meta_size, False, "meta")
    ]
    top = y + pad + line_height(theme.meta_size)
    if text.title:
        top += 2
        for line in text.title:
            runs.append(
                TextRun(
                    left,
                    baseline(top, theme.card_title_size),
                    line,
                    theme.card_title_size,
                    True,
                    "title",
                )
            )
            top += line_height(theme.card_title_size)
    if text.body:
        top += 3
        for line in text.body:
            runs.append(
                TextRun(
                    left,
                    baseline(top, theme.card_body_size),
                    line,
                    theme.card_body_size,
                    False,
                    "body",
                )
            )
            top += line_height(theme.card_body_size)
    rect = Rect(x, y, theme.card_width, height)
    return CardBox(
        text.entity_id, rect, text.title, text.body, text.elided, runs, stage_id, lane_id, text.meta
    )

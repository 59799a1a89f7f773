"""How a card looks on every surface (canvas and exports): its colours, strip and text."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..layout import Theme
from ..layout.geometry import CardBox, TextRun
from ..model import Annotation, AnnotationKind, Touchpoint
from .painter import Line, Painter

STRIP_WIDTH = 4.0  # the coloured strip on a card's left edge, in layout points


class CardLook(NamedTuple):
    """The colours one card is drawn in."""

    fill: str
    border: str
    strip: str
    meta_ink: str = ""  # the top line's colour; empty: the theme's ink for that role
    text_ink: str = ""  # every other line's colour; empty: the theme's ink for that role


@cache  # a handful of channel colours over thousands of cards
def mix(colour: str, base: str, amount: float) -> str:
    """``colour`` laid over ``base`` at ``amount`` (0 is ``base``, 1 is ``colour``), as #rrggbb."""
    a, b = colour.lstrip("#"), base.lstrip("#")
    parts = (
        round(int(b[i : i + 2], 16) + (int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) * amount)
        for i in (0, 2, 4)
    )
    return "#" + "".join(f"{p:02x}" for p in parts)


def touchpoint_look(tp: Touchpoint, theme: Theme) -> CardLook:
    """A touchpoint: its own colour where it has one (not in grey-scale print), else its channel."""
    own = tp.colour and theme.use_persona_colours
    strip = tp.colour if own else theme.channel_colour(tp.channel)
    fill = mix(strip, theme.card_fill, theme.card_tint) if theme.card_tint else theme.card_fill
    return CardLook(fill, theme.card_border, strip)


def note_look(note: Annotation, theme: Theme) -> CardLook:
    """A pain point or an opportunity: its kind's fill and border, its text in ink.

    The severity line stays in the muted ink (the border colours are below a 4.5:1 contrast
    as small text on the fill)."""
    pain = note.kind is AnnotationKind.PAIN_POINT
    fill = theme.pain_fill if pain else theme.opportunity_fill
    border = theme.pain_border if pain else theme.opportunity_border
    return CardLook(fill, border, border, theme.muted_ink, theme.ink)


def role_colour(run: TextRun, theme: Theme) -> str:
    """The theme's ink for a kind of text (headers, muted meta and body lines, cells)."""
    if run.role == "header":
        return theme.header_ink
    if run.role in ("meta", "body", "scale"):
        return theme.muted_ink
    return theme.ink


def card_lines(runs: list[TextRun], theme: Theme, look: CardLook) -> list[Line]:
    lines = []
    for r in runs:
        ink = look.meta_ink if r.role == "meta" else look.text_ink
        lines.append(Line(r.x, r.baseline, r.text, r.size, r.bold, ink or role_colour(r, theme)))
    return lines


def draw_card(painter: Painter, box: CardBox, theme: Theme, look: CardLook) -> None:
    """One card at its layout rectangle: frame, strip, then its text as one block."""
    r = box.rect
    painter.rect(r.x, r.y, r.w, r.h, look.fill, look.border, theme.border_width, theme.corner)
    inset = theme.border_width / 2
    painter.rect(r.x + inset, r.y + inset, STRIP_WIDTH, r.h - 2 * inset, look.strip, None, 0, 0)
    if box.runs:
        painter.block(card_lines(box.runs, theme, look))

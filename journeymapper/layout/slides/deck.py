"""The deck as pages: the frame (title, footer) around every page, in deck order."""

from __future__ import annotations

from ...model import JourneyMap
from ...model.analysis import lowest_moments
from ..options import visible
from ..persona_style import persona_styles
from ..text import baseline, wrap
from .items import Box, Item, SlidePage, TextBlock, TextLine
from .pages import (
    DeckData,
    overview_pages,
    persona_pages,
    ranking_pages,
    stage_pages,
    story_pages,
    title_pages,
)
from .spec import FOOTER_SIZE, SlideSpec


def _frame(page: SlidePage, spec: SlideSpec, title: str, number: int) -> None:
    """Background, title (with "continued") and footer behind and around the page's items."""
    theme, s = spec.theme, spec.sizes
    w, h = spec.page
    head: list[Item] = [Box(0, 0, w, h, theme.background, None, 0)]
    if page.kind != "title":
        text = page.title if not page.continued else f"{page.title} ({spec.words['continued']})"
        line = wrap(text, w - 2 * spec.margin, s.title, True, 1)[0][0]
        head.append(
            TextBlock(
                (
                    TextLine(
                        spec.margin,
                        baseline(spec.margin - 14, s.title),
                        line,
                        s.title,
                        True,
                        theme.ink,
                        "title",
                    ),
                )
            )
        )
        head.append(Box(spec.margin, spec.content.y - 10, 60, 3, theme.header_fill, None, 0))
    footer = wrap(f"{title} · {number}", w - 2 * spec.margin, FOOTER_SIZE, False, 1)[0][0]
    page.items[:0] = head
    page.items.append(
        TextBlock(
            (TextLine(spec.margin, h - 16, footer, FOOTER_SIZE, False, theme.muted_ink, "footer"),)
        )
    )


def deck_pages(journey: JourneyMap, spec: SlideSpec) -> list[SlidePage]:
    """Every page of the deck for ``journey`` as ``spec`` asks, framed and numbered.

    Order: title, overview, one slide per stage, ranked pains and opportunities, one
    chart per persona, then (``spec.story``) one slide per lowest moment. Any slide whose
    content does not fit continues on further pages of the same kind.
    """
    shown = visible(journey, spec.options)
    styles = persona_styles(shown.personas, spec.theme)
    data = DeckData(journey, spec, shown, styles, lowest_moments(journey))
    pages = title_pages(data) + overview_pages(data)
    for stage in shown.stages:
        pages += stage_pages(data, stage)
    pages += ranking_pages(data)
    for persona_id in data.persona_ids:
        pages += persona_pages(data, persona_id)
    if spec.story:
        pages += story_pages(data)
    for number, page in enumerate(pages, start=1):
        _frame(page, spec, journey.title, number)
    return pages

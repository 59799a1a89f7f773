"""The deck as pages: the frame (title, footer) around every page, in deck order."""

from __future__ import annotations

from ...model import JourneyMap
from ...model.analysis import lowest_moments
from ..options import shown, visible
from ..persona_style import persona_styles
from ..text import baseline, measure, wrap
from .changes import change_pages
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
from .spec import SlideSpec


def _heading(page: SlidePage, spec: SlideSpec, of: int, room: float) -> tuple[str, float]:
    """The page's title and type size; a further page says so ("continued", or "2/3" on the
    projector, where a long title steps down in size before its name is cut,
    never its page count)."""
    s = spec.sizes
    if not (spec.screen and of > 1):
        text = page.title if not page.continued else f"{page.title} ({spec.words['continued']})"
        return wrap(text, room, s.title, True, 1)[0][0], s.title
    suffix = f" ({page.continued + 1}/{of})"
    smaller = s.heading + 2  # still above every heading on the page
    for size in (s.title, smaller):
        if measure(page.title + suffix, size, True) <= room:
            return page.title + suffix, size
    name = wrap(page.title, room - measure(suffix, smaller, True), smaller, True, 1)[0]
    return (name[0] if name else "") + suffix, smaller


def _frame(page: SlidePage, spec: SlideSpec, title: str, number: int, total: int, of: int) -> None:
    """Background, title (with "continued") and footer behind and around the page's items.

    On the projector the title keeps clear of the timer's place, the footer is at the type
    floor and the page badge ``number/total`` stands in its own place right of it.
    """
    theme = spec.theme
    w, h = spec.page
    head: list[Item] = [Box(0, 0, w, h, theme.background, None, 0)]
    timer, badge = spec.timer_place, spec.badge_place
    if page.kind != "title":
        room = (timer.x - 16 if timer is not None else w - spec.margin) - spec.margin
        line, size = _heading(page, spec, of, room)
        head.append(
            TextBlock(
                (
                    TextLine(
                        spec.margin,
                        baseline(spec.margin - 14, size),
                        line,
                        size,
                        True,
                        theme.ink,
                        "title",
                    ),
                )
            )
        )
        head.append(Box(spec.margin, spec.content.y - 10, 60, 3, theme.header_fill, None, 0))
    size = spec.footer_size
    room = (badge.x - 16 if badge is not None else w - spec.margin) - spec.margin
    text = title if badge is not None else f"{title} · {number}"
    footer = wrap(text, room, size, False, 1)[0]
    page.items[:0] = head
    bottom = h - 16 if badge is None else h - 10
    if footer:
        page.items.append(
            TextBlock(
                (TextLine(spec.margin, bottom, footer[0], size, False, theme.muted_ink, "footer"),)
            )
        )
    if badge is not None:
        label = f"{number}/{total}"
        x = badge.right - measure(label, size, True)
        page.items.append(TextBlock((TextLine(x, bottom, label, size, True, theme.ink, "badge"),)))


def _runs(pages: list[SlidePage]) -> list[int]:
    """For every page, how many pages its slide has (itself and its continuations)."""
    runs: list[int] = []
    for index, page in enumerate(pages):
        if page.continued:
            runs.append(runs[-1])
            continue
        end = index + 1
        while end < len(pages) and pages[end].continued:
            end += 1
        runs.append(end - index)
    return runs


def deck_pages(journey: JourneyMap, spec: SlideSpec) -> list[SlidePage]:
    """Every page of the deck for ``journey`` as ``spec`` asks, framed and numbered.

    Order: title, overview, (``spec.changes``) what changed since a snapshot, one slide per
    stage, ranked pains and opportunities, one chart per persona, then (``spec.story``) one
    slide per lowest moment. Any slide whose
    content does not fit continues on further pages of the same kind.
    """
    view = visible(journey, spec.options)
    styles = persona_styles(view.personas, spec.theme)
    data = DeckData(journey, spec, shown(journey, view), styles, lowest_moments(journey))
    pages = title_pages(data) + overview_pages(data)
    if spec.changes is not None:
        pages += change_pages(spec, spec.changes)
    for stage in view.stages:
        pages += stage_pages(data, stage)
    pages += ranking_pages(data)
    for persona_id in data.persona_ids:
        pages += persona_pages(data, persona_id)
    if spec.story:
        pages += story_pages(data)
    for number, (page, of) in enumerate(zip(pages, _runs(pages), strict=True), start=1):
        _frame(page, spec, journey.title, number, len(pages), of)
    return pages

"""The deck's slides for an export: export options and the map's language into the slide layout."""

from __future__ import annotations

import dataclasses

from ..layout import get_theme
from ..layout.slides import SLIDE_H, ChangeList, SlidePage, SlideSpec, deck_pages
from ..model import JourneyMap
from ..words.labels import channel_names, flow_names, labels_for, metric_names
from .options import ExportOptions, Since
from .resolve import layout_options

MIN_ASPECT, MAX_ASPECT = 1.0, 2.4  # narrower or wider screens are letterboxed


def slide_spec(journey: JourneyMap, options: ExportOptions) -> SlideSpec:
    """The slide layout's inputs for ``options`` (view, persona, theme, story) in its words."""
    language = journey.language.value
    return SlideSpec(
        layout_options(journey, options),
        get_theme(options.theme),
        labels_for(language),
        {k.value: v for k, v in flow_names(language).items()},
        dict(metric_names(language)),
        {k.value: v for k, v in channel_names(language).items()},
        story=options.story,
        changes=change_list(options.since, journey) if options.since is not None else None,
    )


def change_list(since: Since, journey: JourneyMap) -> ChangeList:
    """What changed from ``since`` to ``journey``, in the map's words, for the deck's slide."""
    from ..compare.changes import compare
    from ..compare.report import language_of, sections
    from ..compare.words import Words
    from ..render.compare_draw import summary_counts

    diff = compare(since.journey, journey)
    words = Words(language_of(diff))
    parts = tuple(
        (part.title, tuple((line.op, line.text) for line in part.lines)) for part in sections(diff)
    )
    summary = words("no_changes") if diff.empty else summary_counts(diff, words)
    return ChangeList(words("since", name=words.q(since.name)), summary, parts)


def slide_pages(journey: JourneyMap, options: ExportOptions) -> list[SlidePage]:
    """Every page of the deck, as the PDF and PowerPoint exports draw it."""
    return deck_pages(journey, slide_spec(journey, options))


def screen_spec(journey: JourneyMap, view_id: str | None, width: float, height: float) -> SlideSpec:
    """The projector deck's inputs for a screen of ``width`` x ``height`` pixels.

    The page keeps the deck's height (540 pt) and takes the screen's proportions, so a 16:9
    screen shows exactly the slides ``export --layout slides --theme projector`` writes.
    """
    spec = slide_spec(journey, ExportOptions(theme="projector", layout="slides"))
    aspect = min(max(width / max(height, 1.0), MIN_ASPECT), MAX_ASPECT)
    options = dataclasses.replace(spec.options, view_id=view_id)
    return dataclasses.replace(spec, options=options, page=(round(SLIDE_H * aspect, 3), SLIDE_H))

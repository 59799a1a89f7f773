"""The deck's slides for an export: export options and the map's language into the slide layout."""

from __future__ import annotations

import dataclasses

from ..layout import get_theme
from ..layout.slides import SLIDE_H, SlidePage, SlideSpec, deck_pages
from ..model import JourneyMap
from ..words.labels import channel_names, flow_names, labels_for, metric_names
from .options import ExportOptions
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
    )


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

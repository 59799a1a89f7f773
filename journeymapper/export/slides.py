"""The deck's slides for an export: export options and the map's language into the slide layout."""

from __future__ import annotations

from ..layout import get_theme
from ..layout.slides import SlidePage, SlideSpec, deck_pages
from ..model import JourneyMap
from ..render.words import channel_names, flow_names, labels_for, metric_names
from .options import ExportOptions
from .resolve import layout_options


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

"""Turn export options (view and persona names) into layout options, with clear errors."""

from __future__ import annotations

from ..io.errors import MapFileError
from ..layout import LayoutOptions
from ..model import JourneyMap
from ..words.labels import channel_names, metric_names
from .options import LAYOUTS, PAGES, THEMES, TILES, ExportOptions


def layout_options(journey: JourneyMap, options: ExportOptions, source: str = "") -> LayoutOptions:
    """The layout options for ``options``; unknown names raise MapFileError naming the choices."""
    where = source or journey.title
    if options.theme not in THEMES:
        raise MapFileError(where, f"unknown theme {options.theme!r}; use {', '.join(THEMES)}")
    if options.page not in PAGES:
        raise MapFileError(where, f"unknown page {options.page!r}; use {', '.join(PAGES)}")
    if options.tile is not None and options.tile not in TILES:
        raise MapFileError(where, f"unknown tile size {options.tile!r}; use {', '.join(TILES)}")
    if options.layout is not None and options.layout not in LAYOUTS:
        raise MapFileError(where, f"unknown layout {options.layout!r}; use {', '.join(LAYOUTS)}")
    view_id = None
    if options.view is not None:
        view = next((v for v in journey.views() if v.name == options.view), None)
        if view is None:
            names = ", ".join(repr(v.name) for v in journey.views()) or "none"
            raise MapFileError(where, f"no saved view named {options.view!r} (views: {names})")
        view_id = view.id
    persona_ids = None
    if options.persona is not None:
        persona = next((p for p in journey.personas() if p.name == options.persona), None)
        if persona is None:
            names = ", ".join(repr(p.name) for p in journey.personas()) or "none"
            raise MapFileError(where, f"no persona named {options.persona!r} (personas: {names})")
        persona_ids = [persona.id]
    return LayoutOptions(
        view_id=view_id,
        persona_ids=persona_ids,
        theme=options.theme,
        channel_labels=channel_names(journey.language.value),
        metric_labels=metric_names(journey.language.value),
    )

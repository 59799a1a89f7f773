"""Turn export options (view and persona names) into layout options, with clear errors."""

from __future__ import annotations

from ..io.errors import MapFileError
from ..io.messages import file_msg
from ..layout import LayoutOptions
from ..model import JourneyMap
from ..words.labels import channel_names, metric_names
from .options import LAYOUTS, PAGES, THEMES, TILES, ExportOptions


def layout_options(journey: JourneyMap, options: ExportOptions, source: str = "") -> LayoutOptions:
    """The layout options for ``options``; unknown names raise MapFileError naming the choices."""
    where = source or journey.title
    for code, value, choices in (
        ("export.theme", options.theme, THEMES),
        ("export.page", options.page, PAGES),
        ("export.tile", options.tile, TILES),
        ("export.layout", options.layout, LAYOUTS),
    ):
        if value is not None and value not in choices:
            raise MapFileError(where, file_msg(code, repr(value), ", ".join(choices)))
    view_id = None
    if options.view is not None:
        view = next((v for v in journey.views() if v.name == options.view), None)
        if view is None:
            names = ", ".join(repr(v.name) for v in journey.views()) or file_msg("list.none")
            raise MapFileError(where, file_msg("export.no_view", repr(options.view), names))
        view_id = view.id
    persona_ids = None
    if options.persona is not None:
        persona = next((p for p in journey.personas() if p.name == options.persona), None)
        if persona is None:
            names = ", ".join(repr(p.name) for p in journey.personas()) or file_msg("list.none")
            message = file_msg("export.no_persona", repr(options.persona), names)
            raise MapFileError(where, message)
        persona_ids = [persona.id]
    return LayoutOptions(
        view_id=view_id,
        persona_ids=persona_ids,
        theme=options.theme,
        channel_labels=channel_names(journey.language.value),
        metric_labels=metric_names(journey.language.value),
    )

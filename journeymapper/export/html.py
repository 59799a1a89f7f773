"""Interactive HTML export: one self-contained page (SVG map, data, fonts, script, no requests)."""

from __future__ import annotations

import base64
import hashlib
from importlib import resources
from pathlib import Path

from ..io.atomic import write_atomic
from ..io.safe_text import xml_attr, xml_text
from ..layout import compute_layout, get_theme
from ..model import JourneyMap
from ..render.draw_map import persona_colours
from ..words.labels import labels_for
from .gcpause import gc_paused
from .html_data import PageData, emotion_table, script_json
from .html_fonts import font_faces
from .html_labels import html_labels
from .html_svg import svg_drawing
from .options import ExportOptions
from .poster import poster_frame
from .resolve import layout_options

FONT_FAMILY = "DejaVu Sans"


def _asset(name: str) -> str:
    return resources.files("journeymapper.resources").joinpath("html", name).read_text("utf-8")


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def content_security_policy(script: str, style: str) -> str:
    """Nothing may be fetched: only this page's own script and style, fonts and images inline."""
    return (
        "default-src 'none'; "
        f"script-src {_sha256(script)}; style-src {_sha256(style)}; "
        "font-src data:; img-src data:; connect-src 'none'; media-src 'none'; "
        "object-src 'none'; frame-src 'none'; worker-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def _controls(data: PageData) -> str:
    words = data.words
    personas = []
    for index, pid in enumerate(data.layout.persona_ids):
        persona = data.journey.persona(pid)
        colour = data.colours.get(pid, "")
        personas.append(
            f'<label><input type="checkbox" checked data-persona="{index}">'
            f'<span class="jm-swatch" data-colour={xml_attr(colour)} aria-hidden="true">'
            f'</span><span class="jm-user">{xml_text(persona.name)}</span></label>'
        )
    persona_set = (
        f"<fieldset><legend>{xml_text(words['personas'])}</legend>{''.join(personas)}</fieldset>"
        if personas
        else ""
    )
    states = "".join(
        f'<label><input type="radio" name="jm-state" value="{key}"'
        f"{' checked' if key == 'both' else ''}>{xml_text(words[key])}</label>"
        for key in ("both", "as_is", "to_be")
    )
    state_set = (
        f"<fieldset><legend>{xml_text(words['show'])}</legend>{states}</fieldset>"
        if personas and data.layout.emotion is not None
        else ""
    )
    return (
        f'<div class="jm-tools" role="toolbar" aria-label={xml_attr(words["controls"])}>'
        f'<button type="button" id="jm-zoom-out" aria-label={xml_attr(words["zoom_out"])} '
        f"title={xml_attr(words['zoom_out'])}>−</button>"
        f'<button type="button" id="jm-zoom-in" aria-label={xml_attr(words["zoom_in"])} '
        f"title={xml_attr(words['zoom_in'])}>+</button>"
        f'<button type="button" id="jm-fit">{xml_text(words["fit"])}</button>'
        f'<input type="search" id="jm-search" aria-label={xml_attr(words["search"])} '
        f'placeholder={xml_attr(words["search"])} aria-describedby="jm-count">'
        f'<span id="jm-count" class="jm-count" aria-live="polite"></span>'
        f"{persona_set}{state_set}</div>"
    )


def _stage_list(data: PageData) -> str:
    items = "".join(
        f'<li><button type="button" data-stage="{i}" class="jm-user">{xml_text(name)}</button></li>'
        for i, name in enumerate(data.stage_names.values())
    )
    name = data.words["stages"]
    return f"<nav aria-label={xml_attr(name)}><h2>{xml_text(name)}</h2><ol>{items}</ol></nav>"


def _body(data: PageData, svg: str, table: str) -> str:
    """Skip link, header with controls, stage list, map, details, emotion table, footer."""
    words, title = data.words, data.journey.title
    skip = f'<a class="jm-skip" href="#jm-table">{xml_text(words["table"])}</a>\n'
    section = (
        f'<section class="jm-scroll" tabindex="0" aria-label={xml_attr(words["table"])}>'
        f"{table}</section>\n"
    )
    return (
        (skip if table else "")
        + f'<header><h1 class="jm-user">{xml_text(title)}</h1>{_controls(data)}</header>\n'
        f'<main>\n<div class="jm-main">{_stage_list(data)}\n'
        f'<div id="jm-viewport" tabindex="0" role="region" aria-label={xml_attr(title)} '
        f'aria-describedby="jm-keys">\n<div id="jm-canvas">{svg}</div>\n</div>\n'
        f'<aside id="jm-details" aria-live="polite"><h2>{xml_text(words["details"])}</h2>'
        f'<div id="jm-details-body"></div><p id="jm-keys" class="jm-hint">'
        f"{xml_text(words['keys'])}</p></aside>\n</div>\n"
        + (section if table else "")
        + f"</main>\n<footer>{xml_text(words['made_with'])}</footer>\n"
    )


def render_html(journey: JourneyMap, options: ExportOptions) -> tuple[bytes, list[str]]:
    """The page's bytes and notes for the user (pictures left out)."""
    theme = get_theme(options.theme)
    layout = compute_layout(journey, layout_options(journey, options))
    frame = poster_frame(journey, layout, theme)
    lang = journey.language.value
    words = {**labels_for(lang), **html_labels(lang)}
    data = PageData(journey, layout, frame, words, persona_colours(journey, theme))
    description = words["map_desc"].format(
        stages=len(layout.stage_ids),
        touchpoints=len(layout.cards),
        personas=len(layout.persona_ids),
    )
    drawing = svg_drawing(journey, layout, theme, frame, data.aria_labels(), description)
    payload = script_json(data.payload())
    swatches = "".join(
        f'.jm-swatch[data-colour="{colour}"]{{background:{colour}}}'
        for colour in data.colours.values()
        if _is_colour(colour)
    )
    shown = "".join(sorted(set(drawing) | set(payload) | set("".join(words.values()))))
    style = f"{font_faces(shown, FONT_FAMILY)}\n{_asset('viewer.css')}{swatches}"
    script = _asset("viewer.js")
    table = emotion_table(data)
    head = (
        f'<meta http-equiv="Content-Security-Policy" '
        f'content="{content_security_policy(script, style)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="generator" content="JourneyMapper">\n'
        f"<title>{xml_text(journey.title)}</title>\n<style>{style}</style>\n"
    )
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}'
        f"</head>\n<body>\n{_body(data, drawing, table)}"
        f'<script type="application/json" id="jm-data">{payload}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
    return page.encode("utf-8", "replace"), data.notes


def _is_colour(value: str) -> bool:
    return (
        len(value) in (4, 7)
        and value.startswith("#")
        and all(c in "0123456789abcdefABCDEF" for c in value[1:])
    )


def export_html(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the page atomically; returns notes for the user (pictures left out)."""
    with gc_paused():
        page, notes = render_html(journey, options)
    write_atomic(path, page)
    return notes

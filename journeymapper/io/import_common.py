"""Shared pieces of every importer: a fresh map, its language, persona styles, number text."""

from __future__ import annotations

import contextlib
import math
import re
from typing import Any

from ..model import JourneyMap, Language, Marker, ModelError, Persona
from ..model.messages import msg, quoted
from ..templates.lanes import add_default_lanes, emotion_scale
from .messages import file_msg

# An import makes at most this many rows (tasks) into cards, so the map it makes always fits
# the .jmap size limit with room to spare, and importing stays quick; said before the work.
MAX_IMPORT_ROWS = 20_000


def too_many_rows(kind: str = "rows") -> str:
    """The message for an input over ``MAX_IMPORT_ROWS`` (``kind``: rows or tasks)."""
    return file_msg(f"import.too_many_{kind}", f"{MAX_IMPORT_ROWS:,}")


# Distinct, colour-blind-friendly persona colours (Okabe-Ito) and markers, used in turn.
PERSONA_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")
PERSONA_MARKERS = tuple(Marker)

DEFAULT_PERSONA = {"en": "Customer", "ru": "Клиент", "uk": "Клієнт", "lv": "Klients"}
DEFAULT_STAGE = {"en": "Stage", "ru": "Этап", "uk": "Етап", "lv": "Posms"}
DEFAULT_TITLE = {
    "en": "Imported journey",
    "ru": "Импортированный путь",
    "uk": "Імпортований шлях",
    "lv": "Importēts ceļojums",
}

_UKRAINIAN = re.compile("[ІіЇїЄєҐґ]")
_RUSSIAN = re.compile("[ЫыЭэЁёЪъ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATVIAN = re.compile("[ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽž]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]+")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def guess_language(text: str) -> Language:
    """The map language an imported text is most likely written in (English if unsure)."""
    sample = text[:200_000]
    if _CYRILLIC.search(sample):
        ukrainian = len(_UKRAINIAN.findall(sample))
        russian = len(_RUSSIAN.findall(sample))
        return Language.UK if ukrainian > russian else Language.RU
    if _LATVIAN.search(sample):
        return Language.LV
    return Language.EN


def new_import_map(title: str, language: Language) -> JourneyMap:
    """An empty map for an importer: the title (or a default), default lanes, labelled scale."""
    journey = JourneyMap(DEFAULT_TITLE[language.value], language=language)
    title = " ".join(_CONTROL.sub(" ", title).split())  # no ESC[2J or tabs in a map's title
    if title.strip():
        # an over-long title keeps the default; the content still imports
        with contextlib.suppress(ModelError):
            journey.set_setting("title", title.strip())
    _add_lanes(journey, language)
    return journey


def _add_lanes(journey: JourneyMap, language: Language) -> None:
    """The template's default lanes and labelled −2…+2 scale, in the map's language."""
    add_default_lanes(journey, language.value)
    journey.set_emotion_scale(emotion_scale(language.value))


def persona_style(index: int) -> dict[str, Any]:
    """Colour and marker of the ``index``-th imported persona, so curves stay distinguishable."""
    return {
        "colour": PERSONA_COLOURS[index % len(PERSONA_COLOURS)],
        "marker": PERSONA_MARKERS[index % len(PERSONA_MARKERS)],
    }


def parse_number(text: str, *, decimal_comma: bool = False) -> float | int | None:
    """A decimal number (``3``, ``-1.5``, with ``decimal_comma`` also ``0,5``); else None."""
    text = text.strip()
    if not _NUMBER.fullmatch(text) or (not decimal_comma and "," in text):
        return None
    value = float(text.replace(",", "."))
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() else value


def format_number(value: float) -> str:
    """A number as short text: ``2``, ``-1``, ``0.5``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def chosen_personas(journey: JourneyMap, persona: str | None) -> list[Persona]:
    """Every persona, or only the one named (or with the id) ``persona``; ModelError if none."""
    people = journey.personas()
    if persona is None:
        return people
    chosen = [p for p in people if persona in (p.name, p.id)]
    if not chosen:
        names = ", ".join(p.name for p in people) or file_msg("list.none")
        raise ModelError(msg("persona.unknown_name", quoted(persona), names))
    return chosen[:1]

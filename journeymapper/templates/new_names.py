"""Default names of things added to a map, in the map's own language (not the UI's)."""

from __future__ import annotations

NEW_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "touchpoint": "New touchpoint",
        "stage": "New stage",
        "lane": "New lane",
        "persona": "Persona %1",
        "pain_point": "New pain point",
        "opportunity": "New opportunity",
        "view": "View %1",
    },
    "ru": {
        "touchpoint": "Новая точка контакта",
        "stage": "Новый этап",
        "lane": "Новая строка",
        "persona": "Персона %1",
        "pain_point": "Новая боль",
        "opportunity": "Новая возможность",
        "view": "Вид %1",
    },
    "uk": {
        "touchpoint": "Нова точка дотику",
        "stage": "Новий етап",
        "lane": "Новий рядок",
        "persona": "Персона %1",
        "pain_point": "Нова больова точка",
        "opportunity": "Нова можливість",
        "view": "Подання %1",
    },
    "lv": {
        "touchpoint": "Jauns saskarsmes punkts",
        "stage": "Jauns posms",
        "lane": "Jauna josla",
        "persona": "Persona %1",
        "pain_point": "Jauns sāpju punkts",
        "opportunity": "Jauna iespēja",
        "view": "Skats %1",
    },
}


def new_name(language: str, what: str, number: int | None = None) -> str:
    """The default name of a new ``what`` (touchpoint, stage, lane, persona, pain_point,
    opportunity, view) in a map written in ``language``; ``number`` fills "%1"."""
    table = NEW_NAMES.get(language, NEW_NAMES["en"])
    text = table[what]
    return text.replace("%1", str(number)) if number is not None else text

"""Undo-entry names: every command says what it does and to what (“Rename stage “Sign-up””)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import AnnotationKind, EntityKind, JourneyMap
from .base import tr

ELIDE_AT = 32


def elide(text: str, limit: int = ELIDE_AT) -> str:
    """One line of at most ``limit`` characters (an ellipsis marks the cut)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def quoted(text: str) -> str:
    """``text`` in the UI language's quotation marks."""
    return tr("“%1”").replace("%1", elide(text))


def display_name(journey: JourneyMap, entity_id: str) -> str:
    """What a person calls the entity: its name, a note's text, a flow's “from → to”."""
    entity = journey.find(entity_id)
    if entity is None:
        return ""
    for field in ("name", "text"):
        value = getattr(entity, field, None)
        if isinstance(value, str):
            return value
    source = journey.find(getattr(entity, "source", "") or "")
    target = journey.find(getattr(entity, "target", "") or "")
    ends = [getattr(end, "name", "") for end in (source, target) if end is not None]
    return " → ".join(ends)


def _kind_key(journey: JourneyMap, entity_id: str) -> str:
    kind = journey.kind_of(entity_id)
    if kind is EntityKind.ANNOTATION:
        note = journey.annotation(entity_id)
        return "pain" if note.kind is AnnotationKind.PAIN_POINT else "opportunity"
    return kind.value if kind is not None else ""


def _pick(texts: dict[str, str], journey: JourneyMap, entity_id: str, fallback: str) -> str:
    text = texts.get(_kind_key(journey, entity_id), fallback)
    return text.replace("%1", quoted(display_name(journey, entity_id)))


def add_text(journey: JourneyMap, kind: EntityKind, name: str, is_pain: bool = True) -> str:
    """“Add stage “Payment””, “Add pain point” …"""
    texts = {
        EntityKind.STAGE: tr("Add stage %1"),
        EntityKind.LANE: tr("Add lane %1"),
        EntityKind.PERSONA: tr("Add persona %1"),
        EntityKind.TOUCHPOINT: tr("Add card %1"),
        EntityKind.FLOW: tr("Add flow"),
        EntityKind.ANNOTATION: tr("Add pain point %1") if is_pain else tr("Add opportunity %1"),
        EntityKind.VIEW: tr("Add view %1"),
    }
    return texts[kind].replace("%1", quoted(name) if name else "").strip()


def remove_text(journey: JourneyMap, ids: Iterable[str]) -> str:
    """“Delete stage “Sign-up””, “Delete flow “A → B””, or “Delete 3 items”."""
    present = [i for i in ids if journey.kind_of(i) is not None]
    if len(present) != 1:
        count = len(present)
        return tr("Delete %n item(s)", count) if count else tr("Delete items")
    texts = {
        "stage": tr("Delete stage %1"),
        "lane": tr("Delete lane %1"),
        "persona": tr("Delete persona %1"),
        "touchpoint": tr("Delete card %1"),
        "flow": tr("Delete flow %1"),
        "pain": tr("Delete pain point %1"),
        "opportunity": tr("Delete opportunity %1"),
        "view": tr("Delete view %1"),
    }
    return _pick(texts, journey, present[0], tr("Delete %1"))


def change_text(journey: JourneyMap, entity_id: str, fields: Iterable[str]) -> str:
    """“Rename stage “X””, “Edit opportunity text”, “Edit card “X””."""
    names = set(fields)
    if names == {"name"}:
        texts = {
            "stage": tr("Rename stage %1"),
            "lane": tr("Rename lane %1"),
            "persona": tr("Rename persona %1"),
            "touchpoint": tr("Rename card %1"),
            "view": tr("Rename view %1"),
        }
    elif names == {"text"}:
        texts = {
            "pain": tr("Edit pain point text %1"),
            "opportunity": tr("Edit opportunity text %1"),
        }
    else:
        texts = {
            "stage": tr("Edit stage %1"),
            "lane": tr("Edit lane %1"),
            "persona": tr("Edit persona %1"),
            "touchpoint": tr("Edit card %1"),
            "flow": tr("Edit flow %1"),
            "pain": tr("Edit pain point %1"),
            "opportunity": tr("Edit opportunity %1"),
            "view": tr("Edit view %1"),
        }
    return _pick(texts, journey, entity_id, tr("Edit %1"))


def about(text: str, journey: JourneyMap, entity_id: str) -> str:
    """An action's own words followed by what it acts on: “Change stage goal “Sign-up””."""
    name = display_name(journey, entity_id)
    return f"{text} {quoted(name)}" if name else text


def move_text(journey: JourneyMap, entity_id: str) -> str:
    """“Move stage “Sign-up””, “Move lane “Backstage”” …"""
    texts = {
        "stage": tr("Move stage %1"),
        "lane": tr("Move lane %1"),
        "persona": tr("Move persona %1"),
        "view": tr("Move view %1"),
    }
    return _pick(texts, journey, entity_id, tr("Move %1"))

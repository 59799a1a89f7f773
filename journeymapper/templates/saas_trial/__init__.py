"""The saas-trial template: a 14-day trial of a team task tracker, from discovery to payment."""

from __future__ import annotations

from journeymapper.model import AnnotationKind, Channel, Evidence, FlowKind, Marker

from ..spec import (
    FlowSpec,
    NoteSpec,
    PersonaSpec,
    StageSpec,
    TemplateSpec,
    Texts,
    ViewSpec,
    touchpoint_maker,
)
from . import en, lv, ru, uk

_OBS, _ASM, _PRO = Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED
_PAIN, _OPP = AnnotationKind.PAIN_POINT, AnnotationKind.OPPORTUNITY


_tp = touchpoint_maker("lead", "solo")


SPEC = TemplateSpec(
    stages=(
        StageSpec("discovery", ("marketing",)),
        StageSpec("signup", ("growth",)),
        StageSpec("onboarding", ("product", "success")),
        StageSpec("activation", ("product",)),
        StageSpec("trial_end", ("growth", "sales")),
        StageSpec("payment", ("billing",)),
    ),
    personas=(
        PersonaSpec("lead", "#0072b2", Marker.CIRCLE),
        PersonaSpec("solo", "#d55e00", Marker.SQUARE),
    ),
    touchpoints=(
        _tp("article", "discovery", Channel.WEB, "marketing", _OBS, (1, None), (1, None)),
        _tp("review", "discovery", Channel.WEB, "marketing", _ASM, (0, None), None),
        _tp("pricing", "signup", Channel.WEB, "growth", _OBS, (-1, 1), (0, None), conversion=22),
        _tp(
            "form", "signup", Channel.WEB, "growth", _OBS, (-1, 1), (-1, 1), conversion=64, ces=4.8
        ),
        _tp("welcome", "onboarding", Channel.EMAIL, "success", _ASM, (0, None), (0, None)),
        _tp("wizard", "onboarding", Channel.APP, "product", _OBS, (-2, 1), (-1, 1), drop_off=38),
        _tp(
            "project", "activation", Channel.APP, "product", _OBS, (1, 2), (2, None), conversion=41
        ),
        _tp("invite", "activation", Channel.APP, "product", _OBS, (-1, 1), None, drop_off=27),
        _tp("reminder", "trial_end", Channel.EMAIL, "growth", _OBS, (-1, 1), (-1, 0), drop_off=55),
        _tp("call", "trial_end", Channel.PHONE, "sales", _ASM, (1, None), None, csat=84),
        _tp("card", "payment", Channel.WEB, "billing", _OBS, (0, 1), (0, 1), conversion=14),
        _tp("invoice", "payment", Channel.EMAIL, "billing", _ASM, (0, 1), None, nps=32),
    ),
    flows=(
        FlowSpec("article", "pricing"),
        FlowSpec("pricing", "form", percent=22),
        FlowSpec("form", "welcome", percent=64),
        FlowSpec("welcome", "wizard"),
        FlowSpec("wizard", "project", percent=62),
        FlowSpec("project", "invite"),
        FlowSpec("invite", "reminder"),
        FlowSpec("reminder", "card", percent=14),
        FlowSpec("review", "pricing", FlowKind.ALTERNATE),
        FlowSpec("project", "reminder", FlowKind.ALTERNATE, label="flow.alone"),
        FlowSpec("reminder", "call", FlowKind.ALTERNATE, label="flow.asks_sales"),
        FlowSpec("call", "invoice", FlowKind.ALTERNATE),
        FlowSpec("form", "wizard", FlowKind.SHORTCUT, label="flow.straight_in"),
        FlowSpec("project", "wizard", FlowKind.BACK, label="flow.restart"),
        FlowSpec("wizard", None, FlowKind.EXIT, percent=38, label="flow.leaves_setup"),
        FlowSpec("reminder", None, FlowKind.EXIT, percent=55, label="flow.lapses"),
    ),
    notes=(
        NoteSpec("empty", _PAIN, "wizard", 5, "product", _OBS, votes=5),
        NoteSpec("card_first", _PAIN, "form", 4, "growth", _OBS, votes=3),
        NoteSpec("too_short", _PAIN, "reminder", 4, "growth", _OBS, votes=2),
        NoteSpec("spam", _PAIN, "invite", 3, "product", _ASM, votes=1),
        NoteSpec("per_seat", _PAIN, "pricing", 3, "marketing", _ASM),
        NoteSpec("sample", _OPP, "wizard", 5, "product", _PRO, votes=4),
        NoteSpec("no_card", _OPP, "form", 4, "growth", _PRO, votes=2),
        NoteSpec("checklist", _OPP, "project", 3, "success", _PRO, votes=1),
        NoteSpec("extend", _OPP, "reminder", 3, "growth", _PRO),
        NoteSpec("by_invoice", _OPP, "payment", 2, "billing", _PRO),
    ),
    views=(
        ViewSpec(
            "drop_off",
            lanes=("touchpoints", "emotions", "pain_points", "opportunities", "metrics"),
            stages=("signup", "onboarding", "activation", "trial_end"),
        ),
    ),
)

TEXTS: dict[str, Texts] = {"en": en.TEXTS, "ru": ru.TEXTS, "uk": uk.TEXTS, "lv": lv.TEXTS}

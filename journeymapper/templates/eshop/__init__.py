"""The e-shop template: buying sneakers online, from a social ad to a return or a repeat order."""

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


_tp = touchpoint_maker("newbie", "fan")


SPEC = TemplateSpec(
    stages=(
        StageSpec("ad", ("marketing",)),
        StageSpec("site", ("ecommerce",)),
        StageSpec("choice", ("content", "support")),
        StageSpec("order", ("ecommerce", "finance")),
        StageSpec("delivery", ("logistics",)),
        StageSpec("after", ("crm", "support")),
    ),
    personas=(
        PersonaSpec("newbie", "#0072b2", Marker.CIRCLE),
        PersonaSpec("fan", "#e69f00", Marker.TRIANGLE),
    ),
    touchpoints=(
        _tp("ad", "ad", Channel.AD, "marketing", _OBS, (1, None), (1, 2), conversion=2.4),
        _tp("post", "ad", Channel.SOCIAL, "marketing", _ASM, None, (2, None)),
        _tp("landing", "site", Channel.WEB, "ecommerce", _OBS, (0, 1), (-1, 1), drop_off=45),
        _tp("search", "site", Channel.WEB, "ecommerce", _ASM, (0, None), (1, None)),
        _tp("product", "choice", Channel.WEB, "content", _OBS, (-1, 1), (1, None), conversion=8.5),
        _tp("sizes", "choice", Channel.WEB, "content", _OBS, (-2, 1), (-1, 1)),
        _tp("chat", "choice", Channel.CHAT, "support", _OBS, (1, None), None),
        _tp("cart", "order", Channel.WEB, "ecommerce", _OBS, (0, None), (0, None), drop_off=68),
        _tp("checkout", "order", Channel.WEB, "ecommerce", _OBS, (-2, 1), (-1, 1), drop_off=22),
        _tp("payment", "order", Channel.WEB, "finance", _OBS, (-1, 1), (0, 1), conversion=91),
        _tp("tracking", "delivery", Channel.EMAIL, "logistics", _ASM, (1, None), (1, None)),
        _tp("courier", "delivery", Channel.COURIER, "logistics", _OBS, (-1, 1), (0, 2), csat=78),
        _tp("return", "after", Channel.COURIER, "logistics", _OBS, (-1, 1), None, csat=61),
        _tp("repeat", "after", Channel.EMAIL, "crm", _ASM, (1, 2), (2, None), conversion=18),
    ),
    flows=(
        FlowSpec("ad", "landing", percent=2.4),
        FlowSpec("landing", "product", percent=55),
        FlowSpec("product", "sizes"),
        FlowSpec("sizes", "cart"),
        FlowSpec("cart", "checkout", percent=32),
        FlowSpec("checkout", "payment", percent=78),
        FlowSpec("payment", "tracking"),
        FlowSpec("tracking", "courier"),
        FlowSpec("courier", "repeat"),
        FlowSpec("post", "search", FlowKind.ALTERNATE),
        FlowSpec("search", "product", FlowKind.ALTERNATE),
        FlowSpec("product", "chat", FlowKind.ALTERNATE, label="flow.ask"),
        FlowSpec("chat", "cart", FlowKind.ALTERNATE),
        FlowSpec("courier", "return", FlowKind.ALTERNATE, label="flow.return"),
        FlowSpec("product", "cart", FlowKind.SHORTCUT, label="flow.knows_size"),
        FlowSpec("checkout", "sizes", FlowKind.BACK, label="flow.recheck"),
        FlowSpec("cart", None, FlowKind.EXIT, percent=68, label="flow.abandon"),
        FlowSpec("checkout", None, FlowKind.EXIT, percent=22, label="flow.give_up"),
    ),
    notes=(
        NoteSpec("no_sizes", _PAIN, "sizes", 5, "content", _OBS, votes=6),
        NoteSpec("long_form", _PAIN, "checkout", 4, "ecommerce", _OBS, votes=5),
        NoteSpec("fee", _PAIN, "payment", 4, "ecommerce", _OBS, votes=3),
        NoteSpec("home_page", _PAIN, "landing", 3, "marketing", _OBS, votes=1),
        NoteSpec("window", _PAIN, "courier", 3, "logistics", _ASM, votes=2),
        NoteSpec("label", _PAIN, "return", 2, "logistics", _ASM),
        NoteSpec("size_guide", _OPP, "sizes", 4, "content", _PRO, votes=4),
        NoteSpec("guest", _OPP, "checkout", 4, "ecommerce", _PRO, votes=3),
        NoteSpec("reminder", _OPP, "cart", 3, "crm", _PRO, votes=2),
        NoteSpec("deep_link", _OPP, "ad", 3, "marketing", _PRO),
        NoteSpec("slot", _OPP, "courier", 3, "logistics", _PRO, votes=1),
        NoteSpec("early_access", _OPP, "after", 2, "crm", _PRO),
    ),
    views=(
        ViewSpec(
            "executives",
            personas=("newbie",),
            lanes=("touchpoints", "emotions", "pain_points", "metrics"),
        ),
    ),
)

TEXTS: dict[str, Texts] = {"en": en.TEXTS, "ru": ru.TEXTS, "uk": uk.TEXTS, "lv": lv.TEXTS}

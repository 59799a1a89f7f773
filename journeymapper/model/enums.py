"""Closed vocabularies of the domain: channels, flow kinds, lane kinds and friends."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    WEB = "web"
    APP = "app"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    COURIER = "courier"
    SOCIAL = "social"
    AD = "ad"
    CHAT = "chat"
    OTHER = "other"


PHYSICAL_CHANNELS = frozenset({Channel.STORE, Channel.COURIER})


class FlowKind(StrEnum):
    MAIN = "main"
    ALTERNATE = "alternate"
    SHORTCUT = "shortcut"
    BACK = "back"
    EXIT = "exit"


class LaneKind(StrEnum):
    TOUCHPOINTS = "touchpoints"
    TEXT = "text"
    EMOTION = "emotion"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    METRICS = "metrics"


class AnnotationKind(StrEnum):
    PAIN_POINT = "pain_point"
    OPPORTUNITY = "opportunity"


class Evidence(StrEnum):
    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class Marker(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    STAR = "star"
    CROSS = "cross"


class Metric(StrEnum):
    """Well-known touchpoint metrics; their valid ranges live in ``rules``."""

    CSAT = "csat"
    NPS = "nps"
    CES = "ces"
    CONVERSION = "conversion"
    DROP_OFF = "drop_off"


class EntityKind(StrEnum):
    STAGE = "stage"
    LANE = "lane"
    PERSONA = "persona"
    TOUCHPOINT = "touchpoint"
    FLOW = "flow"
    ANNOTATION = "annotation"
    VIEW = "view"


class Language(StrEnum):
    """Languages a map (and its exports) can be written in."""

    EN = "en"
    RU = "ru"
    UK = "uk"
    LV = "lv"

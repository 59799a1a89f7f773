"""Translated names of the model's closed vocabularies (channels, flow kinds, markers...)."""

from __future__ import annotations

from ..commands.translate import translator
from ..model import AnnotationKind, Channel, Evidence, LaneKind, Language, Marker, Metric

_tr = translator("Labels")


def channel_labels() -> dict[Channel, str]:
    return {
        Channel.WEB: _tr("Website"),
        Channel.APP: _tr("Mobile app"),
        Channel.EMAIL: _tr("E-mail"),
        Channel.PHONE: _tr("Phone"),
        Channel.STORE: _tr("Store"),
        Channel.COURIER: _tr("Courier"),
        Channel.SOCIAL: _tr("Social media"),
        Channel.AD: _tr("Advertising"),
        Channel.CHAT: _tr("Chat"),
        Channel.OTHER: _tr("Other"),
    }


def lane_labels() -> dict[LaneKind, str]:
    return {
        LaneKind.TOUCHPOINTS: _tr("Touchpoints"),
        LaneKind.TEXT: _tr("Text"),
        LaneKind.EMOTION: _tr("Emotion curve"),
        LaneKind.PAIN_POINTS: _tr("Pain points"),
        LaneKind.OPPORTUNITIES: _tr("Opportunities"),
        LaneKind.METRICS: _tr("Metrics"),
    }


def annotation_labels() -> dict[AnnotationKind, str]:
    return {
        AnnotationKind.PAIN_POINT: _tr("Pain point"),
        AnnotationKind.OPPORTUNITY: _tr("Opportunity"),
    }


def evidence_labels() -> dict[Evidence | None, str]:
    return {
        None: _tr("not stated"),
        Evidence.OBSERVED: _tr("Observed"),
        Evidence.ASSUMED: _tr("Assumed"),
        Evidence.PROPOSED: _tr("Proposed"),
    }


def marker_labels() -> dict[Marker, str]:
    return {
        Marker.CIRCLE: _tr("Circle"),
        Marker.SQUARE: _tr("Square"),
        Marker.TRIANGLE: _tr("Triangle"),
        Marker.DIAMOND: _tr("Diamond"),
        Marker.STAR: _tr("Star"),
        Marker.CROSS: _tr("Cross"),
    }


def metric_labels() -> dict[Metric, str]:
    return {
        Metric.CSAT: _tr("CSAT"),
        Metric.NPS: _tr("NPS"),
        Metric.CES: _tr("CES"),
        Metric.CONVERSION: _tr("Conversion"),
        Metric.DROP_OFF: _tr("Drop-off"),
    }


def language_labels() -> dict[Language, str]:
    """Each language named in itself, as people look for their own."""
    return {
        Language.EN: "English",
        Language.RU: "Русский",
        Language.UK: "Українська",
        Language.LV: "Latviešu",
    }


def template_labels() -> dict[str, str]:
    return {
        "blank": _tr("Blank map"),
        "e-shop": _tr("Online shop"),
        "saas-trial": _tr("SaaS free trial"),
    }

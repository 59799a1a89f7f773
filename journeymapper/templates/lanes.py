"""The default lanes and the emotion-scale labels of every template, in each language."""

from __future__ import annotations

from journeymapper.model import EmotionScale, JourneyMap, Lane, LaneKind, Language

LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)

# Lane key -> kind, in the order the lanes appear on a new map.
DEFAULT_LANES: tuple[tuple[str, LaneKind], ...] = (
    ("touchpoints", LaneKind.TOUCHPOINTS),
    ("actions", LaneKind.TEXT),
    ("thoughts", LaneKind.TEXT),
    ("emotions", LaneKind.EMOTION),
    ("pain_points", LaneKind.PAIN_POINTS),
    ("opportunities", LaneKind.OPPORTUNITIES),
    ("metrics", LaneKind.METRICS),
    ("backstage", LaneKind.TEXT),
    ("owner", LaneKind.TEXT),
)

LANE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "touchpoints": "Touchpoints",
        "actions": "Customer actions",
        "thoughts": "Thoughts & feelings",
        "emotions": "Emotions",
        "pain_points": "Pain points",
        "opportunities": "Opportunities",
        "metrics": "Metrics",
        "backstage": "Backstage",
        "owner": "Owner",
    },
    "ru": {
        "touchpoints": "Точки контакта",
        "actions": "Действия клиента",
        "thoughts": "Мысли и чувства",
        "emotions": "Эмоции",
        "pain_points": "Болевые точки",
        "opportunities": "Возможности",
        "metrics": "Метрики",
        "backstage": "Закулисье",
        "owner": "Ответственный",
    },
    "uk": {
        "touchpoints": "Точки дотику",
        "actions": "Дії клієнта",
        "thoughts": "Думки й почуття",
        "emotions": "Емоції",
        "pain_points": "Больові точки",
        "opportunities": "Можливості",
        "metrics": "Показники",
        "backstage": "Закулісся",
        "owner": "Відповідальний",
    },
    "lv": {
        "touchpoints": "Saskarsmes punkti",
        "actions": "Klienta darbības",
        "thoughts": "Domas un sajūtas",
        "emotions": "Emocijas",
        "pain_points": "Sāpju punkti",
        "opportunities": "Iespējas",
        "metrics": "Rādītāji",
        "backstage": "Aizkulises",
        "owner": "Atbildīgais",
    },
}

SCALE_LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "en": ("very negative", "negative", "neutral", "positive", "very positive"),
    "ru": ("очень негативно", "негативно", "нейтрально", "позитивно", "очень позитивно"),
    "uk": ("дуже негативно", "негативно", "нейтрально", "позитивно", "дуже позитивно"),
    "lv": ("ļoti negatīvi", "negatīvi", "neitrāli", "pozitīvi", "ļoti pozitīvi"),
}


def check_language(language: str) -> str:
    """The language code itself, or ValueError naming the languages there are."""
    if language not in LANGUAGES:
        raise ValueError(
            f"unknown template language {language!r}; choose one of {', '.join(LANGUAGES)}"
        )
    return str(language)


def emotion_scale(language: str) -> EmotionScale:
    """The default −2..+2 scale with its five labels in ``language``."""
    labels = SCALE_LABELS[check_language(language)]
    return EmotionScale(-2, 2, dict(zip(range(-2, 3), labels, strict=True)))


def add_default_lanes(journey: JourneyMap, language: str) -> dict[str, Lane]:
    """Append the nine default lanes named in ``language``; returns them by lane key.

    Keys: touchpoints, actions, thoughts, emotions, pain_points, opportunities,
    metrics, backstage, owner.
    """
    names = LANE_NAMES[check_language(language)]
    return {key: journey.add_lane(kind, names[key]) for key, kind in DEFAULT_LANES}

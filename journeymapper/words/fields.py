"""Names of a map's fields (card details, annotation columns) in en, ru, uk and lv.

Speaker notes and spreadsheet headers print them in the map's language; spreadsheet import
reads a header in any of these languages (``field_key``).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Evidence

FIELDS = (
    "stage", "touchpoint", "channel", "persona", "emotion", "to_be", "pain_point",
    "opportunity", "description", "need", "tools", "owner", "evidence", "metrics", "kind",
    "text", "severity", "votes", "value", "metric", "crowd_mean", "crowd_low", "crowd_high",
    "answers",
)  # fmt: skip

FIELD_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "stage": "Stage", "touchpoint": "Touchpoint", "channel": "Channel",
        "persona": "Persona", "emotion": "Emotion", "to_be": "Emotion to be",
        "pain_point": "Pain point", "opportunity": "Opportunity",
        "description": "What happens", "need": "Customer need", "tools": "Tools we use",
        "owner": "Owner", "evidence": "Evidence", "metrics": "Metrics", "kind": "Kind",
        "text": "Text", "severity": "Severity", "votes": "Votes", "value": "Value",
        "metric": "Metric",
        "crowd_mean": "Room average", "crowd_low": "Spread from (−1σ)",
        "crowd_high": "Spread to (+1σ)", "answers": "Answers",
    },
    "ru": {
        "stage": "Этап", "touchpoint": "Точка контакта", "channel": "Канал",
        "persona": "Персона", "emotion": "Эмоция", "to_be": "Эмоция как должно быть",
        "pain_point": "Болевая точка", "opportunity": "Возможность",
        "description": "Что происходит", "need": "Потребность клиента",
        "tools": "Наши инструменты", "owner": "Ответственный", "evidence": "Обоснование",
        "metrics": "Метрики", "kind": "Тип", "text": "Текст", "severity": "Важность",
        "votes": "Голоса", "value": "Значение", "metric": "Метрика",
        "crowd_mean": "Среднее по комнате", "crowd_low": "Разброс от (−1σ)",
        "crowd_high": "Разброс до (+1σ)", "answers": "Ответов",
    },
    "uk": {
        "stage": "Етап", "touchpoint": "Точка дотику", "channel": "Канал",
        "persona": "Персона", "emotion": "Емоція", "to_be": "Емоція як має бути",
        "pain_point": "Больова точка", "opportunity": "Можливість",
        "description": "Що відбувається", "need": "Потреба клієнта",
        "tools": "Наші інструменти", "owner": "Відповідальний", "evidence": "Підстава",
        "metrics": "Показники", "kind": "Тип", "text": "Текст", "severity": "Важливість",
        "votes": "Голоси", "value": "Значення", "metric": "Показник",
        "crowd_mean": "Середнє по кімнаті", "crowd_low": "Розкид від (−1σ)",
        "crowd_high": "Розкид до (+1σ)", "answers": "Відповідей",
    },
    "lv": {
        "stage": "Posms", "touchpoint": "Saskarsmes punkts", "channel": "Kanāls",
        "persona": "Persona", "emotion": "Emocija", "to_be": "Vēlamā emocija",
        "pain_point": "Sāpju punkts", "opportunity": "Iespēja",
        "description": "Kas notiek", "need": "Klienta vajadzība",
        "tools": "Mūsu rīki", "owner": "Atbildīgais", "evidence": "Pamatojums",
        "metrics": "Rādītāji", "kind": "Veids", "text": "Teksts", "severity": "Svarīgums",
        "votes": "Balsis", "value": "Vērtība", "metric": "Rādītājs",
        "crowd_mean": "Telpas vidējais", "crowd_low": "Izkliede no (−1σ)",
        "crowd_high": "Izkliede līdz (+1σ)", "answers": "Atbildes",
    },
}  # fmt: skip

EVIDENCE_LABELS: dict[str, dict[Evidence, str]] = {
    "en": {Evidence.OBSERVED: "observed", Evidence.ASSUMED: "assumed",
           Evidence.PROPOSED: "proposed"},
    "ru": {Evidence.OBSERVED: "наблюдение", Evidence.ASSUMED: "предположение",
           Evidence.PROPOSED: "предложение"},
    "uk": {Evidence.OBSERVED: "спостереження", Evidence.ASSUMED: "припущення",
           Evidence.PROPOSED: "пропозиція"},
    "lv": {Evidence.OBSERVED: "novērojums", Evidence.ASSUMED: "pieņēmums",
           Evidence.PROPOSED: "priekšlikums"},
}  # fmt: skip


def field_labels(language: str) -> Mapping[str, str]:
    """Field names in ``language`` (English for anything unknown)."""
    return FIELD_LABELS.get(language, FIELD_LABELS["en"])


def evidence_labels(language: str) -> Mapping[Evidence, str]:
    return EVIDENCE_LABELS.get(language, EVIDENCE_LABELS["en"])


def _key(text: str) -> str:
    return " ".join(text.strip().casefold().replace("_", " ").replace("-", " ").split())


# Words earlier versions wrote, still read back (the glossary settled on other terms since).
_EARLIER_FIELDS = {"боль": "pain_point", "основание": "evidence", "метрики": "metrics",
                   "метрика": "metric", "metrikas": "metrics", "metrika": "metric"}
_EARLIER_EVIDENCE = {"novērots": Evidence.OBSERVED}
_KEYS = {_key(label): key for table in FIELD_LABELS.values() for key, label in table.items()}
_KEYS.update({word: key for word, key in _EARLIER_FIELDS.items() if word not in _KEYS})
_EVIDENCE = {_key(v): e for table in EVIDENCE_LABELS.values() for e, v in table.items()}
_EVIDENCE.update(_EARLIER_EVIDENCE)


def field_key(header: str) -> str | None:
    """The field a header names in any language (``"Этап"`` → ``stage``), else None."""
    return _KEYS.get(_key(header))


def evidence_of(text: str) -> Evidence | None:
    """The evidence a cell names in any language, else None."""
    return _EVIDENCE.get(_key(text))

"""The words of a compare (change list, picture labels) in the map's language: en, ru, uk, lv."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Channel, Evidence, FlowKind
from ..words.fields import evidence_labels
from ..words.labels import channel_names, flow_names, metric_names

LANGUAGES = ("en", "ru", "uk", "lv")

# The noun of each kind of entity and its grammatical gender (m, f, n), in the form the verbs
# below take: the nominative in ru and lv (a participle agrees with it), the accusative in uk
# (its impersonal "-но" form takes an object: "додано точку дотику").
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "stage": ("stage", "m"), "lane": ("lane", "m"), "persona": ("persona", "m"),
        "touchpoint": ("touchpoint", "m"), "flow": ("flow", "m"), "view": ("view", "m"),
        "pain_point": ("pain point", "m"), "opportunity": ("opportunity", "m"),
        "note": ("note", "m"),
    },
    "ru": {
        "stage": ("этап", "m"), "lane": ("дорожка", "f"), "persona": ("персона", "f"),
        "touchpoint": ("точка контакта", "f"), "flow": ("переход", "m"),
        "view": ("представление", "n"), "pain_point": ("болевая точка", "f"),
        "opportunity": ("возможность", "f"), "note": ("заметка", "f"),
    },
    "uk": {
        "stage": ("етап", "m"), "lane": ("доріжку", "f"), "persona": ("персону", "f"),
        "touchpoint": ("точку дотику", "f"), "flow": ("перехід", "m"),
        "view": ("подання", "n"), "pain_point": ("больову точку", "f"),
        "opportunity": ("можливість", "f"), "note": ("нотатку", "f"),
    },
    "lv": {
        "stage": ("posms", "m"), "lane": ("josla", "f"), "persona": ("persona", "f"),
        "touchpoint": ("saskarsmes punkts", "m"), "flow": ("pāreja", "f"),
        "view": ("skats", "m"), "pain_point": ("sāpju punkts", "m"),
        "opportunity": ("iespēja", "f"), "note": ("piezīme", "f"),
    },
}  # fmt: skip

# verb → gender → form ("m" is the fallback)
VERBS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "added": {"m": "added"}, "removed": {"m": "removed"}, "renamed": {"m": "renamed"},
        "moved": {"m": "moved"}, "changed": {"m": "changed"},
    },
    "ru": {
        "added": {"m": "добавлен", "f": "добавлена", "n": "добавлено"},
        "removed": {"m": "удалён", "f": "удалена", "n": "удалено"},
        "renamed": {"m": "переименован", "f": "переименована", "n": "переименовано"},
        "moved": {"m": "перемещён", "f": "перемещена", "n": "перемещено"},
        "changed": {"m": "изменён", "f": "изменена", "n": "изменено"},
    },
    "uk": {
        "added": {"m": "додано"}, "removed": {"m": "вилучено"},
        "renamed": {"m": "перейменовано"}, "moved": {"m": "переміщено"},
        "changed": {"m": "змінено"},
    },
    "lv": {
        "added": {"m": "pievienots", "f": "pievienota"},
        "removed": {"m": "noņemts", "f": "noņemta"},
        "renamed": {"m": "pārdēvēts", "f": "pārdēvēta"},
        "moved": {"m": "pārvietots", "f": "pārvietota"},
        "changed": {"m": "mainīts", "f": "mainīta"},
    },
}  # fmt: skip

QUOTES = {"en": ("\"", "\""), "ru": ("«", "»"), "uk": ("«", "»"), "lv": ("“", "”")}

# Plural forms: en (one, other); ru and uk (one, few, many); lv (zero, one, other).
PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"changes": ("change", "changes")},
    "ru": {"changes": ("изменение", "изменения", "изменений")},
    "uk": {"changes": ("зміна", "зміни", "змін")},
    "lv": {"changes": ("izmaiņu", "izmaiņa", "izmaiņas")},
}

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "stage_head": "Stage {name}",
        "map_head": "Map",
        "effects_head": "Effects",
        "improvement_head": "Emotion per stage and persona; pains addressed",
        "no_changes": "No changes.",
        "count": "{n} {changes}",
        "exit": "(exit)",
        "entity": "{verb} {what} {name}",
        "renamed": "{verb} {what} {old} → {new}",
        "moved": "{verb} {what} {name} here from stage {stage}",
        "changed": "{verb} {what} {name}: {fields}",
        "resolved": "resolved pain point {name}",
        "rerated": "re-rated pain point {name}: {old} → {new}",
        "map_field": "map {change}",
        "long_text": "{field} changed",
        "voting_started": "dot voting started",
        "voting_ended": "dot voting ended",
        "voting_changed": "dot voting changed",
        "reordered_stage": "reordered stages: {names}",
        "reordered_touchpoint": "reordered touchpoints: {names}",
        "reordered_lane": "reordered lanes: {names}",
        "reordered_persona": "reordered personas: {names}",
        "reordered_flow": "reordered flows: {names}",
        "reordered_annotation": "reordered pain points and opportunities: {names}",
        "reordered_view": "reordered views: {names}",
        "emotion": "emotion of {who} at {spot}: {old} → {new}",
        "emotion_to_be": "to-be emotion of {who} at {spot}: {old} → {new}",
        "delta": "Δ {delta}",
        "dead_end_added": "new dead end: {name}",
        "dead_end_fixed": "dead end fixed: {name}",
        "unreachable_added": "now unreachable: {name}",
        "unreachable_fixed": "reachable again: {name}",
        "loop_added": "new loop: {names}",
        "loop_removed": "loop gone: {names}",
        "rank": "pain point {name}: rank {old_rank} → {new_rank}, votes {old_votes} → {new_votes}",
        "rank_only": "pain point {name}: rank {old_rank} → {new_rank}",
        "votes_only": "pain point {name}: votes {old_votes} → {new_votes}",
        "mood": "{who} in {stage}: {old} → {new}",
        "pain_addressed": "pain addressed: {name}",
        "title": "What changed",
        "file_title": "What changed: {old} → {new}",
        "since": "What changed since {name}",
        "legend_added": "added",
        "legend_removed": "removed",
        "legend_changed": "changed",
        "legend_moved": "moved",
        "old_emotion": "old emotion",
        "new_emotion": "new emotion",
        "summary_item": "{n} {op}",
        "more": "… and {n} more {changes} (journeymapper diff --json lists them all)",
        "more_short": "… and {n} more {changes}",
        "yes": "yes",
        "no": "no",
        "as_is": "as-is",
        "to_be": "to-be",
        "current": "current map",
    },
    "ru": {
        "stage_head": "Этап {name}",
        "map_head": "Карта",
        "effects_head": "Последствия",
        "improvement_head": "Эмоции по этапам и персонам; устранённые болевые точки",
        "no_changes": "Изменений нет.",
        "count": "{n} {changes}",
        "exit": "(отказ)",
        "entity": "{verb} {what} {name}",
        "renamed": "{verb} {what} {old} → {new}",
        "moved": "{verb} {what} {name} с этапа {stage}",
        "changed": "{verb} {what} {name}: {fields}",
        "resolved": "устранена болевая точка {name}",
        "rerated": "изменена важность болевой точки {name}: {old} → {new}",
        "map_field": "карта: {change}",
        "long_text": "{field}: изменено",
        "voting_started": "голосование точками начато",
        "voting_ended": "голосование точками завершено",
        "voting_changed": "голосование точками изменено",
        "reordered_stage": "изменён порядок этапов: {names}",
        "reordered_touchpoint": "изменён порядок точек контакта: {names}",
        "reordered_lane": "изменён порядок дорожек: {names}",
        "reordered_persona": "изменён порядок персон: {names}",
        "reordered_flow": "изменён порядок переходов: {names}",
        "reordered_annotation": "изменён порядок болевых точек и возможностей: {names}",
        "reordered_view": "изменён порядок представлений: {names}",
        "emotion": "эмоция персоны {who} в точке контакта {spot}: {old} → {new}",
        "emotion_to_be": (
            "эмоция «как должно быть» персоны {who} в точке контакта {spot}: {old} → {new}"
        ),
        "delta": "Δ {delta}",
        "dead_end_added": "новый тупик: {name}",
        "dead_end_fixed": "тупик устранён: {name}",
        "unreachable_added": "теперь недостижима: {name}",
        "unreachable_fixed": "снова достижима: {name}",
        "loop_added": "новый цикл: {names}",
        "loop_removed": "цикла больше нет: {names}",
        "rank": (
            "болевая точка {name}: место {old_rank} → {new_rank}, "
            "голоса {old_votes} → {new_votes}"
        ),
        "rank_only": "болевая точка {name}: место {old_rank} → {new_rank}",
        "votes_only": "болевая точка {name}: голоса {old_votes} → {new_votes}",
        "mood": "{who}, этап {stage}: {old} → {new}",
        "pain_addressed": "болевая точка устранена: {name}",
        "title": "Что изменилось",
        "file_title": "Что изменилось: {old} → {new}",
        "since": "Что изменилось с версии {name}",
        "legend_added": "добавлено",
        "legend_removed": "удалено",
        "legend_changed": "изменено",
        "legend_moved": "перемещено",
        "old_emotion": "прежняя эмоция",
        "new_emotion": "новая эмоция",
        "summary_item": "{op}: {n}",
        "more": "… и ещё {n} {changes} (полный список: journeymapper diff --json)",
        "more_short": "… и ещё {n} {changes}",
        "yes": "да",
        "no": "нет",
        "as_is": "как есть",
        "to_be": "как должно быть",
        "current": "текущая карта",
    },
    "uk": {
        "stage_head": "Етап {name}",
        "map_head": "Карта",
        "effects_head": "Наслідки",
        "improvement_head": "Емоції за етапами й персонами; усунені больові точки",
        "no_changes": "Змін немає.",
        "count": "{n} {changes}",
        "exit": "(відмова)",
        "entity": "{verb} {what} {name}",
        "renamed": "{verb} {what} {old} → {new}",
        "moved": "{verb} {what} {name} з етапу {stage}",
        "changed": "{verb} {what} {name}: {fields}",
        "resolved": "усунено больову точку {name}",
        "rerated": "змінено важливість больової точки {name}: {old} → {new}",
        "map_field": "карта: {change}",
        "long_text": "{field}: змінено",
        "voting_started": "голосування крапками розпочато",
        "voting_ended": "голосування крапками завершено",
        "voting_changed": "голосування крапками змінено",
        "reordered_stage": "змінено порядок етапів: {names}",
        "reordered_touchpoint": "змінено порядок точок дотику: {names}",
        "reordered_lane": "змінено порядок доріжок: {names}",
        "reordered_persona": "змінено порядок персон: {names}",
        "reordered_flow": "змінено порядок переходів: {names}",
        "reordered_annotation": "змінено порядок больових точок і можливостей: {names}",
        "reordered_view": "подання переставлено: {names}",
        "emotion": "емоція персони {who} у точці дотику {spot}: {old} → {new}",
        "emotion_to_be": (
            "емоція «як має бути» персони {who} у точці дотику {spot}: {old} → {new}"
        ),
        "delta": "Δ {delta}",
        "dead_end_added": "новий глухий кут: {name}",
        "dead_end_fixed": "глухий кут усунено: {name}",
        "unreachable_added": "тепер недосяжна: {name}",
        "unreachable_fixed": "знову досяжна: {name}",
        "loop_added": "новий цикл: {names}",
        "loop_removed": "цикл зник: {names}",
        "rank": (
            "больова точка {name}: місце {old_rank} → {new_rank}, "
            "голоси {old_votes} → {new_votes}"
        ),
        "rank_only": "больова точка {name}: місце {old_rank} → {new_rank}",
        "votes_only": "больова точка {name}: голоси {old_votes} → {new_votes}",
        "mood": "{who}, етап {stage}: {old} → {new}",
        "pain_addressed": "больову точку усунено: {name}",
        "title": "Що змінилося",
        "file_title": "Що змінилося: {old} → {new}",
        "since": "Що змінилося від версії {name}",
        "legend_added": "додано",
        "legend_removed": "вилучено",
        "legend_changed": "змінено",
        "legend_moved": "переміщено",
        "old_emotion": "попередня емоція",
        "new_emotion": "нова емоція",
        "summary_item": "{op}: {n}",
        "more": "… і ще {n} {changes} (повний список: journeymapper diff --json)",
        "more_short": "… і ще {n} {changes}",
        "yes": "так",
        "no": "ні",
        "as_is": "як є",
        "to_be": "як має бути",
        "current": "поточна карта",
    },
    "lv": {
        "stage_head": "Posms {name}",
        "map_head": "Karte",
        "effects_head": "Sekas",
        "improvement_head": "Emocijas pa posmiem un personām; novērstie sāpju punkti",
        "no_changes": "Izmaiņu nav.",
        "count": "{n} {changes}",
        "exit": "(atteikšanās)",
        "entity": "{verb} {what} {name}",
        "renamed": "{verb} {what} {old} → {new}",
        "moved": "{verb} {what} {name} no posma {stage}",
        "changed": "{verb} {what} {name}: {fields}",
        "resolved": "novērsts sāpju punkts {name}",
        "rerated": "mainīts sāpju punkta {name} svarīgums: {old} → {new}",
        "map_field": "karte: {change}",
        "long_text": "{field}: mainīts",
        "voting_started": "balsošana ar punktiem sākta",
        "voting_ended": "balsošana ar punktiem beigta",
        "voting_changed": "balsošana ar punktiem mainīta",
        "reordered_stage": "mainīta posmu secība: {names}",
        "reordered_touchpoint": "mainīta saskarsmes punktu secība: {names}",
        "reordered_lane": "mainīta joslu secība: {names}",
        "reordered_persona": "mainīta personu secība: {names}",
        "reordered_flow": "mainīta pāreju secība: {names}",
        "reordered_annotation": "mainīta sāpju punktu un iespēju secība: {names}",
        "reordered_view": "mainīta skatu secība: {names}",
        "emotion": "personas {who} emocija saskarsmes punktā {spot}: {old} → {new}",
        "emotion_to_be": (
            "personas {who} emocija “kā vajadzētu” saskarsmes punktā {spot}: {old} → {new}"
        ),
        "delta": "Δ {delta}",
        "dead_end_added": "jauns strupceļš: {name}",
        "dead_end_fixed": "strupceļš novērsts: {name}",
        "unreachable_added": "tagad nesasniedzams: {name}",
        "unreachable_fixed": "atkal sasniedzams: {name}",
        "loop_added": "jauns cikls: {names}",
        "loop_removed": "cikla vairs nav: {names}",
        "rank": (
            "sāpju punkts {name}: vieta {old_rank} → {new_rank}, "
            "balsis {old_votes} → {new_votes}"
        ),
        "rank_only": "sāpju punkts {name}: vieta {old_rank} → {new_rank}",
        "votes_only": "sāpju punkts {name}: balsis {old_votes} → {new_votes}",
        "mood": "{who}, posms {stage}: {old} → {new}",
        "pain_addressed": "sāpju punkts novērsts: {name}",
        "title": "Kas mainījies",
        "file_title": "Kas mainījies: {old} → {new}",
        "since": "Kas mainījies kopš versijas {name}",
        "legend_added": "pievienots",
        "legend_removed": "noņemts",
        "legend_changed": "mainīts",
        "legend_moved": "pārvietots",
        "old_emotion": "iepriekšējā emocija",
        "new_emotion": "jaunā emocija",
        "summary_item": "{op}: {n}",
        "more": "… un vēl {n} {changes} (pilns saraksts: journeymapper diff --json)",
        "more_short": "… un vēl {n} {changes}",
        "yes": "jā",
        "no": "nē",
        "as_is": "kā ir",
        "to_be": "kā vajadzētu",
        "current": "pašreizējā karte",
    },
}

# Names of the fields a change list prints (lower case: they stand inside a sentence).
FIELD_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "flow_kind": "kind", "flow_source": "from", "flow_target": "to", "target": "attached to",
        "title": "title", "description": "description", "language": "language",
        "author": "author", "locked": "locked", "emotion_scale": "emotion scale",
        "channel": "channel", "physical": "physical", "need": "customer need",
        "tools": "tools", "owner": "owner", "evidence": "evidence", "image": "image",
        "colour": "colour", "metrics": "metrics", "notes": "notes", "replaces": "replaces",
        "goal": "goal", "marker": "marker", "kind": "kind", "hidden": "hidden",
        "cells": "cells", "label": "label",
        "percent": "percent", "severity": "severity", "votes": "votes", "personas": "personas",
        "lanes": "lanes", "stages": "stages", "room": "from the room", "min": "minimum",
        "max": "maximum", "labels": "labels",
    },
    "ru": {
        "flow_kind": "тип", "flow_source": "откуда", "flow_target": "куда", "target": "привязка",
        "title": "название", "description": "описание", "language": "язык",
        "author": "автор", "locked": "блокировка", "emotion_scale": "шкала эмоций",
        "channel": "канал", "physical": "физическая", "need": "потребность клиента",
        "tools": "инструменты", "owner": "ответственный", "evidence": "обоснование",
        "image": "изображение", "colour": "цвет", "metrics": "метрики", "notes": "заметки",
        "replaces": "заменяет", "goal": "цель", "marker": "маркер", "kind": "тип",
        "hidden": "скрыта", "cells": "ячейки",
        "label": "подпись", "percent": "процент", "severity": "важность", "votes": "голоса",
        "personas": "персоны", "lanes": "дорожки", "stages": "этапы",
        "room": "из комнаты", "min": "минимум", "max": "максимум", "labels": "подписи",
    },
    "uk": {
        "flow_kind": "тип", "flow_source": "звідки", "flow_target": "куди", "target": "прив’язка",
        "title": "назва", "description": "опис", "language": "мова", "author": "автор",
        "locked": "блокування", "emotion_scale": "шкала емоцій", "channel": "канал",
        "physical": "фізична", "need": "потреба клієнта", "tools": "інструменти",
        "owner": "відповідальний", "evidence": "підстава", "image": "зображення",
        "colour": "колір", "metrics": "показники", "notes": "нотатки", "replaces": "замінює",
        "goal": "мета", "marker": "маркер", "kind": "тип", "hidden": "прихована",
        "cells": "клітинки", "label": "підпис",
        "percent": "відсоток", "severity": "важливість", "votes": "голоси",
        "personas": "персони", "lanes": "доріжки", "stages": "етапи", "room": "з кімнати",
        "min": "мінімум", "max": "максимум", "labels": "підписи",
    },
    "lv": {
        "flow_kind": "veids", "flow_source": "no", "flow_target": "uz", "target": "piesaiste",
        "title": "nosaukums", "description": "apraksts", "language": "valoda",
        "author": "autors", "locked": "bloķēšana", "emotion_scale": "emociju skala",
        "channel": "kanāls", "physical": "fizisks", "need": "klienta vajadzība",
        "tools": "rīki", "owner": "atbildīgais", "evidence": "pamatojums", "image": "attēls",
        "colour": "krāsa", "metrics": "rādītāji", "notes": "piezīmes", "replaces": "aizstāj",
        "goal": "mērķis", "marker": "marķieris", "kind": "veids", "hidden": "paslēpta",
        "cells": "šūnas", "label": "etiķete",
        "percent": "procenti", "severity": "svarīgums", "votes": "balsis",
        "personas": "personas", "lanes": "joslas", "stages": "posmi", "room": "no telpas",
        "min": "minimums", "max": "maksimums", "labels": "etiķetes",
    },
}  # fmt: skip

# Values of fields that are words of ours, not the user's (markers, lane and note kinds).
VALUE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "circle": "circle", "square": "square", "triangle": "triangle", "diamond": "diamond",
        "star": "star", "cross": "cross", "touchpoints": "touchpoints", "text": "text",
        "emotion": "emotion", "pain_points": "pain points", "opportunities": "opportunities",
        "metrics": "metrics", "pain_point": "pain point", "opportunity": "opportunity",
    },
    "ru": {
        "circle": "круг", "square": "квадрат", "triangle": "треугольник", "diamond": "ромб",
        "star": "звезда", "cross": "крест", "touchpoints": "точки контакта", "text": "текст",
        "emotion": "эмоции", "pain_points": "болевые точки", "opportunities": "возможности",
        "metrics": "метрики", "pain_point": "болевая точка", "opportunity": "возможность",
    },
    "uk": {
        "circle": "коло", "square": "квадрат", "triangle": "трикутник", "diamond": "ромб",
        "star": "зірка", "cross": "хрест", "touchpoints": "точки дотику", "text": "текст",
        "emotion": "емоції", "pain_points": "больові точки", "opportunities": "можливості",
        "metrics": "показники", "pain_point": "больова точка", "opportunity": "можливість",
    },
    "lv": {
        "circle": "aplis", "square": "kvadrāts", "triangle": "trijstūris", "diamond": "rombs",
        "star": "zvaigzne", "cross": "krusts", "touchpoints": "saskarsmes punkti",
        "text": "teksts", "emotion": "emocijas", "pain_points": "sāpju punkti",
        "opportunities": "iespējas", "metrics": "rādītāji", "pain_point": "sāpju punkts",
        "opportunity": "iespēja",
    },
}  # fmt: skip


def plural_index(language: str, n: int) -> int:
    """Which of a language's plural forms ``n`` takes (the order of ``PLURALS``)."""
    n = abs(n)
    if language in ("ru", "uk"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    if language == "lv":
        if n == 0:
            return 0
        return 1 if n % 10 == 1 and n % 100 != 11 else 2
    return 0 if n == 1 else 1


class Words:
    """Phrases, names and numbers of one language (English for anything unknown)."""

    def __init__(self, language: str | None) -> None:
        self.language = language if language in LANGUAGES else "en"
        lang = self.language
        self.phrases = PHRASES[lang]
        self.fields, self.values = FIELD_NAMES[lang], VALUE_NAMES[lang]
        self.channels: Mapping[Channel, str] = channel_names(lang)
        self.flows: Mapping[FlowKind, str] = flow_names(lang)
        self.metrics: Mapping[str, str] = metric_names(lang)
        self.evidence: Mapping[Evidence, str] = evidence_labels(lang)
        self.open_quote, self.close_quote = QUOTES[lang]

    def __call__(self, key: str, **values: Any) -> str:
        return self.phrases[key].format(**values)

    def q(self, text: Any) -> str:
        return f"{self.open_quote}{text}{self.close_quote}"

    def noun(self, kind: str) -> str:
        return NOUNS[self.language].get(kind, (kind.replace("_", " "), "m"))[0]

    def verb(self, verb: str, kind: str) -> str:
        gender = NOUNS[self.language].get(kind, ("", "m"))[1]
        forms = VERBS[self.language][verb]
        return forms.get(gender, forms["m"])

    def plural(self, n: int, key: str = "changes") -> str:
        return PLURALS[self.language][key][plural_index(self.language, n)]

    def count(self, n: int) -> str:
        return self("count", n=n, changes=self.plural(n))

    def number(self, value: float | int) -> str:
        """``2``, ``-0.5`` (``-0,5`` where the decimal mark is a comma)."""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = f"{value:g}" if isinstance(value, float) else str(value)
        return text if self.language == "en" else text.replace(".", ",")

    def signed(self, value: float | None) -> str:
        if value is None:
            return "—"
        text = f"{value:+g}"
        return text if self.language == "en" else text.replace(".", ",")

    def field(self, name: str) -> str:
        return self.fields.get(name, name.replace("_", " "))

    def value(self, name: str, value: Any) -> Any:
        """``value`` of field ``name`` in words where it is one of ours (channel, kind…)."""
        if isinstance(value, bool):
            return self("yes") if value else self("no")
        if not isinstance(value, str):
            return value
        if name == "channel" and value in Channel.__members__.values():
            return self.channels.get(Channel(value), value)
        if name == "evidence" and value in Evidence.__members__.values():
            return self.evidence.get(Evidence(value), value)
        if name == "flow_kind" and value in FlowKind.__members__.values():
            return self.flows.get(FlowKind(value), value)
        if name in ("kind", "marker"):
            return self.values.get(value, value)
        return value

    def key(self, field: str, key: str) -> str:
        """A key inside a dict-valued field (a metric's name, a scale bound)."""
        if field == "metrics":
            return self.metrics.get(key, key)
        return self.fields.get(key, key) if field == "emotion_scale" else key

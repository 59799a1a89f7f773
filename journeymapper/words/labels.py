"""The few words exports print themselves (slide titles, legends), in en, ru, uk and lv."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Channel, FlowKind

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "crowd_mean": "average per stage, band = spread (±1σ)",
        "pain_points": "Pain points",
        "opportunities": "Opportunities",
        "ranking": "Pain points and opportunities, worst first",
        "whole_map": "The whole journey",
        "personas": "Personas",
        "persona": "Persona",
        "lowest": "Lowest moments",
        "as_is": "as is",
        "to_be": "to be",
        "legend": "Legend",
        "empty": "This map is empty: add stages and touchpoints to see it here.",
        "appendix": "Full texts",
        "stages": "Stages",
        "touchpoints": "Touchpoints",
        "author": "Author",
        "severity": "severity",
        "votes": "votes",
        "none": "None yet.",
        "stage": "Stage",
        "continued": "continued",
        "ranking_key": (
            "Ranked by severity × (1 + votes). ●●●●○ = severity 4 of 5 (● filled = more severe); "
            "+3 = three dot votes from the room."
        ),
        "lowest_moment": "Lowest moment",
        "sampled": "Long journey: each point is the lowest of {n} touchpoints in a row.",
    },
    "ru": {
        "crowd_mean": "среднее по этапу, полоса — разброс (±1σ)",
        "pain_points": "Болевые точки",
        "opportunities": "Возможности",
        "ranking": "Болевые точки и возможности, самые важные сверху",
        "whole_map": "Весь путь клиента",
        "personas": "Персоны",
        "persona": "Персона",
        "lowest": "Худшие моменты",
        "as_is": "как есть",
        "to_be": "как должно быть",
        "legend": "Условные обозначения",
        "empty": "Карта пуста: добавьте этапы и точки контакта, чтобы увидеть их здесь.",
        "appendix": "Полные тексты",
        "stages": "Этапы",
        "touchpoints": "Точки контакта",
        "author": "Автор",
        "severity": "важность",
        "votes": "голоса",
        "none": "Пока нет.",
        "stage": "Этап",
        "continued": "продолжение",
        "ranking_key": (
            "Порядок: важность × (1 + голоса). "
            "●●●●○ = важность 4 из 5 (закрашенные точки = серьёзнее); "
            "+3 = три голоса участников."
        ),
        "lowest_moment": "Худший момент",
        "sampled": (
            "Длинный путь клиента: каждая точка — самая низкая из {n} точек контакта подряд."
        ),
    },
    "uk": {
        "crowd_mean": "середнє за етапом, смуга — розкид (±1σ)",
        "pain_points": "Больові точки",
        "opportunities": "Можливості",
        "ranking": "Больові точки й можливості, найважливіші зверху",
        "whole_map": "Увесь шлях клієнта",
        "personas": "Персони",
        "persona": "Персона",
        "lowest": "Найгірші моменти",
        "as_is": "як є",
        "to_be": "як має бути",
        "legend": "Умовні позначення",
        "empty": "Карта порожня: додайте етапи й точки дотику, щоб побачити їх тут.",
        "appendix": "Повні тексти",
        "stages": "Етапи",
        "touchpoints": "Точки дотику",
        "author": "Автор",
        "severity": "важливість",
        "votes": "голоси",
        "none": "Поки немає.",
        "stage": "Етап",
        "continued": "продовження",
        "ranking_key": (
            "Порядок: важливість × (1 + голоси). "
            "●●●●○ = важливість 4 з 5 (зафарбовані крапки = серйозніше); "
            "+3 = три голоси учасників."
        ),
        "lowest_moment": "Найгірший момент",
        "sampled": (
            "Довгий шлях клієнта: кожна точка — найгірша з {n} точок дотику поспіль."
        ),
    },
    "lv": {
        "crowd_mean": "vidējais posmā, josla — izkliede (±1σ)",
        "pain_points": "Sāpju punkti",
        "opportunities": "Iespējas",
        "ranking": "Sāpju punkti un iespējas, svarīgākie augšā",
        "whole_map": "Viss klienta ceļojums",
        "personas": "Personas",
        "persona": "Persona",
        "lowest": "Sliktākie brīži",
        "as_is": "kā ir",
        "to_be": "kā vajadzētu",
        "legend": "Apzīmējumi",
        "empty": "Karte ir tukša: pievienojiet posmus un saskarsmes punktus.",
        "appendix": "Pilni teksti",
        "stages": "Posmi",
        "touchpoints": "Saskarsmes punkti",
        "author": "Autors",
        "severity": "svarīgums",
        "votes": "balsis",
        "none": "Vēl nav.",
        "stage": "Posms",
        "continued": "turpinājums",
        "ranking_key": (
            "Secība: svarīgums × (1 + balsis). "
            "●●●●○ = svarīgums 4 no 5 (aizpildīti punkti = nopietnāk); "
            "+3 = trīs dalībnieku balsis."
        ),
        "lowest_moment": "Sliktākais brīdis",
        "sampled": (
            "Garš klienta ceļojums: katrs punkts ir zemākais no {n} secīgiem saskarsmes punktiem."
        ),
    },
}

FLOW_NAMES: dict[str, dict[FlowKind, str]] = {
    "en": {
        FlowKind.MAIN: "main path",
        FlowKind.ALTERNATE: "alternate",
        FlowKind.SHORTCUT: "shortcut",
        FlowKind.BACK: "going back",
        FlowKind.EXIT: "drop-off",
    },
    "ru": {
        FlowKind.MAIN: "основной путь",
        FlowKind.ALTERNATE: "альтернатива",
        FlowKind.SHORTCUT: "короткий путь",
        FlowKind.BACK: "возврат",
        FlowKind.EXIT: "отказ",
    },
    "uk": {
        FlowKind.MAIN: "основний шлях",
        FlowKind.ALTERNATE: "альтернатива",
        FlowKind.SHORTCUT: "короткий шлях",
        FlowKind.BACK: "повернення",
        FlowKind.EXIT: "відмова",
    },
    "lv": {
        FlowKind.MAIN: "galvenais ceļš",
        FlowKind.ALTERNATE: "alternatīva",
        FlowKind.SHORTCUT: "īsceļš",
        FlowKind.BACK: "atgriešanās",
        FlowKind.EXIT: "atteikšanās",
    },
}

CHANNEL_NAMES: dict[str, dict[Channel, str]] = {
    "en": {
        Channel.WEB: "web",
        Channel.APP: "app",
        Channel.EMAIL: "email",
        Channel.PHONE: "phone",
        Channel.STORE: "store",
        Channel.COURIER: "courier",
        Channel.SOCIAL: "social",
        Channel.AD: "ad",
        Channel.CHAT: "chat",
        Channel.OTHER: "other",
    },
    "ru": {
        Channel.WEB: "сайт",
        Channel.APP: "приложение",
        Channel.EMAIL: "эл. почта",
        Channel.PHONE: "телефон",
        Channel.STORE: "магазин",
        Channel.COURIER: "курьер",
        Channel.SOCIAL: "соцсети",
        Channel.AD: "реклама",
        Channel.CHAT: "чат",
        Channel.OTHER: "другое",
    },
    "uk": {
        Channel.WEB: "сайт",
        Channel.APP: "застосунок",
        Channel.EMAIL: "ел. пошта",
        Channel.PHONE: "телефон",
        Channel.STORE: "магазин",
        Channel.COURIER: "кур’єр",
        Channel.SOCIAL: "соцмережі",
        Channel.AD: "реклама",
        Channel.CHAT: "чат",
        Channel.OTHER: "інше",
    },
    "lv": {
        Channel.WEB: "tīmeklis",
        Channel.APP: "lietotne",
        Channel.EMAIL: "e-pasts",
        Channel.PHONE: "tālrunis",
        Channel.STORE: "veikals",
        Channel.COURIER: "kurjers",
        Channel.SOCIAL: "sociālie tīkli",
        Channel.AD: "reklāma",
        Channel.CHAT: "tērzēšana",
        Channel.OTHER: "cits",
    },
}


def labels_for(language: str) -> Mapping[str, str]:
    """The label table of ``language`` (English for anything unknown)."""
    return LABELS.get(language, LABELS["en"])


def flow_names(language: str) -> Mapping[FlowKind, str]:
    return FLOW_NAMES.get(language, FLOW_NAMES["en"])


def channel_names(language: str) -> Mapping[Channel, str]:
    return CHANNEL_NAMES.get(language, CHANNEL_NAMES["en"])


METRIC_NAMES: dict[str, dict[str, str]] = {
    "en": {"csat": "CSAT", "nps": "NPS", "ces": "CES", "conversion": "conversion",
           "drop_off": "drop-off"},
    "ru": {"csat": "CSAT", "nps": "NPS", "ces": "CES", "conversion": "конверсия",
           "drop_off": "отказы"},
    "uk": {"csat": "CSAT", "nps": "NPS", "ces": "CES", "conversion": "конверсія",
           "drop_off": "відмови"},
    "lv": {"csat": "CSAT", "nps": "NPS", "ces": "CES", "conversion": "konversija",
           "drop_off": "atteikšanās"},
}  # fmt: skip


def metric_names(language: str) -> Mapping[str, str]:
    return METRIC_NAMES.get(language, METRIC_NAMES["en"])


def crowd_legend(label: str, language: str) -> str:
    """The crowd curve's legend text: its label on the chart ("Room (12)") and what it shows."""
    return f"{label}: {labels_for(language)['crowd_mean']}"

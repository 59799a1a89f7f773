"""The words of the interactive HTML page (controls, detail headings), in en, ru, uk and lv."""

from __future__ import annotations

from collections.abc import Mapping

HTML_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "controls": "Map controls",
        "zoom_in": "Zoom in",
        "zoom_out": "Zoom out",
        "fit": "Fit to window",
        "search": "Search cards",
        "matches": "{n} matching cards",
        "personas": "Personas",
        "show": "Show",
        "as_is": "As is",
        "to_be": "To be",
        "both": "Both",
        "stages": "Stages",
        "details": "Details",
        "details_hint": "Point at, tap or tab to a card to see everything it holds.",
        "what": "What happens",
        "need": "Customer need",
        "tools": "Tools and systems",
        "owner": "Owner",
        "evidence": "Evidence",
        "metrics": "Metrics",
        "channel": "Channel",
        "emotions": "Emotions",
        "pains": "Pain points",
        "opportunities": "Opportunities",
        "severity": "severity {n} of 5",
        "votes": "{n} votes",
        "table": "Emotion values per stage and persona",
        "stage": "Stage",
        "touchpoint": "Touchpoint",
        "mean": "stage mean",
        "map_desc": (
            "Customer journey map: {stages} stages, {touchpoints} "
            "touchpoints, {personas} personas."
        ),
        "keys": (
            "Keys: Tab goes from card to card, arrow keys to the nearest card that way "
            "(or pan the map), + and − zoom, 0 fits."
        ),
        "observed": "observed",
        "assumed": "assumed",
        "proposed": "proposed",
        "stage_goal": "Goal",
        "made_with": "Made with JourneyMapper",
    },
    "ru": {
        "controls": "Управление картой",
        "zoom_in": "Увеличить",
        "zoom_out": "Уменьшить",
        "fit": "Уместить в окно",
        "search": "Поиск по карточкам",
        "matches": "Найдено карточек: {n}",
        "personas": "Персоны",
        "show": "Показать",
        "as_is": "Как есть",
        "to_be": "Как должно быть",
        "both": "Оба",
        "stages": "Этапы",
        "details": "Подробности",
        "details_hint": "Наведите указатель, коснитесь карточки или перейдите к ней клавишей Tab.",
        "what": "Что происходит",
        "need": "Потребность клиента",
        "tools": "Инструменты и системы",
        "owner": "Ответственный",
        "evidence": "Обоснование",
        "metrics": "Метрики",
        "channel": "Канал",
        "emotions": "Эмоции",
        "pains": "Болевые точки",
        "opportunities": "Возможности",
        "severity": "важность {n} из 5",
        "votes": "голосов: {n}",
        "table": "Эмоции по этапам и персонам",
        "stage": "Этап",
        "touchpoint": "Точка контакта",
        "mean": "среднее по этапу",
        "map_desc": (
            "Карта пути клиента: этапов {stages}, точек контакта "
            "{touchpoints}, персон {personas}."
        ),
        "keys": (
            "Клавиши: Tab — от карточки к карточке, стрелки — к ближайшей карточке в ту "
            "сторону (или сдвиг карты), + и − — масштаб, 0 — уместить."
        ),
        "observed": "наблюдение",
        "assumed": "предположение",
        "proposed": "предложение",
        "stage_goal": "Цель",
        "made_with": "Создано в JourneyMapper",
    },
    "uk": {
        "controls": "Керування картою",
        "zoom_in": "Збільшити",
        "zoom_out": "Зменшити",
        "fit": "Умістити у вікно",
        "search": "Пошук у картках",
        "matches": "Знайдено карток: {n}",
        "personas": "Персони",
        "show": "Показати",
        "as_is": "Як є",
        "to_be": "Як має бути",
        "both": "Обидва",
        "stages": "Етапи",
        "details": "Подробиці",
        "details_hint": "Наведіть вказівник, торкніться картки або перейдіть до неї клавішею Tab.",
        "what": "Що відбувається",
        "need": "Потреба клієнта",
        "tools": "Інструменти й системи",
        "owner": "Відповідальний",
        "evidence": "Підстава",
        "metrics": "Показники",
        "channel": "Канал",
        "emotions": "Емоції",
        "pains": "Больові точки",
        "opportunities": "Можливості",
        "severity": "важливість {n} з 5",
        "votes": "голосів: {n}",
        "table": "Емоції за етапами й персонами",
        "stage": "Етап",
        "touchpoint": "Точка дотику",
        "mean": "середнє за етапом",
        "map_desc": (
            "Карта шляху клієнта: етапів {stages}, точок дотику "
            "{touchpoints}, персон {personas}."
        ),
        "keys": (
            "Клавіші: Tab — від картки до картки, стрілки — до найближчої картки в той бік "
            "(або зсув карти), + і − — масштаб, 0 — умістити."
        ),
        "observed": "спостереження",
        "assumed": "припущення",
        "proposed": "пропозиція",
        "stage_goal": "Мета",
        "made_with": "Створено в JourneyMapper",
    },
    "lv": {
        "controls": "Kartes vadība",
        "zoom_in": "Tuvināt",
        "zoom_out": "Tālināt",
        "fit": "Ietilpināt logā",
        "search": "Meklēt kartītēs",
        "matches": "Atrastas kartītes: {n}",
        "personas": "Personas",
        "show": "Rādīt",
        "as_is": "Kā ir",
        "to_be": "Kā vajadzētu",
        "both": "Abi",
        "stages": "Posmi",
        "details": "Sīkāka informācija",
        "details_hint": (
            "Norādiet uz kartīti, pieskarieties tai vai "
            "pārejiet uz to ar taustiņu Tab."
        ),
        "what": "Kas notiek",
        "need": "Klienta vajadzība",
        "tools": "Rīki un sistēmas",
        "owner": "Atbildīgais",
        "evidence": "Pamatojums",
        "metrics": "Rādītāji",
        "channel": "Kanāls",
        "emotions": "Emocijas",
        "pains": "Sāpju punkti",
        "opportunities": "Iespējas",
        "severity": "svarīgums {n} no 5",
        "votes": "balsis: {n}",
        "table": "Emocijas pa posmiem un personām",
        "stage": "Posms",
        "touchpoint": "Saskarsmes punkts",
        "mean": "posma vidējais",
        "map_desc": (
            "Klienta ceļojuma karte: posmi {stages}, saskarsmes punkti "
            "{touchpoints}, personas {personas}."
        ),
        "keys": (
            "Taustiņi: Tab — no kartītes uz kartīti, bultiņas — uz tuvāko kartīti tajā "
            "virzienā (vai pārvieto karti), + un − — mērogs, 0 — ietilpināt."
        ),
        "observed": "novērojums",
        "assumed": "pieņēmums",
        "proposed": "priekšlikums",
        "stage_goal": "Mērķis",
        "made_with": "Izveidots ar JourneyMapper",
    },
}  # fmt: skip


def html_labels(language: str) -> Mapping[str, str]:
    """The page's words in ``language`` (English for anything unknown)."""
    return HTML_LABELS.get(language, HTML_LABELS["en"])

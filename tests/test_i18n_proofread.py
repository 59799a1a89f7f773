"""The proofreading rules of every translated text (interface, errors, export labels, templates,
the room page): Ukrainian without Russian letters or Russianisms, Russian without Ukrainian
letters, no word mixing alphabets, Latvian with its diacritics and the genitive plural after
zero, the same placeholders on the room page in every language, and the template phrases the
review replaced kept out."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from journeymapper.templates import TEMPLATES, build_template
from tests.test_i18n_glossary import export_words, room_page, room_words, ts_messages
from tests.test_templates import _card_texts

LANGUAGES = ("ru", "uk", "lv")
WORD = re.compile(r"[^\W\d_]+")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z]")
LATVIAN_LETTERS = re.compile("[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")
RUSSIAN_ONLY = re.compile("[ыэъёЫЭЪЁ]")
UKRAINIAN_ONLY = re.compile("[іїєґІЇЄҐ]")
# Russian words and patterns that slip into Ukrainian (surzhyk and calques).
RUSSIANISMS = re.compile(
    r"(?<![зЗ]’)(?<![зЗ]')являєт|являют|слідуюч|на протязі|прийма\w* участь|співпада|"
    r"\bданий\b|\bданого\b|міроприємств|в якості|по замовчуванню|\bвиділюван|під новий|"
    r"відтік|\bзадача\b|\bзадачі\b|\bзадачу\b|самий |нажміть|поміняйте|\bотказ|\bвідмін\w* дію|"
    r"клацанн\w* по\b|\bвліво\b|\bвправо\b|малюється",
    re.IGNORECASE,
)
# Latvian words typed without their diacritics (none of these spellings is a Latvian word).
ASCII_LATVIAN = {
    "saglabat", "atvert", "dzest", "mainit", "eksportet", "importet", "rediget", "atlasit",
    "lidz", "ari", "velak", "sapju", "kartite", "kartites", "kartisu", "iespeja", "iespejas",
    "merogs", "izkartojums", "parvietot", "ielimet", "nakamo", "nakamais", "dalibnieki",
    "dalibnieks", "balsosana", "vertejums", "emocijam", "saskarsme", "pareja", "parejas",
}
# Phrases the review of the templates replaced (redundant or calqued).
REPLACED = {
    "ru": ("возвращается снова", "похожее на нашу работу"),
    "uk": ("повертається знову", "схожий на нашу роботу", "задача"),
    "lv": ("Agrāka piekļuve", "bez liekām pūlēm"),
}


def texts(language: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every translated text the user can meet in ``language``."""
    for context, source, forms in ts_messages(language):
        for form in forms:
            yield f"{context} {source!r}", form
    for where, _english, text in (*export_words(language), *room_words(language)):
        yield where, text
    for name in TEMPLATES:
        for text in _card_texts(build_template(name, language)):
            if text:
                yield f"template {name}", text


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_mixes_alphabets(language: str) -> None:
    mixed = [
        f"{where}: {word!r}"
        for where, text in texts(language)
        for word in WORD.findall(text)
        if CYRILLIC.search(word) and (LATIN.search(word) or LATVIAN_LETTERS.search(word))
    ]
    assert not mixed, "\n".join(mixed)


def test_ukrainian_has_no_russian_letters_or_russianisms() -> None:
    found = [
        f"{where}: {match.group(0)!r} in {text!r}"
        for where, text in texts("uk")
        for match in (*RUSSIAN_ONLY.finditer(text), *RUSSIANISMS.finditer(text))
    ]
    assert not found, "\n".join(found)


def test_russian_has_no_ukrainian_letters() -> None:
    found = [f"{where}: {text!r}" for where, text in texts("ru") if UKRAINIAN_ONLY.search(text)]
    assert not found, "\n".join(found)


def test_the_russianism_check_catches_what_the_review_found() -> None:
    for wrong in ("з виділюваним текстом", "під новий діапазон", "Відтік", "Даний файл",
                  "Клацання по картці", "Alt+Вліво", "малюється крива"):
        assert RUSSIANISMS.search(wrong), wrong
    assert not RUSSIANISMS.search("з’являється") and not RUSSIANISMS.search("дані")


def test_latvian_keeps_its_diacritics() -> None:
    problems = []
    for where, text in texts("lv"):
        words = WORD.findall(text)
        if CYRILLIC.search(text):
            problems.append(f"{where}: Cyrillic in {text!r}")
        problems += [f"{where}: {w!r}" for w in words if w.lower() in ASCII_LATVIAN]
        long_words = [w for w in words if len(w) >= 2]
        if len(long_words) >= 10 and not LATVIAN_LETTERS.search(text):
            problems.append(f"{where}: no diacritic in {len(long_words)} words: {text!r}")
    assert not problems, "\n".join(problems)


def test_latvian_zero_forms_take_the_genitive_plural() -> None:
    """Qt's Latvian plural forms are one, other and zero (n = 0): after zero the noun is in the
    genitive plural, which ends in -u ("0 punktu", "0 balsu"), never the nominative."""
    problems = []
    for context, source, forms in ts_messages("lv"):
        if len(forms) != 3:
            continue
        one, other, zero = forms
        after = zero.split("%n", 1)[1] if "%n" in zero else ""
        noun = next((w for w in WORD.findall(after)[:3] if len(w) >= 4), None)
        if noun is not None and not noun.endswith("u"):
            problems.append(f"{context} {source!r}: zero form {zero!r}")
        if "(s)" in source and one == other and noun is not None:
            problems.append(f"{context} {source!r}: one and other are the same: {one!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_room_page_keeps_its_placeholders(language: str) -> None:
    english, translated = room_page("en"), room_page(language)
    placeholder = re.compile(r"\{\w+\}")
    wrong = [
        f"{key}: {english[key]!r} -> {translated[key]!r}"
        for key in english
        if sorted(placeholder.findall(english[key])) != sorted(placeholder.findall(translated[key]))
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_replaced_template_phrases_stay_out(language: str) -> None:
    found = [
        f"{where}: {phrase!r}"
        for where, text in texts(language)
        if where.startswith("template")
        for phrase in REPLACED[language]
        if phrase.lower() in text.lower()
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_and_closing_punctuation_are_kept(language: str) -> None:
    """Each plural form shows its count (%n), and a sentence, question, list or label ends as
    its source does (a lost "…" hides that a menu entry opens a dialog)."""
    ends = (".", "…", ":", "?")
    problems = []
    for context, source, forms in ts_messages(language):
        for form in forms:
            if "%n" in source and "%n" not in form:
                problems.append(f"{context} {source!r}: no %n in {form!r}")
            if len(source) > 3 and source.endswith(ends) != form.endswith(ends):
                problems.append(f"{context} {source!r}: ends differently: {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_typography_of_each_language(language: str) -> None:
    """Russian and Ukrainian quote with «…», Latvian with “…”; quotes come in pairs; spacing
    at the ends and doubled spaces follow the source; no space before a comma or full stop."""
    wrong_quotes = re.compile("[“”]" if language != "lv" else "[«»]")
    problems = []
    for context, source, forms in ts_messages(language):
        for form in forms:
            where = f"{context} {source!r}: {form!r}"
            if wrong_quotes.search(form):
                problems.append(f"quotes of another language in {where}")
            if form.count("«") != form.count("»") or form.count("“") != form.count("”"):
                problems.append(f"unpaired quotes in {where}")
            if (form != form.strip()) != (source != source.strip()) or (
                ("  " in form) != ("  " in source)
            ):
                problems.append(f"spacing differs in {where}")
            if re.search(r" [,.;:!?](?!\.)", form) and not re.search(r" [,.;:!?]", source):
                problems.append(f"space before punctuation in {where}")
    assert not problems, "\n".join(problems)

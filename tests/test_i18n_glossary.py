"""One term per concept: translations/GLOSSARY.md's terms are the ones the .ts files and the
export labels use, and its avoided words appear in neither."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from journeymapper.compare.words import FIELD_NAMES, NOUNS, PHRASES, VALUE_NAMES
from journeymapper.export.html_labels import HTML_LABELS
from journeymapper.io.sheet_tables import SHEET_NAMES
from journeymapper.words.fields import EVIDENCE_LABELS, FIELD_LABELS
from journeymapper.words.labels import CHANNEL_NAMES, FLOW_NAMES, LABELS, METRIC_NAMES

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "translations" / "GLOSSARY.md"
LANGUAGES = ("ru", "uk", "lv")
CODE = re.compile(r"`([^`]+)`")


@dataclass
class Concept:
    name: str
    english: re.Pattern[str]
    terms: dict[str, re.Pattern[str]]
    avoid: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)


def _cells(row: str) -> list[str]:
    parts = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [part.replace("\\|", "|").strip() for part in parts]


def _pattern(cell: str) -> re.Pattern[str]:
    found = CODE.search(cell)
    assert found, f"no pattern in backticks: {cell!r}"
    return re.compile(found.group(1), re.IGNORECASE)


def _avoided(cell: str) -> dict[str, list[re.Pattern[str]]]:
    avoid: dict[str, list[re.Pattern[str]]] = {}
    for part in filter(None, (p.strip() for p in cell.split(";"))):
        languages, _, words = part.partition(":")
        for language in languages.split("/"):
            avoid.setdefault(language.strip(), []).extend(
                re.compile(w, re.IGNORECASE) for w in CODE.findall(words)
            )
    return avoid


def glossary(text: str) -> list[Concept]:
    """The concepts of the glossary's table (header and rule rows skipped)."""
    concepts = []
    for row in text.splitlines():
        if not row.startswith("|") or row.startswith(("| Concept", "|---")):
            continue
        cells = _cells(row)
        concepts.append(Concept(
            cells[0], _pattern(cells[1]),
            {lang: _pattern(cell) for lang, cell in zip(LANGUAGES, cells[2:5], strict=True)},
            _avoided(cells[5]),
        ))
    return concepts


CONCEPTS = glossary(GLOSSARY.read_text(encoding="utf-8"))


def _english(text: str) -> str:
    return text.replace("&&", "&").replace("&", "")


def ts_messages(language: str) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source without accelerators, translated forms) of every current message."""
    root = ET.parse(ROOT / "translations" / f"journeymapper_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield (
                context.findtext("name") or "",
                _english(message.findtext("source") or ""),
                [_english(form) for form in forms],
            )


def export_words(language: str) -> Iterator[tuple[str, str, str]]:
    """(where, English value, value in ``language``) of every export label."""
    sheets = {lang: dict(enumerate(names)) for lang, names in SHEET_NAMES.items()}
    nouns = {lang: {k: text for k, (text, _g) in table.items()} for lang, table in NOUNS.items()}
    tables: list[tuple[str, Mapping[str, Mapping[Any, str]]]] = [
        ("LABELS", LABELS), ("FLOW_NAMES", FLOW_NAMES), ("CHANNEL_NAMES", CHANNEL_NAMES),
        ("METRIC_NAMES", METRIC_NAMES), ("HTML_LABELS", HTML_LABELS),
        ("FIELD_LABELS", FIELD_LABELS), ("EVIDENCE_LABELS", EVIDENCE_LABELS),
        ("SHEET_NAMES", sheets), ("compare PHRASES", PHRASES), ("compare NOUNS", nouns),
        ("compare FIELD_NAMES", FIELD_NAMES), ("compare VALUE_NAMES", VALUE_NAMES),
    ]
    for name, table in tables:
        for key, english in table["en"].items():
            yield f"{name}[{key}]", english, table[language][key]


def test_the_glossary_is_read() -> None:
    names = [concept.name for concept in CONCEPTS]
    assert len(names) >= 20 and "pain point" in names and "touchpoint" in names
    leaving = next(c for c in CONCEPTS if c.name.startswith("leaving"))
    assert leaving.english.search("Drop-off") and leaving.english.search("Exit (abandon)")
    assert leaving.avoid["ru"][0].search("Отток")
    email = next(c for c in CONCEPTS if c.name == "e-mail channel")
    assert set(email.avoid) == {"ru", "uk"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_use_the_glossary_terms(language: str) -> None:
    problems = []
    for context, source, forms in ts_messages(language):
        for concept in CONCEPTS:
            if not concept.english.search(source):
                continue
            for form in forms:
                if not concept.terms[language].search(form):
                    problems.append(
                        f"{concept.name}: {context} {source!r} -> {form!r} "
                        f"lacks {concept.terms[language].pattern!r}"
                    )
        for concept in CONCEPTS:
            for avoided in concept.avoid.get(language, []):
                problems += [
                    f"{concept.name}: {context} {source!r} -> {form!r} uses {avoided.pattern!r}"
                    for form in forms if avoided.search(form)
                ]
    assert not problems, "\n".join(problems)


ROOM_PAGE = ROOT / "journeymapper" / "resources" / "room" / "i18n.js"


def room_page(language: str) -> dict[str, str]:
    """The room page's words in ``language`` (its ``window.ROOM_TEXT`` table), by key."""
    text = ROOM_PAGE.read_text(encoding="utf-8")
    block = re.search(rf"\n  {language}: \{{(.*?)\n  \}}", text, re.S)
    assert block, f"no {language} table in {ROOM_PAGE.name}"
    return dict(re.findall(r'(\w+): "((?:[^"\\]|\\.)*)"', block.group(1)))


def room_words(language: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, value in ``language``) of every word of the room page."""
    english, translated = room_page("en"), room_page(language)
    assert set(english) == set(translated)
    for key, value in english.items():
        yield f"room page[{key}]", value, translated[key]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_export_labels_and_the_room_page_use_the_glossary_terms(language: str) -> None:
    problems = []
    for where, english, text in (*export_words(language), *room_words(language)):
        for concept in CONCEPTS:
            if concept.english.search(english) and not concept.terms[language].search(text):
                problems.append(f"{concept.name}: {where} {english!r} -> {text!r}")
            problems += [
                f"{concept.name}: {where} {english!r} -> {text!r} uses {avoided.pattern!r}"
                for avoided in concept.avoid.get(language, []) if avoided.search(text)
            ]
    assert not problems, "\n".join(problems)

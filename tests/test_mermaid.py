"""Mermaid journey import/export: every grammar point, errors with lines, fuzzing, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.export.data_files import export_mermaid
from journeymapper.export.options import ExportOptions
from journeymapper.io.errors import MapFileError
from journeymapper.io.importers import import_file
from journeymapper.io.mermaid import read_mermaid, score_to_emotion, write_mermaid
from journeymapper.io.mermaid_write import emotion_to_score, escape_name
from journeymapper.model import EmotionScale, FlowKind, JourneyMap
from journeymapper.templates import build_template

WORKING_DAY = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def read(text: str) -> JourneyMap:
    return read_mermaid(text, "test.mmd")


def shape(journey: JourneyMap) -> list[tuple[str, list[str]]]:
    return [(s.name, [t.name for t in journey.touchpoints(s.id)]) for s in journey.stages()]


def feelings(journey: JourneyMap) -> list[dict[str, float | None]]:
    names = {p.id: p.name for p in journey.personas()}
    return [{names[pid]: e.as_is for pid, e in tp.emotions.items()} for tp in journey.touchpoints()]


def error_of(text: str) -> MapFileError:
    with pytest.raises(MapFileError) as caught:
        read(text)
    return caught.value


# ------------------------------------------------------------------ grammar


def test_mermaid_documentation_example() -> None:
    journey = read(WORKING_DAY)
    assert journey.title == "My working day"
    assert shape(journey) == [
        ("Go to work", ["Make tea", "Go upstairs", "Do work"]),
        ("Go home", ["Go downstairs", "Sit down"]),
    ]
    assert [p.name for p in journey.personas()] == ["Me", "Cat"]
    assert feelings(journey)[2] == {"Me": -2, "Cat": -2}
    assert feelings(journey)[0] == {"Me": 2}


def test_tasks_are_chained_by_main_flows_across_sections() -> None:
    journey = read(WORKING_DAY)
    names = {t.id: t.name for t in journey.touchpoints()}
    chain = [(names[f.source], names[f.target or ""]) for f in journey.flows()]
    assert all(f.kind is FlowKind.MAIN for f in journey.flows())
    assert chain == [
        ("Make tea", "Go upstairs"),
        ("Go upstairs", "Do work"),
        ("Do work", "Go downstairs"),
        ("Go downstairs", "Sit down"),
    ]


def test_actor_forms_and_colons_with_or_without_spaces() -> None:
    journey = read(
        "journey\nsection S\n"
        "A task: 5: Alice, Bob, Charlie\n"
        "B task: 3:Bob, Charlie\n"
        "C task:5\n"
        "D task :4: Charlie ,Alice\n"
        "E task: 5:\n"
        "F task:1:  ,  Bob,,\n"
    )
    assert [p.name for p in journey.personas()] == ["Alice", "Bob", "Charlie"]
    rows = feelings(journey)
    assert rows[0] == {"Alice": 2, "Bob": 2, "Charlie": 2}
    assert rows[1] == {"Bob": 0, "Charlie": 0}
    assert rows[3] == {"Charlie": 1, "Alice": 1}
    assert rows[5] == {"Bob": -2}
    # no actors (or an empty list) in a diagram with actors: the score is everyone's
    assert rows[2] == {"Alice": 2, "Bob": 2, "Charlie": 2}
    assert rows[4] == rows[2]


def test_no_actors_at_all_gives_one_default_persona() -> None:
    journey = read("journey\nsection S\n  Look: 4\n  Buy: 2:\n")
    assert [p.name for p in journey.personas()] == ["Customer"]
    assert feelings(journey) == [{"Customer": 1}, {"Customer": -1}]


def test_default_persona_speaks_the_language_of_the_text() -> None:
    journey = read("journey\nsection Пошук\n  Знайти магазин: 4\n  Їхати: 2\n")
    assert journey.language.value == "uk"
    assert [p.name for p in journey.personas()] == ["Клієнт"]
    assert [lane.name for lane in journey.lanes()][0] == "Точки дотику"
    scale = journey.emotion_scale
    assert (scale.minimum, scale.maximum) == (-2, 2) and len(scale.labels) == 5


def test_keywords_in_any_case_and_any_indentation() -> None:
    journey = read("JOURNEY\n\t\tTITLE Shout\n  SeCtIoN One\n\t   Task: 2: X\n")
    assert journey.title == "Shout"
    assert shape(journey) == [("One", ["Task"])]


def test_comments_and_blank_lines_are_ignored() -> None:
    text = (
        "%% leading comment\n\njourney\n  %% a comment\n  # another comment\n\n"
        "  title Day # trailing comment\n  section Morning # note\n"
        "    Tea: 5: Me # who\n"
    )
    journey = read(text)
    assert journey.title == "Day"
    assert shape(journey) == [("Morning", ["Tea"])]
    assert [p.name for p in journey.personas()] == ["Me"]


def test_directives_are_ignored_even_across_lines() -> None:
    text = '%%{init: {"theme": "forest",\n "journey": {"useMaxWidth": true}}}%%\njourney\nA: 3\n'
    assert shape(read(text)) == [("Stage", ["A"])]


def test_front_matter_title_and_config() -> None:
    text = "---\ntitle: Front matter title\nconfig:\n  theme: dark\n---\njourney\nsection S\nA: 3\n"
    assert read(text).title == "Front matter title"
    quoted = "---\ntitle: 'It''s: quoted'\n---\njourney\nA: 3\n"
    assert read(quoted).title == "It's: quoted"
    both = "---\ntitle: From YAML\n---\njourney\ntitle From statement\nA: 3\n"
    assert read(both).title == "From statement"


def test_unclosed_front_matter_names_its_line() -> None:
    assert error_of("---\ntitle: x\njourney\nA: 3\n").problems[0].where == "line 1"


def test_accessibility_title_and_descriptions() -> None:
    journey = read("journey\naccTitle: Accessible title\naccDescr: One line; with # signs\nA: 3\n")
    assert journey.title == "Accessible title"
    assert journey.description == "One line; with # signs"
    multi = read(
        "journey\naccDescr {\n        A user journey for\n        family shopping\n      }"
        "title After the brace\naccTitle: ignored when a title exists\nsection S\nA: 3\n"
    )
    assert multi.description == "A user journey for\nfamily shopping"
    assert multi.title == "After the brace"


def test_unclosed_multiline_description_names_its_line() -> None:
    assert error_of("journey\nA: 3\naccDescr {\nnever closed\n").problems[0].where == "line 3"


@pytest.mark.parametrize("brk", ["<br>", "<br/>", "<br />", "</br />", "<BR\t/>", "<br\t>"])
def test_br_variants_in_section_names_are_line_breaks(brk: str) -> None:
    journey = read(f"journey\nsection Line1{brk}Line2\nA: 3\n")
    assert journey.stages()[0].name == "Line1\nLine2"


def test_sections_with_the_same_name_stay_separate_stages() -> None:
    journey = read("journey\nsection Same\nA: 1\nsection Same\nB: 2\nsection Empty\n")
    assert shape(journey) == [("Same", ["A"]), ("Same", ["B"]), ("Empty", [])]


def test_tasks_before_any_section_go_into_a_default_stage() -> None:
    journey = read("journey\nEarly: 4\nsection Later\nLate: 2\n")
    assert shape(journey) == [("Stage", ["Early"]), ("Later", ["Late"])]


def test_entity_codes_are_decoded() -> None:
    journey = read(
        "journey\nsection Q#38;A#58; now\nCost #35;1#59; a #quot;deal#quot;: 4: Bo#44;b\n"
    )
    assert journey.stages()[0].name == "Q&A: now"
    assert journey.touchpoints()[0].name == 'Cost #1; a "deal"'
    assert journey.personas()[0].name == "Bo,b"


def test_markdown_first_journey_block_is_read_with_file_line_numbers() -> None:
    text = (
        "# Journeys\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n"
        "Text.\n\n```mermaid\njourney\n  title Покупка\n  section Поиск\n    Сайт: 4: Анна\n```\n"
        "~~~mermaid\njourney\n  title Second\n~~~\n"
    )
    journey = read(text)
    assert journey.title == "Покупка"
    assert shape(journey) == [("Поиск", ["Сайт"])]
    bad = text.replace("Сайт: 4", "Сайт: 9")
    assert error_of(bad).problems[0].where == "line 14"


def test_markdown_without_a_journey_block() -> None:
    err = error_of("Intro\n\n```mermaid\nflowchart LR\n  A --> B\n```\n")
    assert "journey" in str(err)
    assert err.problems[0].where == "line 3"


def test_latvian_russian_ukrainian_text() -> None:
    journey = read(
        "journey\n  title Ceļojums: pirkums\n  section Meklēšana\n"
        "    Žurnāla reklāma: 4: Līga, Анна\n  section Оплата\n    Оплата картою: 2: Олег\n"
    )
    assert journey.title == "Ceļojums: pirkums"
    assert shape(journey) == [("Meklēšana", ["Žurnāla reklāma"]), ("Оплата", ["Оплата картою"])]
    assert [p.name for p in journey.personas()] == ["Līga", "Анна", "Олег"]


# ------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("journey\nsection S\nA: 6: Me\n", 3, "outside"),
        ("journey\nsection S\nA: 0\n", 3, "outside"),
        ("journey\n\nA: five: Me\n", 3, "not a number"),
        ("journey\nA: 3\nB: : Me\n", 3, "no score"),
        ("journey\nA: 3\nB: #53;\n", 3, "not a number"),
        ("journey\nA: 3\nJust a name\n", 3, "expected a task"),
        ("journey\nA: 3; B: 4\n", 2, "';'"),
        ("journey\nsection A: 5\n", 2, "section"),
        ("journey\n: 5\n", 2, "name"),
        ("flowchart LR\nA --> B\n", 1, "not a Mermaid journey"),
        ("%% only a comment\n", 1, "journey"),
        ("journey\nA: 3\njourney\n", 3, "once"),
    ],
)
def test_errors_name_the_line(text: str, line: int, words: str) -> None:
    err = error_of(text)
    assert err.problems[0].where == f"line {line}"
    assert words in str(err)
    assert "\n" not in str(err)


def test_fractional_scores_inside_the_range_are_kept() -> None:
    assert feelings(read("journey\nA: 2.5: Me\nB: 4.0: Me\n")) == [{"Me": -0.5}, {"Me": 1}]


# ----------------------------------------------------------------- mapping


def test_score_mapping_on_other_scales() -> None:
    assert [score_to_emotion(s, EmotionScale()) for s in range(1, 6)] == [-2, -1, 0, 1, 2]
    assert [score_to_emotion(s, EmotionScale(1, 5)) for s in range(1, 6)] == [1, 2, 3, 4, 5]
    assert score_to_emotion(3, EmotionScale(1, 10)) == 5.5
    assert [emotion_to_score(v, EmotionScale()) for v in (-2, -1.6, -0.5, 0.49, 2)] == [
        1,
        1,
        3,
        3,
        5,
    ]
    assert emotion_to_score(5.5, EmotionScale(1, 10)) == 3
    assert emotion_to_score(10, EmotionScale(-3, 3)) == 5


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Q: A", "Q#58; A"),
        ("#1; deal", "#35;1#59; deal"),
        ("two\nlines", "two lines"),
        ("a <br> literal", "a #60;br> literal"),
        ("Title page", "#84;itle page"),
        ("section two", "#115;ection two"),
        ("%% not a comment", "#37;% not a comment"),
        ("journeyman", "journeyman"),
    ],
)
def test_names_are_escaped_as_documented(name: str, written: str) -> None:
    assert escape_name(name) == written


def test_awkward_names_survive_a_round_trip() -> None:
    journey = JourneyMap("Title: #1; the best")
    stage = journey.add_stage("Section: Q&A; #2 second line")
    anna = journey.add_persona("Anna, the buyer")
    for name in ("journey planning", "accTitle: x", "Title page", "%% percent", "a <br/> tag"):
        tp = journey.add_touchpoint(stage.id, name)
        journey.set_emotion(tp.id, anna.id, 1)
    text, _notes = write_mermaid(journey)
    again = read(text)
    assert again.title == journey.title
    assert shape(again) == shape(journey)
    assert [p.name for p in again.personas()] == ["Anna, the buyer"]


# ------------------------------------------------------------- round trips


def test_mermaid_to_map_to_mermaid_is_stable() -> None:
    first, notes = write_mermaid(read(WORKING_DAY))
    assert notes == []
    second, _ = write_mermaid(read(first))
    assert first == second
    assert shape(read(first)) == shape(read(WORKING_DAY))
    assert feelings(read(first)) == feelings(read(WORKING_DAY))


@pytest.mark.parametrize("language", ["en", "ru", "uk", "lv"])
def test_template_maps_reimport_to_the_same_stages_touchpoints_personas(language: str) -> None:
    journey = build_template("e-shop", language)
    text, notes = write_mermaid(journey)
    again = read(text)
    assert shape(again) == shape(journey)
    assert [p.name for p in again.personas()] == [p.name for p in journey.personas()]
    assert len(notes) == 1 and "pain point" in notes[0] and "\n" not in notes[0]


def test_write_one_persona_and_unknown_persona() -> None:
    journey = read(WORKING_DAY)
    text, _ = write_mermaid(journey, persona="Cat")
    assert "Do work: 1: Cat" in text and "Me" not in text
    with pytest.raises(ValueError, match="Nobody"):
        write_mermaid(journey, persona="Nobody")


def test_the_first_persona_scores_never_an_average() -> None:
    journey = JourneyMap("Notes")
    stage = journey.add_stage("S")
    a, b = journey.add_persona("A"), journey.add_persona("B")
    quiet = journey.add_touchpoint(stage.id, "Quiet")
    split = journey.add_touchpoint(stage.id, "Split")
    journey.set_emotion(split.id, a.id, 2)
    journey.set_emotion(split.id, b.id, -1)
    journey.add_flow(quiet.id, split.id, "alternate")
    text, notes = write_mermaid(journey)
    assert "Quiet: 3\n" in text
    assert "Split: 5: A, B" in text  # A's +2, not the mean of +2 and -1
    assert "%% scores: A (as is)" in text
    assert len(notes) == 1
    assert "non-main flows (1)" in notes[0] and "score 3" in notes[0]
    assert "first persona" in notes[0]
    text, _notes = write_mermaid(journey, persona="B")
    assert "Split: 2: B" in text and "%% scores: B (as is)" in text


def test_export_writes_the_file_atomically(tmp_path: Path) -> None:
    journey = build_template("e-shop", "lv")
    out = tmp_path / "ceļš.mmd"
    notes = export_mermaid(journey, out, ExportOptions())
    assert len(notes) == 1
    assert out.read_text("utf-8") == write_mermaid(journey)[0]
    assert [p.name for p in tmp_path.iterdir()] == ["ceļš.mmd"]
    assert shape(import_file(out)) == shape(journey)


# ----------------------------------------------------------------- fuzzing

GRAMMAR_BITS = st.sampled_from(
    ["journey", "title ", "section ", "accTitle:", "accDescr:", "accDescr {", "}", ":", ": ",
     "5", "0", "3.5", ",", "#", "#58;", "#99999999999;", ";", "%%", "%%{", "}%%", "\n", "\n",
     "<br>", "---", "```mermaid", "```", "Анна", "Līga", " ", "\t", "\r", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(GRAMMAR_BITS | st.text(max_size=5), max_size=40))
def test_fuzz_any_text_imports_or_raises_our_error_with_a_line(parts: list[str]) -> None:
    text = "".join(parts)
    try:
        journey = read(text)
    except MapFileError as exc:
        assert exc.problems[0].where.startswith("line ")
        assert "\n" not in str(exc)
    else:
        assert journey.stages() or not journey.touchpoints()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_plain_text(text: str) -> None:
    try:
        read("journey\n" + text)
    except MapFileError as exc:
        assert exc.problems[0].where.startswith("line ")


NAMES = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co")), min_size=1, max_size=20
).filter(lambda s: s.strip() == s and s.strip() != "")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(NAMES, st.lists(NAMES, max_size=4)), min_size=1, max_size=4),
    st.lists(NAMES, min_size=1, max_size=3, unique=True),
)
def test_fuzz_any_names_round_trip(stages: list[tuple[str, list[str]]], people: list[str]) -> None:
    journey = JourneyMap("Fuzz")
    personas = [journey.add_persona(name) for name in people]
    for stage_name, cards in stages:
        stage = journey.add_stage(stage_name)
        for i, card in enumerate(cards):
            tp = journey.add_touchpoint(stage.id, card)
            for persona in personas:
                journey.set_emotion(tp.id, persona.id, (i % 5) - 2)
    text, _ = write_mermaid(journey)
    again = read(text)
    assert shape(again) == shape(journey)
    if journey.touchpoints():  # personas without any emotion cannot be written (noted)
        assert [p.name for p in again.personas()] == people
    assert feelings(again) == feelings(journey)

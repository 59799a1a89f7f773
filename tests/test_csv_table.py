"""CSV import and export: delimiters, BOM, quoting, headers, errors by row and column, fuzzing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from table_helpers import table_content

from journeymapper.export.data_files import export_csv
from journeymapper.export.options import ExportOptions
from journeymapper.io.csv_table import read_csv, sniff_delimiter, write_csv
from journeymapper.io.errors import MapFileError
from journeymapper.io.importers import import_file
from journeymapper.model import FlowKind, JourneyMap
from journeymapper.templates import build_template

HEADER = "stage,touchpoint,channel,persona,emotion,pain_point,opportunity\n"


def read(text: str, *, bom: bool = False) -> JourneyMap:
    return read_csv(("\ufeff" if bom else "").encode() + text.encode("utf-8"), "/tmp/путь.csv")


def error_of(data: str | bytes) -> MapFileError:
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    with pytest.raises(MapFileError) as caught:
        read_csv(raw, "bad.csv")
    return caught.value


def test_comma_csv_with_bom_one_row_per_touchpoint() -> None:
    journey = read(
        HEADER + "Поиск,Реклама,social,Анна,1,Слишком много рекламы,\n"
        "Покупка,Оплата,web,Анна,-2,,Apple Pay\n",
        bom=True,
    )
    content = table_content(journey)
    assert journey.title == "путь"
    assert journey.language.value == "ru"
    assert content["stages"] == ["Поиск", "Покупка"]
    assert content["personas"] == ["Анна"]
    assert content["touchpoints"] == [
        ("Поиск", "Реклама", "social", {"Анна": 1}, {}),
        ("Покупка", "Оплата", "web", {"Анна": -2}, {}),
    ]
    assert content["annotations"] == [
        ("opportunity", "Оплата", "Apple Pay"),
        ("pain_point", "Реклама", "Слишком много рекламы"),
    ]
    assert [f.kind for f in journey.flows()] == [FlowKind.MAIN]


def test_semicolon_csv_with_decimal_commas_is_sniffed() -> None:
    text = "Stage;Touchpoint;Emotion\nMeklēšana;Žurnāls;0,5\nPirkums;Kase;-1\n"
    assert sniff_delimiter(text) == ";"
    journey = read(text)
    assert journey.language.value == "lv"
    assert table_content(journey)["touchpoints"][0][3] == {"Klients": 0.5}


def test_sniffing_ignores_delimiters_inside_quotes() -> None:
    assert sniff_delimiter('"a;b;c;d",x,y\n') == ","
    assert sniff_delimiter("stage\ttouchpoint\n") == "\t"
    assert sniff_delimiter("touchpoint\n") == ","


def test_quoted_cells_with_newlines_commas_and_quotes() -> None:
    journey = read(HEADER + 'S,"Оплата\nкартой","web",,,"Боль, ""большая""\nочень",\n')
    assert journey.touchpoints()[0].name == "Оплата\nкартой"
    assert journey.annotations()[0].text == 'Боль, "большая"\nочень'


def test_header_names_are_case_insensitive_in_any_order_with_aliases() -> None:
    journey = read("EMOTION,Touch Point,STAGE,Pain-Point\n1,Сайт,Етап,Повільно\n")
    content = table_content(journey)
    assert content["touchpoints"] == [("Етап", "Сайт", "other", {"Клієнт": 1}, {})]
    assert content["annotations"] == [("pain_point", "Сайт", "Повільно")]


def test_extra_columns_become_notes() -> None:
    journey = read("stage,touchpoint,Owner team,Комментарий\nS,T,Payments,Проверить\nS,U,,\n")
    assert [dict(t.notes) for t in journey.touchpoints()] == [
        {"Owner team": "Payments", "Комментарий": "Проверить"},
        {},
    ]


def test_order_of_first_appearance_keeps_stage_order() -> None:
    journey = read("stage,touchpoint\nB,1\nA,2\nB,3\nC,4\nA,5\n")
    assert [s.name for s in journey.stages()] == ["B", "A", "C"]
    assert [t.name for t in journey.touchpoints()] == ["1", "3", "2", "5", "4"]


def test_rows_with_the_same_touchpoint_set_emotions_per_persona() -> None:
    journey = read(
        HEADER + "S,Сайт,web,Анна,2,Долго,\nS,Сайт,,Олег,-1,Долго,\nS,Сайт,,Līga,0,Dārgi,\n"
    )
    (site,) = journey.touchpoints()
    content = table_content(journey)
    assert content["touchpoints"][0][3] == {"Анна": 2, "Олег": -1, "Līga": 0}
    assert site.channel.value == "web"
    assert content["annotations"] == [
        ("pain_point", "Сайт", "Dārgi"),
        ("pain_point", "Сайт", "Долго"),
    ]


def test_blank_stage_repeats_the_stage_above_and_stage_rows() -> None:
    journey = read(HEADER + "Поиск,А,,,,,\n,Б,,,,,\nПусто,,,,,Нет этапа,\n,,,Олег,,,\n")
    assert [(s.name, [t.name for t in journey.touchpoints(s.id)]) for s in journey.stages()] == [
        ("Поиск", ["А", "Б"]),
        ("Пусто", []),
    ]
    assert table_content(journey)["annotations"] == [("pain_point", "Пусто", "Нет этапа")]
    assert [p.name for p in journey.personas()] == ["Олег"]


def test_blank_rows_and_short_rows_are_fine() -> None:
    journey = read("\n\nstage,touchpoint,emotion\n\nS,T\n,,\nS,U,2\n")
    assert [t.name for t in journey.touchpoints()] == ["T", "U"]


def test_utf16_with_bom_is_accepted() -> None:
    journey = read_csv("stage\ttouchpoint\nЕтап\tДзвінок\n".encode("utf-16"), "x.csv")
    assert [t.name for t in journey.touchpoints()] == ["Дзвінок"]


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        (HEADER + "S,T,web,A,abc,,\n", "row 2, column emotion", "not a number"),
        (HEADER + "S,T,web,A,1,,\nS,T,web,A,2,,\n", "row 3, column emotion", "already has 1"),
        (HEADER + "S,T,telegram,,,,\n", "row 2, column channel", "not a channel"),
        (HEADER + "S,T,web,,,,\nS,T,app,,,,\n", "row 3, column channel", "differs"),
        (HEADER + "S,T,,,,,\nS,U,,,7,,\n", "row 3, column emotion", "outside the emotion scale"),
        (HEADER + ",T,,,,,\n", "row 2, column stage", "needs a stage"),
        ("stage,touchpoint,x\nS,T,a\nS,T,b\n", "row 3, column x", "differs"),
        ("stage,touchpoint\nS,T,extra\n", "row 2, column 3", "without a header"),
        ("name,value\nS,T\n", "row 1", "stage and touchpoint"),
        ("stage,Stage,touchpoint\n", "row 1, column Stage", "twice"),
        (HEADER + "S,,,,3,,\n", "row 2, column emotion", "needs a touchpoint"),
        ("", "row 1", "empty"),
        ('stage,touchpoint\nS,T\nS,"unclosed\n', "row 3", "not valid CSV"),
    ],
)
def test_errors_name_row_and_column(text: str, where: str, words: str) -> None:
    err = error_of(text)
    assert err.problems[0].where == where
    assert words in str(err)
    assert "\n" not in str(err)


@pytest.mark.parametrize(
    ("encoding", "row"),
    [("cp1251", "Покупка,Оплата"), ("cp1257", "Pirkums,Kasē"), ("koi8-u", "Купівля,Їжа")],
)
def test_legacy_8_bit_encodings_get_a_clear_error(encoding: str, row: str) -> None:
    err = error_of(f"stage,touchpoint\n{row}\n".encode(encoding))
    assert "UTF-8" in str(err) and "legacy" in str(err)
    assert err.problems[0].where == "line 2"


def test_write_csv_is_utf8_with_bom_and_crlf() -> None:
    journey = read(HEADER + "Поиск,Реклама,social,Анна,1,,\n")
    data = write_csv(journey)
    assert data.startswith("\ufeff".encode())
    assert data.decode("utf-8-sig").splitlines()[0] == HEADER.strip()
    assert b"\r\n" in data


@pytest.mark.parametrize("language", ["en", "ru", "uk", "lv"])
def test_template_round_trip_map_csv_map_csv(language: str) -> None:
    journey = build_template("e-shop", language)
    first = write_csv(journey)
    again = read_csv(first, "again.csv")
    assert table_content(again) == table_content(journey)
    assert write_csv(again) == first


def test_round_trip_keeps_empty_stages_stage_pains_silent_personas_and_notes() -> None:
    journey = JourneyMap("Round")
    empty = journey.add_stage("Пусто")
    stage = journey.add_stage("Pirkums")
    silent = journey.add_persona("Тиша")
    anna = journey.add_persona("Анна")
    tp = journey.add_touchpoint(stage.id, 'Kase, "ātri"\nnākamā', channel="store", notes={"x": "1"})
    journey.set_emotion(tp.id, anna.id, 1.5)
    journey.add_annotation("pain_point", empty.id, "Нет данных")
    journey.add_annotation("pain_point", tp.id, "Rinda")
    journey.add_annotation("pain_point", tp.id, "Dārgi")
    journey.add_annotation("opportunity", tp.id, "Pašapkalpošanās")
    again = read_csv(write_csv(journey), "r.csv")
    assert table_content(again) == table_content(journey)
    assert [p.name for p in again.personas()] == [silent.name, anna.name]


def test_write_one_persona_only() -> None:
    journey = read(HEADER + "S,T,web,Анна,1,,\nS,T,web,Олег,-1,,\n")
    text = write_csv(journey, persona="Олег").decode("utf-8-sig")
    assert "Олег" in text and "Анна" not in text
    with pytest.raises(ValueError, match="Nobody"):
        write_csv(journey, persona="Nobody")


def test_export_and_import_file(tmp_path: Path) -> None:
    journey = build_template("e-shop", "uk")
    out = tmp_path / "шлях.csv"
    notes = export_csv(journey, out, ExportOptions())
    assert len(notes) <= 1
    assert out.read_bytes() == write_csv(journey)
    assert table_content(import_file(out)) == table_content(journey)


CELLS = st.sampled_from(
    ["stage", "touchpoint", "persona", "emotion", "channel", "pain_point", "opportunity", "x",
     "", "Этап", "Līga", "web", "3", "-1", "0,5", "1e9", "nan", '"', '""', "\n", "\r\n", ",",
     ";", "\t", " ", "\x00", "\ufeff"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(CELLS | st.text(max_size=4), max_size=40))
def test_fuzz_any_text_imports_or_raises_our_error_with_a_row(parts: list[str]) -> None:
    try:
        read_csv("".join(parts).encode("utf-8"), "fuzz.csv")
    except MapFileError as exc:
        assert exc.problems[0].where.startswith(("row ", "line "))
        assert "\n" not in str(exc)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_any_bytes(data: bytes) -> None:
    try:
        read_csv(data, "fuzz.csv")
    except MapFileError as exc:
        assert exc.problems[0].where.startswith(("row ", "line "))


def test_pains_table_csv_round_trip(tmp_path: Path) -> None:
    journey = build_template("e-shop", "uk")
    out = tmp_path / "болі.csv"
    assert export_csv(journey, out, ExportOptions(table="pains")) == []
    text = out.read_bytes().decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header == "Етап,Точка дотику,Тип,Текст,Важливість,Голоси,Відповідальний,Підстава"
    again = import_file(out)
    notes = sorted(
        (a.kind.value, a.text, a.severity, a.votes, a.owner) for a in again.annotations()
    )
    assert notes == sorted(
        (a.kind.value, a.text, a.severity, journey.shown_votes(a.id), a.owner)
        for a in journey.annotations()
    )
    assert write_csv(again, table="pains") == out.read_bytes()


def test_pains_table_in_english_with_a_bad_severity() -> None:
    good = "stage,touchpoint,kind,text,severity,votes\nPay,Form,pain point,Too long,5,3\n"
    journey = read_csv(good.encode(), "p.csv")
    (note,) = journey.annotations()
    assert (note.severity, note.votes, note.text) == (5, 3, "Too long")
    assert journey.touchpoint(note.target).name == "Form"
    bad = good.replace(",5,3", ",9,3")
    with pytest.raises(MapFileError) as caught:
        read_csv(bad.encode(), "p.csv")
    assert caught.value.problems[0].where == "row 2, column severity"

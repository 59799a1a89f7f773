"""Pasted text: plain lines become touchpoint names, spreadsheet rows become table rows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.io.errors import MapFileError
from journeymapper.io.paste import PASTE_SOURCE, parse_pasted_text


def test_plain_lines_are_names() -> None:
    pasted = parse_pasted_text("Реклама в Instagram\r\n\r\n  Сайт  \nŽurnāls\nВідгук\n")
    assert pasted.names == ("Реклама в Instagram", "Сайт", "Žurnāls", "Відгук")
    assert not pasted.is_table and pasted.rows == ()


def test_bullets_and_numbers_are_dropped_but_not_minus_numbers() -> None:
    pasted = parse_pasted_text("- Поиск\n* Выбор\n• Оплата\n1. Доставка\n12) Отзыв\n-5% скидка\n")
    assert pasted.names == ("Поиск", "Выбор", "Оплата", "Доставка", "Отзыв", "-5% скидка")


def test_tab_separated_lines_without_a_header_are_joined() -> None:
    assert parse_pasted_text("Сайт\tweb\nКасса\t\tstore\n").names == ("Сайт web", "Касса store")


def test_empty_paste() -> None:
    pasted = parse_pasted_text(" \n\t\n")
    assert not pasted and pasted.names == ()


def test_spreadsheet_rows_with_a_header() -> None:
    text = (
        "Stage\tTouchpoint\tChannel\tPersona\tEmotion\tPain point\tOpportunity\tOwner\r\n"
        "Meklēšana\tŽurnāls\tad\tLīga\t0,5\t\t\tMārketings\r\n"
        '\t"Оплата\r\nкартой"\tweb\tАнна\t-2\tОтказ банка\t\t\r\n'
    )
    pasted = parse_pasted_text(text)
    assert pasted.is_table and pasted.names == ()
    first, second = pasted.rows
    assert (first.stage, first.touchpoint, first.channel, first.persona, first.emotion) == (
        "Meklēšana", "Žurnāls", "ad", "Līga", "0,5"
    )  # fmt: skip
    assert dict(first.notes) == {"Owner": "Mārketings"}
    assert second.stage == "" and second.touchpoint == "Оплата\nкартой"
    assert (second.pain_point, second.number) == ("Отказ банка", 3)


@pytest.mark.parametrize(
    ("row", "where"),
    [
        ("S\tT\tweb\tA\tплохо", "row 2, column emotion"),
        ("S\tT\ttelegram\t\t", "row 2, column channel"),
    ],
)
def test_bad_cells_name_row_and_column(row: str, where: str) -> None:
    with pytest.raises(MapFileError) as caught:
        parse_pasted_text(f"stage\ttouchpoint\tchannel\tpersona\temotion\n{row}\n")
    assert caught.value.source == PASTE_SOURCE
    assert caught.value.problems[0].where == where


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["touchpoint", "stage", "\t", "\n", '"', "Līga", "1", "x"])
        | st.text(max_size=3),
        max_size=30,
    )
)
def test_fuzz_paste_gives_rows_names_or_our_error(parts: list[str]) -> None:
    try:
        pasted = parse_pasted_text("".join(parts))
    except MapFileError as exc:
        assert exc.problems[0].where.startswith("row ")
    else:
        assert all(name.strip() == name and name for name in pasted.names)

"""A line's measured width is its characters' advances added one by one, however it is cached."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.layout.fonts import font
from journeymapper.layout.text import clear_caches, measure, wrap

ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщыьэюяžšāēūļ ABCabcW.,!?—… \u4e00"


def _by_characters(text: str, size: float, bold: bool) -> float:
    face = font(bold).face
    total = 0.0
    for char in text:
        total += face.charWidths.get(ord(char), face.defaultWidth)
    return total * size / 1000.0


@pytest.mark.parametrize("bold", [False, True])
def test_every_advance_is_a_multiple_of_a_256th(bold: bool) -> None:
    # why sums of words and spaces equal sums of characters exactly
    face = font(bold).face
    advances = [*face.charWidths.values(), face.defaultWidth]
    assert max(Fraction(a).denominator for a in advances) <= 256


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120), st.booleans())
def test_a_wrapped_line_measures_as_its_characters(text: str, bold: bool) -> None:
    clear_caches()
    lines, _cut = wrap(text, 120.0, 9.0, bold)  # its words measured and memoised first
    for line in [*lines, text]:
        assert measure(line, 9.0, bold) == _by_characters(line, 9.0, bold)

"""Every kind of bad input gets one clear MapFileError naming where, never another exception."""

from __future__ import annotations

import contextlib
import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.io.errors import MapFileError
from journeymapper.io.jmap import dumps_map, load_map, loads_map
from journeymapper.model import JourneyMap


def _png(chunks: list[tuple[bytes, bytes]] = ()) -> bytes:  # type: ignore[assignment]
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    body = chunk(b"IHDR", header) + b"".join(chunk(k, d) for k, d in chunks)
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _message(data: bytes) -> str:
    with pytest.raises(MapFileError) as info:
        loads_map(data, "map.jmap")
    return str(info.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b'{"format": "journeymapper", "format_', "truncated"),
        (b"[1, 2]", "JSON of type list"),
        (b"null", "JSON of type null"),
        (b'{"name": "package.json", "version": "1.0"}', "not a JourneyMapper map"),
        (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
        ('{"title": "Pirkums ā"}'.encode("cp1257"), "legacy 8-bit encoding"),
        (b"\x00\x01\x02binary", "binary file"),
        (_png(), "PNG image without an embedded map"),
        (b"\x89PNG\r\n\x1a\n" + b"garbage", "damaged PNG"),
        (b'{"format": "journeymapper", "format_version": "1"}', "no valid format_version"),
    ],
)
def test_unreadable_inputs_get_one_clear_line(data: bytes, expected: str) -> None:
    message = _message(data)
    assert expected in message
    assert message.startswith("map.jmap: ")
    assert "\n" not in message


def _valid(small_map: JourneyMap) -> dict[str, Any]:
    return json.loads(dumps_map(small_map))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("mutate", "where", "what"),
    [
        (lambda d: d["stages"][0].update(name=5), "$.stages[0].name", "must be text"),
        (lambda d: d["stages"][1]["touchpoints"][0].update(channel="fax"), "channel", "fax"),
        (lambda d: d["flows"][0].update(target="ghost"), "flows[0].target", "does not exist"),
        (lambda d: d["annotations"][0].update(severity=9), "annotations[0].severity", "9"),
        (lambda d: d["flows"][2].update(percent=150), "flows[2].percent", "150"),
        (
            lambda d: d["stages"][0]["touchpoints"][0]["emotions"].update(
                {d["personas"][0]["id"]: {"as_is": 7}}
            ),
            "emotions",
            "outside the emotion scale",
        ),
        (
            lambda d: d["stages"][1].update(id=d["stages"][0]["id"]),
            "stages[1].id",
            "more than once",
        ),
        (
            lambda d: d["views"][0].update(stages=["nowhere"]),
            "views[0].stages[0]",
            "does not exist",
        ),
        (lambda d: d.update(title=""), "title", "must not be empty"),
        (lambda d: d.update(title="x" * 100_001), "title", "longer than 100,000"),
        (lambda d: d["stages"].append({"id": "s9"}), "stages[2]", '"name" is missing'),
        (lambda d: d.update(extra=True), "$", "unknown fields"),
        (lambda d: d.update(emotion_scale={"min": 3, "max": 1}), "emotion_scale", "below"),
    ],
)
def test_invalid_content_names_the_json_path(
    small_map: JourneyMap, mutate: Any, where: str, what: str
) -> None:
    data = _valid(small_map)
    mutate(data)
    with pytest.raises(MapFileError) as info:
        loads_map(json.dumps(data).encode(), "map.jmap")
    assert any(where in p.where and what in p.message for p in info.value.problems), (
        info.value.report()
    )


def test_all_problems_are_reported_at_once(small_map: JourneyMap) -> None:
    data = _valid(small_map)
    data["stages"][0]["name"] = ""
    data["annotations"][0]["severity"] = "high"
    data["flows"][0]["target"] = "ghost"
    data["stages"][1]["touchpoints"][1]["emotions"][data["personas"][0]["id"]]["as_is"] = 9
    with pytest.raises(MapFileError) as info:
        loads_map(json.dumps(data).encode(), "map.jmap")
    wheres = {p.where for p in info.value.problems}
    assert {"$.stages[0].name", "$.annotations[0].severity", "$.flows[0].target"} <= wheres
    assert any("emotions" in w for w in wheres)
    assert "(and 3 more problems)" in str(info.value)


def test_missing_path_and_folder(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="no such file"):
        load_map(tmp_path / "nope.jmap")
    with pytest.raises(MapFileError, match="is a folder"):
        load_map(tmp_path)


def test_loading_never_modifies_the_file(small_map: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "bad.jmap"
    data = dumps_map(small_map)[:-40]
    path.write_bytes(data)
    with pytest.raises(MapFileError):
        load_map(path)
    assert path.read_bytes() == data


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_load_or_raise_our_error(data: bytes) -> None:
    with contextlib.suppress(MapFileError):
        loads_map(data, "fuzz.jmap")


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=8), children, max_size=3)
        ),
        max_leaves=20,
    )
)
def test_any_json_inside_a_valid_envelope_loads_or_raises_our_error(value: Any) -> None:
    document = {"format": "journeymapper", "format_version": 1, "title": "t", "stages": value}
    with contextlib.suppress(MapFileError):
        loads_map(json.dumps(document).encode(), "fuzz.jmap")


@pytest.mark.parametrize(
    ("value", "where", "what"),
    [
        ('"\\ud800"', "$.stages[0].name", "lone UTF-16 surrogate"),
        ('"ok \\udfff"', "$.stages[0].name", "lone UTF-16 surrogate"),
        ("1e999", "$.stages[0].name", "finite"),
        ("12345678901234567890", "$.stages[0].name", "too large a number"),
        ("[" * 30 + "]" * 30, "$.stages[0].name[0][0]", "nested too deeply"),
        ('{"' + "k" * 1001 + '": 1}', "$.stages[0].name", "key longer than 1,000"),
        ("NaN", "", "NaN is not a number"),
    ],
)
def test_values_no_map_may_hold_are_refused_before_any_check(
    small_map: JourneyMap, value: str, where: str, what: str
) -> None:
    text = dumps_map(small_map).decode()
    name = json.dumps(small_map.stages()[0].name, ensure_ascii=False)
    message = _message(text.replace(name, value, 1).encode())
    assert what in message and where in message and "\n" not in message, message


def test_escaped_emoji_are_text_not_broken_surrogates(small_map: JourneyMap) -> None:
    data = _valid(small_map)
    data["stages"][0]["name"] = "Радость 😀 👩‍👧"
    journey = loads_map(json.dumps(data, ensure_ascii=True).encode(), "map.jmap")
    assert journey.stages()[0].name == "Радость 😀 👩‍👧"

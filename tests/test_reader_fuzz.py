"""Valid maps mutated at random JSON paths: the reader answers with one clean error or a map
that saves and exports to every format. No exception of any other kind may escape."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journeymapper.export.dispatch import EXPORTERS, export_file
from journeymapper.export.options import ExportOptions
from journeymapper.io.errors import MapFileError
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.model.summary import summarize
from journeymapper.templates import build_template

Path_ = tuple[str | int, ...]
NASTY_TEXT = [
    "\ud800",
    "a\udfffb",
    "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>",
    "]]></text><text>",
    "\x00\x01\x1b[31m",
    "\u202eevil\u202c",
    "👩‍👩‍👧‍👦",
    "line\nbreak\r\n",
    " ",
    "",
    "x" * 100_001,
]


@cache
def _base_text(template: str) -> bytes:
    return dumps_map(build_template(template, "en"))


def _base(template: str) -> dict[str, Any]:
    """A fresh copy of the template's JSON data."""
    return json.loads(_base_text(template))  # type: ignore[no-any-return]


@cache
def _base_paths(template: str) -> list[Path_]:
    return _paths(_base(template))


def _paths(value: Any, prefix: Path_ = ()) -> list[Path_]:
    out = [prefix]
    if len(prefix) > 8:
        return out
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _paths(item, (*prefix, i))
    return out


def _ids(value: Any) -> list[str]:
    if isinstance(value, dict):
        own = [value["id"]] if isinstance(value.get("id"), str) else []
        return own + [i for item in value.values() for i in _ids(item)]
    if isinstance(value, list):
        return [i for item in value for i in _ids(item)]
    return []


def _deep(depth: int, leaf: Any) -> Any:
    for i in range(depth):
        leaf = [leaf] if i % 2 else {"a": leaf}
    return leaf


@cache
def _values(template: str) -> st.SearchStrategy[Any]:
    ids = _ids(_base(template))
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(10**20), max_value=10**20)
        | st.floats(allow_nan=True, allow_infinity=True)
        | st.text(max_size=20)
        | st.sampled_from(NASTY_TEXT)
        | st.sampled_from(ids)  # duplicate ids
        | st.just("dangling-ref-0000")
        | st.sampled_from([-2, -1, 0, 1, 2, 3, 5, 100, -100, 7])
    )
    containers = st.recursive(
        scalars,
        lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids),
        max_leaves=6,
    )
    return (
        containers
        | st.builds(_deep, st.sampled_from([21, 300, 900]), scalars)
        | st.dictionaries(st.sampled_from(ids), scalars, max_size=2)
    )


def _apply(document: dict[str, Any], path: Path_, action: str, value: Any) -> Any:
    if not path:
        return value if action == "replace" else document
    parent: Any = document
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent[last], dict):
        parent[last]["zz" if not isinstance(value, str) or not value else value[:8]] = value
    elif action == "add" and isinstance(parent[last], list):
        parent[last].append(value)
    else:
        parent[last] = value
    return document


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    template = draw(st.sampled_from(["e-shop", "saas-trial"]))
    document = _base(template)
    for step in range(draw(st.integers(min_value=1, max_value=3))):
        paths = _paths(document) if step else _base_paths(template)
        path = draw(st.sampled_from(paths if isinstance(document, dict) else [()]))
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        value = draw(_values(template))
        document = _apply(document, path, action, value)
    text = json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True)
    return text.encode("utf-8", "surrogatepass")


def _check_clean_error(error: MapFileError) -> None:
    line = str(error)
    assert line.startswith("fuzz.jmap: ")
    assert "\n" not in line and "\r" not in line
    line.encode("utf-8")  # printable: no lone surrogates in the message
    for problem in error.problems:
        assert problem.where.startswith(("$", "line ", "byte ")) or not problem.where, problem


EXPORT_OPTIONS = ExportOptions(dpi=10, layout="poster")


def _exports_everywhere(data: bytes, folder: Path) -> None:
    journey = loads_map(data, "fuzz.jmap")
    assert loads_map(dumps_map(journey), "again.jmap") is not None
    for suffix in EXPORTERS:
        export_file(journey, folder / f"out{suffix}", EXPORT_OPTIONS)
    partial = [ExportOptions(view=v.name, dpi=10) for v in journey.views()[:1]]
    partial += [ExportOptions(persona=p.name, dpi=10) for p in journey.personas()[:1]]
    for options in partial:  # a view's PNG holds a map that opens, and its tables export
        export_file(journey, folder / "part.png", options)
        loads_map((folder / "part.png").read_bytes(), "part.png")
        export_file(journey, folder / "part.csv", options)


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_a_mutated_map_gives_one_clean_error_or_a_valid_map(data: bytes) -> None:
    try:
        journey = loads_map(data, "fuzz.jmap")
    except MapFileError as error:
        _check_clean_error(error)
        event("refused")
        return
    event("valid")
    dumps_map(journey).decode("utf-8")
    json.dumps(summarize(journey))  # what `info` prints


def _leaf_value(old: Any) -> st.SearchStrategy[Any]:
    """A value of the same JSON type as ``old``: most such mutations still validate."""
    if isinstance(old, bool):
        return st.booleans()
    if isinstance(old, int | float):
        return st.integers(min_value=-3, max_value=110) | st.floats(min_value=-3, max_value=7)
    if isinstance(old, str):
        return st.sampled_from(NASTY_TEXT[2:-1]) | st.text(max_size=30)
    return st.just(old)


@st.composite
def plausible(draw: st.DrawFn) -> bytes:
    """A template with a few leaves replaced by values of the right type (nasty text, odd
    numbers), so that many of these maps validate and must then export."""
    template = draw(st.sampled_from(["e-shop", "saas-trial"]))
    document = _base(template)
    leaves = [
        p for p in _base_paths(template) if p and not isinstance(_get(document, p), dict | list)
    ]
    for path in draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=4)):
        if path[-1] in ("id", "format", "format_version", "source", "target", "kind"):
            continue
        _apply(document, path, "replace", draw(_leaf_value(_get(document, path))))
    return json.dumps(document).encode()


def _get(document: Any, path: Path_) -> Any:
    for part in path:
        document = document[part]
    return document


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated() | plausible() | plausible())
def test_every_map_that_validates_exports_to_every_format(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    try:
        loads_map(data, "fuzz.jmap")
    except MapFileError:
        event("refused")
        return
    event("valid: exported")
    _exports_everywhere(data, tmp_path_factory.mktemp("out"))


@pytest.mark.parametrize("text", NASTY_TEXT[2:-1])
def test_nasty_but_valid_text_exports_to_every_format(tmp_path: Path, text: str) -> None:
    document = _base("e-shop")
    name = text if text.strip() else "x" + text
    stage = document["stages"][0]
    document["title"] = name
    stage["name"] = name
    stage["touchpoints"][0]["name"] = name
    document["annotations"][0]["text"] = name
    document["personas"][0]["name"] = name
    next(lane for lane in document["lanes"] if lane["kind"] == "text")["cells"][stage["id"]] = text
    _exports_everywhere(json.dumps(document).encode(), tmp_path)


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "deep", "number", "surrogate"])
@pytest.mark.parametrize("command", ["validate", "info", "export"])
def test_special_and_hostile_files_give_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: str
) -> None:
    from journeymapper.cli import run_headless

    path = tmp_path / "map.jmap"
    if kind == "fifo":
        os.mkfifo(path)  # reading it would block forever
    elif kind == "device":
        path = Path("/dev/zero")  # reading it would never end
    elif kind == "folder":
        path.mkdir()
    elif kind == "deep":
        path.write_text('{"format": "journeymapper", "x": ' + "[" * 5000 + "]" * 5000 + "}")
    elif kind == "number":
        path.write_text("12")
    else:
        document = _base("e-shop")
        document["stages"][1]["touchpoints"][0]["name"] = "\ud800"
        path.write_text(json.dumps(document))
    before = path.read_bytes() if path.is_file() else None
    args = [command, str(path)] + ([str(tmp_path / "out.svg")] if command == "export" else [])
    assert run_headless(args) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), lines
    assert " at $" in lines[0] or kind in ("fifo", "device", "folder", "deep")
    if before is not None:
        assert path.read_bytes() == before
    assert not (tmp_path / "out.svg").exists()

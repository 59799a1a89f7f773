"""The quick schema walk vouches only for maps the full validator (jsonschema-rs) finds valid,
and it does vouch for ordinary small maps, so reading them loads no compiled validator."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.io.codec import map_to_data
from journeymapper.io.quick_schema import surely_valid
from journeymapper.io.validate import schema_validator, shipped_schema
from journeymapper.templates import TEMPLATES, build_template

SAMPLE = Path(__file__).parent.parent / "journeymapper/resources/samples/sample.jmap"
SCHEMA = shipped_schema()
SAMPLE_DATA = json.loads(SAMPLE.read_text(encoding="utf-8"))


def _full_valid(document: Any) -> bool:
    return bool(schema_validator().is_valid(document))


def test_ordinary_small_maps_are_vouched_for() -> None:
    documents = [copy.deepcopy(SAMPLE_DATA)]
    documents += [map_to_data(build_template(name, "lv")) for name in TEMPLATES]
    for document in documents:
        assert _full_valid(document)
        assert surely_valid(document, SCHEMA)


def test_where_python_and_the_validator_differ_it_does_not_vouch() -> None:
    sample = copy.deepcopy(SAMPLE_DATA)
    for path, value in (
        (("personas", 0, "colour"), "#1f77b4\n"),  # Python's `$` matches before a final \n
        (("stages", 0, "name"), "Sign-up\n"),
        (("emotion_scale", "min"), -2.0),  # a whole float: JSON Schema's integer, not ours
        (("format_version",), True),  # True == 1 in Python, not in JSON
    ):
        document = copy.deepcopy(sample)
        _put(document, path, value)
        assert not surely_valid(document, SCHEMA), path
    assert not surely_valid(sample, SCHEMA, budget=100)  # too big for the walk: not sure


def _put(document: Any, path: tuple[str | int, ...], value: Any) -> None:
    for part in path[:-1]:
        document = document[part]
    document[path[-1]] = value


odd_values = st.one_of(
    st.sampled_from([
        None, True, False, 0, 1, -1, 3, 5, 6, 101, -1001, 1.0, 2.5, -2.0, 1e9, 10**12,
        "", " ", "\n", "x\n", "\u00a0", "\x1c", "\u2028", "#1f77b4", "#1F77B4\n", "#12345g",
        "12", "-5", "1e3", "web", "main", "back", "pain_point", "observed", "star", "text",
        "a" * 201, [], [1], ["x"], [None], {}, {"x": 1}, {"as_is": 1}, {"1": "x"},
    ]),
    st.text(max_size=4),
    st.integers(-2000, 2000),
    st.floats(allow_nan=False, allow_infinity=False),
)  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(SAMPLE_DATA)
    for _ in range(draw(st.integers(1, 3))):
        node = document
        while True:  # walk down to a random container
            children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
            inner = [(k, v) for k, v in children if isinstance(v, dict | list) and v]
            if not inner or draw(st.integers(0, 3)) == 0:
                break
            node = draw(st.sampled_from(inner))[1]
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        action = draw(st.sampled_from(["set", "delete", "add"]))
        if action == "add" or not keys:
            key = draw(st.sampled_from(["extra", "id", "name", "1", "x-y"]))
            if isinstance(node, dict):
                node[key] = draw(odd_values)
            else:
                node.append(draw(odd_values))
        elif action == "delete":
            del node[draw(st.sampled_from(keys))]
        else:
            node[draw(st.sampled_from(keys))] = draw(odd_values)
    return document


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_it_never_vouches_for_what_the_validator_refuses(document: Any) -> None:
    if surely_valid(document, SCHEMA):
        assert _full_valid(document)

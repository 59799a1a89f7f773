"""Start-up: `--help`, `--version` and `info` load only what they use (a fresh interpreter's
sys.modules is the witness); the plain-dict cycle search finds what networkx finds."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.model.graph import simple_cycles, topological_order

HEAVY = ("networkx", "reportlab", "PIL", "openpyxl", "pptx", "aiohttp", "pycrdt", "PySide6")
SAMPLE = Path(__file__).parent.parent / "journeymapper/resources/samples/sample.jmap"

_PROBE = """
import sys
from journeymapper.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as done:
    code = done.code
loaded = sorted(sys.modules)
import json
sys.stdout = sys.__stdout__
print("\\nMODULES " + json.dumps(loaded))
"""


@functools.cache  # a fresh interpreter per command line, asked by several tests
def _modules(*args: str) -> frozenset[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True
    )
    line = done.stdout.rsplit("\nMODULES ", 1)[1]
    return frozenset(json.loads(line))


def _loaded(*args: str) -> set[str]:
    return {name.split(".")[0] for name in _modules(*args)}


def test_help_version_and_info_load_no_heavy_library() -> None:
    for args in (["--help"], ["--version"], ["info", str(SAMPLE)], ["info", str(SAMPLE), "--json"]):
        heavy = _loaded(*args) & set(HEAVY)
        assert not heavy, f"{' '.join(args)} imported {sorted(heavy)}"


def _ours(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


def test_help_and_version_load_neither_the_model_nor_a_reader() -> None:
    """Answering --help or --version builds at most the parser: no map model, reader or
    layout, and not `typing` or `json` either (each costs milliseconds of every start)."""
    for args in (["--help"], ["--version"], ["export", "--help"]):
        modules = _modules(*args)
        ours = _ours(modules, "journeymapper.model", "journeymapper.io.jmap",
                     "journeymapper.io.errors", "journeymapper.layout",
                     "journeymapper.render")  # fmt: skip
        assert not ours, f"{' '.join(args)} imported {ours}"
        assert not {"typing", "json", "dataclasses"} & modules, " ".join(args)


# What a small map's `info` needs not load, and what each cost it (ms, 2 cores):
# dataclasses/inspect ~9 plus ~0.75 a class (the model's are records), the compiled schema
# validator ~16 (email, decimal; a small valid map is vouched for by io/quick_schema.py),
# importlib.resources ~8 (tempfile, zipfile), snapshots (hashlib, zlib, base64), uuid (platform).
NOT_FOR_INFO = (
    "dataclasses", "inspect", "jsonschema_rs", "email", "decimal", "importlib.resources",
    "tempfile", "zipfile", "journeymapper.io.history", "hashlib", "uuid", "platform",
)  # fmt: skip


def test_info_loads_no_layout_drawing_or_export() -> None:
    modules = _modules("info", str(SAMPLE))
    ours = _ours(modules, "journeymapper.layout", "journeymapper.render", "journeymapper.compare",
                 "journeymapper.export.options", "journeymapper.templates")  # fmt: skip
    assert not ours, f"info imported {ours}"


def test_a_small_maps_info_loads_no_dataclasses_validator_or_snapshots() -> None:
    for args in (["info", str(SAMPLE)], ["--lang", "uk", "info", str(SAMPLE), "--json"]):
        loaded = _ours(_modules(*args), *NOT_FOR_INFO)
        assert not loaded, f"{' '.join(args)} imported {loaded}"
    for args in (["--help"], ["--version"], ["info", "--help"]):
        loaded = _ours(_modules(*args), *NOT_FOR_INFO)
        assert not loaded, f"{' '.join(args)} imported {loaded}"
    for args in (["--help"], ["info", "--help"]):  # each builds only its own arguments
        assert "journeymapper.history_cli" not in _modules(*args), " ".join(args)


def test_a_broken_small_map_is_still_reported_by_the_full_validator(tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["stages"][1]["colour"] = "teal"
    data["personas"][0]["marker"] = 7
    broken = tmp_path / "broken.jmap"
    broken.write_text(json.dumps(data), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "journeymapper", "validate", str(broken)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: {broken}: 7 is not one of: circle, square, triangle, diamond, star, cross"
        " at $.personas[0].marker",
        f"error: {broken}: must be a colour like #1f77b4 (or empty) at $.stages[1].colour",
    ]


def test_the_command_lines_languages_are_the_maps_languages() -> None:
    from journeymapper.cli import LANGUAGES
    from journeymapper.model import Language

    assert tuple(language.value for language in Language) == LANGUAGES


def test_info_still_reports_the_sample_loop() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "journeymapper", "info", str(SAMPLE), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(done.stdout)
    assert data["loops"], "the sample map has a back flow that closes a loop"


graphs = st.integers(1, 7).flatmap(
    lambda n: st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=16).map(
        lambda edges: (n, edges)
    )
)


@settings(max_examples=150, deadline=None)
@given(graphs)
def test_cycles_and_order_agree_with_networkx(graph: tuple[int, list[tuple[int, int]]]) -> None:
    n, edges = graph
    adjacency: dict[str, dict[str, None]] = {str(i): {} for i in range(n)}
    for a, b in edges:
        adjacency[str(a)][str(b)] = None
    reference = nx.DiGraph()
    reference.add_nodes_from(adjacency)
    reference.add_edges_from((a, b) for a, targets in adjacency.items() for b in targets)

    def canonical(cycle: list[str]) -> tuple[str, ...]:
        turn = cycle.index(min(cycle))
        return tuple(cycle[turn:] + cycle[:turn])

    ours = [canonical(c) for c in simple_cycles(adjacency)]
    assert len(ours) == len(set(ours))
    assert set(ours) == {canonical(c) for c in nx.simple_cycles(reference)}
    order = topological_order(adjacency)
    assert (order is None) == (not nx.is_directed_acyclic_graph(reference))
    if order is not None:
        position = {node: i for i, node in enumerate(order)}
        assert all(position[a] < position[b] for a, b in reference.edges)


def test_a_poster_export_loads_no_slide_layout(tmp_path: Path) -> None:
    from journeymapper.export.pdf import PAGE_SIZES
    from journeymapper.layout.slides import SLIDE_H, SLIDE_W

    assert PAGE_SIZES["16:9"] == (SLIDE_W, SLIDE_H)  # written out so the poster needs no slides
    out = tmp_path / "poster.pdf"
    modules = _modules("export", str(SAMPLE), str(out), "--layout", "poster")
    assert out.stat().st_size > 0
    ours = _ours(modules, "journeymapper.layout.slides", "journeymapper.render.slide_render",
                 "journeymapper.export.slides", "pptx", "openpyxl")  # fmt: skip
    assert not ours, f"a poster export imported {ours}"

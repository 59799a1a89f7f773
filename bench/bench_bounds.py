"""Import bounds: the worst accepted import of each format (time, peak memory) and 1 MB of
adversarial Mermaid (each must end in linear time with a map or one error)."""

from __future__ import annotations

import io
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.generate import WORDS
from bench.timing import run_process, table
from journeymapper.io.errors import MapFileError
from journeymapper.io.import_common import MAX_IMPORT_ROWS
from journeymapper.io.mermaid import MAX_ACTORS, read_mermaid

MB = 1_000_000


def _words(rng: random.Random, chars: int) -> str:
    text = ""
    while len(text) < chars:
        text += rng.choice(WORDS) + " "
    return text[:chars].strip()


def csv_at_the_limit(rows: int = MAX_IMPORT_ROWS, cell_chars: int = 20) -> bytes:
    """A CSV with ``rows`` touchpoints, a pain, an opportunity and a note of ``cell_chars`` each."""
    rng = random.Random(1)
    lines = ["stage,touchpoint,channel,persona,emotion,pain_point,opportunity,comment"]
    for i in range(rows):
        texts = ",".join(_words(rng, cell_chars) for _ in range(3))
        lines.append(f"Stage {i // 50},Card {i},web,P{i % 5},{i % 5 - 2},{texts}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_at_the_limit(rows: int = MAX_IMPORT_ROWS, cell_chars: int = 20) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["stage", "touchpoint", "channel", "persona", "emotion", "pain_point",
                  "opportunity", "comment"])  # fmt: skip
    rng = random.Random(1)
    for i in range(rows):
        texts = [_words(rng, cell_chars) for _ in range(3)]
        sheet.append([f"Stage {i // 50}", f"Card {i}", "web", f"P{i % 5}", i % 5 - 2, *texts])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def mermaid_at_the_limit(tasks: int = MAX_IMPORT_ROWS, name_chars: int = 20) -> str:
    rng = random.Random(1)
    actors = [f"Actor {i}" for i in range(MAX_ACTORS)]
    lines = ["journey", "title Largest accepted journey"]
    for i in range(tasks - tasks // 50):
        if i % 49 == 0:
            lines.append(f"section Stage {i // 49}")
        who = ", ".join(rng.sample(actors, 3))
        lines.append(f"  {_words(rng, name_chars)} {i}: {1 + i % 5}: {who}")
    return "\n".join(lines) + "\n"


def _repeat(unit: str, size: int = MB) -> str:
    return unit * (size // len(unit) + 1)


_PRIVATE_USE = "".join(
    chr(c) for c in (*range(0xE000, 0xF900), *range(0xF0000, 0xFFFFE), *range(0x100000, 0x10FFFE))
)

ADVERSARIAL_MERMAID: dict[str, Callable[[], str]] = {
    "unclosed %%{ directives": lambda: "journey\n" + _repeat("%%{"),
    "%%{ without journey": lambda: _repeat("%%{"),
    "every private-use character": lambda: "journey\n%% " + _repeat(_PRIVATE_USE),
    "entity codes in one name": lambda: "journey\nsection " + _repeat("#58;"),
    "one long line of #": lambda: "journey\n" + _repeat("#"),
    "unclosed ```mermaid fences": lambda: _repeat("```mermaid\n"),
    "unclosed accDescr {": lambda: "journey\n" + _repeat("accDescr {"),
    "unclosed front matter": lambda: "---\n" + _repeat("title: x\n"),
    "colons after a name": lambda: "journey\na" + _repeat(":"),
    "<br after <br": lambda: "journey\nsection " + _repeat("<br"),
    "spaces in a title": lambda: "journey\ntitle" + _repeat(" ") + "x",
    "sections, one per line": lambda: "journey\n" + _repeat("section s\n"),
}


def _adversarial_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for name, make in ADVERSARIAL_MERMAID.items():
        text = make()
        start = time.perf_counter()
        try:
            read_mermaid(text, "x.mmd")
            result = "a map"
        except MapFileError as error:
            result = str(error).removeprefix("x.mmd: ")[:60]
        rows.append(
            (name, f"{len(text) / MB:.1f} MB", f"{time.perf_counter() - start:.2f}", result)
        )
    return rows


def _import_rows() -> list[tuple[str, ...]]:
    inputs: list[tuple[str, str, bytes]] = [
        ("CSV", ".csv", csv_at_the_limit(cell_chars=600)),
        ("XLSX", ".xlsx", xlsx_at_the_limit(cell_chars=340)),
        ("Mermaid", ".mmd", mermaid_at_the_limit(name_chars=2_000).encode("utf-8")),
    ]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, suffix, data in inputs:
            source = Path(folder) / f"largest{suffix}"
            source.write_bytes(data)
            out = Path(folder) / f"{name}.jmap"
            seconds, peak = run_process(["-m", "journeymapper", "import", str(source), str(out)])
            size = f"{out.stat().st_size / MB:.1f} MB"
            rows.append((name, f"{len(data) / MB:.1f} MB", f"{MAX_IMPORT_ROWS:,}",
                         f"{seconds:.1f}", f"{peak:.0f}", size))  # fmt: skip
    return rows


def main() -> str:
    worst = table(
        f"Largest accepted imports ({MAX_IMPORT_ROWS:,} rows or tasks, whole CLI process)",
        ("format", "input", "rows / tasks", "import s", "peak MB", ".jmap"),
        _import_rows(),
    )
    adversarial = table(
        "Adversarial Mermaid (read_mermaid; must stay linear)",
        ("input", "size", "s", "result"),
        _adversarial_rows(),
    )
    return worst + "\n\n" + adversarial

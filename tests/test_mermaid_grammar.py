"""Our Mermaid exports against mermaid's journey grammar, and (where node has it) mermaid itself.

The rules are those of mermaid's ``journey.jison`` lexer as documented: a ``journey`` line;
``title`` and ``section`` take the rest of the line; a task is ``name: score[: actors]`` where
the name holds no ``:``, ``#`` or ``;`` (entity codes such as ``#58;`` are fine) and the score
is an integer 1…5; ``%%`` starts a comment; no HTML markup (the journey diagram prints
``<br>`` literally).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from journeymapper.io.mermaid import write_mermaid
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template

TASK = re.compile(r"^(?P<name>(?:[^#:;\n]|#\d+;)+):\s*(?P<score>[1-5])\s*(?::(?P<actors>[^\n]*))?$")
LONG_NAME = "Compares delivery options across three competing online shops at once"


def check_grammar(text: str) -> list[tuple[str, int]]:
    """(task name, score) of every task; AssertionError naming the first line that breaks a rule."""
    lines = text.splitlines()
    assert lines[0] == "journey"
    tasks = []
    for line in (raw.strip() for raw in lines[1:]):
        if not line or line.startswith("%%"):
            continue
        assert not re.search(r"<\s*/?\s*[a-z]+[^>]*>", line, re.IGNORECASE), line
        keyword = line.split(" ", 1)[0].split(":", 1)[0].lower()
        if keyword in {"title", "section"}:
            assert len(line) > len(keyword) + 1, line
            continue
        if keyword in {"accdescr", "acctitle", "}"}:
            continue
        match = TASK.match(line)
        assert match, f"not a task line: {line!r}"
        tasks.append((match["name"].strip(), int(match["score"])))
    return tasks


def persona_map() -> JourneyMap:
    journey = JourneyMap("Two people")
    stage = journey.add_stage("Looking\naround")
    a, b = journey.add_persona("Anna"), journey.add_persona("Boris")
    for name, (x, y) in ((LONG_NAME, (-2, 2)), ("Pays: card; #1", (1, -1)), ("Waits", (0, 0))):
        tp = journey.add_touchpoint(stage.id, name)
        journey.set_emotion(tp.id, a.id, x)
        journey.set_emotion(tp.id, b.id, y)
    return journey


@pytest.mark.parametrize("language", ["en", "ru", "uk", "lv"])
def test_template_exports_follow_the_grammar(language: str) -> None:
    journey = build_template("e-shop", language)
    text, _notes = write_mermaid(journey)
    tasks = check_grammar(text)
    assert [name for name, _score in tasks] == [tp.name for tp in journey.touchpoints()]


def test_persona_scores_whole_names_and_no_breaks() -> None:
    journey = persona_map()
    text, _notes = write_mermaid(journey)
    assert "section Looking around" in text and "<br>" not in text
    assert check_grammar(text) == [(LONG_NAME, 1), ("Pays#58; card#59; #35;1", 4), ("Waits", 3)]
    assert "%% scores: Anna (as is)" in text
    text, _notes = write_mermaid(journey, persona="Boris")
    assert check_grammar(text) == [(LONG_NAME, 5), ("Pays#58; card#59; #35;1", 2), ("Waits", 3)]
    assert "%% scores: Boris (as is)" in text


def test_mermaid_itself_parses_our_export(tmp_path: Path) -> None:
    node = shutil.which("node")
    root = Path(__file__).parent / "node"
    if node is None or not (root / "node_modules" / "mermaid").is_dir():
        missing = "needs node and mermaid: `make test` fetches them when npm is installed"
        if os.environ.get("CI") == "true":
            pytest.fail(missing)
        pytest.skip(missing)
    source = tmp_path / "map.mmd"
    source.write_text(write_mermaid(persona_map())[0] + "\n", encoding="utf-8")
    script = root / "check.mjs"
    result = subprocess.run(
        [node, str(script), str(source)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "journey"

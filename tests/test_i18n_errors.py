"""Model and file errors reach the user in the interface language (GUI) and in --lang or the
environment's language (CLI): each error class provoked in ru, uk and lv."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from journeymapper.commands import ChangeAttributes
from journeymapper.commands.error_text import marked, translated
from journeymapper.io.error_language import environment_language, error_line, say
from journeymapper.io.errors import MapFileError
from journeymapper.io.jmap import load_map
from journeymapper.io.messages import CATALOGUE
from journeymapper.model import JourneyMap, LockedError, ModelError, VotingRound
from journeymapper.ui.i18n import install_translators
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.messages import show_file_error
from tests import ui_helpers

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ru", "uk", "lv")
# Words of each language's text for the classes below (the reader's view, not our table).
EXPECTED = {
    "ru": {"locked": "заблокирована", "rule": "не может быть пустым", "vote": "голосование",
           "empty": "пуст", "json": "JSON", "schema": "место:"},
    "uk": {"locked": "заблокував", "rule": "не може бути порожнім", "vote": "голосування",
           "empty": "порожній", "json": "JSON", "schema": "місце:"},
    "lv": {"locked": "bloķējis", "rule": "nevar būt tukšs", "vote": "balsošana",
           "empty": "ir tukšs", "json": "JSON", "schema": "vieta:"},
}


def test_every_code_is_marked_for_the_translators_with_the_same_english() -> None:
    assert marked() == CATALOGUE  # no translator installed: the marked texts are the English


def test_the_model_raises_no_english_only_error() -> None:
    """ModelError, MapFileError, a reader's Problem and the command line's UsageError get a
    coded message (msg(...), file_msg(...), cli_text(...)), never a literal or an f-string, in
    the model, the commands, every reader and writer, the exports and the command line."""
    package = ROOT / "journeymapper"
    files = [*sorted((package / "model").glob("*.py")),
             *sorted((package / "commands").glob("*.py")),
             *sorted((package / "io").glob("*.py")), *sorted((package / "export").glob("*.py")),
             package / "cli.py", package / "history_cli.py"]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id in ("ModelError", "LockedError", "UsageError", "NewerFormatError"):
                args = node.args[:1]
            elif node.func.id in ("MapFileError", "Problem"):
                args = node.args[1:2]
            else:
                continue
            if any(isinstance(a, ast.Constant | ast.JoinedStr) for a in args):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, found


@pytest.fixture(params=LANGUAGES)
def ui_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def _refusal(action: Any) -> ModelError:
    with pytest.raises(ModelError) as caught:
        action()
    return caught.value


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {"empty": b"", "json": b"{not json", "schema": b'{"format": "journeymapper"}'}
    for name, data in files.items():
        (tmp_path / f"{name}.jmap").write_bytes(data)
    return {name: tmp_path / f"{name}.jmap" for name in files}


def test_each_error_class_in_the_interface_language(
    ui_language: str, make_window: Any, boxes: ui_helpers.Boxes, tmp_path: Path
) -> None:
    expected = EXPECTED[ui_language]
    window: MainWindow = make_window("e-shop", "en")
    journey = window.document.journey
    stage = journey.stages()[0]

    # a rule: the dialog "Edit not possible" names the problem in the UI's language
    window.context.push(ChangeAttributes(journey, stage.id, {"name": " "}))
    (kind, title, text), = boxes.calls
    assert kind == "warning" and expected["rule"] in text, text
    assert "must not" not in text and title != "Edit not possible"

    # the facilitator lock
    journey.set_setting("locked", True)
    locked = _refusal(lambda: journey.add_stage("New"))
    assert isinstance(locked, LockedError)
    assert expected["locked"] in translated(locked.message)
    journey.set_setting("locked", False)

    # voting
    vote = _refusal(lambda: journey.cast_vote("Anna", stage.id))
    assert expected["vote"] in translated(vote.message)
    journey.set_voting(VotingRound(participants=("Anna",), budget=1, targets=("touchpoint",)))
    not_there = _refusal(lambda: journey.cast_vote("Boris", journey.touchpoints()[0].id))
    assert "Boris" in translated(not_there.message)
    assert "participant" not in translated(not_there.message)

    # file errors: the open dialog lists them in the UI's language
    for name, path in _bad_files(tmp_path).items():
        boxes.calls.clear()
        with pytest.raises(MapFileError) as caught:
            load_map(path)
        show_file_error(window, caught.value)
        (_kind, _title, text), = boxes.calls
        assert expected[name] in text and str(path) in text, text
        assert " at $" not in text and "is empty" not in text


def test_an_untranslated_english_message_stays_as_it_is(qapp: QApplication) -> None:
    assert translated("plain text") == "plain text"
    error = _refusal(lambda: JourneyMap("x").update("nope", name="y"))
    assert translated(error.message) == "nothing with id 'nope' in this map" == str(error)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_command_line_speaks_the_language(language: str, tmp_path: Path) -> None:
    empty = _bad_files(tmp_path)["empty"]
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    run = [sys.executable, "-m", "journeymapper"]
    by_option = subprocess.run(
        [*run, "--lang", language, "validate", str(empty)],
        capture_output=True, text=True, env={**env, "LANG": "C.UTF-8"}, check=False,
    )
    by_environment = subprocess.run(
        [*run, "info", str(empty)], capture_output=True, text=True, check=False,
        env={**env, "LANG": f"{ {'ru': 'ru_RU', 'uk': 'uk_UA', 'lv': 'lv_LV'}[language]}.UTF-8"},
    )
    for result in (by_option, by_environment):
        assert result.returncode == 1
        line = result.stderr.strip()
        assert line == f"error: {empty}: {EXPECTED[language]['empty']}", line
    english = subprocess.run([*run, "validate", str(empty)], capture_output=True, text=True,
                             env={**env, "LANG": "C.UTF-8"}, check=False)
    assert english.stderr.strip() == f"error: {empty}: is empty"


def test_the_command_line_reads_the_environment_and_translates_model_errors() -> None:
    assert environment_language({"LANG": "uk_UA.UTF-8"}) == "uk"
    assert environment_language({"LANGUAGE": "de:lv", "LANG": "ru_RU.UTF-8"}) == "lv"
    assert environment_language({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}) == "en"
    journey = JourneyMap("x")
    journey.add_stage("S")
    error = _refusal(lambda: journey.add_stage(""))
    assert say(error.message, "ru") == "этап, поле name: не может быть пустым"
    assert say(error.message, "en") == str(error) == "stage name: must not be empty"
    bad = MapFileError("m.jmap", [])
    assert error_line(bad, "lv") == "m.jmap: nezināma problēma"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_command_line_tables_are_built_from_the_ts_files(language: str) -> None:
    """errors_<lang>.json holds exactly the finished Errors translations of the .ts file."""
    import xml.etree.ElementTree as ET

    table = json.loads(
        (ROOT / "journeymapper" / "resources" / "translations" / f"errors_{language}.json")
        .read_text(encoding="utf-8")
    )
    root = ET.parse(ROOT / "translations" / f"journeymapper_{language}.ts").getroot()
    errors = next(c for c in root.iter("context") if c.findtext("name") == "Errors")
    from_ts = {m.findtext("source"): m.findtext("translation") for m in errors.iter("message")}
    assert table == from_ts
    assert set(table) == set(CATALOGUE.values()), "run `make translations`"


def test_adding_a_stage_to_a_locked_map_is_refused_in_the_users_language() -> None:
    journey = JourneyMap("x")
    journey.set_setting("locked", True)
    error = _refusal(lambda: journey.add_stage("S"))
    assert "adding a stage" in str(error)
    assert say(error.message, "ru").startswith("структура карты заблокирована ведущим: "
                                               "добавление этапа")

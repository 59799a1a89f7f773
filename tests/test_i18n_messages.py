"""Every message a user can see from the importers, readers, writers, exports and the command
line (usage errors and --help too) is in ru, uk and lv: each coded message has a translation
with the same placeholders, and each kind of bad input, run through the real command line in
each language, gives one line without an English word left."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PIL import Image
from PySide6.QtWidgets import QApplication

from journeymapper import cli
from journeymapper.cli import SUBCOMMANDS, main
from journeymapper.commands.error_text import file_error_lines, translated
from journeymapper.io.errors import MapFileError
from journeymapper.io.jmap import save_map
from journeymapper.io.messages import CATALOGUE, os_reason
from journeymapper.io.paste import parse_pasted_text
from journeymapper.io.table_rows import KNOWN
from journeymapper.model import AnnotationKind, Channel, Evidence, JourneyMap
from journeymapper.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ru", "uk", "lv")
PLACEHOLDERS = re.compile(r"%\d|%\(\w+\)[sr]|%[sr]")
WORD = re.compile(r"[^\W\d]+")  # Unicode words: "importēt" is not "import"
LATIN = re.compile(r"[A-Za-z_]+")
COLOUR = re.compile(r"#[0-9a-f]{6}|\\u[0-9a-f]{4}")  # colour codes, \\ud800
# Words a translation keeps as they are: format, program and option names, the CSV columns,
# the choices the command line takes, Mermaid's keywords. Anything else in Latin letters in
# a Russian or Ukrainian text, or an English word of the source left in a Latvian one, is a
# leftover of the English.
TOKENS = {word.lower() for word in {
    "JourneyMapper", "CSV", "XLSX", "xlsx", "csv", "JSON", "UTF", "PNG", "JPEG", "GIF", "WebP",
    "Excel", "Windows", "Mermaid", "mermaid", "journey", "accDescr", "front", "matter", "zip",
    "NUL", "dpi", "pt", "MB", "jmap", "mmd", "OUT", "force", "table", "persona", "lang",
    "share", "blank", "e", "shop", "saas", "trial", "light", "print", "projector", "notes",
    "vote", "rate", "all", "stage", "touchpoint", "emotion", "channel", "argument_name",
    "message", "option", "matches", "value", "choices", "type", "parser_name", "s", "r",
    "A", "pdf", "png", "svg", "html", "pptx", "en", "ru", "uk", "lv", "true", "false",
    "format", "format_version", "v", "auto", "error", "note", "B", "C", "file", "in", "url",
    "ip", "sha",
    "journeymapper", "manual", "published", "crowd", *SUBCOMMANDS, *KNOWN,
    *(channel.value for channel in Channel), *(evidence.value for evidence in Evidence),
}}
HOMOGRAPHS = {"lv": {"no", "to", "personas"}}  # Latvian words spelt like English ones


def _words(text: str) -> set[str]:
    """The words of ``text`` (lower case), placeholders and colour codes left out."""
    return {w.lower() for w in WORD.findall(COLOUR.sub(" ", PLACEHOLDERS.sub(" ", text)))}


def _english_words(text: str, english: str, language: str) -> set[str]:
    """Words of the English ``english`` left in its translation ``text``: in Russian and
    Ukrainian any word in Latin letters but the kept tokens; in Latvian the source's own words."""
    if language == "lv":
        return (_words(text) & _words(english)) - TOKENS - HOMOGRAPHS["lv"]
    return {w for w in _words(text) if LATIN.fullmatch(w)} - TOKENS


def _table(language: str) -> dict[str, str]:
    path = ROOT / "journeymapper" / "resources" / "translations" / f"errors_{language}.json"
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return table


_technical = re.compile(r"--?[\w-]+|\b[A-Z][A-Z.@]*\b")  # options and metavars: MAP.jmap@ID


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_coded_message_is_translated_with_its_placeholders(language: str) -> None:
    table = _table(language)
    problems = []
    for code, english in CATALOGUE.items():
        text = table.get(english)
        if not text:
            problems.append(f"{code}: no translation")
            continue
        if sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(english)):
            problems.append(f"{code}: placeholders {english!r} -> {text!r}")
        left = _english_words(_technical.sub(" ", text), english, language)
        if left:
            problems.append(f"{code}: English words {sorted(left)} in {text!r}")
    assert not problems, "\n".join(problems)


# --- each kind of bad input through the real command line, in each language ---------------

Case = Callable[[Path], list[str]]


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _map(folder: Path) -> Path:
    journey = JourneyMap("Shop")
    stage = journey.add_stage("Visit")
    journey.add_touchpoint(stage.id, "Home page")
    journey.add_persona("Anna")
    path = folder / "shop.jmap"
    save_map(journey, path)
    return path


def _importing(name: str, data: bytes | str) -> Case:
    return lambda tmp: ["import", str(_write(tmp / name, data)), str(tmp / "out.jmap")]


BAD_INPUTS: dict[str, Case] = {
    "csv emotion": _importing("a.csv", "stage,touchpoint,emotion\nA,B,x\n"),
    "csv emotion scale": _importing("a.csv", "stage,touchpoint,emotion\nA,B,7\n"),
    "csv column twice": _importing("a.csv", "stage,touchpoint,Stage\nA,B,C\n"),
    "csv no header": _importing("a.csv", "foo,bar\n1,2\n"),
    "csv headless cell": _importing("a.csv", "stage,touchpoint\nA,B,C\n"),
    "csv empty": _importing("a.csv", "\n\n"),
    "csv channel": _importing("a.csv", "stage,touchpoint,channel\nA,B,pigeon\n"),
    "csv no stage": _importing("a.csv", "touchpoint,stage\nB,\n"),
    "csv legacy encoding": _importing("a.csv", "stage,touchpoint\nЭтап,Б\n".encode("cp1251")),
    "csv quote": _importing("a.csv", 'stage,touchpoint\nA,"B\n'),
    "csv long cell": _importing("a.csv", "stage,touchpoint\nA," + "b" * 140_000 + "\n"),
    "csv pains kind": _importing("a.csv", "kind,text,stage\nwish,Slow,A\n"),
    "csv pains severity": _importing("a.csv", "kind,text,stage,severity\npain point,Slow,A,9\n"),
    "mermaid score": _importing("a.mmd", "journey\n  section S\n    Task: 9: Me\n"),
    "mermaid no score": _importing("a.mmd", "journey\n  section S\n    Task\n"),
    "mermaid not journey": _importing("a.mmd", "flowchart LR\n  A --> B\n"),
    "mermaid semicolon": _importing("a.mmd", "journey\n  section S; T\n"),
    "markdown no journey": _importing("a.md", "# Notes\n\n```mermaid\nflowchart LR\n```\n"),
    "xlsx not zip": _importing("a.xlsx", b"not a workbook"),
    "xlsx damaged": _importing("a.xlsx", b"PK\x05\x06" + b"\x00" * 18),
    "unknown kind": _importing("a.txt", "stage,touchpoint\n"),
    "missing": lambda tmp: ["import", str(tmp / "missing.csv"), str(tmp / "out.jmap")],
    "folder": lambda tmp: ["validate", str(tmp)],
    "empty map": lambda tmp: ["validate", str(_write(tmp / "e.jmap", b""))],
    "png damaged": lambda tmp: ["validate", str(_write(tmp / "p.png", b"\x89PNG\r\n\x1a\n"))],
    "output exists": lambda tmp: ["export", str(_map(tmp)), str(_write(tmp / "x.csv", "x"))],
    "input as output": lambda tmp: ["import", str(_map(tmp)), str(tmp / "shop.jmap")],
    "unknown view": lambda tmp: ["export", str(_map(tmp)), str(tmp / "o.png"), "--view", "Exec"],
    "unknown persona": lambda tmp: ["export", str(_map(tmp)), str(tmp / "o.csv"),
                                    "--persona", "Boris"],
    "missing folder": lambda tmp: ["new", str(tmp / "nowhere" / "n.jmap")],
    "unknown snapshot": lambda tmp: ["diff", f"{_map(tmp)}@before", str(tmp / "shop.jmap")],
    "not a link": lambda tmp: ["join", "http://127.0.0.1:9/elsewhere", str(tmp / "j.jmap")],
    "link without code": lambda tmp: ["join", "http://127.0.0.1:9/coedit#abc", str(tmp / "j.jmap")],
}


def _xlsx_case(tmp: Path) -> list[str]:
    path = _xlsx(tmp / "b.xlsx", [["stage", "touchpoint", "emotion"], ["A", "B", "bad"]])
    return ["import", str(path), str(tmp / "out.jmap")]


def _png_without_map(tmp: Path) -> list[str]:
    Image.new("RGB", (4, 4)).save(tmp / "plain.png")
    return ["validate", str(tmp / "plain.png")]


def _zip_bomb(tmp: Path) -> list[str]:
    with zipfile.ZipFile(tmp / "z.xlsx", "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("x", "x")
    return ["import", str(tmp / "z.xlsx"), str(tmp / "out.jmap")]


BAD_INPUTS.update({"xlsx cell": _xlsx_case, "png without map": _png_without_map,
                   "xlsx compression": _zip_bomb})

USAGE: dict[str, list[str]] = {
    "missing arguments": ["export"],
    "unknown option": ["validate", "x.jmap", "--bogus"],
    "bad choice": ["export", "a.jmap", "b.png", "--theme", "pink"],
    "not a number": ["export", "a.jmap", "b.png", "--dpi", "many"],
    "value missing": ["export", "a.jmap", "b.png", "--view"],
    "out of range": ["export", "a.jmap", "b.png", "--dpi", "5"],
    "bad suffix": ["export", "a.jmap", "b.doc"],
    "unknown template": ["new", "n.jmap", "--template", "zoo"],
    "ambiguous option": ["export", "a.jmap", "b.png", "--t", "x"],
    "unknown command": ["frobnicate", "a", "b"],
    "bad host": ["room", "a.jmap", "--host", "my-laptop"],
    "empty label": ["snapshot", "a.jmap", "--label", " "],
}


def _run(
    language: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    code = main(["--lang", language, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _english_left(english: str, line: str, args: list[str], language: str) -> set[str]:
    """The words of the English line (without the user's own values) found in ``line``."""
    def own(text: str) -> str:
        for arg in sorted(args, key=len, reverse=True):
            if "/" in arg:
                text = text.replace(arg, " ")
        return re.sub(r"'[^']*'|\w+://\S+|--?[\w-]+|(?<![\w/])\.\w+", " ", text)

    return _english_words(own(line), own(english), language)


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    cli.LANGUAGE[0] = "en"  # main() sets it: the next test in this process starts in English


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_each_bad_input_is_one_line_in_each_language(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = BAD_INPUTS[case](tmp_path)
    code, _out, english = _run("en", args, capsys)
    assert code == 1 and english.startswith("error: ") and english.count("\n") == 1, english
    for language in LANGUAGES:
        code, _out, err = _run(language, args, capsys)
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
        line = err.strip()
        assert line.startswith("error: ") and line != english.strip()
        where = english.split(": ")[1]
        assert line.startswith(f"error: {where}: "), line  # the file, as given
        left = _english_left(english, line, args, language)
        assert not left, f"{language}: {sorted(left)} left in {line!r} (English: {english!r})"
        assert not re.search(r"\d,\d{3}\b", line), line  # 20,000 reads as twenty here


@pytest.mark.parametrize("case", sorted(USAGE))
def test_usage_errors_are_one_line_in_each_language(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = USAGE[case]
    code, _out, english = _run("en", args, capsys)
    assert code == 2 and english.startswith("error: ") and english.count("\n") == 1, english
    for language in LANGUAGES:
        code, _out, err = _run(language, args, capsys)
        assert code == 2 and err.count("\n") == 1 and err.startswith("error: "), err
        left = _english_left(english, err, args, language)
        assert not left, f"{language}: {sorted(left)} left in {err!r} (English: {english!r})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_is_in_the_users_language(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ([], *([name] for name in SUBCOMMANDS)):
        shown = {}
        for lang in ("en", language):
            with pytest.raises(SystemExit) as done:
                main(["--lang", lang, *command, "--help"])
            assert done.value.code == 0
            shown[lang] = capsys.readouterr().out
        assert shown["en"].startswith(" ".join(["usage: journeymapper", *command]))
        assert "usage:" not in shown[language] and "show this help" not in shown[language]
        lines = [line for line in shown[language].splitlines() if line.strip()]
        assert len(lines) > 5
        for line in lines:  # options, metavars and choices are the command line's own words
            described = re.sub(r"\{[^}]*\}|--?[\w-]+|\b[A-Z][A-Z.@]*\b", " ", line)
            assert not _english_words(described, shown["en"], language), (command, line)


def test_export_notes_are_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journey = JourneyMap("Shop")
    first, second = journey.add_stage("Visit"), journey.add_stage("Buy")
    a = journey.add_touchpoint(first.id, "Home")
    b = journey.add_touchpoint(second.id, "Cart")
    journey.add_flow(a.id, b.id, "alternate")
    save_map(journey, tmp_path / "m.jmap")
    notes = {}
    for language in ("en", *LANGUAGES):
        out = tmp_path / f"{language}.mmd"
        assert main(["--lang", language, "export", str(tmp_path / "m.jmap"), str(out)]) == 0
        notes[language] = capsys.readouterr().err.strip()
    assert notes["en"].startswith("note: Mermaid leaves out non-main flows (1)")
    expected = {"ru": "переходы (1)", "uk": "переходи (1)", "lv": "pārejas, kas nav galvenās (1)"}
    for language in LANGUAGES:
        assert notes[language].startswith("note: Mermaid ") and expected[language] in notes[
            language
        ], notes[language]
        assert not _english_left(notes["en"], notes[language], ["--persona"], language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_editor_says_paste_and_disk_errors_in_its_language(
    language: str, qapp: QApplication
) -> None:
    english_paste = _paste_error()
    english_disk = translated(os_reason(OSError(errno.ENOSPC, "No space left on device")))
    translators = install_translators(qapp, language)
    try:
        (line,) = file_error_lines(_paste_error())
        disk = translated(os_reason(OSError(errno.ENOSPC, "No space left on device")))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    (english,) = file_error_lines(english_paste)
    assert english.startswith("pasted text: 'lots' is not a number at row 2, column emotion")
    assert not line.startswith("pasted text") and "'lots'" in line, line
    assert not _english_words(line.replace("'lots'", ""), english, language), line
    assert english_disk == "no space left on the disk"
    assert disk != english_disk and not _english_words(disk, english_disk, language), disk


def _paste_error() -> MapFileError:
    with pytest.raises(MapFileError) as caught:
        parse_pasted_text("stage\ttouchpoint\temotion\nVisit\tHome\tlots\n")
    return caught.value


def test_info_and_validate_speak_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journey = JourneyMap("M1")
    stage = journey.add_stage("S1")
    card = journey.add_touchpoint(stage.id, "T1")
    persona = journey.add_persona("P1")
    journey.set_emotion(card.id, persona.id, -2)
    journey.add_annotation(AnnotationKind.PAIN_POINT, card.id, "X1", severity=5)
    save_map(journey, tmp_path / "m.jmap")
    shown = {}
    for language in ("en", *LANGUAGES):
        assert main(["--lang", language, "info", str(tmp_path / "m.jmap")]) == 0
        assert main(["--lang", language, "validate", str(tmp_path / "m.jmap")]) == 0
        shown[language] = capsys.readouterr().out.replace(str(tmp_path / "m.jmap"), "")
    assert "worst pain points:" in shown["en"] and "lowest moments for P1: T1 (-2)" in shown["en"]
    for language in LANGUAGES:
        assert "X1 (" in shown[language] and "P1" in shown[language]
        text = re.sub(r"\b[A-Z]\d\b", " ", shown[language])  # the map's own names
        assert not _english_words(text, shown["en"], language), shown[language]


def _history_outputs(folder: Path, language: str, capsys: pytest.CaptureFixture[str]) -> str:
    """What `snapshot` and `history` print (listing, damaged snapshots, delete) in ``language``,
    the user's own values (file, labels, author, ids, times) left out."""
    path = folder / f"{language}.jmap"
    save_map(JourneyMap("M1"), path)
    assert main(["--lang", language, "history", str(path)]) == 0
    assert main(["--lang", language, "snapshot", str(path), "--label", "L1"]) == 0
    assert main(
        ["--lang", language, "snapshot", str(path), "--label", "L2", "--kind", "published",
         "--author", "A1"]
    ) == 0  # fmt: skip
    data = json.loads(path.read_text(encoding="utf-8"))
    changed = {**data["history"][0], "id": "f" * 32, "sha256": "0" * 64}
    data["history"] += [5, changed]  # not an object (the schema's word), a wrong checksum
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--lang", language, "history", str(path)]) == 0
    assert main(["--lang", language, "history", str(path), "--delete", "L2"]) == 0
    out, err = capsys.readouterr()
    text = (out + err).replace(str(path), " ")
    text = re.sub(r"\d{4}-\d\d-\d\dT[\d:]+Z|\bbroken-\d\b|\b[0-9a-f]{8}\b|'L\d'", " ", text)
    return re.sub(r"\b[A-Z]\d\b", " ", text)


def test_snapshot_and_history_speak_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _history_outputs(tmp_path, "en", capsys)
    for expected in (
        ": no snapshots (take one with", "(0 stages, 0 touchpoints)", "  published   ",
        "(0 stages, 0 touchpoints, 0 pains)  by", "BROKEN: must be an object {…}",
        "BROKEN: its data does not match its sha256 checksum",
        "warning:  : snapshot cannot be read: must be an object {…} at $.history[2]",
        ": deleted snapshot",
    ):  # fmt: skip
        assert expected in english, english
    for language in LANGUAGES:
        shown = _history_outputs(tmp_path, language, capsys)
        assert shown.count("\n") == english.count("\n") and "{…}" in shown, shown
        left = _english_left(english, shown.replace("warning:", " "), [], language)
        assert not left, f"{language}: {sorted(left)} left in {shown}"


def _serve(language: str, command: str, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "journeymapper", "--lang", language, command, str(path),
         "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip


def test_room_share_and_join_report_in_the_users_language(tmp_path: Path) -> None:
    """Through the real processes: the room's first line stays a bare URL in every language,
    its other lines, `share`'s and a refused `join`'s are in the user's language."""
    path = tmp_path / "m.jmap"
    save_map(JourneyMap("M1"), path)
    languages = ("en", *LANGUAGES)
    rooms = {language: _serve(language, "room", path) for language in languages}
    shares = {language: _serve(language, "share", path) for language in languages}
    shown: dict[str, str] = {}
    for language in languages:
        room, share = rooms[language], shares[language]
        assert room.stdout is not None and share.stdout is not None
        url = room.stdout.readline()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/#[A-Za-z0-9_-]{22}\n", url), url
        code_line = room.stdout.readline()
        invitation = share.stdout.readline().strip()
        refused = subprocess.run(
            [sys.executable, "-m", "journeymapper", "--lang", language, "join",
             invitation[:-4] + "AAAA", str(tmp_path / f"{language}-out.jmap")],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
        for process in (room, share):
            process.send_signal(signal.SIGTERM)
        room_end, room_err = room.communicate(timeout=30)
        share_end, share_err = share.communicate(timeout=30)
        assert room.returncode == share.returncode == 0 and room_err == share_err == ""
        text = code_line + room_end + share_end + refused.stderr
        text = text.replace(str(path), " ").replace(invitation[:-4] + "AAAA", " ")
        shown[language] = re.sub(r"\w+://\S+|: [A-Z0-9]{6}\b", " ", text)
    english = shown["en"]
    for expected in (
        "code   viewer:", "room closed: 0 contributions saved to", "sharing ended;",
        "error:  : the host refused to pair (it did not accept the pairing code;",
    ):
        assert expected in english, english
    for language in LANGUAGES:
        assert shown[language].count("\n") == english.count("\n") == 4, shown[language]
        left = _english_words(shown[language], english, language)
        assert not left, f"{language}: {sorted(left)} left in {shown[language]}"

"""The command line through a real subprocess: exit codes, one-line errors, outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper.io.jmap import dumps_map, load_map, save_map
from journeymapper.model import JourneyMap


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeymapper", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def map_file(small_map: JourneyMap, tmp_path: Path) -> Path:
    path = tmp_path / "карта.jmap"
    save_map(small_map, path)
    return path


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("journeymapper ")
    for command in ("new", "validate", "info", "import", "export"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout
        assert run(command, "--version").returncode == 0


def test_validate_accepts_a_valid_map(map_file: Path) -> None:
    result = run("validate", map_file)
    assert result.returncode == 0
    assert "valid (2 stages, 3 touchpoints)" in result.stdout


def test_validate_lists_every_problem_with_its_path(map_file: Path) -> None:
    data = json.loads(map_file.read_text(encoding="utf-8"))
    data["stages"][0]["name"] = ""
    data["flows"][0]["target"] = "ghost"
    map_file.write_text(json.dumps(data), encoding="utf-8")
    before = map_file.read_bytes()
    result = run("validate", map_file)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert any("must not be empty at $.stages[0].name" in line for line in lines)
    assert any("at $.flows[0].target" in line for line in lines)
    assert all(line.startswith(f"error: {map_file}: ") for line in lines)
    assert map_file.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b'{"format": "journeymapper"', "truncated"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("Pirkums ā".encode("cp1257"), "encoding"),
    ],
)
def test_bad_files_exit_1_with_one_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.jmap"
    path.write_bytes(content)
    for command in ("info", "validate"):
        result = run(command, path)
        assert result.returncode == 1
        line = _one_error_line(result)
        assert expected in line and str(path) in line
    assert path.read_bytes() == content


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "no such file" in _one_error_line(run("info", tmp_path / "nope.jmap"))
    assert "is a folder" in _one_error_line(run("info", tmp_path))


def test_info_json_has_the_contract_keys(map_file: Path) -> None:
    result = run("info", map_file, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("stages", "touchpoints", "personas", "flows", "pain_points", "opportunities",
                "dead_ends", "unreachable"):  # fmt: skip
        assert key in data
    assert (data["stages"], data["touchpoints"], data["personas"]) == (2, 3, 1)
    assert (data["pain_points"], data["opportunities"]) == (1, 1)


def test_info_text_reads_well(map_file: Path) -> None:
    result = run("info", map_file)
    assert result.returncode == 0
    assert "Покупка кроссовок" in result.stdout
    assert "Длинная форма (severity 4, votes 2, Оплата)" in result.stdout


def test_usage_errors_exit_2(map_file: Path, tmp_path: Path) -> None:
    assert run("info").returncode == 2
    assert run("frobnicate", "x").returncode == 2
    result = run("export", map_file, tmp_path / "out.docx")
    assert result.returncode == 2 and "must end in one of" in _one_error_line(result)
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "lv"])
@pytest.mark.parametrize("template", ["blank", "e-shop", "saas-trial"])
def test_new_from_template_makes_a_valid_map(tmp_path: Path, template: str, lang: str) -> None:
    out = tmp_path / f"{template}-{lang}.jmap"
    result = run("new", out, "--template", template, "--lang", lang)
    assert result.returncode == 0, result.stderr
    journey = load_map(out)
    assert journey.language.value == lang
    assert len(journey.stages()) >= 6


def test_new_refuses_to_overwrite(map_file: Path) -> None:
    before = map_file.read_bytes()
    result = run("new", map_file)
    assert result.returncode == 1
    assert "already exists" in _one_error_line(result)
    assert map_file.read_bytes() == before


def test_new_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "map.jmap"
    result = run("new", out)
    assert result.returncode == 1
    assert _one_error_line(result) == f"error: {out}: the folder does not exist"


def test_unknown_template_is_a_usage_error(tmp_path: Path) -> None:
    result = run("new", tmp_path / "x.jmap", "--template", "wedding")
    assert result.returncode == 2 and "unknown template" in _one_error_line(result)


def test_an_exported_map_file_is_identical_after_every_read_command(
    map_file: Path, small_map: JourneyMap
) -> None:
    for args in (("validate", map_file), ("info", map_file), ("info", map_file, "--json")):
        run(*args)
    assert map_file.read_bytes() == dumps_map(small_map)


def test_export_into_a_missing_folder_names_the_output(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "deck.pdf"
    line = _one_error_line(run("export", map_file, out))
    assert line == f"error: {out}: the folder does not exist"


def test_export_with_an_unknown_view_names_the_map_file(map_file: Path, tmp_path: Path) -> None:
    result = run("export", map_file, tmp_path / "deck.pdf", "--view", "Nobody")
    assert result.returncode == 1
    line = _one_error_line(result)
    assert line.startswith(f"error: {map_file}: no saved view named 'Nobody'")
    assert not (tmp_path / "deck.pdf").exists()


def test_export_table_pains_only_for_csv(tmp_path: Path) -> None:
    source = tmp_path / "m.jmap"
    assert run("new", source, "--template", "e-shop").returncode == 0
    result = run("export", source, tmp_path / "pains.csv", "--table", "pains")
    assert result.returncode == 0, result.stderr
    assert (
        (tmp_path / "pains.csv").read_text(encoding="utf-8-sig").startswith("Stage,Touchpoint,Kind")
    )
    result = run("export", source, tmp_path / "pains.xlsx", "--table", "pains")
    assert result.returncode == 2 and "--table applies to .csv" in result.stderr

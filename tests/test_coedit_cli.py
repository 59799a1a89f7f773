"""`journeymapper share` and `journeymapper join` as real processes on 127.0.0.1."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.coedit.peers import JoinPeer
from journeymapper.coedit.reconcile import canonical
from journeymapper.io.jmap import load_map, save_map
from journeymapper.model import JourneyMap
from tests.coedit_helpers import settle_peers


def _cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "journeymapper", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)  # fmt: skip


def _until(check: object, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def _loads(path: Path) -> JourneyMap | None:
    try:
        return load_map(path)
    except Exception:  # not written yet, or being replaced
        return None


def _share(journey: JourneyMap, shared: Path) -> tuple[subprocess.Popen[str], str]:
    """`journeymapper share` of ``journey`` saved as ``shared``, and the link it printed."""
    save_map(journey, shared)
    host = _cli("share", str(shared), "--host", "127.0.0.1", "--port", "0")
    assert host.stdout is not None
    return host, host.stdout.readline().strip()


def _mirrored(mirror: Path, journey: JourneyMap) -> bool:
    return (m := _loads(mirror)) is not None and canonical(m) == canonical(journey)


def test_share_and_join_mirror_edits_into_both_files_and_exit_0(
    small_map: JourneyMap, tmp_path: Path
) -> None:
    shared, mirror = tmp_path / "workshop.jmap", tmp_path / "mirror.jmap"
    host, url = _share(small_map, shared)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/coedit#[A-Za-z0-9_-]{22}", url), url
    joiner = _cli("join", url, str(mirror))
    editor = JoinPeer(url)
    try:
        _until(lambda: _mirrored(mirror, small_map))
        editor.start()
        settle_peers([editor])
        stage = editor.journey.stages()[0]
        editor.journey.update(stage.id, name="Entdeckung")
        editor.journey.add_touchpoint(stage.id, "Plakat", id="poster")
        editor.flush()
        for path in (shared, mirror):
            _until(lambda p=path: (m := _loads(p)) is not None and m.find("poster") is not None)
    finally:
        editor.stop()
        for process in (joiner, host):
            process.send_signal(signal.SIGTERM)
    for process in (joiner, host):
        out, err = process.communicate(timeout=30)
        assert process.returncode == 0 and err == "", err
    assert canonical(load_map(shared)) == canonical(load_map(mirror))
    assert load_map(mirror).stages()[0].name == "Entdeckung"


def test_join_ends_by_itself_when_the_host_stops_sharing(
    small_map: JourneyMap, tmp_path: Path
) -> None:
    mirror = tmp_path / "mirror.jmap"
    host, url = _share(small_map, tmp_path / "workshop.jmap")
    joiner = _cli("--lang", "uk", "join", url, str(mirror))
    try:
        _until(lambda: _mirrored(mirror, small_map))
    finally:
        host.send_signal(signal.SIGTERM)
        host.communicate(timeout=30)
    out, err = joiner.communicate(timeout=30)  # no Ctrl+C needed: it heard the host go
    assert joiner.returncode == 0 and err == "", err
    assert out == (
        f"комп’ютер зі спільною картою завершив спільну роботу; карту збережено у файлі {mirror}\n"
    )
    assert canonical(load_map(mirror)) == canonical(small_map)


def test_join_refuses_bad_links_and_codes_in_one_line(
    small_map: JourneyMap, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jmap"
    for url, pattern in (
        ("http://127.0.0.1:1/room#abc", r"error: .*: not a co-editing link"),
        ("http://127.0.0.1/coedit#" + "a" * 22, r"error: .*: the link has no address and port"),
        ("http://example.com:80/coedit#" + "a" * 22, r"error: .*must be an IP address"),
    ):
        assert main(["join", url, str(out)]) == 1
        printed, err = capsys.readouterr()
        assert printed == "" and len(err.splitlines()) == 1 and re.match(pattern, err), err
    host, url = _share(small_map, tmp_path / "workshop.jmap")
    try:
        wrong = subprocess.run(
            [sys.executable, "-m", "journeymapper", "join", url[:-4] + "AAAA", str(out)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    finally:
        host.send_signal(signal.SIGTERM)
        host.communicate(timeout=30)
    assert wrong.returncode == 1
    assert re.fullmatch(
        r"error: .*: the host refused to pair \(it did not accept the pairing code; .*\)\n",
        wrong.stderr,
    )
    assert not out.exists()
    out.write_text("mine", encoding="utf-8")
    assert main(["join", url, str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine"


def test_share_refuses_a_broken_file_before_listening(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.jmap"
    broken.write_text("{", encoding="utf-8")
    assert main(["share", str(broken), "--host", "127.0.0.1", "--port", "0"]) == 1
    printed, err = capsys.readouterr()
    assert printed == "" and len(err.splitlines()) == 1
    assert re.match(r"error: .*broken\.jmap: ", err)
    assert broken.read_text(encoding="utf-8") == "{"

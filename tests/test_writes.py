"""Writing files next to other writers: no clobbering, read-only and linked targets, signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from journeymapper.io.atomic import STALE_SECONDS, remove_stale_temps, write_atomic
from journeymapper.io.jmap import load_map, save_map
from journeymapper.model import JourneyMap
from tests.test_cli import _one_error_line, run


@pytest.fixture
def map_file(small_map: JourneyMap, tmp_path: Path) -> Path:
    path = tmp_path / "map.jmap"
    save_map(small_map, path)
    return path


def test_concurrent_exclusive_writes_have_exactly_one_winner(tmp_path: Path) -> None:
    """Eight writers race for one new name: one wins, the others get FileExistsError."""
    target = tmp_path / "new.jmap"
    for attempt in range(10):
        target.unlink(missing_ok=True)
        gate = threading.Barrier(8)
        results: list[str] = []

        def write(n: int, gate: threading.Barrier, results: list[str]) -> None:
            gate.wait()
            try:
                write_atomic(target, f"writer {n}".encode(), exclusive=True)
                results.append(f"writer {n}")
            except FileExistsError:
                results.append("refused")

        threads = [threading.Thread(target=write, args=(n, gate, results)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [r for r in results if r != "refused"]
        assert len(winners) == 1, (attempt, results)
        assert target.read_text() == winners[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jmap"]  # no temp files left


def test_two_concurrent_new_commands_never_both_succeed(tmp_path: Path) -> None:
    out = tmp_path / "race.jmap"
    command = [sys.executable, "-m", "journeymapper", "new", str(out)]
    for _ in range(3):
        out.unlink(missing_ok=True)
        procs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        codes = sorted(p.wait(timeout=60) for p in procs)
        errors = [p.stderr.read() for p in procs if p.stderr is not None]
        assert codes == [0, 1], errors
        assert any("already exists (add --force to replace it)" in e for e in errors)
        load_map(out)


def test_export_refuses_an_existing_output_unless_forced(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.csv"
    out.write_text("mine", encoding="utf-8")
    line = _one_error_line(run("export", map_file, out))
    assert line == f"error: {out}: already exists (add --force to replace it)"
    assert out.read_text(encoding="utf-8") == "mine"
    assert run("export", map_file, out, "--force").returncode == 0
    assert out.read_text(encoding="utf-8-sig").startswith("stage,touchpoint")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.csv", "map.jmap"]


def test_export_refuses_to_write_over_its_own_input(map_file: Path, tmp_path: Path) -> None:
    png = tmp_path / "map.png"
    assert run("export", map_file, png, "--dpi", "20").returncode == 0
    before = png.read_bytes()
    for extra in ((), ("--force",)):
        result = run("export", png, png, *extra)
        assert result.returncode == 1
        assert "is the input file" in _one_error_line(result)
    link = tmp_path / "alias.png"
    link.symlink_to(png)
    assert "is the input file" in _one_error_line(run("export", link, png, "--force"))
    assert png.read_bytes() == before


def test_a_read_only_target_is_refused_and_left_alone(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "locked.svg"
    out.write_text("<svg/>", encoding="utf-8")
    out.chmod(0o444)
    line = _one_error_line(run("export", map_file, out, "--force"))
    assert line == f"error: {out}: the file is read-only"
    assert out.read_text(encoding="utf-8") == "<svg/>"
    with pytest.raises(PermissionError):
        save_map(load_map(map_file), out)


def test_a_symlink_is_written_through_and_stays_a_link(map_file: Path, tmp_path: Path) -> None:
    real = tmp_path / "shared" / "real.jmap"
    real.parent.mkdir()
    save_map(load_map(map_file), real)
    link = tmp_path / "link.jmap"
    link.symlink_to(real)
    journey = load_map(link)
    journey.set_setting("title", "Through the link")
    save_map(journey, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_map(real).title == "Through the link"
    assert [p.name for p in real.parent.iterdir()] == ["real.jmap"]


def test_stale_temp_files_of_ours_are_removed_when_writing(tmp_path: Path) -> None:
    old = time.time() - STALE_SECONDS - 60
    stale = tmp_path / ".map.jmap.abcd1234.journeymapper.tmp"
    legacy = tmp_path / ".map.jmap.k2j4h5g6.tmp"  # what earlier versions left behind
    fresh = tmp_path / ".other.jmap.zzzz9999.journeymapper.tmp"  # a write running right now
    foreign = tmp_path / ".notes.txt.abcdefgh.tmp"  # not ours
    for path in (stale, legacy, fresh, foreign):
        path.write_bytes(b"partial")
    for path in (stale, legacy, foreign):
        os.utime(path, (old, old))
    write_atomic(tmp_path / "map.jmap", b"{}")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([fresh.name, foreign.name, "map.jmap"])
    assert remove_stale_temps(tmp_path) == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_write_leaves_no_temp_file(tmp_path: Path, signum: int) -> None:
    """The writer is killed while its data is being written: the old file and nothing else."""
    target = tmp_path / "map.jmap"
    target.write_bytes(b"old")
    script = (
        "import os, signal, sys\n"
        "import journeymapper.io.atomic as atomic\n"
        "real_fsync = os.fsync\n"
        "def fsync(fd):\n"
        f"    os.kill(os.getpid(), {int(signum)})\n"
        "    real_fsync(fd)\n"
        "os.fsync = fsync\n"
        "atomic.write_atomic(sys.argv[1], b'new' * 1000)\n"
        "print('survived')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -signum, result.stderr
    assert "survived" not in result.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["map.jmap"]
    assert target.read_bytes() == b"old"


def test_info_escapes_control_characters(small_map: JourneyMap, tmp_path: Path) -> None:
    small_map.set_setting("title", "Clear\x1b[2Jscreen\u009b")
    path = tmp_path / "ctl.jmap"
    save_map(small_map, path)
    for extra in ((), ("--json",)):
        result = run("info", path, *extra)
        assert result.returncode == 0
        assert "\x1b" not in result.stdout and "\u009b" not in result.stdout
    assert "Clear\\x1b[2Jscreen\\x9b" in run("info", path).stdout
    assert '"Clear\\u001b[2Jscreen\\u009b"' in run("info", path, "--json").stdout

"""Snapshots inside the .jmap: stored fixtures, round trips, broken entries, thinning, the CLI."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import zlib
from pathlib import Path

from journeymapper.io.history import (
    KEEP_RECENT_AUTOMATIC,
    History,
    SnapshotKind,
    history_from_data,
    take_snapshot,
)
from journeymapper.io.jmap import dumps_map, load_file, load_map, save_map
from journeymapper.io.snapshots import open_snapshot, open_version
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template

DATA = Path(__file__).resolve().parent / "data"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeymapper", *args], capture_output=True, text=True, timeout=120
    )


def test_stored_v3_file_keeps_two_snapshots_that_open_as_their_maps() -> None:
    loaded = load_file(DATA / "format-v3.jmap")
    assert [s.label for s in loaded.history.snapshots] == ["", "post-workshop baseline"]
    first, second = loaded.history.snapshots
    assert first.kind is SnapshotKind.WORKSHOP_START and second.parent == first.id
    assert second.author == "Facilitator" and second.counts["touchpoints"] == 3
    before = open_snapshot(first, "f.jmap")
    names = [t.name for t in before.touchpoints()]
    assert "Реклама в соцсетях" in names
    assert "Реклама в соцсетях (after workshop)" in [t.name for t in loaded.journey.touchpoints()]


def test_a_v2_file_opens_without_history_and_saves_as_v3(tmp_path: Path) -> None:
    loaded = load_file(DATA / "format-v2.jmap")
    assert len(loaded.history) == 0 and not loaded.history.warnings
    target = tmp_path / "m.jmap"
    save_map(loaded.journey, target, loaded.history)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format_version"] == 3 and "history" not in data


def test_a_broken_snapshot_warns_but_the_map_opens_and_survives_a_save(tmp_path: Path) -> None:
    source = DATA / "format-v3-broken-snapshot.jmap"
    loaded = load_file(source)
    assert loaded.journey.touchpoint_count() == 3
    where = [w.where for w in loaded.history.warnings]
    assert where == ["$.history[0]", "$.history[2]"]
    assert "cut short" in str(loaded.history.warnings[0])
    assert loaded.history.snapshots[1].label == "post-workshop baseline"
    assert not loaded.history.snapshots[1].problem
    target = tmp_path / "copy.jmap"
    save_map(loaded.journey, target, loaded.history)
    stored = json.loads(source.read_text(encoding="utf-8"))["history"]
    assert json.loads(target.read_text(encoding="utf-8"))["history"] == stored


def test_snapshot_payload_is_the_canonical_json_checked_by_sha256(tmp_path: Path) -> None:
    journey = build_template("e-shop", "lv")
    history = take_snapshot(journey, History(), label="bāze")
    snap = history.snapshots[0]
    payload = zlib.decompress(base64.b64decode(snap.data))
    assert hashlib.sha256(payload).hexdigest() == snap.sha256
    assert json.loads(payload)["title"] == journey.title
    save_map(journey, tmp_path / "m.jmap", history)
    reread = load_file(tmp_path / "m.jmap").history.snapshots[0]
    assert dumps_map(open_snapshot(reread, "m")) == dumps_map(journey)


def test_a_tampered_snapshot_is_refused_by_its_checksum() -> None:
    journey = build_template("blank")
    snap = take_snapshot(journey, History(), label="x").snapshots[0].to_data()
    snap["data"] = base64.b64encode(zlib.compress(b'{"format": "journeymapper"}')).decode()
    history = history_from_data([snap])
    assert "sha256" in str(history.warnings[0])


def test_a_compressed_bomb_is_refused_without_inflating_it_all(monkeypatch: object) -> None:
    import journeymapper.io.history as module

    bomb = zlib.compress(b" " * 2_000_000)
    entry = take_snapshot(build_template("blank"), History(), label="x").snapshots[0].to_data()
    entry["data"] = base64.b64encode(bomb).decode()
    old_limit = module.MAX_SNAPSHOT_BYTES
    module.MAX_SNAPSHOT_BYTES = 1_000_000
    try:
        history = history_from_data([entry])
    finally:
        module.MAX_SNAPSHOT_BYTES = old_limit
    assert "larger than" in str(history.warnings[0])


def test_thinning_keeps_labelled_and_recent_automatic_snapshots() -> None:
    journey = build_template("blank")
    history = History()
    counter = iter(range(1000))
    for day in range(1, 11):
        for hour in (9, 12, 17):
            when = f"2026-01-{day:02}T{hour:02}:00:00Z"
            history = take_snapshot(
                journey, history, SnapshotKind.WORKSHOP_START, time=when,
                new_id=lambda: f"auto{next(counter)}",
            )  # fmt: skip
        if day == 2:
            history = take_snapshot(journey, history, label="kept", time="2026-01-02T18:00:00Z")
    automatic = [s for s in history.snapshots if s.kind.automatic]
    assert any(s.label == "kept" for s in history.snapshots)
    taken = [f"2026-01-{d:02}T{h:02}:00:00Z" for d in range(1, 11) for h in (9, 12, 17)]
    assert [s.time for s in automatic[-KEEP_RECENT_AUTOMATIC:]] == taken[-KEEP_RECENT_AUTOMATIC:]
    older = automatic[:-KEEP_RECENT_AUTOMATIC]
    assert len({s.time[:10] for s in older}) == len(older)  # one per day
    assert len(automatic) < 30
    ids = {s.id for s in history.snapshots}
    assert all(s.parent in ids for s in history.snapshots[1:])  # the chain stays linked


def test_version_refs_name_snapshots_by_label_or_id_prefix() -> None:
    version = open_version(f"{DATA / 'format-v3.jmap'}@Post-Workshop Baseline")
    assert version.name.endswith("@post-workshop baseline")
    by_id = open_version(f"{DATA / 'format-v3.jmap'}@7a8b9c0d")
    assert dumps_map(by_id.journey) == dumps_map(version.journey)


def test_cli_snapshot_and_history(tmp_path: Path) -> None:
    path = tmp_path / "map.jmap"
    save_map(build_template("saas-trial", "uk"), path)
    result = _run("snapshot", str(path), "--label", "після воркшопу")
    assert result.returncode == 0, result.stderr
    listing = _run("history", str(path))
    assert "після воркшопу" in listing.stdout and "manual" in listing.stdout
    data = json.loads(_run("history", str(path), "--json").stdout)
    assert data["snapshots"][0]["label"] == "після воркшопу"
    assert data["snapshots"][0]["counts"]["stages"] == len(load_map(path).stages())


def test_cli_history_of_a_broken_snapshot_warns_and_succeeds() -> None:
    before = (DATA / "format-v3-broken-snapshot.jmap").read_bytes()
    result = _run("history", str(DATA / "format-v3-broken-snapshot.jmap"))
    assert result.returncode == 0
    assert "warning:" in result.stderr and "$.history[0]" in result.stderr
    assert "BROKEN" in result.stdout and "post-workshop baseline" in result.stdout
    assert (DATA / "format-v3-broken-snapshot.jmap").read_bytes() == before


def test_cli_errors_are_one_line_with_the_contract_exit_codes(tmp_path: Path) -> None:
    path = tmp_path / "m.jmap"
    save_map(build_template("blank"), path)
    before = path.read_bytes()
    missing = _run("diff", str(path), f"{path}@nothing")
    assert missing.returncode == 1
    assert (
        missing.stderr.startswith(f"error: {path}: no snapshot") and missing.stderr.count("\n") == 1
    )
    assert _run("diff", str(path), str(tmp_path / "none.jmap")).returncode == 1
    assert _run("diff", str(path), str(path), "-o", str(tmp_path / "x.doc")).returncode == 2
    assert _run("snapshot", str(path), "--label", "  ").returncode == 2
    assert _run("snapshot", str(path)).returncode == 2
    assert path.read_bytes() == before


def test_cli_diff_of_identical_maps_says_no_changes(tmp_path: Path, small_map: JourneyMap) -> None:
    path = tmp_path / "m.jmap"
    save_map(small_map, path)
    result = _run("diff", str(path), str(path))
    assert result.returncode == 0 and result.stdout.endswith("\nИзменений нет.\n")  # a ru map
    data = json.loads(_run("diff", str(path), str(path), "--json").stdout)
    assert data["identical"] is True and data["changes"] == []


def test_cli_deletes_a_snapshot_by_label_and_refuses_unknown_ones(tmp_path: Path) -> None:
    path = tmp_path / "m.jmap"
    journey = build_template("e-shop", "lv")
    history = take_snapshot(journey, History(), SnapshotKind.MANUAL, "pirms")
    journey.set_setting("title", "Jauns nosaukums")
    history = take_snapshot(journey, history, SnapshotKind.MANUAL, "pēc")
    journey.set_setting("title", "Trešais")
    history = take_snapshot(journey, history, SnapshotKind.MANUAL, "beigas")
    save_map(journey, path, history)
    first = history.snapshots[0]
    result = _run("history", str(path), "--delete", "pēc")
    assert result.returncode == 0, result.stderr
    assert "deleted snapshot" in result.stdout and "pēc" in result.stdout
    kept = load_file(path).history.snapshots
    assert [s.label for s in kept] == ["pirms", "beigas"] and kept[1].parent == first.id
    assert load_map(path).title == "Trešais"  # the map itself is untouched
    before = path.read_bytes()
    missing = _run("history", str(path), "--delete", "pēc")
    assert missing.returncode == 1 and missing.stderr.startswith(f"error: {path}: no snapshot")
    assert path.read_bytes() == before


def test_deleting_a_broken_snapshot_drops_its_warning(tmp_path: Path) -> None:
    path = tmp_path / "m.jmap"
    path.write_bytes((DATA / "format-v3-broken-snapshot.jmap").read_bytes())
    loaded = load_file(path)
    broken = [i for i, s in enumerate(loaded.history.snapshots) if s.problem]
    assert len(loaded.history.warnings) == len(broken) == 2
    first = loaded.history.snapshots[broken[0]]
    result = _run("history", str(path), "--delete", first.id)
    assert result.returncode == 0, result.stderr
    after = load_file(path).history
    assert len(after.snapshots) == len(loaded.history.snapshots) - 1
    assert [w.where for w in after.warnings] == [f"$.history[{broken[1] - 1}]"]
    assert result.stderr.count("warning:") == 1  # the other damaged one is still there


def test_cli_snapshot_refuses_to_turn_a_png_export_into_json(tmp_path: Path) -> None:
    from journeymapper.export.dispatch import export_file
    from journeymapper.export.options import ExportOptions

    png = tmp_path / "m.png"
    export_file(build_template("blank"), png, ExportOptions(dpi=20))
    before = png.read_bytes()
    result = _run("snapshot", str(png), "--label", "x")
    assert result.returncode == 1 and "PNG" in result.stderr
    assert png.read_bytes() == before

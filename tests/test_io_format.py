"""The .jmap format: round trips, determinism, stored old versions, atomic save."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from journeymapper.io.codec import FORMAT_VERSION
from journeymapper.io.errors import MapFileError
from journeymapper.io.jmap import dumps_map, load_file, load_map, loads_map, save_map
from journeymapper.model import JourneyMap

DATA = Path(__file__).resolve().parent / "data"


def test_save_load_round_trip_keeps_everything(small_map: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "map.jmap"
    save_map(small_map, path)
    loaded = load_map(path)
    assert dumps_map(loaded) == dumps_map(small_map)
    assert loaded.touchpoints() == small_map.touchpoints()
    assert loaded.flows() == small_map.flows()
    assert loaded.views() == small_map.views()
    assert loaded.title == "Покупка кроссовок"


def test_output_is_deterministic_readable_json(small_map: JourneyMap) -> None:
    first, second = dumps_map(small_map), dumps_map(small_map)
    assert first == second
    text = first.decode("utf-8")
    assert "Осведомлённость" in text  # not \\u-escaped, so diffs stay readable
    data = json.loads(text)
    assert list(data)[:3] == ["format", "format_version", "app_version"]
    assert data["format"] == "journeymapper" and data["format_version"] == FORMAT_VERSION
    assert text.endswith("}\n")


def test_one_entity_per_line_so_a_rename_changes_one_line(small_map: JourneyMap) -> None:
    before = dumps_map(small_map).decode().splitlines()
    card = small_map.touchpoints()[0]
    small_map.update(card.id, name="Реклама в ленте")
    after = dumps_map(small_map).decode().splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1 and "Реклама в ленте" in changed[0][1]


@pytest.mark.parametrize("version", range(1, FORMAT_VERSION + 1))
def test_every_released_format_version_loads_with_all_its_content(version: int) -> None:
    """Each field of the old file survives loading and saving (new fields only add)."""
    path = DATA / f"format-v{version}.jmap"
    old = json.loads(path.read_text(encoding="utf-8"))
    opened = load_file(path)
    saved = json.loads(dumps_map(opened.journey, opened.history))
    assert saved["format_version"] == FORMAT_VERSION
    for key, value in old.items():
        if key not in ("format_version", "app_version"):
            _assert_keeps(value, saved[key], key)


def _assert_keeps(old: object, new: object, where: str) -> None:
    if isinstance(old, dict):
        assert isinstance(new, dict), where
        for key, value in old.items():
            assert key in new, f"{where}.{key} was lost"
            _assert_keeps(value, new[key], f"{where}.{key}")
    elif isinstance(old, list):
        assert isinstance(new, list) and len(new) == len(old), where
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            _assert_keeps(a, b, f"{where}[{i}]")
    else:
        assert new == old, f"{where}: {old!r} became {new!r}"


def test_a_bom_is_accepted(small_map: JourneyMap) -> None:
    data = b"\xef\xbb\xbf" + dumps_map(small_map)
    assert dumps_map(loads_map(data)) == dumps_map(small_map)


def test_a_newer_format_is_refused_naming_both_versions(small_map: JourneyMap) -> None:
    data = json.loads(dumps_map(small_map))
    data["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(MapFileError) as info:
        loads_map(json.dumps(data).encode(), "new.jmap")
    message = str(info.value)
    assert f"format version {FORMAT_VERSION + 1}" in message
    assert f"up to {FORMAT_VERSION}" in message


def test_failed_save_leaves_the_old_file_intact(
    small_map: JourneyMap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.jmap"
    path.write_bytes(b"old content")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)  # the OS boundary
    with pytest.raises(OSError, match="No space"):
        save_map(small_map, path)
    assert path.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["map.jmap"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder_raises_and_writes_nothing(small_map: JourneyMap, tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            save_map(small_map, tmp_path / "map.jmap")
    finally:
        tmp_path.chmod(0o700)
    assert list(tmp_path.iterdir()) == []


def test_save_keeps_permissions_of_an_existing_file(small_map: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "map.jmap"
    path.write_bytes(b"{}")
    path.chmod(0o640)
    save_map(small_map, path)
    assert path.stat().st_mode & 0o777 == 0o640

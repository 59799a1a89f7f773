"""import_file: the reader by suffix, and safe reading of missing, odd or huge files."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.io.errors import MapFileError
from journeymapper.io.importers import SUFFIXES, import_file, read_input


def test_each_suffix_picks_its_reader(tmp_path: Path) -> None:
    (tmp_path / "a.MMD").write_text("journey\nsection Поиск\n  Сайт: 4: Анна\n", "utf-8")
    (tmp_path / "b.md").write_text("# Путь\n\n```mermaid\njourney\n  Сайт: 4\n```\n", "utf-8")
    (tmp_path / "c.csv").write_bytes("\ufeffstage;touchpoint\nПоиск;Сайт\n".encode())
    for name in ("a.MMD", "b.md", "c.csv"):
        assert [t.name for t in import_file(tmp_path / name).touchpoints()] == ["Сайт"]


def test_mermaid_files_in_legacy_encodings_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.mmd"
    path.write_bytes("journey\n  Сайт: 4\n".encode("cp1251"))
    with pytest.raises(MapFileError, match="not UTF-8"):
        import_file(path)


def test_unknown_suffix_names_the_accepted_ones(tmp_path: Path) -> None:
    path = tmp_path / "map.txt"
    path.write_text("journey\n")
    with pytest.raises(MapFileError) as caught:
        import_file(path)
    assert all(suffix in str(caught.value) for suffix in (".mmd", ".md", ".csv", ".xlsx"))
    assert set(SUFFIXES) >= {".mmd", ".md", ".csv", ".xlsx"}


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="no such file"):
        import_file(tmp_path / "nowhere.csv")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(MapFileError, match="folder"):
        import_file(folder)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: no real disk use
    with pytest.raises(MapFileError, match="too large"):
        import_file(path)
    small = tmp_path / "small.csv"
    small.write_bytes(b"x" * 11)
    with pytest.raises(MapFileError, match="too large"):
        read_input(small, limit=10)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.csv"
    path.write_text("stage,touchpoint\n")
    path.chmod(0)
    try:
        if path.stat().st_mode and _can_read(path):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(MapFileError, match="cannot be read"):
            import_file(path)
    finally:
        path.chmod(0o600)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_imported_titles_lose_control_characters(tmp_path: Path) -> None:
    mermaid = tmp_path / "t.mmd"
    mermaid.write_text("journey\n  title \x1b[2J Clear\x07 me\n  section S\n    T: 3\n", "utf-8")
    assert import_file(mermaid).title == "[2J Clear me"
    book = tmp_path / "Tab\tname\x1b.csv"
    book.write_text("stage,touchpoint\nS,T\n", encoding="utf-8")
    assert import_file(book).title == "Tab name"

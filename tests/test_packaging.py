"""What ships: desktop entry, MIME type, AppStream metainfo, icons, the wheel in a fresh venv."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from PIL import Image

from journeymapper import APP_ID, __version__
from journeymapper.io.jmap import dumps_map
from journeymapper.model import JourneyMap

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_DIR = ROOT / "resources"
DESKTOP_FILE = DESKTOP_DIR / f"{APP_ID}.desktop"
MIME_FILE = DESKTOP_DIR / f"{APP_ID}.mime.xml"
METAINFO_FILE = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
ICON_THEME = DESKTOP_DIR / "icons" / "hicolor"
PACKAGE_RESOURCES = ROOT / "journeymapper" / "resources"
SAMPLE = PACKAGE_RESOURCES / "samples" / "sample.jmap"
MIME_TYPE = "application/x-journeymapper"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
LANGUAGES = ("ru", "uk", "lv")
RAW_URL = "https://github.com/journeymapper/journeymapper/raw/main/"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _list_value(value: str) -> list[str]:
    assert value.endswith(";"), f"desktop list {value!r} must end with ';'"
    return value[:-1].split(";")


# --- the .desktop file ------------------------------------------------------------------------


def test_desktop_entry_launches_the_editor_with_a_file() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "journeymapper-gui %f"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert MIME_TYPE in _list_value(entry["MimeType"])
    assert _list_value(entry["Categories"])[0] in {"Office", "Graphics", "Development"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_desktop_entry_is_translated(lang: str) -> None:
    entry = _desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[{lang}]", "").strip(), f"{key}[{lang}] missing"
    assert entry[f"Comment[{lang}]"] != entry["Comment"]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        missing = "desktop-file-validate is missing: run `make test` as root or apt-get install it"
        if os.environ.get("CI") == "true":
            pytest.fail(missing)
        pytest.skip(missing)
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


# --- shared-mime-info ---------------------------------------------------------------------------


def _mime_type() -> ET.Element:
    root = ET.parse(MIME_FILE).getroot()
    types = root.findall("m:mime-type", MIME_NS)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    return types[0]


def test_mime_type_has_the_glob_icon_and_comments() -> None:
    mime = _mime_type()
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.jmap"]
    assert mime.find("m:icon", MIME_NS).get("name") == APP_ID  # type: ignore[union-attr]
    comments = {c.get(XML_LANG, "en"): (c.text or "") for c in mime.findall("m:comment", MIME_NS)}
    assert set(comments) == {"en", *LANGUAGES}
    assert all("JourneyMapper" in text for text in comments.values())


def _magic_matches(mime: ET.Element) -> list[tuple[int, int, bytes]]:
    found = []
    for match in mime.findall("m:magic/m:match", MIME_NS):
        assert match.get("type") == "string"
        start, _, end = (match.get("offset") or "").partition(":")
        found.append((int(start), int(end or start), (match.get("value") or "").encode()))
    return found


def _detected_by_magic(data: bytes, matches: list[tuple[int, int, bytes]]) -> bool:
    # shared-mime-info: the value may start anywhere in the range start..end.
    return any(value in data[start : end + len(value)] for start, end, value in matches)


def test_mime_magic_recognises_saved_maps(small_map: JourneyMap) -> None:
    matches = _magic_matches(_mime_type())
    assert matches, "no magic rule"
    assert _detected_by_magic(dumps_map(small_map), matches)
    assert _detected_by_magic(SAMPLE.read_bytes(), matches)
    assert not _detected_by_magic(b'{"format": "other", "journeymapper": 1}', matches)


# --- AppStream metainfo -------------------------------------------------------------------------


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def test_metainfo_identifies_the_app() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.find("launchable").get("type") == "desktop-id"  # type: ignore[union-attr]
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert MIME_TYPE in [m.text for m in root.findall("provides/mediatype")]
    assert root.find("content_rating") is not None
    assert root.findall("description/p")


def test_metainfo_has_notes_for_the_current_release() -> None:
    releases = {r.get("version"): r for r in _metainfo().findall("releases/release")}
    assert __version__ in releases, f"add release notes for {__version__}"
    current = releases[__version__]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", current.get("date") or "")
    assert current.findall("description/ul/li") or current.findall("description/p")


def test_metainfo_screenshots_exist_in_the_repository() -> None:
    screenshots = _metainfo().findall("screenshots/screenshot")
    assert screenshots
    assert [s.get("type") for s in screenshots].count("default") == 1
    for shot in screenshots:
        assert (shot.findtext("caption") or "").strip()
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith(RAW_URL), image.text
        local = ROOT / image.text.removeprefix(RAW_URL)
        assert local.is_file(), f"{local} is not in the repository"
        if image.get("width"):
            with Image.open(local) as png:
                assert png.size == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- icons --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_has_its_size(size: int) -> None:
    path = ICON_THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    with Image.open(path) as png:
        assert png.format == "PNG"
        assert png.size == (size, size)
        assert png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0, "the corner should be transparent"
        assert png.getpixel((size // 2, size // 2))[3] == 255


def test_svg_icon_is_square_svg() -> None:
    root = ET.parse(ICON_THEME / "scalable" / "apps" / f"{APP_ID}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in (root.get("viewBox") or "").split())
    assert width == height > 0


def test_the_app_window_icon_ships_in_the_package() -> None:
    icons = resources.files("journeymapper.resources").joinpath("icons")
    theme = {
        f"{APP_ID}.svg": ICON_THEME / "scalable" / "apps" / f"{APP_ID}.svg",
        f"{APP_ID}.png": ICON_THEME / "256x256" / "apps" / f"{APP_ID}.png",
    }
    for name, source in theme.items():
        assert icons.joinpath(name).read_bytes() == source.read_bytes(), f"{name} out of date"


def test_pyinstaller_spec_is_python_and_collects_the_resources() -> None:
    spec = ROOT / "packaging" / "journeymapper.spec"
    text = spec.read_text(encoding="utf-8")
    compile(text, str(spec), "exec")
    assert '"resources"' in text and "COLLECT(" in text
    assert os.access(ROOT / "packaging" / "build.sh", os.X_OK)


# --- the wheel, installed into a fresh virtual environment --------------------------------------


@dataclass
class Installed:
    """A wheel built from this checkout and installed into a throw-away venv."""

    wheel: Path
    names: set[str]
    bin: Path
    env: dict[str, str]
    cwd: Path

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / "journeymapper"), *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            cwd=self.cwd,
            timeout=120,
        )


def _copy_sources(dest: Path) -> None:
    # Build from a clean copy so stale build/ or egg-info folders cannot leak into the wheel.
    dest.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "COPYING", "MANIFEST.in"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(
        ROOT / "journeymapper",
        dest / "journeymapper",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )


def _can_build_without_isolation() -> bool:
    # setuptools >= 70.1 builds wheels by itself, so the build needs no download at all.
    try:
        from importlib.metadata import version

        major, minor = (int(p) for p in version("setuptools").split(".")[:2])
    except Exception:
        return False
    return (major, minor) >= (70, 1)


def _build_wheel(src: Path, out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)]
    if _can_build_without_isolation():
        command.insert(4, "--no-build-isolation")
    else:  # pip fetches setuptools into an isolated build env; fail fast when offline
        command[4:4] = ["--retries", "1", "--timeout", "20"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        offline = re.search(
            r"No matching distribution found for (setuptools|wheel)|"
            r"Failed to establish a new connection|Network is unreachable",
            result.stdout + result.stderr,
        )
        if offline:
            pytest.skip(
                "building the wheel needs setuptools>=69 from PyPI and the network is not "
                "reachable; install setuptools>=70.1 into the dev venv to build offline"
            )
        pytest.fail(f"pip wheel failed:\n{result.stdout}\n{result.stderr}")
    wheels = sorted(out.glob("journeymapper-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("wheel")
    _copy_sources(tmp / "src")
    wheel = _build_wheel(tmp / "src", tmp / "dist")
    target = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    # Dependencies come from the running environment (appended after the venv's own
    # site-packages), so nothing is downloaded; the wheel's journeymapper comes first.
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_journeymapper_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    yield Installed(wheel, names, bin_dir, env, tmp)


@pytest.mark.slow
def test_wheel_carries_every_run_time_resource(installed: Installed) -> None:
    expected = {
        "journeymapper/resources/fonts/DejaVuSans.ttf",
        "journeymapper/resources/fonts/DejaVuSans-Bold.ttf",
        "journeymapper/resources/fonts/LICENSE-DejaVu.txt",
        "journeymapper/resources/schema/jmap.schema.json",
        "journeymapper/resources/samples/sample.jmap",
        f"journeymapper/resources/icons/{APP_ID}.svg",
        f"journeymapper/resources/icons/{APP_ID}.png",
        "journeymapper/py.typed",
    }
    # Everything under journeymapper/resources in the checkout, translations (.qm) included.
    expected |= {
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE_RESOURCES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    assert sorted(expected - installed.names) == []
    entry_points = next(n for n in installed.names if n.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(installed.wheel) as archive:
        text = archive.read(entry_points).decode()
    assert "journeymapper = journeymapper.cli:main" in text
    assert "[gui_scripts]" in text and "journeymapper-gui = journeymapper.app:main" in text


@pytest.mark.slow
def test_installed_command_line_runs_from_the_wheel(installed: Installed) -> None:
    assert (installed.bin / "journeymapper-gui").exists()
    version = installed.run("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"journeymapper {__version__}"
    where = subprocess.run(
        [
            str(installed.bin / "python"),
            "-c",
            "import journeymapper; print(journeymapper.__file__)",
        ],
        capture_output=True,
        text=True,
        env=installed.env,
        cwd=installed.cwd,
        timeout=60,
    )
    assert Path(where.stdout.strip()).is_relative_to(installed.bin.parent), where.stdout
    valid = installed.run("validate", SAMPLE)
    assert valid.returncode == 0, valid.stderr
    assert "valid" in valid.stdout
    new = installed.cwd / "новая карта.jmap"
    created = installed.run("new", new, "--template", "e-shop", "--lang", "uk")
    assert created.returncode == 0, created.stderr
    assert installed.run("validate", new).returncode == 0


@pytest.mark.slow
def test_installed_editor_passes_its_self_test(installed: Installed) -> None:
    if "journeymapper/app.py" not in installed.names:
        pytest.skip("journeymapper/app.py (the editor with --self-test) does not exist yet")
    result = installed.run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr

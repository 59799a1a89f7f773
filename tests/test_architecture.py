"""The layers of README's ARCHITECTURE section, enforced: the import contract, no Qt below scene."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from journeymapper.cli import SUBCOMMANDS
from journeymapper.export.dispatch import EXPORTERS

PACKAGE = Path(__file__).resolve().parent.parent / "journeymapper"
PURE_LAYERS = ("model", "words", "io", "layout", "render", "export", "compare", "room")
# Exporters that may rasterise with QtGui must say so in their module docstring.
QT_ALLOWED_MARKER = "uses QtGui for rasterising"
LINT_IMPORTS = str(Path(sys.executable).parent / "lint-imports")
EXPORT_SUFFIXES = sorted(s.lstrip(".") for s in EXPORTERS)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py")) if (PACKAGE / layer).exists() else []


@pytest.mark.parametrize("layer", PURE_LAYERS)
def test_pure_layers_do_not_import_qt(layer: str) -> None:
    offenders = []
    for module in _modules(layer):
        docstring = ast.get_docstring(ast.parse(module.read_text(encoding="utf-8"))) or ""
        qt = {n for n in _imports(module) if n.split(".")[0] in {"PySide6", "shiboken6"}}
        if qt and not (layer == "export" and QT_ALLOWED_MARKER in docstring):
            offenders.append(f"{module.relative_to(PACKAGE)}: {sorted(qt)}")
    assert offenders == []


def test_networkx_stays_inside_the_model() -> None:
    offenders = [
        str(module.relative_to(PACKAGE))
        for module in PACKAGE.rglob("*.py")
        if "networkx" in _imports(module) and "model" not in module.relative_to(PACKAGE).parts
    ]
    assert offenders == []


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(module.relative_to(PACKAGE))
        for module in PACKAGE.rglob("*.py")
        if module.name != "__init__.py" or module.stat().st_size > 0
        if not ast.get_docstring(ast.parse(module.read_text(encoding="utf-8")))
    ]
    assert missing == []


def test_the_layers_contract_holds() -> None:
    """import-linter's layers contract (pyproject.toml), relative imports included."""
    out = subprocess.run(
        [LINT_IMPORTS, "--no-cache"],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
    )
    assert out.returncode == 0, out.stdout[-3000:]


def test_the_layers_contract_catches_a_relative_import_upwards(tmp_path: Path) -> None:
    """The contract is not vacuous: a model module importing the scene relatively breaks it."""
    copy = tmp_path / "journeymapper"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("resources", "__pycache__"))
    (copy / "model" / "upwards.py").write_text('"""Bad."""\n\nfrom ..scene import card_items\n')
    shutil.copy(PACKAGE.parent / "pyproject.toml", tmp_path / "pyproject.toml")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run(
        [LINT_IMPORTS, "--no-cache"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert out.returncode != 0
    assert "journeymapper.model.upwards -> journeymapper.scene.card_items" in out.stdout


# The CLI runs in a fresh interpreter; at exit it says whether any PySide6 module was loaded.
_RUN_CLI = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('QT-LOADED' if any(m.startswith('PySide6') for m in "
    "sys.modules) else 'QT-FREE'))\n"
    "from journeymapper.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(
        [sys.executable, "-c", _RUN_CLI, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
    )


def test_every_cli_subcommand_runs_without_loading_qt(tmp_path: Path) -> None:
    jmap = tmp_path / "map.jmap"
    runs = [
        ("--version",),
        ("--help",),
        ("new", "--template", "e-shop", jmap),
        ("validate", jmap),
        ("info", jmap),
        *[("export", jmap, tmp_path / f"map.{suffix}") for suffix in EXPORT_SUFFIXES],
        ("import", tmp_path / "map.csv", tmp_path / "from_csv.jmap"),
        ("import", tmp_path / "map.mmd", tmp_path / "from_mmd.jmap"),
        ("import", tmp_path / "map.xlsx", tmp_path / "from_xlsx.jmap"),
        ("room", "--help"),  # a server: its start-up path, not a session
        ("share", "--help"),  # likewise the co-editing host
        ("join", "--help"),  # and a co-editing peer
        ("snapshot", "--label", "Before", jmap),
        ("history", jmap),
        ("diff", jmap, tmp_path / "from_csv.jmap"),
        ("validate", tmp_path / "missing.jmap"),  # the error path too
    ]
    assert {a[0] for a in runs} >= set(SUBCOMMANDS)
    for args in runs:
        out = _cli(*args)
        assert out.stdout.strip().splitlines()[-1] == "QT-FREE", (args, out.stdout, out.stderr)
        expected = 1 if args[-1] == tmp_path / "missing.jmap" else 0
        assert out.returncode == expected, (args, out.stderr)
    assert (tmp_path / "from_xlsx.jmap").stat().st_size > 0


# No module is exempt from mypy --strict: new code is typed, and so is all the old.
MYPY_EXEMPT_CEILING: set[str] = set()


def test_mypy_covers_the_whole_package_and_its_exemptions_only_shrink() -> None:
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    mypy = config["tool"]["mypy"]
    assert mypy["strict"] is True
    assert mypy["packages"] == ["journeymapper"]
    exempt = {
        name
        for override in mypy.get("overrides", [])
        if override.get("ignore_errors")
        for name in override["module"]
    }
    assert exempt <= MYPY_EXEMPT_CEILING, (
        f"new mypy exemptions: {sorted(exempt - MYPY_EXEMPT_CEILING)}"
    )
    assert all(not name.endswith("*") for name in exempt)

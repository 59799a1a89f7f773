"""The layering rules of DESIGN.md, enforced: pure layers never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "journeymapper"
PURE_LAYERS = ("model", "io", "layout", "render", "export", "compare", "room")
# Exporters that may rasterise with QtGui must say so in their module docstring.
QT_ALLOWED_MARKER = "uses QtGui for rasterising"


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


def test_headless_cli_does_not_load_qt() -> None:
    code = (
        "import sys; import journeymapper.cli as c; "
        "c.main(['--version']) if False else None; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

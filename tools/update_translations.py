"""Regenerate translations/*.ts from the UI sources (pyside6-lupdate) and compile the .qm files.

Usage: ``python tools/update_translations.py`` (``make translations``); ``--check`` only
reports, without writing, whether the .ts files are out of date with the sources.

Every ``.py`` under ``journeymapper/`` takes part except the pure packages (model, io, layout,
render, export, templates), so new modules are picked up on their own.

lupdate understands ``self.tr(...)`` and ``QCoreApplication.translate("Context", ...)`` but
not the small module-level helpers the code base uses (``def tr(text): return
QCoreApplication.translate("commands", text)``) nor local aliases
(``tr = QCoreApplication.translate``): it files their strings under a wrong or empty context.
So lupdate reads copies of the sources in which every call of such a helper is spelled out as
``QCoreApplication.translate("commands", ...)`` on the same line; the copies keep the package
layout, so the locations in the .ts files point at the real sources.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "journeymapper"
PURE = ("model", "words", "io", "layout", "render", "export", "templates")
LANGUAGES = ("ru", "uk", "lv")
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / PACKAGE / "resources" / "translations"
BIN = Path(sys.executable).parent
TRANSLATE = "QCoreApplication.translate"
ENGLISH_TS = "journeymapper_en.ts"
PLURAL_MARK = re.compile(r"\((s|es)\)")
ERRORS_CONTEXT = "Errors"

Message = tuple[str, str, bool]  # context, source text, numerus


@dataclass(frozen=True)
class Wrapper:
    """A helper whose body is ``return QCoreApplication.translate(<params and constants>)``."""

    params: tuple[str, ...]
    defaults: dict[str, ast.expr]
    template: tuple[ast.expr, ...]  # constants, or Names of params


@dataclass
class Module:
    """What one source file binds: helpers, aliases of translate, and imported names."""

    path: Path
    tree: ast.Module
    wrappers: dict[str, Wrapper] = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def source_files(root: Path = ROOT) -> list[Path]:
    """The Python files lupdate reads: the package minus its pure, Qt-free parts."""
    package = root / PACKAGE
    skipped = {package / name for name in PURE}
    return sorted(
        path
        for path in package.rglob("*.py")
        if "__pycache__" not in path.parts and not any(p in skipped for p in path.parents)
    )


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_translate(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and (isinstance(node.value, ast.Name) and node.value.id == "QCoreApplication")
    )


def _wrapper(func: ast.FunctionDef) -> Wrapper | None:
    body = [
        s for s in func.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
    ]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not isinstance(call, ast.Call) or not _is_translate(call.func) or call.keywords:
        return None
    params = tuple(a.arg for a in func.args.args)
    if not all(
        isinstance(a, ast.Constant) or (isinstance(a, ast.Name) and a.id in params)
        for a in call.args
    ):
        return None
    defaults = dict(
        zip(params[len(params) - len(func.args.defaults) :], func.args.defaults, strict=True)
    )
    return Wrapper(params, defaults, tuple(call.args))


def _resolve_from(module: str, level: int, target: str | None, is_package: bool) -> str:
    if level == 0:
        return target or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def scan(path: Path, root: Path) -> Module:
    """Parse ``path`` and note its translate helpers, aliases and imports."""
    tree = ast.parse(path.read_bytes(), str(path))
    module = Module(path, tree)
    name = _module_name(path, root)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and (wrapper := _wrapper(node)):
            module.wrappers[node.name] = wrapper
        elif isinstance(node, ast.ImportFrom):
            source = _resolve_from(name, node.level, node.module, path.name == "__init__.py")
            for alias in node.names:
                module.imports[alias.asname or alias.name] = (source, alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_translate(node.value):
            module.aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.Assign) and (wrapper := _made_by_translator(node.value)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    module.wrappers[target.id] = wrapper
    return module


def _made_by_translator(node: ast.expr) -> Wrapper | None:
    """``translator("context")`` (commands/translate.py): ``tr(text, n=-1)`` in that context."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translator"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return None
    text, n = ast.Name("text"), ast.Name("n")
    template = (node.args[0], text, ast.Constant(None), n)
    return Wrapper(("text", "n"), {"n": ast.Constant(-1)}, template)


class Resolver:
    """Finds which helper (if any) a called name stands for, following imports."""

    def __init__(self, modules: dict[str, Module]) -> None:
        self.modules = modules

    def lookup(self, module: str, name: str, depth: int = 0) -> Wrapper | str | None:
        """A Wrapper, ``TRANSLATE`` for an alias of translate, a module name, or None."""
        found = self.modules.get(module)
        if found is None or depth > 8:
            return None
        if name in found.wrappers:
            return found.wrappers[name]
        if name in found.aliases:
            return TRANSLATE
        if name in found.imports:
            source, attr = found.imports[name]
            if attr is not None and f"{source}.{attr}" in self.modules:
                return f"{source}.{attr}"
            if attr is not None:
                return self.lookup(source, attr, depth + 1)
        return None


def _offsets(data: bytes) -> list[int]:
    starts = [0]
    for index, byte in enumerate(data):
        if byte == 0x0A:
            starts.append(index + 1)
    return starts


def _bind(call: ast.Call, params: tuple[str, ...]) -> dict[str, ast.expr] | None:
    """The call's arguments by parameter name (None when it uses * or ** unpacking)."""
    if any(isinstance(a, ast.Starred) for a in call.args):
        return None
    if any(k.arg is None for k in call.keywords):
        return None
    bound = dict(zip(params, call.args, strict=False))
    bound.update({k.arg: k.value for k in call.keywords if k.arg})
    return bound


def _string(node: ast.expr | None) -> str | None:
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return ""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _has_n(node: ast.expr | None) -> bool:
    """Whether a plural count is passed (anything but nothing, None or -1)."""
    if node is None:
        return False
    try:
        return ast.literal_eval(node) not in (-1, None)
    except ValueError:
        return True


def _canonical(callee: str, context: str | None, args: list[ast.expr | None]) -> str | None:
    """``callee(context, source, disambiguation, 1)`` with constants only, as lupdate reads best."""
    source, disambiguation = _string(args[0]), _string(args[1])
    if source is None or disambiguation is None:
        return None
    parts = ([repr(context)] if context is not None else []) + [repr(source)]
    if _has_n(args[2]):
        parts += [repr(disambiguation), "1"]
    elif disambiguation:
        parts.append(repr(disambiguation))
    return f"{callee}({', '.join(parts)})"


def _spell_out(call: ast.Call, target: Wrapper | str) -> str | None:
    """The canonical spelling of a self.tr, translate or helper call; None if not literal."""
    if target == "self.tr":
        bound = _bind(call, ("source", "disambiguation", "n"))
        if bound is None:
            return None
        return _canonical(target, None, [bound.get(k) for k in ("source", "disambiguation", "n")])
    if target == TRANSLATE:
        names: tuple[str, ...] = ("context", "source", "disambiguation", "n")
        bound = _bind(call, names)
    else:
        assert isinstance(target, Wrapper)
        given = _bind(call, target.params)
        if given is None:
            return None
        values = [
            given.get(a.id, target.defaults.get(a.id)) if isinstance(a, ast.Name) else a
            for a in target.template
        ]
        names = ("context", "source", "disambiguation", "n")[: len(values)]
        bound = {k: v for k, v in zip(names, values, strict=True) if v is not None}
    if bound is None:
        return None
    context = _string(bound.get("context"))
    if not context:
        return None
    return _canonical(TRANSLATE, context, [bound.get(k) for k in names[1:4]] + [None] * 3)


def rewrite(module: Module, name: str, resolver: Resolver) -> tuple[bytes, list[str]]:
    """The source of ``module`` with every translate call in canonical, literal form.

    Also returns the helper calls whose texts are not literals (lupdate cannot see them).
    """
    data = module.path.read_bytes()
    starts = _offsets(data)

    def at(line: int | None, col: int | None) -> int:
        return starts[(line or 1) - 1] + (col or 0)

    edits: list[tuple[int, int, str]] = []
    problems: list[str] = []
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        target: Wrapper | str | None = None
        if isinstance(func, ast.Name):
            target = resolver.lookup(name, func.id)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.attr == "tr" and func.value.id in ("self", "cls"):
                target = "self.tr"
            elif _is_translate(func):
                target = TRANSLATE
            else:
                owner = resolver.lookup(name, func.value.id)
                if isinstance(owner, str) and owner != TRANSLATE:
                    target = resolver.lookup(owner, func.attr)
        if target is None or (isinstance(target, str) and target not in (TRANSLATE, "self.tr")):
            continue
        spelled = _spell_out(node, target)
        if spelled is None:
            if isinstance(target, Wrapper):
                problems.append(f"{module.path}:{node.lineno}: text is not a literal")
            continue
        start, end = at(node.lineno, node.col_offset), at(node.end_lineno, node.end_col_offset)
        spelled = spelled[:-1] + "\n" * data[start:end].count(b"\n") + ")"  # same lines
        edits.append((start, end, spelled))
    out = data
    last = len(data) + 1
    for start, end, new in sorted(edits, reverse=True):
        if end > last:
            continue  # contains a call already spelled out (a translated text as an argument)
        out = out[:start] + new.encode() + out[end:]
        last = start
    return out, problems


def prepare(workdir: Path, root: Path = ROOT) -> tuple[list[Path], list[str]]:
    """Write lupdate-readable copies of the sources under ``workdir``; returns them and problems."""
    files = source_files(root)
    modules = {_module_name(p, root): scan(p, root) for p in files}
    resolver = Resolver(modules)
    copies, problems = [], []
    for name, module in modules.items():
        data, found = rewrite(module, name, resolver)
        problems += found
        copy = workdir / module.path.relative_to(root)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(data)
        copies.append(copy)
    return copies, problems


def run_lupdate(workdir: Path, copies: list[Path], ts_files: list[Path]) -> None:
    """Update ``ts_files`` (paths under ``workdir``) from ``copies``."""
    command = [
        str(BIN / "pyside6-lupdate"),
        "-locations",
        "absolute",
        "-no-obsolete",
        "-source-language",
        "en",
        *map(str, copies),
        "-ts",
        *map(str, ts_files),
    ]
    subprocess.run(command, cwd=workdir, check=True, capture_output=True)


def messages(ts_file: Path) -> set[Message]:
    """Every (context, source, numerus) of a .ts file, obsolete and vanished entries left out."""
    found: set[Message] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            if kind is not None and kind.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or "", message.get("numerus") == "yes"))
    return found


def extracted(root: Path = ROOT) -> tuple[set[Message], list[str]]:
    """The messages lupdate finds in the sources now, and the calls it could not read."""
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        copies, problems = prepare(workdir, root)
        ts = workdir / "translations" / "probe.ts"
        ts.parent.mkdir()
        run_lupdate(workdir, copies, [ts])
        return messages(ts), problems


def update(root: Path = ROOT) -> list[str]:
    """Refresh the .ts files and compile them into the package; returns the problems found."""
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        copies, problems = prepare(workdir, root)
        (workdir / "translations").mkdir()
        ts_files = []
        for language in LANGUAGES:
            ts = workdir / "translations" / f"journeymapper_{language}.ts"
            if (TS_DIR / ts.name).is_file():
                shutil.copyfile(TS_DIR / ts.name, ts)
            else:
                ts.write_text(
                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="{language}" sourcelanguage="en"/>\n',
                    encoding="utf-8",
                )
            ts_files.append(ts)
        run_lupdate(workdir, copies, ts_files)
        TS_DIR.mkdir(exist_ok=True)
        for ts in ts_files:
            shutil.copyfile(ts, TS_DIR / ts.name)
        write_english(messages(ts_files[0]))
    release()
    return problems


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of an English source with ``(s)`` markers: ``%n dot(s)``."""
    return PLURAL_MARK.sub("", source), PLURAL_MARK.sub(r"\1", source)


def write_english(found: set[Message]) -> None:
    """translations/journeymapper_en.ts: only the numerus messages, forms made from ``(s)``."""
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    by_context: dict[str, list[str]] = {}
    for context, source, numerus in sorted(found):
        if numerus:
            by_context.setdefault(context, []).append(source)
    for context, sources in by_context.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sources:
            message = ET.SubElement(element, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    (TS_DIR / ENGLISH_TS).write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8"
    )


def error_templates(ts_file: Path) -> dict[str, str]:
    """The finished translations of the ``Errors`` context (model and file error templates)."""
    table: dict[str, str] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        if context.findtext("name") != ERRORS_CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            table[message.findtext("source") or ""] = translation.text
    return dict(sorted(table.items()))


def release() -> None:
    """Compile translations/*.ts into the package's .qm files, and the error templates into
    errors_<language>.json for the command line (which runs without Qt)."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        table = error_templates(TS_DIR / f"journeymapper_{language}.ts")
        (QM_DIR / f"errors_{language}.json").write_text(
            json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for language in (*LANGUAGES, "en"):
        ts = TS_DIR / f"journeymapper_{language}.ts"
        qm = QM_DIR / f"journeymapper_{language}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date .ts files")
    args = parser.parse_args(argv)
    if args.check:
        found, problems = extracted()
        stale = [
            lang for lang in LANGUAGES if messages(TS_DIR / f"journeymapper_{lang}.ts") != found
        ]
        for line in problems + [f"out of date: journeymapper_{lang}.ts" for lang in stale]:
            sys.stderr.write(line + "\n")
        return 1 if problems or stale else 0
    problems = update()
    for line in problems:
        sys.stderr.write(line + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

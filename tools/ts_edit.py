"""Edit translations in the .ts files by source text, keeping lupdate's layout (for proofreading).

Used as a library from small scripts: ``translate("ru", "&Save", "&Сохранить")``,
``plural("lv", "%n vote(s)", ["%n balss", "%n balsis", "%n balsu"])``, ``rename_source(old, new)``
(changes the English source in the .py files and every .ts, keeping the translations).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"


def _esc(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def _ts(language: str) -> Path:
    return TS_DIR / f"journeymapper_{language}.ts"


def _messages(data: str, source: str, context: str | None) -> list[re.Match[str]]:
    found = []
    for ctx in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", data, re.S):
        if context is not None and ctx.group(1) != context:
            continue
        for msg in re.finditer(r"<message[^>]*>.*?</message>", ctx.group(2), re.S):
            if f"<source>{_esc(source)}</source>" in msg.group(0):
                found.append((ctx.start(2) + msg.start(), ctx.start(2) + msg.end()))
    return found  # type: ignore[return-value]


def _edit(language: str, source: str, context: str | None, make: object) -> int:
    path = _ts(language)
    data = path.read_text(encoding="utf-8")
    spans = _messages(data, source, context)
    if not spans:
        raise KeyError(f"{language}: no message {source!r} in {context or 'any context'}")
    for start, end in reversed(spans):  # type: ignore[misc]
        block = data[start:end]
        data = data[:start] + make(block) + data[end:]  # type: ignore[operator]
    path.write_text(data, encoding="utf-8")
    return len(spans)


def translate(language: str, source: str, text: str, context: str | None = None) -> int:
    """Set the translation of ``source`` (in ``context``, or everywhere) to ``text``."""

    def make(block: str) -> str:
        return re.sub(
            r"<translation[^>]*>.*?</translation>|<translation[^>]*/>",
            lambda _m: f"<translation>{_esc(text)}</translation>",
            block,
            count=1,
            flags=re.S,
        )

    return _edit(language, source, context, make)


def plural(language: str, source: str, forms: list[str], context: str | None = None) -> int:
    """Set the plural forms of ``source`` (Qt's order for the language)."""
    body = "".join(f"\n            <numerusform>{_esc(f)}</numerusform>" for f in forms)

    def make(block: str) -> str:
        return re.sub(
            r"<translation[^>]*>.*?</translation>",
            lambda _m: f"<translation>{body}\n        </translation>",
            block,
            count=1,
            flags=re.S,
        )

    return _edit(language, source, context, make)


def rename_source(old: str, new: str, files: list[str]) -> None:
    """Change an English source text in the given .py files and in every .ts file."""
    for name in files:
        path = ROOT / name
        code = path.read_text(encoding="utf-8")
        literal_old, literal_new = repr(old), repr(new)
        for quote in ('"', "'"):
            q_old = quote + old + quote
            if q_old in code:
                code = code.replace(q_old, quote + new + quote)
                break
        else:
            if literal_old not in code:
                raise KeyError(f"{old!r} not in {name}")
            code = code.replace(literal_old, literal_new)
        path.write_text(code, encoding="utf-8")
    for ts in TS_DIR.glob("*.ts"):
        data = ts.read_text(encoding="utf-8")
        data = data.replace(f"<source>{_esc(old)}</source>", f"<source>{_esc(new)}</source>")
        ts.write_text(data, encoding="utf-8")

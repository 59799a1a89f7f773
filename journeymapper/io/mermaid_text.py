"""Mermaid source preparation: Markdown fences, front matter, directives, entity codes.

These steps mirror what mermaid does before its journey lexer runs, keeping line numbers
of the original file so every error can name the line the user sees.
"""

from __future__ import annotations

import html.entities
import re
from dataclasses import dataclass
from itertools import chain

from .errors import MapFileError
from .messages import at_line, file_msg

_FENCE_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*mermaid\b", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"^-{3}\s*$")
_ENTITY = re.compile(r"#(\w+);", re.ASCII)
_JOURNEY = re.compile(r"^\s*journey\b", re.IGNORECASE)
_BREAK = re.compile(r"</?br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """The lines of one Mermaid diagram and the file line number of its first line."""

    lines: list[str]
    first_line: int
    front_title: str = ""


def _fences(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Every fenced ```mermaid block of a Markdown text: (index of its first line, lines)."""
    blocks: list[tuple[int, list[str]]] = []
    i = 0
    while i < len(lines):
        opened = _FENCE_OPEN.match(lines[i])
        i += 1
        if not opened:
            continue
        fence = opened.group("fence")
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        start = i
        while i < len(lines) and not close.match(lines[i]):
            i += 1
        blocks.append((start, lines[start:i]))
        i += 1
    return blocks


def _meaningful(lines: list[str]) -> str:
    """The first line that is neither blank, a ``%%`` comment, nor front matter."""
    rest = [line.strip() for line in lines]
    rest = rest[next((i for i, line in enumerate(rest) if line), len(rest)) :]
    if rest and _FRONT_MATTER.match(rest[0]):
        end = next((i for i in range(1, len(rest)) if _FRONT_MATTER.match(rest[i])), len(rest))
        rest = rest[end + 1 :]
    return next((line for line in rest if line and not line.startswith("%%")), "")


def strip_directives(text: str) -> str:
    """``%%{…}%%`` directives removed, their line breaks kept; one pass over the text.

    (A lazy regex restarted at every unclosed ``%%{`` and took quadratic time.)
    """
    out: list[str] = []
    at = 0
    while (start := text.find("%%{", at)) >= 0:
        end = text.find("}%%", start + 3)
        if end < 0:
            break  # no directive closes after this point
        out += (text[at:start], "\n" * text.count("\n", start, end))
        at = end + 3
    out.append(text[at:])
    return "".join(out)


def find_block(text: str, source: str) -> Block:
    """The journey to read: the first ```mermaid journey block of Markdown, or the whole text."""
    text = strip_directives(text)
    lines = text.split("\n")
    fenced = _fences(lines)
    if not fenced:
        return _front_matter(Block(lines, 1), source)
    for start, block_lines in fenced:
        if _JOURNEY.match(_meaningful(block_lines)):
            return _front_matter(Block(block_lines, start + 1), source)
    raise MapFileError(
        source,
        file_msg("mermaid.no_block", len(fenced)),
        at_line(fenced[0][0]),
    )


def _front_matter(block: Block, source: str) -> Block:
    """Take the YAML front matter (``---`` … ``---``) off the block; keep only its title."""
    lines = block.lines
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _FRONT_MATTER.match(lines[first].strip()):
        return block
    end = next((i for i in range(first + 1, len(lines)) if _FRONT_MATTER.match(lines[i])), None)
    if end is None:
        where = at_line(block.first_line + first)
        raise MapFileError(source, file_msg("mermaid.front_matter"), where)
    title = _yaml_title(lines[first + 1 : end])
    blanked = [""] * (end + 1) + lines[end + 1 :]
    return Block(blanked, block.first_line, title)


def _yaml_title(lines: list[str]) -> str:
    """The top-level ``title:`` of simple YAML front matter (quoted, plain or block scalar)."""
    for i, line in enumerate(lines):
        match = re.match(r"title\s*:(.*)$", line)
        if not match:
            continue
        value = match.group(1).strip()
        if value[:1] in ("|", ">"):
            body = [ln.strip() for ln in lines[i + 1 :] if ln[:1] in (" ", "\t") or not ln.strip()]
            joiner = "\n" if value[0] == "|" else " "
            return joiner.join(body).strip()
        if value.startswith('"'):
            end = re.match(r'"((?:[^"\\]|\\.)*)"', value)
            inner = end.group(1) if end else value[1:]
            return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), inner)
        if value.startswith("'"):
            end = re.match(r"'((?:[^']|'')*)'", value)
            return (end.group(1) if end else value[1:]).replace("''", "'")
        return re.split(r"\s#", value, maxsplit=1)[0].strip()
    return ""


class Entities:
    """Mermaid's ``#name;`` / ``#123;`` codes, hidden behind placeholders while lexing."""

    def __init__(self, text: str, source: str = "<text>") -> None:
        used = set(text)  # one pass; testing each candidate against the text was quadratic
        codes = chain(range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))
        free = next((c for c in codes if chr(c) not in used), None)
        if free is None:
            raise MapFileError(source, file_msg("mermaid.private_use"))
        self.mark = chr(free)
        self.codes: list[str] = []

    def hide(self, line: str) -> str:
        """Replace every entity code by a placeholder that holds no ``:``, ``#`` or ``;``."""
        if "#" not in line:
            return line
        return _ENTITY.sub(self._hide_one, line)

    def _hide_one(self, match: re.Match[str]) -> str:
        self.codes.append(match.group(1))
        return f"{self.mark}{len(self.codes) - 1}{self.mark}"

    def restore(self, text: str, *, breaks: bool = False) -> str:
        """The user's text: ``<br>`` variants as line breaks (if asked), entities decoded."""
        if breaks:
            text = _BREAK.sub("\n", text)
        if self.mark not in text:
            return text
        return re.sub(f"{self.mark}(\\d+){self.mark}", self._decode, text)

    def _decode(self, match: re.Match[str]) -> str:
        return decode_entity(self.codes[int(match.group(1))])


def decode_entity(code: str) -> str:
    """The character of ``#code;`` (decimal number or HTML name), or the code left as typed."""
    if code.isdigit() and len(code) <= 8:
        number = int(code)
        if 0 < number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF:
            return chr(number)
    elif not code.isdigit():
        named = html.entities.html5.get(f"{code};")
        if named is not None:
            return named
    return f"#{code};"

"""Parsed JSON checked before anything recurses into it: depth, Unicode, number range, paths."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from .errors import Problem, one_line
from .messages import file_msg

MAX_DEPTH = 20  # a map nests 6 levels deep (stages, touchpoints, emotions, persona, as_is)
MAX_NUMBER = 1e15  # larger numbers are no journey data and overflow number formatting
MAX_KEY = 1_000
MAX_TREE_PROBLEMS = 50
_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _key_part(key: str) -> str:
    if _PLAIN_KEY.match(key):
        return "." + key
    shown = key if len(key) <= 60 else key[:59] + "…"
    shown = shown.replace("\\", "\\\\").replace("'", "\\'")
    shown = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)
    return "['" + one_line(shown) + "']"


def json_path(parts: Iterable[str | int]) -> str:
    """A JSONPath for the parts of a location: ``$.stages[0].touchpoints[2].name``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else _key_part(part)
    return out


def _text_problem(value: str) -> str | None:
    if not value.isascii() and _SURROGATE.search(value):
        return file_msg("json.surrogate")
    return None


def _number_problem(value: float | int) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return file_msg("json.infinite")
    if abs(value) > MAX_NUMBER:
        return file_msg("json.too_large", f"{MAX_NUMBER:,.0f}")
    return None


def _all_fine(document: Any, check_text: bool) -> bool:
    """The quick pass of ``tree_problems``: no paths kept, stops at the first problem."""
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if depth >= MAX_DEPTH:
            return False
        is_dict = type(value) is dict
        if is_dict:
            for key in value:
                if len(key) > MAX_KEY or (check_text and _text_problem(key)):
                    return False
        for item in value.values() if is_dict else value:
            kind = type(item)
            if kind is str:
                if check_text and _text_problem(item):
                    return False
            elif kind is int or kind is float:
                if not -MAX_NUMBER <= item <= MAX_NUMBER:  # also False for NaN
                    return False
            elif kind is dict or kind is list:
                stack.append((item, depth + 1))
    return True


def tree_problems(document: Any, check_text: bool = True) -> list[Problem]:
    """What no map may hold anywhere, found without recursion: nesting deeper than
    ``MAX_DEPTH``, text that is not valid Unicode, keys that are too long, numbers that are
    not finite or too large. Each problem is named by its JSONPath.

    ``check_text=False`` skips the Unicode check, for documents whose source text has no
    ``\\uD800``-``\\uDFFF`` escape (the only way JSON text can hold a lone surrogate).
    """
    if not isinstance(document, dict | list):
        return []
    if _all_fine(document, check_text):
        return []
    problems: list[Problem] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack and len(problems) < MAX_TREE_PROBLEMS:
        value, parts = stack.pop()
        message: str | None = None
        if isinstance(value, str):
            message = _text_problem(value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            message = _number_problem(value)
        elif isinstance(value, dict | list):
            if len(parts) >= MAX_DEPTH:
                message = file_msg("json.too_deep", MAX_DEPTH)
            elif isinstance(value, list):
                stack.extend((item, (*parts, i)) for i, item in reversed(list(enumerate(value))))
            else:
                for key, item in reversed(list(value.items())):
                    key_message = _text_problem(key) or (
                        file_msg("json.long_key", f"{MAX_KEY:,}")
                        if len(key) > MAX_KEY
                        else None
                    )
                    if key_message is not None:
                        problems.append(Problem(json_path(parts), key_message))
                    else:
                        stack.append((item, (*parts, key)))
        if message is not None:
            problems.append(Problem(json_path(parts), message))
    return problems

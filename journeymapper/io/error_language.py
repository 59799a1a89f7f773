"""Model and file errors in the user's language without Qt (for the command line)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache

TYPE_CHECKING = False  # mypy reads the block below; at run time `typing` costs 3 ms of start-up
if TYPE_CHECKING:  # every command reads environment_language(): no model until an error
    from .errors import MapFileError

LANGUAGES = ("en", "ru", "uk", "lv")
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def environment_language(environ: Mapping[str, str] = os.environ) -> str:
    """The first language of $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG that we speak, else en."""
    for name in ENVIRONMENT:
        for item in environ.get(name, "").split(":"):
            code = item.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code in ("c", "posix"):
                return "en"
    return "en"


@cache
def templates(language: str) -> dict[str, str]:
    """English template -> its translation (built from the .ts files by `make translations`)."""
    if language == "en":
        return {}
    import json

    from ..resources import read_text

    table: dict[str, str] = json.loads(read_text("translations", f"errors_{language}.json"))
    return table


def say(message: str, language: str) -> str:
    """``message`` (a coded message or plain text) in ``language``."""
    from ..model.messages import localize
    from .messages import CATALOGUE

    table = templates(language)
    return localize(message, lambda template: table.get(template, template), CATALOGUE)


def command_text(language: str, code: str, *args: object) -> str:
    """The command line's message ``code`` (help, usage error, report) in ``language``
    (English without loading the model: `--help` stays quick)."""
    if language == "en":
        from .cli_words import english

        return english(code, *args)
    from .messages import cli_msg

    return say(cli_msg(code, *args), language)


def error_line(error: MapFileError, language: str) -> str:
    """``<file>: <what> at <where>`` and how many more problems, in ``language``."""
    if language == "en":
        return str(error)
    from .errors import one_line
    from .messages import file_msg

    source = one_line(say(error.source, language))
    line = f"{source}: {one_line(say(error.problems[0].text(), language))}"
    more = len(error.problems) - 1 + error.more
    return f"{line} {say(file_msg('file.more', more), language)}" if more else line


def error_report(error: MapFileError, language: str) -> list[str]:
    """Every problem kept, one line each, in ``language``."""
    if language == "en":
        return error.report()
    from .errors import one_line
    from .messages import file_msg

    source = one_line(say(error.source, language))
    lines = [f"{source}: {one_line(say(p.text(), language))}" for p in error.problems]
    if error.more:
        more = say(file_msg("file.more", error.more), language)
        lines.append(f"{source}: {more}")
    return lines

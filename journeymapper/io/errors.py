"""The error every reader raises for bad input: one line for the user, every problem kept."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.record import record
from .messages import file_msg

_CONTROL = re.compile("[\x00-\x1f\x7f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters shown as escapes (``\\n``)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@record
class Problem:
    """One thing wrong with an input, and where: a JSON path, ``line 12``, ``row 3, column x``."""

    where: str
    message: str

    def __str__(self) -> str:
        return one_line(self.text())

    def text(self) -> str:
        """The message and where, as a message a translation can fill in."""
        return file_msg("problem.at", self.message, self.where) if self.where else self.message


class MapFileError(Exception):
    """An input could not be read as a map. ``str()`` is one line: ``<file>: <what> at <where>``."""

    def __init__(
        self,
        source: str,
        problems: Sequence[Problem] | str,
        where: str = "",
        *,
        more: int = 0,
        more_exact: bool = True,
    ) -> None:
        if isinstance(problems, str):
            problems = [Problem(where, problems)]
        self.source = source
        self.problems: list[Problem] = list(problems) or [Problem("", file_msg("file.unknown"))]
        self.more = more  # problems found beyond those kept (the report stops at a fixed number)
        self.more_exact = more_exact  # False: there are at least ``more`` (counting stopped)
        super().__init__(str(self))

    def __str__(self) -> str:
        first = str(self.problems[0])
        more = len(self.problems) - 1 + self.more
        suffix = f" (and {self._count(more)} more problem{'s' if more > 1 else ''})" if more else ""
        return f"{one_line(self.source)}: {first}{suffix}"

    def report(self) -> list[str]:
        """Every problem kept, one line each, then "… and N more problems" if some were not."""
        lines = [f"{one_line(self.source)}: {p}" for p in self.problems]
        if self.more:
            plural = "s" if self.more > 1 else ""
            count = self._count(self.more)
            lines.append(f"{one_line(self.source)}: … and {count} more problem{plural}")
        return lines

    def _count(self, number: int) -> str:
        return f"{number:,}" if self.more_exact else f"at least {number:,}"

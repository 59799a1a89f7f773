"""The error every reader raises for bad input: one line for the user, every problem kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where: a JSON path, ``line 12``, ``row 3, column x``."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.message} at {self.where}" if self.where else self.message


class MapFileError(Exception):
    """An input could not be read as a map. ``str()`` is one line: ``<file>: <what> at <where>``."""

    def __init__(
        self, source: str, problems: Sequence[Problem] | str, where: str = "", *, more: int = 0
    ) -> None:
        if isinstance(problems, str):
            problems = [Problem(where, problems)]
        self.source = source
        self.problems: list[Problem] = list(problems) or [Problem("", "unknown problem")]
        self.more = more  # problems found beyond those kept (the report stops at a fixed number)
        super().__init__(str(self))

    def __str__(self) -> str:
        first = str(self.problems[0])
        more = len(self.problems) - 1 + self.more
        suffix = f" (and {more:,} more problem{'s' if more > 1 else ''})" if more else ""
        return f"{self.source}: {first}{suffix}"

    def report(self) -> list[str]:
        """Every problem kept, one line each, then "… and N more problems" if some were not."""
        lines = [f"{self.source}: {p}" for p in self.problems]
        if self.more:
            plural = "s" if self.more > 1 else ""
            lines.append(f"{self.source}: … and {self.more:,} more problem{plural}")
        return lines

"""Import benchmarks: a 10,000-task Mermaid journey and a 10,000-row CSV, read from memory."""

from __future__ import annotations

import random

from bench.generate import WORDS
from bench.timing import best_of, table
from journeymapper.io.csv_table import read_csv
from journeymapper.io.mermaid import read_mermaid

SIZES = (1_000, 10_000)
PERSONAS = ("Анна", "Олег", "Līga", "Mark")
CHANNELS = ("web", "app", "email", "phone", "store", "courier")


def _name(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def mermaid_text(tasks: int, sections: int, seed: int = 1) -> str:
    """A journey with ``tasks`` tasks in ``sections`` sections, 1–3 actors each."""
    rng = random.Random(seed)
    lines = ["journey", "    title Большой путь клиента"]
    for i in range(tasks):
        if i * sections // tasks != (i - 1) * sections // tasks or i == 0:
            lines.append(f"    section Posms {i * sections // tasks + 1} {_name(rng, 2)}")
        actors = ", ".join(rng.sample(PERSONAS, rng.randint(1, 3)))
        lines.append(f"      {_name(rng, 3)} {i}: {rng.randint(1, 5)}: {actors}")
    return "\n".join(lines) + "\n"


def csv_bytes(rows: int, stages: int, seed: int = 1) -> bytes:
    """A semicolon CSV with ``rows`` rows, one touchpoint per row, a pain on every tenth."""
    rng = random.Random(seed)
    lines = ["stage;touchpoint;channel;persona;emotion;pain_point;opportunity;comment"]
    for i in range(rows):
        pain = _name(rng, 4) if i % 10 == 0 else ""
        lines.append(
            f"Этап {i * stages // rows + 1};{_name(rng, 3)} {i};{rng.choice(CHANNELS)};"
            f"{rng.choice(PERSONAS)};{rng.randint(-2, 2)};{pain};;{_name(rng, 5)}"
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def main() -> str:
    rows = []
    for size in SIZES:
        text = mermaid_text(size, max(1, size // 25))
        data = csv_bytes(size, max(1, size // 25))
        mermaid = best_of(lambda t=text: read_mermaid(t, "bench.mmd"))
        sheet = best_of(lambda d=data: read_csv(d, "bench.csv"))
        rows.append((f"{size:,}", f"{len(text) / 1e6:.2f} MB", f"{mermaid:.2f}",
                     f"{len(data) / 1e6:.2f} MB", f"{sheet:.2f}"))  # fmt: skip
    return table(
        "Import (target for 10,000 tasks or rows: ≤ 1 s each)",
        ("tasks / rows", "Mermaid text", "read_mermaid s", "CSV bytes", "read_csv s"),
        rows,
    )


if __name__ == "__main__":
    print(main())  # noqa: T201

"""End to end from the command line, side by side in one run: poster and deck against plain
reportlab drawing the same cards (bench/raw_reportlab.py), PPTX and SVG, the deck's peak
memory and start-up. Medians of several runs taking turns (wall and CPU seconds of the child
process), and the load average the machine had around them."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.generate import make_map
from bench.timing import run_process, table
from journeymapper.io.jmap import save_map

SIZES = ((1_000, 40), (10_000, 200))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
STARTUP_RUNS = 9
# the 3 s for SVG/PPTX of 10,000 touchpoints was set where the raw script took 1.04 s
SVG_PPTX_RATIO = 3.0 / 1.04


def _timed(args: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one ``python args...`` child process (CPU
    from getrusage, in microseconds: os.times counts 10 ms ticks)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _median(args: Sequence[str], runs: int = RUNS) -> tuple[float, float]:
    times = [_timed(args) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def _export(source: Path, out: Path, *extra: str) -> list[str]:
    return ["-m", "journeymapper", "export", str(source), str(out), "--force", *extra]


def _pair(wall_cpu: tuple[float, float]) -> str:
    return f"{wall_cpu[0]:.2f} ({wall_cpu[1]:.2f})"


def _ratio(ours: tuple[float, float], floor: tuple[float, float]) -> str:
    return f"{ours[0] / floor[0]:.1f}× ({ours[1] / floor[1]:.1f}×)"


def _interleaved(commands: dict[str, list[str]]) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command, the commands taking turns run by run, so
    a change in the machine's load falls on all of them alike."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, args in commands.items():
            times[name].append(_timed(args))
    return {
        name: (statistics.median(t[0] for t in runs), statistics.median(t[1] for t in runs))
        for name, runs in times.items()
    }


def _pdf_rows(maps: dict[int, Path], folder: Path) -> tuple[list[list[str]], dict[str, list]]:
    rows, by_format = [], {"poster": [], "deck": [], "raw": [], "svg": [], "pptx": []}
    for n, source in maps.items():
        found = _interleaved(
            {
                "raw": ["-m", "bench.raw_reportlab", str(source), str(folder / "raw.pdf")],
                "poster": _export(source, folder / "p.pdf", "--layout", "poster"),
                "deck": _export(source, folder / "d.pdf", "--layout", "slides"),
                "svg": _export(source, folder / "m.svg"),
                "pptx": _export(source, folder / "m.pptx"),
            }
        )
        raw, poster, deck, svg, pptx = (found[k] for k in ("raw", "poster", "deck", "svg", "pptx"))
        for name, value in zip(by_format, (poster, deck, raw, svg, pptx), strict=True):
            by_format[name].append(value)
        rows.append([f"{n:,}", _pair(poster), _pair(deck), _pair(raw),
                     _ratio(poster, raw), _ratio(deck, raw), _pair(svg), _pair(pptx),
                     _ratio(svg, raw), _ratio(pptx, raw)])  # fmt: skip
    return rows, by_format


def _growth_row(by_format: dict[str, list]) -> list[str]:
    """How much longer 10× the touchpoints take, per format (target ≤ 10×)."""
    return ["10× touchpoints"] + [
        f"{by_format[name][1][0] / by_format[name][0][0]:.1f}×"
        for name in ("poster", "deck", "raw")
    ] + ["", ""] + [
        f"{by_format[name][1][0] / by_format[name][0][0]:.1f}×" for name in ("svg", "pptx")
    ] + ["", ""]  # fmt: skip


def _startup_rows(small: Path) -> list[list[str]]:
    rows = []
    for label, args in (
        ("--version", ["--version"]),
        ("--help", ["--help"]),
        ("info (14-card sample)", ["info", str(small)]),
    ):
        wall, cpu = _median(["-m", "journeymapper", *args], STARTUP_RUNS)
        rows.append([label, f"{wall * 1000:.0f}", f"{cpu * 1000:.0f}"])
    wall, cpu = _median(["-c", "pass"], STARTUP_RUNS)
    rows.append(["python -c pass (the floor)", f"{wall * 1000:.0f}", f"{cpu * 1000:.0f}"])
    return rows


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f}"


def main() -> str:
    load_before = _load()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        maps = {}
        for touchpoints, stages in SIZES:
            maps[touchpoints] = folder / f"map-{touchpoints}.jmap"
            save_map(make_map(touchpoints, stages), maps[touchpoints])
        rows, by_format = _pdf_rows(maps, folder)
        rows.append(_growth_row(by_format))
        _wall, peak = run_process(_export(maps[10_000], folder / "peak.pdf"))
        sample = Path(__file__).parent.parent / "journeymapper/resources/samples/sample.jmap"
        startup = _startup_rows(sample)
    header = ["touchpoints", "poster s", "deck s", "raw reportlab s", "poster ÷ raw",
              "deck ÷ raw", "SVG s", "PPTX s", "SVG ÷ raw", "PPTX ÷ raw"]  # fmt: skip
    return "\n\n".join(
        (
            table(
                f"End to end (CLI; median of {RUNS}: wall s, CPU s in brackets; targets: poster ≤ "
                "1.5× raw, deck ≤ 3× raw, SVG/PPTX of 10,000 ≤ 3 s where raw takes 1.04 s, "
                f"i.e. ≤ {SVG_PPTX_RATIO:.1f}× raw, 10× touchpoints ≤ 10× time)",
                header,
                rows,
            ),
            f"Peak memory of the 10,000-touchpoint deck: {peak:.0f} MB (target ≤ 250 MB)",
            f"Load average (1 / 5 / 15 min) before: {load_before}, after: {_load()} "
            f"on {os.cpu_count()} cores",
            table(
                f"Start-up (median of {STARTUP_RUNS}; targets: --version/--help ≤ 50 ms, "
                "info ≤ 80 ms)",
                ["command", "wall ms", "CPU ms"],
                startup,
            ),
        )
    )


if __name__ == "__main__":
    print(main())  # noqa: T201

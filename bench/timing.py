"""Small timing helpers shared by the benchmarks: best-of-N wall time and peak memory."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any


def best_of(function: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


# Runs ``-m module args...`` and reports the child's own peak RSS (VmHWM, reset by exec;
# getrusage's ru_maxrss is not: Linux carries the forking parent's peak over into the child).
_WRAPPER = """
import atexit, runpy, sys
def _peak():
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('VmHWM'):
                sys.stderr.write('\\nPEAK_KB ' + line.split()[1] + '\\n')
atexit.register(_peak)
sys.argv = sys.argv[2:]
runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)
"""


def run_process(args: Sequence[str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MB) of one whole ``-m module ...`` command, start-up included."""
    if args[0] != "-m":
        raise ValueError("run_process runs modules: ['-m', 'name', ...]")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - start
    peak = [line for line in done.stderr.splitlines() if line.startswith("PEAK_KB ")]
    return elapsed, int(peak[-1].split()[1]) / 1024


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table (Markdown-compatible) for the README."""
    cells = [list(map(str, header))] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [f"### {title}", ""]
    for n, row in enumerate(cells):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)

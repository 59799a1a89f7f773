"""`python -m bench` (`make bench`): run every benchmark module and print its table."""

from __future__ import annotations

import importlib
import pkgutil
import platform
import sys
from pathlib import Path

import bench


def _machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    import os

    system = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores"
    return f"{system}, {cpu}, Python {platform.python_version()}"


def main(names: list[str]) -> None:
    sys.stdout.write(f"Machine: {_machine()}\n\n")
    modules = sorted(
        m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_")
    )
    for name in modules:
        if names and not any(n in name for n in names):
            continue
        module = importlib.import_module(f"bench.{name}")
        sys.stdout.write(module.main() + "\n\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])

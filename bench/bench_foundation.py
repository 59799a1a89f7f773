"""Foundation benchmarks: load+validate, save and `info` on 1,000 and 10,000 touchpoints."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.generate import make_map
from bench.timing import best_of, run_process, table
from journeymapper.io.jmap import dumps_map, load_map, save_map

SIZES = ((1_000, 40), (10_000, 400))


def main() -> str:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for touchpoints, stages in SIZES:
            journey = make_map(touchpoints, stages)
            path = Path(folder) / f"map-{touchpoints}.jmap"
            save_map(journey, path)
            size_mb = path.stat().st_size / 1e6
            load = best_of(lambda p=path: load_map(p))
            save = best_of(lambda j=journey, p=path: save_map(j, p))
            dump = best_of(lambda j=journey: dumps_map(j))
            info, info_mb = run_process(["-m", "journeymapper", "info", str(path), "--json"])
            rows.append(
                (
                    f"{touchpoints:,} / {stages}",
                    f"{size_mb:.1f} MB",
                    f"{load:.2f}",
                    f"{save:.2f}",
                    f"{dump:.2f}",
                    f"{info:.2f}",
                    f"{info_mb:.0f}",
                )
            )
    return table(
        "Foundation (targets for 10,000: load ≤ 1 s, save ≤ 0.5 s, info ≤ 1.5 s, ≤ 200 MB)",
        ("touchpoints / stages", "file", "load+validate s", "save s", "serialize s",
         "info end to end s", "info peak MB"),
        rows,
    )  # fmt: skip


if __name__ == "__main__":
    print(main())  # noqa: T201

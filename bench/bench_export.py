"""Export benchmark: poster, slides, PNG, SVG and PPTX of 1,000 and 10,000 touchpoints."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from bench.generate import make_map
from bench.timing import best_of, run_process, table
from journeymapper.export.options import ExportOptions
from journeymapper.export.pdf import export_pdf
from journeymapper.export.png import export_png
from journeymapper.export.pptx import export_pptx
from journeymapper.export.svg import export_svg
from journeymapper.io.jmap import save_map
from journeymapper.layout import compute_layout, get_theme
from journeymapper.layout.fonts import register_fonts
from journeymapper.model import JourneyMap
from journeymapper.render.draw_map import draw_map, persona_colours

SIZES = ((1_000, 40), (10_000, 200))
PPTX_LIMIT = 10_000  # the PowerPoint painter writes DrawingML text, so every size runs


class _Counter:
    """A painter that only counts what a poster draws."""

    def __init__(self) -> None:
        self.shapes = 0
        self.texts = 0

    def rect(self, *args: object, **kwargs: object) -> None:
        self.shapes += 1

    polyline = polygon = circle = curve = rect

    def block(self, lines: list[object]) -> None:
        self.texts += len(lines)

    def text(self, *args: object, **kwargs: object) -> None:
        self.texts += 1


def _by_hand(shapes: int, texts: int) -> float:
    """reportlab alone drawing the same number of boxes and strings (the floor)."""
    register_fonts()

    def draw() -> None:
        canvas = Canvas(io.BytesIO(), pagesize=(1190, 842), initialFontName="DejaVuSans")
        for i in range(shapes):
            canvas.rect(i % 1000, i % 800, 10, 8, stroke=1, fill=1)
        canvas.setFont("DejaVuSans", 6)
        for i in range(texts):
            canvas.drawString(i % 1000, i % 800, f"Touchpoint text {i}")
        canvas.save()

    return best_of(draw, 1)


def _row(journey: JourneyMap, folder: Path, n: int) -> list[object]:
    times = {}
    jobs = {
        "poster": lambda: export_pdf(journey, folder / "p.pdf", ExportOptions(layout="poster")),
        "slides": lambda: export_pdf(journey, folder / "s.pdf", ExportOptions(layout="slides")),
        "png": lambda: export_png(journey, folder / "m.png", ExportOptions(dpi=150)),
        "svg": lambda: export_svg(journey, folder / "m.svg", ExportOptions()),
        "pptx": lambda: export_pptx(journey, folder / "m.pptx", ExportOptions()),
    }
    for name, job in jobs.items():
        if name == "pptx" and n > PPTX_LIMIT:
            times[name] = "skipped"
            continue
        times[name] = f"{best_of(job, 1):.2f}"
    counter = _Counter()
    theme = get_theme("light")
    draw_map(counter, journey, compute_layout(journey), theme, persona_colours(journey, theme))
    ours = best_of(lambda: export_pdf(journey, folder / "p.pdf", ExportOptions(layout="poster")), 1)
    ratio = ours / _by_hand(counter.shapes, counter.texts)
    source = folder / "map.jmap"
    save_map(journey, source)
    cli_poster, peak = run_process(
        ["-m", "journeymapper", "export", str(source), str(folder / "c.pdf"), "--layout", "poster"]
    )
    cli_slides, peak2 = run_process(
        ["-m", "journeymapper", "export", str(source), str(folder / "c2.pdf")]
    )
    cli_png, peak3 = run_process(
        ["-m", "journeymapper", "export", str(source), str(folder / "c.png")]
    )
    return [
        f"{n:,}",
        times["poster"],
        times["slides"],
        times["png"],
        times["svg"],
        times["pptx"],
        f"{cli_poster:.2f} / {cli_slides:.2f} / {cli_png:.2f}",
        f"{max(peak, peak2, peak3):.0f}",
        f"{ratio:.1f}×",
    ]


def main() -> str:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for touchpoints, stages in SIZES:
            rows.append(_row(make_map(touchpoints, stages), Path(tmp), touchpoints))
    header = [
        "touchpoints",
        "poster s",
        "slides s",
        "PNG 150dpi s",
        "SVG s",
        "PPTX s",
        "CLI poster/slides/PNG s",
        "CLI peak MB",
        "poster ÷ reportlab by hand",
    ]
    return table("Export (in-process seconds; CLI end to end incl. start-up)", header, rows)


if __name__ == "__main__":
    print(main())  # noqa: T201

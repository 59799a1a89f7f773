"""The floor for the PDF exports: plain reportlab drawing each card of a .jmap as a box,
two lines of text and a small curve, on one page, with the same embedded DejaVu font.

``python -m bench.raw_reportlab IN.jmap OUT.pdf`` (reads the file with ``json`` alone,
no validation, no layout): `make bench` times it end to end beside our poster and deck.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONTS = Path(__file__).resolve().parent.parent / "journeymapper" / "resources" / "fonts"
CARD_W, CARD_H, GAP = 120.0, 60.0, 8.0


def draw(source: Path, out: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    cards = [card for stage in data["stages"] for card in stage["touchpoints"]]
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    columns = max(1, int(len(cards) ** 0.5 * 1.6))
    rows = -(-len(cards) // columns)
    width, height = columns * (CARD_W + GAP) + GAP, rows * (CARD_H + GAP) + GAP
    canvas = Canvas(str(out), pagesize=(width, height), pageCompression=1, invariant=1)
    canvas.setFont("DejaVuSans", 7)
    canvas.setStrokeColorRGB(0.4, 0.4, 0.5)
    for i, card in enumerate(cards):
        x = GAP + (i % columns) * (CARD_W + GAP)
        y = height - (i // columns + 1) * (CARD_H + GAP)
        canvas.setFillColorRGB(0.95, 0.96, 1.0)
        canvas.roundRect(x, y, CARD_W, CARD_H, 4, stroke=1, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.2)
        canvas.drawString(x + 4, y + CARD_H - 10, card["name"][:40])
        canvas.drawString(x + 4, y + CARD_H - 20, card.get("description", "")[:40])
        canvas.bezier(x + 4, y + 8, x + 40, y + 30, x + 80, y + 2, x + CARD_W - 4, y + 20)
    canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    draw(Path(sys.argv[1]), Path(sys.argv[2]))

"""A PNG reopens as its map at any size: the map chunk is read without decoding pixels."""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from bench.generate import make_map
from journeymapper.cli import run_headless
from journeymapper.export.options import ExportOptions
from journeymapper.export.png import export_png
from journeymapper.io.jmap import dumps_map, load_map
from journeymapper.model import JourneyMap


def test_the_10000_card_map_round_trips_through_png(tmp_path: Path) -> None:
    """Its JSON (7.5 MB) is far above Pillow's 1 MB text limit; it still reopens, whole."""
    journey = make_map(10_000, 400)
    path = tmp_path / "big.png"
    assert export_png(journey, path, ExportOptions(dpi=10)) == []
    expected = dumps_map(journey)
    assert len(expected) > 5_000_000
    assert dumps_map(load_map(path)) == expected


def _with_size(png: bytes, width: int, height: int) -> bytes:
    """The same PNG claiming another pixel size in its header (its pixels are never read)."""
    header = b"IHDR" + struct.pack(">II", width, height) + png[24:29]
    crc = struct.pack(">I", zlib.crc32(header))
    return png[:12] + header + crc + png[33:]


def _png(journey: JourneyMap | None) -> bytes:
    info = PngInfo()
    if journey is not None:
        info.add_itxt("journeymapper", dumps_map(journey).decode("utf-8"), zip=True)
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG", pnginfo=info)
    return out.getvalue()


@pytest.mark.parametrize("size", [(20_000, 20_000), (10_000, 10_000)])
def test_huge_pixel_counts_neither_crash_nor_warn(
    small_map: JourneyMap, tmp_path: Path, size: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """400 megapixels was a DecompressionBombError traceback; 100 a multi-line warning."""
    with_map = tmp_path / "poster.png"
    with_map.write_bytes(_with_size(_png(small_map), *size))
    without = tmp_path / "photo.png"
    without.write_bytes(_with_size(_png(None), *size))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_map(with_map).title == small_map.title
        assert run_headless(["validate", str(with_map)]) == 0
        assert run_headless(["validate", str(without)]) == 1
    err = capsys.readouterr().err
    assert (
        err == f"error: {without}: is a PNG image without an embedded map "
        "(export one from JourneyMapper)\n"
    )


def test_a_damaged_map_chunk_is_one_clear_error(small_map: JourneyMap, tmp_path: Path) -> None:
    data = bytearray(_png(small_map))
    at = data.index(b"iTXt") + 40
    data[at] ^= 0xFF
    path = tmp_path / "damaged.png"
    path.write_bytes(bytes(data))
    assert run_headless(["validate", str(path)]) == 1
    cut = tmp_path / "cut.png"
    cut.write_bytes(_png(small_map)[:200])
    assert run_headless(["validate", str(cut)]) == 1

"""The map inside an exported PNG: its text chunk read without decoding a single pixel.

A PNG is a signature and a chain of chunks (length, type, data, CRC). The map travels in an
``iTXt`` (or ``tEXt``/``zTXt``) chunk with the keyword ``journeymapper``; this reader walks the
chunks up to that one and inflates it with the same limit as any .jmap file. The image size
plays no part, so a poster of any size reopens, and a decompression bomb of pixels is harmless.
"""

from __future__ import annotations

import struct
import zlib

from .errors import MapFileError
from .messages import file_msg

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEYWORD = "journeymapper"
_TEXT_CHUNKS = (b"iTXt", b"tEXt", b"zTXt")

DAMAGED = file_msg("png.damaged")
NO_MAP = file_msg("png.no_map")
EMBEDDED = file_msg("where.embedded")


def _inflate(data: bytes, limit: int, source: str) -> bytes:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise MapFileError(source, DAMAGED, EMBEDDED) from None
    if len(text) > limit:
        raise MapFileError(source, file_msg("png.too_large", f"{limit:,}"))
    return text


def _text_of(kind: bytes, body: bytes, limit: int, source: str) -> bytes | None:
    """The UTF-8 text of a ``journeymapper`` text chunk, None for another keyword."""
    keyword, sep, rest = body.partition(b"\x00")
    if not sep or keyword != PNG_KEYWORD.encode("latin-1"):
        return None
    if kind == b"tEXt":
        return rest.decode("latin-1").encode("utf-8")
    if kind == b"zTXt":
        return _inflate(rest[1:], limit, source).decode("latin-1").encode("utf-8")
    if len(rest) < 2:
        raise MapFileError(source, DAMAGED, EMBEDDED)
    compressed, method = rest[0], rest[1]
    parts = rest[2:].split(b"\x00", 2)  # language tag, translated keyword, text
    if len(parts) < 3 or method != 0:
        raise MapFileError(source, DAMAGED, EMBEDDED)
    return _inflate(parts[2], limit, source) if compressed else parts[2]


def map_text_from_png(data: bytes, source: str, limit: int) -> bytes:
    """The map JSON embedded in PNG bytes; MapFileError if damaged or without a map."""
    if not data.startswith(PNG_SIGNATURE):
        raise MapFileError(source, DAMAGED)
    at = len(PNG_SIGNATURE)
    while at + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        end = at + 8 + length + 4
        if end > len(data):
            raise MapFileError(source, file_msg("png.ends_early"))
        body = data[at + 8 : end - 4]
        if kind in _TEXT_CHUNKS and body.startswith(PNG_KEYWORD.encode("latin-1") + b"\x00"):
            (crc,) = struct.unpack(">I", data[end - 4 : end])
            if zlib.crc32(kind + body) != crc:
                raise MapFileError(source, DAMAGED, EMBEDDED)
            text = _text_of(kind, body, limit, source)
            if text is not None:
                return text
        if at == len(PNG_SIGNATURE) and kind != b"IHDR":
            break
        if kind == b"IEND":
            raise MapFileError(source, NO_MAP)
        at = end
    raise MapFileError(source, DAMAGED)

"""Reading an input file safely: regular files only, never more than a size limit."""

from __future__ import annotations

import os
import stat

from .errors import MapFileError
from .messages import file_msg, os_reason

MB = 1024 * 1024


def _limit_text(limit: int) -> str:
    if limit >= MB:
        return file_msg("size.mb", f"{limit / MB:,.0f}")
    return file_msg("size.bytes", f"{limit:,}")


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of ``path``; MapFileError if it is missing, not a regular file (a folder,
    a device such as /dev/zero, a pipe or socket), unreadable or larger than ``limit``.

    The file is opened without blocking, so a pipe swapped in after the check cannot hang
    the reader, and at most ``limit + 1`` bytes are ever read.
    """
    source = os.fsdecode(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise MapFileError(source, file_msg("os.is_folder"))
        if not stat.S_ISREG(info.st_mode):
            raise MapFileError(source, file_msg("input.not_regular"))
        if info.st_size > limit:
            raise MapFileError(
                source,
                file_msg("input.too_large_size", f"{info.st_size / MB:,.1f}", _limit_text(limit)),
            )
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise MapFileError(source, file_msg("input.not_regular"))
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise MapFileError(source, file_msg("input.missing")) from None
    except PermissionError:
        raise MapFileError(source, file_msg("input.unreadable", file_msg("os.denied"))) from None
    except IsADirectoryError:
        raise MapFileError(source, file_msg("os.is_folder")) from None
    except OSError as exc:
        raise MapFileError(source, file_msg("input.unreadable", os_reason(exc))) from None
    if len(data) > limit:
        raise MapFileError(source, file_msg("input.too_large", _limit_text(limit)))
    return data

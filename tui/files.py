"""Reading a user's file without trusting it: regular files only, size-checked before reading.

A named pipe would block the read forever, `/dev/zero` never ends and a 50 MB file would
freeze the screen; each is refused by what it is, before a byte is read, in a message fit to
show. Articles, quizzes, answer files and the keymap are all read through `read_limited`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class FileRefused(Exception):
    """A file that is not read: missing, not a regular file, too large, or unreadable.

    `reason` is the message without the path ("is a named pipe (FIFO), not a file ...").
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size:,} bytes"


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes; else FileRefused.

    `what` names the file for the messages ("an article file"). The type is checked with stat
    before opening and again on the open descriptor (opened non-blocking, so a file swapped
    for a pipe in between cannot hang), and no more than `limit` + 1 bytes are ever read.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileRefused(path, "no such file") from None
    except OSError as error:
        raise FileRefused(path, _os_reason(error)) from None
    kind = _kind_of(info.st_mode)
    if kind is not None:
        raise FileRefused(path, f"is {kind}, not {what}; whosays reads only regular files")
    if info.st_size > limit:
        raise FileRefused(
            path, f"is {_size_text(info.st_size)}; {what} may be at most {_size_text(limit)}"
        )
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise FileRefused(path, _os_reason(error)) from None
    with os.fdopen(descriptor, "rb") as handle:
        kind = _kind_of(os.fstat(handle.fileno()).st_mode)
        if kind is not None:
            raise FileRefused(path, f"is {kind}, not {what}")
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise FileRefused(path, _os_reason(error)) from None
    if len(data) > limit:
        # It grew since it was measured, or it is a file whose size stat does not know.
        raise FileRefused(path, f"is larger than {_size_text(limit)}, the most {what} may be")
    return data


def _os_reason(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read: permission denied"
    return f"cannot be read: {error.strerror or error}"


def byte_position(data: bytes, index: int) -> tuple[int, int]:
    """The 1-based (line, column) of byte `index`, for "not UTF-8 at line L, column C"."""
    line = data.count(b"\n", 0, index) + 1
    column = index - (data.rfind(b"\n", 0, index) + 1) + 1
    return line, column

"""Reading files with limits that hold whatever the file is: a pipe, a device, a file
that grows while it is read.

Writing is atomic (:func:`write_atomic`): a file is written whole beside its target and
then put in its place, so a write that fails part-way leaves the previous file as it was.

A size on disk says nothing about ``/dev/zero`` or a named pipe, so the limits are
counted while reading: :func:`read_text` stops one byte past its limit, and
:func:`limited_lines` hands a CSV reader lines of bounded length, counting what it
has read.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["TooLarge", "limited_lines", "read_text", "write_atomic"]


class TooLarge(Exception):
    """A file or a line passed a limit.

    Attributes:
        what: What passed it (``"the file"``, ``"line 3"``).
        limit: The limit, in bytes for a file, in characters for lines and text.
        line: The line at which it was passed, when lines are read.
    """

    def __init__(self, what: str, limit: int, unit: str, line: int | None = None) -> None:
        super().__init__(f"{what} is longer than {limit:,} {unit}")
        self.what, self.limit, self.line = what, limit, line


def read_text(path: str | os.PathLike[str], limit: int) -> str:
    """The UTF-8 text of a file of at most ``limit`` bytes, read as it goes.

    Raises:
        TooLarge: the file holds more than ``limit`` bytes.
        OSError: the file cannot be opened or read.
        UnicodeDecodeError: the bytes are not UTF-8.
    """
    with open(path, "rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge("the file", limit, "bytes")
    return data.decode("utf-8")


def limited_lines(
    stream: TextIO, limit: int, longest: int, most_lines: int | None = None
) -> Iterator[str]:
    """The lines of ``stream``, refused past ``limit`` characters in all, ``longest`` in
    one line (a file with no line break is read ``longest`` characters at most) or
    ``most_lines`` lines.

    Raises:
        TooLarge: naming the line at which a limit was passed.
    """
    total = 0
    number = 0
    while True:
        line = stream.readline(longest + 1)
        if not line:
            return
        number += 1
        if most_lines is not None and number > most_lines:
            raise TooLarge("the file", most_lines, "lines", number)
        total += len(line)
        if len(line) > longest:
            raise TooLarge(f"line {number}", longest, "characters", number)
        if total > limit:
            raise TooLarge("the file", limit, "characters", number)
        yield line


def write_atomic(path: str | os.PathLike[str], write: Callable[[str], object]) -> None:
    """Write a file whole or not at all: ``write`` writes a temporary file (its path is
    given) in the same folder, with the same suffix, which then replaces ``path``.

    If ``write`` raises, the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=target.suffix, dir=target.parent or "."
    )
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise

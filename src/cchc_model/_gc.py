"""Pausing Python's cycle collector around work that builds many objects and no cycles."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused_gc"]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector, then restore it as it was.

    Building or walking hundreds of thousands of small frozen objects (observations,
    roll-ups, results) otherwise triggers full collections that scan all of them, and
    none of these objects form reference cycles.
    """
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()

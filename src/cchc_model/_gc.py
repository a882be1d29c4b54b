"""Pausing Python's cycle collector while the library builds many objects and no cycles.

Reading observations and loading the national tree build hundreds of thousands of small
frozen objects, none in a reference cycle; the collector would otherwise scan all of them
again and again (``benchmarks/bench_observations.py`` shows a set of 300,000 rows built
in about two thirds of the time with the pause). The pause is used only there, never
around a dataframe library's work.

The pause nests and is shared between threads: the collector is switched off by the
first pause to begin and back on (if it was on) when the last one ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["paused_gc"]


class _Pause:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = False


_PAUSE = _Pause()


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector for the block, then restore it as it was."""
    with _PAUSE.lock:
        if _PAUSE.depth == 0:
            _PAUSE.was_enabled = gc.isenabled()
            gc.disable()
        _PAUSE.depth += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.depth -= 1
            if _PAUSE.depth == 0 and _PAUSE.was_enabled:
                gc.enable()

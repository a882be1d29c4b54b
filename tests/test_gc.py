"""The cycle collector's pause nests, is shared between threads, and restores the state."""

from __future__ import annotations

import gc
import threading

from cchc_model._gc import paused_gc


def test_a_nested_pause_restores_the_collector_at_the_outer_end() -> None:
    """Only the outermost pause switches the collector back on."""
    assert gc.isenabled()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner end leaves it off
    assert gc.isenabled()


def test_a_pause_keeps_a_collector_that_was_off_off() -> None:
    """A collector the user switched off stays off."""
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_in_two_threads_end_together() -> None:
    """A thread's pause ending does not switch the collector on under another's."""
    inside, release, seen = threading.Event(), threading.Event(), []

    def hold() -> None:
        with paused_gc():
            inside.set()
            release.wait(5)

    other = threading.Thread(target=hold)
    other.start()
    inside.wait(5)
    with paused_gc():
        pass
    seen.append(gc.isenabled())  # the other thread still pauses it
    release.set()
    other.join(5)
    assert seen == [False]
    assert gc.isenabled()

"""What the machine can run: the optional engines, and those that need more than pip."""

from __future__ import annotations

import importlib
import os
import shutil
from types import ModuleType

import pytest

#: Set (by `.ci/run`) to make a missing engine a failure rather than a skip.
ALL_ENGINES = "CCHC_ALL_ENGINES"


def java_missing() -> str | None:
    """Why PySpark cannot run here (no Java runtime), or None when it can.

    Fails the calling test instead when ``CCHC_ALL_ENGINES`` is set.
    """
    if shutil.which("java") is not None:
        return None
    reason = "PySpark needs a Java runtime (apt-get install default-jre-headless)"
    if os.environ.get(ALL_ENGINES):
        pytest.fail(f"{reason}; {ALL_ENGINES} is set, so every engine must run")
    return reason


def need(module: str) -> ModuleType:
    """``module`` imported; a skip when it is not installed, or a failure when
    ``CCHC_ALL_ENGINES`` is set (every engine must then run)."""
    if os.environ.get(ALL_ENGINES):
        return importlib.import_module(module)
    return pytest.importorskip(module)

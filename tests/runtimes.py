"""What the machine can run: engines that need more than pip installs."""

from __future__ import annotations

import os
import shutil

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

"""Shared pytest configuration for the test suite."""

from __future__ import annotations

import pytest
from hypothesis import settings

# Time is measured by the benchmarks, never by the tests: no example fails for being
# slow on a loaded machine.
settings.register_profile("cchc", deadline=None)
settings.load_profile("cchc")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow_engine: a dataframe engine that takes seconds per evaluation "
        "(SQLFrame, Dask on a cluster, PySpark); deselect with -m 'not slow_engine'",
    )

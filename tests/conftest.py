"""Shared pytest configuration for the test suite."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow_engine: a dataframe engine that takes seconds per evaluation "
        "(SQLFrame, Dask on a cluster, PySpark); deselect with -m 'not slow_engine'",
    )

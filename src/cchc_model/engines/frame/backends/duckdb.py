"""DuckDB: relations in the user's connection, HUGEINT products."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from ..backend import Backend, register

__all__ = ["DuckDBBackend"]


@register
class DuckDBBackend(Backend):
    """DuckDB relations, in the connection they belong to (the default one otherwise)."""

    implementations = ("duckdb",)
    name = "duckdb"
    wide_type = "Int128"

    def _connection(self) -> Any:
        if self.hint is not None:
            return self.hint
        return importlib.import_module("duckdb").default_connection()

    def from_arrow(self, arrow: Any, schema: Mapping[str, Any]) -> Any:
        return self.nw.from_native(self._connection().from_arrow(arrow))

    def materialise(self, frame: Any) -> Any:
        arrow = frame.collect("pyarrow").to_native()
        return self.nw.from_native(self._connection().from_arrow(arrow))

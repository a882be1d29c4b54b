"""DuckDB: relations in the user's connection, HUGEINT products."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from ..backend import Backend, register
from ..types import ArrowTable, Connection, Frame, NarwhalsDType

__all__ = ["DuckDBBackend"]


@register
class DuckDBBackend(Backend):
    """DuckDB relations, in the connection they belong to (the default one otherwise)."""

    implementations = ("duckdb",)
    name = "duckdb"
    wide_type = "Int128"

    def _connection(self) -> Connection:
        if self.hint is not None:
            return self.hint
        return importlib.import_module("duckdb").default_connection()

    def from_arrow(self, arrow: ArrowTable, schema: Mapping[str, NarwhalsDType]) -> Frame:
        made: Frame = self.nw.from_native(self._connection().from_arrow(arrow))
        return made

    def materialise(self, frame: Frame) -> Frame:
        arrow = frame.collect("pyarrow").to_native()
        made: Frame = self.nw.from_native(self._connection().from_arrow(arrow))
        return made

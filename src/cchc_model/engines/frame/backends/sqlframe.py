"""SQLFrame: the PySpark API compiled to SQL (here on DuckDB sessions)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from ..backend import Backend, register
from ..types import ArrowTable, Connection, Frame, NarwhalsDType, NativeFrame
from .pyspark import spark_rows

__all__ = ["SQLFrameBackend"]


@register
class SQLFrameBackend(Backend):
    """SQLFrame DataFrames, in the session they belong to."""

    implementations = ("sqlframe",)
    name = "sqlframe"

    @classmethod
    def hint_of(cls, native: NativeFrame, connection: Connection) -> Connection:
        return native.session

    def _duckdb(self) -> Connection:
        connection = getattr(self.hint, "_connection", None)
        return connection if type(connection).__module__.startswith("duckdb") else None

    def _name(self) -> str:
        # Never made twice: SQLFrame keeps a table's columns by its name for the session's
        # life, so a name made again (from the id of an adapter gone, say) would be read
        # with the columns of the table it named first.
        return f"cchc_batch_{uuid.uuid4().hex}"

    def from_arrow(self, arrow: ArrowTable, schema: Mapping[str, NarwhalsDType]) -> Frame:
        connection = self._duckdb()
        if connection is None:
            return spark_rows(self, arrow, schema)
        # SQLFrame writes rows as a VALUES list that takes seconds to parse; a table
        # loaded from Arrow in the session's own DuckDB is read by name instead
        name = self._name()
        view = f"{name}_arrow"
        connection.register(view, arrow)
        connection.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM {view}")
        connection.unregister(view)
        made: Frame = self.nw.from_native(self.hint.read.table(name))
        return made

    def materialise(self, frame: Frame) -> Frame:
        name = self._name()
        frame.to_native().write.saveAsTable(name, mode="overwrite")
        made: Frame = self.nw.from_native(self.hint.read.table(name))
        return made

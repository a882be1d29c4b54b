"""PySpark: DataFrames in the user's session; results computed once by checkpoints."""

from __future__ import annotations

from collections.abc import Mapping

from ..backend import Backend, register
from ..types import ArrowTable, Connection, Frame, NarwhalsDType, NativeFrame

__all__ = ["PySparkBackend", "spark_rows"]


def spark_rows(backend: Backend, arrow: ArrowTable, schema: Mapping[str, NarwhalsDType]) -> Frame:
    """A pyarrow table as a DataFrame of a Spark-like session (``backend.hint``)."""
    nw = backend.nw
    ddl: dict[NarwhalsDType, str] = {
        nw.Int64: "bigint",
        nw.String: "string",
        nw.Boolean: "boolean",
    }
    names = list(schema)
    rows = [tuple(row[name] for name in names) for row in arrow.to_pylist()]
    empty = not rows
    if empty:  # engines make an empty VALUES list badly: one row, filtered out
        rows = [tuple(None for _ in names)]
    made: Frame = nw.from_native(
        backend.hint.createDataFrame(
            rows, schema=", ".join(f"{name} {ddl[schema[name]]}" for name in names)
        )
    )
    if empty:
        first = names[0]
        made = made.filter(nw.col(first).is_null() & ~nw.col(first).is_null())
    return made


@register
class PySparkBackend(Backend):
    """PySpark DataFrames (classic and Spark Connect), in the session they belong to."""

    implementations = ("pyspark", "pyspark[connect]")
    name = "pyspark"

    @classmethod
    def hint_of(cls, native: NativeFrame, connection: Connection) -> Connection:
        return native.sparkSession

    def from_arrow(self, arrow: ArrowTable, schema: Mapping[str, NarwhalsDType]) -> Frame:
        return spark_rows(self, arrow, schema)

    def materialise(self, frame: Frame) -> Frame:
        made: Frame = self.nw.from_native(frame.to_native().localCheckpoint())
        return made

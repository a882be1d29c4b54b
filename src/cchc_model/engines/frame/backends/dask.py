"""Dask: dask.dataframe collections, persisted where a result is read again."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from ..backend import Backend, register

__all__ = ["DaskBackend"]


def _nullable_types() -> Any:
    pd = importlib.import_module("pandas")
    pa = importlib.import_module("pyarrow")
    mapping = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    return mapping.get


@register
class DaskBackend(Backend):
    """dask.dataframe collections (on the default scheduler or a distributed client)."""

    implementations = ("dask",)
    name = "dask"
    null_conditions_are_false = False

    def from_arrow(self, arrow: Any, schema: Mapping[str, Any]) -> Any:
        dd = importlib.import_module("dask.dataframe")
        frame = arrow.to_pandas(types_mapper=_nullable_types())
        return self.nw.from_native(dd.from_pandas(frame, npartitions=1))

    def materialise(self, frame: Any) -> Any:
        return self.nw.from_native(frame.to_native().persist())

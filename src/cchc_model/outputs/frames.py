"""An evaluation as a tidy pandas DataFrame (pandas is an optional extra)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..exceptions import CchcError

if TYPE_CHECKING:
    from ..rules.results import EvaluationLike

__all__ = ["to_frame"]


def to_frame(evaluation: EvaluationLike) -> Any:
    """A DataFrame with one row per result (the columns of :data:`records.COLUMNS`).

    ``observed``, ``threshold``, ``gap`` and ``coverage`` hold exact text;
    ``observed_value``, ``threshold_value``, ``gap_value`` and ``coverage_value`` the
    same numbers as floats (``NaN`` where there is none) for plotting and sorting, never
    for comparing against thresholds; ``observed_num`` and ``observed_den`` the exact
    observed value as nullable integers (``Int64``, or Python ints when one does not fit
    in 64 bits); ``aspirational`` is boolean and ``depth`` an integer.

    Raises:
        CchcError: if pandas is not installed (``pip install ".[pandas]"`` in a checkout).
    """
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as exc:
        raise MissingExtraError("pandas", "pandas") from exc
    from .records import COLUMNS, FLOAT_COLUMNS, to_records

    rows = to_records(evaluation)
    frame = pandas.DataFrame(rows, columns=list(COLUMNS))
    for name in FLOAT_COLUMNS:
        frame[name] = frame[name].astype("float64")
    for name in ("observed_num", "observed_den"):
        # from the records, not the frame: pandas would have read ints beside None as floats
        values = [row[name] for row in rows]
        fits = all(value is None or -(2**63) <= value < 2**63 for value in values)
        frame[name] = pandas.array(values, dtype="Int64" if fits else object)
    frame["aspirational"] = frame["aspirational"].astype("bool")
    frame["depth"] = frame["depth"].astype("int64")
    return frame


class MissingExtraError(CchcError, ImportError):
    """An optional dependency is needed for this feature and is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f'{package} is not installed; in a checkout of cchc_model: pip install ".[{extra}]"'
        )

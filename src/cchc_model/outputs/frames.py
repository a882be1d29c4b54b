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

    ``observed`` and ``gap`` hold exact text; ``observed_value`` holds the same values
    as floats for plotting and sorting (never for comparing against thresholds).

    Raises:
        CchcError: if pandas is not installed (``pip install "cchc_model[pandas]"``).
    """
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as exc:
        raise MissingExtraError("pandas", "pandas") from exc
    from fractions import Fraction

    from .records import COLUMNS, to_records

    rows = to_records(evaluation)
    frame = pandas.DataFrame(rows, columns=list(COLUMNS))
    values = []
    for result in evaluation.results:
        for current in result.walk():
            observed = current.observed
            values.append(float(observed) if isinstance(observed, Fraction) else None)
    frame["observed_value"] = values
    return frame


class MissingExtraError(CchcError, ImportError):
    """An optional dependency is needed for this feature and is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f'{package} is not installed; install it with pip install "cchc_model[{extra}]"'
        )

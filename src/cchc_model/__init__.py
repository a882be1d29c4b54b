"""cchc_model: a typed model of Vietnamese administrative-reform (CCHC) plans."""

from ._version import __version__
from .exceptions import (
    CchcError,
    HierarchyError,
    PeriodError,
    PlanFileError,
    Problem,
    UnitError,
    ValidationError,
)

__all__ = [
    "CchcError",
    "HierarchyError",
    "PeriodError",
    "PlanFileError",
    "Problem",
    "UnitError",
    "ValidationError",
    "__version__",
]

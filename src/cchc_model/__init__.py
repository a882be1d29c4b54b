"""cchc_model: a typed model of Vietnamese administrative-reform (CCHC) plans.

Jurisdictions and their dated hierarchy, periods, indicators with units and roll-up
rules, targets in every form the plans use, plans, and plan files in YAML or JSON.

Example:
    >>> import cchc_model as cm
    >>> sat = cm.Indicator(id="satisfaction", name="Mức độ hài lòng", measure=cm.MeasureKind.RATIO)
    >>> print(cm.Comparison(id="t1", indicator=sat, op=cm.Op.GE, threshold="85 %"))
    ≥ 85 %
"""

import importlib
from typing import TYPE_CHECKING, Any

from . import _moved
from ._version import __version__
from .engines.reference.aggregation import Policy
from .evaluation import Evaluation, Result, Status, evaluate, evaluate_target
from .exceptions import (
    CchcError,
    HierarchyError,
    PeriodError,
    PlanFileError,
    Problem,
    UnitError,
    ValidationError,
)
from .io.observations import Basis, Observation, ObservationError, ObservationSet
from .model.areas import ReformArea
from .model.entailment import implies
from .model.indicators import (
    Dimension,
    Direction,
    Indicator,
    MeasureKind,
    SpatialRule,
    TemporalRule,
)
from .model.jurisdictions import (
    Hierarchy,
    Jurisdiction,
    Kind,
    Level,
    Succession,
    UnknownJurisdictionError,
    national_hierarchy,
)
from .model.periods import Period, parse_date
from .model.plans import DocumentKind, DocumentRef, Objective, Plan, Task
from .model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Op,
    Ordinal,
    Rank,
    Scope,
    ScopeMode,
    Share,
    Target,
)
from .model.units import Amount

if TYPE_CHECKING:
    from .indices.catalogues import (
        Catalogue,
        catalogue_in_force,
        catalogue_indicators,
        load_catalogue,
    )
    from .indices.scoring import IndexScore, classify, rating_observations, score_index
    from .io.serialization import dump, dumps, load, loads
    from .model.conformance import Conformance, check_conformance

# Heavier modules load on first use, so that ``import cchc_model`` stays fast.
_LAZY = {
    "Catalogue": ".indices.catalogues",
    "Conformance": ".model.conformance",
    "IndexScore": ".indices.scoring",
    "catalogue_in_force": ".indices.catalogues",
    "catalogue_indicators": ".indices.catalogues",
    "check_conformance": ".model.conformance",
    "classify": ".indices.scoring",
    "dump": ".io.serialization",
    "dumps": ".io.serialization",
    "load": ".io.serialization",
    "load_catalogue": ".indices.catalogues",
    "loads": ".io.serialization",
    "rating_observations": ".indices.scoring",
    "score_index": ".indices.scoring",
}


_moved.install()


def __getattr__(name: str) -> Any:
    old = f"{__name__}.{name}"
    if old in _moved.MOVED:  # ``cchc_model.targets`` read as an attribute
        return importlib.import_module(old)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AllOf",
    "Amount",
    "AnyOf",
    "AtLeast",
    "Basis",
    "Between",
    "Catalogue",
    "CchcError",
    "Change",
    "Comparison",
    "Conformance",
    "Dimension",
    "Direction",
    "DocumentKind",
    "DocumentRef",
    "Evaluation",
    "Hierarchy",
    "HierarchyError",
    "IndexScore",
    "Indicator",
    "Jurisdiction",
    "Kind",
    "Level",
    "MeasureKind",
    "Objective",
    "Observation",
    "ObservationError",
    "ObservationSet",
    "Op",
    "Ordinal",
    "Period",
    "PeriodError",
    "Plan",
    "PlanFileError",
    "Policy",
    "Problem",
    "Rank",
    "ReformArea",
    "Result",
    "Scope",
    "ScopeMode",
    "Share",
    "SpatialRule",
    "Status",
    "Succession",
    "Target",
    "Task",
    "TemporalRule",
    "UnitError",
    "UnknownJurisdictionError",
    "ValidationError",
    "__version__",
    "catalogue_in_force",
    "catalogue_indicators",
    "check_conformance",
    "classify",
    "dump",
    "dumps",
    "evaluate",
    "evaluate_target",
    "implies",
    "load",
    "load_catalogue",
    "loads",
    "national_hierarchy",
    "parse_date",
    "rating_observations",
    "score_index",
]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

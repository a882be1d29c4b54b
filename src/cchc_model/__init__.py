"""cchc_model: a typed model of Vietnamese administrative-reform (CCHC) plans.

Jurisdictions and their dated hierarchy, periods, indicators with units and roll-up
rules, targets in every form the plans use, plans, and plan files in YAML or JSON.

Example:
    >>> import cchc_model as cm
    >>> sat = cm.Indicator(id="satisfaction", name="Mức độ hài lòng", measure=cm.MeasureKind.RATIO)
    >>> print(cm.Comparison(id="t1", indicator=sat, op=cm.Op.GE, threshold="85 %"))
    ≥ 85 %
"""

from ._version import __version__
from .areas import ReformArea
from .entailment import implies
from .exceptions import (
    CchcError,
    HierarchyError,
    PeriodError,
    PlanFileError,
    Problem,
    UnitError,
    ValidationError,
)
from .indicators import Dimension, Direction, Indicator, MeasureKind, SpatialRule, TemporalRule
from .jurisdictions import (
    Hierarchy,
    Jurisdiction,
    Kind,
    Level,
    Succession,
    UnknownJurisdictionError,
    national_hierarchy,
)
from .periods import Period, parse_date
from .plans import DocumentKind, DocumentRef, Objective, Plan, Task
from .serialization import dump, dumps, load, loads
from .targets import (
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
from .units import Amount

__all__ = [
    "AllOf",
    "Amount",
    "AnyOf",
    "AtLeast",
    "Between",
    "CchcError",
    "Change",
    "Comparison",
    "Dimension",
    "Direction",
    "DocumentKind",
    "DocumentRef",
    "Hierarchy",
    "HierarchyError",
    "Indicator",
    "Jurisdiction",
    "Kind",
    "Level",
    "MeasureKind",
    "Objective",
    "Op",
    "Ordinal",
    "Period",
    "PeriodError",
    "Plan",
    "PlanFileError",
    "Problem",
    "Rank",
    "ReformArea",
    "Scope",
    "ScopeMode",
    "Share",
    "SpatialRule",
    "Succession",
    "Target",
    "Task",
    "TemporalRule",
    "UnitError",
    "UnknownJurisdictionError",
    "ValidationError",
    "__version__",
    "dump",
    "dumps",
    "implies",
    "load",
    "loads",
    "national_hierarchy",
    "parse_date",
]

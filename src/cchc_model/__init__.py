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
from .aggregation import Policy
from .areas import ReformArea
from .conformance import Conformance, check_conformance
from .entailment import implies
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
from .observations import Basis, Observation, ObservationError, ObservationSet
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
    "Basis",
    "Between",
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
    "check_conformance",
    "dump",
    "dumps",
    "evaluate",
    "evaluate_target",
    "implies",
    "load",
    "loads",
    "national_hierarchy",
    "parse_date",
]

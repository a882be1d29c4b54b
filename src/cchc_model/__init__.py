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
from ._version import __version__ as __version__

if TYPE_CHECKING:  # the names below, as type checkers and editors see them
    from .evaluation import (
        Evaluation as Evaluation,
    )
    from .evaluation import (
        evaluate as evaluate,
    )
    from .evaluation import (
        evaluate_target as evaluate_target,
    )
    from .evaluation import (
        progress as progress,
    )
    from .exceptions import (
        CchcError as CchcError,
    )
    from .exceptions import (
        CchcWarning as CchcWarning,
    )
    from .exceptions import (
        HierarchyError as HierarchyError,
    )
    from .exceptions import (
        PeriodError as PeriodError,
    )
    from .exceptions import (
        PlanFileError as PlanFileError,
    )
    from .exceptions import (
        Problem as Problem,
    )
    from .exceptions import (
        UnitError as UnitError,
    )
    from .exceptions import (
        ValidationError as ValidationError,
    )
    from .indices.catalogues import (
        Catalogue as Catalogue,
    )
    from .indices.catalogues import (
        CatalogueError as CatalogueError,
    )
    from .indices.catalogues import (
        UnknownIndicatorError as UnknownIndicatorError,
    )
    from .indices.catalogues import (
        catalogue_in_force as catalogue_in_force,
    )
    from .indices.catalogues import (
        catalogue_indicators as catalogue_indicators,
    )
    from .indices.catalogues import (
        load_catalogue as load_catalogue,
    )
    from .indices.scoring import (
        Classification as Classification,
    )
    from .indices.scoring import (
        GroupScore as GroupScore,
    )
    from .indices.scoring import (
        IndexDefinition as IndexDefinition,
    )
    from .indices.scoring import (
        IndexScore as IndexScore,
    )
    from .indices.scoring import (
        ItemScore as ItemScore,
    )
    from .indices.scoring import (
        ItemStatus as ItemStatus,
    )
    from .indices.scoring import (
        classify as classify,
    )
    from .indices.scoring import (
        rating_observations as rating_observations,
    )
    from .indices.scoring import (
        score_index as score_index,
    )
    from .io.dhis2 import (
        Dhis2Mapping as Dhis2Mapping,
    )
    from .io.mapping import (
        ColumnMapping as ColumnMapping,
    )
    from .io.mapping import (
        ColumnMappingError as ColumnMappingError,
    )
    from .io.mapping import (
        WideColumns as WideColumns,
    )
    from .io.observations import (
        Basis as Basis,
    )
    from .io.observations import (
        Observation as Observation,
    )
    from .io.observations import (
        ObservationError as ObservationError,
    )
    from .io.observations import (
        ObservationSet as ObservationSet,
    )
    from .io.sdmx import (
        SdmxMapping as SdmxMapping,
    )
    from .io.serialization import dump as dump
    from .io.serialization import dumps as dumps
    from .io.serialization import load as load
    from .io.serialization import loads as loads
    from .io.tables import (
        read_observations as read_observations,
    )
    from .model.agencies import Agency as Agency
    from .model.agencies import AgencyKind as AgencyKind
    from .model.areas import ReformArea as ReformArea
    from .model.conformance import (
        Conformance as Conformance,
    )
    from .model.conformance import (
        ConformanceGap as ConformanceGap,
    )
    from .model.conformance import (
        check_conformance as check_conformance,
    )
    from .model.entailment import implies as implies
    from .model.indicators import (
        Dimension as Dimension,
    )
    from .model.indicators import (
        Direction as Direction,
    )
    from .model.indicators import (
        Indicator as Indicator,
    )
    from .model.indicators import (
        MeasureKind as MeasureKind,
    )
    from .model.indicators import (
        SpatialRule as SpatialRule,
    )
    from .model.indicators import (
        TemporalRule as TemporalRule,
    )
    from .model.jurisdictions import (
        Hierarchy as Hierarchy,
    )
    from .model.jurisdictions import (
        Jurisdiction as Jurisdiction,
    )
    from .model.jurisdictions import (
        Kind as Kind,
    )
    from .model.jurisdictions import (
        Level as Level,
    )
    from .model.jurisdictions import (
        Succession as Succession,
    )
    from .model.jurisdictions import (
        UnknownJurisdictionError as UnknownJurisdictionError,
    )
    from .model.jurisdictions import (
        national_hierarchy as national_hierarchy,
    )
    from .model.periods import Period as Period
    from .model.periods import parse_date as parse_date
    from .model.plans import (
        DocumentKind as DocumentKind,
    )
    from .model.plans import (
        DocumentRef as DocumentRef,
    )
    from .model.plans import (
        Objective as Objective,
    )
    from .model.plans import (
        Plan as Plan,
    )
    from .model.plans import (
        Task as Task,
    )
    from .model.targets import (
        AllOf as AllOf,
    )
    from .model.targets import (
        AnyOf as AnyOf,
    )
    from .model.targets import (
        AtLeast as AtLeast,
    )
    from .model.targets import (
        Between as Between,
    )
    from .model.targets import (
        Change as Change,
    )
    from .model.targets import (
        Comparison as Comparison,
    )
    from .model.targets import (
        Op as Op,
    )
    from .model.targets import (
        Ordinal as Ordinal,
    )
    from .model.targets import ProgressBasis as ProgressBasis
    from .model.targets import (
        Rank as Rank,
    )
    from .model.targets import (
        RankChange as RankChange,
    )
    from .model.targets import Recurrence as Recurrence
    from .model.targets import (
        Scope as Scope,
    )
    from .model.targets import (
        ScopeMode as ScopeMode,
    )
    from .model.targets import (
        Share as Share,
    )
    from .model.targets import (
        Target as Target,
    )
    from .model.units import Amount as Amount
    from .outputs.progress import ProgressReport as ProgressReport
    from .outputs.progress import off_track as off_track
    from .rules.progress import Progress as Progress
    from .rules.progress import ProgressMethod as ProgressMethod
    from .rules.progress import ProgressStatus as ProgressStatus
    from .rules.results import Result as Result
    from .rules.rollup import Disagreement as Disagreement
    from .rules.rollup import Policy as Policy
    from .rules.status import Status as Status

#: Where each public name lives. The model, the rules and the evaluation load with the
#: package; the rest (catalogues, scoring, plan files, conformance) on first use, so
#: that ``import cchc_model`` stays fast.
_WHERE = {
    **dict.fromkeys(
        ("AllOf", "AnyOf", "AtLeast", "Between", "Change", "Comparison", "Op", "Ordinal"),
        ".model.targets",
    ),
    **dict.fromkeys(
        ("ProgressBasis", "Rank", "RankChange", "Scope", "ScopeMode", "Share", "Target"),
        ".model.targets",
    ),
    "Recurrence": ".model.targets",
    "Amount": ".model.units",
    "ReformArea": ".model.areas",
    **dict.fromkeys(
        ("Dimension", "Direction", "Indicator", "MeasureKind", "SpatialRule", "TemporalRule"),
        ".model.indicators",
    ),
    **dict.fromkeys(
        ("Hierarchy", "Jurisdiction", "Kind", "Level", "Succession"), ".model.jurisdictions"
    ),
    **dict.fromkeys(("UnknownJurisdictionError", "national_hierarchy"), ".model.jurisdictions"),
    **dict.fromkeys(("Period", "parse_date"), ".model.periods"),
    **dict.fromkeys(("Agency", "AgencyKind"), ".model.agencies"),
    **dict.fromkeys(("DocumentKind", "DocumentRef", "Objective", "Plan", "Task"), ".model.plans"),
    "implies": ".model.entailment",
    **dict.fromkeys(
        ("CchcError", "HierarchyError", "PeriodError", "PlanFileError", "Problem"),
        ".exceptions",
    ),
    **dict.fromkeys(("CchcWarning", "UnitError", "ValidationError"), ".exceptions"),
    **dict.fromkeys(
        ("Basis", "Observation", "ObservationError", "ObservationSet"), ".io.observations"
    ),
    **dict.fromkeys(("Disagreement", "Policy"), ".rules.rollup"),
    "Result": ".rules.results",
    "Status": ".rules.status",
    **dict.fromkeys(("Evaluation", "evaluate", "evaluate_target", "progress"), ".evaluation"),
    # loaded on first use
    **dict.fromkeys(("Progress", "ProgressMethod", "ProgressStatus"), ".rules.progress"),
    **dict.fromkeys(("ProgressReport", "off_track"), ".outputs.progress"),
    **dict.fromkeys(("dump", "dumps", "load", "loads"), ".io.serialization"),
    **dict.fromkeys(("ColumnMapping", "ColumnMappingError", "WideColumns"), ".io.mapping"),
    "read_observations": ".io.tables",
    "Dhis2Mapping": ".io.dhis2",
    "SdmxMapping": ".io.sdmx",
    **dict.fromkeys(("Conformance", "ConformanceGap", "check_conformance"), ".model.conformance"),
    **dict.fromkeys(
        ("Catalogue", "CatalogueError", "UnknownIndicatorError", "catalogue_in_force"),
        ".indices.catalogues",
    ),
    **dict.fromkeys(("catalogue_indicators", "load_catalogue"), ".indices.catalogues"),
    **dict.fromkeys(
        ("Classification", "GroupScore", "IndexDefinition", "IndexScore", "ItemScore"),
        ".indices.scoring",
    ),
    **dict.fromkeys(
        ("ItemStatus", "classify", "rating_observations", "score_index"), ".indices.scoring"
    ),
}

#: The modules loaded with the package.
_EAGER = (
    ".model.targets",
    ".model.units",
    ".model.areas",
    ".model.indicators",
    ".model.jurisdictions",
    ".model.periods",
    ".model.agencies",
    ".model.plans",
    ".model.entailment",
    ".exceptions",
    ".io.observations",
    ".rules.rollup",
    ".rules.results",
    ".rules.status",
    ".evaluation",
)


def _bind(module: str) -> None:
    loaded = importlib.import_module(module, __name__)
    for name, where in _WHERE.items():
        if where == module:
            globals()[name] = getattr(loaded, name)


for _module in _EAGER:
    _bind(_module)

_moved.install()


def __getattr__(name: str) -> Any:
    old = f"{__name__}.{name}"
    if old in _moved.MOVED:  # ``cchc_model.targets`` read as an attribute
        return importlib.import_module(old)
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _bind(module)
    return globals()[name]


__all__ = sorted([*_WHERE, "__version__"])


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

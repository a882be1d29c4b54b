"""Indicators: what a target measures, in which unit, and how it rolls up.

An indicator is defined once (in a catalogue or a plan file) and referenced by
its ``id``. Its measure kind fixes how values are observed and which roll-up
rules make sense (docs/semantics.md §3):

=========  ==========================  =========================  ===================
measure    observed as                 across space               across time
=========  ==========================  =========================  ===================
ratio      numerator and denominator   ratio of sums              ratio of sums
count      non-negative integer        sum                        sum (flow) or last
amount     quantity in a unit          sum, mean, weighted mean,  declared
                                       min or max
score      bounded number              weighted mean or none      declared
ordinal    one of ordered levels       min or none                last
boolean    yes / no                    share true, all, any       last
=========  ==========================  =========================  ===================
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from .. import validators
from ..validators import fail
from .areas import ReformArea
from .units import COUNT, PROPORTION, SCORE, dimension_of, normalise_unit

__all__ = [
    "Dimension",
    "Direction",
    "Indicator",
    "MeasureKind",
    "SpatialRule",
    "TemporalRule",
]


class MeasureKind(enum.Enum):
    """How an indicator is measured."""

    RATIO = "ratio"
    COUNT = "count"
    AMOUNT = "amount"
    SCORE = "score"
    ORDINAL = "ordinal"
    BOOLEAN = "boolean"

    @property
    def is_numeric(self) -> bool:
        """Whether values are numbers that can be compared with a threshold."""
        return self not in (MeasureKind.ORDINAL, MeasureKind.BOOLEAN)


class Direction(enum.Enum):
    """Which way is better: ``higher`` (hài lòng, trực tuyến) or ``lower`` (trễ hạn)."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class SpatialRule(enum.Enum):
    """How the values of a unit's children combine into the unit's value."""

    SUM = "sum"
    RATIO_OF_SUMS = "ratio_of_sums"
    WEIGHTED_MEAN = "weighted_mean"
    MEAN = "mean"
    MIN = "min"
    MAX = "max"
    SHARE_TRUE = "share_true"
    ALL = "all"
    ANY = "any"
    NONE = "none"


class TemporalRule(enum.Enum):
    """How the values of sub-periods combine into the value of a period."""

    SUM = "sum"
    LAST = "last"
    MEAN = "mean"
    RATIO_OF_SUMS = "ratio_of_sums"
    NONE = "none"


_SPATIAL: dict[MeasureKind, tuple[SpatialRule, ...]] = {
    MeasureKind.RATIO: (SpatialRule.RATIO_OF_SUMS, SpatialRule.NONE),
    MeasureKind.COUNT: (SpatialRule.SUM, SpatialRule.NONE),
    MeasureKind.AMOUNT: (
        SpatialRule.SUM,
        SpatialRule.MEAN,
        SpatialRule.WEIGHTED_MEAN,
        SpatialRule.MIN,
        SpatialRule.MAX,
        SpatialRule.NONE,
    ),
    MeasureKind.SCORE: (SpatialRule.WEIGHTED_MEAN, SpatialRule.MEAN, SpatialRule.NONE),
    MeasureKind.ORDINAL: (SpatialRule.MIN, SpatialRule.NONE),
    MeasureKind.BOOLEAN: (SpatialRule.SHARE_TRUE, SpatialRule.ALL, SpatialRule.ANY),
}

_TEMPORAL: dict[MeasureKind, tuple[TemporalRule, ...]] = {
    MeasureKind.RATIO: (TemporalRule.RATIO_OF_SUMS, TemporalRule.NONE),
    MeasureKind.COUNT: (TemporalRule.SUM, TemporalRule.LAST, TemporalRule.NONE),
    MeasureKind.AMOUNT: (
        TemporalRule.SUM,
        TemporalRule.LAST,
        TemporalRule.MEAN,
        TemporalRule.NONE,
    ),
    MeasureKind.SCORE: (TemporalRule.LAST, TemporalRule.MEAN, TemporalRule.NONE),
    MeasureKind.ORDINAL: (TemporalRule.LAST, TemporalRule.NONE),
    MeasureKind.BOOLEAN: (TemporalRule.LAST, TemporalRule.NONE),
}

_DEFAULT_SPATIAL = {
    MeasureKind.RATIO: SpatialRule.RATIO_OF_SUMS,
    MeasureKind.COUNT: SpatialRule.SUM,
    MeasureKind.SCORE: SpatialRule.WEIGHTED_MEAN,
    MeasureKind.ORDINAL: SpatialRule.MIN,
    MeasureKind.BOOLEAN: SpatialRule.SHARE_TRUE,
}

_DEFAULT_TEMPORAL = {
    MeasureKind.RATIO: TemporalRule.RATIO_OF_SUMS,
    MeasureKind.COUNT: TemporalRule.SUM,
    MeasureKind.SCORE: TemporalRule.LAST,
    MeasureKind.ORDINAL: TemporalRule.LAST,
    MeasureKind.BOOLEAN: TemporalRule.LAST,
}

_DEFAULT_UNIT = {MeasureKind.RATIO: "percent", MeasureKind.COUNT: "count"}

_UNIT_DIMENSION = {
    MeasureKind.RATIO: PROPORTION,
    MeasureKind.COUNT: COUNT,
    MeasureKind.SCORE: SCORE,
}


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


@attrs.frozen
class Dimension:
    """A breakdown of an indicator, such as a sector or an online-service level.

    Attributes:
        id: Stable id, e.g. ``"sector"``.
        members: The allowed members, e.g. ``("land", "construction", "investment")``.
        name: Vietnamese name, e.g. ``"lĩnh vực"``.

    Example:
        "mức độ hài lòng … lĩnh vực đất đai, xây dựng, đầu tư" is broken down by
        ``Dimension("sector", ("land", "construction", "investment"))``.
    """

    id: str = attrs.field(validator=validators.identifier)
    members: tuple[str, ...] = attrs.field(
        validator=validators.tuple_of(str, "a member name", unique=True)
    )
    name: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __attrs_post_init__(self) -> None:
        if not self.members:
            fail("members", self.members, "no members; expected at least one member", "empty")
        for index, member in enumerate(self.members):
            if not member.strip():
                fail(f"members[{index}]", member, "blank member; expected a name", "blank")


def _default_spatial(self: Indicator) -> SpatialRule | None:
    return _DEFAULT_SPATIAL.get(self.measure)


def _default_temporal(self: Indicator) -> TemporalRule | None:
    return _DEFAULT_TEMPORAL.get(self.measure)


def _default_unit(self: Indicator) -> str | None:
    return _DEFAULT_UNIT.get(self.measure)


def _unit(value: Any) -> Any:
    return normalise_unit(value, "unit") if isinstance(value, str) else value


@attrs.frozen(kw_only=True)
class Indicator:
    """What is measured.

    Attributes:
        id: Stable id used by targets and observations, e.g. ``"satisfaction_tthc"``.
        name: Vietnamese name, e.g. "Mức độ hài lòng của người dân, doanh nghiệp về
            giải quyết thủ tục hành chính".
        measure: How it is measured (:class:`MeasureKind`).
        unit: The canonical unit (``"percent"`` for a ratio, a counting unit for a
            count); ``None`` for ordinal and boolean indicators. Every threshold and
            observed value is converted to it.
        direction: Whether higher or lower values are better.
        spatial: How children roll up to their parent; defaults by measure kind.
        temporal: How sub-periods roll up to a period; defaults by measure kind.
        levels: For an ordinal indicator, its levels from worst to best, e.g.
            ``("yếu", "trung bình", "khá", "tốt", "xuất sắc")``.
        bounded: For a ratio, whether the numerator is part of the denominator (so the
            value never exceeds 100 %).
        dimensions: Breakdowns the indicator may be observed by.
        area: The reform area it belongs to.
        name_en: English name, optional.
        numerator, denominator: What is counted above and below the line, in words.
        exclusions: What is left out of the count, e.g. "hồ sơ thuộc phạm vi bí mật
            nhà nước".
        description: Free text.
        agencies_in_rollup: Whether the rows of a plan's agencies (sở, ban, ngành …) are
            part of their jurisdiction's figures: they then stand for its own level where
            it reports no own value (dossiers a sở handles are the province's). False by
            default: an agency's figures never count in its jurisdiction's roll-up unless
            the indicator says so.
    """

    id: str = attrs.field(validator=validators.identifier)
    name: str = attrs.field(validator=validators.text)
    measure: MeasureKind = attrs.field(
        validator=validators.is_instance(MeasureKind, "a measure kind")
    )
    unit: str | None = attrs.field(
        default=attrs.Factory(_default_unit, takes_self=True), converter=_unit
    )
    direction: Direction = attrs.field(
        default=Direction.HIGHER_IS_BETTER,
        validator=validators.is_instance(Direction, "a direction"),
    )
    spatial: SpatialRule = attrs.field(
        default=attrs.Factory(_default_spatial, takes_self=True),
        validator=validators.optional_instance(SpatialRule, "a spatial rule"),
    )
    temporal: TemporalRule = attrs.field(
        default=attrs.Factory(_default_temporal, takes_self=True),
        validator=validators.optional_instance(TemporalRule, "a temporal rule"),
    )
    levels: tuple[str, ...] = attrs.field(
        default=(), validator=validators.tuple_of(str, "a level name", unique=True)
    )
    bounded: bool = attrs.field(
        default=True, validator=validators.is_instance(bool, "true or false")
    )
    dimensions: tuple[Dimension, ...] = attrs.field(
        default=(), validator=validators.tuple_of(Dimension, "a dimension")
    )
    area: ReformArea | None = attrs.field(
        default=None, validator=validators.optional_instance(ReformArea, "a reform area")
    )
    name_en: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    numerator: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    denominator: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    exclusions: tuple[str, ...] = attrs.field(
        default=(), validator=validators.tuple_of(str, "text")
    )
    description: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    agencies_in_rollup: bool = attrs.field(
        default=False, validator=validators.is_instance(bool, "true or false")
    )

    def __attrs_post_init__(self) -> None:
        measure = self.measure
        for field, rules in (("spatial", _SPATIAL), ("temporal", _TEMPORAL)):
            if getattr(self, field) is None:
                fail(
                    field,
                    None,
                    f"{_article(measure.value)} {measure.value} indicator has no default {field} "
                    "rule; expected one of " + ", ".join(r.value for r in rules[measure]),
                    "rule-missing",
                )
        if self.spatial not in _SPATIAL[measure]:
            fail(
                "spatial",
                self.spatial.value,
                f"{self.spatial.value} does not aggregate {_article(measure.value)} "
                f"{measure.value} across space; "
                "expected one of " + ", ".join(r.value for r in _SPATIAL[measure]),
                "rule-mismatch",
            )
        if self.temporal not in _TEMPORAL[measure]:
            fail(
                "temporal",
                self.temporal.value,
                f"{self.temporal.value} does not aggregate {_article(measure.value)} "
                f"{measure.value} across time; "
                "expected one of " + ", ".join(r.value for r in _TEMPORAL[measure]),
                "rule-mismatch",
            )
        self._check_unit()
        if measure is MeasureKind.ORDINAL:
            if len(self.levels) < 2:
                fail(
                    "levels",
                    self.levels,
                    "an ordinal indicator needs its levels, worst first; expected at least two",
                    "levels",
                )
        elif self.levels:
            fail(
                "levels",
                self.levels,
                f"levels belong to ordinal indicators, not to a {measure.value}; "
                "expected no levels",
                "levels",
            )
        ids = [d.id for d in self.dimensions]
        for index, dim_id in enumerate(ids):
            if ids.index(dim_id) != index:
                fail(
                    f"dimensions[{index}].id",
                    dim_id,
                    f"dimension {dim_id!r} is defined twice; expected distinct ids",
                    "duplicate",
                )

    def _check_unit(self) -> None:
        measure = self.measure
        if measure in (MeasureKind.ORDINAL, MeasureKind.BOOLEAN):
            if self.unit is not None:
                fail(
                    "unit",
                    self.unit,
                    f"{_article(measure.value)} {measure.value} indicator has no unit; "
                    "expected none",
                    "unit",
                )
            return
        if self.unit is None:
            fail(
                "unit",
                None,
                f"{_article(measure.value)} {measure.value} indicator needs a unit; expected one",
                "unit",
            )
        if not isinstance(self.unit, str):
            fail("unit", self.unit, "expected a unit name such as percent", "type")
        dimension = dimension_of(self.unit)
        wanted = _UNIT_DIMENSION.get(measure)
        if wanted is not None and dimension != wanted:
            fail(
                "unit",
                self.unit,
                f"{self.unit} is {dimension}, but a {measure.value} is measured in "
                f"{wanted}; expected e.g. "
                + {PROPORTION: "percent", COUNT: "dossier", SCORE: "point"}[wanted],
                "unit-mismatch",
            )
        if measure is MeasureKind.AMOUNT and dimension in (PROPORTION, COUNT):
            fail(
                "unit",
                self.unit,
                f"{self.unit} is {dimension}; an amount is a physical quantity (days, dong), "
                "expected a ratio or count indicator instead",
                "unit-mismatch",
            )

    @property
    def is_bounded_ratio(self) -> bool:
        """Whether values must lie in [0 %, 100 %]."""
        return self.measure is MeasureKind.RATIO and self.bounded

    def level_index(self, level: str) -> int:
        """The position of an ordinal level, worst first (``"tốt"`` → 3)."""
        try:
            return self.levels.index(level)
        except ValueError:
            fail(
                "level",
                level,
                f"{level!r} is not a level of {self.id}; expected one of "
                + ", ".join(repr(x) for x in self.levels),
                "unknown-level",
            )

    def __str__(self) -> str:
        return f"{self.id} ({self.name})"

    def __repr__(self) -> str:
        return f"<Indicator {self.id}: {self.measure.value} in {self.unit or '-'}>"

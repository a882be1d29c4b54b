"""Progress toward a target's horizon: on-track statuses, rates and projections.

The one home of the progress rule (docs/progress.md, docs/semantics.md §12.7). With a
baseline ``y₀`` at ``t₀``, a target ``y*`` due at ``T`` and a reading ``y`` at ``t``:

* ``target_achieved`` when the target is already met at the reading (the target's own
  rule decides, so this is exactly MET);
* else, by the growth method of sdg-build (``sdg/ProgressMeasure.py``; open-sdg's
  ``docs/progress-methodology.md``), ``R = d·CAGR(y₀→y over t−t₀) / |CAGR(y₀→y* over
  T−t₀)|`` with ``CAGR(a→b over n) = (b/a)^(1/n) − 1`` and ``d`` = +1 when higher is
  better, −1 when lower is: ``on_track`` R ≥ 0.95, ``moderate`` 0.60 ≤ R < 0.95,
  ``limited`` 0 ≤ R < 0.60, ``deterioration`` R < 0;
* by the linear method the same with ``(b − a)/n`` for the rate;
* without a target value the rate itself (``d·CAGR``, or ``d·(y − y₀)/(y₀·n)``) is
  compared with 1.5 % / 0.5 % / 0;
* ``not_available`` when no status can be given (no baseline value, a reading not
  after the baseline, a value the method cannot read), with the reason.

Thresholds and method are data (:class:`ProgressMethod`). Direction comes from the
indicator (:class:`~cchc_model.model.indicators.Direction`); nothing is negative unless
told. Zero or negative values are not replaced by 0.001 as sdg-build does: the growth
method answers ``not_available`` and says the linear method reads them.

Exactness. ``R ≥ c`` is decided without rounding: with ``x = (y/y₀)^(1/n)`` and
``z = (y*/y₀)^(1/N)`` (real radicals of rationals), the sign of
``d·(x − 1) − c·|z − 1|`` is read from rational bounds of ``x`` and ``z`` (integer
n-th roots, refined until the bounds exclude 0). The bounds never exclude 0 only when
the expression *is* 0, and that happens only where it is tested first, exactly: both
radicals rational; ``c = 0`` or ``z = 1``; or ``x = z`` with ``c·sign(z − 1) = d``.
Every other case is nonzero, because real radicals none of whose ratios is rational are
linearly independent over the rationals (Besicovitch 1940; Mordell 1953), and
``1, x, z`` are dependent here only as listed. Rates, ratio and projection of the growth
method are shown rounded to 10⁻¹² (:attr:`Progress.exact` is false); they never decide.

Time is read from period ends: t₀ is the end of the baseline period, t the end of the
reading, T the end of the horizon, in years counted in whole months (months / 12; a date
inside a month, such as a deadline of 17 May, counts as that month's end).

Compounds, each-unit scopes and shares combine their parts' statuses with the rules of
:mod:`.status` and :mod:`.share`, level by level: a compound is at least *s* when "at
least n of its parts are at least *s*" is MET (Kleene), and ``not_available`` when that
is UNKNOWN for the next level up. A part without a status counts as anything its
MET/NOT_MET result allows.
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import attrs

from .. import validators
from ..exceptions import CchcError
from ..model.indicators import Direction, Indicator, TemporalRule
from ..model.periods import Period
from ..model.plans import Plan
from ..model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Comparison,
    ProgressBasis,
    ScopeMode,
    Share,
    Target,
)
from ..model.units import exact, format_number
from ..validators import fail
from .display import show
from .expr import col, compile_row
from .outcome import Counts
from .results import Result
from .share import share_outcome
from .status import STATUS_CODES, Status, combine

__all__ = [
    "SDG_WITHOUT_TARGET",
    "SDG_WITH_TARGET",
    "Assessment",
    "Method",
    "Progress",
    "ProgressMethod",
    "ProgressStatus",
    "Thresholds",
    "assess",
    "baseline_periods",
    "basis_of",
    "growth_at_least",
    "plan_progress",
    "reading_of",
    "years_between",
]


class ProgressStatus(enum.Enum):
    """How a target stands on the way to its horizon (sdg-build's categories)."""

    TARGET_ACHIEVED = "target_achieved"
    ON_TRACK = "on_track"
    MODERATE = "moderate"
    LIMITED = "limited"
    DETERIORATION = "deterioration"
    NOT_AVAILABLE = "not_available"

    @property
    def rank(self) -> int:
        """0 for ``deterioration`` up to 4 for ``target_achieved``; -1 for
        ``not_available``."""
        return _RANKS[self]

    @property
    def words(self) -> str:
        """The status as a reader sees it: ``on track``, ``not available`` …"""
        return self.value.replace("_", " ")


#: The statuses with a place on the scale, worst first.
LADDER = (
    ProgressStatus.DETERIORATION,
    ProgressStatus.LIMITED,
    ProgressStatus.MODERATE,
    ProgressStatus.ON_TRACK,
    ProgressStatus.TARGET_ACHIEVED,
)
_RANKS = {status: index for index, status in enumerate(LADDER)}
_RANKS[ProgressStatus.NOT_AVAILABLE] = -1


class Method(enum.Enum):
    """How the rate of change is measured."""

    GROWTH = "growth"
    """Compound annual growth rate (sdg-build's method)."""
    LINEAR = "linear"
    """Change per year, ``(y − y₀) / n``."""


def _fraction(value: Any) -> Fraction:
    return exact(value, "threshold")


@attrs.frozen
class Thresholds:
    """The lower bounds of ``on_track``, ``moderate`` and ``limited``; below ``limited``
    is ``deterioration``. Numbers are read exactly (``0.95`` is 95/100).

    Attributes:
        on_track: The least value for ``on_track``.
        moderate: The least value for ``moderate``.
        limited: The least value for ``limited``.
    """

    on_track: Fraction = attrs.field(converter=_fraction)
    moderate: Fraction = attrs.field(converter=_fraction)
    limited: Fraction = attrs.field(converter=_fraction)

    def __attrs_post_init__(self) -> None:
        if not self.on_track >= self.moderate >= self.limited:
            fail(
                "thresholds",
                f"{format_number(self.on_track)} / {format_number(self.moderate)} / "
                f"{format_number(self.limited)}",
                "the thresholds are not in order; expected on_track ≥ moderate ≥ limited",
                "range",
            )

    def levels(self) -> tuple[tuple[ProgressStatus, Fraction], ...]:
        """(status, least value) from the best status down."""
        return (
            (ProgressStatus.ON_TRACK, self.on_track),
            (ProgressStatus.MODERATE, self.moderate),
            (ProgressStatus.LIMITED, self.limited),
        )


#: sdg-build's thresholds on R when a target exists: 0.95 / 0.60 / 0.
SDG_WITH_TARGET = Thresholds("0.95", "0.60", 0)
#: sdg-build's thresholds on the growth rate when none does: 1.5 % / 0.5 % / 0.
SDG_WITHOUT_TARGET = Thresholds("0.015", "0.005", 0)


def _to_method(value: Method | str) -> Method:
    if isinstance(value, Method):
        return value
    try:
        return Method(value)
    except ValueError:
        fail(
            "kind",
            value,
            f"{value!r} is not a progress method; expected 'growth' or 'linear'",
            "unknown-method",
        )


@attrs.frozen
class ProgressMethod:
    """The method and its thresholds, as data.

    Attributes:
        kind: :attr:`Method.GROWTH` (the default, sdg-build's) or :attr:`Method.LINEAR`.
        with_target: Thresholds on R when the target has a value to reach.
        without_target: Thresholds on the rate itself when it has none.
    """

    kind: Method = attrs.field(
        default=Method.GROWTH,
        converter=_to_method,
        validator=validators.is_instance(Method, "a progress method"),
    )
    with_target: Thresholds = attrs.field(
        default=SDG_WITH_TARGET, validator=validators.is_instance(Thresholds, "thresholds")
    )
    without_target: Thresholds = attrs.field(
        default=SDG_WITHOUT_TARGET, validator=validators.is_instance(Thresholds, "thresholds")
    )

    @classmethod
    def growth(cls) -> ProgressMethod:
        """sdg-build's method with its default thresholds."""
        return cls(Method.GROWTH)

    @classmethod
    def linear(cls) -> ProgressMethod:
        """The linear method with the same thresholds."""
        return cls(Method.LINEAR)


# --- exact arithmetic ----------------------------------------------------------------


def _month(day: date) -> int:
    """Months since year 0 to ``day``, a day inside a month counting as its month's end."""
    return day.year * 12 + day.month - 1 + (day.day != 1)


def years_between(start: date, end: date) -> Fraction:
    """Years from ``start`` to ``end``, counted in whole months (months / 12), exactly;
    a date inside a month counts as the end of that month (a deadline of 17 May is
    read as due by 1 June), so that every exponent has a small denominator."""
    return Fraction(_month(end) - _month(start), 12)


def _iroot(n: int, k: int) -> int:
    """⌊n^(1/k)⌋ for n ≥ 0, k ≥ 1 (Newton's method on integers, from above)."""
    if n < 2 or k == 1:
        return n
    x = 1 << -(-n.bit_length() // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _exact_power(r: Fraction, e: Fraction) -> Fraction | None:
    """``r**e`` when it is rational (r > 0, e ≥ 0), else ``None``."""
    base = r**e.numerator
    q = e.denominator
    top, bottom = _iroot(base.numerator, q), _iroot(base.denominator, q)
    if top**q == base.numerator and bottom**q == base.denominator:
        return Fraction(top, bottom)
    return None


def _power_bounds(r: Fraction, e: Fraction, bits: int) -> tuple[Fraction, Fraction]:
    """Rationals ``lo ≤ r**e ≤ hi`` (r > 0, e ≥ 0) with ``hi − lo`` ≤ 2⁻ᵇⁱᵗˢ / den."""
    base = r**e.numerator
    q = e.denominator
    u, v = base.numerator, base.denominator
    scale = 1 << bits
    target = u * v ** (q - 1) * scale**q
    m = _iroot(target, q)
    low = Fraction(m, v * scale)
    return (low, low) if m**q == target else (low, Fraction(m + 1, v * scale))


def _sign(value: Fraction) -> int:
    return (value > 0) - (value < 0)


def growth_at_least(
    ratio: Fraction, span: Fraction, c: Fraction, d: int, aim: Fraction | None, horizon: Fraction
) -> int:
    """The sign of ``d·g − c·|h|``: whether the observed growth rate ``g`` (of ``ratio``
    = y/y₀ over ``span`` years), in direction ``d``, reaches ``c`` times the required one
    ``h`` (of ``aim`` = y*/y₀ over ``horizon`` years; ``aim=None`` compares ``d·g`` with
    ``c`` itself). Exact: 1, 0 or -1, never through floats (the module says how)."""
    ex = 1 / span
    x = _exact_power(ratio, ex)
    if aim is None:  # |h| read as 1: z = 2, exactly
        aim, ez, z = Fraction(2), Fraction(1), Fraction(2)
    else:
        ez = 1 / horizon
        z = _exact_power(aim, ez)  # type: ignore[assignment]
    s = _sign(aim - 1)  # the sign of z − 1
    if x is not None and z is not None:
        return _sign(d * (x - 1) - c * abs(z - 1))
    if c == 0 or s == 0:
        return d * _sign(ratio - 1)
    if x is None and z is None and c * s == d:
        lcm = math.lcm(ex.denominator, ez.denominator)
        if ratio ** int(ex * lcm) == aim ** int(ez * lcm):
            return 0
    bits = 32
    while bits <= 1 << 20:
        x_low, x_high = _power_bounds(ratio, ex, bits)
        z_low, z_high = _power_bounds(aim, ez, bits)
        first = sorted((d * (x_low - 1), d * (x_high - 1)))
        second = sorted((c * s * (z_low - 1), c * s * (z_high - 1)))
        low, high = first[0] - second[1], first[1] - second[0]
        if low > 0:
            return 1
        if high < 0:
            return -1
        bits *= 2
    raise CchcError(  # pragma: no cover - excluded by the theorem cited above
        f"could not separate a growth rate from its threshold {format_number(c)}"
    )


_SHOWN = 10**12


def _rounded(value: Fraction) -> Fraction:
    return Fraction(round(value * _SHOWN), _SHOWN)


def _approx_power(r: Fraction, e: Fraction) -> Fraction:
    found = _exact_power(r, e)
    return found if found is not None else _rounded(_power_bounds(r, e, 64)[0])


# --- one series ----------------------------------------------------------------------


@attrs.frozen
class Assessment:
    """The progress of one series: a baseline, a reading, maybe a target value.

    Attributes:
        status: The progress status.
        reason: Why, in one sentence.
        observed_rate: The observed rate of change a year (a growth rate, or a change
            in the indicator's unit); ``None`` when there is none.
        required_rate: The rate needed to reach the target value by the horizon.
        ratio: ``d·observed / |required|`` (R); ``None`` without a target value.
        projected: The value at the horizon if the observed rate holds.
        exact: Whether the rates, ratio and projection are exact (the linear method)
            or rounded to 10⁻¹² (the growth method; the status is exact either way).
    """

    status: ProgressStatus
    reason: str
    observed_rate: Fraction | None = None
    required_rate: Fraction | None = None
    ratio: Fraction | None = None
    projected: Fraction | None = None
    exact: bool = True


def _pct(value: Fraction) -> str:
    return f"{format_number(Fraction(round(value * 10000), 100))} %"


def _num(value: Fraction) -> str:
    """``= 0.5`` when short and exact, else ``≈ 0.83``."""
    text = format_number(value)
    if len(text) <= 8 and "/" not in text:
        return f"= {text}"
    return f"≈ {format_number(_round2(value))}"


def _per_year(value: Fraction, unit: str | None) -> str:
    if unit == "percent":
        return f"{show(value)} percentage points a year"
    return f"{show(value, unit)} a year"


def _round2(value: Fraction) -> Fraction:
    return Fraction(round(value * 100), 100)


def assess(
    *,
    baseline: Fraction,
    since: date,
    value: Fraction,
    at: date,
    horizon: date,
    direction: Direction = Direction.HIGHER_IS_BETTER,
    aim: Fraction | None = None,
    achieved: bool = False,
    method: ProgressMethod | None = None,
    unit: str | None = None,
) -> Assessment:
    """The progress of one series from ``baseline`` (at ``since``) to ``value`` (at
    ``at``), toward ``aim`` due at ``horizon`` (``aim=None``: no target value).

    ``achieved`` says the target is already met at the reading; it wins over any rate.
    """
    method = method or ProgressMethod()
    d = 1 if direction is Direction.HIGHER_IS_BETTER else -1
    if years_between(since, at) <= 0:
        found = Assessment(
            ProgressStatus.NOT_AVAILABLE,
            "The reading is not after the baseline; two readings are needed.",
        )
    elif aim is not None and years_between(since, horizon) <= 0:
        found = Assessment(ProgressStatus.NOT_AVAILABLE, "The horizon is not after the baseline.")
    else:
        n = years_between(since, at)
        big_n = years_between(since, horizon)
        ahead = years_between(at, horizon) if at <= horizon else None
        rate = _growth if method.kind is Method.GROWTH else _linear
        found = rate(baseline, value, aim, n, big_n, ahead, d, method, unit)
    if achieved:
        return attrs.evolve(
            found,
            status=ProgressStatus.TARGET_ACHIEVED,
            reason=f"The target is already met ({show(value, unit)}).",
        )
    return found


def _growth(
    y0: Fraction,
    y: Fraction,
    aim: Fraction | None,
    n: Fraction,
    big_n: Fraction,
    ahead: Fraction | None,
    d: int,
    method: ProgressMethod,
    unit: str | None,
) -> Assessment:
    values = [y0, y] + ([] if aim is None else [aim])
    if any(v <= 0 for v in values):
        return Assessment(
            ProgressStatus.NOT_AVAILABLE,
            f"The growth method needs positive values (baseline {show(y0, unit)}, reading "
            f"{show(y, unit)}"
            + ("" if aim is None else f", target {show(aim, unit)}")
            + "); the linear method reads them.",
            exact=False,
        )
    ratio = y / y0
    observed = _approx_power(ratio, 1 / n) - 1
    projected = None if ahead is None else _rounded(y * _approx_power(ratio, ahead / n))
    shown = f"{show(y, unit)} from {show(y0, unit)}: {_pct(observed)} a year"
    if aim is None:
        status = ProgressStatus.DETERIORATION
        for level, c in method.without_target.levels():
            if growth_at_least(ratio, n, c, d, None, big_n) >= 0:
                status = level
                break
        return Assessment(
            status,
            f"{shown}, without a target value: {status.words}.",
            observed_rate=observed,
            projected=projected,
            exact=False,
        )
    target_ratio = aim / y0
    required = _approx_power(target_ratio, 1 / big_n) - 1
    if target_ratio == 1:
        status = ProgressStatus.DETERIORATION if d * (ratio - 1) < 0 else ProgressStatus.LIMITED
        return Assessment(
            status,
            f"{shown}; the target equals the baseline, so no growth was required: {status.words}.",
            observed_rate=observed,
            required_rate=Fraction(0),
            projected=projected,
            exact=False,
        )
    status = ProgressStatus.DETERIORATION
    for level, c in method.with_target.levels():
        if growth_at_least(ratio, n, c, d, target_ratio, big_n) >= 0:
            status = level
            break
    r = _rounded(d * observed / abs(required))
    return Assessment(
        status,
        f"{shown} against {_pct(required)} a year needed to reach {show(aim, unit)} "
        f"(R ≈ {format_number(_round2(r))}): {status.words}.",
        observed_rate=observed,
        required_rate=required,
        ratio=r,
        projected=projected,
        exact=False,
    )


def _linear(
    y0: Fraction,
    y: Fraction,
    aim: Fraction | None,
    n: Fraction,
    big_n: Fraction,
    ahead: Fraction | None,
    d: int,
    method: ProgressMethod,
    unit: str | None,
) -> Assessment:
    observed = (y - y0) / n
    projected = None if ahead is None else y + observed * ahead
    shown = f"{show(y, unit)} from {show(y0, unit)}: {_per_year(observed, unit)}"
    if aim is None:
        if y0 <= 0:
            return Assessment(
                ProgressStatus.NOT_AVAILABLE,
                f"Without a target value the linear rate is read against the baseline, "
                f"which is {show(y0, unit)}; expected a positive baseline.",
                observed_rate=observed,
                projected=projected,
            )
        rate = d * observed / y0
        status = _level(rate, method.without_target)
        return Assessment(
            status,
            f"{shown} ({_pct(rate)} of the baseline), without a target value: {status.words}.",
            observed_rate=observed,
            projected=projected,
        )
    required = (aim - y0) / big_n
    if required == 0:
        status = ProgressStatus.DETERIORATION if d * observed < 0 else ProgressStatus.LIMITED
        return Assessment(
            status,
            f"{shown}; the target equals the baseline, so no change was required: {status.words}.",
            observed_rate=observed,
            required_rate=required,
            projected=projected,
        )
    r = d * observed / abs(required)
    status = _level(r, method.with_target)
    return Assessment(
        status,
        f"{shown} against {_per_year(required, unit)} needed to reach {show(aim, unit)} "
        f"(R {_num(r)}): {status.words}.",
        observed_rate=observed,
        required_rate=required,
        ratio=r,
        projected=projected,
    )


def _level(value: Fraction, thresholds: Thresholds) -> ProgressStatus:
    for level, c in thresholds.levels():
        if value >= c:
            return level
    return ProgressStatus.DETERIORATION


# --- a plan's targets ----------------------------------------------------------------


@attrs.frozen
class Progress:
    """The progress of one target for one unit, read in one period.

    Attributes:
        target: The target.
        code: The unit it was measured for.
        period: The period read (a year, or the year so far for a reading within a year).
        status: The progress status.
        reason: Why, in one sentence.
        result: The target's MET / NOT_MET result in ``period``.
        baseline: The baseline period.
        baseline_value: y₀, in the indicator's canonical unit (stated or observed).
        observed: y, as the rule read it (a flow read within a year is annualised).
        aim: y*, the value the target asks for (none for a compound or a share).
        at: t, the date the reading stands for.
        horizon: T, the date the target is due.
        unit: The unit of the values.
        observed_rate, required_rate, ratio, projected: As in :class:`Assessment`.
        exact: Whether those four are exact.
        method: The method used.
        lowest, highest: The statuses the target may have, worst and best: equal to
            ``status`` when it is known, wider when ``status`` is ``not_available``
            (a part whose result is NOT_MET is below ``target_achieved``, say).
        applicable: False when the target does not apply (its result is
            NOT_APPLICABLE); such a part is left out of its compound.
        parts: The progress of the parts, units or conditions it was built from.
    """

    target: Target
    code: str
    period: Period
    status: ProgressStatus
    reason: str
    result: Result | None = None
    baseline: Period | None = None
    baseline_value: Fraction | None = None
    observed: Fraction | None = None
    aim: Fraction | None = None
    at: date | None = None
    horizon: date | None = None
    unit: str | None = None
    observed_rate: Fraction | None = None
    required_rate: Fraction | None = None
    ratio: Fraction | None = None
    projected: Fraction | None = None
    exact: bool = True
    method: Method = Method.GROWTH
    lowest: ProgressStatus = ProgressStatus.DETERIORATION
    highest: ProgressStatus = ProgressStatus.TARGET_ACHIEVED
    applicable: bool = True
    parts: tuple[Progress, ...] = ()

    @property
    def target_id(self) -> str:
        """The id of the target."""
        return self.target.id

    def walk(self) -> Iterator[Progress]:
        """This progress and that of every part, depth first."""
        yield self
        for part in self.parts:
            yield from part.walk()


def basis_of(plan: Plan, target: Target, inherited: ProgressBasis | None = None) -> ProgressBasis:
    """The progress basis of ``target``: its own, else the one it inherits from the
    target it is a part of, else the year before the plan's period."""
    if target.progress is not None:
        return target.progress
    if inherited is not None:
        return inherited
    return ProgressBasis(baseline=Period.year(plan.period.start.year - 1))


def _horizon(target: Target, basis: ProgressBasis, inherited: date) -> date:
    if target.progress is not None and target.progress.horizon is not None:
        return target.progress.horizon.end
    if target.deadline is not None:
        return target.deadline + timedelta(days=1)
    if basis.horizon is not None:
        return basis.horizon.end
    return inherited


def reading_of(at: Period) -> Period:
    """The period read for a reading at ``at``: ``at`` itself, or, when ``at`` is part
    of a calendar year (a quarter, a month, a half), the year so far."""
    year = Period.year(at.start.year)
    if at != year and at.start >= year.start and at.end <= year.end:
        return Period(year.start, at.end)
    return at


def _part_of_year(period: Period) -> bool:
    year = Period.year(period.start.year)
    return period != year and period.start == year.start and period.end <= year.end


def baseline_periods(plan: Plan) -> tuple[Period, ...]:
    """Every baseline period the plan's targets read, in order of first use."""
    found: dict[Period, None] = {}

    def visit(target: Target, inherited: ProgressBasis | None) -> None:
        basis = basis_of(plan, target, inherited)
        found.setdefault(basis.baseline, None)
        for child in target.children:
            visit(child, basis)

    for target in plan.targets:
        visit(target, None)
    return tuple(found)


@attrs.frozen
class _Context:
    plan: Plan
    at: Period
    reading: Period
    method: ProgressMethod


def plan_progress(
    plan: Plan,
    current: Sequence[Result],
    baselines: Mapping[Period, Sequence[Result]],
    *,
    at: Period,
    method: ProgressMethod | None = None,
) -> tuple[Progress, ...]:
    """The progress of each top-level target of ``plan``, from its results.

    Args:
        plan: The plan.
        current: The results of ``plan.targets`` in :func:`reading_of` ``at``, in order.
        baselines: For each baseline period (:func:`baseline_periods`), the results of
            ``plan.targets`` in it, in order; a period missing makes its targets
            ``not_available``.
        at: The period of the reading.
        method: The method; sdg-build's growth method by default.
    """
    context = _Context(plan, at, reading_of(at), method or ProgressMethod())
    out = []
    for index, result in enumerate(current):
        before = {period: results[index] for period, results in baselines.items()}
        out.append(_progress(context, result, before, None, plan.period.end, own=True))
    return tuple(out)


def _bounds_of(result: Result) -> tuple[ProgressStatus, ProgressStatus]:
    if result.status is Status.MET:
        return ProgressStatus.TARGET_ACHIEVED, ProgressStatus.TARGET_ACHIEVED
    if result.status is Status.NOT_MET:
        return ProgressStatus.DETERIORATION, ProgressStatus.ON_TRACK
    return ProgressStatus.DETERIORATION, ProgressStatus.TARGET_ACHIEVED


def _progress(
    context: _Context,
    result: Result,
    before: Mapping[Period, Result],
    inherited: ProgressBasis | None,
    inherited_horizon: date,
    *,
    own: bool,
) -> Progress:
    target = result.target
    basis = basis_of(context.plan, target, inherited)
    horizon = _horizon(target, basis, inherited_horizon)
    baseline_result = before.get(basis.baseline)
    common: dict[str, Any] = {
        "target": target,
        "code": result.code,
        "period": context.reading,
        "result": result,
        "baseline": basis.baseline,
        "horizon": horizon,
        "method": context.method.kind,
    }
    if result.status is Status.NOT_APPLICABLE:
        return Progress(
            status=ProgressStatus.NOT_AVAILABLE,
            reason=f"The target does not apply: {result.reason}",
            applicable=False,
            **common,
        )
    if isinstance(target, AllOf | AnyOf | AtLeast):
        needed = None if isinstance(target, AllOf) else 1 if isinstance(target, AnyOf) else target.n
        parts = tuple(
            _progress(
                context,
                part,
                _matching(before, lambda r, i=index: r.parts[i] if i < len(r.parts) else None),
                basis,
                horizon,
                own=own,
            )
            for index, part in enumerate(result.parts)
        )
        return _combined(common, parts, lambda statuses: combine(statuses, needed), "parts")
    if isinstance(target, Share) or _scope(target) in (ScopeMode.EACH, ScopeMode.EACH_AGENCY):
        parts = tuple(
            _progress(
                context,
                part,
                _matching(before, lambda r, code=part.code: _part_at(r, code)),
                basis,
                horizon,
                own=False,
            )
            for part in result.parts
        )
        if isinstance(target, Share) and not target.op.is_lower_bound:
            lowest, highest = _bounds_of(result)
            return Progress(
                status=lowest if lowest is highest else ProgressStatus.NOT_AVAILABLE,
                reason=f"A share with the bound {target.op.value} has no rate of progress; "
                "it is read as met or not.",
                parts=parts,
                lowest=lowest,
                highest=highest,
                **common,
            )
        if isinstance(target, Share):
            decide = functools.partial(_share_status, target)
            return _combined(common, parts, decide, "units")
        return _combined(common, parts, combine, "units")
    return _value_progress(context, common, target, result, baseline_result, basis, own)


def _scope(target: Target) -> ScopeMode | None:
    scope = getattr(target, "scope", None)
    return None if scope is None else scope.mode


def _matching(before: Mapping[Period, Result], pick: Any) -> dict[Period, Result]:
    found = {}
    for period, result in before.items():
        part = pick(result)
        if part is not None:
            found[period] = part
    return found


def _part_at(result: Result, code: str) -> Result | None:
    for part in result.parts:
        if part.code == code:
            return part
    return None


@functools.cache
def _share_rule(op: Any) -> Any:
    counts = Counts(*(col(name, nullable=False) for name in ("total", "met", "unknown", "na")))
    outcome = share_outcome(counts, op, col("p"), col("q"))
    return compile_row([outcome.status], ["total", "met", "unknown", "na", "p", "q"])


def _share_status(target: Share, statuses: Iterable[Status]) -> Status:
    listed = list(statuses)
    met = sum(s is Status.MET for s in listed)
    unknown = sum(s is Status.UNKNOWN for s in listed)
    p = target.threshold_value
    (code,) = _share_rule(target.op)(len(listed), met, unknown, 0, p.numerator, p.denominator)
    return STATUS_CODES[code]


def _combined(
    common: dict[str, Any], parts: tuple[Progress, ...], decide: Any, what: str
) -> Progress:
    applicable = [p for p in parts if p.applicable]
    if not applicable:
        return Progress(
            status=ProgressStatus.NOT_AVAILABLE,
            reason=f"No {what} apply.",
            applicable=False,
            parts=parts,
            **common,
        )
    lowest = highest = None
    for level in reversed(LADDER):
        statuses = [
            Status.MET
            if p.lowest.rank >= level.rank
            else Status.NOT_MET
            if p.highest.rank < level.rank
            else Status.UNKNOWN
            for p in applicable
        ]
        decided = decide(statuses)
        if highest is None and decided is not Status.NOT_MET:
            highest = level
        if decided is Status.MET:
            lowest = level
            break
    lowest = lowest or ProgressStatus.DETERIORATION
    highest = highest or ProgressStatus.DETERIORATION
    status = lowest if lowest is highest else ProgressStatus.NOT_AVAILABLE
    counts = {s: sum(p.status is s for p in applicable) for s in ProgressStatus}
    listed = ", ".join(f"{c} {s.words}" for s, c in counts.items() if c)
    if status is ProgressStatus.NOT_AVAILABLE:
        reason = (
            f"Of {len(applicable)} {what}: {listed}; between {lowest.words} and {highest.words}."
        )
    else:
        reason = f"Of {len(applicable)} {what}: {listed}: {status.words}."
    return Progress(
        status=status, reason=reason, lowest=lowest, highest=highest, parts=parts, **common
    )


def _aim(target: Target, indicator: Indicator) -> Fraction | None:
    if isinstance(target, Comparison):
        return target.threshold_value
    if isinstance(target, Between):
        higher = indicator.direction is Direction.HIGHER_IS_BETTER
        return target.low_value if higher else target.high_value
    return None


def _value_progress(
    context: _Context,
    common: dict[str, Any],
    target: Target,
    result: Result,
    baseline_result: Result | None,
    basis: ProgressBasis,
    own: bool,
) -> Progress:
    indicator = getattr(target, "indicator", None)
    lowest, highest = _bounds_of(result)
    achieved = result.status is Status.MET
    unit = result.unit

    def unavailable(reason: str) -> Progress:
        if achieved:
            return Progress(
                status=ProgressStatus.TARGET_ACHIEVED,
                reason=f"The target is already met ({show(result.observed, unit)}).",
                lowest=lowest,
                highest=highest,
                unit=unit,
                **common,
            )
        return Progress(
            status=ProgressStatus.NOT_AVAILABLE,
            reason=reason,
            lowest=lowest,
            highest=highest,
            unit=unit,
            **common,
        )

    if not isinstance(target, Comparison | Between) or not isinstance(indicator, Indicator):
        return unavailable(
            f"A {target.form} target has no rate of progress; it is read as met or not."
        )
    if not indicator.measure.is_numeric:
        return unavailable(
            f"{indicator.id} is {indicator.measure.value}; it has no rate of change."
        )
    value = result.observed
    if not isinstance(value, Fraction):
        return unavailable(f"No value in {context.reading.label}: {result.reason}")
    stated = target.baseline_value() if own else None
    if stated is not None:
        y0 = stated
    elif baseline_result is not None and isinstance(baseline_result.observed, Fraction):
        y0 = baseline_result.observed
    else:
        why = baseline_result.reason if baseline_result is not None else "not evaluated"
        return unavailable(f"No value at the baseline {basis.baseline.label}: {why}")
    at = context.reading.end
    reading = context.reading
    if _part_of_year(reading) and indicator.temporal is TemporalRule.SUM:
        value = value / years_between(reading.start, reading.end)
        at = Period.year(reading.start.year).end
        if not (isinstance(target, Comparison) and target.op.is_lower_bound):
            achieved = False  # a flow's ceiling is judged when its year is over
    found = assess(
        baseline=y0,
        since=basis.baseline.end,
        value=value,
        at=at,
        horizon=common["horizon"],
        direction=indicator.direction,
        aim=_aim(target, indicator),
        achieved=achieved,
        method=context.method,
        unit=unit,
    )
    if found.status is ProgressStatus.NOT_AVAILABLE:
        bounds = (lowest, highest)
    else:
        bounds = (found.status, found.status)
    return Progress(
        status=found.status,
        reason=found.reason,
        baseline_value=y0,
        observed=value,
        aim=_aim(target, indicator),
        at=at,
        unit=unit,
        observed_rate=found.observed_rate,
        required_rate=found.required_rate,
        ratio=found.ratio,
        projected=found.projected,
        exact=found.exact,
        lowest=bounds[0],
        highest=bounds[1],
        **common,
    )

"""Reading an observation frame into integer columns the evaluator sums exactly.

Each row becomes an additive pair and a value, both exact (docs/semantics.md §5, §8):

* ``n / ns`` over ``d / ds`` is the pair summed up the tree, where ``ns`` and ``ds``
  are per-indicator powers of ten (a ratio's counts have scale 1).
* ``vn / vd`` is the value in the indicator's canonical unit (a level's index for an
  ordinal indicator); ``vb`` a truth value; ``na`` a ratio whose denominator is 0.

Floats are read by their shortest decimal: the frame's numbers are scaled by the
smallest power of ten that makes every one of them a whole number, and that scaling is
checked to give back each float exactly. Rows the evaluator cannot take (a ``unit`` or
``members`` column, a ratio given as a value, a fractional count of dossiers) make the
caller use the reference evaluator instead; rows that are wrong are reported by the
reference reader itself, so messages are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import cast

import attrs

from ...io.observations import (
    FIELDS,
    Basis,
    Observation,
    ObservationError,
    ObservationSet,
    header_problems,
    read_value,
)
from ...model.indicators import Indicator, MeasureKind, SpatialRule
from ...model.periods import Period
from ...model.units import GROUPED_NUMBER, per_proportion
from ...rules.expr import DType, col, lit
from ...rules.rows import Row, all_checks
from .backend import Backend, Unsupported
from .columns import MAX_CODES, MAX_SPANS
from .translate import Translator
from .types import Column, Conditional, Frame, Namespace, NarwhalsDType, Record, Scalar

__all__ = ["Canonical", "IndicatorCodes", "read_observations"]

#: Largest power of ten tried when scaling floats to whole numbers.
MAX_SCALE = 9
#: Most distinct text values read one by one before giving the frame to the reference.
MAX_TEXTS = 200_000
#: Most distinct floats in one column checked one by one.
MAX_DISTINCT = 2_000_000
#: Largest magnitude a summed integer may reach (with room for products in 128 bits).
LIMIT = 2**62


@attrs.frozen
class IndicatorCodes:
    """An indicator as the evaluator's columns see it.

    Attributes:
        index: Its integer code in the ``ind`` column.
        indicator: The indicator.
        ns, ds: The scale of a pair's numerator and denominator (``n / ns``, ``d / ds``).
        kn, kd: A ratio's value per proportion (100/1 for percent); 1/1 otherwise.
    """

    index: int
    indicator: Indicator
    ns: int
    ds: int
    kn: int
    kd: int


@attrs.frozen
class Canonical:
    """The observations as integer columns, and what reading them found."""

    #: The rows; None in the copy the roll-ups keep (they are read once, then freed).
    frame: Frame | None
    indicators: tuple[IndicatorCodes, ...]
    ignored_indicators: tuple[str, ...]
    members: Mapping[str, int]
    #: Per indicator index, an upper bound of any sum of one of its pair columns.
    totals: Mapping[int, float]
    #: Whether any row has the own basis.
    has_own: bool
    #: The periods read, by the ``per`` id the row key ends with (``key % MAX_SPANS``).
    spans: tuple[Period, ...]
    #: The unit codes, by the ``code_id`` of the rows (rows of other codes are left out).
    units: tuple[str, ...] = ()
    #: Rows per (code, period) of codes that are not units on every tree.
    outside: Mapping[tuple[str, Period], int] = attrs.field(factory=dict)

    @property
    def spatial_rules(self) -> frozenset[SpatialRule]:
        """The spatial rules of the indicators read."""
        return frozenset(c.indicator.spatial for c in self.indicators)

    def value_bound(self, index: int) -> float:
        """An upper bound of any value numerator or denominator a roll-up of this
        indicator can reach."""
        c = self.indicators[index]
        return (self.totals.get(index, 0.0) + 1) * max(c.ds * c.kn, c.ns * c.kd, 1)

    def member_code(self, members: Sequence[tuple[str, str]]) -> int:
        """The ``mem`` code of a target's members; -1 when no row has them."""
        return self.members.get("".join(f"{k}={v};" for k, v in members), -1)


def _schema(frame: Frame) -> dict[str, NarwhalsDType]:
    return dict(frame.collect_schema().items())


def _column_problems(columns: Sequence[str], indicators: Mapping[str, Indicator]) -> None:
    problems, _ = header_problems(columns, indicators, "columns")
    if problems:
        raise ObservationError(problems)


def _label(record: Mapping[str, Scalar]) -> str:
    keys = ", ".join(
        f"{k}={record[k]}" for k in ("indicator", "code", "period", "basis") if record.get(k)
    )
    return f"row ({keys})"


def report_rows(records: list[Record], indicators: Mapping[str, Indicator]) -> None:
    """Raise the reference reader's errors for rows found wrong, labelled by their key."""
    clean = [{k: v for k, v in r.items() if v is not None} for r in records]
    try:
        ObservationSet.from_records(clean, indicators)
    except ObservationError as exc:
        problems = []
        for problem in exc.problems:
            path = problem.path
            for i, record in enumerate(clean):
                prefix = f"records[{i}]"
                if path.startswith(prefix):
                    path = _label(record) + path[len(prefix) :]
                    break
            problems.append(attrs.evolve(problem, path=path))
        raise ObservationError(problems) from None
    raise Unsupported("rows the reference reader accepts but the vectorised reader does not")


def _codes(
    indicators: Sequence[Indicator], scale: int, weight_scale: int, valued: set[str]
) -> list[IndicatorCodes]:
    out = []
    for i, ind in enumerate(indicators):
        kn = kd = 1
        ns = ds = 1
        if ind.measure is MeasureKind.RATIO:
            per = per_proportion(ind.unit)
            kn, kd = per.numerator, per.denominator
            if ind.id in valued:  # values with weights pool as (value × weight, weight)
                ns, ds = 10 ** (scale + weight_scale) * kn, 10**weight_scale
        elif ind.measure in (MeasureKind.COUNT,):
            ns = 10**scale
        elif ind.measure in (MeasureKind.AMOUNT, MeasureKind.SCORE):
            ns, ds = 10 ** (scale + weight_scale), 10**weight_scale
        out.append(IndicatorCodes(i, ind, ns, ds, kn, kd))
    return out


def _float_scale(nw: Namespace, frame: Frame, column: str) -> int:
    """The least power of ten that makes every float of ``column`` whole, proven exactly.

    Each distinct float is read by its shortest decimal (as the reference reads it);
    the scale is accepted only if ``round(x · 10^s)`` gives that decimal's digits for
    every one of them, so the engine's own rounding is known to be exact.
    """
    found = frame.select(column).unique().head(MAX_DISTINCT + 1).collect("polars")
    values = [x for x in found[column].to_list() if x is not None]
    if len(values) > MAX_DISTINCT:
        raise Unsupported(f"more than {MAX_DISTINCT:,} distinct numbers in {column}")
    texts = [repr(float(x)) for x in values]
    scale = 0
    # Each value as (integer digits, decimals): its shortest decimal exactly.
    decimals: list[tuple[int, int]] = []
    for text in texts:
        if "e" in text or "n" in text:  # 1e-07, inf, nan: read exactly below
            exact = Fraction(text) if "n" not in text else None
            if exact is None:
                raise Unsupported(f"a {text} in {column}")
            digits = 0
            while (exact * 10**digits).denominator != 1:
                digits += 1
                if digits > MAX_SCALE:
                    break
            whole = int(exact * 10**digits) if digits <= MAX_SCALE else 0
        elif text.endswith(".0"):
            digits, whole = 0, int(text[:-2])
        else:
            digits = len(text) - text.index(".") - 1
            whole = int(text.replace(".", ""))
        if digits > MAX_SCALE:
            raise Unsupported(f"numbers in {column} with more than {MAX_SCALE} decimals")
        scale = max(scale, digits)
        decimals.append((whole, digits))
    factor = 10**scale
    for x, (whole, digits) in zip(values, decimals, strict=True):
        scaled = whole * 10 ** (scale - digits)
        if round(float(x) * factor) != scaled or abs(scaled) >= 2**53:
            raise Unsupported(f"a number in {column} that scaling cannot keep exact ({x!r})")
    return scale


def _numeric_kind(dtype: NarwhalsDType) -> str:
    if dtype.is_integer():
        return "int"
    if dtype.is_float():
        return "float"
    if dtype.is_numeric():
        return "other"
    text = str(dtype)
    if text.startswith("Boolean"):
        return "bool"
    if text.startswith("String") or text == "Unknown":
        return "str"
    if text.startswith("Null"):
        return "null"
    return "other"


def _scaled(nw: Namespace, column: str, kind: str, scale: int) -> Column:
    col = nw.col(column)
    factor: int = 10**scale  # (typeshed cannot type int ** int: a negative power is a float)
    if kind == "int":
        return col.cast(nw.Int64) * factor
    return (col * factor).round(0).cast(nw.Int64)


def read_observations(
    frame: Frame,
    backend: Backend,
    indicators: Sequence[Indicator],
    periods: Sequence[Period],
    declared: Sequence[Indicator] = (),
    units: Sequence[str] = (),
    inside: Callable[[str], bool] | None = None,
) -> Canonical:
    """Validate the frame and return its rows as exact integer columns.

    Args:
        frame: A narwhals LazyFrame with the columns of :data:`FIELDS` and dimension ids.
        backend: The engine it runs on.
        indicators: The indicators the plan uses; rows for others are left out.
        periods: The periods evaluated (with baselines); rows are kept when their
            period is one of these or lies inside one.
        declared: Indicators declared besides (their rows are checked, then left out).
        units: Every unit code the evaluation may read: each row's code becomes its
            position here (``code_id``), and rows of other codes are left out.
        inside: Whether a code is a unit on every tree; rows of other codes are counted
            (:attr:`Canonical.outside`). By default, whether it is one of ``units``.
    """
    nw = backend.nw
    by_id = {ind.id: ind for ind in indicators}
    schema = _schema(frame)
    columns = list(schema)
    _column_problems(columns, {**{i.id: i for i in declared}, **by_id})
    for name in ("unit", "members"):
        if name in schema and _has_values(nw, frame, name):
            raise Unsupported(f"a {name} column")
    # The source is read once (a lazy pipeline of the user's runs once), then copied
    # once with its keys as integers; every later look at the rows reads that copy.
    needed = [c for c in columns if c != "source"]
    frame = backend.materialise(
        frame.select(needed).with_columns(
            nw.col("indicator").cast(nw.String),
            nw.col("code").cast(nw.String),
            nw.col("period").cast(nw.String),
        )
    )
    pairs = frame.select("indicator", "period").unique().collect("polars").rows()
    ignored = tuple(sorted({str(i) for i, _ in pairs if i not in by_id}))
    frame = frame.filter(nw.col("indicator").is_in(list(by_id)))

    # periods: parse each distinct label once
    found = {p for i, p in pairs if i in by_id}
    labels = sorted(x for x in found if x is not None)
    parsed: dict[str, Period] = {}
    bad_period: str | None = None
    for label in labels:
        try:
            parsed[label] = Period.parse(str(label))
        except Exception:
            bad_period = label
    if bad_period is not None or None in found:
        _report_first(
            nw, frame, (nw.col("period").is_in([bad_period]) | nw.col("period").is_null()), by_id
        )
    wanted = {label: p for label, p in parsed.items() if any(p == q or (p in q) for q in periods)}
    spans = tuple(dict.fromkeys(wanted.values()))  # periods compare by their days
    span_of = {p: i for i, p in enumerate(spans)}
    frame = backend.lookup(
        frame,
        "period",
        list(wanted),
        columns={
            "per": (nw.Int64, [span_of[p] for p in wanted.values()]),
        },
    )
    frame = backend.materialise(backend.lookup(frame, "code", list(units), "code_id", keep=True))
    unknown = frame.filter(nw.col("code_id").is_null())
    outside = _rows_outside(nw, unknown, spans, lambda code: False)
    if inside is not None:  # codes of some trees only
        partly = frame.filter(~nw.col("code_id").is_null())
        outside.update(_rows_outside(nw, partly, spans, inside))
    frame = frame.filter(~nw.col("code_id").is_null())

    # basis
    if "basis" in schema:
        frame = frame.with_columns(nw.col("basis").cast(nw.String))
        # text: the column was cast to String above
        bases = cast("list[str | None]", _distinct(nw, frame, "basis"))
        own_labels: list[str] = []
        bad_bases: list[str] = []
        for b in bases:
            if b is None:
                continue
            try:
                basis = Basis(str(b).strip().lower()) if not isinstance(b, Basis) else b
            except ValueError:
                try:
                    basis = Observation(
                        indicator="x", code="x", period="2020", value=1, basis=b
                    ).basis
                except ObservationError:
                    bad_bases.append(b)
                    continue
            if basis is Basis.OWN:
                own_labels.append(b)
        if bad_bases:
            _report_first(nw, frame, nw.col("basis").is_in(bad_bases), by_id)
        frame = frame.with_columns(own=nw.col("basis").is_in(own_labels).fill_null(False))
        has_own = bool(own_labels)
    else:
        frame = frame.with_columns(own=nw.lit(False))
        has_own = False

    # members, from dimension columns
    dimension_ids = sorted(
        {d.id for ind in [*indicators, *declared] for d in ind.dimensions} & set(columns)
    )
    if dimension_ids:
        parts = [
            nw.when(~nw.col(dim).is_null())
            .then(nw.concat_str([nw.lit(f"{dim}="), nw.col(dim).cast(nw.String), nw.lit(";")]))
            .otherwise(nw.lit(""))
            for dim in dimension_ids
        ]
        frame = frame.with_columns(mem=nw.concat_str(parts) if len(parts) > 1 else parts[0])
        _check_members(nw, frame, by_id, dimension_ids)
    else:
        frame = frame.with_columns(mem=nw.lit(""))

    # numbers
    kinds: dict[str, str] = {}
    for name in ("value", "numerator", "denominator", "weight"):
        if name not in schema:
            continue
        kind: str = _numeric_kind(schema[name])
        if kind in ("str", "null") and not _has_values(nw, frame, name):
            kind = "null"
        elif kind == "str" and name != "value":
            frame, kind = _parse_text_numbers(nw, frame, name)
        kinds[name] = kind
    given = {name for name, kind in kinds.items() if kind != "null"}
    if "value" in given and given & {"numerator", "denominator"}:  # one form per row (§4)
        pair = [~nw.col(name).is_null() for name in ("numerator", "denominator") if name in given]
        both = ~nw.col("value").is_null() & (pair[0] | pair[-1])
        if _has_rows(frame.filter(both)):  # said before any number is read
            _report_first(nw, frame, both, by_id)
    for name in ("numerator", "denominator"):
        pair_kind = kinds.get(name)
        if pair_kind in ("other", "str", "bool"):
            raise Unsupported(f"{name} of type {schema[name]}")
        if pair_kind == "float" and _float_scale(nw, frame, name) != 0:
            raise Unsupported(f"a {name} that is not a whole number")
    wkind = kinds.get("weight")
    if wkind in ("other", "str", "bool"):
        raise Unsupported(f"weight of type {schema['weight']}")
    weight_scale = _float_scale(nw, frame, "weight") if wkind == "float" else 0
    vkind = kinds.get("value")
    scale = 0
    if vkind == "float":
        scale = _float_scale(nw, frame, "value")
    elif vkind == "other":
        raise Unsupported(f"values of type {schema['value']}")
    text_values: dict[tuple[str, str], Fraction | bool | int] = {}
    if vkind == "str":
        text_values, scale = _read_texts(nw, frame, by_id)
    ratio_ids = [ind.id for ind in indicators if ind.measure is MeasureKind.RATIO]
    valued: set[str] = set()
    if ratio_ids and "value" in kinds and kinds["value"] != "null":
        valued = {
            str(x)
            for x in _distinct(
                nw,
                frame.filter(nw.col("indicator").is_in(ratio_ids) & ~nw.col("value").is_null()),
                "indicator",
            )
        }
    codes = _codes(list(indicators), scale, weight_scale, valued)
    frame = backend.lookup(  # an indicator's code is its position
        frame,
        "indicator",
        [c.indicator.id for c in codes],
        "ind",
        {
            "measure": (nw.Int64, [MEASURES.index(c.indicator.measure) for c in codes]),
            "measure_name": (nw.String, [c.indicator.measure.value for c in codes]),
            "bounded": (nw.Boolean, [c.indicator.is_bounded_ratio for c in codes]),
            "kn": (nw.Int64, [c.kn for c in codes]),
            "kd": (nw.Int64, [c.kd for c in codes]),
            "ns": (nw.Int64, [c.ns for c in codes]),
            "ds": (nw.Int64, [c.ds for c in codes]),
        },
    )
    none = nw.lit(None, dtype=nw.Int64)
    num = nw.col("numerator").cast(nw.Int64) if "numerator" in kinds else none
    den = nw.col("denominator").cast(nw.Int64) if "denominator" in kinds else none
    if kinds.get("numerator") == "float":
        num = nw.col("numerator").round(0).cast(nw.Int64)
    if kinds.get("denominator") == "float":
        den = nw.col("denominator").round(0).cast(nw.Int64)
    lvl = none
    if vkind in ("int", "float"):
        val = _scaled(nw, "value", vkind, scale)
        vbool = nw.lit(None, dtype=nw.Boolean)
    elif vkind == "bool":
        val = none
        vbool = nw.col("value")
    elif vkind == "str":
        frame = frame.join(
            _text_table(nw, backend, text_values, scale), on=["indicator", "value"], how="left"
        )
        val, vbool, lvl = nw.col("t_val"), nw.col("t_bool"), nw.col("t_lvl")
    else:
        val, vbool = none, nw.lit(None, dtype=nw.Boolean)
    weight = _scaled(nw, "weight", wkind, weight_scale) if wkind in ("int", "float") else none
    frame = frame.with_columns(num=num, den=den, val=val, vbool=vbool, wt=weight, lvl=lvl)
    shape = _Kinds(
        frozenset(ind.measure for ind in indicators),
        vkind not in (None, "null"),
        wkind in ("int", "float"),
        "numerator" in kinds,
    )
    frame = _pairs(nw, frame, scale, weight_scale, shape)
    bad = _bad_rows(Translator(backend, wide=False), scale, weight_scale, shape)
    member_codes = {"": 0}
    if dimension_ids:  # else every row's member set is the empty one
        for text in sorted(str(x) for x in _distinct(nw, frame, "mem") if x):
            member_codes[text] = len(member_codes)
    if len(member_codes) >= MAX_CODES or len(codes) >= MAX_CODES or len(spans) >= MAX_SPANS:
        raise Unsupported("more indicators, member sets or periods than integer keys hold")
    if len(member_codes) > 1:
        mapping = backend.table(
            {"mem": list(member_codes), "mem_code": list(member_codes.values())},
            {"mem": nw.String, "mem_code": nw.Int64},
        )
        frame = frame.join(mapping, on="mem", how="left").with_columns(mem=nw.col("mem_code"))
    else:
        frame = frame.with_columns(mem=nw.lit(0, dtype=nw.Int64))
    out = backend.materialise(
        frame.select(
            "code_id",
            nw.col("ind").alias("indicator_id"),
            nw.col("mem").alias("members_id"),
            nw.col("own").alias("own_basis"),
            nw.col("n").alias("pair_num"),
            nw.col("d").alias("pair_den"),
            nw.col("vn").alias("value_num"),
            nw.col("vd").alias("value_den"),
            nw.col("vb").alias("value_flag"),
            nw.col("na").alias("not_applicable"),
            key=_row_key(nw),
            bad=bad,
        )
    )
    stats = _stats(backend, out)
    if any(row["bad"] for row in stats):
        _report_first(nw, frame, bad, by_id)
    space = len(units) * len(codes) * len(member_codes) * 2 * len(spans)
    dense = (
        ((nw.col("code_id") * len(codes) + nw.col("indicator_id")) * len(member_codes))
        + nw.col("members_id")
    ) * 2 + nw.col("own_basis").cast(nw.Int64)
    dense = dense * len(spans) + nw.col("key") % MAX_SPANS
    if space >= LIMIT or backend.distinct_keys(out.select(dense.alias("dense")), space) is not True:
        _check_duplicates(backend, out, frame, by_id)
    total = _check_range(stats)
    out = out.drop("bad")
    return Canonical(
        out, tuple(codes), ignored, member_codes, total, has_own, spans, tuple(units), outside
    )


def _rows_outside(
    nw: Namespace, frame: Frame, spans: Sequence[Period], inside: Callable[[str], bool]
) -> dict[tuple[str, Period], int]:
    """Rows per (code, period) of the codes read for which ``inside`` is false: one
    look at the distinct codes, and a count only where some code is outside."""
    outside = [str(c) for c in _distinct(nw, frame, "code") if c is not None and not inside(str(c))]
    if not outside:
        return {}
    counted = (
        frame.filter(nw.col("code").is_in(outside))
        .group_by("code", "per")
        .agg(nw.len().alias("rows"))
        .collect("polars")
    )
    found: dict[tuple[str, Period], int] = {}
    for code, per, rows in counted.rows():
        where = (str(code), spans[int(per)])
        found[where] = found.get(where, 0) + int(rows)
    return found


def _row_key(nw: Namespace) -> Column:
    """One integer for (indicator, members, basis, data period) within a unit's rows."""
    own = nw.col("own").cast(nw.Int64)
    return ((nw.col("ind") * MAX_CODES + nw.col("mem")) * 2 + own) * MAX_SPANS + nw.col("per")


def _parse_text_numbers(nw: Namespace, frame: Frame, column: str) -> tuple[Frame, str]:
    """Numbers given as text: whole numbers, or decimals short enough to be exact as floats."""
    col = nw.col(column)
    grouped = col.str.contains(GROUPED_NUMBER)  # "1.500": the reference reader refuses it
    bad = ~col.is_null() & (col.cast(nw.Float64).is_null() | (col.str.len_chars() > 15) | grouped)
    if _has_rows(frame.filter(bad)):
        raise Unsupported(f"{column} given as text that is not a short, unambiguous number")
    return frame.with_columns(col.cast(nw.Float64)), "float"


def _has_values(nw: Namespace, frame: Frame, column: str) -> bool:
    return _has_rows(frame.filter(~nw.col(column).is_null()))


def _has_rows(frame: Frame) -> bool:
    """Whether ``frame`` has a row (found without summing: filters run row by row)."""
    return len(frame.head(1).collect("polars")) > 0


def _distinct(nw: Namespace, frame: Frame, column: str) -> list[Scalar]:
    found = frame.select(column).unique().collect("polars")
    return list(found[column].to_list())


def _to_records(frame: Frame, dimensions: set[str], limit: int = 20) -> list[Record]:
    fields = [c for c in frame.collect_schema().names() if c in FIELDS or c in dimensions]
    found = frame.select(fields).head(limit).collect("polars")
    return list(found.rows(named=True))


def _report_first(
    nw: Namespace, frame: Frame, flag: Column, by_id: Mapping[str, Indicator]
) -> None:
    dims = {d.id for ind in by_id.values() for d in ind.dimensions}
    report_rows(_to_records(frame.filter(flag), dims), by_id)


def _check_members(
    nw: Namespace, frame: Frame, by_id: Mapping[str, Indicator], dimension_ids: Sequence[str]
) -> None:
    combos = frame.select("indicator", *dimension_ids).unique().collect("polars").rows(named=True)
    bad = []
    for combo in combos:
        ind = by_id[combo["indicator"]]
        allowed = {d.id: set(d.members) for d in ind.dimensions}
        for dim in dimension_ids:
            member = combo[dim]
            if member is None:
                continue
            if dim not in allowed or str(member) not in allowed[dim]:
                bad.append(combo)
                break
    if bad:
        flag = nw.lit(False)
        for combo in bad[:5]:
            cond = nw.col("indicator") == combo["indicator"]
            for dim in dimension_ids:
                member = combo[dim]
                cond = cond & (nw.col(dim).is_null() if member is None else nw.col(dim) == member)
            flag = flag | cond
        _report_first(nw, frame, flag, by_id)


def _read_texts(
    nw: Namespace, frame: Frame, by_id: Mapping[str, Indicator]
) -> tuple[dict[tuple[str, str], Fraction | bool | int], int]:
    """Each distinct (indicator, text value) read once by the reference reader."""
    pairs = frame.select("indicator", "value").unique().head(MAX_TEXTS + 1).collect("polars").rows()
    if len(pairs) > MAX_TEXTS:
        raise Unsupported(f"more than {MAX_TEXTS} distinct text values")
    out: dict[tuple[str, str], Fraction | bool | int] = {}
    bad: list[str] = []
    for indicator, text in pairs:
        if text is None:
            continue
        read_as = by_id[indicator]
        try:
            read = read_value(read_as, text)
        except ObservationError:
            bad.append(text)
            continue
        if read_as.measure is MeasureKind.ORDINAL:
            out[(indicator, text)] = read_as.levels.index(str(read))
        elif isinstance(read, bool | Fraction):
            out[(indicator, text)] = read
    if bad:
        _report_first(nw, frame, nw.col("value").is_in(bad), by_id)
    scale = 0
    for value in out.values():
        if isinstance(value, Fraction):
            while (value * 10**scale).denominator != 1:
                scale += 1
                if scale > MAX_SCALE:
                    raise Unsupported(f"numbers with more than {MAX_SCALE} decimals")
    return out, scale


def _text_table(
    nw: Namespace,
    backend: Backend,
    values: Mapping[tuple[str, str], Fraction | bool | int],
    scale: int,
) -> Frame:
    rows = list(values.items())
    return backend.table(
        {
            "indicator": [k[0] for k, _ in rows],
            "value": [k[1] for k, _ in rows],
            "t_val": [int(v * 10**scale) if isinstance(v, Fraction) else None for _, v in rows],
            "t_bool": [v if isinstance(v, bool) else None for _, v in rows],
            "t_lvl": [v if type(v) is int else None for _, v in rows],
        },
        {
            "indicator": nw.String,
            "value": nw.String,
            "t_val": nw.Int64,
            "t_bool": nw.Boolean,
            "t_lvl": nw.Int64,
        },
    )


@attrs.frozen
class _Kinds:
    """What the rows can hold: the expressions below keep only the branches they need."""

    measures: frozenset[MeasureKind]
    values: bool
    weights: bool
    pairs: bool


#: The ``measure`` column's codes.
MEASURES = tuple(MeasureKind)


def _is(nw: Namespace, *kinds: MeasureKind) -> Column:
    codes = [MEASURES.index(k) for k in kinds]
    column = nw.col("measure")
    return column == codes[0] if len(codes) == 1 else column.is_in(codes)


def _pairs(nw: Namespace, frame: Frame, scale: int, weight_scale: int, kinds: _Kinds) -> Frame:
    """The additive pair, the value and the flags of every row, by measure kind."""
    present = kinds.measures
    num, den, val, wt, vbool = (nw.col(c) for c in ("num", "den", "val", "wt", "vbool"))
    one_w = nw.lit(10**weight_scale)
    w = nw.when(wt.is_null()).then(one_w).otherwise(wt) if kinds.weights else one_w
    ratio = MeasureKind.RATIO in present
    count = MeasureKind.COUNT in present
    quantity = bool(present & {MeasureKind.AMOUNT, MeasureKind.SCORE})
    boolean = MeasureKind.BOOLEAN in present
    ordinal = MeasureKind.ORDINAL in present
    is_ratio = _is(nw, MeasureKind.RATIO)
    is_count = _is(nw, MeasureKind.COUNT)
    is_quantity = _is(nw, MeasureKind.AMOUNT, MeasureKind.SCORE)
    is_bool = _is(nw, MeasureKind.BOOLEAN)
    if boolean:
        vb_from_number = (
            nw.when(val == 10**scale).then(nw.lit(True)).when(val == 0).then(nw.lit(False))
        )
        truth = nw.when(~vbool.is_null()).then(vbool).otherwise(vb_from_number)
        frame = frame.with_columns(
            truth=nw.when(is_bool).then(truth).otherwise(nw.lit(None, dtype=nw.Boolean))
        )
    else:
        frame = frame.with_columns(truth=nw.lit(None, dtype=nw.Boolean))
    t = nw.col("truth")
    n: Conditional | None = None
    d: Conditional | None = None
    vn: Conditional | None = None
    vd: Conditional | None = None

    def add(chain: Conditional | None, when: Column, then: Column) -> Conditional:
        return nw.when(when).then(then) if chain is None else chain.when(when).then(then)

    if ratio:
        if kinds.pairs:
            n = add(n, is_ratio & ~num.is_null(), num * nw.col("ns"))
            d = add(d, is_ratio & ~den.is_null(), den * nw.col("ds"))
        if kinds.values and kinds.weights:
            n = add(n, is_ratio & ~wt.is_null(), val * nw.col("kd") * wt)
            d = add(d, is_ratio & ~wt.is_null(), wt)
        if kinds.values:
            bare = is_ratio & num.is_null() & ~val.is_null()
            vn = add(vn, bare, val)
            vd = add(vd, bare, nw.lit(10**scale))
        if kinds.pairs:
            vn = add(vn, is_ratio & (den > 0), num * nw.col("kn"))
            vd = add(vd, is_ratio & (den > 0), den * nw.col("kd"))
    if count:
        n = add(n, is_count, val)
        d = add(d, is_count, nw.lit(1))
    if quantity:
        n = add(n, is_quantity, val * w)
        d = add(d, is_quantity, w)
    if count or quantity:
        vn = add(vn, is_count | is_quantity, val)
        vd = add(vd, is_count | is_quantity, nw.lit(10**scale))
    if boolean:
        n = add(n, is_bool, nw.when(t).then(nw.lit(1)).otherwise(nw.lit(0)))
        d = add(d, is_bool & (~t.is_null()), nw.lit(1))
    if ordinal:
        is_ordinal = _is(nw, MeasureKind.ORDINAL)
        vn = add(vn, is_ordinal, nw.col("lvl"))
        vd = add(vd, is_ordinal & (~nw.col("lvl").is_null()), nw.lit(1))
    null = nw.lit(None, dtype=nw.Int64)
    na = (is_ratio & (den == 0)).fill_null(False) if ratio and kinds.pairs else nw.lit(False)
    return frame.with_columns(
        n=null if n is None else n.cast(nw.Int64),
        d=null if d is None else d.cast(nw.Int64),
        vn=null if vn is None else vn.cast(nw.Int64),
        vd=null if vd is None else vd.cast(nw.Int64),
        vb=t,
        na=na,
    )


def _bad_rows(translator: Translator, scale: int, weight_scale: int, kinds: _Kinds) -> Column:
    """True for rows that fail a check of :mod:`cchc_model.rules.rows` (the reference
    reader words the problems)."""
    row = Row(
        numerator=col("num"),
        denominator=col("den"),
        value_num=col("val"),
        value_den=lit(10**scale),
        weight_num=col("wt"),
        weight_den=lit(10**weight_scale),
        flag=col("truth", DType.BOOL),
        level=col("lvl"),
        given=col("val").is_not_null()
        | col("vbool", DType.BOOL).is_not_null()
        | col("lvl").is_not_null(),
        unit=lit(False),
    )
    measure = (col("measure_name", DType.TEXT, nullable=False), kinds.measures)
    full = (col("kn", nullable=False), col("kd", nullable=False))
    checks = all_checks(row, measure, col("bounded", DType.BOOL, nullable=False), full)
    bad = checks[0].fails
    for check in checks[1:]:
        bad = bad | check.fails
    return translator.expr(bad.fill_null(True))


def _check_duplicates(
    backend: Backend, coded: Frame, frame: Frame, by_id: Mapping[str, Indicator]
) -> None:
    """Two rows with one (indicator, code, period, members, basis) are an error (§4)."""
    nw = backend.nw
    dup = (
        coded.group_by("code_id", "key")
        .agg(nw.len().alias("rows"))
        .filter(nw.col("rows") > 1)
        .select("code_id", "key")
        .head(5)
    )
    found = dup.collect("polars")
    if len(found):
        flagged = frame.with_columns(key=_row_key(nw)).join(dup, on=["code_id", "key"], how="semi")
        _report_first(nw, flagged, ~nw.col("indicator").is_null(), by_id)


_SUMMED = ("pair_num", "pair_den", "value_num")


def _stats(backend: Backend, frame: Frame) -> list[Record]:
    """Per indicator: whether a row is bad, the magnitude of each pair column's sum and
    the rows."""
    return backend.indicator_stats(frame, "indicator_id", _SUMMED)


def _check_range(stats: list[Record]) -> dict[int, float]:
    """Sums of the pair columns must stay far from 64-bit overflow."""
    totals: dict[int, float] = {}
    for row in stats:
        for name in _SUMMED:
            if float(row[name] or 0) >= LIMIT / 4:
                raise Unsupported(f"numbers too large to sum exactly in 64 bits ({name})")
        # a mean's denominator grows with the rows it pools: count them in the bound
        # the group key and the row count are never null
        index, rows = cast(int, row["indicator_id"]), cast(int, row["rows"])
        totals[int(index)] = max(float(row[name] or 0) for name in _SUMMED) + int(rows)
    return totals

"""A draft plan read from text: typed targets, each with the sentence it came from.

:class:`Draft` holds what :func:`cchc_model.text.extract` read: every target as a model
object (``Comparison``, ``Between``, ``Change``, ``Rank``, ``RankChange``, ``Ordinal``,
``Share``), the indicator it measures (a catalogue indicator when the phrase matched one,
else a custom one named by the phrase and flagged for review), the sentence and its
character span, the notes on readings chosen, and every sentence that holds a figure or
a target phrase but gave no target, with the reason. ``Draft.plan()`` is a
:class:`~cchc_model.Plan`; ``Draft.to_yaml()`` the plan file; ``Draft.explain()`` the
sentence-by-sentence account; in a notebook the draft shows each sentence with its
targets beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from fractions import Fraction
from html import escape

import attrs

from ..exceptions import CchcError
from ..model.agencies import Agency
from ..model.indicators import Direction, Indicator, MeasureKind, SpatialRule, TemporalRule
from ..model.jurisdictions import PLACEHOLDER_PREFIX, Level
from ..model.periods import Period
from ..model.plans import Plan
from ..model.targets import (
    AtLeast,
    Between,
    Change,
    Comparison,
    Op,
    Ordinal,
    Rank,
    RankChange,
    Recurrence,
    Scope,
    Share,
    Target,
)
from ..model.units import Amount
from . import lexicon as lx
from .indicators import IndicatorMatch, match_indicator, slug
from .numbers import parse_number
from .reading import PieceReading
from .rules import Reading

__all__ = ["Draft", "DraftTarget", "Unread", "build_draft"]

BANDS = ("yếu", "trung bình", "khá", "tốt", "xuất sắc")
GRADES = (
    "không hoàn thành nhiệm vụ",
    "hoàn thành nhiệm vụ",
    "hoàn thành tốt nhiệm vụ",
    "hoàn thành xuất sắc nhiệm vụ",
)
"""How a duty was done, the grades of an agency's or an official's year ("Hoàn thành tốt
nhiệm vụ"), worst first: the scale of a grade read, where :data:`BANDS` is an index's."""
_OPS = {">=": Op.GE, ">": Op.GT, "<=": Op.LE, "<": Op.LT, "=": Op.EQ}
_RECURRENCE = {
    "yearly": Recurrence.YEAR,
    "half_yearly": Recurrence.HALF,
    "quarterly": Recurrence.QUARTER,
    "monthly": Recurrence.MONTH,
}
_LEVELS = {"province": Level.PROVINCE, "district": Level.DISTRICT, "commune": Level.COMMUNE}
UNKNOWN_ISSUER = f"{PLACEHOLDER_PREFIX}issuer"
"""The issuer code of a draft read without ``issuer=``: a placeholder to replace."""
UNKNOWN_AGENCIES = f"{PLACEHOLDER_PREFIX}agencies"
"""The code of the one agency a draft declares for targets set for each agency: a
placeholder to replace with the plan's agencies."""


@attrs.frozen
class DraftTarget:
    """One target of a draft.

    Attributes:
        target: The model object.
        reading: What the rules read (operator, value, unit, level … in words).
        indicator: The indicator it measures.
        matched: The catalogue match, or none for a custom indicator.
        sentence: The sentence or list item it came from, exactly as in the text.
        span: Where that sentence sits in the text (character offsets).
    """

    target: Target
    reading: Reading
    indicator: Indicator
    matched: IndicatorMatch | None
    sentence: str
    span: tuple[int, int]

    @property
    def review(self) -> bool:
        """Whether a person should check it: a custom indicator or a reading chosen."""
        return self.matched is None or bool(self.target.note)


@attrs.frozen
class Unread:
    """A sentence that holds a figure or a target phrase but gave no target."""

    text: str
    span: tuple[int, int]
    reason: str


@attrs.frozen
class Draft:
    """A draft plan read from text (see the module's text)."""

    text: str
    pieces: tuple[PieceReading, ...]
    targets: tuple[DraftTarget, ...]
    unread: tuple[Unread, ...]
    issuer: str
    period: Period
    plan_id: str
    title: str
    source: str = ""

    def plan(self) -> Plan:
        """The draft as a plan: its targets and the indicators they measure."""
        indicators: dict[str, Indicator] = {}
        for found in self.targets:
            for target in found.target.walk():
                indicator = getattr(target, "indicator", None)
                if isinstance(indicator, Indicator):
                    indicators.setdefault(indicator.id, indicator)
        return Plan(
            id=self.plan_id,
            title=self.title,
            issuer=self.issuer,
            period=self.period,
            source=self.source,
            indicators=tuple(indicators.values()),
            targets=self._grouped(),
            agencies=(self._placeholder_agency(),) if self._for_agencies() else (),
        )

    def _grouped(self) -> tuple[Target, ...]:
        """The targets, the parts of "ít nhất 2 trong 3 chỉ tiêu …" inside the target that so
        many of them be met, where the first of them stands."""
        out: list[Target | int] = []  # a target, or where a group's target goes
        groups: dict[int, list[DraftTarget]] = {}
        for found in self.targets:
            group = found.reading.at_least
            if group is None:
                out.append(found.target)
                continue
            if group[1] not in groups:
                out.append(group[1])
            groups.setdefault(group[1], []).append(found)
        return tuple(
            item if not isinstance(item, int) else _at_least(groups[item], self.text)
            for item in out
        )

    def _for_agencies(self) -> bool:
        """Whether a target is set for each agency (the plan must then declare them)."""
        scopes = (
            getattr(nested, "scope", None)
            for found in self.targets
            for nested in found.target.walk()
        )
        return any(isinstance(scope, Scope) and scope.mode.on_agencies for scope in scopes)

    def _placeholder_agency(self) -> Agency:
        """The agencies a text names as a group ("các sở, ban, ngành"): one placeholder to
        replace with the plan's own list, so that the draft is a valid plan."""
        return Agency(
            code=UNKNOWN_AGENCIES,
            name="Các cơ quan, đơn vị (thay bằng danh sách của kế hoạch)",
            kind="other",
            jurisdiction=self.issuer,
        )

    def to_yaml(self) -> str:
        """The plan file of the draft, with a header saying what to review."""
        from ..io.serialization import dumps

        review = sum(1 for t in self.targets if t.review)
        header = [
            "# Draft read from text by `cchc extract`: check every target before use.",
            f"# {len(self.targets)} targets ({review} to review: a custom indicator or a "
            "reading chosen, see `note`),",
            f"# {len(self.unread)} sentences with figures gave no target "
            "(`cchc extract --explain` lists them).",
        ]
        if self.issuer == UNKNOWN_ISSUER:
            header.append("# The issuer is a placeholder: give --issuer CODE.")
        if self._for_agencies():
            header.append(
                f"# The agencies are a placeholder ({UNKNOWN_AGENCIES}): declare the plan's "
                "sở, ban, ngành under `agencies`."
            )
        return "\n".join(header) + "\n" + dumps(self.plan())

    def _places(self) -> list[tuple[PieceReading, list[DraftTarget], str | None]]:
        """Each place of the document read, once, with its targets and, if it gave none, why:
        the pieces read from one table row (its item, the lead of its label) are one place."""
        by_span: dict[tuple[int, int], list[DraftTarget]] = {}
        for found in self.targets:
            by_span.setdefault(found.span, []).append(found)
        places: dict[tuple[int, int], tuple[PieceReading, list[DraftTarget], str | None]] = {}
        for piece in self.pieces:
            span = (piece.piece.start, piece.piece.end)
            if span not in places:
                places[span] = (piece, by_span.get(span, []), piece.unread)
                continue
            # shown as its item, not its label's lead; why it gave nothing, from any piece
            first, targets, unread = places[span]
            shown = piece if first.piece.is_lead and not piece.piece.is_lead else first
            places[span] = (shown, targets, unread or piece.unread)
        return list(places.values())

    def explain(self) -> str:
        """Sentence by sentence: what was read, with the reason for each reading."""
        lines: list[str] = []
        for piece, here, unread in self._places():
            span = (piece.piece.start, piece.piece.end)
            if not here and unread is None and not piece.piece.is_lead:
                continue
            lines.append(f"[{span[0]}–{span[1]}] {piece.piece.text}")
            if piece.piece.is_lead:
                lines.append("    lead: carries " + _context_words(piece) + " to what follows")
            for item in here:
                lines.append(f"    → {item.target.id}: {_describe(item)}")
                if item.target.note:
                    lines.append(f"      note: {item.target.note}")
            if unread is not None and not here:
                lines.append(f"    unread: {unread}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = []
        for piece, here, unread in self._places():
            if not here and unread is None:
                continue
            right = (
                "<br>".join(
                    f"<code>{escape(item.target.id)}</code>: {escape(_describe(item))}"
                    + (f"<br><small>{escape(item.target.note)}</small>" if item.target.note else "")
                    for item in here
                )
                or f"<em>unread: {escape(unread or '')}</em>"
            )
            rows.append(
                f"<tr><td style='text-align:left;vertical-align:top'>{escape(piece.piece.text)}"
                f"</td><td style='text-align:left;vertical-align:top'>{right}</td></tr>"
            )
        return (
            f"<p><strong>{escape(self.title)}</strong> — {len(self.targets)} targets, "
            f"{len(self.unread)} unread sentences</p><table><thead><tr><th>sentence</th>"
            f"<th>targets</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )


def _context_words(piece: PieceReading) -> str:
    from .rules import context_of

    context = context_of(piece.piece.text, piece.context)
    said = []
    if context.committed:
        said.append("a commitment (its figures are targets)")
    if context.aspirational:
        said.append("aspiration")
    if context.period:
        said.append(f"period {context.period}")
    if context.deadline:
        said.append(f"deadline {context.deadline.isoformat()}")
    if context.recurrence:
        said.append(context.recurrence)
    if context.levels:
        said.append("levels " + ", ".join(context.levels))
    if context.change:
        said.append("a reduction")
    return ", ".join(said) or "nothing"


def _at_least(parts: list[DraftTarget], text: str) -> Target:
    """The target that at least so many of ``parts`` be met, as the text's group says."""
    first = parts[0]
    n, at = first.reading.at_least or (len(parts), first.span[0])
    return AtLeast(
        id=f"{first.target.id}-at-least-{n}-of-{len(parts)}",
        n=n,
        parts=tuple(found.target for found in parts),
        source_text=first.sentence,
        source_span=first.span,
        aspirational=first.target.aspirational,
        note=f"at least {n} of its {len(parts)} parts, as “{text[at : at + 40].strip()}…” says",
    )


def _describe(item: DraftTarget) -> str:
    r = item.reading
    where = "" if r.level == "self" else f" [{r.level}]"
    indicator = (
        f"{item.indicator.id} (catalogue, {item.matched.score:.0%} match)"
        if item.matched
        else f"{item.indicator.id} (custom: review)"
    )
    return f"{item.target} on {indicator}{where} — “{r.phrase}”"


# --- building ------------------------------------------------------------------------


#: A time allowed, by the unit a reading gives it (days may be working days).
_TIME_UNITS = {"days": "day", "hours": "hour", "minutes": "minute"}


def _custom_indicator(
    ident: str, reading: Reading, *, boolean: bool = False, days: str = "day"
) -> Indicator:
    name = reading.phrase[:1].upper() + reading.phrase[1:] if reading.phrase else ident
    unit, op = reading.unit, reading.op
    if boolean or unit == "none":
        return Indicator(id=ident, name=name, measure=MeasureKind.BOOLEAN)
    if unit == "percentage_points" or (unit == "percent" and not op.startswith("change_")):
        # "105% dự toán": a ratio whose numerator is not part of its denominator
        return Indicator(id=ident, name=name, measure=MeasureKind.RATIO,
                         bounded=not _above_whole(reading))  # fmt: skip
    if unit == "percent":  # a relative change: of a time, a cost, or a count of things
        lower = Direction.LOWER_IS_BETTER if op == "change_decrease" else Direction.HIGHER_IS_BETTER
        amount = _AMOUNTS.get(
            reading.phrase.split(" ", 2)[0].lower()
            + " "
            + (reading.phrase.split(" ", 2)[1].lower() if " " in reading.phrase else "")
        )
        if amount is None:
            return Indicator(id=ident, name=name, measure=MeasureKind.COUNT, unit="unit",
                             direction=lower)  # fmt: skip
        return Indicator(id=ident, name=name, measure=MeasureKind.AMOUNT, unit=amount,
                         spatial=SpatialRule.MEAN, temporal=TemporalRule.MEAN,
                         direction=lower)  # fmt: skip
    if unit == "count":
        return Indicator(id=ident, name=name, measure=MeasureKind.COUNT, unit="unit")
    if unit in _TIME_UNITS:
        time_unit = days if unit == "days" else _TIME_UNITS[unit]
        return Indicator(id=ident, name=name, measure=MeasureKind.AMOUNT, unit=time_unit,
                         spatial=SpatialRule.MAX, temporal=TemporalRule.MEAN,
                         direction=Direction.LOWER_IS_BETTER)  # fmt: skip
    if unit == "level":
        scale = GRADES if reading.value in GRADES else BANDS
        return Indicator(id=ident, name=name, measure=MeasureKind.ORDINAL, levels=scale)
    return Indicator(id=ident, name=name, measure=MeasureKind.SCORE, unit="point")


def _above_whole(reading: Reading) -> bool:
    """Whether a percentage goes above 100 ("đạt tối thiểu 105% dự toán")."""
    if reading.unit != "percent" or reading.op.startswith("change") or not reading.value:
        return False
    return any(Fraction(part) > 100 for part in reading.value.split(".."))


def _custom_kind(reading: Reading) -> str:
    change = reading.op.startswith("change") and reading.unit == "percent"
    return "change" if change else reading.unit


_AMOUNTS = {"thời gian": "working_day", "chi phí": "dong"}


def _scope(level: str, notes: list[str]) -> Scope:
    if level in _LEVELS:
        return Scope.pooled(_LEVELS[level])
    if level.startswith("each_") and level[5:] in _LEVELS:
        return Scope.each(_LEVELS[level[5:]])
    if level == "each_agency":
        return Scope.each_agency()
    if level == "each_ministry":
        notes.append("each bộ, ngành: declare them as the plan's agencies")
        return Scope.each_agency()
    if level == "each_unit":
        notes.append("each bộ, ngành and địa phương: read as each province; add the agencies")
        return Scope.each(Level.PROVINCE)
    if level == "agency":
        notes.append("a share of agencies, measured for the issuer")
    if level == "nation":
        notes.append("a figure of the whole country, measured for the issuer")
    return Scope()


def _baseline(reading: Reading, period: Period, notes: list[str]) -> Period | None:
    """The year a change is measured against, as the text names it ("so với năm 2024"),
    when it ends before the period measured and is not the period just before it (the
    default); none otherwise."""
    if reading.against is None:
        return None
    against = Period.parse(reading.against)
    if against.last_day >= period.start:
        notes.append(f"measured against {reading.against}, not before its period: not kept")
        return None
    return None if against == period.previous() else against


def _window(label: str | None) -> Period | None:
    """A period as the rules name it ("2025-H2" is the model's "2025-S2")."""
    return Period.parse(label.replace("-H", "-S")) if label else None


def _within(window: Period | None, plan: Period) -> bool:
    return window is None or (window.start >= plan.start and window.end <= plan.end)


def _inside(day: date, plan: Period) -> bool:
    return plan.start <= day <= plan.last_day


def _kept_target(
    ident: str, reading: Reading, indicator: Indicator, plan_period: Period, notes: list[str],
    source: tuple[str, tuple[int, int]], within: Indicator | None = None,
) -> tuple[Target, Indicator]:  # fmt: skip
    """The target of a reading; what the model cannot hold together (a yearly target in a
    quarter, a rank at another level, a sub-quota of its own indicator) is left out, and its
    note says what and why."""
    if within is not None:
        try:
            return _target(ident, reading, indicator, plan_period, list(notes), source,
                           within), indicator  # fmt: skip
        except CchcError as exc:
            problem = str(exc).splitlines()[0]
            notes.append(f"trong đó: kept as a plain share, its base could not be ({problem})")
    attempts = (
        (reading, ""),
        (attrs.evolve(reading, recurrence=None), "the recurrence"),
        (attrs.evolve(reading, recurrence=None, period=None), "the recurrence and period"),
        (
            attrs.evolve(reading, recurrence=None, period=None, deadline=None, level="self",
                         of_units=False),
            "the recurrence, period, deadline and level",
        ),
    )  # fmt: skip
    problem = ""
    for attempt, dropped in attempts:
        tried = list(notes)
        if dropped:
            tried.append(f"the text's {dropped} could not be kept ({problem})")
        try:
            target = _target(ident, attempt, indicator, plan_period, tried, source)
        except CchcError as exc:
            problem = str(exc).splitlines()[0]
            continue
        notes[:] = tried
        return target, indicator
    flag = Indicator(id=f"{indicator.id}-done", name=indicator.name, measure=MeasureKind.BOOLEAN)
    notes.append(f"read as a task: the figure could not be kept ({problem})")
    done = attrs.evolve(reading, op="yes", value="", unit="none", recurrence=None, period=None,
                        deadline=None, level="self", of_units=False)  # fmt: skip
    return _target(ident, done, flag, plan_period, notes, source), flag


def _target(
    ident: str, reading: Reading, indicator: Indicator, plan_period: Period, notes: list[str],
    source: tuple[str, tuple[int, int]], within: Indicator | None = None,
) -> Target:  # fmt: skip
    window = _window(reading.period)
    if window is not None and not _within(window, plan_period):
        notes.append(f"the text names the period {reading.period}, outside the plan's; not kept")
        window = None
    deadline: date | None = reading.deadline
    if deadline is not None and not _inside(deadline, plan_period):
        notes.append(f"due {deadline.isoformat()}, outside the plan's period; not kept")
        deadline = None
    every = _RECURRENCE.get(reading.recurrence or "")
    one_year = plan_period.start.year == plan_period.last_day.year
    if every is Recurrence.YEAR and window is None and one_year:
        every = None  # a yearly target in a one-year plan is the plan's own year
    common = {
        "id": ident,
        "source_text": source[0],
        "source_span": source[1],
        "aspirational": reading.aspirational,
        "exclusions": reading.exclusions,
        "deadline": deadline,
        "period": window,
        "every": every,
    }
    op, value, unit = reading.op, reading.value, reading.unit
    if unit == "days" and indicator.unit in ("day", "working_day"):
        unit = indicator.unit  # "ngày làm việc" counts working days
    tier = reading.level.removeprefix("each_")
    if reading.of_units and tier in _LEVELS:  # "97% số xã" (pooled), "100% số xã" (each)
        condition = Comparison(
            id=f"{ident}-unit", indicator=indicator, op=Op.EQ, threshold=True,
            source_text=reading.phrase,
        )  # fmt: skip
        return Share(
            level=_LEVELS[tier], condition=condition, op=_OPS.get(op, Op.GE),
            threshold=_amount(value, "percent"), note="; ".join(notes), **common,  # type: ignore[arg-type]
        )  # fmt: skip
    if op.startswith("rank") and reading.level != "self":
        notes.append(f"a rank is the issuer's own: the level named ({reading.level}) is not kept")
        reading = attrs.evolve(reading, level="self")
    scope = _scope(reading.level, notes)
    baseline = _baseline(reading, window or plan_period, notes)
    note = "; ".join(notes)
    if op in _OPS:
        if unit == "none":
            return Comparison(indicator=indicator, scope=scope, op=Op.EQ, threshold=True,
                              note=note, **common)  # type: ignore[arg-type]  # fmt: skip
        amount = _amount(value, unit)
        return Comparison(indicator=indicator, scope=scope, op=_OPS[op], threshold=amount,
                          within=within, note=note, **common)  # type: ignore[arg-type]  # fmt: skip
    if op == "yes":
        return Comparison(indicator=indicator, scope=scope, op=Op.EQ, threshold=True,
                          note=note, **common)  # type: ignore[arg-type]  # fmt: skip
    if op == "between":
        low, high = value.split("..")
        return Between(indicator=indicator, scope=scope, low=_amount(low, unit),
                       high=_amount(high, unit), within=within, note=note, **common)  # type: ignore[arg-type]  # fmt: skip
    if op.startswith("change_"):
        sign = "-" if op == "change_decrease" else ""
        relative = unit == "percent"
        delta = _amount(f"{sign}{value}", unit)
        change_op = {"change_decrease": Op.LE, "change_above": Op.GT}.get(op, Op.GE)
        return Change(indicator=indicator, scope=scope, op=change_op, delta=delta,
                      baseline=baseline, relative=relative, note=note, **common)  # type: ignore[arg-type]  # fmt: skip
    if op == "rank_top":
        if value:
            return Rank(indicator=indicator, scope=scope, k=int(parse_number(value)),
                        note=note, **common)  # type: ignore[arg-type]  # fmt: skip
        notes.append("'tốp đầu' states no size: the top 10 % is a placeholder to review")
        return Rank(indicator=indicator, scope=scope, top="10 %", note="; ".join(notes),
                    **common)  # type: ignore[arg-type]  # fmt: skip
    if op in ("rank_improve", "rank_keep"):
        places = int(parse_number(value.split("..")[0])) if value else 0
        if op == "rank_improve" and not value:
            places = 1
            notes.append("a rise with no number of places stated: at least one")
        if ".." in value:
            notes.append(f"a range of places ({value.replace('..', '–')}): the least is kept")
        return RankChange(indicator=indicator, scope=scope, op=Op.GE, places=places,
                          baseline=baseline, note="; ".join(notes), **common)  # type: ignore[arg-type]  # fmt: skip
    return Ordinal(indicator=indicator, scope=scope, op=Op.GE, level=value, note=note,
                   **common)  # type: ignore[arg-type]  # fmt: skip


_UNIT_WORD = {
    "percent": "percent",
    "percentage_points": "percent",
    "count": "unit",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
    "day": "day",
    "working_day": "working_day",
    "points": "point",
    "rank": "point",
}


def _amount(value: str, unit: str) -> Amount:
    """An exact amount ("2.125" with three decimals is no thousands group here)."""
    return Amount(Fraction(value), _UNIT_WORD[unit])


def _plan_period(readings: list[Reading], text: str) -> Period:
    years: list[int] = []
    for r in readings:
        window = _window(r.period)
        if window is not None:
            years += [window.start.year, window.last_day.year]
        if r.deadline:
            years.append(r.deadline.year)
    if not years:
        mentioned = Counter(int(y) for y in re.findall(r"\bnăm\s+((?:19|20)\d\d)\b", text))
        if mentioned:
            years = [mentioned.most_common(1)[0][0]]
    if not years:
        years = [date.today().year]
    low, high = min(years), max(years)
    return Period.year(low) if low == high else Period.parse(f"{low}-{high}")


def build_draft(
    text: str,
    pieces: tuple[PieceReading, ...],
    *,
    issuer: str | None = None,
    period: Period | str | None = None,
    plan_id: str = "draft",
    title: str | None = None,
    source: str = "",
) -> Draft:
    """The draft of a document already read into pieces."""
    readings = [(p, r) for p in pieces for r in p.targets]
    plan_period = (Period.parse(period) if isinstance(period, str) else period) or _plan_period(
        [r for _, r in readings], text
    )
    used: Counter[str] = Counter()
    custom: dict[tuple[str, str, bool, bool], Indicator] = {}
    measured_by: dict[str, Indicator] = {}  # a phrase read so far → its indicator
    targets: list[DraftTarget] = []
    named: dict[int, tuple[bool, bool]] = {}  # per piece, read once: agencies, each member
    for number, (piece, read_as) in enumerate(readings, start=1):
        reading = read_as
        notes = list(reading.notes)
        if reading.of_units and reading.level == "each_agency":
            # "100% cơ quan, đơn vị …": every agency, drafted as the issuer's share of its
            # agencies at 100 %, as the plans encoded by hand write it
            reading = attrs.evolve(reading, level="agency", of_units=False)
        if piece.piece.start not in named:
            # (unless the agencies' own target is read beside it)
            agencies_read = any(r.level in ("agency", "each_agency") for r in piece.targets)
            named[piece.piece.start] = (
                bool(lx.AGENCIES_NAMED.search(piece.piece.text)) and not agencies_read,
                bool(lx.EACH_MEMBER.search(piece.piece.text)),
            )
        agencies_named, each_member = named[piece.piece.start]
        agencies = reading.level in ("agency", "each_agency") or reading.of_units
        if agencies_named and not agencies:
            notes.append(
                "the text names các sở, ban, ngành beside it: their own target is not read; "
                "add one with an agencies scope (each_agency)"
            )
        if each_member:
            notes.append(
                "the text asks it of every member of a breakdown (ở từng lĩnh vực …): add "
                "each_member with the indicator's dimension"
            )
        plain = not reading.of_units and not _above_whole(reading)
        matched = match_indicator(reading.phrase, reading.unit) if plain else None
        if matched is not None and reading.unit == "level":
            levels = matched.indicator.levels or ()
            if reading.value not in levels:
                matched = None  # "Hoàn thành tốt nhiệm vụ" is no band of an index's scale
        base = slug(reading.phrase, 5)
        ident = f"t{number:02d}-{base}"
        if matched is not None:
            indicator = matched.indicator
            notes.append(f"indicator {indicator.id} matched by “{matched.via}”")
        else:
            kind = (reading.phrase, _custom_kind(reading), reading.of_units, _above_whole(reading))
            if kind not in custom:
                used[base] += 1
                name = base if used[base] == 1 else f"{base}-{used[base]}"
                days = (
                    "working_day"
                    if lx.WORKING_DAYS.search(piece.piece.text, *reading.span)
                    else "day"
                )
                custom[kind] = _custom_indicator(name, reading, boolean=reading.of_units, days=days)
            indicator = custom[kind]
            notes.append(
                "custom indicator named by the phrase: review"
                if reading.phrase.strip()
                # ("… phấn đấu giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu": ranked on what?)
                else "the text names no measure: name the indicator"
            )
        span = (piece.piece.start, piece.piece.end)
        within = measured_by.get(reading.base) if reading.base and not reading.breakdown else None
        target, indicator = _kept_target(
            ident, reading, indicator, plan_period, notes, (piece.piece.text, span), within
        )
        measured_by.setdefault(reading.phrase, indicator)
        targets.append(DraftTarget(target, read_as, indicator, matched, piece.piece.text, span))
    unread = tuple(
        Unread(p.piece.text, (p.piece.start, p.piece.end), p.unread)
        for p in pieces
        if p.unread is not None and not p.targets
    )
    return Draft(
        text=text,
        pieces=pieces,
        targets=tuple(targets),
        unread=unread,
        issuer=issuer or UNKNOWN_ISSUER,
        period=plan_period,
        plan_id=plan_id,
        title=title or "Kế hoạch (bản nháp đọc từ văn bản)",
        source=source,
    )

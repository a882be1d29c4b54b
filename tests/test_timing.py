"""Targets with their own timing: windows, deadlines and recurrences (issue criteria 1 and 6;
docs/semantics.md §12.1, §12.5; ``cchc_model.rules.timing``).

The example tests are built from sentences of public Vietnamese texts, quoted with their
address; the laws are checked with hypothesis on generated data.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from fractions import Fraction

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model import (
    AllOf,
    Comparison,
    Indicator,
    MeasureKind,
    ObservationSet,
    Op,
    Period,
    Plan,
    Recurrence,
    Status,
)
from cchc_model.evaluation import evaluate_target
from cchc_model.exceptions import ValidationError
from cchc_model.io.serialization import dumps, loads
from cchc_model.model.entailment import implies
from cchc_model.rules import timing
from cchc_model.rules.status import combine
from cchc_model.testing.strategies import targets
from cchc_model.testing.strategies_periods import dates, periods
from trees import province_tree_of

TREE = province_tree_of([1])  # province 99, district 901, commune 90101
MET, NOT_MET, UNKNOWN, NA = (
    Status.MET,
    Status.NOT_MET,
    Status.UNKNOWN,
    Status.NOT_APPLICABLE,
)

ON_TIME = Indicator(id="on_time", name="Tỷ lệ hồ sơ giải quyết đúng hạn", measure=MeasureKind.RATIO)
FULL_ONLINE = Indicator(
    id="full_online",
    name="Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình",
    measure=MeasureKind.RATIO,
)
REPORTED = Indicator(
    id="par_report_on_time",
    name="Báo cáo cải cách hành chính gửi đúng hạn",
    measure=MeasureKind.BOOLEAN,
)
INDICATORS = (ON_TIME, FULL_ONLINE, REPORTED)


def data(*rows: tuple[str, str, object]) -> ObservationSet:
    """Observations of province 99: (indicator, period, value or (numerator, denominator))."""
    records = []
    for indicator, period, value in rows:
        record: dict[str, object] = {"indicator": indicator, "code": "99", "period": period}
        if isinstance(value, tuple):
            record.update(numerator=value[0], denominator=value[1])
        else:
            record["value"] = value
        records.append(record)
    return ObservationSet.from_records(records, INDICATORS)


def result(target: cm.Target, observations: ObservationSet, period: str) -> cm.Result:
    return evaluate_target(target, observations, "99", Period.parse(period), TREE)


# -- examples from public texts -------------------------------------------------------------


def test_quarterly_report_is_met_in_each_quarter() -> None:
    """Sở Nội vụ Nam Định on Bộ Nội vụ's letter 581/BNV-CCHC: "xây dựng Báo cáo tình hình,
    kết quả cải cách hành chính hàng quý, 6 tháng và hàng năm, gửi Bộ Nội vụ … thời hạn
    gửi chậm nhất là ngày 20 của tháng cuối kỳ báo cáo"
    (https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/bo-noi-vu-huong-dan-thuc-hien-che-do-bao-cao-cai-cach-hanh-chinh-dinh-ky-2627).

    "hàng quý" is a recurrence: the report is due in each quarter, and the year's status
    is the all-of the quarters'."""
    target = Comparison(
        id="report-quarterly",
        indicator=REPORTED,
        op=Op.EQ,
        threshold=True,
        every="hàng quý",
        source_text="Báo cáo tình hình, kết quả cải cách hành chính hàng quý",
    )
    assert target.every is Recurrence.QUARTER
    assert str(target) == "= yes, every quarter"
    rows = [("par_report_on_time", f"2024-Q{q}", "true") for q in (1, 2, 4)]
    found = result(target, data(*rows, ("par_report_on_time", "2024-Q3", "false")), "2024")
    assert found.status is NOT_MET
    assert [p.period.label for p in found.parts] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert [p.status for p in found.parts] == [MET, MET, NOT_MET, MET]
    assert found.period == Period.year(2024)
    assert found.observed == 3  # occurrences met
    assert found.reason == (
        "Every quarter within 2024: met in 3 of 4 occurrences; not met: 2024-Q3."
    )
    unknown = result(target, data(*rows), "2024")  # Q3 not reported: unknown
    assert unknown.status is UNKNOWN
    assert unknown.reason.endswith("met in 3 of 4 occurrences; unknown: 2024-Q3.")
    assert result(target, data(*rows[:2]), "2024-S1").status is MET  # two quarters in S1
    # a month holds no whole quarter: nothing to read
    month = result(target, data(*rows), "2024-02")
    assert month.status is NA
    assert "no whole quarter lies within it" in month.reason


def test_quarterly_on_time_rate_from_lam_dong() -> None:
    """Báo Lâm Đồng, 18/03/2020: "trong quý I năm 2020 … toàn tỉnh … đã giải quyết 643.272 hồ
    sơ; trong đó, số hồ sơ giải quyết đúng và trước hạn có 635.593 hồ sơ, chiếm tỷ lệ 98,81%"
    (https://baolamdong.vn/doi-song/202003/tren-7600-ho-so-bi-qua-han-trong-quy-i-2993657/).

    An illustrative commitment on that rate, "hằng quý đạt từ 98% trở lên", read on each
    quarter with the quarter's own counts (exactly: 635593/643272 ≥ 98 %)."""
    target = Comparison(
        id="on-time", indicator=ON_TIME, op=Op.GE, threshold="98 %", every="hằng quý"
    )
    q1 = ("on_time", "2020-Q1", (635_593, 643_272))
    q2 = ("on_time", "2020-Q2", (97, 100))
    found = result(target, data(q1, q2), "2020-S1")
    assert [p.status for p in found.parts] == [MET, NOT_MET]
    assert found.parts[0].observed == Fraction(635_593 * 100, 643_272)
    assert found.status is NOT_MET
    # the half read as a whole would pass (98.77 %): the recurrence asks each quarter
    whole = attrs.evolve(target, every=None)
    assert result(whole, data(q1, q2), "2020-S1").status is MET


def test_a_target_due_in_2025_is_read_on_2025() -> None:
    """Báo Mới (Bộ KH&CN's report): "tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình … mới
    chỉ đạt 39,5% vẫn còn khoảng cách rất xa so với mục tiêu 80% cần đạt được vào cuối năm
    2025" (https://lite.baomoi.com/ty-le-ho-so-dich-vu-cong-truc-tuyen-toan-trinh-cua-ca-nuoc-dat-39-5-c52808781.epi).

    "đạt được vào cuối năm 2025" is the target's own period 2025: a 2021–2025 evaluation
    reads it on 2025; an evaluation of 2024 finds it not yet due."""
    target = Comparison(
        id="full-online-80", indicator=FULL_ONLINE, op=Op.GE, threshold="80 %", period="2025"
    )
    assert str(target) == "≥ 80 %, in 2025"
    rows = data(("full_online", "2024", "39.5"), ("full_online", "2025", "80"))
    found = result(target, rows, "2021-2025")
    assert found.status is MET
    assert found.period == Period.parse("2021-2025")  # reported for the evaluated period
    assert found.observed == 80
    assert found.reason.startswith(
        "Read on 2025, the target's own period within 2021-01-01/2025-12-31: Observed 80 %"
    )
    early = result(target, rows, "2024")
    assert early.status is NA
    assert early.reason == "Due in 2025, not within 2024."


def test_a_deadline_reads_only_what_ends_by_it() -> None:
    """The same letter 581/BNV-CCHC (Nam Định, above): "thời hạn gửi chậm nhất là ngày 20 của
    tháng cuối kỳ báo cáo". A target due 20/12/2024 and evaluated on 2024 is taken as of
    the deadline, from the periods that end by it: with monthly data, January to
    November (December ends after the deadline and does not count); a figure for exactly
    the days up to 20/12 is read instead when one is reported."""
    target = Comparison(
        id="on-time-by-20-12",
        indicator=ON_TIME,
        op=Op.GE,
        threshold="95 %",
        deadline=date(2024, 12, 20),
    )
    assert str(target) == "≥ 95 %, by 20/12/2024"
    months = [("on_time", f"2024-{m:02d}", (99, 100)) for m in range(1, 12)]
    # December (after the deadline) is far below: it must not count
    late_month = ("on_time", "2024-12", (0, 100))
    found = result(target, data(*months, late_month), "2024")
    assert found.status is MET
    assert found.reason.startswith(
        "Read on 2024-01-01/2024-11-30, up to the deadline 20/12/2024: to 30/11/2024, the end "
        "of the last period reported by then, periods ending after it not counted: Observed 99 %"
    )
    # without November the months to October are read: the reading ends where data does
    no_november = result(target, data(*months[:10], late_month), "2024")
    assert no_november.status is MET
    assert no_november.reason.startswith("Read on 2024-01-01/2024-10-31")
    months = [*months, late_month]
    direct = data(*months, ("on_time", "2024-01-01/2024-12-20", (90, 100)))
    assert result(target, direct, "2024").status is NOT_MET  # the figure for 1/1–20/12
    assert result(target, data(*months), "2024-Q3").status is MET  # due after Q3 ends
    late = result(target, data(*months), "2025")
    assert late.status is NA
    assert late.reason == "Due 20/12/2024, before 2025."
    # a recurrence up to the deadline: the months that end by 20/12 (January to November)
    monthly = attrs.evolve(target, every=Recurrence.MONTH)
    parts = result(monthly, data(*months), "2024").parts
    assert [p.period.label for p in parts] == [f"2024-{m:02d}" for m in range(1, 12)]


# -- the model ----------------------------------------------------------------------------


def test_recurrence_is_read_from_the_plan_words() -> None:
    for words, every in [
        ("hằng năm", Recurrence.YEAR),
        ("hàng năm", Recurrence.YEAR),
        ("6 tháng", Recurrence.HALF),
        ("Hằng quý", Recurrence.QUARTER),
        ("mỗi tháng", Recurrence.MONTH),
        ("month", Recurrence.MONTH),
    ]:
        assert Recurrence.parse(words) is every
    with pytest.raises(ValidationError) as caught:
        Comparison(id="t", indicator=ON_TIME, op=Op.GE, threshold="1 %", every="hằng tuần")
    problem = caught.value.problems[0]
    assert (problem.path, problem.value, problem.code) == (
        "every",
        "hằng tuần",
        "unknown-recurrence",
    )
    assert "expected one of year, half, quarter, month" in problem.message


@pytest.mark.parametrize(
    ("fields", "path", "code"),
    [
        ({"period": "2021-S3"}, "period", None),
        ({"period": 2021.5}, "period", None),
        ({"period": "2026-Q1", "every": "year"}, "every", "empty-recurrence"),
        (
            {"period": "2026-S2", "deadline": date(2026, 6, 30)},
            "deadline",
            "deadline-before-period",
        ),
        ({"every": 4}, "every", "type"),
    ],
)
def test_timing_is_validated(fields: dict[str, object], path: str, code: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        Comparison(id="t", indicator=ON_TIME, op=Op.GE, threshold="1 %", **fields)
    problem = caught.value.problems[0]
    assert problem.path == path
    assert code is None or problem.code == code
    assert "expected" in problem.message


def test_the_reading_says_the_timing() -> None:
    part = Comparison(id="p", indicator=ON_TIME, op=Op.GE, threshold="95 %")
    window = Period.between(date(2026, 3, 1), date(2026, 6, 30))
    every = AllOf(id="a", parts=(part,), every="quarter", period=window, deadline=date(2026, 9, 15))
    assert str(every) == "all of 1, every quarter, in 2026-03-01/2026-06-30, by 15/09/2026"
    assert repr(every).startswith("<AllOf a: all of 1, every quarter")


def test_plan_files_keep_the_timing() -> None:
    target = Comparison(
        id="t",
        indicator=ON_TIME,
        op=Op.GE,
        threshold="95 %",
        every="hằng năm",
        period="2021-2025",
        deadline=date(2025, 12, 20),
    )
    plan = Plan(
        id="p", title="t", issuer="99", period=Period.parse("2021-2025"), targets=(target,),
        indicators=(ON_TIME,),
    )  # fmt: skip
    text = dumps(plan)
    assert "every: year" in text
    assert "period: 2021-01-01/2025-12-31" in text
    assert loads(text) == plan
    spelled = loads(text.replace("every: year", "every: hằng quý"))
    assert spelled.targets[0].every is Recurrence.QUARTER
    with pytest.raises(ValidationError) as caught:
        loads(text.replace("every: year", "every: weekly"))
    assert caught.value.problems[0].path == "targets[0].every"


def test_the_schema_accepts_the_vietnamese_recurrences() -> None:
    from cchc_model.io.schema import plan_schema

    schema = plan_schema()
    words = set(_find_recurrence_enum(schema))
    assert {"year", "half", "quarter", "month", "hằng năm", "6 tháng", "hằng quý"} <= words


def _find_recurrence_enum(node: object) -> list[str]:
    if isinstance(node, dict):
        values = node.get("enum")
        if isinstance(values, list) and "quarter" in values:
            return values
        for item in node.values():
            found = _find_recurrence_enum(item)
            if found:
                return found
    if isinstance(node, list):
        for item in node:
            found = _find_recurrence_enum(item)
            if found:
                return found
    return []


def test_entailment_does_not_compare_other_timing() -> None:
    """Each year ≤ 10 does not make the five years ≤ 10, so a recurring all-of implies
    neither its part read on the whole period nor the same part with another timing."""
    part = Comparison(id="p", indicator=ON_TIME, op=Op.GE, threshold="95 %")
    yearly = AllOf(id="a", parts=(part,), every="year")
    assert not implies(yearly, part)
    assert not implies(AllOf(id="b", parts=(part,)), yearly)
    assert implies(yearly, attrs.evolve(yearly, id="c"))
    assert not implies(part, attrs.evolve(part, every="year"))
    assert not implies(attrs.evolve(part, period="2025"), part)
    stronger = attrs.evolve(part, threshold="96 %", every="year")
    assert implies(stronger, attrs.evolve(part, every="year"))  # same timing: compared


def test_the_dataframe_engine_hands_timed_targets_to_the_reference_engine() -> None:
    pytest.importorskip("polars")
    from cchc_model.batch import evaluate_many

    plain = Comparison(id="plain", indicator=ON_TIME, op=Op.GE, threshold="95 %")
    yearly = Comparison(id="yearly", indicator=ON_TIME, op=Op.GE, threshold="95 %", every="year")
    due = Comparison(
        id="due", indicator=ON_TIME, op=Op.GE, threshold="95 %", deadline=date(2022, 6, 30)
    )
    plan = Plan(
        id="p", title="t", issuer="99", period=Period.parse("2021-2022"),
        targets=(plain, yearly, due), indicators=(ON_TIME,),
    )  # fmt: skip
    records = [
        {"indicator": "on_time", "code": "99", "period": p, "numerator": n, "denominator": 100}
        for p, n in (("2021", 96), ("2022", 90), ("2022-S1", 97), ("2022-S2", 83))
    ]
    import polars as pl

    frame = pl.DataFrame(records)
    batch = evaluate_many(plan, frame, TREE, periods=["2021-2022"], codes=["99"])
    notes = [w for w in batch.warnings if "own period/recurrence/deadline" in w]
    assert len(notes) == 2, batch.warnings
    rows = {(r["target"], r["period"]): r for r in batch.table.to_dicts()}
    assert rows[("plain", "2021-01-01/2022-12-31")]["engine"] == "vectorised"
    assert rows[("yearly", "2021-01-01/2022-12-31")]["status"] == "not_met"
    assert rows[("yearly", "2022")]["status"] == "not_met"  # the occurrence, its own period
    assert rows[("due", "2021-01-01/2022-12-31")]["status"] == "met"  # 2021 and 2022-S1


# -- laws ---------------------------------------------------------------------------------

QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


@st.composite
def quarterly_data(draw: st.DrawFn, years: tuple[int, ...]) -> ObservationSet:
    """On-time counts for province 99 per quarter, some quarters missing, some years with a
    direct yearly figure."""
    rows: list[tuple[str, str, object]] = []
    for year in years:
        for quarter in range(1, 5):
            if draw(st.integers(0, 5)):
                den = draw(st.integers(0, 40))
                rows.append(("on_time", f"{year}-Q{quarter}", (draw(st.integers(0, den)), den)))
        if draw(st.integers(0, 3)) == 0:
            den = draw(st.integers(1, 40))
            rows.append(("on_time", str(year), (draw(st.integers(0, den)), den)))
    return data(*rows)


@settings(max_examples=60, deadline=None, suppress_health_check=QUIET)
@given(
    st.sampled_from(list(Recurrence)),
    st.sampled_from(("2021", "2021-S2", "2021-2022", "2021-01-01/2022-05-17", "2022-Q1")),
    st.sampled_from(("60 %", "75 %", "90 %")),
    st.none() | st.sampled_from((date(2022, 3, 31), date(2021, 12, 1), date(2020, 5, 1))),
    quarterly_data((2021, 2022)),
)
def test_a_recurrence_is_the_all_of_its_occurrences(
    every: Recurrence, label: str, threshold: str, due: date | None, observations: ObservationSet
) -> None:
    """A recurring target's status is the all-of of the same target given each occurrence as
    its own period; its parts are those occurrences, in order."""
    period = Period.parse(label)
    target = Comparison(
        id="t", indicator=ON_TIME, op=Op.GE, threshold=threshold, every=every, deadline=due
    )
    found = result(target, observations, label)
    read = timing.reading(target, period).period
    occurrences = () if read is None else timing.occurrences(every, read)
    assert [p.period for p in found.parts] == list(occurrences)
    windows = [
        Comparison(id="t", indicator=ON_TIME, op=Op.GE, threshold=threshold, period=each)
        for each in occurrences
    ]
    by_window = [result(w, observations, label).status for w in windows]
    assert found.status is combine(by_window)
    if windows:  # the same as an all-of of the windowed targets (NOT_APPLICABLE when none)
        assert (
            found.status
            is result(AllOf(id="all", parts=tuple(windows)), observations, label).status
        )
    else:
        assert found.status is NA


@settings(max_examples=300, deadline=None)
@given(
    periods(2019, 2026),
    dates(2018, 2027),
    st.none() | periods(2019, 2026),
    st.sampled_from(list(Recurrence)),
)
def test_a_deadline_never_reads_past_it(
    period: Period, due: date, window: Period | None, every: Recurrence
) -> None:
    """What is read lies within the evaluated period (and the window), ends by the deadline,
    and every occurrence read ends by it too; it is NOT_APPLICABLE only when the window is
    not within the period or the deadline comes before what would be read."""
    if window is not None and due < window.start:
        window = None
    target = Comparison(
        id="t", indicator=ON_TIME, op=Op.GE, threshold="1 %", deadline=due, period=window
    )
    read = timing.reading(target, period)
    if read.period is None:
        outside = window is not None and window not in period
        assert outside or due < (window or period).start
        return
    assert read.period in period
    assert window is None or read.period in window
    assert read.period.last_day <= due
    assert read.period.start == (window or period).start
    assert read.period.last_day == min(due, (window or period).last_day)  # nothing lost
    for each in timing.occurrences(every, read.period):
        assert each.last_day <= due
        assert each in read.period
        assert each.end <= read.period.end


@settings(max_examples=200)
@given(periods(2019, 2026), st.sampled_from(list(Recurrence)))
def test_occurrences_are_the_whole_calendar_periods_inside(
    period: Period, every: Recurrence
) -> None:
    """Occurrences tile no more than the period: in order, disjoint, each inside it, and
    every calendar period of that kind inside it is one of them."""
    found = timing.occurrences(every, period)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(each in period for each in found)
    day, seen = period.start, set(found)
    while day < period.end:
        year, month = day.year, day.month
        candidate = {
            Recurrence.YEAR: Period.year(year),
            Recurrence.HALF: Period.half(year, 1 + (month - 1) // 6),
            Recurrence.QUARTER: Period.quarter(year, 1 + (month - 1) // 3),
            Recurrence.MONTH: Period.month(year, month),
        }[every]
        assert (candidate in period) == (candidate in seen)
        day = candidate.end if candidate.end > day else day + timedelta(days=1)


@settings(max_examples=150, deadline=None)
@given(targets(), st.sampled_from(list(Recurrence)), periods(2020, 2030))
def test_entailment_never_crosses_timing(
    target: cm.Target, every: Recurrence, window: Period
) -> None:
    """A target and its copy with another recurrence or another window of its own are not
    compared: neither implies the other (soundness; docs/evaluation.md "Timing")."""
    moved = []
    if target.period is None or target.every is not None or every.periods_in(target.period):
        moved.append(attrs.evolve(target, every=None if target.every else every))
    fits = target.every is None or bool(target.every.periods_in(window))
    due = target.deadline is None or target.deadline >= window.start
    if fits and due and window != target.period:
        moved.append(attrs.evolve(target, period=window))
    for other in moved:
        assert not implies(target, other)
        assert not implies(other, target)

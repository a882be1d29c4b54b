"""Plans across the 2025 reform: a level the evaluated tree lacks, its successor level,
the tree of any date, and an issuer that is no longer a unit (SEMANTICS.md §12.6).

The sentences are the Thanh Hóa plan's (Kế hoạch CCHC năm 2021, seed article 000,
encoded in ``examples/000-thanh-hoa-2021.yaml``): "100% hồ sơ công việc tại cấp tỉnh, cấp
huyện và 85% tại cấp xã được xử lý trên môi trường mạng" — written when districts
existed, read on trees before and after 2025-07-01.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model import (
    Comparison,
    Hierarchy,
    Indicator,
    Jurisdiction,
    Kind,
    Level,
    MeasureKind,
    Period,
    Plan,
    Scope,
    ScopeMode,
    Share,
    Status,
)
from cchc_model.exceptions import CchcError
from cchc_model.io.observations import Observation, ObservationSet
from cchc_model.io.serialization import dumps, loads

START = date(2008, 8, 1)
REFORM = date(2025, 7, 1)
SENTENCE = (
    "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 85% tại cấp xã được xử lý trên môi trường mạng"
)
RECORDS = Indicator(
    id="work_records_online",
    name="Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
    measure=MeasureKind.RATIO,
)


def _unit(code: str, level: Level, kind: Kind, parent: str | None, **dates: date) -> Jurisdiction:
    return Jurisdiction(
        code=code,
        name=f"{kind.value} {code}",
        level=level,
        kind=kind,
        parent=parent,
        valid_from=dates.get("valid_from", START),
        valid_to=dates.get("valid_to"),
    )


def reform_tree() -> Hierarchy:
    """Province 99: districts 901, 902 with two communes each until 2025-07-01; from then
    three communes 99001-99003 directly under the province."""
    units = [_unit("99", Level.PROVINCE, Kind.TINH, None)]
    for d in ("901", "902"):
        units.append(_unit(d, Level.DISTRICT, Kind.HUYEN, "99", valid_to=REFORM))
        for c in ("01", "02"):
            units.append(_unit(d + c, Level.COMMUNE, Kind.XA, d, valid_to=REFORM))
    for c in ("99001", "99002", "99003"):
        units.append(_unit(c, Level.COMMUNE, Kind.XA, "99", valid_from=REFORM))
    return Hierarchy(tuple(units))


def records_target(level: Level, successor: Level | None = None, pct: int = 100) -> Comparison:
    return Comparison(
        id=f"records-{level.key}",
        indicator=RECORDS,
        scope=Scope.pooled(level, successor),
        op=">=",
        threshold=f"{pct} %",
        source_text=SENTENCE,
    )


def plan_of(*targets: cm.Target, period: str = "2025") -> Plan:
    return Plan(
        id="reform",
        title="Kế hoạch CCHC",
        issuer="99",
        period=Period.parse(period),
        indicators=(RECORDS,),
        targets=targets,
    )


def rows(codes: list[str], period: str, num: int = 9, den: int = 10) -> list[Observation]:
    return [
        Observation(
            indicator=RECORDS.id,
            code=code,
            period=period,
            numerator=num,
            denominator=den,
            basis="own",
        )
        for code in codes
    ]


NEW_COMMUNES = ["99001", "99002", "99003"]
OLD_UNITS = ["901", "902", "90101", "90102", "90201", "90202"]


def both_engines(plan: Plan, data: list[Observation], **options: object) -> list[cm.Evaluation]:
    found = []
    for engine in ("reference", "vectorised"):
        found.append(
            cm.evaluate(
                plan,
                ObservationSet(data, plan.indicators),
                reform_tree(),
                engine=engine,  # type: ignore[arg-type]
                **options,  # type: ignore[arg-type]
            )
        )
    return found


@pytest.mark.parametrize(
    "target",
    [
        records_target(Level.DISTRICT),
        attrs.evolve(records_target(Level.DISTRICT), scope=Scope.each(Level.DISTRICT)),
        Share(
            id="districts-share",
            level=Level.DISTRICT,
            condition=attrs.evolve(records_target(Level.DISTRICT), id="c", scope=Scope()),
            op=">=",
            threshold="50 %",
        ),
    ],
    ids=["pooled", "each", "share"],
)
def test_a_level_gone_is_not_applicable_naming_the_day(target: cm.Target) -> None:
    plan = plan_of(target)
    for evaluation in both_engines(plan, rows(NEW_COMMUNES, "2025")):
        (result,) = evaluation.results
        assert result.status is Status.NOT_APPLICABLE
        assert "cấp huyện no longer exists" in result.reason
        assert "2025-07-01" in result.reason
        assert "two tiers" in result.reason


def test_before_the_reform_the_district_level_is_measured() -> None:
    plan = plan_of(records_target(Level.DISTRICT), period="2024")
    for evaluation in both_engines(plan, rows(OLD_UNITS, "2024")):
        (result,) = evaluation.results
        assert result.status is Status.NOT_MET  # 90 % against 100 %
        assert "no longer exists" not in result.reason


def test_the_tree_of_any_date_evaluates_a_period_after_the_reform() -> None:
    plan = plan_of(records_target(Level.DISTRICT), period="2024")
    # the 2024 period on today's tree: no districts there, whatever the period
    for evaluation in both_engines(plan, rows(OLD_UNITS, "2024"), on=date(2025, 12, 31)):
        assert evaluation.results[0].status is Status.NOT_APPLICABLE
        assert evaluation.tree_date == date(2025, 12, 31)


def test_a_successor_level_is_measured_where_the_level_is_gone() -> None:
    mapped = records_target(Level.DISTRICT, successor=Level.COMMUNE, pct=85)
    direct = attrs.evolve(mapped, id="direct", scope=Scope.pooled(Level.COMMUNE))
    plan = plan_of(mapped, direct)
    for evaluation in both_engines(plan, rows(NEW_COMMUNES, "2025")):
        moved, plain = evaluation.results
        assert moved.status is plain.status is Status.MET
        assert moved.observed == plain.observed == Fraction(90)
        assert moved.target == mapped  # the plan's own target, not the rewritten one
        assert any("measured at cấp xã, as the plan maps it" in w for w in moved.warnings)
        assert any("2025-07-01" in w for w in moved.warnings)


def test_a_successor_changes_nothing_where_the_level_exists() -> None:
    mapped = records_target(Level.DISTRICT, successor=Level.COMMUNE)
    plain = attrs.evolve(mapped, id="plain", scope=Scope.pooled(Level.DISTRICT))
    plan = plan_of(mapped, plain, period="2024")
    for evaluation in both_engines(plan, rows(OLD_UNITS, "2024", num=10)):
        a, b = evaluation.results
        assert a.status is b.status is Status.MET
        assert a.observed == b.observed
        assert not any("as the plan maps it" in w for w in a.warnings)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 20), st.integers(1, 20)), min_size=3, max_size=3),
    st.integers(0, 100),
)
def test_law_a_mapped_scope_equals_the_scope_at_its_successor(
    values: list[tuple[int, int]], pct: int
) -> None:
    """On a tree without the level, a scope mapped to a successor decides exactly as the
    same target written at the successor level."""
    data = [
        Observation(
            indicator=RECORDS.id,
            code=code,
            period="2025",
            numerator=min(num, den),
            denominator=den,
            basis="own",
        )
        for code, (num, den) in zip(NEW_COMMUNES, values, strict=True)
    ]
    mapped = records_target(Level.DISTRICT, successor=Level.COMMUNE, pct=pct)
    direct = attrs.evolve(mapped, id="direct", scope=Scope.pooled(Level.COMMUNE))
    evaluation = cm.evaluate(
        plan_of(mapped, direct), ObservationSet(data, (RECORDS,)), reform_tree(), engine="reference"
    )
    a, b = evaluation.results
    assert (a.status, a.observed, a.gap) == (b.status, b.observed, b.gap)


def test_a_mutated_rule_would_be_caught() -> None:
    """Without the successor the same data is not applicable: the mapping is what makes
    the status MET (a rule that ignored ``successor`` fails the test above)."""
    unmapped = records_target(Level.DISTRICT, pct=85)
    evaluation = cm.evaluate(
        plan_of(unmapped), ObservationSet(rows(NEW_COMMUNES, "2025"), (RECORDS,)), reform_tree()
    )
    assert evaluation.results[0].status is Status.NOT_APPLICABLE


def test_a_successor_scope_round_trips_and_reads() -> None:
    plan = plan_of(records_target(Level.DISTRICT, successor=Level.COMMUNE))
    text = dumps(plan)
    assert "successor: commune" in text
    assert loads(text) == plan
    assert "at cấp xã where cấp huyện no longer exists" in str(plan.targets[0])


@pytest.mark.parametrize(
    ("mode", "level", "successor", "expected"),
    [
        (ScopeMode.POOLED, Level.DISTRICT, Level.DISTRICT, "not its own successor"),
        (ScopeMode.SELF, None, Level.COMMUNE, "no level to replace"),
    ],
)
def test_a_bad_successor_is_refused(
    mode: ScopeMode, level: Level | None, successor: Level, expected: str
) -> None:
    with pytest.raises(CchcError, match=expected) as caught:
        Scope(mode, level, successor)
    assert "successor" in str(caught.value)


def _cchc(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cchc_model", *args], capture_output=True, text=True, check=False
    )


def test_cli_on_evaluates_a_district_plan_on_the_tree_of_its_day() -> None:
    """The Huế district plan (issuer 474, abolished on 2025-07-01) read for 2025."""
    plan, data = "examples/002-hue-2021.yaml", "examples/data/hue-2021.csv"
    refused = _cchc("evaluate", plan, "-O", data, "--period", "2025")
    assert refused.returncode != 0
    assert "on=2025-06-30 (--on 2025-06-30)" in refused.stderr
    done = _cchc("evaluate", plan, "-O", data, "--period", "2025", "--on", "2025-06-30")
    assert done.returncode == 0, done.stderr
    assert "units as of 2025-06-30" in done.stdout


def test_an_issuer_with_a_successor_is_pointed_to_it() -> None:
    refused = _cchc(
        "evaluate", "examples/003-bac-kan-2023.yaml", "-O", "examples/data/bac-kan-2023.csv",
        "--period", "2025",
    )  # fmt: skip
    assert refused.returncode != 0
    assert "code=19 (--code 19)" in refused.stderr


def test_tier_ended_is_known_on_dated_trees() -> None:
    national = cm.national_hierarchy()
    assert national.tier_ended(Level.DISTRICT) == REFORM
    assert national.tier_ended(Level.COMMUNE) is None
    after = national.as_of(date(2025, 12, 31))
    assert not after.has_level(Level.DISTRICT)
    assert after.tier_ended("district") == REFORM
    assert national.as_of(date(2024, 1, 1)).has_level(Level.DISTRICT)


def test_cli_show_lists_a_compounds_parts() -> None:
    shown = _cchc("show", "examples/000-thanh-hoa-2021.yaml")
    assert shown.returncode == 0
    lines = shown.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "work-records-three-levels" in line)
    assert "work-records-district" in lines[at + 2]
    assert lines[at + 2].startswith("      - ")


def test_a_share_of_units_at_a_gone_level_counts_its_successor() -> None:
    """ "50% số huyện …" (the province plan of seed 001) on a tree without districts: a
    share with a successor counts the communes instead, with a warning; without one it is
    not applicable."""
    condition = attrs.evolve(records_target(Level.DISTRICT, pct=85), id="c", scope=Scope())
    mapped = Share(
        id="share-mapped",
        level=Level.DISTRICT,
        successor=Level.COMMUNE,
        condition=condition,
        op=">=",
        threshold="50 %",
    )
    assert "(at cấp xã where cấp huyện no longer exists)" in str(mapped)
    # two of three communes at 90 %, one at 50 %: 2/3 ≥ 50 %
    data = [*rows(NEW_COMMUNES[:2], "2025"), *rows(NEW_COMMUNES[2:], "2025", num=5)]
    data = [attrs.evolve(o, basis="territory") for o in data]
    for evaluation in both_engines(plan_of(mapped), data):
        (result,) = evaluation.results
        assert result.status is Status.MET
        assert [p.code for p in result.parts] == NEW_COMMUNES
        assert any("as the plan maps it" in w for w in result.warnings)
    plain = attrs.evolve(mapped, id="share-plain", successor=None)
    assert (
        cm.evaluate(plan_of(plain), ObservationSet(data, (RECORDS,)), reform_tree())
        .results[0]
        .status
        is Status.NOT_APPLICABLE
    )
    assert loads(dumps(plan_of(mapped))) == plan_of(mapped)
    with pytest.raises(CchcError, match="not its own successor"):
        attrs.evolve(mapped, successor=Level.DISTRICT)

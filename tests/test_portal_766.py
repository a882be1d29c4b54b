"""Decision 766 as the national portal scores it (``qd-766-portal``), beside the 2022 text.

An independent oracle: the portal's formulas exactly as ``DOMAIN.md`` ("Decision 766 on
the portal") writes them, in plain Fractions, set against the catalogue's data for any
rates (hypothesis). Laws: each item's points lie in [0, its maximum]; raising a rate never
lowers a score; the total is the sum of the groups; a score is one version's, never a
mix. Examples: the worked figures of the sources, the nothing-to-measure rules, both
readings of 4.2, both numberings, tables of rates, ``cchc score`` and the docs' table.
"""

from __future__ import annotations

import re
import shlex
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.indices.catalogues import (
    CatalogueError,
    catalogue_from_data,
    catalogue_in_force,
    load_catalogue,
)
from cchc_model.indices.scoring import (
    NOT_APPLICABLE,
    Group,
    IndexDefinition,
    IndexItem,
    Reading,
    ThresholdLinear,
    ZeroOut,
    index_from_data,
    score_index,
)
from cchc_model.indices.side_by_side import side_by_side
from cchc_model.indices.tables import in_force, index_values, read_index_values, score_table

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "scores" / "qd766-portal-2025.csv"
PORTAL = load_catalogue("qd-766-portal")
OLD = load_catalogue("qd-766-2022")
assert PORTAL.index is not None
assert OLD.index is not None
RULES: IndexDefinition = PORTAL.index
#: An allocation of the online services' 12 points, which no source gives.
SPLIT = {"qd766.3.toan-trinh": 6, "qd766.3.1": 2, "qd766.3.3": 4}
ALLOCATED = RULES.with_points(SPLIT, confidence="example", source="tests")
IDS = RULES.indicator_ids


def oracle(rates: dict[str, Fraction]) -> dict[str, Fraction]:
    """Each group's points by DOMAIN.md's table, rates in percent (no zero denominators)."""

    def r(key: str) -> Fraction:
        return rates["qd766." + key] / 100

    def upto(cap: int, value: Fraction) -> Fraction:
        return min(Fraction(cap), value)

    return {
        "1": 6 * r("1.1") + 4 * r("1.2") + 2 * r("1.3") + 6 * r("1.4"),
        "2": 20 * r("2.1"),
        # the tests' own split: 6 × R, min(2, 2 × R / 0.8), min(4, 4 × R / 0.5)
        "3": 6 * r("3.toan-trinh")
        + upto(2, 2 * r("3.1") / Fraction("0.8"))
        + upto(4, 4 * r("3.3") / Fraction("0.5")),
        # 6·A + min(2, 2.5·B) + 2.5·C, the group stopping at 10
        "3-payment": upto(
            10, 6 * r("3.6") + upto(2, Fraction(5, 2) * r("3.5")) + Fraction(5, 2) * r("3.5b")
        ),
        "4": upto(6, 6 * r("4.1"))
        + 4 * r("4.2")
        + upto(2, 2 * r("4.chung-thuc"))
        + upto(2, 2 * r("4.3") / Fraction("0.80"))
        + upto(4, 4 * r("4.4"))
        + upto(2, 2 * r("4.5b"))
        + upto(2, 2 * r("4.5a")),
        "5": 6 * r("5a") + 6 * r("5b") + upto(6, 6 * r("5c") / Fraction("0.90")),
    }


percent = st.integers(0, 10_000).map(lambda n: Fraction(n, 100))
all_rates = st.fixed_dictionaries(dict.fromkeys(IDS, percent))


class TestTheOracle:
    @settings(max_examples=200)
    @given(all_rates)
    def test_every_group_as_domain_writes_it(self, rates: dict[str, Fraction]) -> None:
        score = score_index(ALLOCATED, rates)
        expected = oracle(rates)
        assert {g.id: g.score for g in score.groups} == expected
        assert score.total == sum(expected.values())
        assert score.maximum == 100

    def test_the_maxima(self) -> None:
        assert [(g.id, g.maximum.value) for g in RULES.groups] == [
            ("1", 18),
            ("2", 20),
            ("3", 12),
            ("3-payment", 10),
            ("4", 22),
            ("5", 18),
        ]
        points = {i.indicator: i.rule.points.value for i in RULES.items}
        assert points == {
            "qd766.1.1": 6, "qd766.1.2": 4, "qd766.1.3": 2, "qd766.1.4": 6,
            "qd766.2.1": 20,
            "qd766.3.toan-trinh": None, "qd766.3.1": None, "qd766.3.3": None,
            "qd766.3.6": 6, "qd766.3.5": 2, "qd766.3.5b": 2,
            "qd766.4.1": 6, "qd766.4.2": 4, "qd766.4.chung-thuc": 2, "qd766.4.3": 2,
            "qd766.4.4": 4, "qd766.4.5b": 2, "qd766.4.5a": 2,
            "qd766.5a": 6, "qd766.5b": 6, "qd766.5c": 6,
        }  # fmt: skip
        assert RULES.total_maximum == 100


class TestLaws:
    @given(all_rates)
    def test_each_item_within_its_maximum(self, rates: dict[str, Fraction]) -> None:
        for item in score_index(ALLOCATED, rates).items:
            assert item.score is not None
            assert item.maximum is not None
            assert 0 <= item.score <= item.maximum

    @given(all_rates, st.sampled_from(IDS), percent)
    def test_raising_a_rate_never_lowers_a_score(
        self, rates: dict[str, Fraction], key: str, other: Fraction
    ) -> None:
        low, high = sorted((rates[key], other))
        before = score_index(ALLOCATED, {**rates, key: low})
        after = score_index(ALLOCATED, {**rates, key: high})
        assert after.item(key).score >= before.item(key).score  # type: ignore[operator]
        assert after.total >= before.total  # type: ignore[operator]
        assert [a.score >= b.score for a, b in zip(after.groups, before.groups, strict=True)] == [
            True
        ] * len(after.groups)

    @given(all_rates)
    def test_the_total_is_the_sum_of_the_groups(self, rates: dict[str, Fraction]) -> None:
        score = score_index(ALLOCATED, rates)
        assert score.total == sum(g.score for g in score.groups if g.score is not None)
        for group in score.groups:
            items = sum(i.score for i in group.items if i.score is not None)
            if group.capped_from is None:
                assert group.score == items
            else:
                assert group.score == group.maximum < group.capped_from == items

    @given(all_rates)
    def test_versions_never_mix(self, rates: dict[str, Fraction]) -> None:
        score = score_index(ALLOCATED, rates)
        assert score.index == "qd-766-portal"
        assert [i.indicator for i in score.items] == list(IDS)
        with pytest.raises(cm.ValidationError) as exc:  # a 2022 id on the portal
            score_index(ALLOCATED, {**rates, "qd766.3.2": 50})
        assert exc.value.problems[0].path == "values['qd766.3.2']"
        with pytest.raises(cm.ValidationError, match="not scored by qd-766-2022"):
            score_index(OLD.index, {"qd766.4.4": 50})  # type: ignore[arg-type]

    def test_the_version_in_force(self) -> None:
        assert catalogue_in_force("qd-766", date(2025, 6, 30)) is OLD
        assert catalogue_in_force("qd-766", date(2025, 7, 1)) is PORTAL
        assert catalogue_in_force("qd-766", cm.Period.parse("2025-Q3")) is PORTAL


class TestWorkedFigures:
    def test_four_three(self) -> None:
        """ "4.3: 2 × 0.62 / 0.80 = 1.55 of 2" (the portal's min(2, 2 × R / 0.80))."""
        item = score_index(RULES, {"qd766.4.3": 62}).item("qd766.4.3")
        assert item.score == Fraction(155, 100)
        assert item.lost == Fraction(45, 100)
        assert item.reason == "4.3: 2 × 0.62 / 0.80 = 1.55 of 2"
        full = score_index(RULES, {"qd766.4.3": 85}).item("qd766.4.3")
        assert full.reason == "4.3: 0.85 ≥ 0.80: full 2 of 2"

    @pytest.mark.parametrize(
        ("a", "b", "c", "points", "capped_from"),
        [
            (0, 0, 0, 0, None),
            (100, 100, 100, 10, Fraction(21, 2)),  # 6 + 2 + 2.5, stopped at 10
            (100, 80, 80, 10, None),  # 6 + 2 + 2 exactly
            (50, 40, 40, Fraction(5), None),  # 3 + 1 + 1
            (100, 100, 90, 10, Fraction(41, 4)),  # 6 + 2 + 2.25
        ],
    )
    def test_online_payment(
        self, a: int, b: int, c: int, points: Fraction, capped_from: Fraction | None
    ) -> None:
        """6·A + min(2, 2.5·B) + 2.5·C, C not capped, the group stopping at 10."""
        values = {"qd766.3.6": a, "qd766.3.5": b, "qd766.3.5b": c}
        group = score_index(RULES, values).group("3-payment")
        assert (group.score, group.capped_from, group.maximum) == (points, capped_from, 10)
        c_item = next(i for i in group.items if i.indicator == "qd766.3.5b")
        assert c_item.maximum == Fraction(5, 2)
        assert c_item.score == Fraction(5, 2) * Fraction(c, 100)

    def test_nothing_to_measure_by_indicator(self) -> None:
        score = score_index(
            RULES,
            {"qd766.5a": (0, 0), "qd766.5b": (0, 0), "qd766.5c": (0, 0), "qd766.2.1": (0, 0)},
        )
        assert [score.item(k).score for k in ("qd766.5a", "qd766.5b", "qd766.5c")] == [6, 6, 0]
        assert score.group("5").maximum == 18
        assert (score.item("qd766.2.1").score, score.item("qd766.2.1").maximum) == (0, 0)
        assert score.item("qd766.5c").reason == "5c: nothing to measure; no points."

    def test_an_excluded_payment_item_lowers_the_cap(self) -> None:
        group = score_index(
            RULES, {"qd766.3.6": 100, "qd766.3.5": 100, "qd766.3.5b": (0, 0)}
        ).group("3-payment")
        assert (group.score, group.maximum, group.capped_from) == (8, 8, None)

    def test_both_readings_of_four_two(self) -> None:
        item = RULES.item("qd766.4.2")
        assert item.reading == "live-fit"
        assert [r.id for r in item.readings] == ["formula-document"]
        assert str(item.rule) == "rate × 4 [S]"
        document = RULES.with_readings({"qd766.4.2": "formula-document"})
        read = document.item("qd766.4.2")
        assert (read.reading, [r.id for r in read.readings]) == ("formula-document", ["live-fit"])
        assert str(read.rule) == "min(1, rate / 80 %) × 4 [S]"
        assert document.with_readings({"qd766.4.2": "live-fit"}) == RULES  # and back
        for rate, live, doc in [(70, "2.8", "3.5"), (80, "3.2", "4"), (100, "4", "4")]:
            values = {"qd766.4.2": rate}
            assert score_index(RULES, values).item("qd766.4.2").score == Fraction(live)
            assert score_index(document, values).item("qd766.4.2").score == Fraction(doc)

    def test_an_unknown_reading(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            RULES.with_readings({"qd766.4.2": "guess"})
        (problem,) = exc.value.problems
        assert problem.path == "readings['qd766.4.2']"
        assert "'live-fit', 'formula-document'" in problem.message
        with pytest.raises(cm.ValidationError, match="it has one reading"):
            RULES.with_readings({"qd766.4.3": "formula-document"})
        with pytest.raises(cm.ValidationError, match="not scored by this index"):
            RULES.with_readings({"qd766.3.2": "x"})

    def test_the_split_is_unknown_until_given(self) -> None:
        rates = dict.fromkeys(IDS, 100)
        score = score_index(RULES, rates)
        assert score.total is None
        assert set(score.unknown_points) == set(SPLIT)
        assert score_index(ALLOCATED, rates).total == 100

    def test_both_numberings(self) -> None:
        numbers = {g.id: (g.number("portal"), g.number("legal")) for g in RULES.groups}
        assert numbers["3"] == ("3", "4")
        assert numbers["4"] == ("4", "3")
        assert numbers["3-payment"] == (None, "4")
        old = {g.id: g.label for g in OLD.index.groups}  # type: ignore[union-attr]
        assert (old["3"], old["4"]) == ("3 (portal) / 4 (legal)", "4 (portal) / 3 (legal)")
        assert "3 (portal) / 4 (legal). Dịch vụ công trực tuyến" in RULES.describe()

    def test_every_figure_is_tagged_with_a_source(self) -> None:
        sources = {s.key for s in PORTAL.sources}
        for path, figure in RULES.figures():
            assert figure.source in sources, path
            assert figure.value is None or figure.confidence is not None, path

    def test_a_reading_cites_a_known_source(self) -> None:
        text = (ROOT / "src/cchc_model/data/catalogues/qd-766-portal.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
        reading = data["index"]["groups"][4]["items"][1]["readings"][0]
        reading["threshold"]["source"] = "nowhere"
        with pytest.raises(CatalogueError) as exc:
            catalogue_from_data(data)
        (problem,) = exc.value.problems
        assert problem.path == "index.groups[4].items[1].readings[0].threshold.source"

    def test_explain(self) -> None:
        score = score_index(ALLOCATED, {**dict.fromkeys(IDS, 100), "qd766.4.3": 62})
        lines = score.explain().splitlines()
        assert lines[0] == "qd-766-portal: 99.55 / 100 points = 99.55 % (xuất sắc)"
        assert " ".join(lines[1].split()) == "−0.45 4.3: 2 × 0.62 / 0.80 = 1.55 of 2"
        assert " ".join(lines[2].split()) == "group 3-payment: 10.5 capped at 10"


class TestRulesAndGroups:
    def test_an_uncapped_rule(self) -> None:
        rule = ThresholdLinear(points=2, threshold=80, capped=False)
        assert rule.maximum == Fraction(5, 2)
        assert rule.score(Fraction(100)) == Fraction(5, 2)
        assert rule.working(Fraction(90)) == "2 × 0.90 / 0.80 = 2.25"
        assert str(rule) == "rate / 80 % × 2, not capped"
        assert ThresholdLinear(points=2, threshold=80).maximum == 2

    def test_a_capped_group_must_reach_its_maximum(self) -> None:
        item = IndexItem(indicator="a", rule=ThresholdLinear(points=4))
        with pytest.raises(cm.ValidationError, match="do not reach the capped group"):
            Group(id="g", name="G", maximum=5, items=[item], capped=True)
        assert Group(id="g", name="G", maximum=3, items=[item], capped=True).capped
        with pytest.raises(cm.ValidationError, match="do not add up to"):
            Group(id="g", name="G", maximum=3, items=[item])

    def test_readings_are_named(self) -> None:
        other = Reading(id="b", rule=ThresholdLinear(points=4, threshold=80))
        with pytest.raises(cm.ValidationError, match="names its own"):
            IndexItem(indicator="a", rule=ThresholdLinear(points=4), readings=[other])
        counted = Reading(id="c", rule=ZeroOut(points=4))
        with pytest.raises(cm.ValidationError, match="scores a count, the item a rate"):
            IndexItem(
                indicator="a", rule=ThresholdLinear(points=4), reading="b", readings=[counted]
            )
        with pytest.raises(cm.ValidationError, match="named twice"):
            IndexItem(indicator="a", rule=ThresholdLinear(points=4), reading="b", readings=[other])

    def test_from_data(self) -> None:
        data = {
            "id": "x",
            "name": "X",
            "groups": [
                {
                    "id": "g",
                    "name": "G",
                    "maximum": 4,
                    "capped": True,
                    "numbers": {"portal": 3, "legal": "4"},
                    "items": [
                        {"indicator": "a", "rule": "threshold_linear", "points": 2,
                         "threshold": 80, "capped": False, "reading": "fit",
                         "readings": [{"id": "doc", "rule": "threshold_linear", "points": 2}]},
                        {"indicator": "b", "rule": "threshold_linear", "points": 2},
                    ],
                }
            ],
        }  # fmt: skip
        index = index_from_data(data)
        (group,) = index.groups
        assert (group.capped, group.numbers) == (True, (("portal", "3"), ("legal", "4")))
        first = group.items[0]
        assert (first.rule.maximum, first.reading, first.readings[0].id) == (
            Fraction(5, 2), "fit", "doc")  # fmt: skip
        bad = {**data, "groups": [{**data["groups"][0], "capped": "yes"}]}
        with pytest.raises(cm.ValidationError, match="expected true or false") as exc:
            index_from_data(bad)
        assert exc.value.problems[0].path == "index.groups[0].capped"


class TestTables:
    def test_rows_by_id_or_number(self) -> None:
        rows = [
            {"code": "06", "period": "2025", "indicator": "4.3", "rate": "62 %"},
            {"code": "06", "period": "2025", "indicator": "qd766.5a", "rate": "N/A"},
            {"code": "06", "period": "2025", "indicator": "2.1", "numerator": "9",
             "denominator": "10"},
            {"code": "06", "period": "2025", "indicator": "5c", "rate": "92,5"},
            {"code": "06", "period": "2025", "indicator": "5b", "rate": ""},
            {"code": "19", "period": "2025-Q3", "indicator": "1.1", "rate": 100, "name": "x"},
        ]  # fmt: skip
        values = index_values(rows, RULES)
        assert values == {
            ("06", "2025"): {
                "qd766.4.3": 62,
                "qd766.5a": NOT_APPLICABLE,
                "qd766.2.1": (9, 10),
                "qd766.5c": Fraction("92.5"),
            },
            ("19", "2025-Q3"): {"qd766.1.1": 100},
        }
        scores = score_table(RULES, values)
        assert scores[("06", "2025")].item("qd766.2.1").score == 18
        assert scores[("06", "2025")].item("qd766.5b").status.value == "missing"

    def test_every_problem_with_its_row(self) -> None:
        rows = [
            {"code": "06", "period": "2025", "indicator": "9.9", "rate": "1"},
            {"code": "", "period": "2025", "indicator": "4.3", "rate": "1"},
            {"code": "06", "period": "2025", "indicator": "4.3", "rate": "1", "numerator": "1"},
            {"code": "06", "period": "2025", "indicator": "4.3", "rate": "x"},
            {"code": "06", "period": "2025", "indicator": "4.3", "colour": "red"},
            {"code": "06", "period": "2025", "indicator": "qd766.4.3", "rate": "1"},
            {"code": "06", "period": "2025", "indicator": "4.3", "rate": "2"},
            {"code": "06", "period": "2025", "indicator": "4.4", "numerator": "1"},
            {"code": "06", "period": "2025-X9", "indicator": "4.4", "rate": "1"},
        ]
        with pytest.raises(cm.ValidationError) as exc:
            index_values(rows, RULES)
        found = [(p.path, p.code) for p in exc.value.problems]
        assert found == [
            ("rows[0].indicator", "unknown-indicator"),
            ("rows[1].code", "missing"),
            ("rows[2]", "ambiguous"),
            ("rows[3].rate", "invalid"),
            ("rows[4]", "unknown-column"),
            ("rows[6]", "duplicate"),  # 4.3 of 06 in 2025 is also rows[5]
            ("rows[7]", "invalid"),
            ("rows[8].period", "unreadable-period"),
        ]

    def test_a_rate_out_of_range_names_the_unit(self) -> None:
        values = index_values(
            [{"code": "06", "period": "2025", "indicator": "4.3", "rate": "120"}], RULES
        )
        with pytest.raises(cm.ValidationError) as exc:
            score_table(RULES, values)
        assert exc.value.problems[0].path == "values[('06', '2025')]['qd766.4.3']"

    def test_the_example_file(self, tmp_path: Path) -> None:
        scores = score_table(ALLOCATED, read_index_values(EXAMPLE, ALLOCATED))
        assert {k: str(s) for k, s in scores.items()} == {
            ("38", "2025"): "qd-766-portal: 85.58 / 100 points = 85.58 % (tốt)",
            ("19", "2025"): "qd-766-portal: 89.84 / 100 points = 89.84 % (tốt)",
        }
        with_bom = tmp_path / "bom.csv"
        with_bom.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
        assert read_index_values(with_bom, ALLOCATED) == read_index_values(EXAMPLE, ALLOCATED)
        bad = tmp_path / "bad.csv"
        bad.write_text("code,period,indicator,rate\n06,2025,4.3,62\n06,2025,4.3,x\n")
        with pytest.raises(cm.ValidationError) as exc:
            read_index_values(bad, RULES)
        assert exc.value.problems[0].path == "bad.csv:3.rate"
        with pytest.raises(cm.ValidationError, match="cannot read"):
            read_index_values(tmp_path / "missing.csv", RULES)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


class TestCommandLine:
    points = ("--points", "qd766.3.toan-trinh=6", "--points", "qd766.3.1=2",
              "--points", "qd766.3.3=4")  # fmt: skip

    def test_one_line_per_unit(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = _run(capsys, "score", str(EXAMPLE), "--index", "qd-766-portal")
        assert status == 0
        assert out.splitlines() == [
            "38 2025  qd-766-portal: ? / ? points",
            "19 2025  qd-766-portal: ? / ? points",
        ]
        assert "give them with --points" in err
        assert "qd766.3.toan-trinh" in err

    def test_explain_with_points(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = _run(
            capsys, "score", str(EXAMPLE), "--index", "qd-766-portal", *self.points,
            "--code", "38", "--explain",
        )  # fmt: skip
        assert (status, err) == (0, "")
        lines = out.splitlines()
        assert lines[0] == "38 2025  qd-766-portal: 85.58 / 100 points = 85.58 % (tốt)"
        assert "4.3: 2 × 0.62 / 0.80 = 1.55 of 2" in out

    def test_table_and_reading(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = _run(
            capsys, "score", str(EXAMPLE), "--index", "qd-766-portal", *self.points,
            "--code", "19", "--table", "--reading", "qd766.4.2=formula-document",
        )  # fmt: skip
        assert status == 0
        assert out.splitlines()[0].endswith("90.24 / 100 points = 90.24 % (xuất sắc)")
        assert re.search(r"^  4\.2 +90 scored +4 / 4$", out, re.MULTILINE)

    def test_charts(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        pytest.importorskip("matplotlib")
        for name, extra in (("one.png", ("--code", "19")), ("all.svg", ())):
            chart = tmp_path / name
            status, _, err = _run(
                capsys, "score", str(EXAMPLE), "--index", "qd-766-portal", *self.points,
                *extra, "--chart", str(chart),
            )  # fmt: skip
            assert (status, err) == (0, "")
            assert chart.stat().st_size > 1000
        assert "Thanh toán trực tuyến" in (tmp_path / "all.svg").read_text()

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (("--index", "qd-766", "--points", "qd766.9=1"), "not scored by any version"),
            (("--index", "cchc-common"), "has no index"),
            (("--index", "qd-766-portal", "--reading", "qd766.4.2"), "expected ID=VALUE"),
            (("--index", "qd-766-portal", "--reading", "qd766.4.2=x"), "no reading 'x'"),
            (("--index", "qd-766-portal", "--points", "qd766.9=1"), "not scored by this"),
            (("--index", "qd-766-portal", "--code", "99"), "no unit and period"),
        ],
    )
    def test_problems_exit_1(
        self, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
    ) -> None:
        status, out, err = _run(capsys, "score", str(EXAMPLE), *args)
        assert (status, out) == (1, "")
        assert err.startswith("cchc score: ")
        assert message in err

    def test_each_period_by_its_version(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """``--index qd-766`` scores 2024 by the 2022 decision and 2025 by the portal."""
        data = tmp_path / "two-years.csv"
        data.write_text(
            "code,period,indicator,rate\n"
            "38,2024,3.2,50\n"  # 3.2 is scored in 2022 only
            "38,2024,1.1,90\n"
            "38,2025,4.4,50\n"  # 4.4 on the portal only
            "38,2025,1.1,90\n",
            encoding="utf-8",
        )
        status, out, _ = _run(capsys, "score", str(data), "--index", "qd-766", "--explain")
        assert status == 0
        assert "38 2024  qd-766-2022: ? / ? points" in out
        assert "38 2025  qd-766-portal: ? / ? points" in out
        assert "1.1: 6 × 0.90 = 5.4 of 6" in out
        wrong = tmp_path / "wrong.csv"
        wrong.write_text("code,period,indicator,rate\n38,2025,3.2,50\n", encoding="utf-8")
        status, _, err = _run(capsys, "score", str(wrong), "--index", "qd-766")
        assert status == 1
        assert "wrong.csv:2.indicator: '3.2' is not scored by qd-766-portal" in err
        early = tmp_path / "early.csv"
        early.write_text("code,period,indicator,rate\n38,2021,1.1,50\n", encoding="utf-8")
        status, _, err = _run(capsys, "score", str(early), "--index", "qd-766")
        assert status == 1
        assert "early.csv:2.period" in err
        assert "no version of qd-766 is in force on 2021-12-31" in err

    def test_in_force_in_the_library(self) -> None:
        rows = [
            {"code": "38", "period": "2024", "indicator": "3.2", "rate": "50"},
            {"code": "38", "period": "2025-Q3", "indicator": "4.4", "rate": "50"},
        ]
        chooser = in_force("qd-766")
        scores = score_table(chooser, index_values(rows, chooser))
        assert [s.index for s in scores.values()] == ["qd-766-2022", "qd-766-portal"]
        assert scores[("38", "2025-Q3")].item("qd766.4.4").score == 2

    def test_the_documented_command(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The ``cchc score`` example of docs/catalogues.md runs as written."""
        pytest.importorskip("matplotlib")
        page = (ROOT / "docs" / "catalogues.md").read_text(encoding="utf-8")
        (block,) = re.findall(r"```bash\n(cchc score .*?)```", page, re.DOTALL)
        args = shlex.split(block.replace("\\\n", " "))[1:]
        monkeypatch.chdir(ROOT)
        chart = args.index("--chart") + 1
        args[chart] = str(tmp_path / args[chart])
        status, out, err = _run(capsys, *args)
        assert (status, err) == (0, "")
        assert out.startswith("38 2025  qd-766-portal: 85.58 / 100 points")


class TestDocs:
    def test_the_side_by_side_table_is_the_data(self) -> None:
        page = (ROOT / "docs" / "catalogues.md").read_text(encoding="utf-8")
        shown = page.split("<!-- side-by-side: begin -->\n")[1].split("\n<!-- side-by-side")[0]
        assert shown.strip() == side_by_side(OLD, PORTAL).strip()

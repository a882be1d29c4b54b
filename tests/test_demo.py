"""The seed plans as runnable examples: sample data, ``cchc demo``, charts, the walkthrough.

Expected statuses are computed here from the CSV rows with exact fractions, the way an
analyst would check them by hand, and compared with what the library finds.
"""

from __future__ import annotations

import csv
import re
import runpy
import sys
from collections.abc import Callable, Iterator
from datetime import date
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import cchc_model as cm
from cchc_model.cli import COMMANDS, main
from cchc_model.demo import (
    SAMPLE_SOURCE,
    example_names,
    load_example,
    placeholder_hierarchy,
    run_demo,
    totals,
)
from cchc_model.evaluation import Evaluation, Status
from cchc_model.model.jurisdictions import PLACEHOLDER_PREFIX, load_hierarchy_csv

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = EXAMPLES / "data"
PLANS = sorted(EXAMPLES.glob("*.yaml"))
COLUMNS = [
    "indicator",
    "code",
    "period",
    "value",
    "numerator",
    "denominator",
    "weight",
    "basis",
    "source",
]

Row = dict[str, str]


def rows_of(plan_id: str) -> list[Row]:
    with open(DATA / f"{plan_id}.csv", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def chosen(
    rows: list[Row], indicator: str, period: str, where: Callable[[Row], bool] = lambda r: True
) -> list[Row]:
    return [r for r in rows if r["indicator"] == indicator and r["period"] == period and where(r)]


def percent(rows: list[Row]) -> Fraction:
    """The ratio of sums of the rows, in percent, exactly."""
    numerator = sum(Fraction(r["numerator"]) for r in rows)
    denominator = sum(Fraction(r["denominator"]) for r in rows)
    return numerator / denominator * 100


def is_commune(row: Row) -> bool:
    code = row["code"]
    return (len(code) == 5 and code.isdigit()) or "-tt" in code or "-x" in code[-4:]


@pytest.fixture(scope="module")
def demo() -> dict[str, Evaluation]:
    return {evaluation.plan.id: evaluation for evaluation in run_demo()}


@pytest.fixture(scope="module")
def national() -> cm.Hierarchy:
    return cm.national_hierarchy()


# --- the example files and their data ------------------------------------------------------


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_example_validates_loads_and_evaluates(path: Path, national: cm.Hierarchy) -> None:
    """Each plan validates, its data loads, and it evaluates on the right tree."""
    assert main(["validate", str(path)]) == 0
    plan = cm.load(path)
    data = DATA / f"{plan.id}.csv"
    observations = cm.ObservationSet.from_csv(data, plan.indicators)
    assert len(observations) == len(rows_of(plan.id)) > 0
    placeholder = plan.issuer.startswith(PLACEHOLDER_PREFIX)
    tree = load_hierarchy_csv(DATA / "placeholder_units.csv") if placeholder else national
    evaluation = cm.evaluate(plan, observations, tree)
    assert len(evaluation) == len(plan.targets)
    statuses = {result.status for result in evaluation}
    assert Status.MET in statuses
    assert Status.NOT_MET in statuses


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_sample_rows_are_labelled_synthetic(path: Path) -> None:
    """The columns are the documented ones, and every row says it is synthetic."""
    plan = cm.load(path)
    with open(DATA / f"{plan.id}.csv", encoding="utf-8", newline="") as stream:
        header = next(csv.reader(stream))
    dimensions = list(dict.fromkeys(d.id for i in plan.indicators for d in i.dimensions))
    assert header == COLUMNS + dimensions
    assert {row["source"] for row in rows_of(plan.id)} == {SAMPLE_SOURCE}
    assert "synthetic" in SAMPLE_SOURCE


def test_placeholder_units() -> None:
    """The placeholder trees: the two placeholder issuers, their districts and communes."""
    tree = load_hierarchy_csv(DATA / "placeholder_units.csv")
    assert all(unit.code.startswith(PLACEHOLDER_PREFIX) for unit in tree)
    assert len(tree.children("x-tinh-kh-141-2020")) == 11
    assert len(tree.children("x-huyen-2020-minh-quang")) == 15
    header = (ROOT / "src/cchc_model/data/admin_units_vn.csv").read_text().splitlines()[0]
    assert (DATA / "placeholder_units.csv").read_text().splitlines()[0] == header
    assert placeholder_hierarchy() == tree


def packaged() -> Iterator[Any]:
    return iter(resources.files("cchc_model").joinpath("data", "examples").iterdir())


def test_packaged_copies_equal_the_examples() -> None:
    """src/cchc_model/data/examples/ holds the same plans and data as examples/."""
    expected = {p.name: p.read_bytes() for p in [*PLANS, *DATA.glob("*.csv")]}
    found = {item.name: item.read_bytes() for item in packaged() if item.is_file()}
    hint = "run .venv/bin/python scripts/make_sample_data.py"
    assert sorted(found) == sorted(expected), hint
    for name, content in expected.items():
        assert found[name] == content, f"{name} differs; {hint}"
    assert example_names() == [p.name for p in PLANS]


def test_sample_data_is_up_to_date() -> None:
    """The script rebuilds exactly the files on disk (fixed seed, fixed order)."""
    script = runpy.run_path(str(ROOT / "scripts" / "make_sample_data.py"))
    built: dict[Path, bytes] = script["build"]()
    assert {str(p) for p in built} >= {"examples/data/hue-2021.csv"}
    stale = [str(p) for p, content in built.items() if (ROOT / p).read_bytes() != content]
    assert stale == [], "run .venv/bin/python scripts/make_sample_data.py"


def test_readme_documents_the_sample_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/README.md has a "Sample data" section, and its Python example runs."""
    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Sample data") :]
    for words in ("Synthetic", "placeholder_units.csv", "make_sample_data.py", "cchc demo"):
        assert words in section
    blocks = re.findall(r"^```python\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "examples/README.md", "exec"), {})


# --- hand-computed expectations, one or more per seed ----------------------------------------


def test_thanh_hoa(demo: dict[str, Evaluation], national: cm.Hierarchy) -> None:
    evaluation, rows = demo["thanh-hoa-2021"], rows_of("thanh-hoa-2021")
    communes = national.as_of(date(2021, 12, 31)).descendants("38", level="commune")
    # Satisfaction: every survey in the province (the province's and the districts'
    # one-stop shops, every commune's), pooled as a ratio of sums.
    survey = chosen(rows, "satisfaction_procedures", "2021")
    assert len([r for r in survey if is_commune(r)]) == len(communes)
    expected = percent(survey)
    result = evaluation.result("satisfaction")
    assert result.observed == expected
    assert result.status is (Status.MET if expected >= 85 else Status.NOT_MET)
    # "có thêm 2 đơn vị … trở lên": the province's own units and every district's,
    # 2021 against 2020.
    counts = {
        year: sum(int(r["value"]) for r in chosen(rows, "autonomous_public_units", year))
        for year in ("2020", "2021")
    }
    change = counts["2021"] - counts["2020"]
    result = evaluation.result("more-autonomous-units")
    assert result.observed == change
    assert result.status is (Status.MET if change >= 2 else Status.NOT_MET)
    # Work records at commune level, pooled.
    expected = percent(chosen(rows, "work_records_online", "2021", is_commune))
    result = evaluation.result("work-records-commune")
    assert result.observed == expected
    assert result.status is (Status.MET if expected >= 100 else Status.NOT_MET)
    # One district did not report qualified officials: UNKNOWN, with the coverage.
    reported = chosen(rows, "officials_qualified", "2021", lambda r: r["basis"] == "territory")
    result = evaluation.result("officials-qualified")
    assert result.status is Status.UNKNOWN
    assert result.coverage == Fraction(len(reported), 26)


def test_province_2020_share(demo: dict[str, Evaluation]) -> None:
    """≥ 50 % of the districts with a modern one-stop shop: three-valued (vector 4)."""
    evaluation, rows = demo["province-kh-141-2020"], rows_of("province-kh-141-2020")
    tree = load_hierarchy_csv(DATA / "placeholder_units.csv")
    districts = [u.code for u in tree.children("x-tinh-kh-141-2020")]
    flags = {r["code"]: r["value"] == "true" for r in chosen(rows, "modern_one_stop", "2020")}
    met = sum(flags.values())
    unknown = len([code for code in districts if code not in flags])
    low, high = Fraction(met, len(districts)), Fraction(met + unknown, len(districts))
    half = Fraction(1, 2)
    expected = Status.MET if low >= half else Status.NOT_MET if high < half else Status.UNKNOWN
    result = evaluation.result("modern-one-stop-half-of-districts")
    assert result.status is expected is Status.UNKNOWN
    assert result.aspirational


def test_hue(demo: dict[str, Evaluation], national: cm.Hierarchy) -> None:
    evaluation, rows = demo["hue-2021"], rows_of("hue-2021")
    tree = national.as_of(date(2021, 12, 31))
    # Top 5 of the 9 district-level units of Thừa Thiên Huế on their PAR Index score.
    scores = {r["code"]: Fraction(r["value"]) for r in chosen(rows, "par_index_score", "2021")}
    assert sorted(scores) == [unit.code for unit in tree.children("46")]
    rank = 1 + sum(score > scores["474"] for score in scores.values())
    result = evaluation.result("par-index-top-5")
    assert result.observed == rank
    assert result.status is (Status.MET if rank <= 5 else Status.NOT_MET)
    assert result.warnings == ()  # 9 peers found, as the plan says
    # Work records of the wards: two wards did not report, so UNKNOWN.
    wards = tree.children("474")
    reported = chosen(rows, "work_records_online", "2021", is_commune)
    result = evaluation.result("work-records-wards")
    assert result.status is Status.UNKNOWN
    assert result.coverage == Fraction(len(reported), len(wards)) < 1
    # Dossiers online: the city's own one-stop shop and every ward.
    expected = percent(chosen(rows, "dossiers_online", "2021"))
    result = evaluation.result("dossiers-online")
    assert result.observed == expected
    assert result.status is (Status.MET if expected >= 20 else Status.NOT_MET)


def test_bac_kan(demo: dict[str, Evaluation]) -> None:
    evaluation, rows = demo["bac-kan-2023"], rows_of("bac-kan-2023")
    # "85% hồ sơ công việc tại cấp xã": the communes' records pooled (vector 3's rule).
    expected = percent(chosen(rows, "work_records_online", "2023", is_commune))
    result = evaluation.result("work-records-commune")
    assert result.observed == expected
    assert result.status is (Status.MET if expected >= 85 else Status.NOT_MET)
    # On the territory: the province's own, the districts' own and every commune.
    for target, indicator, threshold in (
        ("dossiers-online", "dossiers_online", 30),
        ("dossiers-paid-online", "dossiers_paid_online", 50),
    ):
        expected = percent(chosen(rows, indicator, "2023"))
        result = evaluation.result(target)
        assert result.observed == expected, target
        assert result.status is (Status.MET if expected >= threshold else Status.NOT_MET)
    assert evaluation.result("satisfaction-health-education").status is Status.UNKNOWN


def test_district_2020(demo: dict[str, Evaluation]) -> None:
    evaluation, rows = demo["district-2020-minh-quang"], rows_of("district-2020-minh-quang")
    expected = percent(chosen(rows, "dossiers_online", "2020", is_commune))
    result = evaluation.result("dossiers-online-commune")
    assert result.observed == expected
    assert result.status is (Status.MET if expected >= 30 else Status.NOT_MET)
    # "Trên 90%" is strict: exactly 90 does not meet it.
    (row,) = chosen(rows, "satisfaction_health_education", "2020")
    result = evaluation.result("satisfaction-health-education")
    assert result.status is (Status.MET if Fraction(row["value"]) > 90 else Status.NOT_MET)
    # A commune with no dossiers (0 of 0) counts as reported and changes nothing.
    on_time = chosen(rows, "dossiers_on_time", "2020")
    assert any(r["denominator"] == "0" for r in on_time)
    expected = percent(on_time)
    result = evaluation.result("dossiers-on-time")
    assert result.observed == expected
    assert result.coverage == 1
    assert result.status is (Status.MET if expected >= 95 else Status.NOT_MET)


# --- cchc demo -------------------------------------------------------------------------------


def test_cchc_demo(capsys: pytest.CaptureFixture[str], demo: dict[str, Evaluation]) -> None:
    assert "demo" in [command.name for command in COMMANDS]
    assert main(["demo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "synthetic" in lines[0]
    assert lines[-1] == totals(list(demo.values()))
    assert lines[-1].startswith("Totals, 5 plans: 58 targets — binding: ")
    for plan_id in demo:
        assert any(line.startswith(f"{plan_id}: ") for line in lines)


def test_demo_from_the_package_alone() -> None:
    """The demo reads only package data: its plans equal the loaded example files."""
    for path in PLANS:
        plan, observations = load_example(path.name)
        assert plan == cm.load(path)
        assert len(observations) == len(rows_of(plan.id))


# --- charts ----------------------------------------------------------------------------------


@pytest.fixture
def pyplot() -> Iterator[Any]:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def bars_and_marks(ax: Any) -> tuple[int, int]:
    from matplotlib.patches import Rectangle

    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    return len(bars), len(ax.collections[0].get_offsets())


def test_plot_evaluation(pyplot: Any, demo: dict[str, Evaluation]) -> None:
    from cchc_model.outputs.charts import plot_evaluation

    # Bắc Kạn: 22 comparisons in percent, 2 of them without data.
    ax = plot_evaluation(demo["bac-kan-2023"])
    assert bars_and_marks(ax) == (20, 22)
    # Thanh Hóa: 5 comparisons and the 3 parts of an all-of; the change is left out;
    # officials-qualified has no value.
    ax = demo["thanh-hoa-2021"].plot()
    assert bars_and_marks(ax) == (7, 8)
    assert "more-autonomous-units" in ax.get_xlabel()
    labels = [t.get_text() for t in demo["hue-2021"].plot().get_yticklabels()]
    assert "par-index-top-5 *" not in labels  # a rank is not a percent
    assert "online-level-4" in labels


def test_plot_levels(pyplot: Any, demo: dict[str, Evaluation]) -> None:
    from cchc_model.outputs.charts import plot_levels

    plan, observations = load_example("000-thanh-hoa-2021.yaml")
    ax = plot_levels(plan, "satisfaction_procedures", observations)
    assert [len(c.get_offsets()) for c in ax.collections] == [1, 26, 547]
    assert list(ax.lines[0].get_ydata()) == [85, 85]
    # From an evaluation, on a placeholder tree.
    plan, observations = load_example("004-district-2020.yaml")
    ax = plot_levels(
        demo[plan.id], "dossiers_online", observations, hierarchy=placeholder_hierarchy()
    )
    assert [len(c.get_offsets()) for c in ax.collections] == [1, 15]


def test_cchc_evaluate_chart(pyplot: Any, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    plan = str(EXAMPLES / "003-bac-kan-2023.yaml")
    assert main(["evaluate", plan, "-o", str(DATA / "bac-kan-2023.csv"), "--chart", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_charts_without_matplotlib(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Without matplotlib: a CchcError that names the extra, and exit 1 from the CLI."""
    from cchc_model.outputs.charts import save_chart

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    evaluation = next(iter(run_demo()))
    with pytest.raises(cm.CchcError, match=r'"\.\[charts\]"'):
        evaluation.plot()
    with pytest.raises(cm.CchcError, match=r'"\.\[charts\]"'):
        save_chart(evaluation, tmp_path / "x.png")
    plan = str(EXAMPLES / "003-bac-kan-2023.yaml")
    argv = ["evaluate", plan, "-o", str(DATA / "bac-kan-2023.csv"), "--chart", "x.png"]
    assert main(argv) == 1
    assert '".[charts]"' in capsys.readouterr().err


# --- the walkthrough -------------------------------------------------------------------------


def test_walkthrough_runs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    namespace = runpy.run_path(str(EXAMPLES / "walkthrough.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "dossiers-paid-online" in out
    assert namespace["result"].status is Status.NOT_MET
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        return
    assert (tmp_path / "bac-kan-2023-targets.png").is_file()
    assert (tmp_path / "bac-kan-2023-dossiers-online.png").is_file()
    districts = (tmp_path / "bac-kan-2021-2025-districts.png").read_bytes()
    assert districts[:8] == b"\x89PNG\r\n\x1a\n"
    assert "wrote bac-kan-2021-2025-districts.png" in out
    assert namespace["report"].of("dossiers-online").status is cm.ProgressStatus.MODERATE
    plt.close("all")

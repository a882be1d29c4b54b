# %% [markdown]
# # Walkthrough: evaluate a seed plan on its sample data
#
# Bắc Kạn's 2023 plan (`003-bac-kan-2023.yaml`) and its **synthetic** sample data
# (`data/bac-kan-2023.csv`, written by `scripts/make_sample_data.py`; every row says so in
# its `source` column — these are not real figures).
#
# The file is in "percent" format: each `# %%` starts a cell. Open it in VS Code or
# PyCharm as a notebook, convert it with `jupytext --to notebook examples/walkthrough.py`,
# or run it as a script: `.venv/bin/python examples/walkthrough.py`. In a notebook, a cell
# that ends with a plan, a target, a result or an evaluation shows it as a table. The
# charts need the `charts` extra, the DataFrame the `pandas` extra.

# %%
from pathlib import Path

import attrs

import cchc_model as cm

try:
    EXAMPLES = Path(__file__).resolve().parent
except NameError:  # in a notebook: the working directory is the repository or examples/
    EXAMPLES = Path("examples") if Path("examples").is_dir() else Path()

# %% [markdown]
# ## Load the plan and its data
#
# The CSV has one row per observation: ratios as counts (`numerator`, `denominator`), so
# that they add up exactly across units; `basis` is `own` for the records of the
# authorities at a unit's own level ("hồ sơ công việc tại cấp tỉnh").

# %%
plan = cm.load(EXAMPLES / "003-bac-kan-2023.yaml")
observations = cm.ObservationSet.from_csv(
    EXAMPLES / "data" / f"{plan.id}.csv", plan.indicators, source="sample"
)
print(plan)
print(len(observations), "observations")
plan  # in a notebook: the issuer by name, the period, the targets by reform area

# %% [markdown]
# ## Evaluate
#
# Every target for the issuer (`06`, Tỉnh Bắc Kạn) and the plan's year, on the units
# valid on 2023-12-31. In a notebook, ending a cell with `evaluation` shows an HTML table.

# %%
evaluation = cm.evaluate(plan, observations)
print(evaluation.table().splitlines()[-1])  # the totals line
evaluation  # every result; in a terminal, print(evaluation.table(width=None))

# %% [markdown]
# ## Inspect a failing target
#
# `dossiers-paid-online` is not met. Its reason says what was observed, how it was rolled
# up, and how far short it is; `gap` is that shortfall, exact, in the indicator's unit.

# %%
failing = [result for result in evaluation if result.status is cm.Status.NOT_MET]
print("not met:", ", ".join(result.target_id for result in failing))

result = evaluation.result("dossiers-paid-online")
print(result.reason)
assert result.gap is not None  # exact: a fraction of percentage points
print(f"gap: {float(result.gap):.2f} percentage points (exactly {result.gap});", end=" ")
print(f"coverage: {result.coverage}")
print("the plan's words:", result.target.source_text)
result

# %% [markdown]
# The province's value pools every tier. To see which districts pulled it down, evaluate
# the same target once per district (an *each* scope): one result per district, in
# `parts`, each with its own gap.

# %%
per_district = attrs.evolve(
    plan.target("dossiers-paid-online"),
    id="dossiers-paid-online-each",
    scope=cm.Scope.each(cm.Level.DISTRICT),
)
drill = cm.evaluate_target(per_district, observations, plan.issuer, plan.period)
print(drill.reason)
units = cm.national_hierarchy()
for part in sorted(drill.parts, key=lambda p: p.gap or 0, reverse=True):
    name = units.get(part.code, on=plan.period.last_day).name
    print(f"  {name:<22} {part.status.value:<8} {part.reason}")
drill  # the same, as a table: one row per district

# %% [markdown]
# ## As a DataFrame
#
# One row per result, parts included; exact values as text (`observed`, `gap`) and a
# float `observed_value` for sorting and plotting.

# %%
try:
    frame = evaluation.to_frame()
except cm.CchcError as error:  # pandas is not installed
    print(error)
else:
    print(frame[["target", "status", "observed_display", "gap"]].head(10).to_string())

# %% [markdown]
# ## Charts
#
# `evaluation.plot()` draws the threshold against the observed value of every numeric
# target, coloured by status; `plot_levels` draws one indicator at every tier — the
# province, its districts, its communes — with the threshold as a line.

# %%
from cchc_model.outputs.charts import plot_levels  # noqa: E402  (a notebook cell)

try:
    ax = evaluation.plot()
except cm.CchcError as error:  # matplotlib is not installed
    print(error)
else:
    levels = plot_levels(evaluation, "dossiers_online", observations)
    if __name__ == "__main__":  # a script (or a notebook): the charts are also written out
        ax.figure.savefig("bac-kan-2023-targets.png", dpi=120)
        levels.figure.savefig("bac-kan-2023-dossiers-online.png", dpi=120)
        print("wrote bac-kan-2023-targets.png and bac-kan-2023-dossiers-online.png")

# %% [markdown]
# ## Progress toward a five-year target
#
# Most targets are set for a horizon years away ("đến năm 2025 …") and reported on every
# year before it. Read as a 2021–2025 target — 50 % of dossiers online by 2025, from
# 2020 — `dossiers-online` is NOT MET in 2023, and the question is whether the province
# is on track. `cm.progress` answers it for every target: target achieved, on track,
# moderate, limited, deterioration or not available, by sdg-build's growth method.
#
# The sample holds 2023 only, so the history 2020–2022 below is **made up** for this
# example: each district's counts of online dossiers (its communes' too) start in 2020 at
# a share of their 2023 level, from 55 % to 104 %, and move evenly to it.

# %%
tree = units.as_of(plan.period.last_day)
districts = [unit.code for unit in tree.children(plan.issuer)]
start = dict(zip(districts, (60, 104, 70, 90, 80, 55, 96, 75), strict=True))  # % of 2023


def made_up_history(record):
    """The record in 2020, 2021 and 2022: its 2023 count scaled, rising evenly."""
    unit = tree.get(record["code"])
    share = start.get(unit.parent if unit.level is cm.Level.COMMUNE else unit.code, 75)
    rows = []
    for year in (2020, 2021, 2022):
        percent = share + (100 - share) * (year - 2020) // 3
        numerator = int(record["numerator"]) * percent // 100
        rows.append({**record, "period": str(year), "numerator": numerator, "source": "made up"})
    return rows


online = [r for r in observations.to_records() if r["indicator"] == "dossiers_online"]
history = [row for record in online for row in made_up_history(record)]
five_year_target = attrs.evolve(
    plan.target("dossiers-online"),
    threshold="50 %",
    progress=cm.ProgressBasis(baseline="2020"),
    source_text="đến năm 2025, tỷ lệ hồ sơ TTHC phát sinh trực tuyến đạt từ 50% trở lên",
)
five_years = attrs.evolve(
    plan,
    id="bac-kan-2021-2025",
    period=cm.Period.parse("2021-01-01/2025-12-31"),
    targets=(
        five_year_target,
        attrs.evolve(five_year_target, id="each-district", scope=cm.Scope.each(cm.Level.DISTRICT)),
    ),
    tasks=(),
)
report = cm.progress(
    five_years, cm.ObservationSet.from_records([*online, *history], plan.indicators), "2023"
)
print(report.table(width=None))

# %% [markdown]
# The province is behind the path but moving (moderate); `each-district` is as good as
# its worst district. `report.off_track` lists the districts worst first — status, then
# R, the observed rate over the rate needed to reach 50 % by 2025.

# %%
for found in report.off_track("each-district"):
    name = tree.get(found.code).name
    ratio = "" if found.ratio is None else f"R ≈ {float(found.ratio):.2f}"
    print(f"  {name:<19} {found.status.words:<14} {ratio:<11} {found.reason}")

# %% [markdown]
# `report.plot` draws a target's trajectory — the baseline, the path required to reach
# the target by the horizon, the values observed on the way, the projection at the
# horizon — and `plot_trajectories` one panel per district, titled with its status.

# %%
from cchc_model.outputs.progress_charts import plot_trajectories, save_trajectories  # noqa: E402

try:
    trajectory = report.plot("dossiers-online")
    panels = plot_trajectories(report, "each-district")
except cm.CchcError as error:  # matplotlib is not installed
    print(error)
else:
    if __name__ == "__main__":  # a script (or a notebook): the panels are also written out
        save_trajectories(report, "each-district", "bac-kan-2021-2025-districts.png")
        print("wrote bac-kan-2021-2025-districts.png")

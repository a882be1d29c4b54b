"""Write synthetic sample observations for the five seed plans in ``examples/``.

For each plan ``examples/NNN-*.yaml`` this writes ``examples/data/<plan-id>.csv`` with
the columns ``indicator, code, period, value, numerator, denominator, weight, basis,
source`` (plus one column per dimension the plan's indicators have), and
``examples/data/placeholder_units.csv``: small made-up trees for the two plans whose
issuer is a placeholder (codes starting ``x-``), in the columns of
``src/cchc_model/data/admin_units_vn.csv``.

**Every number is synthetic.** Each row says so in its ``source`` column
(:data:`SOURCE`). The data is shaped like real reporting, so that every rule of the
evaluation is exercised on the real administrative tree:

* counts at commune level that roll up through districts to the province (Thanh Hóa's
  satisfaction survey, Bắc Kạn's dossiers), with the own basis of the province and of
  each district where a target is pooled at that level ("hồ sơ công việc tại cấp tỉnh");
* the previous year's values where a target is a change (Thanh Hóa's autonomous units);
* the nine district-level units of Thừa Thiên Huế for Huế's rank target;
* a few missing values (a district, two wards, a whole indicator), so that some targets
  are UNKNOWN, and a commune with no dossiers at all (0/0, nothing to measure);
* some targets met and some not.

The output is deterministic (``random.Random(20261121)``; rows in a fixed order). The
script also copies the five plans, their CSV files and the placeholder units into
``src/cchc_model/data/examples/``, from where ``cchc demo`` reads them in an installed
wheel; ``tests/test_demo.py`` checks that both places hold the same bytes.

Usage::

    .venv/bin/python scripts/make_sample_data.py          # write both places
    .venv/bin/python scripts/make_sample_data.py --check  # exit 1 if a file is stale
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from cchc_model.io.serialization import load
from cchc_model.model.jurisdictions import Hierarchy, Jurisdiction, national_hierarchy
from cchc_model.model.plans import Plan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = EXAMPLES / "data"
PACKAGED = ROOT / "src" / "cchc_model" / "data" / "examples"
COMMAND = ".venv/bin/python scripts/make_sample_data.py"

SEED = 20261121
#: The ``source`` of every row: the data is made up.
SOURCE = "synthetic sample, scripts/make_sample_data.py"
PLACEHOLDER_UNITS = "placeholder_units.csv"
COLUMNS = (
    "indicator",
    "code",
    "period",
    "value",
    "numerator",
    "denominator",
    "weight",
    "basis",
    "source",
)
UNIT_COLUMNS = ("code", "name", "level", "kind", "parent", "valid_from", "valid_to")

Row = dict[str, str]


# --- rows ---------------------------------------------------------------------------------


class Rows:
    """The rows of one plan's CSV, in the order they are added."""

    def __init__(self, period: str) -> None:
        self.period = period
        self.rows: list[Row] = []

    def ratio(
        self,
        indicator: str,
        code: str,
        numerator: int,
        denominator: int,
        *,
        own: bool = False,
        period: str | None = None,
        **members: str,
    ) -> None:
        """A ratio as counts: ``numerator`` of ``denominator``."""
        assert 0 <= numerator <= denominator, (indicator, code, numerator, denominator)
        self._add(
            indicator, code, own, period, members, numerator=numerator, denominator=denominator
        )

    def value(
        self,
        indicator: str,
        code: str,
        value: str | int,
        *,
        weight: int | None = None,
        own: bool = False,
        period: str | None = None,
        **members: str,
    ) -> None:
        """A value as written (a percent, a count, a level, true or false)."""
        extra = {"weight": weight} if weight is not None else {}
        self._add(indicator, code, own, period, members, value=value, **extra)

    def _add(
        self,
        indicator: str,
        code: str,
        own: bool,
        period: str | None,
        members: dict[str, str],
        **fields: str | int,
    ) -> None:
        row: Row = {
            "indicator": indicator,
            "code": code,
            "period": period or self.period,
            "basis": "own" if own else "territory",
            "source": SOURCE,
        }
        row.update({name: str(value) for name, value in fields.items()})
        row.update(members)
        self.rows.append(row)


def share(rng: random.Random, denominator: int, low: float, high: float) -> int:
    """A numerator: ``denominator`` times a rate drawn from ``[low, high]``, rounded."""
    return round(denominator * rng.uniform(low, high))


def pool(
    rows: Rows,
    rng: random.Random,
    indicator: str,
    units: Iterable[Jurisdiction],
    size: tuple[int, int],
    rate: tuple[float, float],
    *,
    own: bool = False,
) -> None:
    """One ratio row per unit: a denominator from ``size``, a rate from ``rate``."""
    for unit in units:
        denominator = rng.randint(*size)
        rows.ratio(indicator, unit.code, share(rng, denominator, *rate), denominator, own=own)


# --- the five plans -------------------------------------------------------------------


def thanh_hoa_2021(rng: random.Random, units: Hierarchy) -> Rows:
    """Tỉnh Thanh Hóa (38), 2021: 26 district-level units and their communes."""
    rows = Rows("2021")
    tree = units.as_of(date(2021, 12, 31))
    districts = tree.children("38")
    communes = tree.descendants("38", level="commune")
    # Satisfaction surveys at every one-stop shop: the province's Trung tâm phục vụ hành
    # chính công (own basis), each district's (own) and each commune's.
    rows.ratio("satisfaction_procedures", "38", 1331, 1480, own=True)
    pool(rows, rng, "satisfaction_procedures", districts, (120, 360), (0.84, 0.95), own=True)
    pool(rows, rng, "satisfaction_procedures", communes, (30, 120), (0.78, 0.97))
    # The province's catalogue of procedures: one value for its territory.
    rows.ratio("procedures_online_level_3_4", "38", 762, 1985)
    # Qualified officials: the provincial departments (own) and each district's
    # territory; one district has not reported.
    rows.ratio("officials_qualified", "38", 2140, 2296, own=True)
    silent = rng.randrange(len(districts))
    for index, district in enumerate(districts):
        if index != silent:
            pool(rows, rng, "officials_qualified", [district], (380, 720), (0.88, 0.97))
    rows.ratio("agencies_grade_structure", "38", 61, 70)
    # Autonomous public service units (a stock): the province's own and each district's,
    # in 2020 (the baseline of the change target) and 2021.
    before = {district.code: rng.randint(0, 4) for district in districts}
    rows.value("autonomous_public_units", "38", 31, own=True, period="2020")
    for code, count in before.items():
        rows.value("autonomous_public_units", code, count, period="2020")
    rows.value("autonomous_public_units", "38", 33, own=True)
    for code, count in before.items():
        rows.value("autonomous_public_units", code, count + int(rng.random() < 0.1))
    rows.ratio("reports_connected", "38", 171, 186)
    # Work records of the three tiers: the province's and the districts' own records all
    # online; the communes mostly, not all.
    rows.ratio("work_records_online", "38", 48210, 48210, own=True)
    for district in districts:
        records = rng.randint(3000, 9000)
        rows.ratio("work_records_online", district.code, records, records, own=True)
    for commune in communes:
        records = rng.randint(400, 1800)
        done = records if rng.random() < 0.8 else share(rng, records, 0.9, 0.99)
        rows.ratio("work_records_online", commune.code, done, records)
    return rows


def province_2020(rng: random.Random, units: Hierarchy) -> Rows:
    """The unnamed province of KH 141/KH-UBND, 2020: its 11 placeholder districts."""
    rows = Rows("2020")
    province = "x-tinh-kh-141-2020"
    districts = units.children(province)
    # Modern one-stop shops: 5 built, 5 not, 1 not reported (SEMANTICS.md §11, vector 4).
    flags: list[bool | None] = [True] * 5 + [False] * 5 + [None]
    rng.shuffle(flags)
    for district, built in zip(districts, flags, strict=True):
        if built is not None:
            rows.value("modern_one_stop", district.code, "true" if built else "false")
    rows.ratio("agencies_iso_upgraded", province, 17, 20, own=True)
    for district in districts:
        agencies = rng.randint(12, 14)
        rows.ratio("agencies_iso_upgraded", district.code, agencies - rng.randint(0, 3), agencies)
    rows.ratio("procedures_iso_covered", province, 1754, 1754)
    return rows


def hue_2021(rng: random.Random, units: Hierarchy) -> Rows:
    """Thành phố Huế (474), 2021: its wards, and its eight district-level siblings."""
    rows = Rows("2021")
    tree = units.as_of(date(2021, 12, 31))
    wards = tree.children("474")
    rows.ratio("procedures_online", "474", 291, 312, online_level="3_or_4")
    rows.ratio("procedures_online", "474", 58, 312, online_level="4")
    rows.ratio("dossiers_online", "474", 5150, 21460, own=True)
    pool(rows, rng, "dossiers_online", wards, (600, 2400), (0.12, 0.32))
    # A survey reported as a percent over its respondents (a value with a weight).
    rows.value("satisfaction_procedures", "474", "89.6", weight=1250)
    # The city's own work records all online; two wards have not reported theirs.
    rows.ratio("work_records_online", "474", 18940, 18940, own=True)
    silent = set(rng.sample(range(len(wards)), 2))
    for index, ward in enumerate(wards):
        if index not in silent:
            records = rng.randint(900, 2600)
            rows.ratio("work_records_online", ward.code, records, records)
    # Agencies on the special data network: the city's 24, and each ward's UBND.
    rows.ratio("agencies_on_data_network", "474", 24, 24, own=True)
    for ward in wards:
        rows.ratio("agencies_on_data_network", ward.code, 1, 1)
    rows.ratio("units_inspected", "474", 15, 46)
    rows.value("par_index_rating", "474", "khá")
    # The province's PAR Index of its nine district-level units (the rank's peers).
    peers = tree.children("46")
    assert len(peers) == 9, [str(p) for p in peers]
    for peer in peers:
        score = "86.12" if peer.code == "474" else f"{rng.uniform(76, 92):.2f}"
        rows.value("par_index_score", peer.code, score)
    return rows


def bac_kan_2023(rng: random.Random, units: Hierarchy) -> Rows:
    """Tỉnh Bắc Kạn (06), 2023: 8 district-level units and their communes."""
    rows = Rows("2023")
    tree = units.as_of(date(2023, 12, 31))
    districts = tree.children("06")
    communes = tree.descendants("06", level="commune")
    rows.ratio("procedures_reviewed", "06", 298, 1562)
    # Dossiers certified electronically: at the communes and the districts' own offices.
    pool(rows, rng, "dossiers_e_certified", districts, (800, 2500), (0.12, 0.30), own=True)
    pool(rows, rng, "dossiers_e_certified", communes, (150, 900), (0.15, 0.35))
    # Dossiers paid online and dossiers received online: every tier.
    rows.ratio("dossiers_paid_online", "06", 5122, 9850, own=True)
    pool(rows, rng, "dossiers_paid_online", districts, (900, 3000), (0.30, 0.55), own=True)
    pool(rows, rng, "dossiers_paid_online", communes, (40, 300), (0.20, 0.50))
    rows.ratio("dossiers_online", "06", 5084, 12400, own=True)
    pool(rows, rng, "dossiers_online", districts, (1500, 4000), (0.25, 0.45), own=True)
    pool(rows, rng, "dossiers_online", communes, (80, 600), (0.15, 0.45))
    # The province's satisfaction survey, in total and for land, construction, investment.
    rows.ratio("satisfaction_procedures", "06", 4560, 5000)
    rows.ratio("satisfaction_procedures", "06", 1180, 1520, sector="land_construction_investment")
    rows.ratio("satisfaction_service", "06", 4612, 5000)
    # satisfaction_health_education: not surveyed (missing).
    rows.ratio("petitions_resolved", "06", 412, 415)
    # Agencies whose staff structure fits the job positions: the provincial departments
    # (own) and each district; one district has not reported on public employees.
    rows.ratio("agencies_civil_servant_structure", "06", 19, 19, own=True)
    for district in districts:
        agencies = rng.randint(12, 14)
        short = 1 if rng.random() < 0.4 else 0
        rows.ratio("agencies_civil_servant_structure", district.code, agencies - short, agencies)
    rows.ratio("agencies_public_employee_structure", "06", 18, 19, own=True)
    silent = rng.randrange(len(districts))
    for index, district in enumerate(districts):
        if index != silent:
            agencies = rng.randint(12, 14)
            rows.ratio("agencies_public_employee_structure", district.code, agencies, agencies)
    # Commune officials (cán bộ, công chức cấp xã): qualifications.
    for commune in communes:
        officials = rng.randint(10, 12)
        short = 1 if rng.random() < 0.08 else 0
        rows.ratio("officials_intermediate_or_above", commune.code, officials - short, officials)
    pool(rows, rng, "officials_university_or_above", communes, (18, 23), (0.55, 0.80))
    rows.ratio("reports_shared_online", "06", 1284, 1284)
    rows.ratio("meetings_online", "06", 412, 893)
    # Work records: the province's and the districts' own all online; the communes' not.
    rows.ratio("work_records_online", "06", 36420, 36420, own=True)
    for district in districts:
        records = rng.randint(6000, 12000)
        rows.ratio("work_records_online", district.code, records, records, own=True)
    pool(rows, rng, "work_records_online", communes, (700, 2000), (0.78, 0.97))
    rows.ratio("systems_connected", "06", 9, 24)
    rows.ratio("users_with_e_identity", "06", 17904, 18235)
    rows.ratio("procedures_full_online", "06", 346, 346)
    rows.ratio("procedures_full_online_integrated", "06", 268, 346)
    return rows


def district_2020(rng: random.Random, units: Hierarchy) -> Rows:
    """The unnamed district of 2020: its 15 placeholder communes."""
    rows = Rows("2020")
    district = "x-huyen-2020-minh-quang"
    communes = units.children(district)
    # 12 specialised departments (own basis) and each commune's UBND.
    rows.ratio("units_with_par_plan", district, 12, 12, own=True)
    for commune in communes:
        rows.ratio("units_with_par_plan", commune.code, 1, 1)
    rows.ratio("heads_leading_par", district, 27, 27)
    rows.ratio("units_inspected", district, 9, 27)
    rows.ratio("units_with_par_initiative", district, 19, 27)
    rows.ratio("units_applying_par_index", district, 27, 27)
    # Dossiers on time: the district's one-stop shop and each commune's; one commune
    # settled no dossier in the year (0 of 0: nothing to measure, counted as reported).
    rows.ratio("dossiers_on_time", district, 6702, 6820, own=True)
    idle = rng.randrange(len(communes))
    for index, commune in enumerate(communes):
        if index == idle:
            rows.ratio("dossiers_on_time", commune.code, 0, 0)
        else:
            pool(rows, rng, "dossiers_on_time", [commune], (150, 700), (0.92, 1.0))
    rows.ratio("dossiers_via_one_stop_system", district, 8912, 8965)
    rows.ratio("agencies_staff_structure", district, 27, 27)
    rows.ratio("procedures_online", district, 98, 367, online_level="4")
    rows.ratio("dossiers_online", district, 2455, 6820, own=True)
    pool(rows, rng, "dossiers_online", communes, (150, 700), (0.08, 0.30))
    rows.ratio("procedures_via_one_stop", district, 367, 367)
    # procedures_published: not reported (missing).
    rows.ratio("documents_electronic", district, 11830, 12316)
    rows.ratio("units_holding_dialogues", district, 27, 27)
    rows.value("satisfaction_health_education", district, "90", weight=600)
    rows.value("satisfaction_service", district, "91.3", weight=800)
    return rows


#: Each plan file and the function that makes its rows.
MAKERS: dict[str, Callable[[random.Random, Hierarchy], Rows]] = {
    "000-thanh-hoa-2021.yaml": thanh_hoa_2021,
    "001-province-2020.yaml": province_2020,
    "002-hue-2021.yaml": hue_2021,
    "003-bac-kan-2023.yaml": bac_kan_2023,
    "004-district-2020.yaml": district_2020,
}


# --- placeholder units ----------------------------------------------------------------


def placeholder_units() -> list[tuple[str, ...]]:
    """The rows of ``placeholder_units.csv``: two made-up trees for the placeholder issuers.

    The articles name neither unit, so their parts are numbered, not named, and marked
    "(giả định)" (assumed). Each tree is its own root; both are valid from 2008-08-01,
    the start of the shipped units, with no end.
    """
    start = "2008-08-01"
    province = "x-tinh-kh-141-2020"
    rows = [(province, "Tỉnh (chưa xác định, KH 141/KH-UBND)", "province", "tỉnh", "", start, "")]
    rows.append((f"{province}-tp", "Thành phố (giả định)", "district", "thành phố thuộc tỉnh"))
    rows += [
        (f"{province}-h{n:02d}", f"Huyện số {n} (giả định)", "district", "huyện")
        for n in range(1, 11)
    ]
    district = "x-huyen-2020-minh-quang"
    rows.append((district, "Huyện (chưa xác định)", "district", "huyện", "", start, ""))
    rows.append((f"{district}-tt", "Thị trấn (giả định)", "commune", "thị trấn"))
    rows += [
        (f"{district}-x{n:02d}", f"Xã số {n} (giả định)", "commune", "xã") for n in range(1, 15)
    ]
    out = []
    for row in rows:
        if len(row) == 4:
            parent = province if row[0].startswith(f"{province}-") else district
            row = (*row, parent, start, "")
        out.append(row)
    return out


# --- writing --------------------------------------------------------------------------


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def plan_csv(plan: Plan, rows: Rows) -> str:
    """The CSV text of one plan's rows, with a column per dimension of its indicators."""
    dimensions: list[str] = []
    for indicator in plan.indicators:
        for dimension in indicator.dimensions:
            if dimension.id not in dimensions:
                dimensions.append(dimension.id)
    header = (*COLUMNS, *dimensions)
    return csv_text(header, ([row.get(name, "") for name in header] for row in rows.rows))


def build() -> dict[Path, bytes]:
    """Every output file (relative to the repository root) and its bytes."""
    from cchc_model.model.jurisdictions import load_hierarchy_csv

    files: dict[Path, bytes] = {}
    units_text = csv_text(UNIT_COLUMNS, placeholder_units())
    files[Path("examples/data") / PLACEHOLDER_UNITS] = units_text.encode("utf-8")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / PLACEHOLDER_UNITS
        path.write_text(units_text, encoding="utf-8")
        placeholders = load_hierarchy_csv(path)
    national = national_hierarchy()
    rng = random.Random(SEED)
    for name, maker in MAKERS.items():
        plan = load(EXAMPLES / name)
        tree = placeholders if plan.issuer.startswith("x-") else national
        rows = maker(rng, tree)
        files[Path("examples/data") / f"{plan.id}.csv"] = plan_csv(plan, rows).encode("utf-8")
        files[Path("src/cchc_model/data/examples") / name] = (EXAMPLES / name).read_bytes()
    for path in list(files):
        if path.parts[:2] == ("examples", "data"):
            files[Path("src/cchc_model/data/examples") / path.name] = files[path]
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    args = parser.parse_args(argv)
    stale = []
    for relative, content in build().items():
        path = ROOT / relative
        if path.exists() and path.read_bytes() == content:
            continue
        stale.append(relative)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    for relative in stale:
        print(f"{'stale' if args.check else 'wrote'} {relative}")
    if args.check and stale:
        print(f"run {COMMAND}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""examples/forms/plans-as-written.yaml: every form real plans use beyond the seeds',
read from a plan file, quoted from public texts, and evaluated on both engines.

The data below is made up for the test; each expected status is worked out by hand in
the comment beside it.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
import yaml

import cchc_model as cm
from cchc_model import Hierarchy, Jurisdiction, Kind, Level, Period, Status
from cchc_model.cli import main
from cchc_model.io.observations import Observation, ObservationSet
from cchc_model.io.schema import plan_schema
from cchc_model.io.serialization import dumps, load, loads

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "examples" / "forms" / "plans-as-written.yaml"
CORPUS = ROOT / "tests" / "data" / "extract_corpus"
PROVINCE = "x-tinh-mau-2025"
COMMUNES = (f"{PROVINCE}-x01", f"{PROVINCE}-x02")
START = date(2008, 8, 1)


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def two_tier_tree() -> Hierarchy:
    """The placeholder province with its communes directly under it."""
    units = [
        Jurisdiction(
            code=PROVINCE, name="Tỉnh mẫu", level=Level.PROVINCE, kind=Kind.TINH, valid_from=START
        )
    ]
    for code in COMMUNES:
        units.append(
            Jurisdiction(
                code=code,
                name=f"Xã {code[-2:]}",
                level=Level.COMMUNE,
                kind=Kind.XA,
                parent=PROVINCE,
                valid_from=START,
            )
        )
    return Hierarchy(tuple(units))


def ratio(indicator: str, code: str, period: str, num: int, den: int, **more: Any) -> Observation:
    return Observation(
        indicator=indicator, code=code, period=period, numerator=num, denominator=den, **more
    )


def observations(plan: cm.Plan) -> ObservationSet:
    rows = [
        # records: 100 % each month to June 2025; July (after the deadline) at 50 % is not read
        *(ratio("work_records_online", PROVINCE, f"2025-{m:02d}", 40, 40) for m in range(1, 7)),
        ratio("work_records_online", PROVINCE, "2025-07", 20, 40),
        # any place: 100 % in 2025 (the window); 2026 at 50 % is outside it
        ratio("procedures_any_place", PROVINCE, "2025", 120, 120),
        ratio("procedures_any_place", PROVINCE, "2026", 60, 120),
        # e-results 2026: two sở at 100 %, the ban at 90 % -> each agency NOT MET (BQLKKT)
        ratio("e_results", "SNV", "2026", 10, 10),
        ratio("e_results", "STP", "2026", 10, 10),
        ratio("e_results", "BQLKKT", "2026", 9, 10),
        # … every commune at 100 % -> each commune MET
        *(ratio("e_results", code, "2026", 5, 5) for code in COMMUNES),
        # satisfaction 2025 by sector: investment 79 % < 80 % -> NOT MET
        *(
            Observation(
                indicator="satisfaction_procedures",
                code=PROVINCE,
                period="2025",
                value=value,
                members={"sector": sector},
            )
            for sector, value in (("land", "85"), ("construction", "90"), ("investment", "79"))
        ),
        # 2025: 50 of 100 procedures fully online, 40 of those integrated -> 40/50 = 80 % ≥ 70 %
        # (the plain share, 40 of 100, would fail)
        ratio("procedures_full_online", PROVINCE, "2025", 50, 100),
        ratio("procedures_full_online_integrated", PROVINCE, "2025", 40, 100),
        # the quarterly report: sent every quarter but 2026-Q4 -> met in 7 of 8
        *(
            Observation(
                indicator="par_report_sent",
                code=PROVINCE,
                period=f"{year}-Q{q}",
                value=not (year == 2026 and q == 4),
            )
            for year in (2025, 2026)
            for q in range(1, 5)
        ),
    ]
    return ObservationSet(rows, plan.indicators)


EXPECTED = {
    "records-online-by-30-june": Status.MET,
    "any-place-in-2025": Status.MET,
    "e-results-each-agency": Status.NOT_MET,
    "e-results-each-commune": Status.MET,
    "satisfaction-each-sector": Status.NOT_MET,
    "full-online-integrated-within": Status.MET,
    "report-every-quarter": Status.NOT_MET,
}


@pytest.fixture(scope="module")
def plan() -> cm.Plan:
    return load(PLAN)


def test_every_form_is_in_the_file(plan: cm.Plan) -> None:
    targets = {t.id: t for t in plan.targets}
    assert set(targets) == set(EXPECTED)
    assert targets["records-online-by-30-june"].deadline == date(2025, 6, 30)
    assert targets["any-place-in-2025"].period == Period.parse("2025")
    assert targets["report-every-quarter"].every is cm.Recurrence.QUARTER
    assert targets["satisfaction-each-sector"].each_member == "sector"
    within = targets["full-online-integrated-within"].within
    assert within is not None
    assert within.id == "procedures_full_online"
    assert targets["e-results-each-agency"].scope.mode is cm.ScopeMode.EACH_AGENCY
    assert [a.code for a in plan.agencies] == ["SNV", "STP", "BQLKKT"]


def test_it_validates_round_trips_and_fits_the_schema(plan: cm.Plan) -> None:
    assert main(["validate", str(PLAN)]) == 0
    assert loads(dumps(plan)) == plan
    assert loads(dumps(plan, "json"), "json") == plan
    validator = jsonschema.Draft202012Validator(plan_schema())
    written = json.loads(json.dumps(yaml.safe_load(PLAN.read_text("utf-8")), default=str))
    assert [e.message for e in validator.iter_errors(written)] == []


def test_every_sentence_is_a_quoted_public_one(plan: cm.Plan) -> None:
    """Each target's words (pieces split at "…") are in the labelled corpus of public
    plan sentences, whose entries give their sources."""
    texts = [
        normalised(entry["text"])
        for split in ("train", "test")
        for entry in yaml.safe_load((CORPUS / f"{split}.yaml").read_text("utf-8"))
    ]
    for target in plan.all_targets():
        for piece in target.source_text.split("…"):
            piece = normalised(piece).strip(" ,;.")
            assert piece, target.id
            assert any(piece in text for text in texts), (target.id, piece)


def test_each_form_evaluates_as_worked_out(plan: cm.Plan) -> None:
    evaluation = cm.evaluate(plan, observations(plan), two_tier_tree(), engine="reference")
    found = {r.target.id: r for r in evaluation.results}
    assert {key: r.status for key, r in found.items()} == EXPECTED
    assert "BQLKKT" in found["e-results-each-agency"].reason
    assert "investment" in found["satisfaction-each-sector"].reason
    assert found["full-online-integrated-within"].observed == 80
    assert "met in 7 of 8" in found["report-every-quarter"].reason
    assert "30/06/2025" in found["records-online-by-30-june"].reason


def test_the_dataframe_engine_hands_each_form_over_saying_so(plan: cm.Plan) -> None:
    """Without its agencies (which send the whole plan to the reference engine), each
    target of the file still has a form the dataframe engine hands over, target by
    target: the same statuses, each with a warning naming the reason."""
    pytest.importorskip("polars")
    kept = tuple(t for t in plan.targets if t.id != "e-results-each-agency")
    plain = attrs.evolve(plan, agencies=(), targets=kept)
    rows = [o for o in observations(plan).observations if o.code not in ("SNV", "STP", "BQLKKT")]
    data = ObservationSet(rows, plain.indicators)
    reference = cm.evaluate(plain, data, two_tier_tree(), engine="reference")
    vectorised = cm.evaluate(plain, data, two_tier_tree(), engine="vectorised")
    for a, b in zip(reference.results, vectorised.results, strict=True):
        assert (a.status, a.observed, a.reason) == (b.status, b.observed, b.reason)
        assert b.status is EXPECTED[b.target.id]
        assert any("evaluated by the reference engine" in w for w in b.warnings), b.target.id


def test_a_year_alone_leaves_out_what_is_not_due_in_it(plan: cm.Plan) -> None:
    evaluation = cm.evaluate(
        plan, observations(plan), two_tier_tree(), Period.parse("2026"), engine="reference"
    )
    found = {r.target.id: r.status for r in evaluation.results}
    assert found["any-place-in-2025"] is Status.NOT_APPLICABLE  # its window is 2025
    assert found["records-online-by-30-june"] is Status.NOT_APPLICABLE  # due in 2025
    assert found["report-every-quarter"] is Status.NOT_MET  # 2026-Q4 not sent
    assert found["e-results-each-commune"] is Status.MET

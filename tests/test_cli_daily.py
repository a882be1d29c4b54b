"""The command line for daily and CI use: every message a user mistake brings, and the
options a CI job needs."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from cchc_model.cli import EXIT_TARGETS, _colour_wanted, main

ROOT = Path(__file__).resolve().parent.parent
PLAN = str(ROOT / "examples" / "003-bac-kan-2023.yaml")
DATA = str(ROOT / "examples" / "data" / "bac-kan-2023.csv")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


class TestObservationsAndOutput:
    def test_observations_long_and_short(self, capsys: pytest.CaptureFixture[str]) -> None:
        long = run(capsys, "evaluate", PLAN, "--observations", DATA)
        short = run(capsys, "evaluate", PLAN, "-O", DATA)
        assert long == short
        assert long[0] == 0
        assert long[2] == ""

    def test_the_old_short_option_still_reads_observations_and_says_so(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, err = run(capsys, "evaluate", PLAN, "-o", DATA)
        assert status == 0
        assert "-o now means --output" in err
        assert out == run(capsys, "evaluate", PLAN, "-O", DATA)[1]

    def test_o_writes_the_results(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        out = tmp_path / "results.json"
        status, printed, err = run(capsys, "evaluate", PLAN, "-O", DATA, "-o", str(out))
        assert (status, printed, err) == (0, "", "")
        assert json.loads(out.read_text(encoding="utf-8"))["code"] == "06"
        status, _, err = run(capsys, "evaluate", PLAN, "-O", DATA, "-o", str(out))
        assert status == 1
        assert "exists; expected a new file (--overwrite replaces it)" in err
        assert run(capsys, "evaluate", PLAN, "-O", DATA, "-o", str(out), "--overwrite")[0] == 0

    def test_no_observations_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "evaluate", PLAN)
        assert status == 2
        assert "--observations FILE (-O FILE) is required" in err


class TestFailOn:
    def test_not_met_fails_a_ci_job(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "evaluate", PLAN, "-O", DATA, "--fail-on", "not-met")
        assert status == EXIT_TARGETS == 3
        assert "--fail-on not-met: 6 binding: procedures-reviewed" in err
        assert run(capsys, "evaluate", PLAN, "-O", DATA)[0] == 0  # without it: 0

    def test_unknown_counts_too(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        import cchc_model as cm

        only_one = tmp_path / "one.csv"
        lines = Path(DATA).read_text(encoding="utf-8").splitlines()
        only_one.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
        plan = cm.load(PLAN)
        evaluation = cm.evaluate(plan, cm.ObservationSet.from_csv(only_one, plan.indicators))
        statuses = [r.status for r in evaluation.binding()]
        failing = sum(s in (cm.Status.NOT_MET, cm.Status.UNKNOWN) for s in statuses)
        not_met = statuses.count(cm.Status.NOT_MET)
        assert failing > not_met  # the one row leaves most targets unknown
        status, _, err = run(capsys, "evaluate", PLAN, "-O", str(only_one), "--fail-on",
                             "unknown")  # fmt: skip
        assert status == 3
        assert f"--fail-on unknown: {failing} binding: " in err
        status, _, err = run(capsys, "evaluate", PLAN, "-O", str(only_one), "--fail-on",
                             "not-met")  # fmt: skip
        assert status == (3 if not_met else 0)


class TestHints:
    def test_a_period_without_data(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "evaluate", PLAN, "-O", DATA, "-p", "2022")
        assert status == 0
        assert "no observation is for 2022; the observations are for 2023 (--period 2023?)" in (err)
        assert "no observation is for" not in run(capsys, "evaluate", PLAN, "-O", DATA)[2]

    def test_a_code_without_its_leading_zero(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "evaluate", PLAN, "-O", DATA, "--code", "6")
        assert status == 1
        assert "'06' (Tỉnh Bắc Kạn), with its leading zero?" in err

    def test_on_chooses_the_tree(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "evaluate", PLAN, "-O", DATA, "-f", "json",
                             "--on", "2023-06-30")  # fmt: skip
        assert status == 0
        assert json.loads(out)["tree_date"] == "2023-06-30"
        status, _, err = run(capsys, "evaluate", PLAN, "-O", DATA, "--on", "2025-07-01")
        assert status == 1
        assert "successor is 19" in err  # Bắc Kạn merged into Thái Nguyên

    def test_show_names_the_issuer_once(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "show", PLAN)
        assert status == 0
        assert "  issuer: Tỉnh Bắc Kạn (06)\n" in out
        assert "[06]" not in out

    def test_counts_agree_with_their_noun(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        one = tmp_path / "one.yaml"
        one.write_text(
            'schema_version: 1\nid: p\ntitle: t\nissuer: "06"\nperiod: "2023"\n'
            "indicators: [{id: x, name: x, measure: ratio}]\n"
            "targets: [{id: t, form: comparison, indicator: x, op: '>=', threshold: 85 %}]\n",
            encoding="utf-8",
        )
        assert run(capsys, "validate", str(one))[1] == f"ok {one}: 1 target\n"
        assert (
            "  1 target (1 binding, 0 aspirational), 0 tasks, 0 objectives"
            in (run(capsys, "show", str(one))[1])
        )


class TestColour:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    @staticmethod
    def evaluation() -> Any:
        import cchc_model as cm

        plan = cm.load(PLAN)
        return cm.evaluate(plan, cm.ObservationSet.from_csv(DATA, plan.indicators))

    def test_on_a_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("NO_COLOR", raising=False)
        assert _colour_wanted(self.Terminal())
        evaluation = self.evaluation()
        shown = evaluation.table(colour=True)
        assert "\x1b[31mNOT MET\x1b[0m" in shown
        plain = evaluation.table()
        assert (
            shown.replace("\x1b[31m", "")
            .replace("\x1b[32m", "")
            .replace("\x1b[33m", "")
            .replace("\x1b[0m", "")
            == plain
        )  # the same table, columns where they were

    def test_not_when_piped_or_asked(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("NO_COLOR", raising=False)
        assert not _colour_wanted(io.StringIO())
        monkeypatch.setenv("NO_COLOR", "1")
        assert not _colour_wanted(self.Terminal())
        assert "\x1b[" not in self.evaluation().table()

    def test_the_real_table_on_a_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import cchc_model as cm

        evaluation = self.evaluation()
        shown = evaluation.table(colour=True)
        assert shown.count("\x1b[31mNOT MET") == evaluation.summary()[cm.Status.NOT_MET]
        assert shown.count("\x1b[32mMET") == evaluation.summary()[cm.Status.MET]


class TestCatalogueIndicator:
    def test_an_indicator_with_its_dimensions(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "catalogue", "cchc-common", "satisfaction_procedures")
        assert status == 0
        assert out.startswith("satisfaction_procedures: Mức độ hài lòng")
        assert "dimension sector (lĩnh vực): land, construction, investment" in out

    def test_a_misspelt_indicator(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "catalogue", "cchc-common", "satisfaction")
        assert status == 1
        assert "did you mean satisfaction_service, satisfaction_procedures?" in err


class TestEvaluateMany:
    def test_a_result_table_as_the_library_gives_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        pl = pytest.importorskip("polars")
        import cchc_model as cm
        from cchc_model.batch import evaluate_many
        from cchc_model.outputs.parquet import typed_batch_table

        out = tmp_path / "results.parquet"
        status, printed, _ = run(capsys, "evaluate-many", PLAN, "-O", DATA,
                                 "--codes", "06,058,060", "-o", str(out))  # fmt: skip
        assert status == 0
        written = pl.read_parquet(out)
        plan = cm.load(PLAN)
        data = pl.scan_csv(DATA, infer_schema=False)
        expected = typed_batch_table(evaluate_many(plan, data, codes=["06", "058", "060"]).table)
        key = ["root", "period", "target", "parent", "depth", "code"]  # rows have no order
        assert written.sort(key, nulls_last=True).equals(expected.sort(key, nulls_last=True))
        assert printed.startswith(f"{out}: {written.height} rows; top-level results: ")
        as_csv = tmp_path / "results.csv"
        assert run(capsys, "evaluate-many", PLAN, "-O", DATA, "--codes", "06,058,060",
                   "-o", str(as_csv))[0] == 0  # fmt: skip
        read = pl.read_csv(as_csv, infer_schema=False).sort(key, nulls_last=True)
        ordered = expected.sort(key, nulls_last=True)
        assert read["status"].to_list() == ordered["status"].to_list()
        assert read["code"].to_list() == ordered["code"].to_list()  # "058": zeros kept
        assert read["observed_num"].to_list() == [
            None if v is None else str(v) for v in ordered["observed_num"].to_list()
        ]

    def test_every_unit_of_a_level(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        pl = pytest.importorskip("polars")
        out = tmp_path / "provinces.parquet"
        status, _, _ = run(capsys, "evaluate-many", PLAN, "-O", DATA, "--level", "province",
                           "-o", str(out))  # fmt: skip
        assert status == 0
        roots = pl.read_parquet(out)["root"].unique().to_list()
        assert len(roots) == 63  # the provinces of 2023-12-31
        assert "06" in roots

    def test_mistakes(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        pytest.importorskip("polars")
        out = tmp_path / "r.parquet"
        out.write_bytes(b"earlier")
        status, _, err = run(capsys, "evaluate-many", PLAN, "-O", DATA, "-o", str(out))
        assert status == 1
        assert "exists; expected a new file (--overwrite replaces it)" in err
        assert out.read_bytes() == b"earlier"
        assert run(capsys, "evaluate-many", PLAN, "-O", DATA, "-o", "r.txt")[0] == 2
        status, _, err = run(capsys, "evaluate-many", PLAN, "-O", str(tmp_path / "no.csv"),
                             "-o", str(tmp_path / "x.csv"))  # fmt: skip
        assert status == 1
        assert "no such file" in err
        status, _, err = run(capsys, "evaluate-many", PLAN, "-O", DATA, "--codes", "6",
                             "-o", str(tmp_path / "y.csv"))  # fmt: skip
        assert status == 1
        assert "'06' (Tỉnh Bắc Kạn), with its leading zero?" in err

    def test_phases_on_a_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        pytest.importorskip("rich")
        from cchc_model.cli import _phases

        terminal = TestColour.Terminal()
        monkeypatch.setattr("sys.stderr", terminal)
        with _phases() as phase:
            phase("evaluating 3 units × 1 periods")
        assert "evaluating 3 units" in terminal.getvalue()
        quiet = io.StringIO()
        monkeypatch.setattr("sys.stderr", quiet)  # not a terminal: nothing at all
        with _phases() as phase:
            phase("writing")
        assert quiet.getvalue() == ""

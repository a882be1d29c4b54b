"""Careless and hostile plan files: one reading whatever the file holds, no silent misread.

Each test is a repro of a problem found by trying bad input: a key given twice kept its
last value; ``1:25`` was read as 85 (YAML 1.1 base 60); a ``&`` anywhere (even in a
comment) switched to another YAML reader with other rules; JSON with a byte-order mark
was refused while YAML took it; U+0085 in a text came back as a space; a 4,000-digit
integer passed where ``1e61`` was refused; ``--code ""`` evaluated the issuer.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.model.units import decimal_mark, exact, format_number

ROOT = Path(__file__).resolve().parent.parent
PLAN = (ROOT / "examples" / "003-bac-kan-2023.yaml").read_text(encoding="utf-8")
BASE = cm.loads(PLAN)
FIRST = "threshold: 85 %"
assert FIRST in PLAN


class TestDuplicateKeys:
    def test_in_yaml(self) -> None:
        text = PLAN.replace(FIRST, f"{FIRST}\n    threshold: 10 %", 1)
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        (problem,) = exc.value.problems
        assert problem.code == "duplicate-key"
        line = text.splitlines().index("    threshold: 10 %") + 1
        assert f"'threshold' is given twice in one mapping at line {line}, column 5" in (
            problem.message
        )
        assert f"(first at line {line - 1})" in problem.message

    def test_in_json(self) -> None:
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads('{"schema_version": 1, "schema_version": 1}', "json")
        assert exc.value.problems[0].code == "duplicate-key"

    def test_a_merge_key_is_not_a_duplicate(self) -> None:
        data = cm.io.serialization.read_yaml("a: &x {p: 1}\nb:\n  <<: *x\n  q: 2\n")
        assert data == {"a": {"p": 1}, "b": {"p": 1, "q": 2}}


class TestOneReader:
    def test_no_sexagesimal_numbers(self) -> None:
        text = PLAN.replace(FIRST, "threshold: 1:25", 1)
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        assert "1:25" in str(exc.value)  # read as the text it is, and refused as a threshold

    def test_an_ampersand_changes_nothing(self) -> None:
        """A ``&`` in a comment (``Sở KH&ĐT``) used to switch to another YAML reader."""
        tab = PLAN.replace("title: Kế hoạch cải cách", "title: Kế hoạch\tcải cách", 1)
        assert tab != PLAN
        for body in (PLAN, tab):
            with_amp = "# Sở KH&ĐT\n" + body
            outcomes = []
            for text in (body, with_amp):
                try:
                    outcomes.append(cm.loads(text))
                except cm.PlanFileError as exc:
                    outcomes.append(tuple(p.code for p in exc.problems))
            assert outcomes[0] == outcomes[1]

    def test_aliases_are_still_counted(self) -> None:
        text = "a: &x 1\nb: [" + ", ".join(["*x"] * 1001) + "]\n"
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        assert exc.value.problems[0].code == "too-many-aliases"

    def test_json_with_a_byte_order_mark(self) -> None:
        text = cm.dumps(BASE, "json")
        assert cm.loads("\ufeff" + text, "json") == BASE


class TestTextsKeptByteForByte:
    @given(st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40))
    def test_any_title_round_trips(self, title: str) -> None:
        if not title.strip():
            return  # an empty title is refused, as it should be
        plan = attrs.evolve(BASE, title=title)
        assert cm.loads(cm.dumps(plan)).title == title
        assert cm.loads(cm.dumps(plan, "json"), "json").title == title

    def test_next_line_and_separators(self) -> None:
        for title in ("Kế hoạch\x85năm 2023", "a\u2028b", "a\u2029b", "tab\there"):
            plan = attrs.evolve(BASE, title=title)
            assert cm.loads(cm.dumps(plan)).title == title


class TestNumbers:
    @pytest.mark.parametrize("number", ["1e61", str(10**61), "9" * 4000])
    def test_too_large_alike(self, number: str) -> None:
        """An integer and a decimal past 1e60 are refused alike."""
        with pytest.raises(cm.ValidationError) as exc:
            cm.loads(PLAN.replace(FIRST, f"threshold: {number}", 1))
        assert "out of range" in str(exc.value)


class TestEmptyCode:
    def test_library(self) -> None:
        observations = cm.ObservationSet([], BASE.indicators)
        with pytest.raises(cm.ValidationError) as exc:
            cm.evaluate(BASE, observations, code="")
        assert exc.value.problems[0].path == "code"

    def test_command_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        status = main(
            [
                "evaluate",
                str(ROOT / "examples" / "003-bac-kan-2023.yaml"),
                "--observations",
                str(ROOT / "examples" / "data" / "bac-kan-2023.csv"),
                "--code",
                "",
            ]
        )
        assert status == 1
        assert "code: '' is not a unit code" in capsys.readouterr().err


DATA = ROOT / "examples" / "data" / "bac-kan-2023.csv"
PLAN_FILE = ROOT / "examples" / "003-bac-kan-2023.yaml"


class TestObservationFiles:
    def test_utf16_and_latin1_say_what_they_are(self, tmp_path: Path) -> None:
        text = DATA.read_text(encoding="utf-8")
        utf16, latin = tmp_path / "u16.csv", tmp_path / "latin.csv"
        utf16.write_text(text, encoding="utf-16")
        latin.write_bytes(text.replace("value", "valué", 1).encode("latin-1", "replace"))
        for path, found in ((utf16, "iconv -f UTF-16"), (latin, "iconv -f CP1258")):
            with pytest.raises(cm.ObservationError) as exc:
                cm.ObservationSet.from_csv(path, BASE.indicators)
            (problem,) = exc.value.problems
            assert (problem.path, problem.code) == (str(path), "encoding")
            assert found in problem.message

    def test_missing_files_and_folders(self, tmp_path: Path) -> None:
        for path in (tmp_path / "nothing.csv", tmp_path):
            with pytest.raises(cm.ObservationError) as exc:
                cm.ObservationSet.from_csv(path, BASE.indicators)
            assert exc.value.problems[0].code == "unreadable"

    def test_evaluate_names_the_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        bad = tmp_path / "bad.csv"
        bad.write_text("indicator,code,period,value\nxx,06,2023,5\n", encoding="utf-8")
        status = main(["evaluate", str(PLAN_FILE), "--observations", str(bad)])
        assert status == 1
        assert capsys.readouterr().err.startswith(f"cchc evaluate: {bad}: line 2: indicator")


class TestIssuer:
    def test_validate_checks_the_issuer(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        made_up = tmp_path / "p.yaml"
        made_up.write_text(
            'schema_version: 1\nid: p\ntitle: t\nissuer: "99"\nperiod: "2023"\n', "utf-8"
        )
        assert main(["validate", str(made_up)]) == 1
        assert f"{made_up}: issuer: no unit with code '99'" in capsys.readouterr().out

    def test_evaluate_names_the_issuer(self) -> None:
        plan = attrs.evolve(BASE, issuer="99")
        with pytest.raises(cm.ValidationError) as exc:
            cm.evaluate(plan, cm.ObservationSet([], plan.indicators))
        assert (exc.value.problems[0].path, exc.value.problems[0].code) == (
            "issuer",
            "unknown-issuer",
        )

    def test_an_abolished_issuer_names_its_successor(self) -> None:
        plan = attrs.evolve(BASE, period=cm.Period.parse("2026"))  # Bắc Kạn merged in 2025
        problem = cm.model.plans.issuer_problem(plan)
        assert problem is not None
        assert "successor is 19" in problem.message


class TestWrites:
    def test_a_plan_is_written_whole_or_not_at_all(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        target = tmp_path / "plan.yaml"
        target.write_text("the previous file\n", encoding="utf-8")

        original = Path.write_text

        def fails(self: Path, text: str, *args: object, **kwargs: object) -> int:
            original(self, text[: len(text) // 2], encoding="utf-8")  # half, then no room
            raise OSError("disk full")

        monkeypatch.setattr(Path, "write_text", fails)
        with pytest.raises(OSError, match="disk full"):
            cm.dump(BASE, target)
        monkeypatch.undo()
        assert target.read_text(encoding="utf-8") == "the previous file\n"
        assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]  # no temporary left
        cm.dump(BASE, target)
        assert cm.load(target) == BASE

    def test_chart_never_over_an_input_or_through_a_link(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        data = tmp_path / "obs.csv"
        data.write_bytes(DATA.read_bytes())
        before = data.read_bytes()
        args = ["evaluate", str(PLAN_FILE), "--observations", str(data), "--chart"]
        assert main([*args, str(data)]) == 1
        assert "is also an input of this command" in capsys.readouterr().err
        assert data.read_bytes() == before
        link = tmp_path / "link.png"
        link.symlink_to(tmp_path / "elsewhere.png")
        assert main([*args, str(link)]) == 1
        assert "is a symbolic link" in capsys.readouterr().err
        assert not (tmp_path / "elsewhere.png").exists()
        assert main([*args, str(data), "--overwrite"]) == 1  # an input, even so
        assert data.read_bytes() == before

    def test_chart_replaces_a_file_only_when_asked(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        pytest.importorskip("matplotlib")
        chart = tmp_path / "chart.png"
        chart.write_bytes(b"an earlier chart")
        args = ["evaluate", str(PLAN_FILE), "--observations", str(DATA), "--chart", str(chart)]
        assert main(args) == 1
        assert f"{chart} exists; expected a new file (--overwrite replaces it)" in (
            capsys.readouterr().err
        )
        assert chart.read_bytes() == b"an earlier chart"
        assert main([*args, "--overwrite"]) == 0
        assert chart.read_bytes().startswith(b"\x89PNG")


class TestCsvOutput:
    def test_formulas_are_neutralised(self) -> None:
        target = attrs.evolve(BASE.targets[0], source_text='=HYPERLINK("http://x","y")')
        plan = attrs.evolve(BASE, targets=(target, *BASE.targets[1:]))
        evaluation = cm.evaluate(plan, cm.ObservationSet([], plan.indicators))
        text = evaluation.to_csv()
        assert "'=HYPERLINK(" in text
        assert ",=HYPERLINK(" not in text
        assert '"=HYPERLINK(' not in text
        records = evaluation.to_records()
        assert records[0]["source_text"] == '=HYPERLINK("http://x","y")'  # kept as given


class TestTerminal:
    def test_an_ascii_terminal_gets_escapes_not_a_traceback(self) -> None:
        import os
        import subprocess
        import sys

        env = {**os.environ, "PYTHONIOENCODING": "ascii"}
        done = subprocess.run(
            [sys.executable, "-m", "cchc_model", "show", str(PLAN_FILE)],
            capture_output=True,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert b"K\\u1ebf ho\\u1ea1ch" in done.stdout


class TestDigitGrouping:
    """``1.500`` is one and a half to an English reader and fifteen hundred to a
    Vietnamese one: refused unless the decimal mark is declared."""

    @pytest.mark.parametrize("text", ["1.500", "1,500", "12.345", "-100,000", "999.999"])
    def test_ambiguous_numbers_are_refused(self, text: str) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            exact(text, "numerator")
        assert exc.value.problems[0].code == "ambiguous-number"

    @pytest.mark.parametrize(
        ("text", "value"),
        [("92,5", "92.5"), ("1.5", "1.5"), ("0.125", "0.125"), ("1234.567", "1234.567"),
         ("12.3456", "12.3456"), ("1500", "1500"), ("17/20", "0.85")],
    )  # fmt: skip
    def test_unambiguous_numbers_read_as_before(self, text: str, value: str) -> None:
        assert exact(text) == Fraction(value)

    def test_a_declared_mark(self) -> None:
        with decimal_mark(","):
            assert [exact(t) for t in ("1.500", "1.500,5", "92,5", "84.99")] == [
                1500,
                Fraction("1500.5"),
                Fraction("92.5"),
                8499,
            ]
        with decimal_mark("."):
            assert [exact(t) for t in ("1,500", "1,500.5", "84.99")] == [
                1500,
                Fraction("1500.5"),
                Fraction("84.99"),
            ]
        assert exact("92,5") == Fraction("92.5")  # the block is over

    @given(st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**4))
    def test_written_numbers_read_back(self, value: Fraction) -> None:
        assert exact(format_number(value)) == value

    def test_a_csv_numerator(self, tmp_path: Path) -> None:
        data = tmp_path / "obs.csv"
        data.write_text(
            "indicator,code,period,numerator,denominator\ndossiers_online,06,2023,1.500,1600\n",
            encoding="utf-8",
        )
        with pytest.raises(cm.ObservationError) as exc:
            cm.ObservationSet.from_csv(data, BASE.indicators)
        (problem,) = exc.value.problems
        assert problem.path == "line 2: numerator"
        assert problem.code == "ambiguous-number"
        read = cm.ObservationSet.from_csv(data, BASE.indicators, decimal=",")
        (observation,) = read.observations
        assert (observation.numerator, observation.denominator) == (1500, 1600)

    def test_the_command_line(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        data = tmp_path / "obs.csv"
        data.write_text(
            "indicator,code,period,numerator,denominator\ndossiers_online,06,2023,1.500,1600\n",
            encoding="utf-8",
        )
        args = ["evaluate", str(PLAN_FILE), "--observations", str(data)]
        assert main(args) == 1
        assert "ambiguous" in capsys.readouterr().err
        assert main([*args, "--decimal", ","]) == 0


# --- mutants ------------------------------------------------------------------------------

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SIGNIFICANT = "{}[]:,-&*!|>'\"#%@`\t\n \\0123456789.e+/=\u0085\ufeff\x00"


@st.composite
def mutants(draw: st.DrawFn, texts: list[str]) -> str:
    """A text of ``texts`` with one to four edits: a cut, an insertion of characters that
    mean something to YAML, JSON or CSV, a replaced character, a repeated or a dropped
    line."""
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        edit = draw(st.sampled_from(["cut", "insert", "replace", "repeat", "drop"]))
        if edit == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif edit == "insert":
            text = text[:at] + draw(st.text(SIGNIFICANT, min_size=1, max_size=6)) + text[at:]
        elif edit == "replace":
            text = text[:at] + draw(st.sampled_from(SIGNIFICANT)) + text[at + 1 :]
        else:
            lines = text.splitlines(keepends=True)
            line = draw(st.integers(0, len(lines) - 1))
            if edit == "repeat":
                lines.insert(line, lines[line])
            else:
                del lines[line]
            text = "".join(lines)
    return text


PLAN_TEXTS = [path.read_text(encoding="utf-8") for path in EXAMPLES]
JSON_TEXTS = [cm.dumps(cm.loads(text), "json") for text in PLAN_TEXTS]
CSV_TEXTS = [
    path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples/data").glob("*.csv"))
]
ALL_INDICATORS = {i.id: i for text in PLAN_TEXTS for i in cm.loads(text).used_indicators()}


class TestMutants:
    """Every mutant of a valid file either loads or raises a CchcError: never another
    exception, never a hang (a deadline per example)."""

    @settings(deadline=5000, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
    @given(mutants(PLAN_TEXTS))
    def test_plan_files(self, text: str) -> None:
        with contextlib.suppress(cm.CchcError):
            cm.loads(text)

    @settings(deadline=5000, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
    @given(mutants(JSON_TEXTS))
    def test_json_plan_files(self, text: str) -> None:
        with contextlib.suppress(cm.CchcError):
            cm.loads(text, "json")

    @settings(deadline=5000, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
    @given(mutants(CSV_TEXTS))
    def test_observation_files(self, text: str) -> None:
        with contextlib.suppress(cm.CchcError):
            cm.ObservationSet.from_csv(io.StringIO(text), ALL_INDICATORS)


class TestMessages:
    """Each problem named where it is."""

    def test_an_impossible_date_names_its_field(self) -> None:
        text = PLAN.replace(FIRST, f"{FIRST}\n    deadline: 2021-02-30", 1)
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        (problem,) = exc.value.problems
        assert problem.path.endswith(".deadline")
        assert "month 2 of 2021 has 28 days" in problem.message
        fine = cm.loads(PLAN.replace(FIRST, f"{FIRST}\n    deadline: 2021-02-28", 1))
        assert [t.deadline for t in fine.targets if t.deadline] == [date(2021, 2, 28)]

    def test_a_nul_byte_has_a_place(self) -> None:
        text = PLAN.replace(FIRST, "threshold: 85\x00 %", 1)
        line = text[: text.index("\x00")].count("\n") + 1
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        assert f"at line {line}, column 18" in exc.value.problems[0].message

    def test_a_level_path_is_not_doubled(self) -> None:
        text = PLAN.replace("level: commune}", "level: xyz}", 1)
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        (problem,) = exc.value.problems
        assert problem.path.endswith(".scope.level")
        assert "'xyz' is not an administrative level" in problem.message

    def test_an_indicator_defined_twice(self) -> None:
        text = (
            'schema_version: 1\nid: p\ntitle: t\nissuer: "06"\nperiod: "2023"\n'
            "indicators:\n  - {id: x, name: x, measure: ratio}\n"
            "  - {id: x, name: x, measure: count}\n"
            "targets:\n  - {id: t1, form: comparison, indicator: x, op: '>=', threshold: 85 %}\n"
        )
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        assert [(p.path, p.code) for p in exc.value.problems] == [
            ("indicators[1].id", "duplicate-id")
        ]

    def test_a_quote_never_closed(self) -> None:
        text = (
            "indicator,code,period,numerator,denominator\n"
            'dossiers_online,06,2023,"17.2,20\n'
            "dossiers_online,06,2022,5,10\n"
        )
        with pytest.raises(cm.ObservationError) as exc:
            cm.ObservationSet.from_csv(io.StringIO(text), BASE.indicators)
        (problem,) = exc.value.problems
        assert problem.path == "line 2"
        assert "a quote opened on line 2 is never closed" in problem.message


class TestRowsForNoUnit:
    """Rows whose code is not a unit on the tree date are reported, not dropped quietly."""

    def rows(self, *codes: str) -> cm.ObservationSet:
        records = [
            {"indicator": "dossiers_online", "code": code, "period": f"2023-Q{n % 4 + 1}",
             "numerator": 5, "denominator": 10}
            for n, code in enumerate(codes)
        ]  # fmt: skip
        return cm.ObservationSet.from_records(records, BASE.indicators)

    def test_each_code_with_what_it_may_mean(self) -> None:
        evaluation = cm.evaluate(BASE, self.rows("6", "6", "99999", "06", "001"))
        found = {p.value: p.message for p in evaluation.unmatched}
        assert set(found) == {"6", "99999"}  # 06 (Bắc Kạn) and 001 (a Hà Nội district) are units
        assert found["6"].startswith("2 rows for '6', read by no target: ")
        assert "'06' (Tỉnh Bắc Kạn), with its leading zero?" in found["6"]
        assert "no unit with code '99999'" in found["99999"]

    def test_an_abolished_unit_names_its_successor(self) -> None:
        plan = attrs.evolve(BASE, issuer="19", period=cm.Period.parse("2026"))
        records = [{"indicator": "dossiers_online", "code": "06", "period": "2026",
                    "numerator": 5, "denominator": 10}]  # fmt: skip
        evaluation = cm.evaluate(plan, cm.ObservationSet.from_records(records, plan.indicators))
        (problem,) = evaluation.unmatched
        assert "is not valid on 2026-12-31" in problem.message
        assert "successor is 19" in problem.message

    def test_strict_on_the_command_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        data = tmp_path / "obs.csv"
        text = DATA.read_text(encoding="utf-8")
        header, _, body = text.partition("\n")
        blank = "," * (header.count(",") - 5)
        data.write_text(f"{header}\ndossiers_online,6,2023,,5,10{blank}\n{body}", "utf-8")
        args = ["evaluate", str(PLAN_FILE), "--observations", str(data)]
        assert main(args) == 0
        assert "1 row for '6', read by no target" in capsys.readouterr().err
        assert main([*args, "--strict"]) == 1
        assert "--strict: 1 code(s)" in capsys.readouterr().err


class TestRowsForNoUnitInBatch:
    """``evaluate_many`` reports the rows for no unit as ``evaluate`` does, on every
    engine and on the path where the reference reads the frame."""

    CODES = ("6", "6", "99999", "06", "001")

    def frame(self, engine: str, extra: dict[str, list[object]] | None = None) -> object:
        pl = pytest.importorskip("polars")
        frame = pl.DataFrame(
            {"indicator": ["dossiers_online"] * 5, "code": list(self.CODES),
             "period": [f"2023-Q{n % 4 + 1}" for n in range(5)],
             "numerator": [5] * 5, "denominator": [10] * 5, **(extra or {})}
        )  # fmt: skip
        if engine == "duckdb":
            duckdb = pytest.importorskip("duckdb")
            return duckdb.from_arrow(frame.to_arrow())
        if engine == "pandas":
            pytest.importorskip("pandas")
            return frame.to_pandas()
        return frame

    @pytest.mark.parametrize("engine", ["polars", "duckdb", "pandas"])
    def test_as_evaluate_reports_them(self, engine: str) -> None:
        from cchc_model.batch import evaluate_many

        expected = cm.evaluate(BASE, TestRowsForNoUnit().rows(*self.CODES)).unmatched
        assert {p.value for p in expected} == {"6", "99999"}
        batch = evaluate_many(BASE, self.frame(engine))
        assert batch.unmatched() == expected
        assert batch.evaluation().unmatched == expected
        (said,) = [w for w in batch.warnings if "not units" in w]
        assert "2 rows for '6'" in said
        assert "'99999'" in said
        assert all(r.engine == "vectorised" for r in batch.evaluation().results)

    def test_when_the_reference_reads_the_frame(self) -> None:
        from cchc_model.batch import evaluate_many

        batch = evaluate_many(BASE, self.frame("polars", {"unit": ["proportion"] * 5}))
        assert all(r.engine == "reference" for r in batch.evaluation().results)
        assert {p.value for p in batch.unmatched()} == {"6", "99999"}

    def test_none_when_every_code_is_a_unit(self) -> None:
        from cchc_model.batch import evaluate_many

        pl = pytest.importorskip("polars")
        frame = self.frame("polars")
        assert isinstance(frame, pl.DataFrame)
        batch = evaluate_many(BASE, frame.filter(pl.col("code").is_in(["06", "001"])))
        assert batch.unmatched() == ()
        assert not [w for w in batch.warnings if "not units" in w]


class TestBeyond64Bits:
    """Numbers the dataframe engine cannot sum in 64 bits are decided by the reference
    engine, exactly, and its rows (gaps past 2**63) fit the table: the polars adapter
    used to raise a TypeError building it."""

    PLAN_TEXT = (
        'schema_version: 1\nid: p\ntitle: t\nissuer: "06"\nperiod: "2023"\n'
        "indicators:\n  - {id: x, name: x, measure: ratio}\n"
        "targets:\n  - {id: pooled, form: comparison, indicator: x, op: '>=', "
        "threshold: 85.0010 %}\n"
    )

    @pytest.mark.parametrize("engine", ["polars", "duckdb"])
    def test_huge_denominators(self, engine: str) -> None:
        pl = pytest.importorskip("polars")
        from cchc_model.batch import evaluate_many

        plan = cm.loads(self.PLAN_TEXT)
        tree = cm.national_hierarchy().as_of(date(2023, 12, 31))
        communes = [u.code for u in tree.descendants("06") if u.level is cm.Level.COMMUNE]
        n = len(communes)
        frame = pl.DataFrame(
            {"indicator": ["x"] * n, "code": communes, "period": ["2023"] * n,
             "numerator": [1] * n, "denominator": [10**17 - 1] * n}
        )  # fmt: skip
        data: object = frame.lazy()
        if engine == "duckdb":
            duckdb = pytest.importorskip("duckdb")
            data = duckdb.from_arrow(frame.to_arrow())
        batch = evaluate_many(plan, data, codes=["06"], periods=["2023"])
        table = batch.table
        (row,) = table.filter(pl.col("target") == "pooled").rows(named=True)
        assert (row["status"], row["engine"]) == ("not_met", "reference")
        assert any("evaluated by the reference engine" in w for w in batch.warnings)
        reference = cm.evaluate(plan, frame, engine="reference").result("pooled")
        assert reference.status is cm.Status.NOT_MET
        assert reference.gap is not None
        assert (row["gap_num"], row["gap_den"]) == (
            reference.gap.numerator,
            reference.gap.denominator,
        )
        assert row["gap_num"] > 2**63  # held exactly, past 64 bits


class TestShareAmongPercents:
    """A bare 0.85 among percents of one indicator is read as 0.85 %, with a warning."""

    HEAD = "indicator,code,period,value,unit\n"

    def read(self, body: str) -> cm.ObservationSet:
        return cm.ObservationSet.from_csv(io.StringIO(self.HEAD + body), BASE.indicators)

    def test_a_warning_names_the_rows(self) -> None:
        body = "dossiers_online,06,2023,0.85,\ndossiers_online,06,2022,85,\n"
        with pytest.warns(cm.CchcWarning, match=r"line 2 \(0\.85\) lie in \(0, 1\]"):
            read = self.read(body)
        assert [o.value for o in read.observations] == [Fraction(85, 100), 85]

    @pytest.mark.parametrize(
        "body",
        [
            "dossiers_online,06,2023,0.85,proportion\ndossiers_online,06,2022,85,\n",
            "dossiers_online,06,2023,0.5,\ndossiers_online,06,2022,0.25,\n",  # no doubt
            "dossiers_online,06,2023,0,\ndossiers_online,06,2022,85,\n",  # 0 is 0 either way
        ],
        ids=["unit-on-the-row", "all-small", "zero"],
    )
    def test_no_warning_without_a_doubt(self, body: str) -> None:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("error", cm.CchcWarning)
            self.read(body)

    def test_the_command_line_says_it(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        data = tmp_path / "obs.csv"
        data.write_text(
            self.HEAD + "dossiers_online,06,2023,0.85,\ndossiers_online,06,2022,85,\n", "utf-8"
        )
        assert main(["evaluate", str(PLAN_FILE), "--observations", str(data)]) == 0
        assert f"cchc evaluate: {data}: dossiers_online: line 2 (0.85)" in capsys.readouterr().err


class TestDecimalMarkOfPlanFiles:
    TEXT = (
        'schema_version: 1\nid: p\ntitle: t\nissuer: "06"\nperiod: "2023"\n'
        "indicators:\n  - {id: n, name: n, measure: count, unit: dossier}\n"
        "targets:\n  - {id: t1, form: comparison, indicator: n, op: '>=', "
        "threshold: 1.500 dossier}\n"
    )

    def test_refused_unless_declared(self) -> None:
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(self.TEXT)
        assert exc.value.problems[0].path == "targets[0].threshold"
        assert "ambiguous" in exc.value.problems[0].message
        vietnamese = cm.loads(self.TEXT, decimal=",")
        assert str(vietnamese.targets[0]) == "≥ 1500 dossier"
        assert cm.loads(self.TEXT, decimal=".").targets[0].threshold.value == Fraction(3, 2)

    def test_the_command_line(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        plan = tmp_path / "p.yaml"
        plan.write_text(self.TEXT, encoding="utf-8")
        assert main(["validate", str(plan)]) == 1
        assert "ambiguous" in capsys.readouterr().out
        assert main(["validate", "--decimal", ",", str(plan)]) == 0

    def test_declared_in_the_file(self) -> None:
        """A plan file may say its own decimal mark; the call's must then agree."""
        vietnamese = cm.loads("decimal_mark: ','\n" + self.TEXT)
        assert vietnamese.targets[0].threshold.value == 1500
        english = cm.loads('decimal_mark: "."\n' + self.TEXT)
        assert english.targets[0].threshold.value == Fraction(3, 2)
        assert cm.loads("decimal_mark: ','\n" + self.TEXT, decimal=",") == vietnamese
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads("decimal_mark: ','\n" + self.TEXT, decimal=".")
        assert exc.value.problems[0].path == "decimal_mark"
        assert "the call '.'" in exc.value.problems[0].message
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads("decimal_mark: ';'\n" + self.TEXT)
        assert exc.value.problems[0].path == "decimal_mark"
        assert "expected ',' or '.'" in exc.value.problems[0].message

    def test_a_declared_file_round_trips_unambiguously(self) -> None:
        """What the declaration read is written without grouping, so it reads back
        the same with no declaration at all."""
        plan = cm.loads("decimal_mark: ','\n" + self.TEXT)
        for form in ("yaml", "json"):
            assert cm.loads(cm.dumps(plan, form), form) == plan

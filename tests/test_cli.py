"""Tests for the ``cchc`` command line (cchc_model.cli)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cchc_model import __version__
from cchc_model.cli import COMMANDS, main
from cchc_model.io.schema import plan_schema
from test_serialization import GOOD as RANKED_AMONG_NINE
from test_serialization import HEAD

#: A plan with no problem and no warning: the province ranks among its peers on the tree
#: of 2021 without stating how many (test_serialization's plan says 9; there were 63).
GOOD = RANKED_AMONG_NINE.replace(", group_size: 9", "")

BAD = """
schema_version: 1
id: demo
title: Kế hoạch
issuer: 38
period: "2021-Q5"
extra: 1
indicators:
  - {id: satisfaction, name: Mức độ hài lòng, measure: ratio}
targets:
  - {id: t1, form: comparison, indicator: satisfaction, op: ">=", threshold: 120 %}
  - {id: t2, form: comparisn}
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    """(exit status, stdout lines, stderr) of ``cchc argv``."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


@pytest.fixture
def good(tmp_path: Path) -> str:
    path = tmp_path / "good.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


@pytest.fixture
def bad(tmp_path: Path) -> str:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD, encoding="utf-8")
    return str(path)


class TestValidate:
    def test_valid_files(
        self, capsys: pytest.CaptureFixture[str], good: str, tmp_path: Path
    ) -> None:
        other = tmp_path / "plan.json"
        other.write_text(json.dumps(yaml.safe_load(GOOD), ensure_ascii=False), encoding="utf-8")
        status, lines, err = run(capsys, "validate", good, str(other))
        assert status == 0
        assert lines == [f"ok {good}: 6 targets", f"ok {other}: 6 targets"]
        assert err == ""

    def test_a_warning_is_said_and_passes(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        ranked = tmp_path / "ranked.yaml"
        ranked.write_text(RANKED_AMONG_NINE, encoding="utf-8")
        status, lines, _ = run(capsys, "validate", str(ranked))
        assert status == 0
        assert lines[0].startswith(f"{ranked}: warning: targets[5].group_size: the plan ranks ")
        assert lines[1] == f"ok {ranked}: 6 targets (1 warning)"
        assert run(capsys, "validate", "--strict", str(ranked))[:2] == (1, lines[:1])

    def test_invalid_file_with_several_problems(
        self, capsys: pytest.CaptureFixture[str], bad: str
    ) -> None:
        status, lines, _ = run(capsys, "validate", bad)
        assert status == 1
        assert lines == [  # each with its place in the file
            f'{bad}: issuer: 38 is not text; expected a string (write it in quotes, e.g. "06") '
            "(line 5, column 9)",
            f'{bad}: period: "2021-Q5" is not a period: there is no quarter Q5; '
            "expected 2021-Q1 to 2021-Q4 (line 6, column 9)",
            f"{bad}: targets[0].threshold: 120 % is above 100 percent for a bounded ratio; "
            "expected at most 100 percent (line 11, column 78)",
            f"{bad}: targets[1].form: 'comparisn' is not a target form (did you mean "
            "'comparison'?); expected one of "
            "comparison, between, ordinal, change, rank, rank_change, share, all_of, any_of, "
            "at_least "
            "(line 12, column 20)",
            f"{bad}: extra: unknown field 'extra'; expected one of id, title, issuer, period, "
            "issuer_name, document, areas, objectives, tasks, targets, indicators, parent, "
            "source, agencies (line 7, column 8)",
        ]

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        missing = str(tmp_path / "nope.yaml")
        status, lines, _ = run(capsys, "validate", missing)
        assert status == 1
        assert len(lines) == 1
        assert lines[0].startswith(f"{missing}: cannot read the file")

    def test_a_directory(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        status, lines, _ = run(capsys, "validate", str(tmp_path))
        assert status == 1
        assert lines[0].startswith(f"{tmp_path}: cannot read the file")

    def test_good_and_bad_together(
        self, capsys: pytest.CaptureFixture[str], good: str, bad: str
    ) -> None:
        status, lines, _ = run(capsys, "validate", good, bad, good)
        assert status == 1
        assert lines[0] == f"ok {good}: 6 targets"
        assert lines[-1] == f"ok {good}: 6 targets"
        assert all(line.startswith(f"{bad}: ") for line in lines[1:-1])
        assert len(lines) == 2 + 5

    def test_a_syntax_error(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "broken.json"
        path.write_text('{"schema_version": 1,', encoding="utf-8")
        status, lines, _ = run(capsys, "validate", str(path))
        assert status == 1
        assert lines == [
            f"{path}: the file is not valid JSON: Expecting property name "
            "enclosed in double quotes: line 1 column 22 (char 21)"
        ]

    def test_one_line_per_problem_even_with_newlines_in_values(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "newline.yaml"
        path.write_text(HEAD.replace('period: "2021"', 'period: "20\\n21"'), encoding="utf-8")
        status, lines, _ = run(capsys, "validate", str(path))
        assert status == 1
        assert len(lines) == 1
        assert lines[0].startswith(f'{path}: period: "20\\n21" is not a period')

    def test_no_files_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, lines, err = run(capsys, "validate")
        assert status == 2
        assert lines == []
        assert "usage: cchc validate" in err
        assert "required: FILE" in err


class TestCommands:
    def test_no_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, lines, err = run(capsys)
        assert status == 2
        assert lines == []
        assert err.startswith("usage: cchc")
        assert "a command is required" in err

    def test_unknown_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "frobnicate")
        assert status == 2
        assert "invalid choice: 'frobnicate'" in err

    def test_help_lists_every_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, lines, _ = run(capsys, "--help")
        assert status == 0
        text = "\n".join(lines)
        for command in COMMANDS:
            assert command.name in text
            assert command.help in text

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, lines, _ = run(capsys, "--version")
        assert (status, lines) == (0, [f"cchc {__version__}"])

    def test_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, lines, _ = run(capsys, "schema")
        assert status == 0
        assert json.loads("\n".join(lines)) == plan_schema()

    def test_python_dash_m(self) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "cchc_model", "--version"],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"cchc {__version__}"


class TestCatalogue:
    def test_list(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`cchc catalogue` lists the built-in catalogues."""
        status, lines, _ = run(capsys, "catalogue")
        assert status == 0
        assert [x.split()[0] for x in lines] == [
            "cchc-common",
            "par-index-876-2022",
            "qd-766-2022",
            "qd-766-portal",
        ]

    def test_describe(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`cchc catalogue ID --on DATE` shows the version in force, rules and confidence."""
        status, lines, _ = run(capsys, "catalogue", "qd-766", "--on", "2023")
        assert status == 0
        assert any("qd766.5c: min(1, rate / 90 %) × 6 [V]" in x for x in lines)
        status, lines, _ = run(capsys, "catalogue", "qd-766", "--on", "2025-07-01")
        assert status == 0
        assert any("[qd-766-portal]" in x for x in lines)

    def test_not_in_force(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date before any version is in force is a problem, exit 1."""
        status, _, err = run(capsys, "catalogue", "par-index", "--on", "2022-06-30")
        assert status == 1
        assert "no version of par-index is in force on 2022-06-30" in err

    def test_catalogue_ids_in_plans(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A plan may reference a catalogue indicator by id without defining it."""
        path = tmp_path / "p.yaml"
        path.write_text(
            HEAD + "targets:\n  - {id: t, form: comparison, indicator: "
            "work_records_online, op: '>=', threshold: 85 %}\n",
            encoding="utf-8",
        )
        assert run(capsys, "validate", str(path))[0] == 0

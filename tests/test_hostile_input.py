"""Careless and hostile plan files: one reading whatever the file holds, no silent misread.

Each test is a repro of a problem found by trying bad input: a key given twice kept its
last value; ``1:25`` was read as 85 (YAML 1.1 base 60); a ``&`` anywhere (even in a
comment) switched to another YAML reader with other rules; JSON with a byte-order mark
was refused while YAML took it; U+0085 in a text came back as a space; a 4,000-digit
integer passed where ``1e61`` was refused; ``--code ""`` evaluated the issuer.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.cli import main

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
        data = cm.io.serialization._read_yaml("a: &x {p: 1}\nb:\n  <<: *x\n  q: 2\n")
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

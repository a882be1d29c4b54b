"""``cchc validate`` and ``cchc show`` against the dated tree of units: errors (exit 1)
and warnings (exit 0, or 1 with ``--strict``) on plans as they are written, before and
after the reform of 2025-07-01."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
import pytest
import yaml

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.model.plan_checks import check_plan

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
THANH_HOA = (EXAMPLES / "000-thanh-hoa-2021.yaml").read_text(encoding="utf-8")
PROVINCE = (EXAMPLES / "001-province-2020.yaml").read_text(encoding="utf-8")
HUE = (EXAMPLES / "002-hue-2021.yaml").read_text(encoding="utf-8")


def changed(text: str, old: str, new: str) -> str:
    """``text`` with ``old`` (which must be there once) replaced by ``new``."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def write(tmp_path: Path, text: str, name: str = "plan.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    status = main(list(argv))
    out, _ = capsys.readouterr()
    return status, out.splitlines()


def targets_in(text: str) -> int:
    return len(yaml.safe_load(text)["targets"])


#: Huế (474, a district-level city) for 2021–2026: abolished with the district tier.
HUE_2026 = changed(HUE, 'period: "2021"', 'period: "2021-2026"')


@pytest.mark.parametrize("plan", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_the_shipped_examples_have_no_warning(
    capsys: pytest.CaptureFixture[str], plan: Path
) -> None:
    status, lines = run(capsys, "validate", "--strict", str(plan))
    assert status == 0
    assert lines == [f"ok {plan}: {targets_in(plan.read_text(encoding='utf-8'))} targets"]


class TestErrors:
    def test_an_issuer_no_unit_has_at_any_date(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        name = write(tmp_path, changed(THANH_HOA, 'issuer: "38"', 'issuer: "99999"'))
        status, lines = run(capsys, "validate", name)
        assert status == 1
        assert lines == [
            f"{name}: issuer: no unit with code '99999' in the hierarchy; expected the code "
            "of a unit it holds"
        ]

    @pytest.mark.parametrize(
        ("due", "side"),
        [("2020-12-31", "before the plan's period starts"), ("2022-01-01", "after it ends")],
    )
    def test_a_deadline_outside_the_period(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, due: str, side: str
    ) -> None:
        text = changed(
            THANH_HOA, "  - id: satisfaction\n", f"  - id: satisfaction\n    deadline: {due}\n"
        )
        name = write(tmp_path, text)
        status, lines = run(capsys, "validate", name)
        assert status == 1
        assert lines == [
            f"{name}: targets[0].deadline: the deadline {due} is {side} (2021: 2021-01-01 to "
            "2021-12-31); expected a date within the plan's period"
        ]

    @pytest.mark.parametrize("due", ["2021-01-01", "2021-12-31"])
    def test_a_deadline_inside_the_period(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, due: str
    ) -> None:
        text = changed(
            THANH_HOA, "  - id: satisfaction\n", f"  - id: satisfaction\n    deadline: {due}\n"
        )
        status, lines = run(capsys, "validate", write(tmp_path, text))
        assert (status, len(lines)) == (0, 1)
        assert lines[0].startswith("ok ")


class TestWarnings:
    def test_an_issuer_abolished_before_the_last_day(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        name = write(tmp_path, HUE_2026)
        status, lines = run(capsys, "validate", name)
        assert status == 0
        issuer = [line for line in lines if line.startswith(f"{name}: warning: issuer: ")]
        assert len(issuer) == 1
        for words in (
            "(474) is not a unit on 2026-12-31, the plan's last day",
            "to 2025-06-30",
            "the 2025 reform of local government",
            "on 2025-07-01",
            "it has no successor",
        ):
            assert words in issuer[0]
        assert lines[-1] == f"ok {name}: {targets_in(HUE_2026)} targets (2 warnings)"

    def test_a_merged_province_names_its_successor(self) -> None:
        plan = cm.load(EXAMPLES / "003-bac-kan-2023.yaml")
        later = attrs.evolve(plan, period=cm.Period.parse("2023-2026"))
        (warning,) = [w for w in check_plan(later).warnings if w.path == "issuer"]
        successors = cm.national_hierarchy().final_successors("06", date(2026, 12, 31))
        assert successors
        assert f"its successor then is {', '.join(successors)}" in warning.message

    def test_a_scope_at_a_tier_that_no_longer_exists(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        text = changed(THANH_HOA, 'period: "2021"', 'period: "2026"')
        name = write(tmp_path, text)
        status, lines = run(capsys, "validate", name)
        assert status == 0
        said = [line for line in lines if line.startswith(f"{name}: warning: ")]
        assert len(said) == text.count("level: district}") == 1
        assert ".scope: the tier district (cấp huyện) does not exist on 2026-12-31" in said[0]
        assert "2025 reform of local government (two tiers, tỉnh and xã) on 2025-07-01" in said[0]
        assert lines[-1] == f"ok {name}: {targets_in(text)} targets (1 warning)"

    def test_a_share_over_a_tier_that_no_longer_exists(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        name = write(tmp_path, changed(PROVINCE, 'period: "2020"', 'period: "2025-2026"'))
        status, lines = run(capsys, "validate", name)
        assert status == 0
        said = [line for line in lines if line.startswith(f"{name}: warning: ")]
        assert len(said) == 1
        assert said[0].startswith(
            f"{name}: warning: targets[0].level: the tier district (cấp huyện) does not "
            "exist on 2026-12-31"
        )

    def test_a_rank_among_another_number_of_peers(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        text = changed(HUE, "group_size: 9", "group_size: 8")
        name = write(tmp_path, text)
        status, lines = run(capsys, "validate", name)
        assert status == 0
        tree = cm.national_hierarchy()
        peers = len(
            tree.children(tree.get("474", date(2021, 12, 31)).parent or "", date(2021, 12, 31))
        )
        index = [t["id"] for t in yaml.safe_load(text)["targets"]].index("par-index-top-5")
        assert lines[0] == (
            f"{name}: warning: targets[{index}].group_size: the plan ranks among 8 units, but "
            f"474 has {peers} peers (itself included) on 2021-12-31, the plan's last day; "
            f"expected {peers}"
        )
        assert lines[1] == f"ok {name}: {targets_in(text)} targets (1 warning)"

    def test_strict_fails_on_warnings(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        name = write(tmp_path, HUE_2026)
        plain_status, plain = run(capsys, "validate", name)
        status, lines = run(capsys, "validate", "--strict", name)
        assert (plain_status, status) == (0, 1)
        assert lines == plain[:-1]  # the same warnings, and no "ok" line
        assert len(lines) == 2
        assert all(line.startswith(f"{name}: warning: ") for line in lines)

    def test_strict_passes_a_plan_without_warnings(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        assert run(capsys, "validate", "--strict", write(tmp_path, HUE))[0] == 0


class TestShow:
    def issuer_line(self, capsys: pytest.CaptureFixture[str], name: str) -> str:
        status, lines = run(capsys, "show", name)
        assert status == 0
        (line,) = [line for line in lines if line.startswith("  issuer: ")]
        return line

    def test_a_code_of_no_unit(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        name = write(tmp_path, changed(THANH_HOA, 'issuer: "38"', 'issuer: "99999"'))
        assert self.issuer_line(capsys, name) == "  issuer: 99999 (not in the shipped units)"

    def test_a_unit_not_current_on_the_last_day(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        line = self.issuer_line(capsys, write(tmp_path, HUE_2026))
        versions = cm.national_hierarchy().versions("474")
        assert line.startswith(f"  issuer: {versions[-1]}, not current on 2026-12-31: valid from ")
        assert "not in the shipped units" not in line
        last = versions[-1].valid_to
        assert last is not None
        assert f"to {date.fromordinal(last.toordinal() - 1)}" in line

    def test_a_current_unit(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        unit = cm.national_hierarchy().get("474", date(2021, 12, 31))
        assert self.issuer_line(capsys, write(tmp_path, HUE)) == f"  issuer: {unit}"


def test_a_window_outside_the_plan_is_an_error() -> None:
    """A target's own period that the plan's period does not hold is never read."""
    import attrs

    from cchc_model import Period, load
    from cchc_model.model.plan_checks import check_plan

    plan = load("examples/000-thanh-hoa-2021.yaml")
    late = attrs.evolve(plan.targets[0], period=Period.parse("2026"))
    checked = check_plan(attrs.evolve(plan, targets=(late, *plan.targets[1:])))
    (error,) = [e for e in checked.errors if e.code == "period-outside-plan"]
    assert error.path == "targets[0].period"
    assert "2026" in error.message
    inside = attrs.evolve(plan.targets[0], period=Period.parse("2021-S1"))
    fine = check_plan(attrs.evolve(plan, targets=(inside, *plan.targets[1:])))
    assert not [e for e in fine.errors if e.code == "period-outside-plan"]

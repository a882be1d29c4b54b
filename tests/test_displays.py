"""What a notebook shows of a plan, a target, a result and an evaluation."""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.model.display import area_of
from cchc_model.model.units import format_number
from cchc_model.rules.status import STATUS_MARKS
from cchc_model.testing.strategies import plans

PLAN = cm.load("examples/003-bac-kan-2023.yaml")
OBSERVATIONS = cm.ObservationSet.from_csv("examples/data/bac-kan-2023.csv", PLAN.indicators)
EVALUATION = cm.evaluate(PLAN, OBSERVATIONS)
VOID = {"br", "hr", "img", "meta", "input", "link"}


class _Tags(HTMLParser):
    """Checks that every element is closed, in order, and collects the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.text: list[str] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append(tag)
        self.styles += [value or "" for name, value in attrs if name == "style"]

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        assert self.open.pop() == tag, f"</{tag}> closes another element"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> _Tags:
    tags = _Tags()
    tags.feed(html)
    tags.close()
    assert tags.open == [], f"never closed: {tags.open}"
    return tags


class TestPlan:
    def test_issuer_by_name_period_and_document(self) -> None:
        text = "".join(parsed(PLAN._repr_html_()).text)
        assert "Issued by Tỉnh Bắc Kạn (06) for 2023 (năm 2023)" in text
        assert str(PLAN.document) in text
        assert f"{len(PLAN.targets)} targets" in text

    def test_every_target_with_the_plans_words_grouped_by_area(self) -> None:
        html = PLAN._repr_html_()
        text = "".join(parsed(html).text)
        for target in PLAN.targets:
            assert f"<code>{escape(target.id)}</code>" in html
            assert target.source_text in text
            assert str(target) in text
        areas = list(dict.fromkeys(area_of(t) for t in PLAN.targets))
        headings = [f"{a.vi} ({a.value})" for a in cm.ReformArea if a in areas]
        positions = [text.index(h) for h in headings]
        assert positions == sorted(positions)  # in the order of the areas
        for target in PLAN.targets:  # each target after its own area's heading
            area = area_of(target)
            assert area is not None
            mine = text.index(f"{area.vi} ({area.value})")
            later = [p for p in positions if p > mine]
            where = text.index(target.source_text, mine)
            assert where > mine
            assert not later or where < min(later)

    def test_aspirational_targets_are_marked(self) -> None:
        html = PLAN._repr_html_()
        assert html.count("(phấn đấu)</em>") == sum(t.aspirational for t in PLAN.all_targets())

    def test_an_issuer_the_hierarchy_lacks_keeps_the_plans_name(self) -> None:
        plan = attrs.evolve(PLAN, issuer="x-somewhere", issuer_name="UBND xã Thử")
        assert "Issued by UBND xã Thử (x-somewhere)" in plan._repr_html_()

    @settings(max_examples=40, deadline=None)
    @given(plans(max_targets=3, max_depth=2), st.text(max_size=30))
    def test_any_plan_is_well_formed_and_escaped(self, plan: cm.Plan, text: str) -> None:
        """Every element closes, every text is escaped (a title may hold ``<``)."""
        plan = attrs.evolve(plan, title=f"<b>{text}</b>x" if text.strip() else "<b>t</b>")
        html = plan._repr_html_()
        tags = parsed(html)
        assert "<b>" not in html
        assert plan.title in "".join(tags.text)
        for target in plan.targets:
            assert parsed(target._repr_html_()).open == []
            assert f"<code>{escape(target.id)}</code>" in target._repr_html_()


class TestTarget:
    def test_a_compound_shows_its_parts_indented(self) -> None:
        plan = cm.load("examples/000-thanh-hoa-2021.yaml")
        compound = next(t for t in plan.all_targets() if t.children)
        html = compound._repr_html_()
        assert html.count("<tr>") == 1 + sum(1 for _ in compound.walk())
        assert "&nbsp;&nbsp;<code>" in html


class TestResultAndEvaluation:
    def test_statuses_read_without_colour(self) -> None:
        html = EVALUATION._repr_html_()
        for status, count in EVALUATION.summary().items():
            assert html.count(f">{STATUS_MARKS[status.value]}</span>") == count

    def test_reasons_in_full_gaps_and_coverage(self) -> None:
        html = EVALUATION._repr_html_()
        text = "".join(parsed(html).text)
        short = [r for r in EVALUATION.results if r.gap]
        assert short
        for result in EVALUATION.results:
            assert result.reason in text  # never cut
        for result in short:
            assert cm.rules.results.show(result.gap, result.unit) in text
        covered = [r for r in EVALUATION.results if r.coverage is not None]
        assert covered
        for result in covered:  # a share of units, shown in percent
            assert f"{format_number(result.coverage * 100)} %" in text
        cut = EVALUATION.table(width=80)
        assert not all(r.reason in cut for r in EVALUATION.results)  # the text table cuts
        full = EVALUATION.table(width=None)
        assert all(r.reason in full and str(r.target) in full for r in EVALUATION.results)

    def test_the_unit_by_name_and_text_left_aligned(self) -> None:
        tags = parsed(EVALUATION._repr_html_())
        assert "— Tỉnh Bắc Kạn (06), 2023" in "".join(tags.text)
        cells = [s for s in tags.styles if "text-align" in s]
        assert cells
        assert all("text-align:left" in s for s in cells)

    def test_parts_on_request(self) -> None:
        plain, with_parts = EVALUATION.to_html(), EVALUATION.to_html(parts=True)
        walked = sum(1 for r in EVALUATION.results for _ in r.walk())
        assert plain.count("<tr>") == 1 + len(EVALUATION.results)
        assert with_parts.count("<tr>") == 1 + walked

    def test_a_result(self) -> None:
        result = EVALUATION.result("dossiers-paid-online")
        html = result._repr_html_()
        text = "".join(parsed(html).text)
        assert text.startswith("dossiers-paid-online for Tỉnh Bắc Kạn (06), 2023")
        assert result.reason in text
        assert html.count("<tr>") == 1 + sum(1 for _ in result.walk())


@pytest.mark.parametrize("width", [None, 200])
def test_text_table_widths(width: int | None) -> None:
    lines = EVALUATION.table(width=width).splitlines()
    assert all(line == line.rstrip() for line in lines)
    assert len(lines) == 3 + len(EVALUATION.results) + 1

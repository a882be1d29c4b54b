"""Indicator catalogues (cchc_model.indices.catalogues) and the shipped catalogue data.

Every shipped catalogue loads and every indicator in it is valid and survives a plan file's
round trip; every figure carries a source and a confidence tag; the seed plans' inline
indicators are covered and agree with the catalogue in measure, unit and direction; and
effective dates pick the right version.
"""

from __future__ import annotations

import glob
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

import cchc_model as cm
from cchc_model.indices.catalogues import (
    Catalogue,
    CatalogueError,
    Fact,
    UnknownIndicatorError,
    builtin_catalogues,
    catalogue_from_data,
    catalogue_in_force,
    catalogue_indicators,
    check_versions,
    describe,
    listing,
    load_catalogue,
)
from cchc_model.indices.scoring import NOT_APPLICABLE, Confidence, score_index
from cchc_model.io.serialization import dumps, loads
from cchc_model.model.indicators import MeasureKind

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "cchc_model" / "data" / "catalogues"
EXAMPLES = sorted(glob.glob(str(ROOT / "examples" / "*.yaml")))
NAMES = ["cchc-common", "par-index-876-2022", "qd-766-2022", "qd-766-portal"]


def minimal(**changes: Any) -> dict[str, Any]:
    """A small valid catalogue document, with some fields changed."""
    doc: dict[str, Any] = {
        "schema_version": 1,
        "id": "demo",
        "title": "Demo",
        "version": "1",
        "effective_from": "2020-01-01",
        "sources": {"here": {"title": "Here"}},
        "indicators": [
            {"id": "online", "name": "Tỷ lệ hồ sơ trực tuyến", "measure": "ratio"},
            {"id": "misses", "name": "Số kỳ báo cáo chậm", "measure": "count", "unit": "report"},
        ],
    }
    doc.update(changes)
    return doc


def problems_of(doc: dict[str, Any]) -> list[cm.Problem]:
    with pytest.raises(CatalogueError) as exc:
        catalogue_from_data(doc)
    return list(exc.value.problems)


# --- the shipped data -----------------------------------------------------------------------


class TestShipped:
    def test_the_files(self) -> None:
        assert sorted(p.stem for p in DATA.glob("*.yaml")) == NAMES
        assert [c.key for c in builtin_catalogues()] == NAMES
        assert builtin_catalogues() is builtin_catalogues()  # read once

    @pytest.mark.parametrize("name", NAMES)
    def test_loads_by_name_and_path(self, name: str) -> None:
        by_name = load_catalogue(name)
        assert load_catalogue(DATA / f"{name}.yaml") == by_name
        versions = [c for c in builtin_catalogues() if c.id == by_name.id]
        if len(versions) == 1:
            assert load_catalogue(by_name.id) is by_name  # one version: its id works too
        else:  # an id with several versions names none of them
            with pytest.raises(CatalogueError) as exc:
                load_catalogue(by_name.id)
            assert exc.value.problems[0].code == "ambiguous"
        assert len(by_name) == len(list(by_name)) == len(by_name.ids) > 0
        assert describe(by_name).startswith(by_name.title)

    @pytest.mark.parametrize("name", NAMES)
    def test_every_indicator_is_valid(self, name: str) -> None:
        """Each indicator is well formed and survives a plan file's round trip by value."""
        catalogue = load_catalogue(name)
        for indicator in catalogue:
            assert isinstance(indicator, cm.Indicator)
            assert indicator.name.strip()
            assert indicator.area is not None, indicator.id
            if indicator.measure is MeasureKind.RATIO:
                assert indicator.unit == "percent"
        plan = cm.Plan(
            id="p",
            title="Kế hoạch",
            issuer="38",
            period=cm.Period.parse("2023"),
            indicators=catalogue.indicators,
        )
        assert loads(dumps(plan)) == plan

    def test_every_ratio_says_what_it_counts(self) -> None:
        for indicator in load_catalogue("cchc-common"):
            if indicator.measure is MeasureKind.RATIO:
                assert indicator.numerator, indicator.id
                assert indicator.denominator, indicator.id
            assert indicator.description, indicator.id

    def test_ids_are_unique_across_catalogues(self) -> None:
        """Different catalogues never share an id; versions of one catalogue keep theirs,
        and the latest version's definition is the one returned."""
        table = catalogue_indicators()
        by_id: dict[str, set[str]] = {}
        for catalogue in builtin_catalogues():
            for indicator_id in catalogue.ids:
                by_id.setdefault(indicator_id, set()).add(catalogue.id)
        assert all(len(owners) == 1 for owners in by_id.values())
        assert list(table) == list(by_id)
        portal, old = load_catalogue("qd-766-portal"), load_catalogue("qd-766-2022")
        assert table["qd766.1.3"] is portal.get("qd766.1.3") != old.get("qd766.1.3")
        assert table["qd766.3.2"] is old.get("qd766.3.2")  # the 2022 text alone names it

    @pytest.mark.parametrize("name", NAMES)
    def test_metadata(self, name: str) -> None:
        catalogue = load_catalogue(name)
        assert catalogue.legal_source
        assert catalogue.licence
        assert catalogue.version
        assert any(f.about == "effective_from" for f in catalogue.facts)

    @pytest.mark.parametrize("name", NAMES)
    def test_every_figure_is_sourced_and_tagged(self, name: str) -> None:
        """A figure has a tag and a source; a figure no source gives says so in a note."""
        catalogue = load_catalogue(name)
        keys = {s.key for s in catalogue.sources}
        figures = list(catalogue.index.figures()) if catalogue.index else []
        figures += [(f"areas[{i}].maximum", a.maximum) for i, a in enumerate(catalogue.areas)]
        for path, figure in figures:
            assert figure.source in keys, path
            if figure.value is None:
                assert figure.note, path
            else:
                assert figure.confidence is not None, path
        for classification in catalogue.classifications:
            for band in classification.bands:
                assert band.confidence is not None
                assert band.source in keys
                assert (band.confidence is Confidence.EXAMPLE) == classification.example
        for fact in catalogue.facts:
            assert fact.source in keys
        for area in catalogue.areas:
            assert area.confidence is not None
            assert area.source in keys

    def test_domain_tags(self) -> None:
        """The tags of DOMAIN.md: the 766 maxima [V], 5c's 6 points [V], thresholds [S]."""
        index = load_catalogue("qd-766-2022").index
        assert index is not None
        maxima = [str(g.maximum) for g in index.groups]
        assert maxima == ["18 [V]", "20 [V]", "22 [V]", "22 [V]", "18 [V]"]
        assert str(index.item("qd766.5c").rule.points) == "6 [V]"
        assert str(index.item("qd766.1.2").rule.points) == "4 [V]"
        for number in ("3.1", "3.3", "3.5", "4.2", "4.3", "5c"):
            item = next(i for i in index.items if i.number == number)
            threshold = item.rule.threshold  # type: ignore[union-attr]
            assert threshold.confidence is Confidence.SECONDARY, number
        par = load_catalogue("par-index-876-2022")
        assert [a.confidence for a in par.areas] == [Confidence.SECONDARY] * 7 + [
            Confidence.RECALLED
        ]
        assert [a.area.value for a in par.areas if a.area] == [
            "direction",
            "institutions",
            "procedures",
            "organisation",
            "civil_service",
            "public_finance",
            "digital_government",
            "impact",
        ]

    def test_rating_levels_cover_the_bands(self) -> None:
        """Each ordinal rating indicator has the labels of its bands, in the same order."""
        qd = load_catalogue("qd-766-2022")
        assert qd.get("qd766.rating").levels == qd.classification("qd766-bands").labels
        par = load_catalogue("par-index-876-2022")
        groups = par.classification("par-index-groups")
        assert par.get("par_index_group").levels == groups.labels
        local = par.classification("local-example").labels
        levels = load_catalogue("cchc-common").get("par_index_rating").levels
        assert [x for x in levels if x in local] == list(local)


# --- the seed plans ---------------------------------------------------------------------------


def example_indicators() -> list[tuple[str, cm.Indicator]]:
    out = []
    for path in EXAMPLES:
        for indicator in cm.load(path).indicators:
            out.append((Path(path).name, indicator))
    return out


class TestExamples:
    def test_examples_are_there(self) -> None:
        assert len(EXAMPLES) == 5

    @pytest.mark.parametrize(
        ("file", "inline"),
        example_indicators(),
        ids=lambda x: x if isinstance(x, str) else x.id,
    )
    def test_inline_indicators_agree(self, file: str, inline: cm.Indicator) -> None:
        """Covered by a catalogue; same measure, unit and direction; breakdowns within it."""
        table = catalogue_indicators()
        assert inline.id in table, f"{file}: {inline.id} is in no catalogue"
        entry = table[inline.id]
        assert (inline.measure, inline.unit, inline.direction) == (
            entry.measure,
            entry.unit,
            entry.direction,
        )
        assert inline.bounded == entry.bounded
        assert set(inline.levels) <= set(entry.levels)
        dims = {d.id: set(d.members) for d in entry.dimensions}
        for dimension in inline.dimensions:
            assert dimension.id in dims, f"{inline.id}: {dimension.id}"
            assert set(dimension.members) <= dims[dimension.id]

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: Path(p).name)
    def test_examples_load_with_the_catalogues(self, path: str) -> None:
        """Passing the catalogues changes nothing: a file's own definitions win."""
        known = catalogue_indicators()
        assert cm.load(path, known=known) == cm.load(path)

    def test_a_plan_may_reference_a_catalogue_id(self) -> None:
        text = (
            "schema_version: 1\nid: p\ntitle: Kế hoạch\nissuer: '06'\nperiod: '2023'\n"
            "targets:\n"
            "  - {id: t, form: comparison, indicator: work_records_online, op: '>=', "
            "threshold: 85 %}\n"
            "  - {id: r, form: ordinal, indicator: qd766.rating, op: '>=', level: tốt}\n"
        )
        known = catalogue_indicators()
        plan = loads(text, known=known)
        assert plan.targets[0].indicator is known["work_records_online"]  # type: ignore[union-attr]
        assert not plan.indicators
        assert loads(dumps(plan, known=known), known=known) == plan
        with pytest.raises(cm.PlanFileError):
            loads(text)


# --- versions ------------------------------------------------------------------------------------


class TestVersions:
    def test_766_from_its_date(self) -> None:
        with pytest.raises(CatalogueError) as exc:
            catalogue_in_force("qd-766", date(2022, 6, 22))
        assert exc.value.problems[0].code == "not-in-force"
        assert "qd-766-2022 (2022-06-23 to 2025-07-01)" in str(exc.value)
        assert "qd-766-portal (2025-07-01 to now)" in str(exc.value)
        assert catalogue_in_force("qd-766", date(2022, 6, 23)).key == "qd-766-2022"
        assert catalogue_in_force("qd-766", cm.Period.parse("2022")).key == "qd-766-2022"
        assert catalogue_in_force("qd-766", date(2025, 6, 30)).key == "qd-766-2022"
        assert catalogue_in_force("qd-766", date(2025, 7, 1)).key == "qd-766-portal"
        assert catalogue_in_force("qd-766", cm.Period.parse("2025")).key == "qd-766-portal"

    def test_a_period_uses_its_last_day(self) -> None:
        """PAR Index 876 is dated 10/11/2022: the year 2022 uses it, its first half does not."""
        assert catalogue_in_force("par-index", cm.Period.parse("2022")).version == "876-2022"
        with pytest.raises(CatalogueError):
            catalogue_in_force("par-index", cm.Period.parse("2022-S1"))

    def test_two_versions(self) -> None:
        old = attrs.evolve(
            load_catalogue("qd-766-2022"), effective_to=date(2025, 7, 1), origin=None
        )
        new = attrs.evolve(old, version="2025", effective_from=date(2025, 7, 1), effective_to=None)
        pool = [new, old]
        check_versions(pool)
        assert catalogue_in_force("qd-766", date(2025, 6, 30), pool) is old
        assert catalogue_in_force("qd-766", date(2025, 7, 1), pool) is new
        assert catalogue_in_force("qd-766", cm.Period.parse("2025"), pool) is new
        assert catalogue_in_force("qd-766", cm.Period.parse("2025-S1"), pool) is old
        assert catalogue_in_force("qd-766-2025", date(2026, 1, 1), pool) is new

    def test_overlapping_versions(self) -> None:
        old = attrs.evolve(load_catalogue("qd-766-2022"), origin=None, effective_to=None)
        new = attrs.evolve(old, version="2025", effective_from=date(2025, 7, 1))
        with pytest.raises(CatalogueError) as exc:
            check_versions([old, new])
        assert exc.value.problems[0].code == "version-overlap"
        with pytest.raises(CatalogueError, match="2 versions"):
            catalogue_in_force("qd-766", date(2025, 8, 1), [old, new])

    def test_unknown_id(self) -> None:
        with pytest.raises(CatalogueError, match="no catalogue has id 'qd-999'"):
            catalogue_in_force("qd-999", date(2023, 1, 1))

    def test_in_force_filter(self) -> None:
        table = catalogue_indicators(on=date(2022, 7, 1))
        assert "qd766.5c" in table
        assert "par_index_group" not in table

    def test_dates_in_order(self) -> None:
        with pytest.raises(CatalogueError, match="is not after effective_from"):
            catalogue_from_data(minimal(effective_to="2019-12-31"))


# --- the Catalogue API ---------------------------------------------------------------------------


class TestCatalogue:
    def test_lookups(self) -> None:
        catalogue = load_catalogue("cchc-common")
        assert "satisfaction_procedures" in catalogue
        assert "nothing" not in catalogue
        assert catalogue.get("satisfaction_procedures").measure is MeasureKind.RATIO
        assert catalogue.find("nothing") is None
        assert catalogue.by_id["dossiers_on_time"] is catalogue.get("dossiers_on_time")
        with pytest.raises(UnknownIndicatorError) as exc:
            catalogue.get("nothing")
        assert isinstance(exc.value, LookupError)
        assert isinstance(exc.value, ValueError)
        assert "cchc-common has no indicator 'nothing'" in str(exc.value)

    def test_online_levels(self) -> None:
        """Old levels 3 and 4 and the current một phần / toàn trình, one breakdown."""
        online = load_catalogue("cchc-common").get("procedures_online")
        (dimension,) = online.dimensions
        assert dimension.id == "online_level"
        assert set(dimension.members) == {"3", "4", "3_or_4", "partial", "full", "partial_or_full"}

    def test_listing(self) -> None:
        lines = listing().splitlines()
        assert [line.split()[0] for line in lines] == NAMES
        assert "+ index" in lines[2]

    def test_unknown_name(self) -> None:
        with pytest.raises(CatalogueError, match="no built-in catalogue is named 'nope'"):
            load_catalogue("nope")

    def test_several_versions_by_id(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import cchc_model.indices.catalogues as module

        old = attrs.evolve(load_catalogue("qd-766-2022"), effective_to=date(2025, 7, 1))
        new = attrs.evolve(
            old, version="2025", effective_from=date(2025, 7, 1), effective_to=None, origin=None
        )
        monkeypatch.setattr(module, "builtin_catalogues", lambda: (old, new))
        with pytest.raises(CatalogueError, match="several versions"):
            load_catalogue("qd-766")
        assert load_catalogue("qd-766-2025") is new


# --- reading files: errors with paths ---------------------------------------------------------


class TestReading:
    def test_minimal(self) -> None:
        catalogue = catalogue_from_data(minimal())
        assert catalogue.key == "demo-1"
        assert catalogue.ids == ("online", "misses")
        assert catalogue.effective_from == date(2020, 1, 1)

    def test_file(self, tmp_path: Path) -> None:
        path = tmp_path / "mine.yaml"
        path.write_text(yaml.safe_dump(minimal(), allow_unicode=True), encoding="utf-8")
        catalogue = load_catalogue(path)
        assert catalogue.key == "mine"
        assert catalogue.origin == str(path)
        (tmp_path / "bad.yaml").write_text("id: [1,\n", encoding="utf-8")
        with pytest.raises(CatalogueError, match="not valid YAML at line"):
            load_catalogue(tmp_path / "bad.yaml")
        with pytest.raises(CatalogueError, match="cannot read the file"):
            load_catalogue(tmp_path / "absent.yaml")

    def test_unknown_and_missing_fields(self) -> None:
        doc = minimal(colour="blue")
        del doc["title"]
        found = {(p.path, p.code) for p in problems_of(doc)}
        assert found == {("colour", "unknown-field"), ("title", "missing")}

    def test_schema_version(self) -> None:
        (problem,) = problems_of(minimal(schema_version=2))
        assert (problem.path, problem.code) == ("schema_version", "schema-version")

    def test_bad_indicator_named(self) -> None:
        indicators = [
            {"id": "ok", "name": "Được", "measure": "ratio"},
            {"id": "bad", "name": "Hỏng", "measure": "ratio", "unit": "day"},
            {"id": "worse", "name": "Hỏng", "measure": "volume"},
        ]
        paths = {p.path for p in problems_of(minimal(indicators=indicators))}
        assert paths == {"indicators[1].unit", "indicators[2].measure"}

    def test_duplicate_indicator(self) -> None:
        doc = minimal()
        doc["indicators"] = [*doc["indicators"], doc["indicators"][0]]
        (problem,) = problems_of(doc)
        assert (problem.path, problem.code) == ("indicators[2].id", "duplicate")

    def test_index_errors(self) -> None:
        index = {
            "id": "demo-index",
            "name": "Demo",
            "classification": "bands",
            "groups": [
                {
                    "id": "1",
                    "name": "A",
                    "maximum": {"value": 10, "confidence": "V", "source": "elsewhere"},
                    "items": [
                        {"indicator": "online", "rule": "threshold_linear", "points": 5},
                        {"indicator": "misses", "rule": "threshold_linear", "points": 5},
                        {"indicator": "ghost", "rule": "zero_out", "points": 0},
                    ],
                }
            ],
        }
        found = {(p.path, p.code) for p in problems_of(minimal(index=index))}
        assert found == {("index.classification", "unknown-classification")}
        del index["classification"]
        found = {(p.path, p.code) for p in problems_of(minimal(index=index))}
        assert found == {
            ("index.groups[0].items[1].indicator", "rule-mismatch"),
            ("index.groups[0].items[2].indicator", "unknown-indicator"),
            ("index.groups[0].maximum.source", "unknown-source"),
        }

    def test_rule_errors_named(self) -> None:
        index = {
            "id": "demo-index",
            "name": "Demo",
            "groups": [
                {
                    "id": "1",
                    "name": "A",
                    "maximum": 3,
                    "items": [
                        {
                            "indicator": "online",
                            "rule": "banded",
                            "bands": [
                                {"range": "đạt 100%", "points": 3},
                                {"range": "từ 90% đến dưới 100%", "points": 1.5},
                                {"range": "dưới 80%", "points": 0},
                            ],
                        },
                        {"indicator": "misses", "rule": "deducted", "points": 1},
                    ],
                }
            ],
        }
        found = {(p.path, p.code) for p in problems_of(minimal(index=index))}
        assert found == {
            ("index.groups[0].items[0].bands[1]", "band-gap"),
            ("index.groups[0].items[1].rule", "unknown-rule"),
        }

    def test_a_local_par_set(self) -> None:
        """A province's own set, banded and deductions, read from data and scored."""
        index = {
            "id": "local",
            "name": "Bộ chỉ số CCHC cấp huyện (ví dụ)",
            "classification": "bands",
            "groups": [
                {
                    "id": "1",
                    "name": "Chỉ đạo, điều hành",
                    "maximum": 5,
                    "items": [
                        {
                            "indicator": "online",
                            "number": "1.1",
                            "rule": "banded",
                            "not_applicable": "full",
                            "bands": [
                                {"range": "đạt 100%", "points": 3},
                                {"range": "từ 90% đến dưới 100%", "points": "1,5"},
                                {"range": "dưới 90%", "points": 0},
                            ],
                        },
                        {
                            "indicator": "misses",
                            "number": 1.2,
                            "rule": "deduction",
                            "points": 2,
                            "per": 0.5,
                        },
                    ],
                }
            ],
        }
        bands = {
            "id": "bands",
            "name": "Xếp loại (ví dụ)",
            "example": True,
            "bands": [
                {"label": "tốt", "range": "từ 80% trở lên", "confidence": "example"},
                {"label": "khá", "range": "từ 60% đến dưới 80%", "confidence": "example"},
                {"label": "yếu", "range": "dưới 60%", "confidence": "example"},
            ],
        }
        catalogue = catalogue_from_data(minimal(index=index, classifications=[bands]))
        assert catalogue.index is not None
        score = score_index(catalogue.index, {"online": (19, 20), "misses": 1})
        assert (score.total, score.classification) == (Fraction(3), "khá")
        score = score_index(catalogue.index, {"online": NOT_APPLICABLE, "misses": 0})
        assert (score.total, score.classification) == (Fraction(5), "tốt")
        assert [i.number for i in score.items] == ["1.1", "1.2"]

    def test_catalogue_constructor_checks(self) -> None:
        with pytest.raises(CatalogueError) as exc:
            Catalogue(
                id="c",
                title="C",
                version="1",
                effective_from=date(2020, 1, 1),
                facts=[Fact("x", "y", "V", source="nowhere")],
            )
        assert exc.value.problems[0].code == "unknown-source"

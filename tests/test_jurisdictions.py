"""Tests for cchc_model.model.jurisdictions: levels, kinds, units, successions, hierarchies."""

from __future__ import annotations

import csv
import io
import itertools
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_model.exceptions import CchcError, HierarchyError, ValidationError
from cchc_model.model.jurisdictions import (
    EARLIEST,
    REFORM_2025,
    Hierarchy,
    Jurisdiction,
    Kind,
    Level,
    Succession,
    UnknownJurisdictionError,
    load_hierarchy_csv,
    national_hierarchy,
)
from cchc_model.testing.strategies_jurisdictions import (
    codes,
    hierarchies,
    jurisdictions,
    kinds,
    levels,
)

START = date(2008, 8, 1)
BEFORE = date(2023, 12, 31)
EVE = date(2025, 6, 30)
HUE_2021 = date(2021, 12, 31)


def problem_codes(err: ValidationError) -> set[str]:
    return {p.code for p in err.problems}


def problems_with(err: ValidationError, code: str) -> list[str]:
    return [p.message for p in err.problems if p.code == code]


def unit(
    code: str,
    name: str,
    level: Level,
    kind: Kind,
    parent: str | None = None,
    valid_from: date = START,
    valid_to: date | None = None,
) -> Jurisdiction:
    return Jurisdiction(code, name, level, kind, parent, valid_from, valid_to)


VN = unit("VN", "Việt Nam", Level.NATION, Kind.QUOC_GIA)
THANH_HOA_OLD = unit("38", "Tỉnh Thanh Hóa", Level.PROVINCE, Kind.TINH, "VN", START, REFORM_2025)
THANH_HOA = unit("38", "Tỉnh Thanh Hóa", Level.PROVINCE, Kind.TINH, "VN", REFORM_2025)
TP_THANH_HOA = unit(
    "380",
    "Thành phố Thanh Hóa",
    Level.DISTRICT,
    Kind.THANH_PHO_THUOC_TINH,
    "38",
    START,
    REFORM_2025,
)
DONG_THO = unit("14758", "Phường Đông Thọ", Level.COMMUNE, Kind.PHUONG, "380", START, REFORM_2025)
DONG_HAI = unit("14797", "Phường Đông Hải", Level.COMMUNE, Kind.PHUONG, "380", START, REFORM_2025)
HAC_THANH = unit("14797", "Phường Hạc Thành", Level.COMMUNE, Kind.PHUONG, "38", REFORM_2025)
BAC_KAN = unit("06", "Tỉnh Bắc Kạn", Level.PROVINCE, Kind.TINH, "VN", START, REFORM_2025)
THAI_NGUYEN_OLD = unit(
    "19", "Tỉnh Thái Nguyên", Level.PROVINCE, Kind.TINH, "VN", START, REFORM_2025
)
THAI_NGUYEN = unit("19", "Tỉnh Thái Nguyên", Level.PROVINCE, Kind.TINH, "VN", REFORM_2025)

UNITS = (
    VN,
    THANH_HOA_OLD,
    THANH_HOA,
    TP_THANH_HOA,
    DONG_THO,
    DONG_HAI,
    HAC_THANH,
    BAC_KAN,
    THAI_NGUYEN_OLD,
    THAI_NGUYEN,
)
SUCCESSIONS = (
    Succession("06", "19", REFORM_2025),
    Succession("19", "19", REFORM_2025),
    Succession("38", "38", REFORM_2025),
    Succession("14758", "14797", REFORM_2025),
    Succession("14797", "14797", REFORM_2025),
)


@pytest.fixture(scope="module")
def small() -> Hierarchy:
    return Hierarchy(UNITS, SUCCESSIONS)


@pytest.fixture(scope="module")
def vn() -> Hierarchy:
    return national_hierarchy()


class TestLevel:
    def test_order(self) -> None:
        """A smaller value is a higher tier and is_above is strict."""
        assert Level.NATION < Level.PROVINCE < Level.DISTRICT < Level.COMMUNE
        assert Level.PROVINCE.is_above(Level.COMMUNE)
        assert not Level.PROVINCE.is_above(Level.PROVINCE)
        assert not Level.COMMUNE.is_above(Level.DISTRICT)

    def test_names(self) -> None:
        """Each tier has a Vietnamese name and a lower-case English key for files."""
        assert [lvl.vi for lvl in Level] == ["quốc gia", "cấp tỉnh", "cấp huyện", "cấp xã"]
        assert Level.PROVINCE.key == "province"

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("province", Level.PROVINCE),
            ("PROVINCE", Level.PROVINCE),
            ("tỉnh", Level.PROVINCE),
            ("cấp tỉnh", Level.PROVINCE),
            ("  Cấp  Tỉnh ", Level.PROVINCE),
            ("district", Level.DISTRICT),
            ("huyện", Level.DISTRICT),
            ("cấp huyện", Level.DISTRICT),
            ("commune", Level.COMMUNE),
            ("xã", Level.COMMUNE),
            ("cấp xã", Level.COMMUNE),
            ("nation", Level.NATION),
            ("quốc gia", Level.NATION),
            (Level.DISTRICT, Level.DISTRICT),
        ],
    )
    def test_parse(self, text: str, level: Level) -> None:
        """English and Vietnamese names of a tier are read in any case."""
        assert Level.parse(text) is level

    def test_parse_decomposed_unicode(self) -> None:
        """Text in decomposed Unicode (NFD) is read like composed text."""
        assert Level.parse(unicodedata.normalize("NFD", "cấp xã")) is Level.COMMUNE

    @pytest.mark.parametrize("text", ["ward", "thôn", "", "cấp"])
    def test_parse_rejects(self, text: str) -> None:
        """Text naming no tier is a ValidationError that quotes it and lists the choices."""
        with pytest.raises(ValidationError) as info:
            Level.parse(text)
        assert problem_codes(info.value) == {"unknown-level"}
        assert repr(text) in str(info.value)
        assert "expected" in str(info.value)


class TestKind:
    @pytest.mark.parametrize(
        ("kind", "level"),
        [
            (Kind.QUOC_GIA, Level.NATION),
            (Kind.TINH, Level.PROVINCE),
            (Kind.THANH_PHO_TRUNG_UONG, Level.PROVINCE),
            (Kind.HUYEN, Level.DISTRICT),
            (Kind.QUAN, Level.DISTRICT),
            (Kind.THI_XA, Level.DISTRICT),
            (Kind.THANH_PHO_THUOC_TINH, Level.DISTRICT),
            (Kind.XA, Level.COMMUNE),
            (Kind.PHUONG, Level.COMMUNE),
            (Kind.THI_TRAN, Level.COMMUNE),
            (Kind.DAC_KHU, Level.COMMUNE),
        ],
    )
    def test_level(self, kind: Kind, level: Level) -> None:
        """Each kind sits at one tier; đặc khu is commune-level."""
        assert kind.level is level

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("thị xã", Kind.THI_XA),
            ("Thị Xã", Kind.THI_XA),
            ("THI_XA", Kind.THI_XA),
            ("thi xa", Kind.THI_XA),
            ("đặc khu", Kind.DAC_KHU),
            ("dac_khu", Kind.DAC_KHU),
            ("thành phố trực thuộc trung ương", Kind.THANH_PHO_TRUNG_UONG),
            ("thành phố trung ương", Kind.THANH_PHO_TRUNG_UONG),
            ("thanh_pho_thuoc_tinh", Kind.THANH_PHO_THUOC_TINH),
            (Kind.XA, Kind.XA),
        ],
    )
    def test_parse(self, text: str, kind: Kind) -> None:
        """The Vietnamese term and the member name are both read, in any case."""
        assert Kind.parse(text) is kind

    def test_parse_ambiguous_city(self) -> None:
        """A bare 'thành phố' is rejected, naming both city kinds."""
        with pytest.raises(ValidationError) as info:
            Kind.parse("Thành phố")
        assert problem_codes(info.value) == {"ambiguous-kind"}
        assert "thành phố thuộc tỉnh" in str(info.value)
        assert "thành phố trực thuộc trung ương" in str(info.value)

    def test_parse_rejects(self) -> None:
        """An unknown kind is a ValidationError quoting the text."""
        with pytest.raises(ValidationError, match="'làng'") as info:
            Kind.parse("làng")
        assert problem_codes(info.value) == {"unknown-kind"}


class TestJurisdiction:
    def test_str(self) -> None:
        """A unit prints as its name and code."""
        assert str(THANH_HOA) == "Tỉnh Thanh Hóa (38)"

    def test_converts_text(self) -> None:
        """Level, kind and dates may be given as text, and an empty parent is None."""
        j = Jurisdiction("38", "Tỉnh Thanh Hóa", "tỉnh", "tỉnh", "", "2025-07-01", "")
        assert (j.level, j.kind, j.parent) == (Level.PROVINCE, Kind.TINH, None)
        assert (j.valid_from, j.valid_to) == (REFORM_2025, None)

    def test_defaults(self) -> None:
        """Without dates a unit is valid from EARLIEST with no end and has no parent."""
        j = Jurisdiction("VN", "Việt Nam", Level.NATION, Kind.QUOC_GIA)
        assert (j.parent, j.valid_from, j.valid_to) == (None, EARLIEST, None)

    def test_is_valid_on(self) -> None:
        """valid_from is inclusive and valid_to exclusive."""
        assert BAC_KAN.is_valid_on(START)
        assert BAC_KAN.is_valid_on(EVE)
        assert not BAC_KAN.is_valid_on(REFORM_2025)
        assert not BAC_KAN.is_valid_on(START - timedelta(days=1))
        assert THANH_HOA.is_valid_on(date(2100, 1, 1))

    def test_is_valid_during(self) -> None:
        """A unit is valid during an interval only if it covers all of it."""
        assert BAC_KAN.is_valid_during(date(2021, 1, 1), date(2022, 1, 1))
        assert BAC_KAN.is_valid_during(START, REFORM_2025)
        assert not BAC_KAN.is_valid_during(date(2025, 1, 1), date(2025, 7, 2))
        assert not BAC_KAN.is_valid_during(date(2021, 1, 1), None)
        assert THANH_HOA.is_valid_during(REFORM_2025, None)
        assert not THANH_HOA.is_valid_during(EVE, date(2026, 1, 1))

    def test_overlaps(self) -> None:
        """A unit overlaps an interval if it is valid on at least one of its days."""
        assert BAC_KAN.overlaps(EVE, date(2026, 1, 1))
        assert not BAC_KAN.overlaps(REFORM_2025, None)
        assert THANH_HOA.overlaps(date(2000, 1, 1), date(2025, 7, 2))
        assert not THANH_HOA.overlaps(date(2000, 1, 1), REFORM_2025)

    def test_empty_interval_rejected(self) -> None:
        """Asking about an empty interval is a ValidationError naming it."""
        with pytest.raises(ValidationError, match="empty") as info:
            BAC_KAN.is_valid_during(EVE, EVE)
        assert problem_codes(info.value) == {"empty-interval"}
        with pytest.raises(ValidationError):
            BAC_KAN.overlaps(REFORM_2025, EVE)

    @pytest.mark.parametrize("level", list(Level))
    def test_placeholder_code(self, level: Level) -> None:
        """A local placeholder starting 'x-' fits any level."""
        kind = next(k for k in Kind if k.level is level)
        assert Jurisdiction("x-nhom-1", "Nhóm xã miền núi", level, kind).code == "x-nhom-1"

    @pytest.mark.parametrize(
        ("code", "level", "kind"),
        [
            ("380", Level.PROVINCE, Kind.TINH),
            ("3", Level.PROVINCE, Kind.TINH),
            ("38", Level.DISTRICT, Kind.HUYEN),
            ("1479", Level.COMMUNE, Kind.XA),
            ("1479a", Level.COMMUNE, Kind.XA),
            ("１４７９７", Level.COMMUNE, Kind.XA),  # full-width digits
            ("vn", Level.NATION, Kind.QUOC_GIA),
            ("x-", Level.COMMUNE, Kind.XA),
        ],
    )
    def test_code_must_fit_level(self, code: str, level: Level, kind: Kind) -> None:
        """A code of the wrong shape for its level is rejected, naming the code."""
        with pytest.raises(ValidationError) as info:
            Jurisdiction(code, "Tỉnh Thanh Hóa", level, kind)
        assert problem_codes(info.value) == {"code-format"}
        assert repr(code) in str(info.value)
        assert "expected" in str(info.value)

    def test_empty_name(self) -> None:
        """A blank name is rejected, naming the unit's code."""
        with pytest.raises(ValidationError, match="'38'") as info:
            Jurisdiction("38", "  ", Level.PROVINCE, Kind.TINH)
        assert problem_codes(info.value) == {"empty-name"}

    def test_kind_of_other_level(self) -> None:
        """A kind from another tier is rejected (huyện is not a province kind)."""
        with pytest.raises(ValidationError, match="'huyện'") as info:
            Jurisdiction("38", "Tỉnh Thanh Hóa", Level.PROVINCE, Kind.HUYEN)
        assert problem_codes(info.value) == {"kind-level"}

    @pytest.mark.parametrize("valid_to", [START, START - timedelta(days=1)])
    def test_valid_to_after_valid_from(self, valid_to: date) -> None:
        """valid_to must be after valid_from, since it is exclusive."""
        with pytest.raises(ValidationError, match="valid_to") as info:
            Jurisdiction("06", "Tỉnh Bắc Kạn", Level.PROVINCE, Kind.TINH, "VN", START, valid_to)
        assert problem_codes(info.value) == {"empty-validity"}

    def test_own_parent(self) -> None:
        """A unit cannot be its own parent."""
        with pytest.raises(ValidationError, match="'06'") as info:
            Jurisdiction("06", "Tỉnh Bắc Kạn", Level.PROVINCE, Kind.TINH, "06")
        assert problem_codes(info.value) == {"self-parent"}

    @pytest.mark.parametrize("bad", ["2025-13-01", "1/7/2025", 20250701])
    def test_bad_date(self, bad: object) -> None:
        """A date that cannot be read is rejected with the field's path."""
        with pytest.raises(ValidationError) as info:
            Jurisdiction("06", "Tỉnh Bắc Kạn", Level.PROVINCE, Kind.TINH, "VN", bad)  # type: ignore[arg-type]
        assert info.value.problems[0].path == "valid_from"

    def test_datetime_rejected(self) -> None:
        """A datetime is not a date: validity is by whole days."""
        from datetime import datetime

        with pytest.raises(ValidationError):
            Jurisdiction(
                "06", "Tỉnh Bắc Kạn", Level.PROVINCE, Kind.TINH, None, datetime(2025, 7, 1)
            )

    def test_collects_every_problem(self) -> None:
        """All the problems of one unit are raised together."""
        with pytest.raises(ValidationError) as info:
            Jurisdiction("123", "", Level.PROVINCE, Kind.XA, "123", START, START)
        assert problem_codes(info.value) == {
            "code-format",
            "empty-name",
            "kind-level",
            "empty-validity",
            "self-parent",
        }

    def test_frozen(self) -> None:
        """A unit cannot be changed after it is built."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            THANH_HOA.name = "Tỉnh Thanh Hoá"  # type: ignore[misc]


class TestSuccession:
    def test_fields(self) -> None:
        """A succession holds old and new codes, the day and a note; the day may be text."""
        s = Succession("06", "19", "2025-07-01", "Nghị quyết 202/2025/QH15")
        assert (s.old, s.new, s.on, s.note) == ("06", "19", REFORM_2025, "Nghị quyết 202/2025/QH15")

    @pytest.mark.parametrize(("old", "new"), [("", "19"), ("06", " "), (6, "19")])
    def test_needs_codes(self, old: object, new: object) -> None:
        """Both codes must be non-empty text."""
        with pytest.raises(ValidationError, match="not a unit code"):
            Succession(old, new, REFORM_2025)  # type: ignore[arg-type]


class TestUnknownJurisdictionError:
    def test_is_lookup_error(self) -> None:
        """It is both a CchcError and a LookupError, and carries the code and date."""
        err = UnknownJurisdictionError("99", BEFORE)
        assert isinstance(err, CchcError)
        assert isinstance(err, LookupError)
        assert (err.code, err.on, err.problem.code) == ("99", BEFORE, "unknown-jurisdiction")
        assert "'99'" in str(err)
        assert "2023-12-31" in str(err)


class TestHierarchyValidation:
    def test_valid(self, small: Hierarchy) -> None:
        """The Thanh Hóa example builds, and lists become tuples."""
        h = Hierarchy(list(UNITS), list(SUCCESSIONS))
        assert h == small
        assert isinstance(h.units, tuple)
        assert isinstance(h.successions, tuple)

    def test_unknown_parent(self) -> None:
        """A parent code that is not in the hierarchy is named with its child."""
        with pytest.raises(HierarchyError) as info:
            Hierarchy([VN, TP_THANH_HOA])
        (message,) = problems_with(info.value, "unknown-parent")
        assert "380" in message
        assert "38" in message
        assert info.value.problems[0].path == "units[1].parent"

    def test_parent_not_valid_throughout(self) -> None:
        """A child valid after its parent ends is rejected, naming both codes."""
        late = attrs.evolve(DONG_THO, valid_to=date(2025, 8, 1))
        with pytest.raises(HierarchyError) as info:
            Hierarchy([VN, THANH_HOA_OLD, THANH_HOA, TP_THANH_HOA, late])
        (message,) = problems_with(info.value, "parent-not-valid")
        assert "14758" in message
        assert "380" in message
        assert "2025-07-01" in message

    def test_parent_with_gap(self) -> None:
        """A gap between two versions of the parent leaves the child uncovered."""
        gap = attrs.evolve(THANH_HOA, valid_from=date(2025, 8, 1))
        child = unit("14797", "Phường Hạc Thành", Level.COMMUNE, Kind.PHUONG, "38", START)
        with pytest.raises(HierarchyError) as info:
            Hierarchy([VN, THANH_HOA_OLD, gap, child])
        assert problem_codes(info.value) == {"parent-not-valid"}

    def test_parent_versions_cover_together(self) -> None:
        """Adjacent versions of a parent together cover a child that spans the reform."""
        child = unit("14797", "Phường Hạc Thành", Level.COMMUNE, Kind.PHUONG, "38", START)
        h = Hierarchy([VN, THANH_HOA_OLD, THANH_HOA, child])
        assert h.get("14797") is child

    def test_parent_level_not_above(self) -> None:
        """A parent at the same or a lower tier is rejected, naming both codes."""
        other = unit("380", "Thành phố Thanh Hóa", Level.DISTRICT, Kind.THANH_PHO_THUOC_TINH)
        below = unit("381", "Thị xã Bỉm Sơn", Level.DISTRICT, Kind.THI_XA, "380")
        with pytest.raises(HierarchyError) as info:
            Hierarchy([other, below])
        (message,) = problems_with(info.value, "parent-level")
        assert "381" in message
        assert "380" in message
        assert "cấp huyện" in message

    def test_non_adjacent_levels(self) -> None:
        """A commune may hang directly under a province, as after 2025-07-01."""
        h = Hierarchy([VN, THANH_HOA, HAC_THANH])
        assert h.children("38", REFORM_2025) == (HAC_THANH,)

    def test_cycle(self) -> None:
        """Units that are their own ancestors are reported as a cycle naming them."""
        a = unit("x-a", "Nhóm A", Level.PROVINCE, Kind.TINH, "x-b")
        b = unit("x-b", "Nhóm B", Level.PROVINCE, Kind.TINH, "x-a")
        with pytest.raises(HierarchyError) as info:
            Hierarchy([a, b])
        (message,) = problems_with(info.value, "cycle")
        assert "x-a" in message
        assert "x-b" in message

    def test_duplicate_code(self) -> None:
        """Two versions of one code valid on the same day are rejected, naming the code."""
        overlapping = attrs.evolve(BAC_KAN, name="Tỉnh Bắc Cạn", valid_from=date(2020, 1, 1))
        with pytest.raises(HierarchyError) as info:
            Hierarchy([VN, BAC_KAN, overlapping])
        (message,) = problems_with(info.value, "duplicate-code")
        assert "code 06" in message
        assert "Tỉnh Bắc Cạn" in message

    def test_open_version_before_another(self) -> None:
        """An open-ended version followed by another version of the code is a duplicate."""
        with pytest.raises(HierarchyError, match="code 38"):
            Hierarchy([VN, attrs.evolve(THANH_HOA_OLD, valid_to=None), THANH_HOA])

    def test_unknown_succession_code(self) -> None:
        """A succession naming a code the hierarchy does not hold is rejected."""
        with pytest.raises(HierarchyError) as info:
            Hierarchy([VN, BAC_KAN], [Succession("06", "19", REFORM_2025)])
        (message,) = problems_with(info.value, "unknown-succession-code")
        assert "19" in message
        assert info.value.problems[0].path == "successions[0].new"

    def test_not_a_jurisdiction(self) -> None:
        """Items of the wrong type are rejected with their position."""
        with pytest.raises(HierarchyError) as info:
            Hierarchy([VN, "38"], ["06->19"])  # type: ignore[list-item]
        assert [p.path for p in info.value.problems] == ["units[1]", "successions[0]"]

    def test_collects_every_problem(self) -> None:
        """Every problem in the hierarchy is raised together in one HierarchyError."""
        dangling = attrs.evolve(TP_THANH_HOA, parent="99")
        with pytest.raises(HierarchyError) as info:
            Hierarchy(
                [VN, BAC_KAN, attrs.evolve(BAC_KAN), dangling],
                [Succession("06", "19", REFORM_2025)],
            )
        assert problem_codes(info.value) == {
            "duplicate-code",
            "unknown-parent",
            "unknown-succession-code",
        }

    def test_error_is_value_error(self) -> None:
        """HierarchyError is a ValidationError and a ValueError."""
        with pytest.raises(ValueError, match="99"):
            Hierarchy([attrs.evolve(BAC_KAN, parent="99")])


class TestHierarchyLookups:
    def test_get_on_date(self, small: Hierarchy) -> None:
        """get picks the version valid on the day asked for."""
        assert small.get("14797", BEFORE).name == "Phường Đông Hải"
        assert small.get("14797", REFORM_2025).name == "Phường Hạc Thành"

    def test_get_single_version(self, small: Hierarchy) -> None:
        """Without a date get returns a code's only version."""
        assert small.get("06") is BAC_KAN

    def test_get_needs_date(self, small: Hierarchy) -> None:
        """Without a date a code with several versions is an error asking for one."""
        with pytest.raises(ValidationError, match="code 38 has 2 versions") as info:
            small.get("38")
        assert problem_codes(info.value) == {"date-required"}

    def test_get_unknown(self, small: Hierarchy) -> None:
        """An unknown code raises UnknownJurisdictionError, a LookupError."""
        with pytest.raises(LookupError, match="'99'"):
            small.get("99")

    def test_get_not_valid_names_successor(self, small: Hierarchy) -> None:
        """Asking for Bắc Kạn after the reform says when it was valid and names Thái Nguyên."""
        with pytest.raises(UnknownJurisdictionError) as info:
            small.get("06", REFORM_2025)
        assert info.value.code == "06"
        assert info.value.on == REFORM_2025
        assert "its successor is 19" in str(info.value)
        assert "[2008-08-01, 2025-07-01)" in str(info.value)

    def test_find(self, small: Hierarchy) -> None:
        """find returns None where get would raise UnknownJurisdictionError."""
        assert small.find("06", BEFORE) is BAC_KAN
        assert small.find("06", REFORM_2025) is None
        assert small.find("99") is None

    def test_versions(self, small: Hierarchy) -> None:
        """versions lists a code's versions oldest first, and nothing for unknown codes."""
        assert small.versions("38") == (THANH_HOA_OLD, THANH_HOA)
        assert small.versions("99") == ()

    def test_container(self, small: Hierarchy) -> None:
        """len counts versions, iteration yields units, and 'in' tests codes."""
        assert len(small) == len(UNITS)
        assert tuple(small) == UNITS
        assert "38" in small
        assert "99" not in small
        assert THANH_HOA not in small

    def test_repr_hides_indexes(self, small: Hierarchy) -> None:
        """The private indexes stay out of repr and equality."""
        assert "_by_code" not in repr(small)
        assert hash(small) == hash(Hierarchy(UNITS, SUCCESSIONS))


class TestHierarchyTree:
    def test_as_of_before(self, small: Hierarchy) -> None:
        """As of 2023-12-31 the tree has Bắc Kạn and the district Thành phố Thanh Hóa."""
        old = small.as_of(BEFORE)
        assert set(old) == {
            VN,
            THANH_HOA_OLD,
            TP_THANH_HOA,
            DONG_THO,
            DONG_HAI,
            BAC_KAN,
            THAI_NGUYEN_OLD,
        }
        assert old.get("06") is BAC_KAN
        assert old.successions == small.successions

    def test_as_of_after(self, small: Hierarchy) -> None:
        """As of 2025-07-01 Bắc Kạn is gone and its successor is Thái Nguyên."""
        new = small.as_of(REFORM_2025)
        assert "06" not in new
        assert new.final_successors("06", REFORM_2025) == ("19",)
        assert new.get("38") is THANH_HOA

    def test_children(self, small: Hierarchy) -> None:
        """children lists the units under a code valid on the day, by code."""
        assert small.children("380", BEFORE) == (DONG_THO, DONG_HAI)
        assert small.children("38", BEFORE) == (TP_THANH_HOA,)
        assert small.children("38", REFORM_2025) == (HAC_THANH,)

    def test_children_of_invalid_unit(self, small: Hierarchy) -> None:
        """Children of a unit not valid on the day is an UnknownJurisdictionError."""
        with pytest.raises(UnknownJurisdictionError):
            small.children("380", REFORM_2025)

    def test_descendants(self, small: Hierarchy) -> None:
        """descendants walks depth first and can keep one tier."""
        assert small.descendants("38", BEFORE) == (TP_THANH_HOA, DONG_THO, DONG_HAI)
        assert small.descendants("VN", BEFORE, Level.COMMUNE) == (DONG_THO, DONG_HAI)
        assert small.descendants("VN", REFORM_2025, "xã") == (HAC_THANH,)

    def test_descendants_without_date(self, small: Hierarchy) -> None:
        """In a tree from as_of no date is needed."""
        assert small.as_of(BEFORE).descendants("38") == (TP_THANH_HOA, DONG_THO, DONG_HAI)

    def test_ancestors(self, small: Hierarchy) -> None:
        """ancestors lists the parents nearest first, as valid on the day."""
        assert small.ancestors("14797", BEFORE) == (TP_THANH_HOA, THANH_HOA_OLD, VN)
        assert small.ancestors("14797", REFORM_2025) == (THANH_HOA, VN)
        assert small.ancestors("VN", BEFORE) == ()

    def test_units_at(self, small: Hierarchy) -> None:
        """units_at lists one tier valid on the day, by code; the level may be text."""
        assert small.units_at(Level.PROVINCE, BEFORE) == (BAC_KAN, THAI_NGUYEN_OLD, THANH_HOA_OLD)
        assert small.units_at("cấp tỉnh", REFORM_2025) == (THAI_NGUYEN, THANH_HOA)
        assert small.units_at(Level.DISTRICT, REFORM_2025) == ()

    def test_roots(self, small: Hierarchy) -> None:
        """roots lists the units without a parent."""
        assert small.roots(BEFORE) == (VN,)
        assert small.roots(date(2000, 1, 1)) == ()


class TestHierarchySuccessions:
    def test_successors_and_predecessors(self, small: Hierarchy) -> None:
        """Direct successors and predecessors are sorted codes; a kept code succeeds itself."""
        assert small.successors("06") == ("19",)
        assert small.successors("19") == ("19",)
        assert small.predecessors("19") == ("06", "19")
        assert small.predecessors("14797") == ("14758", "14797")
        assert small.successors("380") == ()

    def test_unknown_code(self, small: Hierarchy) -> None:
        """Asking about a code the hierarchy has never heard of is an error."""
        with pytest.raises(UnknownJurisdictionError):
            small.successors("99")
        with pytest.raises(UnknownJurisdictionError):
            small.final_successors("99", REFORM_2025)

    def test_final_successors(self, small: Hierarchy) -> None:
        """final_successors follows successions to the codes valid on the day."""
        assert small.final_successors("06", REFORM_2025) == ("19",)
        assert small.final_successors("14758", date(2030, 1, 1)) == ("14797",)
        assert small.final_successors("06", BEFORE) == ("06",)
        assert small.final_successors("19", REFORM_2025) == ("19",)

    def test_final_successors_none(self, small: Hierarchy) -> None:
        """A unit abolished without a successor, or a day before it existed, gives nothing."""
        assert small.final_successors("380", REFORM_2025) == ()
        assert small.final_successors("06", date(2000, 1, 1)) == ()

    def test_chain_and_split(self) -> None:
        """Successions are followed transitively, and a split gives several codes."""
        a = unit("x-a", "Xã A", Level.COMMUNE, Kind.XA, None, START, date(2010, 1, 1))
        b = unit("x-b", "Xã B", Level.COMMUNE, Kind.XA, None, date(2010, 1, 1), date(2020, 1, 1))
        c = unit("x-c", "Xã C", Level.COMMUNE, Kind.XA, None, date(2020, 1, 1))
        d = unit("x-d", "Xã D", Level.COMMUNE, Kind.XA, None, date(2020, 1, 1))
        h = Hierarchy(
            [a, b, c, d],
            [
                Succession("x-a", "x-b", date(2010, 1, 1)),
                Succession("x-b", "x-c", date(2020, 1, 1)),
                Succession("x-b", "x-d", date(2020, 1, 1)),
            ],
        )
        assert h.final_successors("x-a", date(2015, 1, 1)) == ("x-b",)
        assert h.final_successors("x-a", date(2021, 1, 1)) == ("x-c", "x-d")

    @pytest.mark.parametrize("tree_first", [True, False])
    def test_dated_tree_answers_as_its_hierarchy(self, tree_first: bool) -> None:
        """A dated tree keeps every succession (indexed once, on first use, whichever of
        the tree and its hierarchy asks first) and answers as its hierarchy does, also
        about codes it no longer holds; another hierarchy's successions are its own."""
        whole = Hierarchy(UNITS, SUCCESSIONS)
        tree = whole.as_of(REFORM_2025)
        assert tree._succ_index is whole._succ_index
        first, second = (tree, whole) if tree_first else (whole, tree)
        for h in (first, second):
            assert h.successors("06") == ("19",)
            assert h.predecessors("19") == ("06", "19")
            assert h.predecessors("14797") == ("14758", "14797")
            assert h.final_successors("14758", date(2030, 1, 1)) == ("14797",)
        with pytest.raises(UnknownJurisdictionError, match="appears only in successions"):
            tree.get("06")
        other = Hierarchy(UNITS, SUCCESSIONS[:1]).as_of(REFORM_2025)
        assert other.predecessors("19") == ("06",)
        assert other.predecessors("14797") == ()


class TestNationalHierarchy:
    def test_cached(self, vn: Hierarchy) -> None:
        """The national data is loaded once and shared."""
        assert national_hierarchy() is vn

    @pytest.mark.parametrize(
        ("day", "counts"),
        [
            (HUE_2021, {"nation": 1, "province": 63, "district": 696, "commune": 10_035}),
            (BEFORE, {"nation": 1, "province": 63, "district": 696, "commune": 10_035}),
            (EVE, {"nation": 1, "province": 63, "district": 696, "commune": 10_035}),
            (REFORM_2025, {"nation": 1, "province": 34, "district": 0, "commune": 3_321}),
            (date(2030, 1, 1), {"nation": 1, "province": 34, "district": 0, "commune": 3_321}),
        ],
    )
    def test_counts(self, vn: Hierarchy, day: date, counts: dict[str, int]) -> None:
        """The tree has the published number of units per tier before and after the reform."""
        tree = vn.as_of(day)
        assert {lvl.key: len(tree.units_at(lvl)) for lvl in Level} == counts
        assert len(tree) == sum(counts.values())

    def test_kind_counts(self, vn: Hierarchy) -> None:
        """The kinds match the GSO/NSO counts on both sides of the reform."""
        before = Counter(u.kind for u in vn.as_of(EVE))
        after = Counter(u.kind for u in vn.as_of(REFORM_2025))
        assert before == {
            Kind.QUOC_GIA: 1,
            Kind.TINH: 57,
            Kind.THANH_PHO_TRUNG_UONG: 6,
            Kind.HUYEN: 508,
            Kind.THANH_PHO_THUOC_TINH: 87,
            Kind.THI_XA: 52,
            Kind.QUAN: 49,
            Kind.XA: 7_695,
            Kind.PHUONG: 1_724,
            Kind.THI_TRAN: 616,
        }
        assert after == {
            Kind.QUOC_GIA: 1,
            Kind.TINH: 28,
            Kind.THANH_PHO_TRUNG_UONG: 6,
            Kind.XA: 2_621,
            Kind.PHUONG: 687,
            Kind.DAC_KHU: 13,
        }

    def test_bac_kan_before(self, vn: Hierarchy) -> None:
        """As of 2023-12-31 Bắc Kạn (06) exists with its eight districts."""
        tree = vn.as_of(BEFORE)
        assert str(tree.get("06")) == "Tỉnh Bắc Kạn (06)"
        districts = tree.children("06")
        assert len(districts) == 8
        assert "Huyện Ba Bể (061)" in {str(d) for d in districts}
        assert all(d.level is Level.DISTRICT for d in districts)
        assert len(tree.descendants("06", level=Level.COMMUNE)) == len(
            [u for u in tree.units_at(Level.COMMUNE) if tree.ancestors(u.code)[1].code == "06"]
        )

    def test_bac_kan_after(self, vn: Hierarchy) -> None:
        """As of 2025-07-01 Bắc Kạn is gone and its successor is Thái Nguyên (19)."""
        tree = vn.as_of(REFORM_2025)
        assert "06" not in tree
        assert vn.final_successors("06", REFORM_2025) == ("19",)
        assert tree.final_successors("06", REFORM_2025) == ("19",)
        assert vn.predecessors("19") == ("06", "19")

    def test_thanh_hoa(self, vn: Hierarchy) -> None:
        """Thanh Hóa (38) keeps its code: two adjacent versions that succeed each other."""
        old, new = vn.versions("38")
        assert str(new) == "Tỉnh Thanh Hóa (38)"
        assert old.valid_to == new.valid_from == REFORM_2025
        assert vn.successors("38") == ("38",)
        assert vn.get("406", BEFORE).name == "Huyện Quảng Xương"

    def test_kept_codes(self, vn: Hierarchy) -> None:
        """Hà Nội 01 and phường Ba Đình 00004 have one version each side of the reform."""
        for code in ("01", "00004"):
            old, new = vn.versions(code)
            assert (old.valid_from, old.valid_to) == (date(2008, 8, 1), REFORM_2025)
            assert (new.valid_from, new.valid_to) == (REFORM_2025, None)
        assert vn.get("00004", REFORM_2025).name == "Phường Ba Đình"
        assert [u.code for u in vn.ancestors("00004", BEFORE)] == ["001", "01", "VN"]
        assert [u.code for u in vn.ancestors("00004", REFORM_2025)] == ["01", "VN"]

    def test_communes_under_provinces(self, vn: Hierarchy) -> None:
        """From 2025-07-01 every commune's parent is a province; TP.HCM has 168, Lai Châu 38."""
        tree = vn.as_of(REFORM_2025)
        assert {tree.get(u.parent).level for u in tree.units_at(Level.COMMUNE) if u.parent} == {
            Level.PROVINCE
        }
        assert len(tree.children("79")) == 168
        assert len(tree.children("12")) == 38

    def test_provinces_under_nation(self, vn: Hierarchy) -> None:
        """Việt Nam is the only root and the parent of every province."""
        assert [str(r) for r in vn.roots(BEFORE)] == ["Việt Nam (VN)"]
        assert all(p.parent == "VN" for p in vn.units_at(Level.PROVINCE))

    @pytest.mark.parametrize(
        ("district", "special_zone"),
        [("318", "11948"), ("471", "19742"), ("498", "20333"), ("536", "21548"), ("755", "26732")],
    )
    def test_island_districts(self, vn: Hierarchy, district: str, special_zone: str) -> None:
        """The five island districts have no communes and pass to their đặc khu."""
        assert vn.children(district, BEFORE) == ()
        assert vn.final_successors(district, REFORM_2025) == (special_zone,)
        assert vn.get(special_zone, REFORM_2025).kind is Kind.DAC_KHU

    def test_every_old_unit_has_a_successor(self, vn: Hierarchy) -> None:
        """Every pre-reform province and commune leads to a unit valid on 2025-07-01."""
        old = vn.as_of(EVE)
        for u in (*old.units_at(Level.PROVINCE), *old.units_at(Level.COMMUNE)):
            assert vn.final_successors(u.code, REFORM_2025), u.code

    def test_districts_have_no_successor(self, vn: Hierarchy) -> None:
        """An ordinary district was abolished without a successor."""
        assert vn.final_successors("380", REFORM_2025) == ()

    def test_hue_city_in_2021(self, vn: Hierarchy) -> None:
        """As of 2021-12-31, 474 is Thành phố Huế, a thành phố thuộc tỉnh of Thừa Thiên Huế."""
        city = vn.get("474", HUE_2021)
        assert city.name == "Thành phố Huế"
        assert city.kind is Kind.THANH_PHO_THUOC_TINH
        assert city.level is Level.DISTRICT
        province = vn.get("46", HUE_2021)
        assert (province.name, province.kind) == ("Tỉnh Thừa Thiên Huế", Kind.TINH)
        assert [u.code for u in vn.ancestors("474", HUE_2021)] == ["46", "VN"]

    def test_thua_thien_hue_districts_in_2021(self, vn: Hierarchy) -> None:
        """Thừa Thiên Huế has the 9 district-level units of the Huế plan ("trong 9 huyện,
        thị xã, thành phố"), Nam Đông (483) among them and Phú Xuân (475) not yet."""
        codes = [u.code for u in vn.children("46", HUE_2021)]
        assert len(codes) == 9
        assert "483" in codes
        assert "475" not in codes
        assert vn.get("483", HUE_2021).name == "Huyện Nam Đông"
        assert len(vn.children("483", HUE_2021)) == 10  # its communes, not Phú Lộc's
        assert all(u.parent == "474" for u in vn.children("474", HUE_2021))

    def test_hue_after_2025_01_01(self, vn: Hierarchy) -> None:
        """From 2025-01-01 Huế is a centrally governed city; 474 is Quận Thuận Hóa and
        Quận Phú Xuân (475) exists; Nam Đông has passed to Phú Lộc."""
        day = date(2025, 3, 1)
        assert str(vn.get("474", day)) == "Quận Thuận Hóa (474)"
        assert vn.get("474", day).kind is Kind.QUAN
        assert str(vn.get("475", day)) == "Quận Phú Xuân (475)"
        assert vn.get("46", day).kind is Kind.THANH_PHO_TRUNG_UONG
        assert vn.get("46", day).name == "Thành phố Huế"
        assert "483" not in vn.as_of(day)
        assert vn.final_successors("483", day) == ("482",)
        assert vn.successors("474") == ("474", "475")
        assert vn.get("20161", day).parent == "482"

    def test_hue_versions(self, vn: Hierarchy) -> None:
        """The amendments split 46 and 474 at 2025-01-01; 475 starts there, 483 ends there."""
        hue_2025 = date(2025, 1, 1)
        assert [(v.valid_from, v.valid_to) for v in vn.versions("474")] == [
            (START, hue_2025),
            (hue_2025, REFORM_2025),
        ]
        assert [(v.valid_from, v.valid_to) for v in vn.versions("46")] == [
            (START, hue_2025),
            (hue_2025, REFORM_2025),
            (REFORM_2025, None),
        ]
        assert [(v.valid_from, v.valid_to) for v in vn.versions("475")] == [(hue_2025, REFORM_2025)]
        assert [(v.valid_from, v.valid_to) for v in vn.versions("483")] == [(START, hue_2025)]
        assert vn.get("46", REFORM_2025).name == "Thành phố Huế"

    def test_amendments_documented(self) -> None:
        """Every amendment row names its source and a confidence tag."""
        data = resources.files("cchc_model").joinpath("data")
        for name in ("admin_units_vn_amendments.csv", "successions_vn_amendments.csv"):
            rows = list(csv.DictReader(io.StringIO(data.joinpath(name).read_text("utf-8"))))
            assert rows, name
            assert all(r["source"].strip() and r["confidence"] in "VSR" for r in rows), name

    def test_a_fresh_build_equals_the_cached_one(self) -> None:
        """Building the national hierarchy again, amendments included, gives the same tree.

        Its load time is measured by benchmarks/bench_hierarchy.py, not here.
        """
        built = national_hierarchy.__wrapped__()
        assert built == national_hierarchy()
        assert len(built.as_of(EVE).units_at(Level.DISTRICT)) == 696

    def test_the_shipped_tree_passes_every_check(self, vn: Hierarchy) -> None:
        """Loading skips the cross-unit checks; the whole shipped tree passes them."""
        checked = Hierarchy(vn.units, vn.successions)
        assert checked == vn

    def test_data_files_shipped(self) -> None:
        """The CSV files and their source note are package data."""
        data = resources.files("cchc_model").joinpath("data")
        for name in (
            "admin_units_vn.csv",
            "successions_vn.csv",
            "admin_units_vn_amendments.csv",
            "successions_vn_amendments.csv",
            "SOURCES.md",
        ):
            assert data.joinpath(name).is_file()
        assert "MIT" in data.joinpath("SOURCES.md").read_text(encoding="utf-8")

    def test_import_does_not_load(self) -> None:
        """Importing the module does not read the national data."""
        code = (
            "import cchc_model.model.jurisdictions as j;"
            "print(j.national_hierarchy.cache_info().currsize)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "0"

    def test_dropped_at_exit_and_made_again_if_asked(self) -> None:
        """At exit the cached tree is dropped; an exit handler that runs after (registered
        before the import) finds no tree cached and, asking, gets the whole tree again."""
        code = (
            "import atexit\n"
            "def last():\n"
            "    from cchc_model.model import jurisdictions as j\n"
            "    print(j.national_hierarchy.cache_info().currsize)\n"
            "    print(len(j.national_hierarchy().units))\n"
            "atexit.register(last)\n"
            "import cchc_model\n"
            "print(len(cchc_model.national_hierarchy().units))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        before, cached, again = out.stdout.split()
        assert (cached, again) == ("0", before)


class TestLoadHierarchyCsv:
    def test_round_trip(self, tmp_path: Path) -> None:
        """A hierarchy is read back from the shipped CSV format."""
        units = tmp_path / "units.csv"
        units.write_text(
            "code,name,level,kind,parent,valid_from,valid_to\n"
            "VN,Việt Nam,nation,quốc gia,,2008-08-01,\n"
            "06,Tỉnh Bắc Kạn,province,tỉnh,VN,2008-08-01,2025-07-01\n"
            "19,Tỉnh Thái Nguyên,province,tỉnh,VN,2008-08-01,\n",
            encoding="utf-8",
        )
        succ = tmp_path / "succ.csv"
        succ.write_text("old,new,on\n06,19,2025-07-01\n", encoding="utf-8")
        h = load_hierarchy_csv(units, succ)
        assert h.final_successors("06", REFORM_2025) == ("19",)
        assert load_hierarchy_csv(str(units)).successions == ()

    def test_bad_row(self, tmp_path: Path) -> None:
        """A bad row is reported with the file and line."""
        units = tmp_path / "units.csv"
        units.write_text(
            "code,name,level,kind,parent,valid_from,valid_to\n"
            "VN,Việt Nam,nation,quốc gia,,2008-08-01,\n"
            "06,Tỉnh Bắc Kạn,tỉnh,huyện,VN,2008-08-01,\n",
            encoding="utf-8",
        )
        with pytest.raises(ValidationError) as info:
            load_hierarchy_csv(units)
        assert info.value.problems[0].path == f"{units}:3.kind"

    def test_amendments_replace_overlapping_versions(self, tmp_path: Path) -> None:
        """An amendment row replaces, whole, every version of its code that it overlaps;
        versions it does not overlap stay, and new codes are added."""
        units = tmp_path / "units.csv"
        units.write_text(
            "code,name,level,kind,parent,valid_from,valid_to\n"
            "VN,Việt Nam,nation,quốc gia,,2008-08-01,\n"
            "46,Thành phố Huế,province,thành phố trực thuộc trung ương,VN,2008-08-01,2025-07-01\n"
            "46,Thành phố Huế,province,thành phố trực thuộc trung ương,VN,2025-07-01,\n"
            "475,Quận Phú Xuân,district,quận,46,2008-08-01,2025-07-01\n",
            encoding="utf-8",
        )
        amendments = tmp_path / "amendments.csv"
        amendments.write_text(
            "code,name,level,kind,parent,valid_from,valid_to,source,confidence\n"
            "46,Tỉnh Thừa Thiên Huế,province,tỉnh,VN,2008-08-01,2025-01-01,test,R\n"
            "46,Thành phố Huế,province,thành phố trực thuộc trung ương,VN,"
            "2025-01-01,2025-07-01,test,S\n"
            "475,Quận Phú Xuân,district,quận,46,2025-01-01,2025-07-01,test,V\n"
            "483,Huyện Nam Đông,district,huyện,46,2008-08-01,2025-01-01,test,R\n",
            encoding="utf-8",
        )
        succ = tmp_path / "succ.csv"
        succ.write_text("old,new,on,source,confidence\n483,475,2025-01-01,test,R\n", "utf-8")
        h = load_hierarchy_csv(units, amendments=amendments, succession_amendments=succ)
        assert [v.name for v in h.versions("46")] == [
            "Tỉnh Thừa Thiên Huế",
            "Thành phố Huế",
            "Thành phố Huế",
        ]
        assert [v.valid_from for v in h.versions("475")] == [date(2025, 1, 1)]
        assert h.find("475", date(2021, 12, 31)) is None
        assert h.get("483", date(2021, 12, 31)).name == "Huyện Nam Đông"
        assert h.final_successors("483", date(2025, 3, 1)) == ("475",)
        assert load_hierarchy_csv(units).find("475", date(2021, 12, 31)) is not None

    def test_amendments_keep_the_tree_valid(self, tmp_path: Path) -> None:
        """An amendment that leaves a child without its parent is an error naming both."""
        units = tmp_path / "units.csv"
        units.write_text(
            "code,name,level,kind,parent,valid_from,valid_to\n"
            "VN,Việt Nam,nation,quốc gia,,2008-08-01,\n"
            "46,Thành phố Huế,province,thành phố trực thuộc trung ương,VN,2008-08-01,\n"
            "475,Quận Phú Xuân,district,quận,46,2008-08-01,2025-07-01\n"
            "19750,Phường Tây Lộc,commune,phường,475,2008-08-01,2025-07-01\n",
            encoding="utf-8",
        )
        amendments = tmp_path / "amendments.csv"
        amendments.write_text(
            "code,name,level,kind,parent,valid_from,valid_to,source,confidence\n"
            "475,Quận Phú Xuân,district,quận,46,2025-01-01,2025-07-01,test,V\n",
            encoding="utf-8",
        )
        with pytest.raises(HierarchyError) as info:
            load_hierarchy_csv(units, amendments=amendments)
        _assert_named(info.value, "parent-not-valid", "19750", "475")

    @pytest.mark.parametrize(
        ("tail", "code"),
        [(",R", "csv"), (",,R", "provenance"), (",test,maybe", "provenance")],
    )
    def test_amendment_provenance(self, tmp_path: Path, tail: str, code: str) -> None:
        """An amendment row needs a source and a confidence tag V, S or R."""
        units = tmp_path / "units.csv"
        units.write_text(
            "code,name,level,kind,parent,valid_from,valid_to\n"
            "VN,Việt Nam,nation,quốc gia,,2008-08-01,\n",
            encoding="utf-8",
        )
        amendments = tmp_path / "amendments.csv"
        amendments.write_text(
            "code,name,level,kind,parent,valid_from,valid_to,source,confidence\n"
            f"06,Tỉnh Bắc Kạn,province,tỉnh,VN,2008-08-01,2025-07-01{tail}\n",
            encoding="utf-8",
        )
        with pytest.raises(ValidationError) as info:
            load_hierarchy_csv(units, amendments=amendments)
        assert info.value.problems[0].code == code
        assert info.value.problems[0].path.startswith(f"{amendments}:2")

    def test_bad_header(self, tmp_path: Path) -> None:
        """A file with other columns is rejected, naming the expected header."""
        units = tmp_path / "units.csv"
        units.write_text("ma,ten\n", encoding="utf-8")
        with pytest.raises(ValidationError, match="valid_from"):
            load_hierarchy_csv(units)


# -- properties -----------------------------------------------------------------

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _children_of(h: Hierarchy) -> list[Jurisdiction]:
    return [u for u in h.units if u.parent is not None]


def _rebuild(h: Hierarchy, old: Jurisdiction, new: Jurisdiction) -> list[Jurisdiction]:
    return [new if u is old else u for u in h.units]


def _assert_named(err: HierarchyError, code: str, *names: str) -> None:
    messages = problems_with(err, code)
    assert any(all(n in m for n in names) for m in messages), (code, names, err.problems)


class TestProperties:
    @PROPERTY
    @given(hierarchies())
    def test_valid_trees_accepted(self, h: Hierarchy) -> None:
        """Generated valid trees build again from their units and successions."""
        assert Hierarchy(h.units, h.successions) == h

    @PROPERTY
    @given(hierarchies(), st.data())
    def test_dangling_parent(self, h: Hierarchy, data: st.DataObject) -> None:
        """A parent code that is not in the tree is rejected, naming the child."""
        child = data.draw(st.sampled_from(_children_of(h)))
        bad = attrs.evolve(child, parent="x-khong-co")
        with pytest.raises(HierarchyError) as info:
            Hierarchy(_rebuild(h, child, bad), h.successions)
        _assert_named(info.value, "unknown-parent", child.code, "x-khong-co")

    @PROPERTY
    @given(hierarchies(), st.data())
    def test_level_inversion(self, h: Hierarchy, data: st.DataObject) -> None:
        """A child at its parent's tier is rejected, naming the child."""
        leaves = [u for u in _children_of(h) if not any(v.parent == u.code for v in h.units)]
        child = data.draw(st.sampled_from(leaves))
        assert child.parent is not None
        parent = next(
            p for p in h.versions(child.parent) if p.overlaps(child.valid_from, child.valid_to)
        )
        kind = data.draw(kinds(parent.level))
        bad = attrs.evolve(child, code="x-dao-cap", level=parent.level, kind=kind)
        with pytest.raises(HierarchyError) as info:
            Hierarchy(_rebuild(h, child, bad), h.successions)
        _assert_named(info.value, "parent-level", "x-dao-cap", child.parent)

    @PROPERTY
    @given(hierarchies(), st.data())
    def test_overlapping_duplicate(self, h: Hierarchy, data: st.DataObject) -> None:
        """A second unit with the same code at the same time is rejected, naming the code."""
        original = data.draw(st.sampled_from(h.units))
        copy = attrs.evolve(original, name=original.name + " (bản sao)")
        with pytest.raises(HierarchyError) as info:
            Hierarchy((*h.units, copy), h.successions)
        _assert_named(info.value, "duplicate-code", f"code {original.code} ")

    @PROPERTY
    @given(hierarchies(), st.data())
    def test_parent_not_covering(self, h: Hierarchy, data: st.DataObject) -> None:
        """A child that starts before its parent exists is rejected, naming both."""
        child = data.draw(st.sampled_from(_children_of(h)))
        assert child.parent is not None
        earliest = min(p.valid_from for p in h.versions(child.parent))
        bad = attrs.evolve(child, valid_from=earliest - timedelta(days=1))
        with pytest.raises(HierarchyError) as info:
            Hierarchy(_rebuild(h, child, bad), h.successions)
        _assert_named(info.value, "parent-not-valid", child.code, child.parent)

    @PROPERTY
    @given(hierarchies(), st.data())
    def test_cycle(self, h: Hierarchy, data: st.DataObject) -> None:
        """Making a root the child of its own descendant is reported as a cycle."""
        child = data.draw(st.sampled_from(_children_of(h)))
        root = h.ancestors(child.code, child.valid_from)[-1]
        bad = attrs.evolve(root, parent=child.code)
        with pytest.raises(HierarchyError) as info:
            Hierarchy(_rebuild(h, root, bad), h.successions)
        _assert_named(info.value, "cycle", child.code, root.code)

    @PROPERTY
    @given(hierarchies(), st.dates(date(1999, 1, 1), date(2042, 12, 31)))
    def test_as_of_holds_exactly_the_valid_units(self, h: Hierarchy, day: date) -> None:
        """as_of(d) holds exactly the units valid on d, one version per code."""
        tree = h.as_of(day)
        assert set(tree) == {u for u in h if u.is_valid_on(day)}
        assert all(len(tree.versions(u.code)) == 1 for u in tree)
        assert tree.successions == h.successions

    @PROPERTY
    @given(hierarchies(), st.dates(date(1999, 1, 1), date(2042, 12, 31)))
    def test_ancestors_climb_tiers(self, h: Hierarchy, day: date) -> None:
        """On any day each unit's ancestors are strictly higher tiers ending at a root."""
        tree = h.as_of(day)
        roots = set(tree.roots())
        for u in tree:
            chain = (u, *tree.ancestors(u.code))
            assert all(a.level.is_above(b.level) for b, a in itertools.pairwise(chain))
            assert chain[-1] in roots

    @PROPERTY
    @given(hierarchies(), st.dates(date(1999, 1, 1), date(2042, 12, 31)))
    def test_final_successors_are_valid(self, h: Hierarchy, day: date) -> None:
        """Every final successor of every code is valid on the day asked for."""
        for u in h:
            for code in h.final_successors(u.code, day):
                assert h.get(code, day).is_valid_on(day)

    @PROPERTY
    @given(jurisdictions())
    def test_generated_units(self, j: Jurisdiction) -> None:
        """Generated units are valid on their first day and print with their code."""
        assert j.is_valid_on(j.valid_from)
        assert str(j).endswith(f"({j.code})")
        assert j.kind.level is j.level

    @PROPERTY
    @given(levels(), st.data())
    def test_codes_fit_levels(self, level: Level, data: st.DataObject) -> None:
        """Codes from the strategy fit their level."""
        code = data.draw(codes(level))
        kind = data.draw(kinds(level))
        assert Jurisdiction(code, "Xã Quảng Xương", level, kind).code == code

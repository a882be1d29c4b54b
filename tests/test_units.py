"""Tests for cchc_model.model.units: exact numbers, amounts, conversion and printing."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model.exceptions import UnitError, ValidationError
from cchc_model.model.indicators import Indicator, MeasureKind
from cchc_model.model.targets import Comparison, Op
from cchc_model.model.units import (
    KNOWN_UNITS,
    Amount,
    convert,
    dimension_of,
    exact,
    format_number,
    normalise_unit,
    registry,
    unit_symbol,
)
from cchc_model.testing.strategies import amounts

RATIO = Indicator(id="on_time", name="Tỷ lệ hồ sơ đúng hạn", measure=MeasureKind.RATIO)


class TestExact:
    @pytest.mark.parametrize(
        ("given_value", "expected"),
        [
            (85, Fraction(85)),
            ("84.99", Fraction(8499, 100)),
            ("84,99", Fraction(8499, 100)),
            ("17/20", Fraction(17, 20)),
            (" 17 / 20 ", Fraction(17, 20)),
            (Decimal("90.1"), Fraction(901, 10)),
            (Fraction(2, 3), Fraction(2, 3)),
            ("-3", Fraction(-3)),
        ],
    )
    def test_exact_forms(self, given_value: object, expected: Fraction) -> None:
        """Integers, decimal strings (dot or comma), fractions and Decimals read exactly."""
        assert exact(given_value) == expected

    @pytest.mark.parametrize("value", [0.85, 0.1, 84.99, 90.1, 1 / 3, 1e-7, 123456.789])
    def test_float_by_shortest_decimal(self, value: float) -> None:
        """A float is its shortest decimal form, never its binary expansion."""
        assert exact(value) == Fraction(repr(value))
        assert exact(value) != Fraction(value) or Fraction(value).denominator == 1

    def test_sum_of_floats_stays_its_own_shortest_decimal(self) -> None:
        """0.1 + 0.2 is read as the float it is (0.30000000000000004), not as 0.3."""
        total = 0.1 + 0.2
        assert exact(total) == Fraction(repr(total))
        assert exact(total) != Fraction(3, 10)
        assert exact(0.1) + exact(0.2) == Fraction(3, 10)

    @given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e50, max_value=1e50))
    @settings(max_examples=200)
    def test_any_finite_float_reads_as_its_repr(self, value: float) -> None:
        """Every ordinary float reads as the decimal its repr prints."""
        if value != 0 and abs(value) < 1e-50:
            return
        assert exact(value) == Fraction(Decimal(repr(value)))

    @pytest.mark.parametrize(
        "value", [True, False, None, [1], "abc", "", "1/0", float("nan"), float("inf")]
    )
    def test_not_a_number_refused(self, value: object) -> None:
        """Booleans, None, lists, words, division by zero and non-finite floats are refused."""
        with pytest.raises(UnitError) as excinfo:
            exact(value, "threshold")
        assert excinfo.value.problems[0].path == "threshold"

    def test_unit_error_is_a_value_error(self) -> None:
        """A bad number can be caught as ValueError and as ValidationError."""
        with pytest.raises(ValueError, match="not a number"):
            exact("abc")
        with pytest.raises(ValidationError):
            exact("abc")


class TestHostileNumbers:
    @pytest.mark.parametrize(
        "value",
        [
            "1e999999999",
            "1e-999999999",
            "-1e999999999",
            Decimal("1e999999999"),
            Decimal("NaN"),
            1e300,
            "1e61",
        ],
    )
    def test_huge_exponents_refused(self, value: object) -> None:
        """Numbers of absurd magnitude are refused before any huge integer is built."""
        with pytest.raises(UnitError) as excinfo:
            exact(value, "value")
        assert excinfo.value.problems[0].path == "value"

    def test_long_text_refused(self) -> None:
        """A number written with more than 100 characters is refused, its echo shortened."""
        with pytest.raises(UnitError, match="too long") as excinfo:
            exact("9" * 5000)
        assert len(str(excinfo.value.problems[0].value)) < 100

    def test_edge_of_range_accepted(self) -> None:
        """1e60 and 1e-60 are still ordinary numbers."""
        assert exact("1e60") == 10**60
        assert exact("1e-60") == Fraction(1, 10**60)

    @pytest.mark.parametrize("digits", [200, 5000])
    def test_long_fraction_text_refused(self, digits: int) -> None:
        """A fraction written with thousands of digits is refused like a long decimal.

        Known bug (units.py:98-104): the ``p/q`` branch runs before the length check, so
        200 digits are accepted and 5000 digits raise Python's own ValueError, not a
        UnitError naming the path.
        """
        with pytest.raises(UnitError) as excinfo:
            exact("9" * digits + "/1", "threshold")
        assert excinfo.value.problems[0].path == "threshold"

    @pytest.mark.parametrize("text", ["1e999999999", "1e999999999 %", "1e-999999999 %"])
    def test_amount_refuses_hostile_numbers(self, text: str) -> None:
        """Amount.parse refuses hostile numbers with a UnitError, not a hang or a crash."""
        with pytest.raises(UnitError):
            Amount.parse(text)


class TestAmountParse:
    @pytest.mark.parametrize(
        ("text", "value", "unit"),
        [
            ("85 %", Fraction(85), "percent"),
            ("85%", Fraction(85), "percent"),
            (" 85 % ", Fraction(85), "percent"),
            ("84,99 %", Fraction(8499, 100), "percent"),
            ("90.1%", Fraction(901, 10), "percent"),
            ("17/20", Fraction(17, 20), None),
            ("2 unit", Fraction(2), "unit"),
            ("1.5 point", Fraction(3, 2), "point"),
            ("10 hồ_sơ", Fraction(10), "dossier"),
            ("3 ngày_làm_việc", Fraction(3), "working_day"),
            ("5 triệu_đồng", Fraction(5), "million_dong"),
            ("-2 unit", Fraction(-2), "unit"),
        ],
    )
    def test_text_forms(self, text: str, value: Fraction, unit: str | None) -> None:
        """Numbers with and without a space before the unit, Vietnamese unit names and commas."""
        amount = Amount.parse(text)
        assert (amount.value, amount.unit) == (value, unit)

    @pytest.mark.parametrize("number", [85, 0.85, Decimal("84.99"), Fraction(2, 3)])
    def test_plain_numbers_have_no_unit(self, number: object) -> None:
        """A bare number is in the indicator's own unit: unit is None."""
        amount = Amount.parse(number)
        assert amount.unit is None
        assert amount.value == exact(number)

    def test_float_amount_is_shortest_decimal(self) -> None:
        """Amount.parse(0.85) is exactly 85/100."""
        assert Amount.parse(0.85).value == Fraction(85, 100)

    def test_constructor_normalises(self) -> None:
        """Amount(0.85, '%') converts its value exactly and its unit to the registry's name."""
        amount = Amount(0.85, "%")
        assert amount == Amount(Fraction(17, 20), "percent")

    @pytest.mark.parametrize(
        ("text", "code"),
        [("85 xyz", "unknown-unit"), ("%", "invalid"), ("abc %", "invalid"), ("", "invalid")],
    )
    def test_bad_amounts(self, text: str, code: str) -> None:
        """An unknown unit or a missing number is refused with the path and the text."""
        with pytest.raises(UnitError) as excinfo:
            Amount.parse(text, "targets[3].threshold")
        problem = excinfo.value.problems[0]
        assert (problem.path, problem.value, problem.code) == ("targets[3].threshold", text, code)

    def test_printing(self) -> None:
        """An amount prints with its symbol: 85 %, 2 unit, 2/3."""
        assert [str(Amount.parse(x)) for x in ("85 %", "2 unit", "17/20", "2/3")] == [
            "85 %",
            "2 unit",
            "0.85",
            "2/3",
        ]

    def test_in_unit(self) -> None:
        """in_unit converts exactly, and a unit-less amount stays as it is."""
        assert Amount.parse("85 %").in_unit("proportion") == Fraction(17, 20)
        assert Amount.parse("5").in_unit("percent") == 5
        assert Amount.parse("5 %").in_unit(None) == 5

    @given(amounts("percent"))
    def test_print_parse_round_trip(self, amount: Amount) -> None:
        """Parsing the printed form of an amount gives the same amount back."""
        assert Amount.parse(str(amount)) == amount


class TestConvert:
    @pytest.mark.parametrize(
        ("value", "source", "target", "expected"),
        [
            (Fraction(85), "percent", "proportion", Fraction(17, 20)),
            (Fraction(17, 20), "proportion", "percent", Fraction(85)),
            (Fraction(1, 3), "proportion", "percent", Fraction(100, 3)),
            (Fraction(5), "permille", "percent", Fraction(1, 2)),
            (Fraction(3), "billion_dong", "dong", Fraction(3 * 10**9)),
            (Fraction(2), "week", "day", Fraction(14)),
            (Fraction(1), "hour", "day", Fraction(1, 24)),
            (Fraction(7), "dossier", "count", Fraction(7)),
        ],
    )
    def test_exact_conversion(
        self, value: Fraction, source: str, target: str, expected: Fraction
    ) -> None:
        """Conversions are exact fractions, with no float rounding."""
        result = convert(value, source, target)
        assert isinstance(result, Fraction)
        assert result == expected

    @given(st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**6))
    def test_round_trip_is_exact(self, value: Fraction) -> None:
        """percent → proportion → percent returns exactly the starting value."""
        assert convert(convert(value, "percent", "proportion"), "proportion", "percent") == value

    @pytest.mark.parametrize(
        ("source", "target"),
        [
            ("percent", "dossier"),
            ("day", "working_day"),
            ("dong", "day"),
            ("point", "percent"),
        ],
    )
    def test_dimension_mismatch(self, source: str, target: str) -> None:
        """Units of different dimensions never convert; the error names both units."""
        with pytest.raises(UnitError) as excinfo:
            convert(Fraction(1), source, target, "threshold")
        problem = excinfo.value.problems[0]
        assert problem.code == "unit-mismatch"
        assert problem.path == "threshold"
        assert source in problem.message
        assert target in problem.message

    def test_unknown_unit(self) -> None:
        """An unknown unit is an unknown-unit error, not a pint exception."""
        with pytest.raises(UnitError) as excinfo:
            convert(Fraction(1), "furlong", "day", "x")
        assert excinfo.value.problems[0].code == "unknown-unit"


class TestUnitNames:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("%", "percent"),
            ("pct", "percent"),
            ("phần_trăm", "percent"),
            ("hồ_sơ", "dossier"),
            ("VND", "dong"),
            ("ngày_làm_việc", "working_day"),
        ],
    )
    def test_normalise(self, text: str, expected: str) -> None:
        """Symbols and Vietnamese names map to the registry's name."""
        assert normalise_unit(text) == expected

    def test_blank_unit(self) -> None:
        """A blank unit is refused with the path."""
        with pytest.raises(UnitError) as excinfo:
            normalise_unit("  ", "unit")
        assert excinfo.value.problems[0].path == "unit"

    def test_dimensions_are_separate(self) -> None:
        """Percent, counts, points, days and working days each have their own dimension."""
        found = {dimension_of(u) for u in ("%", "dossier", "point", "day", "working_day", "dong")}
        assert len(found) == 6

    def test_symbols(self) -> None:
        """Percent prints as %, no unit prints as nothing, others by name."""
        assert (unit_symbol("percent"), unit_symbol(None), unit_symbol("day")) == ("%", "", "day")


class TestFormatNumber:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Fraction(85), "85"),
            (Fraction(17, 2), "8.5"),
            (Fraction(8499, 100), "84.99"),
            (Fraction(901, 10), "90.1"),
            (Fraction(-1, 4), "-0.25"),
            (Fraction(1, 1024), "0.0009765625"),
            (Fraction(2, 3), "2/3"),
            (Fraction(-7, 3), "-7/3"),
            (Fraction(0), "0"),
        ],
    )
    def test_examples(self, value: Fraction, expected: str) -> None:
        """Terminating fractions print as decimals, others as p/q."""
        assert format_number(value) == expected

    @given(st.fractions(min_value=-(10**20), max_value=10**20, max_denominator=10**4))
    def test_round_trip(self, value: Fraction) -> None:
        """Reading a printed number gives exactly the same fraction."""
        assert exact(format_number(value)) == value

    @pytest.mark.parametrize(
        "value",
        [
            Fraction(123456789012345678901234567891, 10),
            Fraction(10**30 + 1, 2),
            Fraction(1, 2**100),
        ],
    )
    def test_many_digits_stay_exact(self, value: Fraction) -> None:
        """A decimal with more than 28 significant digits still prints exactly.

        Known bug (units.py:152): the division runs in Decimal's default context of 28
        digits, so 123456789012345678901234567891/10 prints as
        12345678901234567890123456790.
        """
        assert exact(format_number(value)) == value

    @given(st.integers(-(10**6), 10**6), st.integers(0, 8))
    def test_decimals_have_no_trailing_zeros(self, mantissa: int, places: int) -> None:
        """A decimal prints without trailing zeros or a dangling point, except the one
        zero that keeps three places after one to three digits from reading as a
        thousands separator (``1.0080``, not ``1.008``)."""
        text = format_number(Fraction(mantissa, 10**places))
        if "." in text:
            assert not text.endswith(".")
            grouped = re.fullmatch(r"-?[1-9]\d{0,2}\.\d{3}", text[:-1])
            assert not text.endswith("0") or grouped, text
            assert not text.endswith("00")


class TestBoundaryVectors:
    """docs/semantics.md §8: thresholds and values compare exactly."""

    def test_17_of_20_meets_85_percent(self) -> None:
        """17 of 20 is exactly 85 %, which meets ≥ 85 %."""
        target = Comparison(id="t", indicator=RATIO, op=Op.GE, threshold="85 %")
        value = convert(Fraction(17, 20), "proportion", RATIO.unit or "")
        assert Op.GE.holds(value, target.threshold_value)

    def test_2_of_3_misses_66_67_percent(self) -> None:
        """2 of 3 is 66.666… %, which does not meet ≥ 66.67 %."""
        target = Comparison(id="t", indicator=RATIO, op=Op.GE, threshold="66.67 %")
        value = convert(Fraction(2, 3), "proportion", RATIO.unit or "")
        assert not Op.GE.holds(value, target.threshold_value)

    def test_float_threshold_is_decimal(self) -> None:
        """A threshold given as the float 0.85 on a proportion is met by 17/20 exactly."""
        proportion = Indicator(id="p", name="Tỷ lệ", measure=MeasureKind.RATIO, unit="proportion")
        target = Comparison(id="t", indicator=proportion, op=Op.GE, threshold=0.85)
        assert Op.GE.holds(Fraction(17, 20), target.threshold_value)
        assert not Op.GT.holds(Fraction(17, 20), target.threshold_value)

    @pytest.mark.parametrize(
        ("observed", "met"), [("85", True), ("84.99", False), ("85.0000001", True)]
    )
    def test_thanh_hoa_vector(self, observed: str, met: bool) -> None:
        """Vector 1: 85 % meets ≥ 85 %; 84.99 % does not."""
        target = Comparison(id="t", indicator=RATIO, op=Op.GE, threshold="85 %")
        assert Op.GE.holds(exact(observed), target.threshold_value) is met

    @pytest.mark.parametrize(("observed", "met"), [("90", False), ("90.1", True)])
    def test_hue_vector(self, observed: str, met: bool) -> None:
        """Vector 2: 90 % does not meet > 90 %; 90.1 % does."""
        target = Comparison(id="t", indicator=RATIO, op=Op.GT, threshold="90%")
        assert Op.GT.holds(exact(observed), target.threshold_value) is met


class TestKnownUnits:
    """The table that spares building the registry says what the registry says."""

    def test_every_defined_unit_is_in_the_table(self) -> None:
        from importlib import resources

        text = resources.files("cchc_model.data").joinpath("units.txt").read_text("utf-8")
        defined = {
            line.split("=")[0].strip()
            for line in text.splitlines()
            if "=" in line and not line.lstrip().startswith(("#", "@"))
        }
        assert defined == set(KNOWN_UNITS)

    @pytest.mark.parametrize("name", sorted(KNOWN_UNITS))
    def test_name_and_dimension(self, name: str) -> None:
        reg = registry()
        assert str(reg.parse_units(name)) == name
        assert str(reg.get_dimensionality(name)) == KNOWN_UNITS[name][0]

    @pytest.mark.parametrize("name", sorted(KNOWN_UNITS))
    def test_sizes(self, name: str) -> None:
        reg = registry()
        dimension, size = KNOWN_UNITS[name]
        for other, (other_dimension, other_size) in KNOWN_UNITS.items():
            if other_dimension == dimension:
                pint_factor = Fraction(reg.Quantity(Fraction(1), name).to(other).magnitude)
                assert size / other_size == pint_factor, (name, other)

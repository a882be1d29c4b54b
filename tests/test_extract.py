"""Reading plan text into targets (cchc_model.text) and `cchc extract`: example tests."""

from __future__ import annotations

import io
import re
import textwrap
import zlib
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.model.plan_checks import check_plan
from cchc_model.text import DocumentError, extract, read_text, unwrap_lines
from cchc_model.text.numbers import decimal_text, parse_number
from cchc_model.text.reading import read_document
from cchc_model.text.rules import NO_COMMITMENT, Reading, part_phrase


def read(text: str, **options: object) -> list[tuple[str, str, str, str]]:
    """(op, value, unit, level) of every target read from ``text``."""
    draft = extract(text, **options)  # type: ignore[arg-type]
    return [(t.reading.op, t.reading.value, t.reading.unit, t.reading.level) for t in draft.targets]


class TestNumbers:
    @pytest.mark.parametrize(
        ("written", "value"),
        [("85", "85"), ("85,5", "85.5"), ("98,50", "98.5"), ("6.300", "6300"),
         ("1.000.000", "1000000"), ("90.17", "90.17"), ("02", "2"), ("mười", "10"),
         ("năm", "5")],
    )  # fmt: skip
    def test_vietnamese_numbers(self, written: str, value: str) -> None:
        assert decimal_text(parse_number(written)) == value

    @pytest.mark.parametrize(
        "sentence",
        [
            "Thí điểm triển khai một số nhiệm vụ cải cách TTHC trong năm 2024.",
            "Phấn đấu hoàn thành một vài nhiệm vụ trọng tâm.",
        ],
    )
    def test_some_is_no_number(self, sentence: str) -> None:
        """ "một số", "một vài" are "some": no count of one (the first is a task within its
        year)."""
        assert [t.reading.value for t in extract(sentence).targets] in ([], [""])
        (one,) = extract("Bảo đảm tối thiểu một cán bộ chuyên trách hỗ trợ.").targets
        assert one.reading.value == "1"

    @pytest.mark.parametrize(
        ("sentence", "threshold"),
        [
            ("Bảo đảm tối thiểu một nửa số hồ sơ được giải quyết trực tuyến.", "50 %"),
            ("Phấn đấu phân nửa số hồ sơ được số hóa.", "50 %"),
            ("Phấn đấu ba phần tư tổng số hồ sơ được giải quyết trực tuyến.", "75 %"),
            ("Phấn đấu một phần ba các thủ tục được cung cấp trực tuyến.", "100/3 %"),
        ],
    )
    def test_shares_in_words_are_exact_percentages(self, sentence: str, threshold: str) -> None:
        (found,) = extract(sentence).targets
        assert str(found.target.threshold) == threshold  # type: ignore[attr-defined]
        assert found.target.threshold.value == Fraction(threshold.split()[0])  # type: ignore[attr-defined]

    @pytest.mark.parametrize(
        ("sentence", "printed"),
        [
            ("Chỉ tiêu: tỷ lệ hồ sơ trực tuyến ≥ 90%.", "≥ 90 %"),
            ("Chỉ tiêu: tỷ lệ hồ sơ trực tuyến >= 90%.", "≥ 90 %"),
            ("Chỉ tiêu: tỷ lệ hồ sơ trễ hạn ≤ 5%.", "≤ 5 %"),
            ("Chỉ tiêu: tỷ lệ hồ sơ trễ hạn <= 5%.", "≤ 5 %"),
            ("Chỉ tiêu: tỷ lệ hồ sơ trực tuyến > 90%.", "> 90 %"),
            ("Chỉ tiêu: tỷ lệ hồ sơ trễ hạn < 5%.", "< 5 %"),
        ],
    )
    def test_operator_signs(self, sentence: str, printed: str) -> None:
        (found,) = extract(sentence).targets
        assert str(found.target) == printed
        assert found.reading.phrase.endswith(("trực tuyến", "trễ hạn"))  # the sign is no word

    def test_a_share_word_without_what_it_counts_is_no_figure(self) -> None:
        assert extract("Hồ sơ được chia làm hai phần ba loại.").targets == ()


class TestOperators:
    """The phrase guide's table (docs/phrases.md), one sentence per row."""

    @pytest.mark.parametrize(
        ("sentence", "op", "value"),
        [
            ("Mức độ hài lòng về giải quyết TTHC đạt tối thiểu 85%.", ">=", "85"),
            ("Tỷ lệ hồ sơ trực tuyến đạt ít nhất 30%.", ">=", "30"),
            ("Tỷ lệ hồ sơ trực tuyến đạt từ 30% trở lên.", ">=", "30"),
            ("Tỷ lệ hồ sơ trực tuyến đạt 30% trở lên.", ">=", "30"),
            ("40% TTHC được cung cấp trực tuyến mức độ 3 và mức độ 4.", ">=", "40"),
            ("Phấn đấu mức độ hài lòng về giải quyết TTHC đạt trên 90%.", ">", "90"),
            ("Tỷ lệ hồ sơ giải quyết trễ hạn không quá 5%.", "<=", "5"),
            ("Tỷ lệ hồ sơ giải quyết trễ hạn tối đa 5%.", "<=", "5"),
            ("Tỷ lệ hồ sơ giải quyết trễ hạn không vượt quá 2,5%.", "<=", "2.5"),
            ("Tỷ lệ hồ sơ giải quyết trễ hạn dưới 5%.", "<", "5"),
            ("Tỷ lệ hồ sơ trực tuyến đạt từ 50% đến 70%.", "between", "50..70"),
            ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95% - 98%.", "between", "95..98"),
            ("Doanh thu thương mại điện tử tăng bình quân 15 - 20%/năm.", "between", "15..20"),
            ("Phấn đấu thành lập 40 - 50 tổ công nghệ số cộng đồng.", "between", "40..50"),
            ("Phấn đấu thành lập mới từ 50 đến 70 doanh nghiệp công nghệ số.", "between", "50..70"),
            ("Giảm tỷ lệ hồ sơ giải quyết quá hạn xuống còn 3%.", "<=", "3"),
            ("Phấn đấu tăng tỷ lệ hộ gia đình có cáp quang thêm 15% so với năm 2024.",
             "change_increase", "15"),
            ("Toàn bộ TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến.", ">=", "100"),
            ("Cắt giảm ít nhất 30% thời gian giải quyết TTHC.", "change_decrease", "30"),
            ("Giảm số người chỉ sử dụng điện thoại 2G xuống dưới 5%.", "<", "5"),
            ("Phấn đấu có thêm 2 đơn vị sự nghiệp công lập trở lên tự chủ về tài chính.",
             "change_increase", "2"),
            ("Chỉ số CCHC của huyện thuộc 1 trong 5 đơn vị dẫn đầu của tỉnh.", "rank_top", "5"),
            ("Phấn đấu Chỉ số CCHC của tỉnh tăng ít nhất 3 bậc.", "rank_improve", "3"),
            ("Phấn đấu Chỉ số CCHC giữ vững vị trí.", "rank_keep", ""),
            ("Phấn đấu Chỉ số CCHC tăng hạng.", "rank_improve", ""),
            ("Phấn đấu Chỉ số PCI xếp vị trí 10 - 15/63 tỉnh, thành phố.", "rank_top", "15"),
            ("Phấn đấu Chỉ số SIPAS nằm trong nhóm 20/63 địa phương dẫn đầu.", "rank_top", "20"),
            ("Phấn đấu nâng xếp hạng chỉ số Chất lượng quản lý đất đai (B3) lên từ 5- 7 bậc.",
             "rank_improve", "5..7"),
            ("Phấn đấu Chỉ số CCHC của huyện đạt mức tốt trở lên.", "ordinal_at_least", "tốt"),
            ("Thời gian giải quyết hồ sơ không quá 5 ngày làm việc.", "<=", "5"),
        ],
    )  # fmt: skip
    def test_each_phrase(self, sentence: str, op: str, value: str) -> None:
        found = read(sentence)
        assert [(o, v) for o, v, _, _ in found] == [(op, value)], found

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Phấn đấu giảm thời gian chờ đợi tại Bộ phận Một cửa xuống còn tối đa 15 phút/lượt.",
             ("<=", "15", "minutes", "thời gian chờ đợi tại Bộ phận Một cửa")),
            ("Thời gian trả lời kiến nghị không quá 8 giờ.",
             ("<=", "8", "hours", "Thời gian trả lời kiến nghị")),
            ("Đến 2025, thời gian tiếp nhận hồ sơ tối thiểu 30 phút/hồ sơ.",
             (">=", "30", "minutes", "thời gian tiếp nhận hồ sơ")),
            ("Phấn đấu giảm thời gian giải quyết còn 3 ngày.",
             ("<=", "3", "days", "thời gian giải quyết")),
            ("Thời gian chờ đến lượt giải quyết hồ sơ trong vòng 30 phút.",
             ("<=", "30", "minutes", "Thời gian chờ đến lượt giải quyết hồ sơ")),
            ("Giải quyết hồ sơ đăng ký kinh doanh trong vòng 3 ngày làm việc.",
             ("<=", "3", "days", "Giải quyết hồ sơ đăng ký kinh doanh")),
        ],
    )  # fmt: skip
    def test_a_time_allowed(self, sentence: str, expected: tuple[str, ...]) -> None:
        """Days, hours and minutes, each its own unit; the verb that brings a time down is no
        part of what is measured."""
        found = [(r.op, r.value, r.unit, r.phrase) for r in readings(sentence)]
        assert found == [expected]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Năm 2023, thời gian chờ đợi trung bình chỉ còn 12 phút.",
            "Thời gian giải quyết hồ sơ đất đai giảm còn 3 ngày.",
        ],
    )
    def test_a_time_reached_is_a_report(self, sentence: str) -> None:
        assert readings(sentence) == []

    def test_within_days_of_work_not_timed_is_no_time_allowed(self) -> None:
        """ "trong vòng" bounds a time or work timed, not when something is done."""
        assert (
            readings("Phấn đấu trong vòng 30 ngày đêm sẽ hoàn thành việc thu thập dữ liệu.") == []
        )

    @pytest.mark.parametrize(
        ("title", "found"),
        [
            ("", []),  # a sentence alone: what reports say of a result
            ("KẾ HOẠCH Cải cách hành chính năm 2024", [">"]),
            ("Mười mục tiêu cải cách hành chính năm 2021 của thành phố Huế", [">"]),
            ("BÁO CÁO Kết quả cải cách hành chính năm 2024", []),
            ("Kế hoạch cải cách hành chính năm 2024\nI. KẾT QUẢ THỰC HIỆN NĂM 2023", []),
        ],
    )
    def test_a_plain_figure_in_a_plan(self, title: str, found: list[str]) -> None:
        """ "đạt trên 90%" commits in a document titled as a plan, not alone, not in a report,
        not in a plan's report section."""
        text = f"{title}\n" if title else ""
        text += "Mức độ hài lòng của người dân đạt trên 90%."
        assert [r.op for r in readings(text)] == found

    def test_a_strict_floor_is_not_a_floor(self) -> None:
        """ "trên 90%" is strict: the target's text says > and 90 % itself does not meet it."""
        draft = extract(
            "Phấn đấu mức độ hài lòng về giải quyết TTHC đạt trên 90%.", issuer="38", period="2024"
        )
        assert str(draft.targets[0].target) == "> 90 %"


class TestScopesAndContext:
    def test_values_go_to_their_levels(self) -> None:
        found = read(
            "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 85% tại cấp xã được xử lý trên "
            "môi trường mạng."
        )
        assert [(v, lv) for _, v, _, lv in found] == [
            ("100", "province"), ("100", "district"), ("85", "commune")
        ]  # fmt: skip

    def test_the_shared_predicate_and_exclusion_reach_every_figure(self) -> None:
        draft = extract(
            "100% hồ sơ công việc tại thành phố và 100% hồ sơ công việc tại các phường được xử "
            "lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)."
        )
        phrases = [t.reading.phrase for t in draft.targets]
        assert all(p.endswith("được xử lý trên môi trường mạng") for p in phrases), phrases
        assert {t.reading.exclusions for t in draft.targets} == {
            ("hồ sơ công việc thuộc phạm vi bí mật nhà nước",)
        }

    def test_three_tiers(self) -> None:
        found = read("100% hồ sơ công việc của 3 cấp chính quyền được xử lý trên môi trường mạng.")
        assert [lv for *_, lv in found] == ["province", "district", "commune"]

    def test_the_two_tiers_of_local_government_since_the_reform(self) -> None:
        found = read("Ở cả hai cấp chính quyền, 100% hồ sơ công việc được ký số.")
        assert [lv for *_, lv in found] == ["province", "commune"]
        # the model's name is no scope
        found = read("Vận hành mô hình chính quyền địa phương 2 cấp, 100% hồ sơ được số hóa.")
        assert [lv for *_, lv in found] == ["self"]

    def test_each_ministry_and_province(self) -> None:
        found = read("Tỷ lệ hồ sơ trực tuyến của từng bộ, ngành, địa phương đạt 20% trở lên.")
        assert [lv for *_, lv in found] == ["each_ministry", "each_province"]

    @pytest.mark.parametrize(
        ("sentence", "levels"),
        [
            ("100% bộ, ngành, địa phương công bố danh mục dịch vụ công trực tuyến toàn trình.",
             ["each_unit"]),
            ("Tỷ lệ cán bộ được bồi dưỡng kỹ năng số tại từng cơ quan, đơn vị đạt tối thiểu 80%.",
             ["each_agency"]),
            ("Bộ yêu cầu UBND cấp tỉnh bảo đảm tối thiểu 80% hồ sơ được số hóa.",
             ["each_province"]),
            ("Đề nghị UBND các xã, phường bảo đảm 100% hồ sơ được tiếp nhận trực tuyến.",
             ["each_commune"]),
            ("Thủ tướng yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch UBND tỉnh, "
             "thành phố trực thuộc trung ương bảo đảm 100% TTHC được công khai.",
             ["each_ministry", "each_province"]),
            ("Tỷ lệ cơ quan, đơn vị sử dụng chữ ký số: 90%.", ["agency"]),
            ("100% bộ, ngành kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia.",
             ["each_ministry"]),
        ],
    )  # fmt: skip
    def test_the_units_a_sentence_names(self, sentence: str, levels: list[str]) -> None:
        assert [lv for *_, lv in read(sentence)] == levels

    def test_one_rank_per_index_listed(self) -> None:
        draft = extract(
            "Năm 2025, tỉnh đặt mục tiêu các chỉ số như Chỉ số PAR Index, Chỉ số SIPAS và Chỉ số "
            "PCI thuộc nhóm 10 địa phương dẫn đầu cả nước, hướng tới tốp 5."
        )
        found = [(t.reading.phrase, t.reading.op, t.reading.value) for t in draft.targets]
        assert found == [
            ("Chỉ số PAR Index", "rank_top", "10"),
            ("Chỉ số SIPAS", "rank_top", "10"),
            ("Chỉ số PCI", "rank_top", "10"),
            ("Chỉ số PAR Index", "rank_top", "5"),
            ("Chỉ số SIPAS", "rank_top", "5"),
            ("Chỉ số PCI", "rank_top", "5"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            # a place kept among the leaders is a place among them, not the rank held now
            ('Mục tiêu tới năm 2025, tỉnh giữ vững vị trí "top" 10 địa phương dẫn đầu cả nước '
             "về các chỉ số: cải cách hành chính, sẵn sàng phát triển và ứng dụng công nghệ "
             "thông tin, chuyển đổi số.",
             [("cải cách hành chính", "10"),
              ("sẵn sàng phát triển và ứng dụng công nghệ thông tin", "10"),
              ("chuyển đổi số", "10")]),
            # the index named before the group, not what the group leads in
            ("Kế hoạch đặt mục tiêu chung là duy trì chỉ số DTI nằm trong top 10 tỉnh/thành "
             "phố dẫn đầu về chuyển đổi số.", [("chỉ số DTI", "10")]),
            # an open group named by its units
            ("Năm 2026 xã phấn đấu duy trì vị trí nằm trong nhóm các xã, phường dẫn đầu tỉnh về "
             "tỷ lệ người dân có tài khoản định danh điện tử.",
             [("tỷ lệ người dân có tài khoản định danh điện tử", "")]),
        ],
    )  # fmt: skip
    def test_a_place_kept_among_the_leaders(
        self, sentence: str, expected: list[tuple[str, str]]
    ) -> None:
        found = [(r.phrase, r.value) for r in readings(sentence) if r.op == "rank_top"]
        assert found == expected
        assert all(r.op == "rank_top" for r in readings(sentence))

    def test_the_grade_of_each_index(self) -> None:
        draft = extract(
            "Tỉnh đặt mục tiêu chỉ số cải cách hành chính của tỉnh (Par Index), chỉ số hài lòng "
            "(SIPAS), chỉ số chuyển đổi số thuộc nhóm tốt."
        )
        assert [(t.reading.phrase, t.reading.op, t.reading.value) for t in draft.targets] == [
            ("chỉ số cải cách hành chính của tỉnh (Par Index)", "ordinal_at_least", "tốt"),
            ("chỉ số hài lòng (SIPAS)", "ordinal_at_least", "tốt"),
            ("chỉ số chuyển đổi số", "ordinal_at_least", "tốt"),
        ]
        # the same words with nothing that commits report a grade
        assert extract("Năm 2023, Chỉ số PAR Index của tỉnh thuộc nhóm tốt.").targets == ()
        # ("… or better" asks for it, with nothing else that commits)
        (better,) = readings("Chỉ số CCHC của tỉnh thuộc nhóm khá trở lên.")
        assert (better.op, better.value, better.phrase) == (
            "ordinal_at_least",
            "khá",
            "Chỉ số CCHC của tỉnh",
        )

    def test_a_band_of_governance(self) -> None:
        """PCI's bands name what they grade: "thuộc nhóm điều hành xuất sắc"."""
        (found,) = readings("Phấn đấu Chỉ số PCI thuộc nhóm điều hành xuất sắc.")
        assert (found.op, found.value, found.phrase) == (
            "ordinal_at_least",
            "xuất sắc",
            "Chỉ số PCI",
        )

    @pytest.mark.parametrize("words", ['nằm trong nhóm "Khá"', "vào nhóm khá", "thuộc nhóm Khá"])
    def test_a_band_an_index_is_to_be_in(self, words: str) -> None:
        (found,) = readings(f"Phấn đấu Chỉ số DTI của tỉnh {words}.")
        assert (found.op, found.value, found.phrase) == (
            "ordinal_at_least",
            "khá",
            "Chỉ số DTI của tỉnh",
        )
        assert extract(f"Năm 2023, Chỉ số DTI của tỉnh {words}.").targets == ()

    def test_a_task_without_its_quarter_or_its_purpose(self) -> None:
        (task,) = readings(
            "Bộ Tư pháp phối hợp Bộ Công an triển khai cấp Phiếu lý lịch tư pháp trên ứng dụng "
            "VNeID tại Thừa Thiên Huế trong quý I/2024 để hoàn thiện nhân rộng trên toàn quốc."
        )
        assert (task.phrase, task.deadline) == (
            "cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID tại Thừa Thiên Huế",
            date(2024, 3, 31),
        )

    @pytest.mark.parametrize(
        ("sentence", "phrase", "due"),
        [
            ("Theo chỉ đạo của Bộ Công an, 5 thành phố trực thuộc Trung Ương sẽ phải hoàn thành "
             "cấp căn cước công dân gắn chip trước ngày 31/8/2022.",
             "cấp căn cước công dân gắn chip", date(2022, 8, 31)),
            ("Phải hình thành cơ sở dữ liệu tổng hợp quốc gia trong quý I/2026.",
             "cơ sở dữ liệu tổng hợp quốc gia", date(2026, 3, 31)),
        ],
    )  # fmt: skip
    def test_a_task_that_must_be_done(self, sentence: str, phrase: str, due: date) -> None:
        (task,) = readings(sentence)
        assert (task.op, task.phrase, task.deadline) == ("yes", phrase, due)

    def test_a_task_the_unit_will_do_from_a_date(self) -> None:
        (task,) = readings(
            "Theo UBND tỉnh, từ ngày 1-7-2025, tỉnh sẽ đưa vào vận hành các trung tâm phục vụ "
            "hành chính công."
        )
        assert (task.op, task.phrase, task.deadline) == (
            "yes", "các trung tâm phục vụ hành chính công", date(2025, 7, 1)
        )  # fmt: skip

    def test_keeping_the_rank_of_each_index(self) -> None:
        draft = extract(
            "Cải thiện chất lượng phục vụ, góp phần duy trì và nâng cao thứ hạng Chỉ số cải cách "
            "hành chính (PAR INDEX), Chỉ số hài lòng (SIPAS) của huyện."
        )
        found = [(t.reading.phrase, t.reading.op) for t in draft.targets]
        assert found == [
            ("thứ hạng Chỉ số cải cách hành chính (PAR INDEX) của huyện", "rank_keep"),
            ("thứ hạng Chỉ số hài lòng (SIPAS) của huyện", "rank_keep"),
        ]

    def test_objects_sharing_one_figure(self) -> None:
        draft = extract(
            "Mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính và dịch vụ "
            "công trực tuyến đạt tối thiểu 85%."
        )
        assert [(t.reading.phrase, t.reading.value) for t in draft.targets] == [
            ("Mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính", "85"),
            ("Mức độ hài lòng của người dân đối với dịch vụ công trực tuyến", "85"),
        ]

    def test_a_line_ending_mid_clause_is_a_lead(self) -> None:
        draft = extract(
            "Mục tiêu đặt ra trong năm 2024 là\ntỷ lệ hồ sơ được giải quyết trực tuyến đạt 60%"
        )
        (found,) = draft.targets
        assert (found.reading.value, found.reading.period) == ("60", "2024")

    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            ("Phấn đấu Chỉ số PAR Index của tỉnh nằm trong nhóm 15 tỉnh, thành phố dẫn đầu cả "
             "nước.", "Chỉ số PAR Index của tỉnh"),
            ("Chỉ số hiện đại hóa của huyện năm 2025 duy trì trong nhóm 3 đơn vị dẫn đầu của tỉnh.",
             "Chỉ số hiện đại hóa của huyện"),
            ("Giảm ít nhất 20% chi phí đi lại của người dân so với năm 2024.",
             "chi phí đi lại của người dân"),
            ("Huyện hướng đến 70% hộ gia đình có máy tính, phổ cập điện thoại thông minh.",
             "hộ gia đình có máy tính"),
            ("Bảo đảm 100% hồ sơ được số hóa, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.",
             "hồ sơ được số hóa"),
            ("Phấn đấu Chỉ số hài lòng của người dân (SIPAS) đạt từ 88% trở lên.",
             "Chỉ số hài lòng của người dân (SIPAS)"),
            ("Tiếp tục duy trì Chỉ số CCHC của xã trong nhóm đầu của huyện.",
             "Chỉ số CCHC của xã"),
            ("Giảm tỷ lệ hồ sơ giải quyết quá hạn xuống còn dưới 2%.",
             "tỷ lệ hồ sơ giải quyết quá hạn"),
            ("Kiểm tra tối thiểu 20% cơ quan, đơn vị trực thuộc.",
             "cơ quan, đơn vị trực thuộc được kiểm tra"),
            ("Thời gian giải quyết hồ sơ đất đai được rút ngắn ít nhất 30%.",
             "Thời gian giải quyết hồ sơ đất đai"),
            ("Phấn đấu tỷ trọng kinh tế số chiếm 25% GRDP của tỉnh.",
             "tỷ trọng kinh tế số trong GRDP của tỉnh"),
            ("Phấn đấu 100% người dân sẽ có danh tính số vào quý 2/2026 với bốn yếu tố cốt lõi.",
             "người dân có danh tính số"),  # when, and what follows it, apart
            ("Phấn đấu tỷ lệ hồ sơ được ký số đạt không dưới 75%.", "tỷ lệ hồ sơ được ký số"),
            ("Phấn đấu nâng tỷ lệ hồ sơ được ký số lên mức 75%.", "tỷ lệ hồ sơ được ký số"),
        ],
    )  # fmt: skip
    def test_the_measured_phrase_stops_where_it_should(self, sentence: str, phrase: str) -> None:
        assert extract(sentence).targets[0].reading.phrase == phrase

    def test_a_second_rank_after_a_comma(self) -> None:
        draft = extract(
            "Phấn đấu Chỉ số SIPAS tăng ít nhất 2 bậc so với năm 2024, Chỉ số PAPI tăng 3 bậc."
        )
        assert [t.reading.phrase for t in draft.targets] == ["Chỉ số SIPAS", "Chỉ số PAPI"]

    def test_a_task_given_to_its_addressee(self) -> None:
        (found,) = extract(
            "UBND các xã, phường hoàn thành việc chuẩn hóa dữ liệu hộ tịch trước ngày 30/9/2025."
        ).targets
        assert (found.reading.op, found.reading.deadline) == ("yes", date(2025, 9, 30))
        assert found.reading.phrase == "việc chuẩn hóa dữ liệu hộ tịch"

    def test_a_year_to_come_commits_and_a_sub_quota_keeps_its_predicate(self) -> None:
        draft = extract(
            "Đến năm 2030, tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt 100%, trong đó "
            "70% hồ sơ được thanh toán trực tuyến."
        )
        assert [(t.reading.phrase, t.reading.value) for t in draft.targets] == [
            ("tỷ lệ thủ tục hành chính trực tuyến toàn trình", "100"),
            ("hồ sơ được thanh toán trực tuyến", "70"),
        ]

    def test_every_commune(self) -> None:
        found = read("Mỗi xã, phường có ít nhất 01 tổ công nghệ số cộng đồng hoạt động hiệu quả.")
        assert found == [(">=", "1", "count", "each_commune")]

    def test_ministries_and_provinces(self) -> None:
        found = read(
            "Đến năm 2030, 100% hồ sơ công việc tại cấp bộ, cấp tỉnh được xử lý trực tuyến."
        )
        assert [lv for *_, lv in found] == ["ministry", "province"]

    def test_an_abbreviation_ends_no_sentence(self) -> None:
        (found,) = extract(
            "Năm 2025, TP. Cần Thơ phấn đấu thuộc nhóm 10 địa phương dẫn đầu về chuyển đổi số."
        ).targets
        assert (found.reading.op, found.reading.period) == ("rank_top", "2025")

    def test_a_share_of_units(self) -> None:
        """A share below 100 % of a tier's units is that tier's, pooled; all of them is each."""
        draft = extract("Năm 2020 phấn đấu 50% đơn vị cấp huyện xây dựng Bộ phận một cửa hiện đại.")
        (found,) = draft.targets
        assert found.reading.level == "district"
        assert found.reading.of_units
        assert isinstance(found.target, cm.Share)
        assert found.target.level is cm.Level.DISTRICT
        (every,) = extract(
            "Năm 2020 phấn đấu 100% số xã xây dựng Bộ phận một cửa hiện đại."
        ).targets
        assert (every.reading.level, every.reading.of_units) == ("each_commune", True)
        assert isinstance(every.target, cm.Share)
        assert every.target.level is cm.Level.COMMUNE

    def test_every_agency(self) -> None:
        """ "100% cơ quan, đơn vị …" binds every agency; below 100 % it is a share of them.
        Both are drafted as the plans encoded by hand write them: the issuer's share of its
        agencies."""
        every = extract("Phấn đấu 100% các cơ quan, đơn vị áp dụng ISO 9001:2015.").targets[0]
        some = extract("Phấn đấu 90% các cơ quan, đơn vị áp dụng ISO 9001:2015.").targets[0]
        assert every.reading.level == "each_agency"
        assert some.reading.level == "agency"
        for found, share in ((every, "100"), (some, "90")):
            assert isinstance(found.target, cm.Comparison)
            assert found.target.scope == cm.Scope()
            assert str(found.target.threshold) == f"{share} %"

    def test_the_issuers_own_level_is_the_issuer(self) -> None:
        """A commune's own tier is all it governs: "ở cấp xã" in its plan is the commune. A
        province's "cấp tỉnh" is one tier of its territory (its districts and communes are
        others), and stays that tier."""
        commune = "Tỷ lệ thanh toán trực tuyến cần đạt tối thiểu 85% ở cấp xã."
        assert read(commune, issuer="00004", period="2025")[0][3] == "self"
        assert read(commune)[0][3] == "commune"
        province = "Tỷ lệ thanh toán trực tuyến cần đạt tối thiểu 85% ở cấp tỉnh."
        assert read(province, issuer="38", period="2025")[0][3] == "province"

    def test_a_lead_carries_its_year_and_aspiration_to_its_items(self) -> None:
        draft = extract(
            "Phấn đấu đến năm 2025:\n- 100% hồ sơ công việc được xử lý trên môi trường mạng;\n"
            "- 80% hồ sơ TTHC được giải quyết trực tuyến.\nNăm 2023, tỉnh đã đạt 75%."
        )
        assert [(t.reading.period, t.reading.aspirational) for t in draft.targets] == [
            ("2025", True), ("2025", True)
        ]  # fmt: skip
        assert draft.unread[-1].reason.startswith("reports a result")

    def test_a_line_ending_with_a_commitment_verb_is_a_lead(self) -> None:
        draft = extract("Về chính quyền số, tỉnh phấn đấu\n90% hồ sơ công việc được ký số.")
        assert [t.reading.aspirational for t in draft.targets] == [True]

    def test_a_title_over_marked_items_is_a_lead(self) -> None:
        draft = extract(
            "Chỉ tiêu đến năm 2026\n- 90% hồ sơ được số hóa;\n- 80% người dân dùng ví điện tử."
        )
        assert [t.reading.period for t in draft.targets] == ["2026", "2026"]

    def test_a_named_programmes_years_are_its_own(self) -> None:
        draft = extract(
            "Về Chương trình “Chuyển đổi số tỉnh giai đoạn 2021-2025”, Ban Chỉ đạo yêu cầu các "
            "sở, ngành:\n- Hoàn thành 20 nhiệm vụ còn tồn đọng."
        )
        assert [t.reading.period for t in draft.targets] == [None]
        draft = extract(
            "“Kế hoạch chuyển đổi số giai đoạn 2026 - 2030” đã đề ra các chỉ tiêu:\n"
            "- 95% hồ sơ được giải quyết trực tuyến."
        )
        assert [t.reading.period for t in draft.targets] == ["2026-2030"]

    def test_a_task_for_ministries_and_provinces_binds_every_unit(self) -> None:
        draft = extract(
            "Các bộ, cơ quan ngang bộ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:"
            "\n- Hoàn thành rà soát quy trình nội bộ trước ngày 30/9/2025."
        )
        assert [(t.reading.op, t.reading.level) for t in draft.targets] == [("yes", "each_unit")]

    def test_a_tier_told_what_to_do_and_its_sub_quota(self) -> None:
        found = read(
            "Các xã, phường cần đạt tối thiểu 70% hồ sơ được nộp trực tuyến, trong đó ít nhất "
            "40% được thanh toán trực tuyến."
        )
        assert [level for *_, level in found] == ["each_commune", "each_commune"]

    def test_a_report_heading_makes_its_items_results(self) -> None:
        draft = extract(
            "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024\n- 100% cơ quan sử dụng văn bản điện tử;"
            "\n- 85% hồ sơ được giải quyết trực tuyến.\nII. MỤC TIÊU NĂM 2025\n"
            "- 95% hồ sơ được giải quyết trực tuyến."
        )
        assert [(t.reading.value, t.reading.period) for t in draft.targets] == [("95", "2025")]

    def test_items_without_their_own_verb_share_the_last_ones(self) -> None:
        draft = extract(
            "95% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ công việc tại cấp huyện; 70% hồ sơ công "
            "việc tại cấp xã được ký số."
        )
        assert [(t.reading.level, t.reading.phrase) for t in draft.targets] == [
            (level, "hồ sơ công việc được ký số") for level in ("province", "district", "commune")
        ]

    def test_an_item_keeps_the_year_its_sentence_names(self) -> None:
        draft = extract(
            "UBND huyện ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số năm 2026; phấn đấu "
            "thuộc nhóm 3 huyện dẫn đầu tỉnh về chuyển đổi số."
        )
        assert [(t.reading.op, t.reading.period) for t in draft.targets] == [("rank_top", "2026")]

    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [("Đưa Trung tâm giám sát điều hành thông minh vào vận hành trước ngày 30/9/2025.",
          "Trung tâm giám sát điều hành thông minh vào vận hành"),
         ("Trình UBND tỉnh phê duyệt Kiến trúc chính quyền số trước ngày 15/10/2025.",
          "UBND tỉnh phê duyệt Kiến trúc chính quyền số"),
         ("Xây dựng cơ sở dữ liệu cán bộ, hoàn thành trước ngày 31/12/2025.",
          "cơ sở dữ liệu cán bộ"),
         # verbs listed over one object: the comma between them cuts no part
         ("Hoàn thành việc rà soát, sửa đổi quy chế làm việc trước ngày 31/8/2026.",
          "việc rà soát, sửa đổi quy chế làm việc"),
         ("Hoàn thành sắp xếp, kiện toàn tổ chức bộ máy trước ngày 31/8/2026.",
          "sắp xếp, kiện toàn tổ chức bộ máy"),
         # an amendment named with its two verbs is one
         ("Bộ Nội vụ xây dựng Nghị định sửa đổi, bổ sung Nghị định số 30/2020/NĐ-CP, trình "
          "Chính phủ trong Quý IV năm 2026.",
          "Nghị định sửa đổi, bổ sung Nghị định số 30/2020/NĐ-CP"),
         # a task done from a day, in the active voice
         ("Từ ngày 1/7/2026, thực hiện tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào "
          "địa giới hành chính.",
          "tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính"),
         # what the object was done before is no task done ("chỉ … Bộ đã tham mưu …" is)
         ("Đến hết ngày 31/12/2026, chấm dứt việc tiếp nhận hồ sơ giấy đối với các thủ tục đã "
          "cung cấp trực tuyến toàn trình.",
          "chấm dứt việc tiếp nhận hồ sơ giấy đối với các thủ tục đã cung cấp trực tuyến toàn "
          "trình"),
         # what is compiled and sent, to whom it is sent; how often no part of it
         ("Tổng hợp kết quả kiểm tra gửi Sở Nội vụ trước ngày 10/12/2026.",
          "kết quả kiểm tra gửi Sở Nội vụ"),
         ("Báo cáo kết quả cải cách hành chính định kỳ hằng quý, gửi UBND tỉnh trước ngày 15 "
          "của tháng cuối quý.", "Báo cáo kết quả cải cách hành chính, gửi UBND tỉnh")],
    )  # fmt: skip
    def test_more_tasks_with_a_deadline(self, sentence: str, phrase: str) -> None:
        (found,) = extract(sentence).targets
        assert (found.reading.op, found.reading.phrase) == ("yes", phrase)

    def test_a_share_with_regard_to_is_no_result(self) -> None:
        found = read("Thực hiện thanh toán trực tuyến đối với 100% thủ tục có thu phí.")
        assert found == [(">=", "100", "percent", "self")]

    def test_a_sentence_opening_year_reaches_every_item(self) -> None:
        draft = extract(
            "Đến năm 2026, 100% hồ sơ được số hóa; tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%."
        )
        assert [t.reading.period for t in draft.targets] == ["2026", "2026"]

    @pytest.mark.parametrize(
        ("sentence", "op", "value", "phrase"),
        [("Phấn đấu Chỉ số hài lòng của huyện thuộc nhóm 5 huyện có kết quả cao nhất tỉnh.",
          "rank_top", "5", "Chỉ số hài lòng của huyện"),
         ("Phấn đấu Chỉ số DTI của tỉnh nằm trong nhóm 10 địa phương đứng đầu cả nước.",
          "rank_top", "10", "Chỉ số DTI của tỉnh"),
         ("Phấn đấu cải thiện thứ hạng Chỉ số PAPI ít nhất 2 bậc.", "rank_improve", "2",
          "Chỉ số PAPI"),
         ("Phấn đấu tăng từ 3 đến 5 bậc Chỉ số SIPAS so với năm 2024.", "rank_improve", "3..5",
          "Chỉ số SIPAS"),
         # who strives named before the rise, the index after it
         ("Tỉnh phấn đấu tăng ít nhất 02 bậc xếp hạng Chỉ số DTI.", "rank_improve", "2",
          "Chỉ số DTI"),
         ("Năm 2026, tỉnh phấn đấu tăng 5 bậc Chỉ số SIPAS so với năm 2025.", "rank_improve",
          "5", "Chỉ số SIPAS")],
    )  # fmt: skip
    def test_ranks_written_other_ways(
        self, sentence: str, op: str, value: str, phrase: str
    ) -> None:
        (found,) = extract(sentence).targets
        assert (found.reading.op, found.reading.value, found.reading.phrase) == (op, value, phrase)

    def test_from_the_province_down_to_the_communes(self) -> None:
        found = read("100% cơ quan nhà nước từ tỉnh đến cấp xã sử dụng chữ ký số chuyên dùng.")
        assert found == [(">=", "100", "percent", "all_levels")]

    def test_units_told_to_keep_a_floor(self) -> None:
        found = read(
            "Các đơn vị phải bảo đảm tiếp nhận tối thiểu 70% hồ sơ trực tuyến và bố trí tối "
            "thiểu một công chức hướng dẫn tại quầy."
        )
        assert found == [
            (">=", "70", "percent", "each_agency"), (">=", "1", "count", "each_agency")
        ]  # fmt: skip

    @pytest.mark.parametrize(
        ("when", "deadline"),
        [("trong quý III/2026", date(2026, 9, 30)), ("trong quý II năm 2026", date(2026, 6, 30)),
         ("trước quý 2/2026", date(2026, 3, 31)), ("trước quý I/2026", date(2025, 12, 31))],
    )  # fmt: skip
    def test_a_task_due_within_a_quarter(self, when: str, deadline: date) -> None:
        (found,) = extract(
            f"Theo kế hoạch, huyện đặt mục tiêu hoàn thành số hóa sổ địa chính {when}."
        ).targets
        assert (found.reading.op, found.reading.deadline) == ("yes", deadline)

    def test_a_stage_done_in_a_quarter(self) -> None:
        (found,) = readings(
            "Giai đoạn hai, hoàn thành vào quý 3/2026, sẽ tổ chức đào tạo kỹ năng số cơ bản cho "
            "người dân."
        )
        assert (found.op, found.deadline) == ("yes", date(2026, 9, 30))
        # "hoàn thành vào quý …" names when, not what: no task made of its remnant "vào"
        unnamed = "Giai đoạn hai, hoàn thành vào quý 3/2026, sẽ tập trung vào việc đào tạo."
        assert [r.phrase for r in readings(unnamed)] == []

    def test_a_lead_ending_with_reach_carries_its_deadline(self) -> None:
        draft = extract("Mục tiêu đến hết năm 2026, đạt\n100% thôn được phủ sóng di động 5G")
        assert [t.reading.deadline for t in draft.targets] == [date(2026, 12, 31)]

    def test_departments_told_what_to_do(self) -> None:
        found = read(
            "Trong năm 2025, cả 19 sở, ban, ngành và UBND các huyện, thị xã cần đưa tỷ lệ hồ sơ "
            "được ký số đạt 80%."
        )
        assert [level for *_, level in found] == ["each_agency", "each_district"]

    def test_a_new_measure_after_and_ends_the_phrase(self) -> None:
        draft = extract(
            "Mục tiêu năm 2026 là phủ sóng 5G tới 100% thôn/bản và tỷ lệ người dân có tài khoản "
            "định danh điện tử đạt 90%."
        )
        assert [t.reading.phrase for t in draft.targets] == [
            "phủ sóng 5G tới thôn/bản", "tỷ lệ người dân có tài khoản định danh điện tử"
        ]  # fmt: skip

    def test_a_report_passage_is_not_committed_by_describing_words(self) -> None:
        draft = extract(
            "II. TÌNH HÌNH THỰC HIỆN NĂM 2025\n- Về hạ tầng số: mạng viễn thông đảm bảo thông "
            "suốt, 100% thôn được phủ sóng 4G;\n- 100% công chức được bồi dưỡng nâng cao kỹ "
            "năng số."
        )
        assert draft.targets == ()

    @pytest.mark.parametrize(
        "text",
        [
            # units listed with what they reached, to the hundredth, the round one included
            "Các xã có tỷ lệ hồ sơ trực tuyến từ 60% trở lên gồm: xã A đạt 79,38%; xã B "
            "70,74%; xã C 64,6%.",
            # a change against "before" is a change already made
            "Tất cả 49 thủ tục này được rút ngắn từ 30% - 60% thời gian giải quyết so với "
            "trước đây.",
            # units counted of a whole ("6/6 vùng", "6.084/7.669 xã"); a target reached or
            # beaten ("cơ bản hoàn thành mục tiêu", "vượt mục tiêu") is no target set;
            # "nông thôn mới nâng cao" is a grade, not a verb that raises a figure
            "Trong năm 2023, 6/6 vùng kinh tế - xã hội đều có giá trị trung bình Chỉ số Cải "
            "cách hành chính đạt trên 80%.",
            "Đến tháng 6/2025, cả nước có 6.084/7.669 xã (79,3%) đạt chuẩn nông thôn mới và cơ "
            "bản hoàn thành mục tiêu được giao; có 2.567 xã (42,4%) đạt chuẩn nông thôn mới "
            "nâng cao, vượt mục tiêu được giao.",
            # what a survey shows, and a rise from one past year to the next
            "Kết quả khảo sát PAPI cho thấy, tỷ lệ người dùng internet tại nhà tăng đáng kể từ "
            "75% năm 2022 lên 80% năm 2023.",
            # "việc đưa" names what was done, it raises nothing
            "Tính đến 15/12/2021, cả nước có 70 địa phương hoàn thành việc đưa 100% dịch vụ "
            "công đủ điều kiện lên cung cấp trực tuyến mức độ 4.",
        ],
    )
    def test_results_told_apart_from_targets(self, text: str) -> None:
        assert extract(text).targets == ()

    def test_one_figure_to_the_hundredth_beside_a_target(self) -> None:
        """A single measured figure does not turn the sentence's target into a result."""
        draft = extract("Năm 2024 đạt 86,57%; phấn đấu năm 2025 đạt tối thiểu 90%.")
        assert [t.reading.value for t in draft.targets] == ["90"]

    def test_the_criteria_of_a_grade_are_no_targets(self) -> None:
        draft = extract(
            "Tập thể đạt các tiêu chí sau thì được xếp loại hoàn thành tốt nhiệm vụ:\n"
            "- 100% đơn vị trực thuộc hoàn thành nhiệm vụ, trong đó ít nhất 60% hoàn thành tốt.\n"
            # "chỉ tiêu" here names the tasks assessed, not a target set
            "- Hoàn thành tất cả các chỉ tiêu, nhiệm vụ, trong đó ít nhất 50% chỉ tiêu, nhiệm "
            "vụ hoàn thành vượt mức."
        )
        assert draft.targets == ()

    def test_binding_after_aspiration(self) -> None:
        draft = extract(
            "phấn đấu 100% các cơ quan nâng cấp Hệ thống quản lý chất lượng, đảm bảo phủ kín "
            "100% thủ tục hành chính thuộc thẩm quyền giải quyết."
        )
        assert [t.reading.aspirational for t in draft.targets] == [True, False]

    def test_set_a_target_is_neutral(self) -> None:
        draft = extract("Bộ cũng đặt mục tiêu 20% người dân được xác thực định danh điện tử.")
        assert not draft.targets[0].reading.aspirational

    def test_sub_quota(self) -> None:
        draft = extract(
            "90% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 3,4 trở lên, trong "
            "đó 20% TTHC được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4."
        )
        first, second = draft.targets
        assert first.reading.base is None
        assert second.reading.base == first.reading.phrase

    @pytest.mark.parametrize(
        ("sentence", "deadline", "period", "recurrence"),
        [
            ("Hoàn tất phân cấp xử lý TTHC trước 30/6/2025.", date(2025, 6, 30), None, None),
            ("Đến hết năm 2025, 100% TTHC được công khai.", date(2025, 12, 31), None, None),
            ("Chậm nhất năm 2021, 100% dịch vụ công đạt mức độ 4.", date(2021, 12, 31), None, None),
            ("Hoàn thành cắt giảm giấy tờ trong tháng 8/2025.", date(2025, 8, 31), None, None),
            ("Đến năm 2025, 80% hồ sơ được giải quyết trực tuyến.", None, "2025", None),
            ("Giai đoạn 2021 - 2025, 80% hồ sơ được giải quyết trực tuyến.", None, "2021-2025",
             None),
            ("Hằng quý, 90% hồ sơ được giải quyết đúng hạn.", None, None, "quarterly"),
            ("Từ ngày 01/7/2025, 100% hồ sơ được tiếp nhận trực tuyến.", date(2025, 7, 1), None,
             None),
            ("Trong 6 tháng cuối năm 2025, 90% hồ sơ được số hóa.", None, "2025-H2", None),
            ("Hoàn thành số hóa sổ hộ tịch trước ngày 15 tháng 9 năm 2026.", date(2026, 9, 15),
             None, None),
            ("100% xã hoàn thành kết nối phần mềm một cửa ngay trong ngày 21/7/2025.",
             date(2025, 7, 21), None, None),
            ("Doanh thu thương mại điện tử tăng trung bình 20 - 25%/năm.", None, None, "yearly"),
            ("Đến 2026, 90% hồ sơ được giải quyết trực tuyến.", None, "2026", None),
            ("Tính đến hết tháng 6/2025, tỷ lệ đạt 70%; phấn đấu năm 2025 đạt 90% hồ sơ trực "
             "tuyến.", None, "2025", None),
            ("Từ năm 2026 đến năm 2030, 95% hồ sơ được số hóa.", None, "2026-2030", None),
        ],
    )  # fmt: skip
    def test_times(
        self, sentence: str, deadline: date | None, period: str | None, recurrence: str | None
    ) -> None:
        (found,) = extract(sentence).targets
        assert (found.reading.deadline, found.reading.period, found.reading.recurrence) == (
            deadline, period, recurrence
        )  # fmt: skip


class TestNothingIsDroppedSilently:
    @pytest.mark.parametrize(
        ("sentence", "reason"),
        [
            ("Năm 2023, tỉnh đã đạt 96,6% hồ sơ đúng hạn.", "reports a result"),
            ("Theo báo cáo đến ngày 20/5/2025, cả nước hiện có hơn 6.300 TTHC, trong đó gần "
             "70% liên quan đến sản xuất, kinh doanh.", "reports a result"),
            ("Tuyên Quang đạt 86,57%, xếp thứ 34/63 tỉnh, thành phố.", "reports a result"),
            ("Chỉ số cải cách hành chính của tỉnh năm 2021 tăng 7 bậc.",
             "its figures give no target"),
            ("Kế hoạch số 141/KH-UBND ngày 25/12/2020 của UBND tỉnh.", "its numbers are dates"),
        ],
    )  # fmt: skip
    def test_a_sentence_with_figures_and_no_target_is_listed(
        self, sentence: str, reason: str
    ) -> None:
        draft = extract(sentence)
        assert draft.targets == ()
        assert [u.text for u in draft.unread] == [sentence]
        assert draft.unread[0].reason.startswith(reason), draft.unread[0].reason

    @pytest.mark.parametrize(
        "sentence",
        [
            "Năm 2024, huyện tiếp nhận 45.300 hồ sơ, trong đó 72% hồ sơ được nộp trực tuyến.",
            "Qua đó, tỷ lệ hài lòng của người dân đạt trên 97%.",
            "Sau 2 năm triển khai, 96% hồ sơ được giải quyết trước hạn.",
            "Cơ quan đạt từ 85 điểm trở lên được xếp loại Tốt.",
            "Tỷ lệ hồ sơ trực tuyến đạt 65%, vượt 15% so với kế hoạch.",
            "Tỷ lệ thanh toán trực tuyến tăng từ 20% năm 2022 lên 41% năm 2024.",
            "Nhóm B gồm các cơ quan đạt từ 80% đến dưới 90% tổng số điểm trở lên.",
            "Trong năm 2024, tỷ lệ hồ sơ được ký số đạt 62%, vượt chỉ tiêu đề ra.",
            "Qua 9 tháng thực hiện, 93% thủ tục hành chính được cung cấp trực tuyến.",
            "Kết quả cho thấy 81% người dân hài lòng với dịch vụ công.",
            "Tính đến hết tháng 10/2025, 97% hồ sơ được giải quyết trực tuyến.",
            "Đến nay, 100% xã, phường được kết nối mạng truyền số liệu chuyên dùng.",
            "Tỉnh là một trong 10 địa phương dẫn đầu cả nước về chuyển đổi số.",
            "Doanh thu thương mại điện tử ước đạt tăng trưởng 25%.",
            "Trong tháng 10, toàn huyện tiếp nhận 12.450 hồ sơ, 92% được giải quyết trực tuyến.",
            "Với 90,5%, huyện đứng đầu tỉnh về chỉ số hài lòng.",
            "Có 15/17 dịch vụ dữ liệu được đưa vào sử dụng, đạt 88,2% mục tiêu.",
            "Ví dụ: mục tiêu năm 2026 = 2%, kết quả thực hiện = 1,6%.",
            "Qua khảo sát, 92% người dân hài lòng với dịch vụ công trực tuyến.",
        ],
    )
    def test_results_and_bands_give_no_target(self, sentence: str) -> None:
        assert extract(sentence).targets == ()

    def test_every_sentence_is_targets_or_unread_or_plain(self) -> None:
        draft = extract(Path("tests/data/extract_sample.txt").read_text(encoding="utf-8"))
        for piece in draft.pieces:
            has_figure = any(c.isdigit() for c in piece.piece.text) or "%" in piece.piece.text
            carried = piece.piece.is_lead and "%" not in piece.piece.text
            assert piece.targets or piece.unread or carried or not has_figure, piece.piece.text


@pytest.fixture(scope="module")
def draft() -> object:
    text = Path("tests/data/extract_sample.txt").read_text(encoding="utf-8")
    return extract(text, issuer="06", period="2024", plan_id="bk-draft")


class TestDraft:
    @pytest.mark.parametrize(
        "text",
        [
            "Mỗi sở, ban, ngành phải bảo đảm 90% hồ sơ được xử lý trực tuyến.",
            "Các đơn vị hoàn thành số hóa hồ sơ trước ngày 30/8/2025.",
        ],
    )
    def test_targets_for_each_agency_make_a_valid_plan(self, text: str, tmp_path: Path) -> None:
        """A target set for each agency needs the plan's agencies: the draft declares one
        placeholder, says so in its header, and the file validates."""
        draft = extract(text, issuer="38")
        assert [t.target.scope.mode.on_agencies for t in draft.targets] == [True]
        plan = draft.plan()
        assert [a.code for a in plan.agencies] == ["x-agencies"]
        assert "The agencies are a placeholder" in draft.to_yaml()
        path = tmp_path / "draft.yaml"
        path.write_text(draft.to_yaml(), encoding="utf-8")
        assert main(["validate", str(path)]) == 0
        assert extract("Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.").plan().agencies == ()

    def test_targets_keep_their_sentence_and_span(self, draft: object) -> None:
        for found in draft.targets:  # type: ignore[attr-defined]
            a, b = found.span
            assert draft.text[a:b] == found.sentence == found.target.source_text  # type: ignore[attr-defined]
            assert found.target.source_span == found.span

    def test_the_plan_file_reads_back_and_validates(self, draft: object) -> None:
        text = draft.to_yaml()  # type: ignore[attr-defined]
        plan = cm.loads(text)
        assert plan == draft.plan()  # type: ignore[attr-defined]
        assert plan.targets
        assert not check_plan(plan).errors
        assert text.startswith("# Draft read from text by `cchc extract`")

    def test_catalogue_indicators_are_matched(self, draft: object) -> None:
        ids = {t.indicator.id for t in draft.targets if t.matched}  # type: ignore[attr-defined]
        assert {"satisfaction_procedures", "work_records_online"} <= ids

    def test_custom_indicators_are_flagged(self, draft: object) -> None:
        custom = [t for t in draft.targets if t.matched is None]  # type: ignore[attr-defined]
        assert custom
        assert all(t.review and "review" in t.target.note for t in custom)

    def test_explain_and_html(self, draft: object) -> None:
        told = draft.explain()  # type: ignore[attr-defined]
        assert "→ t01" in told
        assert "unread: reports a result" in told
        html = draft._repr_html_()  # type: ignore[attr-defined]
        assert "<table>" in html
        assert "unread:" in html

    def test_a_period_outside_the_plan_is_noted_not_kept(self) -> None:
        draft = extract("Đến năm 2030, 100% hồ sơ được giải quyết trực tuyến.", period="2025")
        (found,) = draft.targets
        assert found.target.period is None
        assert "outside the plan's" in found.target.note

    @pytest.mark.parametrize("within", ["trong đó", "trong số đó"])
    def test_a_sub_quota_is_taken_of_the_figure_before(self, within: str) -> None:
        text = (
            f"Phấn đấu 70% hồ sơ được nộp trực tuyến, {within} ít nhất 30% được xử lý toàn trình."
        )
        whole, part = extract(text).targets
        assert part.target.within == whole.indicator
        assert str(part.target).startswith("≥ 30 % (trong đó: of those counted by")

    def test_a_breakdown_of_a_satisfaction_is_no_sub_quota(self) -> None:
        text = (
            "Mức độ hài lòng của người dân đạt tối thiểu 90%, trong đó mức độ hài lòng về lĩnh "
            "vực đất đai đạt tối thiểu 80%."
        )
        _whole, part = extract(text).targets
        assert part.reading.base is not None
        assert part.reading.breakdown
        assert part.target.within is None
        assert "a breakdown (the other reading: a sub-quota)" in part.target.note

    def test_a_sub_quota_of_its_own_indicator_stays_a_plain_share(self) -> None:
        text = "Phấn đấu 70% hồ sơ được nộp trực tuyến, trong đó 30% hồ sơ được nộp trực tuyến."
        whole, part = extract(text).targets
        assert part.indicator == whole.indicator
        assert part.target.within is None
        assert "kept as a plain share" in part.target.note

    def test_ids_from_long_words_stay_short(self) -> None:
        draft = extract("Phấn đấu 90% " + "tài" * 120 + " được số hóa.")
        (found,) = draft.targets
        assert len(found.target.id) <= 64
        assert len(found.indicator.id) <= 64
        assert cm.loads(draft.to_yaml()) == draft.plan()


def _docx(path: Path, lines: list[str]) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tỷ lệ hồ sơ trực tuyến"
    table.rows[0].cells[1].text = "tối thiểu 60%"
    document.save(str(path))


def _pdf(path: Path, line: str | None) -> None:
    """A one-page PDF with ``line`` in its text layer (ASCII), or no text at all."""
    _pdf_pages(path, [[line] if line else []])


def _pdf_pages(path: Path, pages: list[list[str]]) -> None:
    """A PDF whose pages hold these lines (ASCII) in their text layers, one under another."""
    font = 3 + 2 * len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(len(pages))), len(pages)),
    ]
    for i, lines in enumerate(pages):
        shown = ") Tj 0 -14 Td (".join(lines)
        content = f"BT /F1 12 Tf 72 720 Td ({shown}) Tj ET".encode() if lines else b""
        stream = zlib.compress(content)
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font),
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())


class TestReaders:
    def test_docx_paragraphs_and_tables(self, tmp_path: Path) -> None:
        path = tmp_path / "plan.docx"
        _docx(
            path, ["Chỉ tiêu năm 2024:", "- 100% hồ sơ công việc được xử lý trên môi trường mạng;"]
        )
        text = read_text(path)
        assert "100% hồ sơ công việc" in text
        assert "| Tỷ lệ hồ sơ trực tuyến | tối thiểu 60% |" in text
        assert [t.reading.value for t in extract(text).targets] == ["100", "60"]

    def test_docx_list_styles_are_items(self, tmp_path: Path) -> None:
        """Word draws the bullets of a list style: the items still fall under their lead."""
        docx = pytest.importorskip("docx")
        document = docx.Document()
        document.add_paragraph("Phấn đấu đến hết năm 2025:")
        document.add_paragraph(
            "100% hồ sơ công việc được xử lý trên môi trường mạng;", "List Bullet"
        )
        document.add_paragraph("- 90% hồ sơ được số hóa.", "List Bullet")
        path = tmp_path / "plan.docx"
        document.save(str(path))
        text = read_text(path)
        assert "\n- 100% hồ sơ công việc" in text
        assert "\n- 90% hồ sơ" in text  # a marker written in the text is not doubled
        targets = extract(text).targets
        assert [(t.reading.value, t.reading.aspirational) for t in targets] == [
            ("100", True),
            ("90", True),
        ]

    def test_a_docx_table_of_targets_is_read_figure_by_figure(self, tmp_path: Path) -> None:
        docx = pytest.importorskip("docx")
        document = docx.Document()
        rows = [
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"],
            ["1", "Tỷ lệ hồ sơ được giải quyết trực tuyến", "%", "60", "80"],
            ["2", "Mức độ hài lòng của người dân", "%", "85", "≥ 90"],
            ["3", "Số đơn vị sự nghiệp tự chủ", "đơn vị", "2", "3"],
        ]
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        path = tmp_path / "plan.docx"
        document.save(str(path))
        text = read_text(path)
        assert "| 1 | Tỷ lệ hồ sơ được giải quyết trực tuyến | % | 60 | 80 |" in text
        draft = extract(text, period="2024-2025")
        assert [str(t.target) for t in draft.targets] == [
            "≥ 60 %, in 2024",
            "≥ 80 %, in 2025",
            "≥ 85 %, in 2024",
            "≥ 90 %, in 2025",
            "≥ 2 unit, in 2024",  # a count in a table of targets is one too
            "≥ 3 unit, in 2025",
        ]
        assert draft.targets[1].indicator.id == "dossiers_online"
        assert draft.targets[-1].reading.phrase == "Số đơn vị sự nghiệp tự chủ"
        assert not draft.unread

    def test_a_docx_table_reads_as_its_markdown_conversion_does(self, tmp_path: Path) -> None:
        """Merged cells (a header of two rows, a span over the years) and sub-rows under a
        parent row, in the table's place between the paragraphs."""
        docx = pytest.importorskip("docx")
        rows = [
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn 2026-2030", ""],
            ["", "", "", "2026", "2027"],
            ["1", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "%", "", ""],
            ["-", "Cấp tỉnh", "%", "100", "100"],
            ["-", "Cấp xã", "%", "80", "90"],
        ]
        markdown = "\n".join(
            ["Các chỉ tiêu như sau:", "| " + " | ".join(rows[0]) + " |", "|---|---|---|---|---|"]
            + ["| " + " | ".join(row) + " |" for row in rows[1:]]
            + ["", "Phấn đấu 90% hồ sơ được số hóa."]
        )
        document = docx.Document()
        document.add_paragraph("Các chỉ tiêu như sau:")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        table.cell(0, 3).merge(table.cell(0, 4))
        for column in range(3):
            table.cell(0, column).merge(table.cell(1, column))
        document.add_paragraph("Phấn đấu 90% hồ sơ được số hóa.")
        path = tmp_path / "plan.docx"
        document.save(str(path))
        text = read_text(path)
        assert text.index("Các chỉ tiêu") < text.index("| STT") < text.index("Phấn đấu 90%")

        def read(source: str) -> list[tuple[str, str, str | None, str | None]]:
            return [
                (t.reading.phrase, t.reading.value, t.reading.level, t.reading.period)
                for t in extract(source, issuer="38").targets
            ]

        measure = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng"
        assert (
            read(text)
            == read(markdown)
            == [
                (measure, "100", "province", "2026"),
                (measure, "100", "province", "2027"),
                (measure, "80", "commune", "2026"),
                (measure, "90", "commune", "2027"),
                ("hồ sơ được số hóa", "90", "self", None),
            ]
        )

    def test_another_table_is_a_line_per_row(self, tmp_path: Path) -> None:
        path = tmp_path / "plan.docx"
        _docx(path, ["Kế hoạch"])
        assert "| Tỷ lệ hồ sơ trực tuyến | tối thiểu 60% |" in read_text(path)

    def test_pdf_text_layer(self, tmp_path: Path) -> None:
        pytest.importorskip("pypdf")
        path = tmp_path / "plan.pdf"
        _pdf(path, "Ty le ho so truc tuyen dat toi thieu 60%.")
        assert "dat toi thieu 60%" in read_text(path)

    def test_pdf_lines_wrapped_inside_a_sentence_are_joined(self, tmp_path: Path) -> None:
        pytest.importorskip("pypdf")
        path = tmp_path / "plan.pdf"
        _pdf(path, "Ty le ho so truc tuyen dat toi")
        assert read_text(path).strip() == "Ty le ho so truc tuyen dat toi"
        _pdf(path, "Ty le ho so truc tuyen dat toi) Tj 0 -14 Td (thieu 60%.")
        assert read_text(path).strip() == "Ty le ho so truc tuyen dat toi thieu 60%."

    @pytest.mark.parametrize("number", ["2", "- 2 -", "Trang 2", "2/3"])
    def test_a_pdf_pages_number_is_no_part_of_the_sentence_it_cuts(
        self, tmp_path: Path, number: str
    ) -> None:
        pytest.importorskip("pypdf")
        path = tmp_path / "plan.pdf"
        _pdf_pages(
            path,
            [
                ["1", "Hoan thanh so hoa ho so truoc ngay"],
                [number, "15/9/2026. Chi tieu: 100% ho so."],
                ["3", "Ty le dat 90%."],
            ],
        )
        text = read_text(path)
        assert "Hoan thanh so hoa ho so truoc ngay 15/9/2026. Chi tieu: 100% ho so." in text
        assert "Ty le dat 90%." in text
        assert not re.search(r"^\s*\d\s*$", text, re.M)  # no page's number left alone

    def test_a_figure_opening_a_page_is_kept(self, tmp_path: Path) -> None:
        """Only the page's own number is dropped: a figure that opens the page stays."""
        pytest.importorskip("pypdf")
        path = tmp_path / "plan.pdf"
        _pdf_pages(path, [["Chi tieu:"], ["85", "ho so"]])
        assert "85" in read_text(path)

    def test_a_wrapped_plan_reads_as_the_unwrapped_one(self) -> None:
        text = Path("tests/data/extract_sample.txt").read_text(encoding="utf-8")
        wrapped = "\n".join(textwrap.fill(line, 50) for line in text.splitlines())
        assert wrapped.count("\n") > text.count("\n") + 5

        def read(t: str) -> list[str]:
            return [str(found.target) for found in extract(t, period="2024").targets]

        assert read(unwrap_lines(wrapped)) == read(text)
        # (the reader joins the lines a page wrapped itself, every offset where it was)
        assert read(wrapped) == read(text)
        draft = extract(wrapped, period="2024")
        assert all(wrapped[slice(*t.span)].replace("\n", " ") == t.sentence for t in draft.targets)
        assert any("\n" in wrapped[slice(*t.span)] for t in draft.targets)

    @pytest.mark.parametrize(
        "text",
        [
            "I. MỤC TIÊU\n100% hồ sơ trực tuyến.",  # a heading
            "Chỉ tiêu năm 2024:\nhồ sơ trực tuyến đạt 100%.",  # a lead
            "100% hồ sơ trực tuyến;\n90% hồ sơ đúng hạn.",  # items
            "Các chỉ tiêu gồm\n1. Hồ sơ trực tuyến đạt 100%.",  # a numbered item
            "Hồ sơ trực tuyến đạt 100%\nChỉ số CCHC tăng hạng.",  # a capital starts anew
            "Hồ sơ trực tuyến đạt tối thiểu\nKẾ HOẠCH NĂM 2025",  # a heading in capitals
            "hồ sơ được xử lý trên môi trường mạng\nII. MỤC TIÊU",  # a numbered heading
        ],
    )
    def test_unwrapping_keeps_lines_that_end_or_start_anew(self, text: str) -> None:
        assert unwrap_lines(text) == text

    def test_a_pdf_without_text_is_an_error(self, tmp_path: Path) -> None:
        pytest.importorskip("pypdf")
        path = tmp_path / "scan.pdf"
        _pdf(path, None)
        with pytest.raises(DocumentError, match="no text layer"):
            read_text(path)

    def test_an_older_word_file_says_how_to_read_it(self, tmp_path: Path) -> None:
        path = tmp_path / "plan.doc"
        path.write_bytes(b"x")
        with pytest.raises(DocumentError, match=r"save it as \.docx first"):
            read_text(path)

    def test_an_unknown_kind_of_file(self, tmp_path: Path) -> None:
        path = tmp_path / "plan.odt"
        path.write_bytes(b"x")
        with pytest.raises(DocumentError, match=r"expected \.txt, \.md, \.docx or \.pdf"):
            read_text(path)


class TestCommandLine:
    def test_writes_a_draft_that_validates(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        out = tmp_path / "draft.yaml"
        args = ["extract", "tests/data/extract_sample.txt", "--issuer", "06", "--period", "2024"]
        assert main([*args, "-o", str(out)]) == 0
        assert "targets" in capsys.readouterr().err
        assert main(["validate", str(out)]) == 0
        assert main([*args, "-o", str(out)]) == 1  # exists: --overwrite replaces it
        assert main([*args, "-o", str(out), "--overwrite"]) == 0

    def test_explain_lists_the_unread(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["extract", "tests/data/extract_sample.txt", "--explain"]) == 0
        printed = capsys.readouterr().out
        assert "unread: reports a result" in printed
        # the title names the period: a lead, not an unread sentence
        assert "lead: carries period 2024" in printed
        assert "1 sentence with figures unread" in printed

    def test_stdout_and_bad_input(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["extract", "tests/data/extract_sample.txt"]) == 0
        assert "schema_version: 1" in capsys.readouterr().out
        assert main(["extract", str(tmp_path / "missing.txt")]) == 1
        assert main(["extract", "tests/data/extract_sample.txt", "--period", "năm"]) == 2


def readings(text: str) -> list[Reading]:
    """The readings of every target read from ``text``."""
    return [t.reading for t in extract(text).targets]


class TestPhraseFamilies:
    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            # "sẽ có" (will have) opens no measure
            ("Huyện đặt mục tiêu hết năm 2024, sẽ có 63% số xã đạt chuẩn nông thôn mới nâng cao.",
             "số xã đạt chuẩn nông thôn mới nâng cao"),
            # a long "Mục tiêu … là" names where the goal was set, not what it measures
            ("Mục tiêu đặt ra trong Chương trình công tác năm 2020 của Ban Chỉ đạo Trung ương "
             "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020 là 100% "
             "số huyện trên cả nước có xã được công nhận đạt chuẩn nông thôn mới trong năm 2020.",
             "số huyện trên cả nước có xã được công nhận đạt chuẩn nông thôn mới"),
        ],
    )  # fmt: skip
    def test_words_before_a_share_that_name_no_measure(self, sentence: str, phrase: str) -> None:
        assert [r.phrase for r in readings(sentence)] == [phrase]

    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            ("Phấn đấu kinh tế số chiếm 20% GRDP.", "tỷ trọng kinh tế số trong GRDP"),
            ("Kinh tế số chiếm tỷ trọng tối thiểu 15% GRDP của xã; 60% hộ gia đình sử dụng "
             "thanh toán không dùng tiền mặt.", "tỷ trọng Kinh tế số trong GRDP của xã"),
            ("Phấn đấu kinh tế số chiếm 20%.", "kinh tế số"),  # no whole named
            ("Kinh tế số chiếm tối thiểu 15% GRDP của tỉnh, tối thiểu 70% số xã cơ bản chuyển đổi "
             "số.", "tỷ trọng Kinh tế số trong GRDP của tỉnh"),  # the next figure's clause apart
            ("Đến năm 2030, kinh tế số chiếm 20% GRDP là một mục tiêu cơ bản được Tỉnh ủy đề ra.",
             "tỷ trọng kinh tế số trong GRDP"),  # what the figure is, apart
        ],
    )  # fmt: skip
    def test_a_part_of_a_whole(self, sentence: str, phrase: str) -> None:
        """ "X chiếm (tỷ trọng) N% Y": X's share of Y, named so; the next item's predicate is
        not borrowed."""
        assert readings(sentence)[0].phrase == phrase

    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            ("Đối với chỉ số cải cách hành chính, tỉnh đề ra mục tiêu tăng từ 1 bậc trở lên.",
             "chỉ số cải cách hành chính"),
            ("Đối với Chỉ số SIPAS, phấn đấu đạt trên 90%.", "Chỉ số SIPAS"),
            ("Về chỉ số PAPI, tỉnh phấn đấu thuộc nhóm 20 tỉnh dẫn đầu.", "chỉ số PAPI"),
            ("Về hạ tầng số, 100% xã có cáp quang.", "xã có cáp quang"),  # names its own
        ],
    )  # fmt: skip
    def test_what_a_sentence_opens_with(self, sentence: str, phrase: str) -> None:
        """ "Đối với X, …", "Về X, …": X is what the figures measure where they name nothing."""
        assert [r.phrase for r in readings(sentence)] == [phrase]

    def test_a_share_of_the_plan(self) -> None:
        """ "đạt 95% kế hoạch vốn được giao": what the share is taken of, not what it measures."""
        (found,) = readings("Phấn đấu tỷ lệ giải ngân vốn đầu tư công đạt 95% kế hoạch vốn.")
        assert found.phrase == "tỷ lệ giải ngân vốn đầu tư công"

    def test_a_heading_over_results(self) -> None:
        text = "Kế hoạch năm 2026\nKết quả năm 2025:\n- Tỷ lệ hồ sơ trực tuyến đạt 72,5%."
        assert readings(text) == []

    def test_the_whole_of_a_charge_or_every_day_is_no_share(self) -> None:
        assert (
            readings("Từ ngày 1/1/2026, ông phụ trách toàn bộ mảng công nghệ thông tin của xã.")
            == []
        )
        (task,) = readings(
            "UBND tỉnh yêu cầu từ nay đến ngày 1/7/2021 Công an tỉnh phải tiếp tục duy trì các "
            "tổ cấp thẻ CCCD lưu động, làm việc tất cả các ngày trong tuần."
        )
        assert (task.op, task.deadline) == ("yes", date(2021, 7, 1))

    def test_a_figure_talked_about_or_targets_reached_are_results(self) -> None:
        assert readings("Con số 50% không chỉ là một chỉ tiêu kỹ thuật.") == []
        assert (
            readings(
                "Toàn xã có 19/21 chỉ tiêu đạt và vượt kế hoạch; tốc độ tăng trưởng đạt 10,3%."
            )
            == []
        )
        assert readings("Năm 2026, xã đề ra 18 chỉ tiêu trên tất cả các lĩnh vực.") == []

    def test_a_level_to_get_below(self) -> None:
        (found,) = readings("Phấn đấu tỷ lệ hộ nghèo giảm dưới 0,5%.")
        assert (found.op, found.value) == ("<", "0.5")

    def test_a_supposition_is_no_target(self) -> None:
        draft = extract(
            "Nếu tỉnh giữ được mức điểm như năm 2019, thì xếp hạng năm 2020 có thể tăng 10 bậc."
        )
        assert draft.targets == ()
        assert [u.reason for u in draft.unread] == ["supposes what would follow (nếu …), no target"]

    def test_the_targets_given_done_are_a_result(self) -> None:
        done = "Năm 2025, phường đã hoàn thành 100% các nhiệm vụ, chỉ tiêu được giao."
        assert readings(done) == []
        lead = "Các nhiệm vụ, chỉ tiêu cụ thể năm 2025:\n- 90% hồ sơ trực tuyến."
        assert [r.value for r in readings(lead)] == ["90"]

    def test_a_sector_of_a_satisfaction_is_a_breakdown(self) -> None:
        """ "Mức độ hài lòng … đạt trên 95%, trong đó lĩnh vực đất đai đạt trên 90%": the part
        of a measure that counts nothing is a breakdown, not a sub-quota."""
        _, part = readings(
            "Phấn đấu mức độ hài lòng của tổ chức, cá nhân đạt trên 95%, trong đó lĩnh vực đất đai "
            "đạt trên 90%."
        )
        assert (part.value, part.breakdown) == ("90", True)
        assert part.base is not None

    def test_the_part_of_a_result_is_a_result(self) -> None:
        """ "Tỷ lệ … đạt 80%, trong đó 50% …" with nothing that commits: the base is a result,
        and so is its part; with "phấn đấu" both are targets."""
        assert readings("Tỷ lệ hồ sơ được số hóa đạt 80%, trong đó 50% được tái sử dụng.") == []
        committed = readings(
            "Phấn đấu tỷ lệ hồ sơ được số hóa đạt 80%, trong đó 50% được tái sử dụng."
        )
        assert [r.value for r in committed] == ["80", "50"]

    def test_who_has_the_units_is_no_measure(self) -> None:
        """ "cả nước có ít nhất 80% số xã …": the share is of the communes; "cả nước có" is
        who has them, not a measure taken at them."""
        (found,) = readings("Phấn đấu cả nước có ít nhất 80% số xã đạt chuẩn nông thôn mới.")
        assert (found.phrase, found.level) == ("số xã đạt chuẩn nông thôn mới", "commune")

    def test_a_comma_ends_the_phrase_of_the_figure_before(self) -> None:
        (_, second) = readings(
            "Đến năm 2026: 90% hồ sơ đất đai được số hóa, 100% phường có điểm phục vụ công."
        )
        assert (second.phrase, second.level) == ("phường có điểm phục vụ công", "each_commune")

    def test_an_opening_period_is_no_part_of_the_phrase(self) -> None:
        (found,) = readings(
            "Trong giai đoạn 2026 - 2030, phấn đấu 100% xã đạt chuẩn chuyển đổi số."
        )
        assert found.phrase == "xã đạt chuẩn chuyển đổi số"
        assert found.period == "2026-2030"

    def test_a_plan_approved_before_is_no_report(self) -> None:
        (found,) = readings(
            "Các sở, ngành tập trung bổ sung 45 quy trình nội bộ theo phương án đã được "
            "Chủ tịch UBND tỉnh phê duyệt."
        )
        assert (found.op, found.value, found.unit) == (">=", "45", "count")
        assert found.phrase == "quy trình nội bộ"

    def test_a_count_after_cung_cap_or_sua_doi(self) -> None:
        assert read("Mục tiêu năm 2026 là cung cấp 150 dịch vụ công trực tuyến toàn trình.") == [
            (">=", "150", "count", "self")
        ]
        assert read("Phấn đấu năm 2026 sửa đổi 12 quy định về thủ tục hành chính.") == [
            (">=", "12", "count", "self")
        ]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Điểm chỉ số DTI cấp tỉnh đạt tối thiểu 0,6.",
                (">=", "0.6", "Điểm chỉ số DTI cấp tỉnh"),
            ),
            ("Chỉ số HDI đạt trên 0,75 vào năm 2030.", (">", "0.75", "Chỉ số HDI")),
        ],
    )
    def test_an_index_value_written_as_a_fraction(
        self, sentence: str, expected: tuple[str, str, str]
    ) -> None:
        (found,) = readings(sentence)
        assert (found.op, found.value, found.phrase) == expected
        assert found.unit == "points"

    def test_a_count_put_into_use(self) -> None:
        (found,) = readings(
            "Đưa vào khai thác sử dụng 114 cơ sở dữ liệu quốc gia trước ngày 31/12/2025."
        )
        assert (found.op, found.value, found.unit, found.phrase, found.deadline) == (
            ">=", "114", "count", "cơ sở dữ liệu quốc gia", date(2025, 12, 31)
        )  # fmt: skip


class TestTimeFamilies:
    def test_het_nam_is_the_end_of_the_year(self) -> None:
        (found,) = readings("Phấn đấu hết năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.")
        assert found.deadline == date(2026, 12, 31)


class TestDatesWithoutTheirYear:
    """A date written without its year takes the document's year, given as ``year=`` (or
    as a one-year ``period``), with a note; unknown, such a date is not read."""

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("Các đơn vị hoàn thành số hóa hồ sơ trước ngày 30/8.", date(2025, 8, 30)),
            ("Các bộ sớm ban hành chiến lược dữ liệu trước ngày 25.11.", date(2025, 11, 25)),
            ("Từ nay đến ngày 31/8, các đơn vị hoàn thành cập nhật dữ liệu dân cư.",
             date(2025, 8, 31)),
            ("Các xã phải hoàn thành rà soát thủ tục hành chính trong tháng 10.",
             date(2025, 10, 31)),
            ("Các sở hoàn thành kết nối hệ thống đến hết tháng 12.", date(2025, 12, 31)),
            ("Trong quý 1, triển khai hệ thống thông tin báo cáo.", date(2025, 3, 31)),
            ("Các sở gửi báo cáo về Sở Nội vụ trước ngày 15 tháng 9.", date(2025, 9, 15)),
            # a day written with a hyphen, as the press writes it, where it is due by
            ("Các xã hoàn thành cấp căn cước cho công dân trước ngày 31-8 năm nay.",
             date(2025, 8, 31)),
            ("Các xã hoàn thành cấp căn cước cho công dân trước ngày 5-9.", date(2025, 9, 5)),
            # months listed: due at the end of the last
            ("Các sở hoàn thành rà soát thủ tục trong tháng 11, tháng 12.", date(2025, 12, 31)),
            ("Các sở hoàn thành rà soát thủ tục trong tháng 5 và tháng 6.", date(2025, 6, 30)),
        ],
    )  # fmt: skip
    def test_a_task_due_in_the_documents_year(self, sentence: str, due: date) -> None:
        (found,) = extract(sentence, year=2025).targets
        assert (found.reading.op, found.reading.deadline) == ("yes", due)
        assert any("without its year, read in 2025" in note for note in found.reading.notes)
        assert [t.reading.deadline for t in extract(sentence, period="2025").targets] == [due]
        assert extract(sentence).targets == ()  # no year known: no date, no task

    def test_days_without_a_year_in_a_duty_of_each_period(self) -> None:
        """ "định kỳ 6 tháng … trước ngày 15 tháng 6 và trước ngày 01 tháng 12": the days of
        each half, a duty that recurs, no one deadline."""
        (found,) = extract(
            "Các sở, ngành định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15 "
            "tháng 6 và trước ngày 01 tháng 12 để tổng hợp.",
            year=2025,
        ).targets
        assert (found.reading.op, found.reading.recurrence, found.reading.deadline) == (
            "yes",
            "half_yearly",
            None,
        )
        assert found.reading.phrase == "báo cáo kết quả thực hiện về Sở Nội vụ"

    def test_a_period_stated_before_is_not_a_year_given(self) -> None:
        text = (
            "Năm 2025, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%. Tỷ lệ thanh toán đạt tối thiểu "
            "50%."
        )
        second = extract(text, year=2025).targets[1].reading
        assert second.period == "2025"
        assert not any("without its year" in note for note in second.notes)

    def test_a_half_of_the_documents_year(self) -> None:
        (found,) = extract(
            "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% trong 6 tháng cuối năm.", year=2025
        ).targets
        assert found.reading.period == "2025-H2"
        unknown = "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% trong 6 tháng cuối năm."
        assert [t.reading.period for t in extract(unknown).targets] == [None]

    def test_a_date_with_its_year_keeps_it(self) -> None:
        (found,) = extract("Các xã hoàn thành số hóa trước ngày 30/8/2024.", year=2025).targets
        assert found.reading.deadline == date(2024, 8, 30)
        assert not any("without its year" in note for note in found.reading.notes)

    def test_an_impossible_date_is_none(self) -> None:
        assert extract("Các xã hoàn thành số hóa trước ngày 31/2.", year=2025).targets == ()

    def test_what_was_done_is_no_task(self) -> None:
        """A date without its year in a report of what was done gives no task."""
        report = "Báo cáo tại buổi làm việc, chỉ trong tháng 10, Bộ đã trình 4 đề án."
        assert extract(report, year=2025).targets == ()

    def test_the_command_line_year(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        plan = tmp_path / "plan.txt"
        plan.write_text("Các đơn vị hoàn thành số hóa hồ sơ trước ngày 30/8.", encoding="utf-8")
        assert main(["extract", str(plan), "--year", "2025"]) == 0
        assert "deadline: '2025-08-30'" in capsys.readouterr().out
        assert main(["extract", str(plan), "--year", "năm nay"]) == 2
        assert "expected a year such as 2025" in capsys.readouterr().err


class TestCountsOfUnits:
    def test_a_count_of_units_is_pooled_at_their_tier(self) -> None:
        assert read(
            "Đến năm 2026, hoàn thành xây dựng chính quyền số tại 8 huyện, thị xã: huyện A, "
            "huyện B."
        ) == [(">=", "8", "count", "district")]
        # model communes are communes; model hamlets are no tier's units
        assert read(
            "Đến cuối năm 2025, tỉnh có ít nhất 04 mô hình xã nông thôn mới thông minh."
        ) == [(">=", "4", "count", "commune")]
        assert read("Đến cuối năm 2025, tỉnh có ít nhất 04 mô hình thôn thông minh.") == [
            (">=", "4", "count", "self")
        ]

    def test_a_count_per_year_under_a_lead_that_names_what_is_counted(self) -> None:
        text = (
            "Số xã, phường đạt chuẩn chuyển đổi số theo từng năm như sau:\n"
            "- Năm 2024: 15 xã, phường.\n"
            "- Năm 2025: 22 xã, phường.\n"
        )
        found = readings(text)
        assert [(r.value, r.level, r.period, r.unit) for r in found] == [
            ("15", "commune", "2024", "count"),
            ("22", "commune", "2025", "count"),
        ]

    def test_a_count_alone_under_a_report_lead_is_no_target(self) -> None:
        text = "Kết quả thực hiện: số xã hoàn thành chuyển đổi số năm 2023:\n- 15 xã.\n"
        assert read(text) == []

    @pytest.mark.parametrize(
        "lead", ["Chỉ tiêu cụ thể năm 2026:", "Mục tiêu năm 2026, toàn tỉnh có:"]
    )
    def test_counts_alone_under_a_lead_that_sets_targets(self, lead: str) -> None:
        """A count listed under a lead that sets targets and names no measure is a count of
        what it names (before, "15 xã đạt chuẩn …" was a status to keep, the phrase
        "toàn tỉnh có", or unread)."""
        text = (
            f"{lead}\n- 15 xã đạt chuẩn nông thôn mới nâng cao.\n"
            "- Có từ 3 - 5 doanh nghiệp công nghệ số được thành lập mới.\n"
            "- 2.000 hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.\n"
        )
        found = [(r.op, r.value, r.level, r.period, r.phrase) for r in readings(text)]
        assert found == [
            (">=", "15", "commune", "2026", "xã đạt chuẩn nông thôn mới nâng cao"),
            ("between", "3..5", "self", "2026", "doanh nghiệp công nghệ số được thành lập mới"),
            (">=", "2000", "self", "2026", "hộ kinh doanh sử dụng thanh toán không dùng tiền mặt"),
        ]
        reported = "Kết quả năm 2025:\n- 15 xã đạt chuẩn nông thôn mới nâng cao.\n"
        assert readings(reported) == []
        # (nothing to reach in a count of none: a page's "0 bình luận" under a lead)
        assert readings(f"{lead}\n0 bình luận\n") == []


class TestScopeFamilies:
    def test_every_tier(self) -> None:
        found = read(
            "Thực hiện số hóa 100% hồ sơ giải quyết thủ tục hành chính tại Bộ phận Tiếp nhận và "
            "Trả kết quả các cấp."
        )
        assert found == [(">=", "100", "percent", "all_levels")]

    def test_a_meeting_of_three_tiers_is_one_kind_of_meeting(self) -> None:
        found = read("Trên 70% cuộc họp 3 cấp (tỉnh - huyện - xã) được thực hiện trực tuyến.")
        assert found == [(">", "70", "percent", "self")]

    def test_the_records_of_the_agencies_of_one_tier(self) -> None:
        found = read(
            "90% hồ sơ công việc của các cơ quan cấp tỉnh, 80% hồ sơ công việc của các cơ quan cấp "
            "huyện và 60% hồ sơ công việc cơ quan cấp xã được xử lý trên môi trường mạng."
        )
        assert [lv for *_, lv in found] == ["province", "district", "commune"]

    def test_the_offices_of_one_tier_are_pooled_at_that_tier(self) -> None:
        assert read("100% đài truyền thanh cấp xã chuyển đổi sang truyền thanh ứng dụng CNTT.") == [
            (">=", "100", "percent", "commune")
        ]

    def test_the_staff_of_one_tier_is_pooled_at_that_tier(self) -> None:
        assert read("Phấn đấu 100% công chức, viên chức cấp huyện được cấp chữ ký số cá nhân.") == [
            (">=", "100", "percent", "district")
        ]

    def test_staff_of_several_tiers_is_left_to_the_listed_levels(self) -> None:
        found = read("100% cán bộ cấp tỉnh, cấp huyện sử dụng thành thạo nền tảng số.")
        assert [level for *_, level in found] == ["province", "district"]

    def test_one_cap_before_several_tiers(self) -> None:
        found = readings("Đến năm 2026, 100% văn bản tại cấp bộ, tỉnh và xã được ký số.")
        assert [r.level for r in found] == ["ministry", "province", "commune"]
        assert {r.phrase for r in found} == {"văn bản được ký số"}


class TestMorePhraseFamilies:
    def test_mức_độ_3_mức_độ_4_stays_in_the_phrase(self) -> None:
        (found,) = readings(
            "Bảo đảm 90% thủ tục cung cấp trực tuyến mức độ 3, mức độ 4 của tỉnh được tích hợp "
            "lên Cổng dịch vụ công quốc gia."
        )
        assert found.phrase.endswith("được tích hợp lên Cổng dịch vụ công quốc gia")

    def test_what_a_share_is_taken_of_after_dat(self) -> None:
        (found,) = readings("Kế hoạch đề ra mục tiêu phủ sóng cáp quang đạt 95% hộ gia đình.")
        assert found.phrase == "phủ sóng cáp quang hộ gia đình"

    def test_a_count_of_things_formed(self) -> None:
        assert read(
            "Hình thành mới tối thiểu 10 - 15 tổ công nghệ số cộng đồng trong năm 2026."
        ) == [("between", "10..15", "count", "self")]


class TestCarriedAcrossItems:
    def test_an_item_after_a_semicolon_shares_the_sentences_aspiration(self) -> None:
        found = readings(
            "Năm 2026, xã phấn đấu có 90% hồ sơ được giải quyết trước hạn; 100% hồ sơ quá hạn "
            "có văn bản xin lỗi."
        )
        assert [r.aspirational for r in found] == [True, True]

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("Đối soát 100% dữ liệu với cơ sở dữ liệu về dân cư (hoàn thành trong quý I).",
             date(2026, 3, 31)),
            ("Phấn đấu số hóa 100% hồ sơ, hoàn thành trước quý II.", date(2026, 3, 31)),
            ("Phấn đấu số hóa 100% hồ sơ, hoàn thành vào quý III.", date(2026, 9, 30)),
            # when, in brackets, is no part of what is measured
            ("Phấn đấu số hóa 100% hồ sơ (hoàn thành trong quý I).", date(2026, 3, 31)),
            ("Phấn đấu số hóa 100% hồ sơ, hoàn thành trong quý III/2026.", date(2026, 9, 30)),
            # months listed with their year: due at the end of the last
            ("Phấn đấu 100% nhiệm vụ được hoàn thành trong tháng 11, tháng 12 năm 2026.",
             date(2026, 12, 31)),
            ("Phấn đấu 100% nhiệm vụ được hoàn thành trong tháng 5 và tháng 6 năm 2026.",
             date(2026, 6, 30)),
        ],
    )  # fmt: skip
    def test_completed_within_a_quarter_or_months_is_due_at_the_end(
        self, sentence: str, due: date
    ) -> None:
        (found,) = extract(sentence, year=2026).targets
        assert (found.reading.deadline, found.reading.period) == (due, None)
        assert "quý" not in found.reading.phrase
        assert "tháng" not in found.reading.phrase

    def test_the_end_of_a_quarter_is_a_deadline(self) -> None:
        (found,) = readings(
            "Đến hết quý III/2026, 100% thủ tục hành chính được tiếp nhận trực tuyến."
        )
        assert (found.deadline, found.period) == (date(2026, 9, 30), None)

    def test_a_share_reached_in_a_quarter_is_due_at_its_end(self) -> None:
        (found,) = readings(
            "100% người dân trên địa bàn sẽ có danh tính số vào quý 2/2026 với bốn yếu tố cốt lõi."
        )
        assert (found.deadline, found.period) == (date(2026, 6, 30), None)

    @pytest.mark.parametrize("due", ["trước quý 3/2026", "đến hết quý II/2026", "vào quý 2/2026"])
    def test_the_quarter_a_share_is_due_by_is_not_part_of_its_phrase(self, due: str) -> None:
        (found,) = readings(f"Phấn đấu 100% người dân có danh tính số {due}.")
        assert found.phrase == "người dân có danh tính số"
        assert found.deadline is not None

    def test_a_share_within_a_quarter_keeps_it_as_its_period(self) -> None:
        (found,) = readings(
            "Trong quý III/2026, 100% thủ tục hành chính được tiếp nhận trực tuyến."
        )
        assert (found.deadline, found.period) == (None, "2026-Q3")


class TestSharedFigures:
    def test_a_figure_after_a_rank_in_one_clause_starts_after_the_comma(self) -> None:
        (_, share) = readings(
            "Đến năm 2030, tỉnh thuộc nhóm 15 địa phương dẫn đầu về chuyển đổi số, kinh tế số "
            "chiếm 25% GRDP."
        )
        assert share.phrase == "tỷ trọng kinh tế số trong GRDP"

    def test_several_measures_before_one_change(self) -> None:
        found = readings(
            "Năm 2026, chi phí tuân thủ thủ tục hành chính và thời gian đi lại của người dân "
            "tiếp tục giảm ít nhất 15% so với năm 2025."
        )
        assert [(r.op, r.value, r.phrase) for r in found] == [
            ("change_decrease", "15", "chi phí tuân thủ thủ tục hành chính"),
            ("change_decrease", "15", "thời gian đi lại của người dân"),
        ]

    def test_the_baseline_of_a_change_is_no_part_of_its_phrase(self) -> None:
        (found,) = readings("Phấn đấu rút ngắn 40% thời gian cấp phép xây dựng so với quy định.")
        assert found.phrase == "thời gian cấp phép xây dựng"


class TestTiers:
    def test_a_span_of_years_after_nam_or_thoi_ky(self) -> None:
        assert [
            r.period for r in readings("Trong 2 năm 2026-2027, phấn đấu 95% hồ sơ được ký số.")
        ] == ["2026-2027"]
        assert [
            r.period for r in readings("Thời kỳ 2026 - 2030, tỷ lệ đô thị hóa đạt tối thiểu 45%.")
        ] == ["2026-2030"]

    def test_records_of_each_tier_listed_with_trung_uong(self) -> None:
        found = readings(
            "Phấn đấu 95% văn bản cấp trung ương, cấp tỉnh, 85% hồ sơ công việc cấp huyện và 70% "
            "hồ sơ công việc cấp xã được ký số."
        )
        assert [(r.value, r.level) for r in found] == [
            ("95", "ministry"),
            ("95", "province"),
            ("85", "district"),
            ("70", "commune"),
        ]

    def test_four_tiers_of_government(self) -> None:
        found = read("100% hồ sơ được luân chuyển ở cả bốn cấp chính quyền trên môi trường mạng.")
        assert [level for *_, level in found] == ["ministry", "province", "district", "commune"]


class TestQuotaPhrases:
    def test_a_quota_given_keeps_its_service_level(self) -> None:
        (found,) = readings(
            "UBND tỉnh giao chỉ tiêu hồ sơ xử lý trực tuyến mức độ 4 cho các sở, ngành phải đạt "
            "từ 60% trở lên."
        )
        assert found.phrase == "hồ sơ xử lý trực tuyến mức độ 4 cho các sở, ngành"
        assert found.level == "each_agency"


class TestResultsNotTargets:
    def test_a_share_measured_to_the_hundredth_is_a_result(self) -> None:
        assert read("Năm 2025, tỷ lệ hồ sơ trực tuyến của huyện đạt 83,46%, bảo đảm tiến độ.") == []
        assert read("Phường Tân An có tỷ lệ hồ sơ đúng hạn đạt 97,15%; phấn đấu đạt 99%.") == [
            (">=", "99", "percent", "self")
        ]

    def test_a_request_named_is_no_commitment(self) -> None:
        """ "hồ sơ yêu cầu giải quyết" names the dossiers; "UBND tỉnh yêu cầu …" asks."""
        report = (
            "Trong quý I/2023, toàn tỉnh có 178.661 hồ sơ yêu cầu giải quyết về thủ tục hành "
            "chính; tỷ lệ hồ sơ được giải quyết đúng hạn đạt 97%."
        )
        assert read(report) == []
        assert read("UBND tỉnh yêu cầu tỷ lệ hồ sơ được giải quyết đúng hạn đạt 97%.") == [
            (">=", "97", "percent", "self")
        ]

    def test_a_floor_that_names_a_group_is_no_target(self) -> None:
        assert (
            read("Các xã có tỷ lệ hồ sơ trực tuyến đạt từ 70% trở lên gồm: xã A, xã B, xã C.") == []
        )

    def test_no_unit_below_a_figure_is_a_result(self) -> None:
        assert read("Cùng với đó, không có xã, phường nào đạt dưới 50%.") == []

    def test_a_figure_in_a_parenthesis_measures_what_the_parenthesis_names(self) -> None:
        (found,) = readings(
            "Đẩy mạnh cung cấp dịch vụ công trực tuyến, bảo đảm đúng tiến độ (thanh toán trực "
            "tuyến đạt tỷ lệ 40% trong năm 2026 theo chỉ tiêu của tỉnh)."
        )
        assert found.phrase.startswith("thanh toán trực tuyến")

    def test_a_result_measured_against_the_target_is_no_target(self) -> None:
        assert read("Kết quả, 97% hồ sơ được giải quyết đúng hạn, vượt 2% so với chỉ tiêu.") == []

    def test_a_rank_held_years_running_is_a_result(self) -> None:
        assert (
            read("Năm 2025 là năm thứ tư liên tiếp tỉnh thuộc nhóm 5 địa phương dẫn đầu về DTI.")
            == []
        )

    def test_a_figure_to_the_hundredth_under_a_target_lead_is_a_target(self) -> None:
        assert read("Chỉ tiêu cụ thể năm 2026:\n- Tỷ lệ hồ sơ trực tuyến đạt 85,55%.") == [
            (">=", "85.55", "percent", "self")
        ]

    def test_a_share_of_the_plan_is_a_result_unless_a_lead_commits_it(self) -> None:
        document = (
            "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
            "- Giải ngân vốn đầu tư công đạt 95% kế hoạch được giao.\n"
            "II. MỤC TIÊU NĂM 2026\n"
            "- Giải ngân vốn đầu tư công đạt 100% kế hoạch được giao."
        )
        (found,) = readings(document)
        assert (found.phrase, found.op, found.value, found.period) == (
            "Giải ngân vốn đầu tư công",
            ">=",
            "100",
            "2026",
        )
        assert read("Giải ngân vốn đầu tư công đạt 100% kế hoạch được giao.") == []


class TestTasks:
    def test_a_task_with_its_duty_word_before_the_verb(self) -> None:
        (found,) = readings(
            "Các phường chưa có tài khoản ngân hàng phải khẩn trương mở tài khoản với Kho bạc "
            "ngay trong ngày 15/8/2026."
        )
        assert (found.op, found.deadline) == ("yes", date(2026, 8, 15))
        assert found.phrase == "tài khoản với Kho bạc"

    @pytest.mark.parametrize(
        ("sentence", "phrase", "level", "due"),
        [
            ("Chủ tịch UBND huyện yêu cầu các xã, thị trấn phải hoàn thành việc số hóa sổ hộ "
             "tịch trước ngày 30/6/2025.", "việc số hóa sổ hộ tịch", "each_commune",
             date(2025, 6, 30)),
            ("Chủ tịch UBND TP. Pleiku giao Phòng Nội vụ làm đầu mối tổng hợp kết quả kích hoạt "
             "tài khoản định danh điện tử trước ngày 10-8-2023.",
             "kết quả kích hoạt tài khoản định danh điện tử", "self", date(2023, 8, 10)),
            ("UBND tỉnh giao Sở Nội vụ chủ trì tổng hợp kết quả thực hiện, báo cáo UBND tỉnh "
             "trước ngày 15/12/2025.", "kết quả thực hiện", "self", date(2025, 12, 15)),
            ("Thủ tướng đề nghị các bộ khẩn trương ban hành thông tư hướng dẫn trong tháng "
             "9/2025.", "thông tư hướng dẫn", "each_ministry", date(2025, 9, 30)),
        ],
    )  # fmt: skip
    def test_a_task_directed_to_someone(
        self, sentence: str, phrase: str, level: str, due: date
    ) -> None:
        """ "yêu cầu / giao / đề nghị X (phải) làm …": the task is X's, its verb the first
        after who is named."""
        (found,) = readings(sentence)
        assert (found.op, found.phrase, found.level, found.deadline) == (
            "yes", phrase, level, due
        )  # fmt: skip

    @pytest.mark.parametrize(
        ("sentence", "value", "level"),
        [
            ("Trong đó, mỗi đơn vị cấp xã thành lập 1 Tổ công nghệ số cấp xã.", "1",
             "each_commune"),
            ("Năm 2022, các huyện, thị xã, thành phố lựa chọn 2 xã để thành lập các Tổ công "
             "nghệ số cộng đồng.", "2", "each_district"),
            ("Ưu tiên khuyến khích các huyện, thị xã chọn ít nhất 1 mô hình thí điểm xã thông "
             "minh.", "1", "each_district"),
        ],
    )  # fmt: skip
    def test_a_count_allocated_to_each_unit(self, sentence: str, value: str, level: str) -> None:
        """A count whose doers are named right before its verb ("mỗi đơn vị cấp xã thành lập
        1 Tổ …") is each unit's to reach, with no other word of commitment."""
        (found,) = readings(sentence)
        assert (found.op, found.value, found.unit, found.level) == (">=", value, "count", level)

    def test_an_item_without_its_subject_measures_the_first_items(self) -> None:
        found = readings(
            "Phấn đấu kết quả Chỉ số SIPAS năm 2023 đạt từ 85% trở lên; nằm trong nhóm 20/63 địa "
            "phương dẫn đầu cả nước."
        )
        assert [(r.op, r.phrase) for r in found] == [
            (">=", "Chỉ số SIPAS"),
            ("rank_top", "Chỉ số SIPAS"),
        ]
        assert any("the sentence's first item names" in note for note in found[1].notes)

    def test_none_left(self) -> None:
        """ "không còn xã đạt dưới 15 tiêu chí", "không để tồn đọng hồ sơ quá hạn": a count of at
        most 0 where the sentence commits; said of a past year, a result."""
        found = readings(
            "Phấn đấu có ít nhất 80% số xã đạt chuẩn nông thôn mới, không còn xã đạt dưới 15 tiêu "
            "chí."
        )
        assert [(r.op, r.value, r.unit, r.level) for r in found][1] == (
            "<=", "0", "count", "commune"
        )  # fmt: skip
        (backlog,) = readings("Mục tiêu năm 2025:\n- Không để tồn đọng hồ sơ quá hạn;")
        assert (backlog.op, backlog.value, backlog.phrase) == ("<=", "0", "hồ sơ quá hạn")
        assert readings("Năm 2024, không còn hồ sơ quá hạn.") == []

    def test_a_grade_to_reach(self) -> None:
        """ "đạt loại Tốt" where the sentence commits is a grade to reach; reached, a result;
        the grade each unit of a share meets is that share's, not a target of its own."""
        (found,) = readings("Phấn đấu Chỉ số CCHC của huyện đạt loại Tốt.")
        assert (found.op, found.value) == ("ordinal_at_least", "tốt")
        assert readings("Năm 2024, Chỉ số CCHC của huyện đạt loại Tốt.") == []
        (share,) = readings("Phấn đấu 100% cơ quan, đơn vị xếp loại Tốt trở lên về CCHC.")
        assert (share.op, share.value, share.level) == (">=", "100", "each_agency")

    def test_the_leading_group_of_an_index(self) -> None:
        """PAPI's "nhóm cao nhất": a place in the leading group, no size, where the sentence
        commits; reached, it is a result."""
        (found,) = readings("Tỉnh phấn đấu năm 2024 chỉ số PAPI nằm trong nhóm cao nhất cả nước.")
        assert (found.op, found.value, found.phrase) == ("rank_top", "", "chỉ số PAPI")
        assert readings("Năm 2023, chỉ số PAPI của tỉnh thuộc nhóm cao nhất cả nước.") == []

    def test_a_place_reached_or_a_tally_is_a_result(self) -> None:
        ranked = (
            "Năm 2025, chỉ số cải cách hành chính của phường được xếp hạng thuộc nhóm 20 đơn vị "
            "dẫn đầu thành phố."
        )
        assert readings(ranked) == []
        tally = (
            "Hệ thống được triển khai tại 100% sở, ngành, UBND cấp huyện, với trên 9.300 tài "
            "khoản được cấp."
        )
        assert readings(tally) == []

    def test_places_in_two_rankings(self) -> None:
        """ "xếp 20/63 tỉnh, thành phố cả nước, 5/14 tỉnh vùng …": a place in the top 20 of
        the country and in the top 5 of the region, the region named; a place reached is a
        report."""
        found = readings(
            "Phấn đấu kết quả Chỉ số PAPI năm 2023 xếp 20/63 tỉnh, thành phố cả nước, 5/14 "
            "tỉnh vùng Bắc Trung bộ."
        )
        assert [(r.op, r.value) for r in found] == [("rank_top", "20"), ("rank_top", "5")]
        assert "in the ranking of: tỉnh vùng Bắc Trung bộ" in found[1].notes
        assert readings("Năm 2023, Chỉ số PAPI của tỉnh xếp thứ 34/63 tỉnh, thành phố.") == []

    def test_a_rise_or_a_keep_with_no_number_of_places(self) -> None:
        """No number of places stated: the reading says none (``""``); the draft keeps the
        place (0) or rises at least one, noted."""
        (keep,) = extract("Phấn đấu Chỉ số CCHC giữ vững vị trí.").targets
        (rise,) = extract("Phấn đấu tăng dần vị trí xếp hạng Chỉ số PCI.").targets
        assert (keep.reading.value, rise.reading.value) == ("", "")
        assert rise.reading.phrase == "Chỉ số PCI"
        assert isinstance(keep.target, cm.RankChange)
        assert isinstance(rise.target, cm.RankChange)
        assert (keep.target.places, rise.target.places) == (0, 1)
        assert "at least one" in rise.target.note

    def test_units_of_a_tier_to_count(self) -> None:
        """ "phấn đấu có 06 huyện … và 300 xã … hoàn thành …": counts of units, each pooled at
        its tier; a tally of what there is ("Toàn tỉnh có 95 xã") is none."""
        found = readings(
            "Đến cuối năm 2025, toàn tỉnh phấn đấu có 06 huyện, thị xã, thành phố và 300 xã, "
            "phường, thị trấn hoàn thành tiêu chí chuyển đổi số."
        )
        assert [(r.op, r.value, r.unit, r.level) for r in found] == [
            (">=", "6", "count", "district"),
            (">=", "300", "count", "commune"),
        ]
        assert found[0].phrase == "huyện, thị xã, thành phố hoàn thành tiêu chí chuyển đổi số"
        assert readings("Toàn tỉnh có 95 xã, 12 phường.") == []

    def test_procedures_to_review(self) -> None:
        (found,) = readings(
            "Thủ tướng yêu cầu các bộ khẩn trương chỉ đạo rà soát 734 thủ tục hành chính."
        )
        assert (found.op, found.value, found.unit) == (">=", "734", "count")

    def test_rounds_of_inspection_each_quarter(self) -> None:
        (found,) = readings(
            "Chỉ tiêu năm 2026:\n- Mỗi quý tổ chức ít nhất 01 đợt kiểm tra công tác cải cách hành "
            "chính."
        )
        assert (found.op, found.value, found.recurrence) == (">=", "1", "quarterly")

    def test_units_inspected_each_quarter(self) -> None:
        (found,) = readings(
            "Năm 2024, UBND huyện đặt mục tiêu:\n- Hằng quý, tổ chức kiểm tra ít nhất 02 cơ quan, "
            "đơn vị."
        )
        assert (found.op, found.value, found.unit, found.recurrence) == (
            ">=", "2", "count", "quarterly"
        )  # fmt: skip

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Thời gian giải quyết TTHC được rút ngắn ít nhất 1/3 so với quy định.",
             [("change_decrease", "100/3")]),
            ("Phấn đấu giảm 1/2 thời gian đi lại của người dân.", [("change_decrease", "50")]),
            ("Phấn đấu tăng thêm 1/4 số hồ sơ trực tuyến.", [("change_increase", "25")]),
            ("Các xã hoàn thành số hóa trước ngày 1/3/2025.", [("yes", "")]),  # a date
            ("Có 2/3 số xã đạt chuẩn.", []),  # a tally
        ],
    )  # fmt: skip
    def test_a_fraction_cut_or_added(self, sentence: str, expected: list[tuple[str, str]]) -> None:
        assert [(r.op, r.value) for r in readings(sentence)] == expected

    def test_a_range_of_cuts_keeps_the_least(self) -> None:
        (found,) = readings("Hằng năm, cắt giảm tối thiểu 30 - 50% thời gian giải quyết TTHC.")
        assert (found.op, found.value, found.recurrence) == ("change_decrease", "30", "yearly")

    def test_a_count_done_is_no_allocation(self) -> None:
        assert readings("Năm 2022, huyện đã lựa chọn 2 xã để thí điểm.") == []

    def test_a_directive_given_and_its_task_to_do(self) -> None:
        """ "đã chỉ đạo … hoàn thành … trước ngày D": the directive was given, the task is
        still to do; its chained verbs and "xong" are not what is done."""
        (found,) = readings(
            "Chủ tịch UBND tỉnh đã chỉ đạo các đơn vị, địa phương ưu tiên tập trung mọi nguồn "
            "lực triển khai hoàn thành số hóa dữ liệu hộ tịch xong trước ngày 30/9/2024."
        )
        assert (found.op, found.level, found.deadline) == ("yes", "each_agency", date(2024, 9, 30))
        assert found.phrase == "số hóa dữ liệu hộ tịch"

    def test_a_target_within_a_window_of_days(self) -> None:
        """ "… trong thời gian từ ngày D1 đến ngày D2": due at D2; the window is no part of
        what is measured."""
        (found,) = readings(
            "Theo đó, 100% dữ liệu hộ tịch trên địa bàn tỉnh được số hóa trong thời gian từ ngày "
            "01/3/2025 đến ngày 20/3/2025."
        )
        assert (found.deadline, found.phrase) == (
            date(2025, 3, 20),
            "dữ liệu hộ tịch trên địa bàn tỉnh được số hóa",
        )

    def test_a_task_within_a_window_of_months(self) -> None:
        """ "từ tháng 8/2025 đến tháng 11/2025 sẽ tổ chức …": due by the window's last day."""
        (found,) = readings(
            "Theo kế hoạch, từ tháng 8/2025 đến tháng 11/2025 sẽ tổ chức các lớp tập huấn về "
            "chuyển đổi số."
        )
        assert (found.op, found.deadline) == ("yes", date(2025, 11, 30))

    def test_everyone_told_is_no_share(self) -> None:
        """ "tất cả các bộ, ngành, địa phương tập trung …" names who is told to act, not a
        share of 100 % of them."""
        told = "Thủ tướng yêu cầu tất cả các bộ, ngành, địa phương tập trung rà soát dữ liệu."
        assert readings(told) == []
        assert [r.value for r in readings("Phấn đấu tất cả các xã có điểm truy cập Internet.")] == [
            "100"
        ]

    def test_a_task_of_everyone_the_sentence_opens_with(self) -> None:
        (found,) = readings(
            "Các bộ, ngành, địa phương hoàn thành việc kết nối dữ liệu với Cơ sở dữ liệu quốc gia "
            "về dân cư trước ngày 30/6/2026."
        )
        assert (found.op, found.level) == ("yes", "each_unit")

    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            ("Trên cơ sở kết quả rà soát, các đơn vị sẽ lập danh mục các hệ thống cần chấm dứt "
             "hoạt động, gửi về Sở Khoa học và Công nghệ trước ngày 30/12/2025.",
             "danh mục các hệ thống cần chấm dứt hoạt động"),
            ("Bộ Y tế phối hợp Bộ Công an và TP. Hà Nội tổ chức hướng dẫn người dân sử dụng Sổ sức "
             "khỏe điện tử, hoàn thành trong tháng 1/2024.",
             "hướng dẫn người dân sử dụng Sổ sức khỏe điện tử"),
        ],
    )  # fmt: skip
    def test_more_tasks_of_a_subject(self, sentence: str, phrase: str) -> None:
        """A duty word lets "lập", "gửi" be a task's verb; "TP." does not end its subject."""
        (found,) = readings(sentence)
        assert (found.op, found.phrase) == ("yes", phrase)

    def test_a_status_to_reach(self) -> None:
        """ "Phấn đấu đến năm 2030 xã … đạt xã nông thôn mới nâng cao": reached or not, in its
        period; reached already, or with nothing that commits, it is none."""
        draft = extract("Phấn đấu đến năm 2030 xã Vĩnh Lộc đạt xã nông thôn mới nâng cao.")
        (found,) = draft.targets
        assert (found.reading.op, found.reading.period) == ("yes", "2030")
        assert found.reading.phrase == "xã Vĩnh Lộc đạt xã nông thôn mới nâng cao"
        draft.plan()  # a valid plan
        assert readings("Năm 2023, xã đã đạt chuẩn nông thôn mới.") == []
        assert readings("Năm 2025, huyện được công nhận đạt chuẩn nông thôn mới.") == []

    @pytest.mark.parametrize(
        ("issuer_level", "level"), [("district", "commune"), ("commune", "self")]
    )
    def test_a_status_of_a_unit_named(self, issuer_level: str, level: str) -> None:
        """A commune named by its tier and name reaches a status at its tier, below the
        issuer; a commune's own text names itself."""

        def levels(text: str) -> list[str]:
            _, pieces = read_document(text, issuer_level=issuer_level, year=2024)
            return [r.level for piece in pieces for r in piece.targets]

        assert levels("Phấn đấu năm 2024 xã Phong Niên đạt chuẩn nông thôn mới nâng cao.") == [
            level
        ]
        # not a kind of commune, unnamed
        assert levels("Phấn đấu năm 2024 xã vùng cao đạt chuẩn nông thôn mới nâng cao.") == ["self"]
        # a province named: at its tier, below the nation
        province = "Phấn đấu năm 2024 tỉnh Bắc Kạn đạt chuẩn nông thôn mới."
        _, pieces = read_document(province, issuer_level="nation", year=2024)
        assert [r.level for piece in pieces for r in piece.targets] == ["province"]

    @pytest.mark.parametrize(
        ("sentence", "first", "status", "period", "aspirational"),
        [
            ("Phấn đấu tỷ lệ hộ nghèo dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2022.",
             "tỷ lệ hộ nghèo", "đạt chuẩn nông thôn mới nâng cao", "2022", True),
            # the clause of the status is the last before it; the year said before is its own
            ("Trong năm 2024, huyện phấn đấu thêm 3 xã là: Gia Phú, Xuân Giao và xã Phong Niên "
             "hoàn thành các tiêu chí nông thôn mới nâng cao, thị trấn Phố Lu đạt đô thị văn minh.",
             "xã", "thị trấn Phố Lu đạt đô thị văn minh", "2024", True),
            # the term's end is when, no part of what is reached
            ("Nhiệm kỳ 2025-2030, xã đề ra 20 chỉ tiêu như thu nhập bình quân đầu người đạt 135 "
             "triệu đồng/người và đến cuối nhiệm kỳ đạt chuẩn xã nông thôn mới nâng cao.",
             "thu nhập bình quân đầu người", "đạt chuẩn xã nông thôn mới nâng cao", "2025-2030",
             False),
        ],
    )  # fmt: skip
    def test_a_status_after_the_figures(
        self, sentence: str, first: str, status: str, period: str, aspirational: bool
    ) -> None:
        """A status to reach in a clause of its own after the sentence's figures is a target
        beside them (before, the figures only)."""
        found = readings(sentence)
        assert [r.phrase for r in found] == [first, status]
        assert (found[1].op, found[1].period, found[1].aspirational) == (
            "yes",
            period,
            aspirational,
        )

    def test_the_year_after_a_status_is_its_own(self) -> None:
        """ "… dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2022" under a term's lead:
        the year is the status's, the figure keeps the term (before, both took 2022)."""
        text = (
            "Nhiệm kỳ 2020-2025, Đảng bộ xã đề ra các chỉ tiêu, như:\n"
            "- tỷ lệ hộ nghèo duy trì giảm ở mức dưới 2% và đạt chuẩn nông thôn mới nâng cao "
            "vào năm 2022."
        )
        found = readings(text)
        assert [(r.phrase, r.period) for r in found] == [
            ("tỷ lệ hộ nghèo", "2020-2025"),
            ("đạt chuẩn nông thôn mới nâng cao", "2022"),
        ]

    @pytest.mark.parametrize("when", ["đến hết nhiệm kỳ", "vào cuối nhiệm kỳ", "đến năm 2025"])
    def test_when_a_status_is_reached_is_no_part_of_it(self, when: str) -> None:
        found = readings(f"Phấn đấu tỷ lệ hộ nghèo dưới 2% và {when} đạt chuẩn nông thôn mới.")
        assert [r.phrase for r in found] == ["tỷ lệ hộ nghèo", "đạt chuẩn nông thôn mới"]

    def test_no_status_after_a_result(self) -> None:
        """A status told beside a result, or one with figures after it, is not a status to
        reach after the figures."""
        assert readings("Năm 2023, tỷ lệ hộ nghèo còn 2% và xã đã đạt chuẩn nông thôn mới.") == []
        found = readings(
            "Phấn đấu xã đạt chuẩn nông thôn mới nâng cao, tỷ lệ hộ nghèo dưới 2% vào năm 2022."
        )
        assert [r.op for r in found] == ["<"]

    def test_digital_transformation_is_no_verb(self) -> None:
        """ "chuyển đổi số" names a field; its "chuyển" is no task's verb."""
        review = (
            "Chủ trì, phối hợp với các cơ quan liên quan rà soát lại các nhiệm vụ UBND tỉnh đã "
            "giao cho các cơ quan, đơn vị, địa phương tại các Kế hoạch của UBND tỉnh có liên quan "
            "đến công tác chuyển đổi số có thời hạn hoàn thành trong năm 2025."
        )
        assert readings(review) == []

    def test_a_requirement_met_is_no_task(self) -> None:
        """ "đáp ứng yêu cầu" names a requirement, not someone told to act."""
        assert (
            readings("Hồ sơ phải đáp ứng yêu cầu về thời gian giải quyết trước ngày 30/6/2025.")
            == []
        )

    def test_every_six_months_written_with_a_slash(self) -> None:
        (found,) = readings("Tối thiểu 25% cơ quan được kiểm tra công vụ, định kỳ 6 tháng/lần.")
        assert found.recurrence == "half_yearly"
        assert found.phrase == "cơ quan được kiểm tra công vụ"


class TestAmountsAndTierBreakdowns:
    @pytest.mark.parametrize(
        ("sentence", "op", "value", "phrase"),
        [
            ("Phấn đấu số người dùng đạt 1.000.000 tài khoản.", ">=", "1000000", "số người dùng"),
            ("Phấn đấu thu ngân sách trên địa bàn đạt 78,3 tỷ đồng.", ">=", "78300000000",
             "thu ngân sách trên địa bàn"),
            ("Năm 2026, xã phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng.", ">",
             "4000000000000", "tổng giá trị sản phẩm"),
        ],
    )  # fmt: skip
    def test_an_amount_to_reach(self, sentence: str, op: str, value: str, phrase: str) -> None:
        """ "… đạt 1.000.000 tài khoản", "… đạt 78,3 tỷ đồng": a count, scaled by its word,
        of what is named before "đạt", where the sentence commits."""
        (found,) = readings(sentence)
        assert (found.op, found.value, found.unit, found.phrase) == (op, value, "count", phrase)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Số hồ sơ được giải quyết trước hạn đạt 8.889 hồ sơ.",  # no commitment
            # a report that quotes its targets
            "Nhiệm kỳ qua, tỉnh đã thực hiện đạt và vượt các chỉ tiêu; GRDP bình quân đầu "
            "người đạt 3.555 USD/người/năm.",
        ],
    )
    def test_an_amount_reported_is_none(self, sentence: str) -> None:
        assert [r for r in readings(sentence) if r.unit == "count"] == []

    def test_two_digit_growth(self) -> None:
        """ "tăng trưởng đạt 2 con số" is growth of at least 10 %, of "tăng trưởng"."""
        (found,) = readings("Năm 2026 có chỉ tiêu tăng trưởng đạt 2 con số.")
        assert (found.op, found.value, found.unit, found.phrase) == (
            ">=",
            "10",
            "percent",
            "tăng trưởng",
        )

    def test_a_count_of_units_after_phan_dau(self) -> None:
        """ "Phấn đấu 5 xã đạt chuẩn …" counts communes, aspirationally (not a status)."""
        (found,) = readings("Phấn đấu 5 xã đạt chuẩn nông thôn mới.")
        assert (found.op, found.value, found.unit, found.level, found.aspirational) == (
            ">=",
            "5",
            "count",
            "commune",
            True,
        )
        assert found.phrase == "xã đạt chuẩn nông thôn mới"

    def test_a_further_count_of_units_after_a_comma(self) -> None:
        found = readings(
            "Phấn đấu đến năm 2030 có 50% số xã đạt chuẩn nông thôn mới nâng cao, 20 xã đạt chuẩn "
            "nông thôn mới kiểu mẫu."
        )
        assert [(r.op, r.value, r.unit, r.level, r.phrase) for r in found] == [
            (">=", "50", "percent", "commune", "số xã đạt chuẩn nông thôn mới nâng cao"),
            (">=", "20", "count", "commune", "xã đạt chuẩn nông thôn mới kiểu mẫu"),
        ]

    @pytest.mark.parametrize(
        ("sentence", "value", "phrase"),
        [
            ("Cắt giảm 20 thủ tục hành chính không cần thiết.", "20",
             "thủ tục hành chính không cần thiết"),
            ("Đơn giản hóa ít nhất 15 thủ tục hành chính nội bộ.", "15",
             "thủ tục hành chính nội bộ"),
        ],
    )  # fmt: skip
    def test_a_count_of_things_cut(self, sentence: str, value: str, phrase: str) -> None:
        """An item that opens with a cut, then its count: so many things cut (a share cut,
        "Cắt giảm 20% thời gian …", is a change)."""
        (found,) = readings(sentence)
        assert (found.op, found.value, found.unit, found.phrase) == (">=", value, "count", phrase)

    def test_a_tier_after_trong_do_is_that_tiers_figure(self) -> None:
        """ "…, trong đó cấp xã đạt tối thiểu 98%": the same measure at the commune tier."""
        whole, communes = readings(
            "Tỷ lệ giải quyết hồ sơ trước và đúng hạn đạt tối thiểu 95%, trong đó cấp xã đạt "
            "tối thiểu 98%."
        )
        assert (whole.value, whole.level) == ("95", "self")
        assert (communes.value, communes.level, communes.base) == ("98", "commune", None)
        assert communes.phrase == whole.phrase
        assert communes.breakdown

    def test_an_opening_rise_directs(self) -> None:
        """ "Tăng 15% … so với năm 2023" opens with its verb, as "Giảm 20% …" does."""
        (found,) = readings("Tăng 15% số hồ sơ trực tuyến so với năm 2023.")
        assert (found.op, found.value) == ("change_increase", "15")
        assert readings("Số hồ sơ trực tuyến năm 2024 tăng 15% so với năm 2023.") == []

    def test_a_rank_group_to_keep(self) -> None:
        """ "Duy trì thứ hạng … trong nhóm cao nhất" commits to a place in the top group."""
        (found,) = readings("Duy trì thứ hạng Chỉ số PAPI trong nhóm cao nhất cả nước.")
        assert (found.op, found.phrase) == ("rank_top", "Chỉ số PAPI")
        assert readings("Chỉ số PAPI của tỉnh thuộc nhóm cao nhất cả nước.") == []

    def test_above_is_no_word_of_the_phrase(self) -> None:
        (found,) = readings("Tỷ lệ thanh toán trực tuyến vượt 30%.")
        assert (found.op, found.value, found.phrase) == (">", "30", "Tỷ lệ thanh toán trực tuyến")

    @pytest.mark.parametrize(
        ("sentence", "op", "value", "recurrence", "phrase"),
        [
            ("Tổ chức kiểm tra công tác cải cách hành chính tối thiểu 02 lần/năm.", ">=", "2",
             "yearly", "Tổ chức kiểm tra công tác cải cách hành chính"),
            ("Kiểm tra công vụ không quá 2 lần trong năm.", "<=", "2", "yearly",
             "Kiểm tra công vụ"),
            ("Mỗi cơ quan tổ chức tối thiểu một lần mỗi quý sinh hoạt chuyên đề.", ">=", "1",
             "quarterly", "Mỗi cơ quan tổ chức sinh hoạt chuyên đề"),
        ],
    )  # fmt: skip
    def test_times_per_period(
        self, sentence: str, op: str, value: str, recurrence: str, phrase: str
    ) -> None:
        """ "tối thiểu 02 lần/năm": a count of times, each year (quarter, month)."""
        (found,) = readings(sentence)
        assert (found.op, found.value, found.unit) == (op, value, "count")
        assert (found.recurrence, found.phrase) == (recurrence, phrase)
        assert readings("Năm 2024, huyện đã tổ chức kiểm tra 2 lần/năm.") == []

    def test_ngoai_tru_ends_the_phrase(self) -> None:
        (found,) = readings("100% hồ sơ được số hóa, ngoại trừ hồ sơ mật.")
        assert (found.phrase, found.exclusions) == ("hồ sơ được số hóa", ("hồ sơ mật",))

    def test_a_place_kept_in_a_named_ranking(self) -> None:
        (found,) = readings("Phấn đấu giữ vững vị trí thứ 5 trong bảng xếp hạng Chỉ số PCI.")
        assert (found.op, found.phrase) == ("rank_keep", "Chỉ số PCI")

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("Đến tháng 6/2026, hoàn thành chuyển đổi dữ liệu hộ tịch.", date(2026, 6, 30)),
            ("Chậm nhất trong quý IV/2025, 100% xã, phường kết nối Hệ thống thông tin giải "
             "quyết thủ tục hành chính.", date(2025, 12, 31)),
        ],
    )  # fmt: skip
    def test_due_by_a_month_or_a_quarter(self, sentence: str, due: date) -> None:
        """ "đến tháng 6/2026" is due at the month's end, as "đến hết tháng 6/2026" is;
        "chậm nhất trong quý IV/2025" at the quarter's end, and no word of the phrase."""
        (found,) = readings(sentence)
        assert found.deadline == due
        assert not found.phrase.lower().startswith("chậm")
        assert readings("Tính đến tháng 6/2026, tỷ lệ hồ sơ trực tuyến đạt 45%.") == []

    def test_agencies_that_ensure_a_figure_each_reach_it(self) -> None:
        """ "Các cơ quan, đơn vị bảo đảm 100% …", as "… phải …": each agency's figure."""
        (found,) = readings("Các cơ quan, đơn vị bảo đảm 100% văn bản được ký số.")
        assert found.level == "each_agency"
        both = readings(
            "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố bảo đảm tỷ lệ hồ sơ trực "
            "tuyến đạt tối thiểu 60%."
        )
        assert [r.level for r in both] == ["each_agency", "each_district"]

    @pytest.mark.parametrize(
        "opening",
        ["Từ ngày 01/01/2026, ", "Trong năm 2026, ", "Hằng năm, ", "Đến hết quý II/2026, "],
    )
    def test_whom_a_sentence_names_after_its_opening_time_each_reach_it(self, opening: str) -> None:
        """ "Từ ngày 01/01/2026, các cơ quan, đơn vị thực hiện ký số 100% văn bản đi": the
        time a sentence opens with does not hide whom it names."""
        (found,) = readings(f"{opening}các cơ quan, đơn vị thực hiện ký số 100% văn bản đi.")
        assert (found.op, found.value, found.level) == (">=", "100", "each_agency")
        (locality,) = extract(
            f"{opening}các địa phương phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.",
            issuer="38",
            year=2026,
        ).targets
        assert locality.reading.level == "each_commune"

    def test_at_least_one_for_each_that_a_sentence_names(self) -> None:
        """ "Các sở, ban, ngành tổ chức tối thiểu 01 cuộc kiểm tra …": one for each of them;
        a larger count is their total, and one said without a floor is one in all."""
        (each,) = readings(
            "Các sở, ban, ngành tổ chức tối thiểu 01 cuộc kiểm tra công tác cải cách hành "
            "chính tại các đơn vị trực thuộc."
        )
        assert (each.op, each.value, each.unit, each.level) == (">=", "1", "count", "each_agency")
        (total,) = readings("Các sở, ban, ngành tổ chức tối thiểu 10 cuộc kiểm tra.")
        assert (total.value, total.level) == ("10", "self")

    def test_an_exclusion_states_a_plans_figure(self) -> None:
        """ "… đạt 100% (trừ văn bản mật …)": a plan carves out what its figure leaves
        aside; without the carve-out the same sentence reads as a result."""
        sentence = "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử đạt 100%"
        (found,) = readings(f"{sentence} (trừ văn bản mật).")
        assert (found.op, found.value, found.exclusions) == (">=", "100", ("văn bản mật",))
        assert readings(f"{sentence}.") == []

    def test_a_staff_reduction_is_a_cut(self) -> None:
        (found,) = readings("Phấn đấu tinh giản biên chế tối thiểu 5% so với năm 2022.")
        assert (found.op, found.value, found.aspirational) == ("change_decrease", "5", True)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Kết quả, 100% hồ sơ được giải quyết đúng và trước hạn.",
            "Năm qua, có hơn 70% hồ sơ được nộp trực tuyến.",
            "100% đơn vị hoàn thành kế hoạch năm 2024.",  # the text is of 2025
        ],
    )
    def test_results_of_a_time_gone(self, sentence: str) -> None:
        """What came of it ("Kết quả, …"), the year gone by ("năm qua"), a year before the
        text's own: results, with nothing that commits."""
        assert extract(sentence, year=2025).targets == ()

    def test_a_past_year_as_baseline_or_with_a_commitment_still_reads(self) -> None:
        assert read("Giảm 20% thời gian giải quyết so với năm 2024.", year=2025) == [
            ("change_decrease", "20", "percent", "self")
        ]
        assert read("Phấn đấu 100% đơn vị hoàn thành kế hoạch năm 2024.", year=2024) == [
            (">=", "100", "percent", "self")
        ]
        assert read("100% đơn vị hoàn thành kế hoạch năm 2024.", year=2024) != []

    def test_a_task_done_within_a_year_is_due_at_its_end(self) -> None:
        """ "Hoàn thành việc số hóa … trong năm 2025" is due 31/12/2025, and says so."""
        (found,) = readings("Hoàn thành việc số hóa sổ hộ tịch trong năm 2025.")
        assert (found.op, found.deadline) == ("yes", date(2025, 12, 31))
        assert "done within the year: due at its end" in found.notes
        assert readings("Năm 2024, tỉnh đã hoàn thành việc số hóa sổ hộ tịch trong năm 2024.") == []

    def test_what_is_put_into_use(self) -> None:
        (found,) = readings(
            "Xây dựng và đưa vào vận hành Trung tâm điều hành thông minh trong năm 2026."
        )
        assert (found.phrase, found.deadline) == (
            "Trung tâm điều hành thông minh",
            date(2026, 12, 31),
        )


class TestReportsAndRulesOfAssessment:
    @pytest.mark.parametrize(
        "sentence",
        [
            # a figure restated as a share of the estimate ("bằng 95% dự toán")
            "Mười tháng năm 2024, thu ngân sách đạt 12.000 tỷ đồng, bằng 95% dự toán.",
            # "trở lên" after a degree is the degree's, and commits to nothing
            "Hiện nay, 100% cán bộ, công chức cấp xã có trình độ đại học trở lên.",
            # "trở lên" of a grade beside a tally of units is a result
            "Kết quả đánh giá năm 2023, có 18/20 sở, ngành đạt loại tốt trở lên.",
            # a part of a tally
            "Tỉnh có 1,2 triệu người, trong đó 70% sống ở nông thôn.",
            # what earns a score or a grade
            "Đạt 100% thì được 2 điểm; đạt từ 80% đến dưới 100% thì được 1 điểm.",
            "Xã được công nhận đạt chuẩn khi có từ 80% trở lên số hộ gia đình đạt danh hiệu "
            "gia đình văn hóa.",
            # what a penalty is given for
            "Đơn vị có tỷ lệ hồ sơ trễ hạn trên 5% sẽ bị xếp loại Yếu.",
            # a weight, a share that makes up a whole
            "Mỗi tiêu chí thành phần có trọng số 10%.",
            "Cán bộ, công chức dưới 30 tuổi chiếm 25%.",
            # units described, a share estimated, a place won, a quarter gone by
            "Nhiều xã có tỷ lệ hồ sơ trực tuyến dưới 30%.",
            "Khoảng 60% người dân chưa biết cách sử dụng dịch vụ công trực tuyến.",
            "Gần 90% doanh nghiệp đánh giá tích cực về môi trường đầu tư.",
            "Chỉ có 30% số hồ sơ được nộp trực tuyến.",
            "Đây là lần đầu tiên tỉnh lọt vào top 10 cả nước.",
            "Trên 80% hồ sơ đất đai được giải quyết đúng hạn trong quý vừa qua.",
        ],
    )
    def test_no_target(self, sentence: str) -> None:
        assert extract(sentence, year=2024).targets == ()

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            # the same forms where a plan commits to them
            ("Phấn đấu thu ngân sách đạt 12.000 tỷ đồng, bằng 105% dự toán.",
             [(">=", "12000000000000", "count", "self")]),
            ("Phấn đấu 100% cán bộ, công chức cấp xã có trình độ đại học trở lên.",
             [(">=", "100", "percent", "commune")]),
            ("Phấn đấu kinh tế số chiếm 20% GRDP.", [(">=", "20", "percent", "self")]),
            ("Phấn đấu đến năm 2025 có 15 xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt "
             "chuẩn nông thôn mới nâng cao.",
             [(">=", "15", "count", "commune"), (">=", "5", "count", "commune")]),
            ("Năm 2026, xã đề ra 18 chỉ tiêu, trong đó phấn đấu 100% hồ sơ được số hóa.",
             [(">=", "100", "percent", "self")]),
            # "giảm (xuống) còn X%": the level reached, at most X
            ("Phấn đấu tỷ lệ hồ sơ giải quyết quá hạn giảm còn 0,5%.",
             [("<=", "0.5", "percent", "self")]),
        ],
    )  # fmt: skip
    def test_the_same_forms_committed(
        self, sentence: str, expected: list[tuple[str, str, str, str]]
    ) -> None:
        assert read(sentence, year=2024) == expected


class TestMoreRanksAndTasks:
    @pytest.mark.parametrize(
        ("sentence", "op", "phrase"),
        [
            ("Phấn đấu không để tụt hạng Chỉ số cải cách hành chính so với năm 2024.",
             "rank_keep", "thứ hạng Chỉ số cải cách hành chính"),
            ("Phấn đấu giữ ổn định thứ hạng Chỉ số PCI.", "rank_keep", "thứ hạng Chỉ số PCI"),
            # an item opening with the verb directs it, with no other commitment; a place kept
            # and improved: kept, the floor of the rise, as "duy trì, nâng cao thứ hạng"
            ("Duy trì và cải thiện thứ hạng Chỉ số hài lòng SIPAS.", "rank_keep",
             "thứ hạng Chỉ số hài lòng SIPAS"),
            ("Duy trì và nâng cao thứ hạng Chỉ số SIPAS.", "rank_keep", "thứ hạng Chỉ số SIPAS"),
            ("Duy trì, cải thiện, nâng cao thứ hạng Chỉ số PAR Index.", "rank_keep",
             "thứ hạng Chỉ số PAR Index"),
            # a rise without a number
            ("Nâng cao thứ hạng Chỉ số chuyển đổi số (DTI) của tỉnh so với năm 2025.",
             "rank_improve", "Chỉ số chuyển đổi số (DTI) của tỉnh"),
            # the same place kept, said twice: one target
            ("Năm 2026, phấn đấu duy trì vị trí xếp hạng Chỉ số PAPI, không để tụt hạng.",
             "rank_keep", "thứ hạng Chỉ số PAPI"),
            # the place reached, as what is kept, is no result told
            ("Nâng cao Chỉ số cải cách hành chính, giữ vững thứ hạng đã đạt được.",
             "rank_keep", "Chỉ số cải cách hành chính"),
            ("Giữ vững, phát huy thứ hạng Chỉ số PAPI của tỉnh đã đạt được năm 2025.",
             "rank_keep", "thứ hạng Chỉ số PAPI của tỉnh"),
            # the verb of keeping is no part of the index in a group
            ("Phấn đấu Chỉ số PCI của tỉnh giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu.",
             "rank_top", "Chỉ số PCI của tỉnh"),
            # a rank higher than a year's, the index named between
            ("Bảo đảm thứ hạng Chỉ số PAR Index năm 2026 cao hơn năm 2025.",
             "rank_improve", "Chỉ số PAR Index"),
            ("Bảo đảm thứ hạng Chỉ số PAR Index năm 2026 bằng hoặc cao hơn năm 2025.",
             "rank_keep", "thứ hạng Chỉ số PAR Index"),
        ],
    )  # fmt: skip
    def test_ranks(self, sentence: str, op: str, phrase: str) -> None:
        (found,) = readings(sentence)
        assert (found.op, found.phrase) == (op, phrase)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Năm 2025, thứ hạng Chỉ số PAR Index của tỉnh cao hơn năm 2024.",
            "Tỷ lệ hồ sơ trực tuyến của tỉnh đã đạt 80%.",
            "Giữ vững thứ hạng, tỷ lệ hồ sơ trực tuyến đã đạt 80%.",
        ],
    )
    def test_a_place_or_a_figure_reached_is_told(self, sentence: str) -> None:
        assert readings(sentence) == []

    def test_a_numbered_rise_said_with_nang_cao_is_one_target(self) -> None:
        (found,) = readings("Nâng cao xếp hạng Chỉ số PAR Index lên ít nhất 3 bậc.")
        assert (found.op, found.value, found.phrase) == ("rank_improve", "3", "Chỉ số PAR Index")

    def test_each_index_of_a_place_kept_and_improved(self) -> None:
        found = readings("Giữ vững và cải thiện thứ hạng các chỉ số PAR Index, SIPAS, PAPI, PCI.")
        assert [(r.op, r.phrase) for r in found] == [
            ("rank_keep", f"thứ hạng {index}") for index in ("PAR Index", "SIPAS", "PAPI", "PCI")
        ]

    def test_a_rise_in_rank_reported_is_no_target(self) -> None:
        assert readings("Năm 2024, tỉnh cải thiện thứ hạng Chỉ số PCI.") == []

    @pytest.mark.parametrize(
        ("sentence", "phrase", "due"),
        [
            # the object opens the sentence, what is done with it after
            ("Số liệu phải được gửi về Bộ Nội vụ trước ngày 30/8/2025.",
             "Số liệu gửi về Bộ Nội vụ", date(2025, 8, 30)),
            ("Việc số hóa hồ sơ hộ tịch phải hoàn thành trước ngày 31/12/2025.",
             "Việc số hóa hồ sơ hộ tịch", date(2025, 12, 31)),
            ("Kết quả thực hiện phải được hoàn thành trong tháng 10/2025.",
             "Kết quả thực hiện", date(2025, 10, 31)),
            # a report sent to someone: the report is what is done
            ("Bộ Nội vụ sẽ tổng hợp, báo cáo Chính phủ trước ngày 30/9/2025.",
             "tổng hợp, báo cáo Chính phủ", date(2025, 9, 30)),
            ("Các sở, ngành gửi báo cáo về Sở Nội vụ trước ngày 15/12/2025.",
             "báo cáo về Sở Nội vụ", date(2025, 12, 15)),
        ],
    )  # fmt: skip
    def test_tasks(self, sentence: str, phrase: str, due: date) -> None:
        (found,) = [t.reading for t in extract(sentence, year=2026).targets]
        assert (found.op, found.phrase, found.deadline) == ("yes", phrase, due)

    @pytest.mark.parametrize(
        ("sentence", "level"),
        [
            ("Theo chỉ đạo của Bộ Công an, 5 thành phố trực thuộc Trung ương sẽ phải hoàn thành "
             "cấp căn cước công dân trước ngày 31/8/2022.", "each_province"),
            ("Từ tháng 11/2025, 168 xã, phường sẽ hoàn thành số hóa hồ sơ trước ngày "
             "31/12/2025.", "each_commune"),
        ],
    )  # fmt: skip
    def test_so_many_units_told_to_do_it_each_do_it(self, sentence: str, level: str) -> None:
        (found,) = readings(sentence)
        assert (found.op, found.level) == ("yes", level)

    def test_a_task_before_a_figure_in_the_same_sentence(self) -> None:
        """ "Phải hình thành … trong quý I/2026; bảo đảm tất cả …": the task and the share."""
        found = readings(
            "Phải hình thành cơ sở dữ liệu tổng hợp quốc gia trong quý I/2026; bảo đảm tất cả "
            "dữ liệu tích hợp tuân thủ nguyên tắc."
        )
        assert [(r.op, r.deadline) for r in found] == [("yes", date(2026, 3, 31)), (">=", None)]
        assert found[0].phrase == "cơ sở dữ liệu tổng hợp quốc gia"

    def test_who_does_it_is_not_what_is_done(self) -> None:
        """ "Các đơn vị phải hoàn thành trước …" names no task object: nothing to read."""
        assert readings("Các đơn vị phải hoàn thành trước ngày 30/6/2025.") == []


class TestSharesWrittenOtherWays:
    @pytest.mark.parametrize(
        ("sentence", "expected", "phrase"),
        [
            # a fraction after an operator, or of the things counted after it
            ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt ít nhất 2/3.",
             (">=", "200/3", "percent", "self"), "tỷ lệ hồ sơ trực tuyến"),
            ("Phấn đấu 3/4 số xã có Tổ công nghệ số cộng đồng.",
             (">=", "75", "percent", "commune"), "số xã có Tổ công nghệ số cộng đồng"),
            # the whole a share is of, after the figure
            ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 50% tổng số hồ sơ.",
             (">", "50", "percent", "self"), "tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ"),
            ("Phấn đấu tỷ lệ hài lòng đạt tỷ lệ 90% trở lên.",
             (">=", "90", "percent", "self"), "tỷ lệ hài lòng"),
            # so many of the units there are
            ("Phấn đấu 10/12 xã đạt chuẩn nông thôn mới.",
             (">=", "10", "count", "commune"), "xã đạt chuẩn nông thôn mới"),
        ],
    )  # fmt: skip
    def test_share(self, sentence: str, expected: tuple[str, ...], phrase: str) -> None:
        (found,) = readings(sentence)
        assert (found.op, found.value, found.unit, found.level) == expected
        assert found.phrase == phrase

    def test_a_fraction_alone_is_a_date(self) -> None:
        assert readings("Phấn đấu tổ chức hội nghị ngày 2/3.") == []


class TestTimesBesideThePhrase:
    @pytest.mark.parametrize(
        ("sentence", "phrase", "due"),
        [
            ("Chậm nhất đến hết tháng 9/2025, 100% xã hoàn thành việc cấp chữ ký số.",
             "xã hoàn thành việc cấp chữ ký số", date(2025, 9, 30)),
            ("Bảo đảm 100% hồ sơ được xử lý trên môi trường mạng trong tháng 8/2025.",
             "hồ sơ được xử lý trên môi trường mạng", date(2025, 8, 31)),
            # a duty word before the task's verb, its date before what is done
            ("Đảm bảo hoàn thành trước ngày 30/11/2025 việc cập nhật dữ liệu.",
             "việc cập nhật dữ liệu", date(2025, 11, 30)),
        ],
    )  # fmt: skip
    def test_the_time_is_no_part_of_the_phrase(self, sentence: str, phrase: str, due: date) -> None:
        (found,) = readings(sentence)
        assert (found.phrase, found.deadline) == (phrase, due)

    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            # whose rule it is, and where the effort goes, are no part of what is measured
            ("Đặc biệt, 100% kết quả giải quyết TTHC phải được trả đúng hạn theo quy định của "
             "Chính phủ.", "kết quả giải quyết TTHC được trả đúng hạn"),
            ("Phấn đấu cắt giảm tối thiểu 30% thời gian giải quyết đối với các TTHC, tập trung "
             "vào các lĩnh vực đất đai, xây dựng.", "thời gian giải quyết đối với các TTHC"),
        ],
    )  # fmt: skip
    def test_what_the_phrase_leaves_out(self, sentence: str, phrase: str) -> None:
        (found,) = readings(sentence)
        assert found.phrase == phrase

    def test_a_deadline_of_another_year_ends_the_period_in_force(self) -> None:
        first, second, third = extract(
            "Năm 2025, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%. Trước 30/6/2026, 100% thủ tục "
            "hành chính được công khai. Tối thiểu 90% hồ sơ được số hóa."
        ).targets
        assert (first.reading.period, first.reading.deadline) == ("2025", None)
        assert (second.reading.period, second.reading.deadline) == (None, date(2026, 6, 30))
        assert third.reading.period == "2025"


class TestRecurringTasks:
    def test_a_task_done_each_quarter_in_a_plan(self) -> None:
        draft = extract(
            "KẾ HOẠCH Cải cách hành chính năm 2026\nII. NHIỆM VỤ\n"
            "1. Báo cáo kết quả cải cách hành chính định kỳ hằng quý gửi Sở Nội vụ."
        )
        (found,) = [t.reading for t in draft.targets]
        assert (found.op, found.deadline, found.recurrence) == ("yes", None, "quarterly")
        assert found.phrase == "Báo cáo kết quả cải cách hành chính gửi Sở Nội vụ"
        assert "a task done each period" in found.notes

    def test_a_habit_told_outside_a_plan_is_no_task(self) -> None:
        assert readings("Sở Nội vụ báo cáo kết quả cải cách hành chính hằng quý.") == []


class TestWhoAndWhere:
    def test_the_level_a_sentence_opens_on(self) -> None:
        assert read("Đối với cấp xã, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.") == [
            (">=", "50", "percent", "commune")
        ]

    def test_units_named_first_each_reach_a_share_but_share_a_count(self) -> None:
        assert read(
            "Các bộ, ngành, địa phương cắt giảm tối thiểu 30% thủ tục hành chính liên quan đến "
            "hoạt động kinh doanh."
        ) == [("change_decrease", "30", "percent", "each_unit")]
        assert read(
            "Các bộ, ngành, địa phương phấn đấu sửa đổi, bổ sung tối thiểu 322 văn bản quy phạm "
            "pháp luật."
        ) == [(">=", "322", "count", "self")]

    def test_where_a_count_is_made_is_no_count_for_each(self) -> None:
        assert read(
            "Tổ chức 05 cuộc kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị."
        ) == [(">=", "5", "count", "self")]
        assert read("Xây dựng ít nhất 01 mô hình điểm tại mỗi xã, phường.") == [
            (">=", "1", "count", "each_commune")
        ]
        assert read(
            "Xây dựng ít nhất 3 mô hình thôn thông minh tại các xã Quế Long, Quế Xuân 2, Quế Phú."
        ) == [(">=", "3", "count", "self")]

    def test_a_qualifier_alone_takes_the_phrase_before(self) -> None:
        first, second = readings(
            "Tỷ lệ hồ sơ giải quyết trước hạn đạt tối thiểu 30%, đúng hạn đạt 100%."
        )
        assert (first.phrase, second.phrase) == (
            "Tỷ lệ hồ sơ giải quyết trước hạn",
            "Tỷ lệ hồ sơ giải quyết đúng hạn",
        )
        assert "the measured phrase is the one before it, with its qualifier" in second.notes

    def test_a_rise_over_the_year_before_each_year(self) -> None:
        (found,) = readings("Tỷ lệ hồ sơ trực tuyến năm sau cao hơn năm trước ít nhất 5%.")
        assert (found.op, found.value, found.recurrence, found.phrase) == (
            "change_increase",
            "5",
            "yearly",
            "Tỷ lệ hồ sơ trực tuyến",
        )

    def test_a_norm_cited_is_no_target_a_title_cited_is_no_norm(self) -> None:
        assert (
            readings(
                "Theo Quyết định 319 ngày 8/3/2022 của Thủ tướng Chính phủ quy định xã nông thôn "
                "mới kiểu mẫu phải có ít nhất 1 mô hình thôn, xóm thông minh."
            )
            == []
        )
        (found,) = readings(
            "Thực hiện Nghị định 61/2018/NĐ-CP quy định về cơ chế một cửa, bảo đảm 100% hồ sơ "
            "được tiếp nhận tại Bộ phận Một cửa."
        )
        assert (found.op, found.value) == (">=", "100")

    def test_when_a_text_takes_effect_is_no_target(self) -> None:
        assert (
            readings("Nghị quyết có hiệu lực từ ngày 1/1/2026 và áp dụng cho 100% xã, phường.")
            == []
        )

    def test_a_first_line_that_tells_a_result_is_no_plan_title(self) -> None:
        """ "… 15/18 chỉ tiêu đạt và vượt kế hoạch." names targets but reports on them: the
        plain figures after it are not read as a plan's."""
        text = (
            "Toàn huyện có 15/18 chỉ tiêu đạt và vượt kế hoạch, trong đó 5 chỉ tiêu vượt.\n"
            "Trong quý III, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%."
        )
        assert extract(text).targets == ()
        titled = "KẾ HOẠCH Cải cách hành chính năm 2025\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 99%."
        assert [t.reading.value for t in extract(titled).targets] == ["99"]

    def test_a_plan_s_count_in_its_own_year_or_one_to_come_is_a_target(self) -> None:
        """In a plan, a count of its year is to be reached; one of a year past, or of no
        year ("Tỉnh có 168 xã, phường"), is a fact told."""
        counts = (
            "Năm 2025, toàn tỉnh có 90 xã đạt chuẩn nông thôn mới.\n"
            "Toàn tỉnh có 95 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí năm 2025.\n"
            "Tỉnh có 168 xã, phường, đặc khu.\n"
            "Năm 2026, toàn tỉnh có 100 xã đạt chuẩn nông thôn mới.\n"
            "Đến năm 2030, có 150 xã được triển khai thí điểm chuyển đổi số.\n"
        )
        titled = extract(f"KẾ HOẠCH Cải cách hành chính năm 2026\n{counts}", year=2026)
        assert [(t.reading.value, t.reading.unit, t.reading.period) for t in titled.targets] == [
            ("100", "count", "2026"),
            ("150", "count", "2030"),
        ]
        # without a plan's title, or in a report, only the year to come commits ("Đến năm …")
        for untitled in (counts, f"BÁO CÁO kết quả năm 2026\n{counts}"):
            found = [t.reading.value for t in extract(untitled, year=2026).targets]
            assert found == ["150"]

    def test_an_average_yearly_rise(self) -> None:
        """A growth rate to reach each year (the corpus's convention; before, a change)."""
        (found,) = readings("Phấn đấu năng suất lao động tăng bình quân 7%/năm.")
        assert (found.op, found.value, found.recurrence) == (">=", "7", "yearly")
        assert found.phrase == "năng suất lao động tăng bình quân"

    def test_a_certificate_is_no_report_word(self) -> None:
        """ "chứng chỉ đạt 30%": "chỉ đạt" (only reached) is not in "chứng chỉ"."""
        text = "Mục tiêu:\n- Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30%."
        assert [t.reading.value for t in extract(text).targets] == ["30"]
        assert readings("Tỷ lệ lao động qua đào tạo chỉ đạt 30%.") == []


class TestTasksSetOutOverLines:
    PLAN = (
        "KẾ HOẠCH Cải cách hành chính năm 2026\n"
        "III. NHIỆM VỤ CỤ THỂ\n"
        "1. Xây dựng, ban hành Kế hoạch kiểm tra công tác cải cách hành chính.\n"
        "- Cơ quan chủ trì: Sở Nội vụ.\n"
        "- Thời gian hoàn thành: tháng 01/2026.\n"
        "2. Số hóa hồ sơ hộ tịch.\n"
        "- Thời gian hoàn thành: 30/6/2026.\n"
        "- Cơ quan phối hợp: Sở Tư pháp.\n"
        "- Đơn vị thực hiện: UBND các xã, phường.\n"
        "3. Rà soát, đơn giản hóa thủ tục hành chính.\n"
        "- Thời gian thực hiện: Quý II/2026.\n"
        "4. Tuyên truyền về cải cách hành chính.\n"
        "- Thời gian thực hiện: Thường xuyên.\n"
        "5. Báo cáo tình hình thực hiện.\n"
        "- Thời gian: Hằng quý.\n"
    )

    def test_each_task_with_its_time_and_who_leads_it(self) -> None:
        draft = extract(self.PLAN)
        found = [
            (t.reading.phrase, t.reading.deadline, t.reading.recurrence, t.reading.level)
            for t in draft.targets
        ]
        assert found == [
            ("Xây dựng, ban hành Kế hoạch kiểm tra công tác cải cách hành chính",
             date(2026, 1, 31), None, "self"),
            ("Số hóa hồ sơ hộ tịch", date(2026, 6, 30), None, "each_commune"),
            ("Rà soát, đơn giản hóa thủ tục hành chính", date(2026, 6, 30), None, "self"),
            ("Báo cáo tình hình thực hiện", None, "quarterly", "self"),
        ]  # fmt: skip
        assert draft.unread == ()  # the time lines are read with their tasks
        first = draft.targets[0]
        assert (
            first.sentence == "Xây dựng, ban hành Kế hoạch kiểm tra công tác cải cách hành chính."
        )
        assert draft.plan().targets  # a valid draft

    @pytest.mark.parametrize("number", ["1.", "a)", "II."])
    def test_a_heading_that_names_the_task_its_details_below(self, number: str) -> None:
        """A heading with no stop, its details the items under it, as a plan sets them out."""
        text = (
            f"{number} Rà soát, đánh giá thủ tục hành chính\n"
            "- Thời gian hoàn thành: Quý III/2026.\n"
            "- Cơ quan chủ trì: Sở Tư pháp.\n"
        )
        draft = extract(text, year=2026)
        assert [(t.reading.phrase, t.reading.deadline) for t in draft.targets] == [
            ("Rà soát, đánh giá thủ tục hành chính", date(2026, 9, 30))
        ]
        assert draft.unread == ()

    def test_a_line_of_another_kind_ends_the_task(self) -> None:
        text = (
            "1. Số hóa hồ sơ hộ tịch.\n"
            "Các đơn vị phối hợp chặt chẽ.\n"
            "- Thời gian hoàn thành: 30/6/2026.\n"
        )
        assert extract(text).targets == ()

    def test_a_task_done_is_no_task_set_out(self) -> None:
        text = "1. Số hóa hồ sơ hộ tịch đã xong.\n- Thời gian hoàn thành: 30/6/2026.\n"
        assert extract(text).targets == ()

    def test_a_tasks_quarter_dates_no_task_after_it(self) -> None:
        """ "Quý II/2026" in a task's row is its deadline, not a period in force below."""
        text = (
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | Quý II/2026 |\n"
            "| 2 | Số hóa hồ sơ hộ tịch | UBND các xã, phường | 30/9/2026 |\n"
        )
        first, second = (t.reading for t in extract(text).targets)
        assert (first.deadline, first.period) == (date(2026, 6, 30), None)
        assert (second.deadline, second.period) == (date(2026, 9, 30), None)

    def test_a_task_of_any_verb_with_its_time_line(self) -> None:
        text = (
            "III. NHIỆM VỤ\n1. Kiểm tra công tác cải cách hành chính tại 10 cơ quan, đơn vị.\n"
            "- Thời gian: Quý III/2025.\n"
        )
        (found,) = readings(text)
        assert (found.op, found.deadline) == ("yes", date(2025, 9, 30))

    def test_who_leads_it_in_brackets_and_a_label_ending_the_task_line(self) -> None:
        text = (
            "KẾ HOẠCH Cải cách hành chính năm 2026\n"
            "1. Số hóa hồ sơ hộ tịch (Sở Tư pháp chủ trì, hoàn thành trong tháng 9/2026).\n"
            "2. Tổ chức hội nghị sơ kết, thời gian thực hiện: tháng 7/2026.\n"
        )
        found = [(r.phrase, r.deadline) for r in readings(text)]
        assert found == [
            ("hồ sơ hộ tịch", date(2026, 9, 30)),
            ("hội nghị sơ kết", date(2026, 7, 31)),
        ]


class TestRanksKeptWrittenOtherWays:
    @pytest.mark.parametrize(
        ("sentence", "phrases"),
        [
            ("Giữ vững hoặc nâng cao thứ hạng Chỉ số PAR Index, SIPAS.",
             ["thứ hạng Chỉ số PAR Index", "thứ hạng SIPAS"]),
            ("Duy trì ổn định thứ hạng Chỉ số PAR Index của tỉnh.",
             ["thứ hạng Chỉ số PAR Index của tỉnh"]),
            # the rank held, named before what it must not fall below
            ("Phấn đấu thứ hạng các Chỉ số PAR Index, SIPAS, PCI năm 2024 không thấp hơn năm 2023.",
             ["thứ hạng Chỉ số PAR Index", "thứ hạng SIPAS", "thứ hạng PCI"]),
            ("Thứ hạng Chỉ số PAR Index của tỉnh không giảm so với năm trước.",
             ["thứ hạng Chỉ số PAR Index của tỉnh"]),
            # "tăng hạng hoặc giữ vững": a place kept, a rise welcome; one target
            ("Phấn đấu Chỉ số PAR Index của tỉnh tăng hạng hoặc giữ vững vị trí so với năm 2023.",
             ["Chỉ số PAR Index của tỉnh"]),
            ("Các chỉ số PAR Index, SIPAS năm 2024 giữ vững hoặc tăng bậc so với năm 2023.",
             ["PAR Index", "SIPAS"]),
            # an index named in capitals is one of the list, and each keeps "thứ hạng"
            ("Duy trì kết quả xếp hạng các chỉ số PAR INDEX, SIPAS, DTI.",
             ["thứ hạng PAR INDEX", "thứ hạng SIPAS", "thứ hạng DTI"]),
        ],
    )  # fmt: skip
    def test_kept(self, sentence: str, phrases: list[str]) -> None:
        found = readings(sentence)
        assert [(r.op, r.phrase) for r in found] == [("rank_keep", p) for p in phrases]

    def test_a_rise_over_several_indices_is_one_per_index(self) -> None:
        found = readings("Phấn đấu cải thiện thứ hạng Chỉ số PAR Index, SIPAS, PCI.")
        assert [(r.op, r.phrase) for r in found] == [
            ("rank_improve", "Chỉ số PAR Index"),
            ("rank_improve", "SIPAS"),
            ("rank_improve", "PCI"),
        ]


class TestTasksInNews:
    def test_kien_toan_bo_phan_is_no_whole(self) -> None:
        """ "kiện toàn Bộ phận Một cửa" strengthens a unit: no "toàn bộ" (all, ≥ 100 %)."""
        (found,) = readings(
            "Chậm nhất ngày 31/3/2025, các xã phải hoàn thành việc kiện toàn Bộ phận Một cửa."
        )
        assert (found.op, found.level, found.deadline) == ("yes", "each_commune", date(2025, 3, 31))
        assert found.phrase == "việc kiện toàn Bộ phận Một cửa"

    def test_whom_a_task_reaches_is_no_whole(self) -> None:
        (found,) = readings(
            "Yêu cầu Giám đốc các sở, ngành tổ chức quán triệt nội dung Kế hoạch này đến toàn "
            "thể cán bộ trong quý I/2025."
        )
        assert (found.op, found.level, found.deadline) == ("yes", "each_agency", date(2025, 3, 31))

    def test_a_body_named_before_the_verb(self) -> None:
        (found,) = readings(
            "Công an tỉnh chủ trì hướng dẫn các địa phương hoàn thành cấp căn cước cho người "
            "dân trước 30/6/2025."
        )
        assert (found.op, found.phrase) == ("yes", "cấp căn cước cho người dân")
        assert found.deadline == date(2025, 6, 30)

    def test_kien_toan_is_a_task_verb(self) -> None:
        (found,) = readings(
            "Các địa phương khẩn trương kiện toàn tổ chức bộ máy, hoàn thành trước ngày 15/8/2025."
        )
        assert (found.op, found.phrase) == ("yes", "tổ chức bộ máy")

    def test_a_task_within_a_period_to_come(self) -> None:
        """ "… trong năm 2025": done within the year, its period (no date is stated)."""
        draft = extract(
            "Thí điểm đánh giá, xếp hạng chất lượng cơ sở dữ liệu trong năm 2025.", year=2025
        )
        (found,) = (t.reading for t in draft.targets)
        assert (found.op, found.period, found.deadline) == ("yes", "2025", None)
        assert "a task done within its period" in found.notes

    @pytest.mark.parametrize(
        "sentence",
        [
            # the period names the event, and the year has passed
            "Sáng 27-8, UBND phường Hòa Hưng tổ chức Lễ ký kết thực hiện các nhiệm vụ chuyển "
            "đổi số giai đoạn 2025-2026.",
            "Thí điểm đánh giá chất lượng cơ sở dữ liệu trong năm 2023.",
            # a time is all the verb is said of: no object, so no task
            "Các cơ quan, đơn vị triển khai ngay từ tháng 01/2026.",
        ],
    )
    def test_no_task_within_a_period_named_or_past(self, sentence: str) -> None:
        assert extract(sentence, year=2025).targets == ()


class TestCountsByTheirFloor:
    @pytest.mark.parametrize(
        ("sentence", "value", "phrase"),
        [
            ("Hằng năm kiểm tra công tác cải cách hành chính tại ít nhất 10 cơ quan, đơn vị.",
             "10", "cơ quan, đơn vị"),
            ("Tuyên truyền về cải cách hành chính ít nhất 12 tin, bài trên Cổng thông tin điện tử.",
             "12", "tin, bài trên Cổng thông tin điện tử"),
            ("Phấn đấu có 10.000 doanh nghiệp công nghệ số.", "10000", "doanh nghiệp công nghệ số"),
            # what each has, things done ahead of the rest, units where it is done
            ("Phấn đấu trung bình mỗi người dân có 01 tài khoản sử dụng dịch vụ điện toán đám mây.",
             "1", "tài khoản sử dụng dịch vụ điện toán đám mây"),
            ("Bộ đặt mục tiêu triển khai trước 4 sản phẩm công nghệ chiến lược từ ngày 31/10/2025.",
             "4", "sản phẩm công nghệ chiến lược"),
            ("Lộ trình từ năm 2021-2030 sẽ triển khai trên địa bàn 46 xã.", "46", "xã"),
        ],
    )  # fmt: skip
    def test_counted(self, sentence: str, value: str, phrase: str) -> None:
        (found,) = readings(sentence)
        assert (found.op, found.value, found.unit, found.phrase) == (">=", value, "count", phrase)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            # a rate qualifies what is counted; a time and a place are other forms
            ("Cung cấp 982 dịch vụ công có số lượng hồ sơ phát sinh tối thiểu 1.000 hồ sơ/năm.",
             (">=", "982", "count")),
            ("Thời gian giải quyết tối thiểu 5 ngày làm việc.", (">=", "5", "days")),
            ("Chỉ số PAR Index tăng ít nhất 3 bậc.", ("rank_improve", "3", "rank")),
        ],
    )  # fmt: skip
    def test_no_count_of_a_rate_a_time_or_a_place(
        self, sentence: str, expected: tuple[str, str, str]
    ) -> None:
        assert [(r.op, r.value, r.unit) for r in readings(sentence)] == [expected]


class TestOneFigureOverTwo:
    def test_the_agencies_and_the_units_each(self) -> None:
        found = readings(
            "Phấn đấu 100% các sở, ngành, UBND các huyện, thành phố cung cấp thông tin thiết yếu "
            "trên hệ thống thông tin nguồn."
        )
        said = "cung cấp thông tin thiết yếu trên hệ thống thông tin nguồn"
        assert [(r.level, r.phrase) for r in found] == [
            ("each_agency", f"các sở, ngành {said}"),
            ("each_district", f"UBND các huyện, thành phố {said}"),
        ]

    def test_units_reached_before_more_of_the_subject(self) -> None:
        found = readings(
            "Triển khai hệ thống thông tin báo cáo đến 100% các sở, ngành, UBND các huyện, thành "
            "phố và được tích hợp, kết nối với các hệ thống dùng chung của tỉnh."
        )
        assert [(r.level, r.phrase) for r in found] == [
            ("each_agency", "các sở, ngành"),
            ("each_district", "UBND các huyện, thành phố"),
        ]

    def test_a_predicate_of_acceptance_is_shared(self) -> None:
        found = readings(
            "Phấn đấu 100% cơ sở giáo dục ở đô thị và 80 - 90% cơ sở giáo dục còn lại chấp nhận "
            "thanh toán học phí không dùng tiền mặt."
        )
        assert [r.phrase for r in found] == [
            "cơ sở giáo dục ở đô thị chấp nhận thanh toán học phí không dùng tiền mặt",
            "cơ sở giáo dục còn lại chấp nhận thanh toán học phí không dùng tiền mặt",
        ]

    def test_two_predicates(self) -> None:
        found = readings(
            "Đảm bảo 100% văn bản điện tử được thực hiện dưới dạng điện tử và được ký số bởi chữ "
            "ký chuyên dùng."
        )
        assert [r.phrase for r in found] == [
            "văn bản điện tử được thực hiện dưới dạng điện tử",
            "văn bản điện tử được ký số bởi chữ ký chuyên dùng",
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Phấn đấu 100% hồ sơ được tiếp nhận và giải quyết trực tuyến.",  # verbs, one object
            # a named unit, after an active verb
            "Phấn đấu 50% đơn vị cấp huyện xây dựng Bộ phận tiếp nhận và trả kết quả hiện đại.",
        ],
    )
    def test_one_predicate(self, sentence: str) -> None:
        assert len(readings(sentence)) == 1

    def test_what_each_unit_counted_must_reach_is_no_target(self) -> None:
        """ "có ít nhất 1 khu phố, ấp đạt 100% tiêu chí": the 100 % qualifies the count."""
        found = readings(
            "Phấn đấu đến 2025, mỗi xã, phường có ít nhất 1 khu phố, ấp đạt 100% tiêu chí đánh "
            "giá chuyển đổi số."
        )
        assert [(r.op, r.value, r.unit, r.level, r.phrase) for r in found] == [
            (
                ">=",
                "1",
                "count",
                "each_commune",
                "khu phố, ấp đạt 100% tiêu chí đánh giá chuyển đổi số",
            )
        ]


class TestChangesFromADate:
    def test_a_practice_changed_from_a_date(self) -> None:
        """ "… đặt mục tiêu, từ ngày D, việc X sẽ thực hiện …": X done that way from D."""
        (found,) = readings(
            "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, "
            "chuyển đổi số và Đề án 06 đặt mục tiêu, từ ngày 1/10/2025, việc tiếp nhận hồ sơ sẽ "
            "thực hiện hoàn toàn qua môi trường điện tử."
        )
        assert (found.op, found.deadline) == ("yes", date(2025, 10, 1))
        assert found.phrase == "việc tiếp nhận hồ sơ thực hiện hoàn toàn qua môi trường điện tử"

    def test_a_task_in_other_words(self) -> None:
        """A duty word ("sẽ", "cần", "khẩn trương" …) then, a few words on, what is done."""
        (found,) = readings(
            "Giai đoạn hai, hoàn thành vào quý 3/2026, sẽ tập trung vào việc đào tạo kỹ năng số "
            "cơ bản cho người dân và duy trì các hoạt động này thường xuyên."
        )
        # the second task joined by "và" is no part of the first's phrase
        assert (found.op, found.phrase) == ("yes", "kỹ năng số cơ bản cho người dân")
        assert found.deadline == date(2026, 9, 30)

    def test_no_task_in_other_words_reported(self) -> None:
        found = readings(
            "Ngày 4/5/2024, Chủ tịch UBND tỉnh đã có văn bản chỉ đạo các cơ quan tiếp tục thực "
            "hiện kế hoạch."
        )
        assert found == []
        # what the directive directed, told as done
        assert (
            readings(
                "UBND tỉnh đã có văn bản chỉ đạo các xã số hóa hồ sơ và các xã đã hoàn thành trước "
                "ngày 30/6/2025."
            )
            == []
        )


class TestNoneLetHappen:
    def test_do_not_let_it_happen_is_none_left(self) -> None:
        """ "Không để xảy ra tình trạng hồ sơ trễ hạn": directed, a count of at most 0."""
        (found,) = readings("Không để xảy ra tình trạng hồ sơ trễ hạn.")
        assert (found.op, found.value, found.unit, found.phrase) == (
            "<=",
            "0",
            "count",
            "hồ sơ trễ hạn",
        )

    @pytest.mark.parametrize(
        ("sentence", "phrase"),
        [
            ("Không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân.",
             "nhũng nhiễu, gây phiền hà cho người dân"),
            ("Không để xảy ra trường hợp chậm trễ trong giải quyết hồ sơ.",
             "chậm trễ trong giải quyết hồ sơ"),
        ],
    )  # fmt: skip
    def test_any_case_named(self, sentence: str, phrase: str) -> None:
        (found,) = readings(sentence)
        assert (found.op, found.value, found.unit, found.phrase) == ("<=", "0", "count", phrase)
        assert (
            extract(f"Năm 2024, tỉnh đã {sentence[0].lower()}{sentence[1:]}", year=2025).targets
            == ()
        )

    @pytest.mark.parametrize(
        "sentence",
        [
            "Năm 2024, tỉnh không để xảy ra tình trạng hồ sơ trễ hạn.",
            "Qua đó, tỉnh đã không để xảy ra tình trạng hồ sơ trễ hạn.",
        ],
    )
    def test_not_when_reported(self, sentence: str) -> None:
        assert extract(sentence, year=2025).targets == ()


class TestAPlanAsWritten:
    def test_a_commune_plan(self) -> None:
        """A commune's yearly plan as such plans are written: figures, then numbered tasks."""
        text = (
            "KẾ HOẠCH Cải cách hành chính năm 2026 của UBND xã Tân Phú\n"
            "2. Chỉ tiêu cụ thể\n"
            "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.\n"
            "- 100% văn bản đi được ký số, trừ văn bản mật.\n"
            "II. NHIỆM VỤ\n"
            "1. Rà soát, đơn giản hóa thủ tục hành chính, hoàn thành trong quý II/2026.\n"
            "2. Kiểm tra công tác cải cách hành chính tại ít nhất 5 thôn.\n"
        )
        found = [(r.op, r.value, r.deadline, r.period, r.phrase) for r in readings(text)]
        assert found == [
            (">=", "98", None, None, "Tỷ lệ hồ sơ giải quyết đúng hạn"),
            (">=", "100", None, None, "văn bản đi được ký số"),
            # the verbs listed, then what they act on; its quarter is its deadline only
            ("yes", "", date(2026, 6, 30), None, "Rà soát, đơn giản hóa thủ tục hành chính"),
            (">=", "5", None, None, "thôn"),
        ]

    def test_the_day_of_each_period_a_recurring_task_is_due(self) -> None:
        text = (
            "KẾ HOẠCH năm 2026\n"
            "Hằng tháng, UBND các xã, phường báo cáo kết quả về Sở Nội vụ trước ngày 20.\n"
        )
        (found,) = readings(text)
        assert (found.phrase, found.recurrence, found.level) == (
            "báo cáo kết quả về Sở Nội vụ",
            "monthly",
            "each_commune",
        )
        assert "due by day 20 of each period" in found.notes

    @pytest.mark.parametrize(
        ("sentence", "level"),
        [
            # who works with others does it; whom a directive names does it
            ("Theo kế hoạch, Sở Nội vụ sẽ phối hợp với các đơn vị để tổng hợp kết quả trước "
             "ngày 15/12/2026.", "self"),
            ("UBND tỉnh đề nghị trong thời gian tới các xã khẩn trương tổng hợp kết quả trước "
             "ngày 15/12/2026.", "each_commune"),
        ],
    )  # fmt: skip
    def test_who_does_a_task_in_other_words(self, sentence: str, level: str) -> None:
        (found,) = readings(sentence)
        assert (found.op, found.level, found.deadline) == ("yes", level, date(2026, 12, 15))


class TestResultsToldOtherWays:
    @pytest.mark.parametrize(
        "sentence",
        [
            # a figure reached to a decimal, nothing committing: its round neighbours are
            # results too
            "100% văn bản được xử lý trên môi trường điện tử; dịch vụ công trực tuyến được "
            "triển khai đầy đủ với tỉ lệ giải quyết hồ sơ trực tuyến đạt 94,4%, mức độ hài lòng "
            "của người dân đạt trên 98%.",
            # words quoted commit nobody
            "Với thực tiễn “chuyển đổi số phải đi vào cuộc sống”, tháng 7/2020, Bộ đã lựa chọn "
            "11 xã làm điểm đột phá thực hiện chuyển đổi số cấp xã.",
            # what qualifies for a mechanism
            "Xây dựng cơ chế thu hút doanh nghiệp công nghệ theo nguyên tắc: có đầu tư Trung tâm "
            "nghiên cứu và phát triển tại Việt Nam với tỷ lệ 1% - 3% doanh thu.",
            # a score earned, the most a score can be, a survey's respondents
            "Theo quy định, hồ sơ được giải quyết đúng hạn khi có tỷ lệ trên 95% thì được chấm "
            "điểm tối đa.",
            "Cơ quan có tỷ lệ hồ sơ trực tuyến trên 50% được cộng 1 điểm.",
            "Tổng điểm tối đa của Bộ chỉ số là 100 điểm, trong đó điểm thẩm định chiếm 62%.",
            "Có trên 85% người được hỏi hài lòng.",
            # what meets a standard, what a rule or a criterion requires, a fee cut by a rule
            "Theo Bộ tiêu chí, xã đạt chuẩn khi có tối thiểu 70% hồ sơ được giải quyết trực tuyến.",
            "Tiêu chí này yêu cầu tỷ lệ hộ gia đình sử dụng Internet đạt từ 80% trở lên.",
            "Nghị định quy định tỷ lệ cán bộ không chuyên trách không vượt quá 10%.",
            "Người dân được giảm 50% lệ phí khi nộp hồ sơ trực tuyến.",
        ],
    )
    def test_no_target(self, sentence: str) -> None:
        assert extract(sentence, year=2026).targets == ()

    def test_what_was_only_reached_beside_the_target(self) -> None:
        """ "mục tiêu là 80% nhưng thực tế chỉ đạt 72%": the 72 % was reached; the clause after
        "nhưng" names no measure of the 80 %."""
        found = readings("Mục tiêu năm 2024 là 80% nhưng thực tế chỉ đạt 72%.")
        assert [(r.op, r.value, r.phrase) for r in found] == [(">=", "80", "")]

    def test_the_noun_may_hold_a_verb(self) -> None:
        """ "kết quả giải quyết TTHC phải được trả … và cấp bản điện tử": the predicates are the
        passive one and what follows "và"."""
        found = readings(
            "Đặc biệt, 100% kết quả giải quyết TTHC phải được trả trước hoặc đúng hạn và cấp bản "
            "điện tử theo quy định."
        )
        assert [r.phrase for r in found] == [
            "kết quả giải quyết TTHC được trả trước hoặc đúng hạn",
            "kết quả giải quyết TTHC cấp bản điện tử",
        ]


class TestTasksGivenAndSent:
    @pytest.mark.parametrize(
        ("sentence", "phrase", "due"),
        [
            # sent to a body by a date: the verb opens the task, or follows who sends it
            ("Gửi báo cáo kết quả về Sở Nội vụ trước ngày 10/9/2025.",
             "báo cáo kết quả về Sở Nội vụ", date(2025, 9, 10)),
            ("UBND các huyện gửi danh sách thành viên Tổ công nghệ số cộng đồng về Sở Thông tin "
             "và Truyền thông trước ngày 10/9/2022 để theo dõi.",
             "danh sách thành viên Tổ công nghệ số cộng đồng về Sở Thông tin và Truyền thông",
             date(2022, 9, 10)),
            # "hạn chót": the day it is due
            ("Các xã hoàn thành số hóa hồ sơ hộ tịch, hạn chót là ngày 30/6/2025.",
             "số hóa hồ sơ hộ tịch", date(2025, 6, 30)),
            # a day opening what must be done
            ("Ngày 1/5/2025, 63 tỉnh, thành phố phải gửi đề án sắp xếp về Bộ Nội vụ.",
             "đề án sắp xếp về Bộ Nội vụ", date(2025, 5, 1)),
            # a day written without its year is no part of what is done
            ("Các sở, ban, ngành ban hành kế hoạch trước ngày 25.11.", "kế hoạch",
             date(2026, 11, 25)),
            # how well it is done is not what is done
            ("Trong tháng 3/2026, các xã tổ chức thành công cuộc bầu cử.", "cuộc bầu cử",
             date(2026, 3, 31)),
            # the verbs listed, then what they act on
            ("UBND các huyện hoàn thành việc rà soát, sắp xếp các thôn, tổ dân phố trước ngày "
             "30/6/2025.", "việc rà soát, sắp xếp các thôn, tổ dân phố", date(2025, 6, 30)),
            ("Bộ Nội vụ sẽ tổng hợp, báo cáo Chính phủ, Thủ tướng trước 30/9/2025.",
             "tổng hợp, báo cáo Chính phủ, Thủ tướng", date(2025, 9, 30)),
            # a task's time, labelled
            ("Tổ chức Hội nghị sơ kết công tác cải cách hành chính, thời gian thực hiện tháng "
             "7/2026.", "Hội nghị sơ kết công tác cải cách hành chính", date(2026, 7, 31)),
            ("Sở Tư pháp tổ chức tập huấn kỹ năng số cho công chức cấp xã, thời hạn hoàn thành "
             "là 30/9/2026.",
             "tập huấn kỹ năng số cho công chức cấp xã", date(2026, 9, 30)),
            # the task its date is in, after another one
            ("Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này, định kỳ báo cáo kết quả về "
             "Sở Nội vụ trước ngày 15/12/2026.", "báo cáo kết quả về Sở Nội vụ",
             date(2026, 12, 15)),
            # the day said last, what is done inside the sentence that gives it
            ("Hạn chót để các địa phương hoàn thành việc số hóa là ngày 31/12/2026.",
             "việc số hóa", date(2026, 12, 31)),
            ("Thời hạn hoàn thành việc cập nhật dữ liệu là trước ngày 30/11/2026.",
             "việc cập nhật dữ liệu", date(2026, 11, 30)),
            # the year of what it acts on is gone, its day is to come
            ("Ban hành Quyết định công bố Chỉ số CCHC năm 2025 trong tháng 4/2026.",
             "Quyết định công bố Chỉ số CCHC", date(2026, 4, 30)),
            # a report sent by the day
            ("Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2026.", "báo cáo",
             date(2026, 9, 30)),
            # done with "xong"; "công khai" and "tham mưu" as a directed task's verbs
            ("Công an tỉnh sẽ cấp xong căn cước cho người dân trước ngày 30/6/2026.",
             "căn cước cho người dân", date(2026, 6, 30)),
            ("Trước 15/10/2026, các sở phải công khai danh mục thủ tục hành chính.",
             "danh mục thủ tục hành chính", date(2026, 10, 15)),
            ("Ủy ban nhân dân tỉnh giao Sở Tài chính tham mưu phương án sử dụng trụ sở dôi dư, "
             "hoàn thành trong tháng 10/2026.", "phương án sử dụng trụ sở dôi dư",
             date(2026, 10, 31)),
            # what is expected to be done by a date
            ("Dự kiến hoàn thành việc lắp đặt hệ thống trước ngày 30/9/2026.",
             "việc lắp đặt hệ thống", date(2026, 9, 30)),
            ("Bộ Tài chính trình Chính phủ Nghị định về thuế trong tháng 9/2026.",
             "Nghị định về thuế", date(2026, 9, 30)),
            # a name before the comma is what is done, the verb after it another step
            ("Chính phủ giao Bộ Tài chính chủ trì xây dựng Nghị định, trình Chính phủ trước ngày "
             "15/9/2026.", "Nghị định", date(2026, 9, 15)),
            # the clause its date is in, after a directive's first task
            ("Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện; báo cáo kết quả về "
             "Sở Nội vụ trước ngày 20/11/2026 để tổng hợp.", "báo cáo kết quả về Sở Nội vụ",
             date(2026, 11, 20)),
            # … unless it only says where what was made before is sent
            ("Các đơn vị sẽ lập danh mục các hệ thống cần khai thác, gửi về Sở Khoa học và Công "
             "nghệ trước ngày 30/12/2025.", "danh mục các hệ thống cần khai thác",
             date(2025, 12, 30)),
        ],
    )  # fmt: skip
    def test_tasks(self, sentence: str, phrase: str, due: date) -> None:
        (found,) = [t.reading for t in extract(sentence, year=2026).targets]
        assert (found.op, found.phrase, found.deadline) == ("yes", phrase, due)

    def test_a_task_at_a_tier_is_each_unit_s(self) -> None:
        """A task is done or not by each unit of the tier it names, not pooled as a figure."""
        (found,) = readings(
            "Tỉnh sẽ đưa vào vận hành trung tâm phục vụ hành chính công cấp xã trước ngày 1/7/2025."
        )
        assert (found.op, found.level) == ("yes", "each_commune")

    def test_one_task_per_clause_with_its_own_deadline(self) -> None:
        found = readings(
            "Ban Chỉ đạo yêu cầu Bộ Khoa học và Công nghệ trình Thủ tướng Chính phủ Chương trình "
            "quốc gia trong tháng 11/2025; chủ trì, phối hợp với các bộ khẩn trương hoàn thành "
            "việc xây dựng Bộ công cụ theo dõi trước ngày 10/12/2025."
        )
        assert [(r.op, r.deadline) for r in found] == [
            ("yes", date(2025, 11, 30)),
            ("yes", date(2025, 12, 10)),
        ]
        assert found[1].phrase == "việc xây dựng Bộ công cụ theo dõi"

    def test_a_day_opening_what_was_done_is_no_deadline(self) -> None:
        """ "Ngày 1/5/2025, Bộ Nội vụ đã gửi …": no duty after the day; it dates a fact."""
        assert readings("Ngày 1/5/2025, Bộ Nội vụ gửi công văn hướng dẫn các tỉnh.") == []

    def test_who_leads_a_task_not_who_works_with_them(self) -> None:
        (found,) = readings(
            "Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức khảo sát mức độ hài "
            "lòng của người dân trong quý IV/2026."
        )
        assert (found.level, found.deadline) == ("self", date(2026, 12, 31))

    def test_who_must_complete_is_not_what_is_completed(self) -> None:
        assert readings("Các địa phương cần hoàn thành trước 30/6/2026.") == []

    def test_what_need_not_be_done_is_no_task(self) -> None:
        assert (
            readings("Kể từ ngày 1/1/2026, người dân không phải xuất trình sổ hộ khẩu giấy.") == []
        )

    def test_a_document_s_title_is_no_task(self) -> None:
        """ "Công điện số 127/CĐ-TTg về việc tập trung hoàn thành …": what a dispatch is
        about, no task of the sentence."""
        assert (
            readings(
                "Ngày 4/8/2025, Thủ tướng Chính phủ có Công điện số 127/CĐ-TTg về việc tập trung "
                "hoàn thành cắt giảm, đơn giản hóa thủ tục hành chính trong năm 2025."
            )
            == []
        )

    def test_a_sentence_without_a_recipient_sends_nothing(self) -> None:
        """ "gửi" opens a task only when it names the body sent to."""
        assert readings("Gửi lời cảm ơn trước ngày 10/9/2025.") == []

    @pytest.mark.parametrize(
        ("sentence", "year", "levels"),
        [
            ("Yêu cầu các phòng, ban, đơn vị thuộc huyện, UBND các xã, thị trấn hoàn thành "
             "số hóa hồ sơ trước ngày 15/8/2024.", 2024, ["each_agency", "each_commune"]),
            ("Các sở, ban, ngành và UBND các xã, phường hoàn thành số hóa hồ sơ trước ngày "
             "15/8/2026.", 2026, ["each_agency", "each_commune"]),
            # a province's "địa phương": its districts before the 2025 reform, its communes after
            ("UBND tỉnh chỉ đạo các đơn vị, địa phương hoàn thành số hóa hồ sơ trước ngày "
             "15/12/2024.", 2024, ["each_agency", "each_district"]),
            ("UBND tỉnh chỉ đạo các đơn vị, địa phương hoàn thành số hóa hồ sơ trước ngày "
             "15/12/2026.", 2026, ["each_agency", "each_commune"]),
            # in 2025, as the day falls: after 1 July its communes, before it its districts;
            # with no day, no one tier (one target)
            ("UBND tỉnh chỉ đạo các đơn vị, địa phương hoàn thành số hóa hồ sơ trước ngày "
             "15/12/2025.", 2025, ["each_agency", "each_commune"]),
            ("UBND tỉnh chỉ đạo các đơn vị, địa phương hoàn thành số hóa hồ sơ trước ngày "
             "15/6/2025.", 2025, ["each_agency", "each_district"]),
            ("UBND tỉnh chỉ đạo các đơn vị, địa phương hoàn thành số hóa hồ sơ trong năm 2025.",
             2025, ["each_agency"]),
            # every ministry and locality together: one target for every unit
            ("Các bộ, ngành, địa phương hoàn thành số hóa hồ sơ trước ngày 15/12/2026.", 2026,
             ["each_unit"]),
        ],
    )  # fmt: skip
    def test_one_task_for_the_agencies_and_one_for_the_units(
        self, sentence: str, year: int, levels: list[str]
    ) -> None:
        found = [t.reading for t in extract(sentence, issuer="01", year=year).targets]
        assert [r.level for r in found] == levels
        assert {(r.op, r.phrase) for r in found} == {("yes", "số hóa hồ sơ")}


class TestRanksKeptInOtherWords:
    @pytest.mark.parametrize(
        ("sentence", "phrases"),
        [
            ("Giữ vững và từng bước nâng cao thứ hạng Chỉ số PAPI.", ["thứ hạng Chỉ số PAPI"]),
            ("Giữ vững và phát huy thứ hạng Chỉ số PAR Index.", ["thứ hạng Chỉ số PAR Index"]),
            ("Phấn đấu năm 2025 duy trì kết quả thứ hạng Chỉ số SIPAS đạt được trong năm 2024.",
             ["thứ hạng Chỉ số SIPAS"]),
            ("Chỉ số SIPAS tiếp tục được duy trì ở vị trí cao.", ["Chỉ số SIPAS"]),
            # the indices named after "của": one target for each
            ("Tỉnh phấn đấu giữ vững thứ hạng của các Chỉ số PAR Index, SIPAS năm 2024.",
             ["thứ hạng Chỉ số PAR Index", "thứ hạng SIPAS"]),
            # no index named: the rank of the plan's own
            ("Bảo đảm thứ hạng không thấp hơn năm 2024.", ["thứ hạng"]),
            ("Phấn đấu ổn định và nâng cao thứ hạng Chỉ số PAR Index.",
             ["thứ hạng Chỉ số PAR Index"]),
            ("Phấn đấu giữ được vị trí xếp hạng Chỉ số SIPAS.", ["thứ hạng Chỉ số SIPAS"]),
            ("Phấn đấu duy trì được thứ hạng Chỉ số PCI.", ["thứ hạng Chỉ số PCI"]),
            ("Không để thứ hạng Chỉ số cải cách hành chính bị giảm so với năm 2024.",
             ["thứ hạng Chỉ số cải cách hành chính"]),
        ],
    )  # fmt: skip
    def test_a_place_kept(self, sentence: str, phrases: list[str]) -> None:
        found = readings(sentence)
        assert [(r.op, r.phrase) for r in found] == [("rank_keep", p) for p in phrases]

    def test_the_year_a_rank_is_held_against_is_no_period(self) -> None:
        (found,) = readings("Phấn đấu thứ hạng Chỉ số PCI không thấp hơn năm 2024.")
        assert (found.op, found.period) == ("rank_keep", None)
        (kept,) = extract(
            "Tiếp tục giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu như năm 2024.", year=2025
        ).targets
        assert (kept.reading.op, kept.reading.value, kept.reading.period) == (
            "rank_top",
            "10",
            None,
        )

    def test_a_past_year_s_clause_reports_beside_the_next_year_s_target(self) -> None:
        """ "Năm 2024, … xếp thứ 8/63, năm 2025 tỉnh phấn đấu giữ vững vị trí này": the
        clause of another year is cut from the target's, and what it says was reached."""
        for text in (
            "Năm 2024, Chỉ số SIPAS xếp thứ 8/63, năm 2025 tỉnh phấn đấu giữ vững vị trí này.",
            "Chỉ số PAR Index năm 2024 của tỉnh tăng 5 bậc; mục tiêu năm 2025 là giữ vững thứ "
            "hạng này.",
        ):
            found = [t.reading for t in extract(text, year=2025).targets]
            assert [(r.op, r.period) for r in found] == [("rank_keep", "2025")], text


class TestResultsAsNewsTellsThem:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Đáng chú ý, trên 99% hồ sơ được giải quyết trước và đúng hạn.",
            "Riêng trong quý III, hơn 90% hồ sơ được xử lý trên môi trường mạng.",
            "Toàn tỉnh có trên 95% hộ gia đình có điện thoại thông minh.",
            # what the merger left, against before it
            "Sau sắp xếp, tỉnh còn 124 xã, phường, giảm 60% so với trước.",
            # what earns a grade
            "Theo quy định, tỷ lệ hồ sơ trực tuyến không thấp hơn 50% thì được đánh giá đạt.",
            # a survey's sample
            "Mỗi đơn vị khảo sát tối thiểu 300 phiếu.",
            # openings of a report
            "Vừa qua, 95% người dân hài lòng với dịch vụ.",
            "Trong kỳ, 100% hồ sơ được tiếp nhận và giải quyết đúng quy định.",
            "Từ đầu năm, 100% văn bản được ký số.",
            "Nhìn chung, 95% hồ sơ được giải quyết trực tuyến.",
            # a day due before the text's year: what was done by then
            "Cuối năm 2024, 100% xã có Tổ công nghệ số cộng đồng.",
            # a meeting, a vote, a place, a gap, what a check found, a unit's own figure
            "Hội nghị có 100% đại biểu tham dự.",
            "Có 95% ý kiến đại biểu tán thành.",
            "Tỉnh Bắc Ninh dẫn đầu cả nước với tỷ lệ 98% hồ sơ trực tuyến.",
            "Tỷ lệ này cao hơn mức bình quân cả nước 15%.",
            "Đợt kiểm tra cho thấy 95% hồ sơ được xử lý đúng quy trình.",
            "Phường Hòa Khánh có tỷ lệ hồ sơ trực tuyến 100%.",
            # a place and what it has; an estimate, nothing committing
            "Tỉnh Đồng Nai có hơn 80% hồ sơ được số hóa.",
            "Cả nước có 92% dân số được cấp tài khoản định danh điện tử.",
            "Toàn tỉnh có 95% người dân được cấp căn cước.",
            "Tỷ lệ hài lòng của người dân đạt khoảng 98%.",
            "Tỷ lệ hoàn thành: khoảng 85%.",
            # the spread of figures measured, how many units measured so
            "Chỉ số SIPAS năm 2023 của các tỉnh dao động từ 78% đến 88%.",
            "Kết quả SIPAS của 63 tỉnh, thành phố biến động từ 78,5% đến 89%.",
            "Mức độ hài lòng của người dân ở hầu hết các tỉnh từ 80% đến 90%.",
            "Phần lớn các tỉnh có chỉ số SIPAS từ 80% đến 85%.",
            "Chỉ số hài lòng của các địa phương chủ yếu nằm trong khoảng 80% - 85%.",
            # one figure measured to the hundredth, nothing committing
            "Mức độ hài lòng chung của cả nước là 80,08%, các tỉnh từ 75% đến 88%.",
            # told now, what is aimed at (no figure) in a clause after it
            "Hiện toàn tỉnh có trên 90% người dân có tài khoản định danh điện tử, tăng 20% so "
            "với cùng kỳ, hướng tới mục tiêu xây dựng xã hội số.",
            # who tells it
            "Theo Bộ Công an, 95% công dân đủ điều kiện được cấp căn cước gắn chip.",
            "Theo ông Nguyễn Văn A, Giám đốc Sở Nội vụ, trên 90% hồ sơ được giải quyết đúng hạn.",
            # a rise told, against the year before or with what came of it
            "Năm 2025, xã Vĩnh Lộc nâng tỷ lệ hồ sơ trực tuyến lên hơn 80%, cao hơn so với năm "
            "2024.",
            "Tỉnh đưa tỷ lệ thanh toán trực tuyến lên hơn 60%, qua đó giảm chi phí cho người dân.",
            # a rise told, about so much or against the year before
            "Số hồ sơ trực tuyến tăng gần 20%.",
            "Năm 2026, 100% hồ sơ được giải quyết đúng hạn, tăng 2% so với năm trước.",
            # a result, then another with its verb left out
            "Tỷ lệ hồ sơ trực tuyến đạt 90%, thanh toán trực tuyến 70%.",
            "Tỷ lệ hồ sơ đúng hạn đạt 98%, trước hạn 30%.",
            # what a figure brings, in the last item, commits none of the items before it
            "Trung tâm tiếp nhận 25.000 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt trên 80%, chiếm phần "
            "lớn; tỷ lệ giải quyết đúng hạn đạt trên 99%, đảm bảo yêu cầu.",
        ],
    )
    def test_no_target(self, sentence: str) -> None:
        assert extract(sentence, year=2025).targets == ()

    @pytest.mark.parametrize(
        "sentence",
        [
            "Phấn đấu toàn tỉnh có trên 95% hộ gia đình có điện thoại thông minh.",
            "Riêng năm 2026, phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.",
            "Đáng chú ý, tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% năm 2026.",
            # a unit's figure with its operator is its target
            "Mỗi sở, ban, ngành có tỷ lệ hồ sơ trực tuyến trên 90%.",
        ],
    )
    def test_the_same_openings_with_a_commitment_set_a_target(self, sentence: str) -> None:
        assert len(extract(sentence, year=2025).targets) == 1

    def test_what_was_done_after_what_was_asked(self) -> None:
        """ "…, đến nay đã giảm 12%": a clause of its own, a result."""
        (found,) = readings(
            "Nghị quyết yêu cầu giảm ít nhất 15% biên chế trong giai đoạn 2021-2026, đến nay đã "
            "giảm 12%."
        )
        assert (found.op, found.value, found.phrase) == (
            "change_decrease",
            "15",
            "biên chế trong giai đoạn 2021-2026",
        )


def test_a_figure_s_clause_ends_before_the_next_figure_s_own() -> None:
    """ "75% hộ gia đình có cáp quang … và phủ sóng … tới 100% thôn": the first clause is
    complete with its verb; "và" opens the next figure's."""
    first, _ = readings(
        "Phấn đấu 75% hộ gia đình có đường truyền Internet cáp quang băng rộng và phủ sóng băng "
        "rộng di động tới 100% thôn trên địa bàn huyện."
    )
    assert first.phrase == "hộ gia đình có đường truyền Internet cáp quang băng rộng"


def test_a_task_within_years_is_due_at_the_last_one_s_end() -> None:
    (found,) = readings(
        "Giai đoạn 2026 - 2027, hoàn thành việc sửa đổi, bổ sung hệ thống thể chế về tổ chức bộ "
        "máy hành chính."
    )
    assert (found.op, found.deadline, found.period) == ("yes", date(2027, 12, 31), "2026-2027")


def test_what_is_submitted_not_to_whom() -> None:
    (found,) = readings(
        "Bộ Nội vụ trình Thủ tướng Chính phủ dự thảo Nghị định về vị trí việc làm trước ngày "
        "30/9/2026."
    )
    assert found.phrase == "dự thảo Nghị định về vị trí việc làm"


def test_the_index_that_rises_not_who_strives() -> None:
    (found,) = readings("Tỉnh phấn đấu Chỉ số PAR Index năm 2026 tăng ít nhất 3 bậc.")
    assert (found.op, found.value, found.phrase) == ("rank_improve", "3", "Chỉ số PAR Index")


@pytest.mark.parametrize(
    ("sentence", "phrase", "level"),
    [
        # "trong năm": when, not what is measured
        ("Kiểm tra công tác cải cách hành chính tối thiểu 30% cơ quan, đơn vị trong năm.",
         "cơ quan, đơn vị", "agency"),
        # "các" before the units a share is of
        ("Phấn đấu 100% các xã, phường duy trì hoạt động Tổ công nghệ số cộng đồng.",
         "các xã, phường duy trì hoạt động Tổ công nghệ số cộng đồng", "each_commune"),
        # a pair named as one is no list of measures
        ("Giảm tối thiểu 10% số lượng cán bộ, công chức so với năm 2021.",
         "số lượng cán bộ, công chức", "self"),
        # ", hoàn thành" with what is done is one more predicate, not a date's clause
        ("Phấn đấu ít nhất 50% số huyện đạt chuẩn nông thôn mới, hoàn thành nhiệm vụ xây dựng "
         "nông thôn mới.",
         "số huyện đạt chuẩn nông thôn mới, hoàn thành nhiệm vụ xây dựng nông thôn mới",
         "district"),
    ],
)  # fmt: skip
def test_phrases_and_levels(sentence: str, phrase: str, level: str) -> None:
    (found,) = readings(sentence)
    assert (found.phrase, found.level) == (phrase, level)


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        # "UBND cấp xã" names the committees: one level, not also the tier's
        ("Phấn đấu 80% hồ sơ của UBND cấp xã được giải quyết trực tuyến.", ["commune"]),
        ("Phấn đấu 100% đơn vị hành chính cấp xã có hạ tầng cáp quang.", ["each_commune"]),
        ("Phấn đấu 100% UBND xã, phường đạt chuẩn tiếp cận pháp luật.", ["each_commune"]),
    ],
)
def test_the_units_of_a_tier_named_with_what_they_are(sentence: str, levels: list[str]) -> None:
    assert [r.level for r in readings(sentence)] == levels


_RECORDS_ONLINE = "tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "đối với cấp tỉnh" names a figure's tier as "tại cấp tỉnh" does
        ("Phấn đấu mức độ hài lòng đạt trên 90% đối với cấp tỉnh, 85% đối với cấp huyện và "
         "80% đối với cấp xã.",
         [("90", "province", "mức độ hài lòng"), ("85", "district", "mức độ hài lòng"),
          ("80", "commune", "mức độ hài lòng")]),
        # the tiers named first, their figures "lần lượt" (respectively) after
        (f"Phấn đấu {_RECORDS_ONLINE} ở cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 100%, 90% "
         "và 70%.",
         [("100", "province", _RECORDS_ONLINE), ("90", "district", _RECORDS_ONLINE),
          ("70", "commune", _RECORDS_ONLINE)]),
        # the tiers listed with no word before them, what is done said once at the end
        ("Phấn đấu 100% hồ sơ cấp tỉnh, cấp huyện và 90% cấp xã được số hóa.",
         [("100", "province", "hồ sơ được số hóa"), ("100", "district", "hồ sơ được số hóa"),
          ("90", "commune", "hồ sơ được số hóa")]),
        # the tier after the first figure's measure, the next figure a tier alone
        ("Tỉnh đặt mục tiêu số hóa 100% kết quả giải quyết TTHC cấp tỉnh và 95% cấp xã.",
         [("100", "province", "kết quả giải quyết TTHC"),
          ("95", "commune", "kết quả giải quyết TTHC")]),
    ],
)  # fmt: skip
def test_each_figure_for_the_tier_it_is_said_for(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = readings(sentence)
    assert [(r.value, r.level, r.phrase) for r in found] == expected


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Theo Kế hoạch cải cách hành chính năm 2026, tỉnh đặt mục tiêu 100% hồ sơ được xử lý "
         "trực tuyến.", "2026"),
        ("Tại Kế hoạch số 12/KH-UBND năm 2026, tỉnh đặt mục tiêu 100% hồ sơ được xử lý trực "
         "tuyến.", "2026"),
        # a plan of a year gone, or another kind of text, names where the target comes from
        ("Thực hiện Kế hoạch năm 2025, tỉnh đặt mục tiêu 100% hồ sơ được xử lý trực tuyến.",
         None),
        ("Thực hiện Nghị quyết năm 2026, tỉnh đặt mục tiêu 100% hồ sơ được xử lý trực tuyến.",
         None),
    ],
)  # fmt: skip
def test_the_year_of_a_plan_named_is_its_period(sentence: str, period: str | None) -> None:
    (found,) = extract(sentence, year=2026).targets
    assert found.reading.period == period


@pytest.mark.parametrize(("year", "read"), [("2026", ["2026"]), ("2024", [])])
def test_a_year_to_come_over_its_items_commits_them(year: str, read: list[str]) -> None:
    """ "Năm 2026:" over items in a text of 2025: what is to be reached then (before, nothing
    committed them); a year gone over them tells results."""
    found = extract(f"Năm {year}:\n- Tỷ lệ hồ sơ được xử lý trực tuyến đạt 100%.", year=2025)
    assert [t.reading.period for t in found.targets] == read


def test_a_tier_after_the_agencies_it_names_leaves_them_each_agency() -> None:
    found = readings("Phấn đấu 100% hồ sơ của các sở, ngành cấp tỉnh và 95% cấp xã.")
    assert [(r.value, r.level) for r in found] == [("100", "each_agency"), ("95", "commune")]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu cấp căn cước cho tất cả công dân đủ điều kiện tại 5 thành phố vào trước ngày "
         "31-8 năm nay, lực lượng Công an đang huy động mọi nguồn lực.",
         "công dân đủ điều kiện tại 5 thành phố được cấp căn cước"),
        ("Phấn đấu 100% hồ sơ được giải quyết trực tuyến trong năm 2019 đối với các Sở: Du lịch, "
         "Tư pháp.", "hồ sơ được giải quyết trực tuyến"),
        # a year of what is counted, what is done after it
        ("Phấn đấu 100% hồ sơ phát sinh trong năm 2024 được số hóa.",
         "hồ sơ phát sinh trong năm 2024 được số hóa"),
    ],
)  # fmt: skip
def test_the_time_said_ends_what_is_measured(sentence: str, phrase: str) -> None:
    (found,) = extract(sentence, year=2022).targets
    assert found.reading.phrase == phrase


def test_tiers_alone_leave_no_figure_without_a_measure() -> None:
    found = readings("Phấn đấu cấp tỉnh đạt 98%, cấp xã 95%.")
    assert [r.value for r in found] == ["98", "95"]
    assert all(r.phrase.strip() for r in found)


def test_a_place_among_those_with_the_highest_score() -> None:
    (found,) = readings(
        "Tỉnh quyết tâm đến năm 2026 đưa Chỉ số PAPI vào nhóm các tỉnh có điểm cao nhất."
    )
    assert (found.op, found.phrase, found.period) == ("rank_top", "Chỉ số PAPI", "2026")


def test_the_rate_of_cuts_is_a_level_to_reach() -> None:
    (found,) = readings("Phấn đấu tỷ lệ cắt giảm thủ tục hành chính về cấp phép đạt ít nhất 30%.")
    assert (found.op, found.value) == (">=", "30")


@pytest.mark.parametrize(
    ("sentence", "value", "recurrence"),
    [
        ("Phấn đấu tỷ lệ hộ nghèo giảm 1%.", "1", None),
        ("Phấn đấu tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.", "1.5", "yearly"),
        ("Phấn đấu tỷ lệ hộ nghèo giảm bình quân hằng năm 1%.", "1", "yearly"),
        ("Phấn đấu tỷ lệ hộ nghèo giảm ít nhất 2% so với năm 2025.", "2", None),
    ],
)
def test_a_rate_that_falls_by_a_figure_is_a_decrease(
    sentence: str, value: str, recurrence: str | None
) -> None:
    """ "tỷ lệ hộ nghèo giảm bình quân 1,5%/năm": the rate falls by the figure (before, read as
    a rate of cuts, a level of 1.5 % to reach)."""
    (found,) = readings(sentence)
    assert (found.op, found.value, found.phrase, found.recurrence) == (
        "change_decrease",
        value,
        "tỷ lệ hộ nghèo",
        recurrence,
    )
    # the plan may mean points of the rate: the note says so, of a rate only
    assert any("percentage points" in note for note in found.notes)
    (count,) = readings("Phấn đấu số hộ nghèo giảm 1%.")
    assert not any("percentage points" in note for note in count.notes)
    (named_after,) = readings("Phấn đấu giảm 1% tỷ lệ hộ nghèo.")
    assert any("percentage points" in note for note in named_after.notes)


def test_so_many_more_is_an_increase() -> None:
    (found,) = readings("Phấn đấu thành lập thêm ít nhất 3 Tổ công nghệ số cộng đồng.")
    assert (found.op, found.value, found.unit) == ("change_increase", "3", "count")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Với mục tiêu GRDP tăng 10,5% trong năm 2025, tỉnh đang tăng tốc.",
         (">=", "10.5", "GRDP tăng")),
        ("Phấn đấu ngân sách trên địa bàn tăng bình quân 7%.",
         (">=", "7", "ngân sách trên địa bàn tăng bình quân")),
        # a rate of each year
        ("Phấn đấu số doanh nghiệp thành lập mới tăng 15%/năm.",
         (">=", "15", "số doanh nghiệp thành lập mới tăng")),
        ("Phấn đấu kim ngạch xuất khẩu tăng trung bình 10%/năm.",
         (">=", "10", "kim ngạch xuất khẩu tăng trung bình")),
        # an average rise, of whatever
        ("Phấn đấu số doanh nghiệp tăng bình quân 10%.",
         (">=", "10", "số doanh nghiệp tăng bình quân")),
        # more than so much (before, GRDP more than 8 %)
        ("Phấn đấu GRDP tăng trên 8%.", (">", "8", "GRDP tăng")),
        # a count that is not an aggregate rises on the year before
        ("Phấn đấu số hồ sơ trực tuyến tăng 15% so với năm 2023.",
         ("change_increase", "15", "số hồ sơ trực tuyến")),
        ("Phấn đấu tỷ lệ hồ sơ trực tuyến tăng trên 10% so với năm 2025.",
         ("change_increase", "10", "tỷ lệ hồ sơ trực tuyến")),
    ],
)  # fmt: skip
def test_an_aggregate_s_rise_is_its_growth_rate(sentence: str, expected: tuple[str, ...]) -> None:
    """ "GRDP tăng 10,5%", "… tăng bình quân 7%", "… tăng 15%/năm": the growth rate to reach,
    as statistics give it (before, a change on the year before)."""
    (found,) = readings(sentence)
    assert (found.op, found.value, found.phrase) == expected
    if not found.op.startswith("change"):
        assert any("growth rate" in note for note in found.notes)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Một số chỉ tiêu cụ thể: Thu ngân sách Nhà nước tăng bình quân 30%/năm, đạt trên 2 tỷ "
         "đồng vào năm 2030.",
         [(">=", "30", "percent", "Thu ngân sách Nhà nước tăng bình quân", "yearly"),
          (">", "2000000000", "count", "Thu ngân sách Nhà nước", None)]),
        ("Phấn đấu thu ngân sách tăng 10%, đạt 500 triệu đồng.",
         [(">=", "10", "percent", "thu ngân sách tăng", None),
          (">=", "500000000", "count", "thu ngân sách", None)]),
        # a range each year is its own figure's rate too, named with its growth
        ("Phấn đấu tổng thu ngân sách tăng bình quân từ 10-12%/năm và đạt 3 tỷ đồng.",
         [("between", "10..12", "percent", "tổng thu ngân sách tăng bình quân", "yearly"),
          (">=", "3000000000", "count", "tổng thu ngân sách", None)]),
        # a rate of each year after a figure is the next figure's, not this one's
        ("Phấn đấu GRDP tăng 8% và 9%/năm.",
         [(">=", "8", "percent", "GRDP tăng", None),
          (">=", "9", "percent", "GRDP tăng", "yearly")]),
        # an amount reached each year is so much each year
        ("Phấn đấu thu ngân sách tăng 10%, đạt 500 triệu đồng/năm.",
         [(">=", "10", "percent", "thu ngân sách tăng", "yearly"),
          (">=", "500000000", "count", "thu ngân sách", "yearly")]),
        # nothing commits: a result told
        ("Thu ngân sách tăng 10%, đạt 500 triệu đồng.", []),
    ],
)  # fmt: skip
def test_an_amount_after_a_growth_rate_is_the_aggregate_s(
    sentence: str, expected: list[tuple[str | None, ...]]
) -> None:
    """ "… tăng bình quân 30%/năm, đạt trên 2 tỷ đồng vào năm 2030": the amount the aggregate
    reaches, its measure the one before without its growth; the rate's "/năm" is its own."""
    found = [(r.op, r.value, r.unit, r.phrase, r.recurrence) for r in readings(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Phấn đấu giảm 5 cơ quan chuyên môn.",
         [("change_decrease", "5", "count", "cơ quan chuyên môn")]),
        ("Phấn đấu giảm ít nhất 10 hộ nghèo.", [("change_decrease", "10", "count", "hộ nghèo")]),
        # the cuts made, counted
        ("Phấn đấu cắt giảm 20 thủ tục hành chính.",
         [(">=", "20", "count", "thủ tục hành chính")]),
        # a score brought down is no count of things
        ("Phấn đấu giảm 5 điểm phạt.", []),
        # an amount, in its scale
        ("Phấn đấu giảm 5 triệu đồng chi phí.",
         [("change_decrease", "5000000", "count", "chi phí")]),
        ("Phấn đấu giảm 2 nghìn hồ sơ tồn đọng.",
         [("change_decrease", "2000", "count", "hồ sơ tồn đọng")]),
        # the next figure's clause ends the phrase of the one before
        ("Tỉnh đặt mục tiêu số hóa 100% kết quả giải quyết TTHC cấp tỉnh và 95% cấp xã, giảm "
         "5 cơ quan chuyên môn.",
         [(">=", "100", "percent", "kết quả giải quyết TTHC"),
          (">=", "95", "percent", "kết quả giải quyết TTHC"),
          ("change_decrease", "5", "count", "cơ quan chuyên môn")]),
    ],
)  # fmt: skip
def test_so_many_fewer_is_a_decrease(sentence: str, expected: list[tuple[str, ...]]) -> None:
    """ "giảm 5 cơ quan chuyên môn": five fewer than before (before, no target)."""
    assert [(r.op, r.value, r.unit, r.phrase) for r in readings(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Phấn đấu số hóa 100% hồ sơ cấp tỉnh và 80% hồ sơ cấp xã.",
         ["hồ sơ cấp tỉnh được số hóa", "hồ sơ cấp xã được số hóa"]),
        ("Phấn đấu giải quyết 100% hồ sơ đúng hạn, 80% hồ sơ trước hạn.",
         ["hồ sơ được giải quyết đúng hạn", "hồ sơ được giải quyết trước hạn"]),
        # a figure with its own predicate keeps it
        ("Phấn đấu công khai 100% thủ tục hành chính và 90% xã có điểm phục vụ bưu chính.",
         ["thủ tục hành chính được công khai", "xã có điểm phục vụ bưu chính"]),
    ],
)  # fmt: skip
def test_what_is_done_to_a_figure_s_things_is_done_to_the_next(
    sentence: str, expected: list[str]
) -> None:
    """ "Số hóa 100% hồ sơ cấp tỉnh và 80% hồ sơ cấp xã": both are digitised (before, the
    second figure's phrase lost its verb)."""
    assert [r.phrase for r in readings(sentence)] == expected


def test_a_result_then_the_aim_of_a_year_named_after_phấn_đấu() -> None:
    """ "Kết quả … năm 2025 … đạt 85,5 điểm, phấn đấu năm 2026 đạt trên 88 điểm": last year's
    result is no target; the aim measures what it did, without the result's year (before, both
    were targets)."""
    (found,) = [
        t.reading
        for t in extract(
            "Kết quả xếp loại Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm, phấn đấu năm 2026 đạt "
            "trên 88 điểm.",
            year=2026,
        ).targets
    ]
    assert (found.op, found.value, found.period, found.phrase) == (
        ">",
        "88",
        "2026",
        "Chỉ số CCHC của xã",
    )


@pytest.mark.parametrize(
    "units", ["thôn, tổ dân phố", "thôn, bản", "xã, phường", "hộ gia đình trên địa bàn"]
)
def test_what_each_unit_of_a_share_has_after_hamlets_listed(units: str) -> None:
    """ "100% thôn, tổ dân phố có ít nhất 01 Tổ …": one share, of the hamlets that each have
    one (before, the hamlets alone and a count of their own)."""
    (found,) = readings(f"Phấn đấu 100% {units} có ít nhất 01 Tổ công nghệ số cộng đồng.")
    assert (found.op, found.value, found.phrase) == (
        ">=",
        "100",
        f"{units} có ít nhất 01 Tổ công nghệ số cộng đồng",
    )


def test_a_clause_after_a_share_still_counts_its_own() -> None:
    found = readings("Phấn đấu 100% hồ sơ được số hóa, có ít nhất 5 xã đạt chuẩn.")
    assert [(r.value, r.unit) for r in found] == [("100", "percent"), ("5", "count")]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu diện tích rừng trồng mới đạt 5.000 ha/năm.", "diện tích rừng trồng mới"),
        ("Phấn đấu số doanh nghiệp đăng ký mới đạt 1.000 doanh nghiệp/năm.",
         "số doanh nghiệp đăng ký mới"),
        ("Phấn đấu số thẻ căn cước cấp mới đạt 2.000 thẻ/năm.", "số thẻ căn cước cấp mới"),
        ("Phấn đấu số việc làm tạo mới đạt 30.000 việc làm/năm.", "số việc làm tạo mới"),
        ("Phấn đấu số trường học xây dựng mới đạt 20 trường/năm.",
         "số trường học xây dựng mới"),
        ("Phấn đấu số doanh nghiệp phát triển mới đạt 500 doanh nghiệp/năm.",
         "số doanh nghiệp phát triển mới"),
    ],
)  # fmt: skip
def test_new_after_its_verb_tells_no_result(sentence: str, phrase: str) -> None:
    """ "trồng mới đạt", "đăng ký mới đạt": planted or registered anew, not "only just"
    reached (before, a result reported); "mới đạt 45%" alone still tells one."""
    (found,) = readings(sentence)
    assert (found.phrase, found.recurrence) == (phrase, "yearly")
    draft = extract("Tỷ lệ hồ sơ trực tuyến mới đạt 45%, chưa đạt mục tiêu.")
    assert draft.targets == ()
    assert "mới đạt" in draft.unread[0].reason


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Triển khai thí điểm mô hình Chính quyền thân thiện tại 5 xã trong năm 2026, nhân "
         "rộng từ năm 2027.", "xã triển khai thí điểm mô hình Chính quyền thân thiện"),
        ("Triển khai thí điểm mô hình tại 5 xã, nhân rộng ra toàn tỉnh.",
         "xã triển khai thí điểm mô hình"),
        ("Phấn đấu có 5 xã đạt chuẩn trong năm 2026, 10 xã trong năm 2027.", "xã đạt chuẩn"),
    ],
)  # fmt: skip
def test_a_year_said_then_a_clause_ends_what_is_counted(sentence: str, phrase: str) -> None:
    """ "… tại 5 xã trong năm 2026, nhân rộng …": the year and the clause after it are no part
    of what is counted (before, "xã trong năm 2026, nhân rộng")."""
    found, *_ = readings(sentence)
    assert (found.value, found.phrase) == ("5", phrase)


def test_times_in_brackets_leave_no_empty_brackets() -> None:
    (found,) = readings(
        "UBND các xã, phường báo cáo kết quả thực hiện định kỳ 6 tháng (trước ngày 15/6) và "
        "hằng năm (trước ngày 15/12)."
    )
    assert (found.op, found.phrase, found.level) == (
        "yes",
        "báo cáo kết quả thực hiện",
        "each_commune",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu thuộc nhóm 10 tỉnh dẫn đầu về Chỉ số PAR Index, SIPAS, PAPI.",
        "Giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu về Chỉ số PAR Index, SIPAS, PAPI.",
        "Giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu về các chỉ số PAR Index, SIPAS và PAPI.",
    ],
)
def test_indices_listed_after_the_leaders_are_each_ranked(sentence: str) -> None:
    """ "… dẫn đầu về Chỉ số PAR Index, SIPAS, PAPI": one place among the leaders for each
    index (before, the first index only, or the last two as one)."""
    found = readings(sentence)
    assert [(r.op, r.value) for r in found] == [("rank_top", "10")] * 3
    assert [r.phrase.removeprefix("Chỉ số ") for r in found] == ["PAR Index", "SIPAS", "PAPI"]


def test_what_came_of_a_target_is_no_part_of_its_phrase() -> None:
    (found,) = readings("Năm 2024, tỉnh đặt mục tiêu 80% hồ sơ trực tuyến và kết quả đã đạt 85%.")
    assert (found.value, found.phrase) == ("80", "hồ sơ trực tuyến")


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # the years of a set of criteria or of a document named are no period of the target
        ("Phấn đấu 100% xã đạt chuẩn nông thôn mới theo Bộ tiêu chí quốc gia giai đoạn "
         "2021-2025.",
         "xã đạt chuẩn nông thôn mới theo Bộ tiêu chí quốc gia giai đoạn 2021-2025"),
        # a document cited inside, what is said of the measure after it
        ("Phấn đấu 100% nhiệm vụ theo Nghị quyết số 57-NQ/TW năm 2024 được triển khai đúng "
         "tiến độ.", "nhiệm vụ được triển khai đúng tiến độ"),
        # a law's year; the term of the congress whose resolution an opening clause names
        ("Phấn đấu 100% hồ sơ được giải quyết theo Luật Đất đai năm 2024.",
         "hồ sơ được giải quyết theo Luật Đất đai"),
        ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025-2030, phấn đấu "
         "100% xã có Tổ công nghệ số.", "xã có Tổ công nghệ số"),
        # "tương đương kết quả năm 2024": the level held, its year a baseline
        ("Phấn đấu 95% người dân hài lòng, tương đương kết quả năm 2024.", "người dân hài lòng"),
    ],
)  # fmt: skip
def test_a_name_s_years_and_a_baseline_are_no_period(sentence: str, phrase: str) -> None:
    (found,) = readings(sentence)
    assert (found.phrase, found.period) == (phrase, None)


def test_a_term_of_office_is_a_period() -> None:
    (found,) = readings("Phấn đấu trong nhiệm kỳ 2025-2030, 100% xã đạt chuẩn nông thôn mới.")
    assert (found.period, found.phrase) == ("2025-2030", "xã đạt chuẩn nông thôn mới")


def test_two_rates_sharing_one_figure_are_two_targets() -> None:
    found = readings(
        "Phấn đấu tỷ lệ hồ sơ trực tuyến và tỷ lệ thanh toán trực tuyến đạt tối thiểu 80%."
    )
    assert [(r.op, r.value, r.phrase) for r in found] == [
        (">=", "80", "tỷ lệ hồ sơ trực tuyến"),
        (">=", "80", "tỷ lệ thanh toán trực tuyến"),
    ]


def test_ranks_raised_and_kept_in_other_words() -> None:
    (kept_and_raised,) = readings("Tiếp tục duy trì và cải thiện thứ hạng Chỉ số hài lòng SIPAS.")
    assert (kept_and_raised.op, kept_and_raised.phrase) == (
        "rank_keep",
        "thứ hạng Chỉ số hài lòng SIPAS",
    )
    kept = readings(
        "Nâng cao hoặc ít nhất giữ nguyên điểm số và thứ hạng các chỉ số PAR Index, SIPAS."
    )
    assert [(r.op, r.phrase) for r in kept] == [
        ("rank_keep", "thứ hạng PAR Index"),
        ("rank_keep", "thứ hạng SIPAS"),
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu có từ 3 đến 5 sáng kiến cải cách hành chính được công nhận.",
         "sáng kiến cải cách hành chính được công nhận"),
        ("Phấn đấu thu hút từ 10-15 dự án đầu tư vào lĩnh vực công nghệ thông tin.",
         "dự án đầu tư vào lĩnh vực công nghệ thông tin"),
    ],
)  # fmt: skip
def test_a_range_of_counts_to_reach(sentence: str, phrase: str) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.unit, found.phrase) == ("between", "count", phrase)


def test_a_count_to_reach_by_a_year() -> None:
    (found,) = readings("Phấn đấu đến năm 2030 có 10.000 doanh nghiệp công nghệ số.")
    assert (found.op, found.value, found.period, found.phrase) == (
        ">=", "10000", "2030", "doanh nghiệp công nghệ số"
    )  # fmt: skip
    count, rank = readings(
        "Mục tiêu đến 2030 có ít nhất 3 doanh nghiệp công nghệ số lọt top 100 khu vực."
    )
    assert count.phrase == rank.phrase == "doanh nghiệp công nghệ số"


def test_the_rule_a_figure_follows_is_no_part_of_its_phrase() -> None:
    (found,) = readings(
        "Theo đó, 100% hồ sơ phải được giải quyết đúng hạn theo quy định tại Nghị định 61."
    )
    assert found.phrase == "hồ sơ được giải quyết đúng hạn"


def test_a_share_of_the_whole_contributed_and_an_age_and_above() -> None:
    (share,) = readings("Phấn đấu kinh tế số đóng góp 20% GRDP của tỉnh.")
    assert share.phrase == "tỷ trọng kinh tế số trong GRDP của tỉnh"
    (people,) = readings("Tối thiểu 80% người dân từ 15 tuổi trở lên có tài khoản ngân hàng.")
    assert people.phrase == "người dân từ 15 tuổi trở lên có tài khoản ngân hàng"


@pytest.mark.parametrize(
    ("sentence", "value", "phrase"),
    [
        ("Mục tiêu của tỉnh là đến năm 2030 trở thành tỉnh có nền kinh tế số phát triển, kinh "
         "tế số chiếm 30% GRDP.", "30", "tỷ trọng kinh tế số trong GRDP"),
        ("Đến năm 2030, tỉnh phát triển nhanh, bền vững, kinh tế số chiếm 30% GRDP.", "30",
         "tỷ trọng kinh tế số trong GRDP"),
        # parts listed, with no clause before them, share it
        ("Phấn đấu kinh tế số, xã hội số chiếm 25% GRDP.", "25",
         "tỷ trọng kinh tế số, xã hội số trong GRDP"),
    ],
)  # fmt: skip
def test_what_takes_up_a_share_is_the_subject_of_its_clause(
    sentence: str, value: str, phrase: str
) -> None:
    """ "… trở thành tỉnh có nền kinh tế số phát triển, kinh tế số chiếm 30% GRDP": the share
    of the digital economy (before, the clause before was part of it)."""
    (found,) = readings(sentence)
    assert (found.value, found.phrase) == (value, phrase)


@pytest.mark.parametrize("number", ["một", "01", "1"])
def test_what_each_unit_of_a_share_has_is_part_of_it(number: str) -> None:
    (found,) = readings(
        f"Phấn đấu 85% hộ gia đình trên địa bàn xã có ít nhất {number} thành viên biết sử dụng "
        "dịch vụ công trực tuyến."
    )
    assert (found.op, found.value, found.unit) == (">=", "85", "percent")
    assert found.phrase.endswith(
        f"có ít nhất {number} thành viên biết sử dụng dịch vụ công trực tuyến"
    )
    # a clause of its own after a comma keeps its count
    _share, count = readings("Phấn đấu 85% hộ gia đình có tài khoản, có ít nhất 5 xã đạt chuẩn.")
    assert (count.op, count.value, count.unit) == (">=", "5", "count")


@pytest.mark.parametrize(
    ("said", "op"),
    [("xếp loại Tốt trở lên", "ordinal_at_least"), ("đạt 90 điểm trở lên", ">=")],
)
@pytest.mark.parametrize("who", ["Xã", "UBND xã", "Tỉnh"])
def test_who_aims_is_no_part_of_a_grade_or_a_score(said: str, op: str, who: str) -> None:
    (found,) = readings(f"{who} phấn đấu Chỉ số cải cách hành chính năm 2026 {said}.")
    assert (found.phrase, found.op) == ("Chỉ số cải cách hành chính", op)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Số lượng thủ tục hành chính được cắt giảm, đơn giản hóa tối thiểu mười thủ tục.",
         "Số lượng thủ tục hành chính được cắt giảm, đơn giản hóa", "10"),
        ("Phấn đấu số xã đạt chuẩn nông thôn mới đạt ít nhất 15 xã.",
         "số xã đạt chuẩn nông thôn mới", "15"),
    ],
)  # fmt: skip
def test_a_count_named_by_the_number_said_before_it(sentence: str, phrase: str, value: str) -> None:
    (found,) = readings(sentence)
    assert (found.phrase, found.op, found.value, found.unit) == (phrase, ">=", value, "count")


@pytest.mark.parametrize("joint", [" và", ","])
def test_a_schedule_of_figures_each_with_its_year(joint: str) -> None:
    """ "… đạt 20% năm 2026 và 30% năm 2027" in a text of 2026: a year to come after one of
    them makes both targets, each of its year (before, the first a result and the second a
    target measuring nothing)."""
    found = extract(
        f"Tỷ lệ hồ sơ trực tuyến đạt 20% năm 2026{joint} 30% năm 2027.", year=2026
    ).targets
    assert [(t.reading.phrase, t.reading.value, t.reading.period) for t in found] == [
        ("Tỷ lệ hồ sơ trực tuyến", "20", "2026"),
        ("Tỷ lệ hồ sơ trực tuyến", "30", "2027"),
    ]
    assert (
        extract(f"Tỷ lệ hồ sơ trực tuyến đạt 20% năm 2026{joint} 30% năm 2027.", year=2028).targets
        == ()
    )


def test_a_schedule_that_names_its_measure_after_the_last_figure() -> None:
    """ "Năm 2026 đạt 40%, năm 2027 đạt 60%, đến năm 2030 đạt 90% dịch vụ công …": every
    figure measures what the last names, each in its own year (before, the first two measured
    the predicate alone, and the second took 2030: the times of a clause were placed as if
    the clause opened the piece)."""
    found = extract(
        "Năm 2026 đạt 40%, năm 2027 đạt 60%, đến năm 2030 đạt 90% dịch vụ công được cung cấp "
        "trực tuyến toàn trình.",
        year=2026,
    ).targets
    assert [(t.reading.phrase, t.reading.value, t.reading.period) for t in found] == [
        ("dịch vụ công được cung cấp trực tuyến toàn trình", "40", "2026"),
        ("dịch vụ công được cung cấp trực tuyến toàn trình", "60", "2027"),
        ("dịch vụ công được cung cấp trực tuyến toàn trình", "90", "2030"),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Tỷ lệ hồ sơ trực tuyến: năm 2026 đạt 20%, năm 2027 đạt 30%.",
        "Tỷ lệ hồ sơ trực tuyến năm 2026 đạt 20%, năm 2027 đạt 30%.",
        "Tỷ lệ hồ sơ trực tuyến đạt 20% (năm 2026), 30% (năm 2027).",
    ],
)
def test_a_schedule_said_year_first_or_in_brackets(said: str) -> None:
    found = extract(said, year=2026).targets
    assert [(t.reading.phrase, t.reading.value, t.reading.period) for t in found] == [
        ("Tỷ lệ hồ sơ trực tuyến", "20", "2026"),
        ("Tỷ lệ hồ sơ trực tuyến", "30", "2027"),
    ]
    assert extract(said, year=2028).targets == ()
    # (results of a year gone and of this one: no year to come, no target)
    told = said.replace("2027", "2026").replace("2026 đạt 20", "2025 đạt 20")
    assert extract(told.replace("20% (năm 2026)", "20% (năm 2025)"), year=2026).targets == ()


@pytest.mark.parametrize(
    ("first", "second", "due"),
    [
        ("vào cuối năm 2026", "vào cuối năm 2027", [date(2026, 12, 31), date(2027, 12, 31)]),
        ("đến hết năm 2026", "đến hết năm 2027", [date(2026, 12, 31), date(2027, 12, 31)]),
        ("trước ngày 30/6/2026", "trước ngày 31/12/2026", [date(2026, 6, 30), date(2026, 12, 31)]),
    ],
)
def test_each_figure_due_by_the_time_said_after_it(
    first: str, second: str, due: list[date]
) -> None:
    found = readings(f"Phấn đấu tỷ lệ người dân có chữ ký số đạt 30% {first} và 50% {second}.")
    assert [(r.value, r.deadline) for r in found] == list(zip(["30", "50"], due, strict=True))


def test_the_times_of_a_clause_after_another_stand_where_they_are_said() -> None:
    """A clause's deadlines are placed where they stand in the piece (before, as if the clause
    opened it: the 30 % took the deadline of the 50 % after it)."""
    *_, thirty, fifty = extract(
        "Tỷ lệ hồ sơ trực tuyến năm 2026 đạt 20%, năm 2027 đạt 30% vào cuối năm 2027 và 50% vào "
        "cuối năm 2028.",
        year=2026,
    ).targets
    assert [(t.reading.value, t.reading.deadline) for t in (thirty, fifty)] == [
        ("30", date(2027, 12, 31)),
        ("50", date(2028, 12, 31)),
    ]


@pytest.mark.parametrize(
    "group", ["5 bộ, cơ quan ngang bộ", "5 sở, ban, ngành", "5 cơ quan, đơn vị", "5 xã, phường"]
)
def test_a_leading_group_of_units_listed(group: str) -> None:
    (found,) = readings(
        f"Hằng năm, phấn đấu Chỉ số cải cách hành chính thuộc nhóm {group} dẫn đầu."
    )
    assert (found.phrase, found.op, found.value) == ("Chỉ số cải cách hành chính", "rank_top", "5")
    assert found.recurrence == "yearly"


@pytest.mark.parametrize(
    ("first", "second"),
    [("doanh nghiệp", "hộ kinh doanh"), ("hộ kinh doanh", "hợp tác xã")],
)
def test_businesses_and_households_listed_share_what_they_do(first: str, second: str) -> None:
    found = readings(f"Phấn đấu 70% {first}, 50% {second} sử dụng hóa đơn điện tử.")
    assert [r.phrase for r in found] == [
        f"{first} sử dụng hóa đơn điện tử",
        f"{second} sử dụng hóa đơn điện tử",
    ]
    # (not what another kind of thing is: a service is not used as people use it)
    services, _people = readings(
        "Phấn đấu 100% dịch vụ công đủ điều kiện, 90% người dân sử dụng dịch vụ công trực tuyến."
    )
    assert services.phrase == "dịch vụ công đủ điều kiện"


def test_how_often_each_unit_does_so_through_the_lists_of_a_share() -> None:
    """ "… người đứng đầu cơ quan, đơn vị … với người dân, doanh nghiệp ít nhất 01 lần/năm": the
    commas inside the lists do not end what each unit does (before, a second target, "doanh
    nghiệp" once a year)."""
    (found,) = readings(
        "100% người đứng đầu cơ quan, đơn vị thực hiện đối thoại với người dân, doanh nghiệp ít "
        "nhất 01 lần/năm."
    )
    assert found.phrase.endswith("với người dân, doanh nghiệp ít nhất 01 lần/năm")


def test_for_what_a_figure_holds_is_no_whole_it_counts() -> None:
    """ "… đạt tỷ lệ 100% đối với thủ tục … của cấp tỉnh, 80% đối với cấp xã": the measure is
    named before the figure (before, "đối với thủ tục hành chính thuộc thẩm quyền")."""
    province, commune = readings(
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ 100% đối với thủ tục "
        "hành chính thuộc thẩm quyền của cấp tỉnh, 80% đối với cấp xã."
    )
    assert (
        province.phrase == commune.phrase == ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính")
    )
    assert (province.level, commune.level) == ("province", "commune")


@pytest.mark.parametrize(
    ("per", "recurrence"), [("năm", "yearly"), ("quý", "quarterly"), ("tháng", "monthly")]
)
def test_so_many_things_a_period(per: str, recurrence: str) -> None:
    """ "Phấn đấu tổ chức 4 lớp tập huấn/quý", "…: 02 cuộc/năm" in a table of targets: so many
    each period, the period no part of what is counted (before, none, and "lớp tập huấn/quý")."""
    (found,) = readings(f"Phấn đấu tổ chức 4 lớp tập huấn/{per}.")
    assert (found.phrase, found.value, found.recurrence) == ("lớp tập huấn", "4", recurrence)
    (item,) = readings(f"KẾ HOẠCH năm 2026\n\nII. CHỈ TIÊU\n5. Số cuộc kiểm tra: 02 cuộc/{per}.")
    assert (item.phrase, item.value, item.recurrence) == ("Số cuộc kiểm tra", "2", recurrence)
    # (not how often each unit of a share does so, nor a qualifier per period and place)
    (share,) = readings(f"Phấn đấu 100% xã tổ chức đối thoại ít nhất 01 lần/{per}.")
    assert share.recurrence is None
    services = readings(f"Phấn đấu cung cấp 982 dịch vụ công có tối thiểu 1.000 hồ sơ/{per}/tỉnh.")
    assert [r.recurrence for r in services] == [None] * len(services) != []


def test_a_name_in_quotes_ending_a_phrase_keeps_its_closing_quote() -> None:
    (found,) = readings(
        'Phấn đấu 50% số xã, phường đạt chuẩn "Xã, phường thông minh" vào năm 2030.'
    )
    assert found.phrase == 'số xã, phường đạt chuẩn "Xã, phường thông minh"'


def test_the_targets_a_body_gives_named_with_the_body() -> None:
    (found,) = readings(
        "Phấn đấu hoàn thành 100% chỉ tiêu về cải cách hành chính được Ủy ban nhân dân tỉnh giao."
    )
    assert found.phrase == "chỉ tiêu về cải cách hành chính được Ủy ban nhân dân tỉnh giao"


@pytest.mark.parametrize("where", ["ở", "tại"])
def test_all_of_the_place_a_figure_holds_at_is_no_figure(where: str) -> None:
    """ "… xuống dưới 0,5% ở tất cả các cấp": where it holds (before, a second target, 100 %
    of "các cấp"); with no figure before it, every one of them."""
    (found,) = readings(
        f"Phấn đấu giảm tỷ lệ hồ sơ trễ hạn xuống dưới 0,5% {where} tất cả các cấp."
    )
    assert (found.op, found.value) == ("<", "0.5")
    (every,) = readings(f"Triển khai dịch vụ đô thị thông minh {where} tất cả các huyện.")
    assert (every.op, every.value, every.unit) == (">=", "100", "percent")


@pytest.mark.parametrize("where", ["ở", "tại", "đối với"])
def test_the_tier_before_a_figure_is_its_level_not_its_measure(where: str) -> None:
    province, commune = readings(
        f"Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình {where} cấp tỉnh đạt 60%, cấp xã đạt 40%."
    )
    assert province.phrase == commune.phrase == "tỷ lệ hồ sơ trực tuyến toàn trình"
    assert (province.level, commune.level) == ("province", "commune")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỉnh đã hoàn thành 45/50 chỉ tiêu đề ra trong năm 2025, đạt 90%.",
        "Xã hoàn thành 18 chỉ tiêu đề ra năm 2025, đạt 100% kế hoạch.",
        "Huyện thực hiện 12 mục tiêu đề ra năm 2025, đạt 92%.",
    ],
)
def test_targets_counted_commit_to_nothing(sentence: str) -> None:
    """ "đã hoàn thành 45/50 chỉ tiêu đề ra …, đạt 90%": the targets counted are no words of a
    commitment (before, 90 % was read as a target)."""
    assert extract(sentence, year=2026).targets == ()
    assert extract(sentence, year=2026).unread


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Triển khai Hệ thống thông tin giải quyết thủ tục hành chính tại 100% cơ quan, đơn vị.",
         "cơ quan, đơn vị triển khai Hệ thống thông tin giải quyết thủ tục hành chính", "100"),
        ("Phấn đấu triển khai phần mềm quản lý văn bản tại 100% xã, phường.",
         "xã, phường triển khai phần mềm quản lý văn bản", "100"),
        ("Phấn đấu áp dụng chữ ký số cho tối thiểu 80% công chức cấp xã.",
         "công chức cấp xã áp dụng chữ ký số", "80"),
        ("Triển khai dịch vụ đô thị thông minh tại tất cả các huyện, thị xã, thành phố.",
         "các huyện, thị xã, thành phố triển khai dịch vụ đô thị thông minh", "100"),
    ],
)  # fmt: skip
def test_what_is_done_at_the_units_a_share_counts(sentence: str, phrase: str, value: str) -> None:
    """ "Triển khai X tại 100% cơ quan, đơn vị": the units the share counts, and what is done at
    them (before, the units alone)."""
    (found,) = readings(sentence)
    assert (found.phrase, found.op, found.value, found.unit) == (phrase, ">=", value, "percent")


def test_the_grade_each_unit_of_a_share_reaches() -> None:
    """ "100% cơ quan, đơn vị được đánh giá, xếp loại … từ loại Khá trở lên, trong đó ít nhất
    50% đạt loại Tốt": a grade or better each unit of the share reaches, "trở lên" kept, and
    the part of them at a higher grade (before, the grades were targets of their own)."""
    whole, part = readings(
        "Phấn đấu 100% cơ quan, đơn vị được đánh giá, xếp loại mức độ hoàn thành nhiệm vụ cải "
        "cách hành chính từ loại Khá trở lên, trong đó ít nhất 50% đạt loại Tốt."
    )
    assert (whole.op, whole.value, whole.level) == (">=", "100", "each_agency")
    assert whole.phrase.endswith(
        "xếp loại mức độ hoàn thành nhiệm vụ cải cách hành chính từ loại Khá trở lên"
    )
    assert (part.op, part.value, part.base) == (">=", "50", whole.phrase)
    assert part.phrase.endswith("đạt loại Tốt")
    (grade,) = readings("Phấn đấu 100% cơ quan, đơn vị xếp loại Tốt trở lên.")
    assert grade.phrase == "cơ quan, đơn vị xếp loại Tốt trở lên"
    # (a grade of something else after the part is its own)
    found = readings(
        "Phấn đấu 100% hồ sơ được giải quyết đúng hạn, trong đó 60% hồ sơ được giải quyết trước "
        "hạn và Chỉ số cải cách hành chính của tỉnh xếp loại Tốt."
    )
    assert [(r.phrase, r.op, r.value) for r in found][2:] == [
        ("Chỉ số cải cách hành chính của tỉnh", "ordinal_at_least", "tốt")
    ]


@pytest.mark.parametrize(
    "said", ['xếp nhóm "Khá" trở lên', "nhóm Khá trở lên", "xếp loại Khá trở lên"]
)
def test_a_band_of_an_index_said_as_its_group(said: str) -> None:
    (found,) = readings(f"Phấn đấu Chỉ số chuyển đổi số của tỉnh (DTI) {said}.")
    assert (found.phrase, found.op, found.value) == (
        "Chỉ số chuyển đổi số của tỉnh (DTI)",
        "ordinal_at_least",
        "khá",
    )


@pytest.mark.parametrize("verb", ["số hóa", "trả"])
def test_results_a_procedure_gives_are_no_report(verb: str) -> None:
    """ "… được số hóa kết quả đạt 100%" in a plan: the results of procedures, digitised or
    returned, not a result reported (before, unread as "kết quả đạt")."""
    (found,) = extract(
        "KẾ HOẠCH Cải cách hành chính năm 2026\n\n"
        f"- Tỷ lệ hồ sơ thủ tục hành chính được {verb} kết quả đạt 100%."
    ).targets
    assert (found.reading.op, found.reading.value) == (">=", "100")
    assert extract("Kết quả đạt 100% hồ sơ đúng hạn.", year=2026).targets == ()


def test_the_age_of_what_is_counted_is_no_period() -> None:
    """ "Số hóa 100% hồ sơ hộ tịch từ năm 2016 trở về trước" under a lead: records that old,
    not a year gone that makes the figure a result (before, read as a task)."""
    (found,) = extract(
        "Phấn đấu đến ngày 31/12/2026, xã hoàn thành các chỉ tiêu sau:\n"
        "- Số hóa 100% hồ sơ hộ tịch từ năm 2016 trở về trước.",
        year=2026,
    ).targets
    assert (found.reading.op, found.reading.value, found.reading.period) == (">=", "100", None)
    assert found.reading.phrase == "hồ sơ hộ tịch từ năm 2016 trở về trước được số hóa"


@pytest.mark.parametrize(("per", "recurrence"), [("năm", "yearly"), ("quý", "quarterly")])
def test_a_rise_so_much_a_period_measures_what_follows(per: str, recurrence: str) -> None:
    """ "Tăng 20%/năm số giao dịch …": the growth rate each period, of what is named after it
    (before, a rise that measured nothing)."""
    (found,) = readings(f"Phấn đấu tăng 20%/{per} số giao dịch thanh toán không dùng tiền mặt.")
    assert (found.op, found.value, found.recurrence) == (">=", "20", recurrence)
    assert found.phrase == "số giao dịch thanh toán không dùng tiền mặt tăng"


@pytest.mark.parametrize("op", ["≥ ", "tối thiểu ", "≥"])
def test_the_whole_a_rate_is_taken_of_named_after_a_sign(op: str) -> None:
    (found,) = readings(
        f"Phấn đấu tỷ lệ người dân kích hoạt tài khoản định danh điện tử mức độ 2 đạt {op}85% "
        "dân số từ 14 tuổi trở lên."
    )
    assert found.phrase == (
        "tỷ lệ người dân kích hoạt tài khoản định danh điện tử mức độ 2 trên dân số từ 14 tuổi "
        "trở lên"
    )


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Chỉ số PAPI năm 2026 của tỉnh tăng tối thiểu 0,5 điểm so với năm 2025.",
         "Chỉ số PAPI của tỉnh"),
        ("Phấn đấu Chỉ số SIPAS năm 2026 của tỉnh đạt trên 85%.", "Chỉ số SIPAS của tỉnh"),
    ],
)  # fmt: skip
def test_the_year_inside_a_measure_is_its_period(sentence: str, phrase: str) -> None:
    (found,) = extract(sentence, year=2026).targets
    assert (found.reading.phrase, found.reading.period) == (phrase, "2026")
    # (a name's year stays: no measure named)
    (task,) = readings("Ban hành Kế hoạch kiểm tra năm 2026 của tỉnh trước ngày 31/3/2026.")
    assert "năm 2026" in task.phrase


@pytest.mark.parametrize("units", ["các xã", "các phường"])
def test_units_set_apart_after_an_owner_take_the_measure(units: str) -> None:
    """ "Tỷ lệ … của thị trấn đạt 60%, các xã đạt 40%": the measure, of the units named (before,
    "các xã" alone)."""
    _, theirs = readings(f"Phấn đấu tỷ lệ hồ sơ trực tuyến của thị trấn đạt 60%, {units} đạt 40%.")
    assert (theirs.phrase, theirs.value) == (f"tỷ lệ hồ sơ trực tuyến của {units}", "40")


@pytest.mark.parametrize("aim", ["Nỗ lực để", "Cố gắng để", "Nỗ lực", "Quyết tâm"])
def test_words_of_effort_are_no_part_of_the_measure(aim: str) -> None:
    (found,) = readings(f"{aim} Chỉ số PAR Index của tỉnh tăng từ 2 bậc trở lên.")
    assert (found.phrase, found.op, found.aspirational) == (
        "Chỉ số PAR Index của tỉnh",
        "rank_improve",
        True,
    )


def test_by_the_end_of_the_year_said_with_vao() -> None:
    (found,) = extract(
        "Cố gắng đưa tỷ lệ hồ sơ trực tuyến lên 70% vào cuối năm.", year=2026
    ).targets
    assert found.reading.deadline == date(2026, 12, 31)


@pytest.mark.parametrize(
    "agencies", ["các phòng, ban chuyên môn thuộc UBND huyện", "các phòng, ban"]
)
def test_a_district_s_agencies_and_its_communes_each(agencies: str) -> None:
    """ "100% các phòng, ban … và UBND các xã, thị trấn sử dụng …": each agency and each
    commune (before, one target, each agency's)."""
    agency, commune = readings(
        f"100% {agencies} và UBND các xã, thị trấn sử dụng phần mềm quản lý văn bản."
    )
    assert (agency.level, commune.level) == ("each_agency", "each_commune")
    assert agency.phrase == f"{agencies} sử dụng phần mềm quản lý văn bản"


@pytest.mark.parametrize(
    ("said", "due"),
    [("đến hết năm 2027", date(2027, 12, 31)), ("trước ngày 30/6/2027", date(2027, 6, 30))],
)
def test_a_time_that_opens_the_next_figure_is_its_alone(said: str, due: date) -> None:
    """ "… năm 2026 đạt 40%, đến hết năm 2027 đạt 60%": the 40 % is of 2026, with no deadline;
    the 60 % is due by its own time, of no year said before the figure before it (before, both
    due by the second time, both of 2026)."""
    first, second = extract(
        f"Tỷ lệ hồ sơ trực tuyến năm 2026 đạt 40%, {said} đạt 60%.", year=2026
    ).targets
    assert (first.reading.period, first.reading.deadline) == ("2026", None)
    assert (second.reading.period, second.reading.deadline) == (None, due)


def test_a_target_that_names_no_measure_says_so() -> None:
    (found,) = extract(
        "Năm 2026 sẽ tiếp tục phấn đấu giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu.", year=2026
    ).targets
    assert found.reading.phrase == ""
    assert found.review
    assert "the text names no measure: name the indicator" in (found.target.note or "")


def test_an_aim_said_after_the_index_a_rise_in_rank_names() -> None:
    (found,) = readings(
        "Cải thiện thứ hạng Chỉ số PAPI, phấn đấu tăng ít nhất 5 bậc so với năm 2025."
    )
    assert (found.phrase, found.op, found.value) == ("Chỉ số PAPI", "rank_improve", "5")
    assert found.aspirational
    (bound,) = readings(
        "Cải thiện thứ hạng Chỉ số PAPI, bảo đảm tăng ít nhất 5 bậc so với năm 2025."
    )
    assert not bound.aspirational


@pytest.mark.parametrize("owners", ["các sở, ban, ngành và UBND cấp xã", "các xã, phường, đặc khu"])
def test_whose_index_a_task_acts_on_does_not_do_it(owners: str) -> None:
    (task,) = readings(
        f"Tổ chức đánh giá, xác định Chỉ số cải cách hành chính năm 2026 của {owners}, hoàn thành "
        "trong quý I năm 2027."
    )
    assert task.phrase == (f"đánh giá, xác định Chỉ số cải cách hành chính năm 2026 của {owners}")
    assert (task.level, task.deadline) == ("self", date(2027, 3, 31))
    # who the sentence names before the verb does it
    (theirs,) = readings(
        "UBND các xã tổ chức tự đánh giá Chỉ số cải cách hành chính của xã, hoàn thành trong "
        "quý I năm 2027."
    )
    assert theirs.level == "each_commune"


@pytest.mark.parametrize(
    "degree", ["đại học", "cao đẳng", "trung cấp", "thạc sĩ", "trung học phổ thông"]
)
def test_a_degree_and_above_is_part_of_what_is_counted(degree: str) -> None:
    (found,) = readings(f"Tỷ lệ công chức cấp xã có trình độ {degree} trở lên đạt tối thiểu 90%.")
    assert found.phrase == f"Tỷ lệ công chức cấp xã có trình độ {degree} trở lên"
    assert (found.op, found.value) == (">=", "90")


def test_a_duty_inside_an_exclusion_names_no_addressee() -> None:
    (found,) = readings(
        "100% văn bản trao đổi giữa các cơ quan dưới dạng điện tử, trừ trường hợp theo quy định "
        "phải gửi văn bản giấy."
    )
    assert found.level == "self"
    assert found.exclusions == ("trường hợp theo quy định phải gửi văn bản giấy",)


@pytest.mark.parametrize(
    "sentence",
    ["Cố gắng đạt tỷ lệ hồ sơ trực tuyến tối thiểu 70%.",
     "Nỗ lực đưa tỷ lệ hồ sơ trực tuyến lên 75%."],
)  # fmt: skip
def test_striving_in_other_words_is_aspirational(sentence: str) -> None:
    (found,) = readings(sentence)
    assert found.aspirational


@pytest.mark.parametrize(
    ("sentence", "value", "phrase"),
    [
        (
            "Phấn đấu có 1,5 triệu người dân có tài khoản định danh điện tử mức 2.",
            "1500000",
            "người dân có tài khoản định danh điện tử mức 2",
        ),
        ("Phấn đấu năm 2026 thu hút 500 nghìn lượt khách du lịch.", "500000", "lượt khách du lịch"),
        (
            "Đào tạo tối thiểu 10 ngàn lượt người về kỹ năng số.",
            "10000",
            "lượt người về kỹ năng số",
        ),
    ],
)
def test_a_count_in_its_scale(sentence: str, value: str, phrase: str) -> None:
    (count,) = readings(sentence)
    assert (count.op, count.value, count.unit, count.phrase) == (">=", value, "count", phrase)


@pytest.mark.parametrize(
    ("sentence", "value", "aspirational"),
    [
        ("Phấn đấu thu ngân sách trên địa bàn đạt 2.500 - 2.700 tỷ đồng.",
         "2500000000000..2700000000000", True),
        # a range is no tally: a target without other words of commitment
        ("Thu nhập bình quân đầu người đạt 70-75 triệu đồng/người/năm.", "70000000..75000000",
         False),
        ("Số doanh nghiệp thành lập mới đạt 500 - 600 doanh nghiệp.", "500..600", False),
        # money from one figure to another, no verb before it, where the sentence commits
        ("Phấn đấu thu nhập bình quân đầu người từ 50-60 triệu đồng/người/năm.",
         "50000000..60000000", True),
        ("Chỉ tiêu: giá trị sản phẩm trên 1 ha đất từ 150 đến 200 triệu đồng.",
         "150000000..200000000", False),
        ("Chỉ tiêu: giá vé bình quân từ 50.000 - 70.000 đồng.", "50000..70000", False),
        ("Phấn đấu GRDP bình quân đầu người từ 5.000 - 5.500 USD.", "5000..5500", True),
    ],
)  # fmt: skip
def test_a_range_of_amounts(sentence: str, value: str, aspirational: bool) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.unit, found.aspirational) == (
        "between",
        value,
        "count",
        aspirational,
    )


def test_an_amount_reached_alone_is_a_tally() -> None:
    assert readings("Thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm.") == []
    # a rise or a fall from a range is where it started, no range to reach
    (risen,) = readings("Phấn đấu thu nhập bình quân tăng từ 50 - 60 triệu đồng lên 70 triệu đồng.")
    assert (risen.op, risen.value) == (">=", "70000000")
    assert readings("Phấn đấu chi phí bình quân giảm từ 50 - 60 triệu đồng xuống thấp nhất.") == []
    # money from one figure to another that nothing commits: what is paid, as like as not
    assert readings("Mỗi hộ được hỗ trợ từ 5 - 10 triệu đồng để chuyển đổi số.") == []
    assert readings("Mức hỗ trợ mỗi hộ từ 5 - 10 triệu đồng.") == []


def test_a_count_in_words_and_every_unit_of_a_tier() -> None:
    (count,) = readings("Phấn đấu có ba xã đạt chuẩn nông thôn mới kiểu mẫu.")
    assert (count.op, count.value, count.unit) == (">=", "3", "count")
    (every,) = readings("Phấn đấu tất cả các xã có điểm Internet công cộng.")
    assert (every.op, every.value, every.level) == (">=", "100", "each_commune")


def test_a_count_s_label_names_what_is_counted() -> None:
    found = readings(
        "Chỉ tiêu cụ thể năm 2026:\n"
        "- Số sáng kiến cải cách hành chính được công nhận: ít nhất 02 sáng kiến."
    )
    assert [(r.op, r.value, r.phrase) for r in found] == [
        (">=", "2", "Số sáng kiến cải cách hành chính được công nhận")
    ]


def test_who_strives_or_says_so_is_no_part_of_a_phrase() -> None:
    (share,) = readings("Lãnh đạo tỉnh cho biết sẽ nỗ lực để 100% xã có Tổ công nghệ số cộng đồng.")
    assert (share.level, share.phrase) == ("each_commune", "xã có Tổ công nghệ số cộng đồng")
    (kept,) = readings(
        "Trong thời gian tới, thành phố tiếp tục phấn đấu giữ vững vị trí dẫn đầu về Chỉ số "
        "PAR Index."
    )
    assert (kept.op, kept.phrase) == ("rank_keep", "Chỉ số PAR Index")


def test_an_item_s_number_inside_a_sentence_is_no_part_of_a_phrase() -> None:
    found = readings(
        "Đến năm 2026, tỉnh phấn đấu: (1) 100% xã có Tổ công nghệ số cộng đồng; (2) 80% người "
        "dân có tài khoản định danh điện tử."
    )
    assert [r.phrase for r in found] == [
        "xã có Tổ công nghệ số cộng đồng",
        "người dân có tài khoản định danh điện tử",
    ]


def test_a_new_countryside_reached_is_no_result_just_reached() -> None:
    """ "nông thôn mới đạt …": "mới" is part of the name, not "just" ("mới đạt 60%")."""
    (found,) = readings("Phấn đấu tỷ lệ xã đạt chuẩn nông thôn mới đạt 100%.")
    assert (found.op, found.value) == (">=", "100")
    assert readings("Tỷ lệ hồ sơ trực tuyến mới đạt 60%.") == []


def test_a_stop_without_its_space_ends_a_sentence() -> None:
    """ "… kiểu mẫu.Mỗi tỉnh …": a copied text lost the space; "Tp.Hồ Chí Minh" is a name."""
    first, second = readings(
        "Phấn đấu 20% số huyện đạt chuẩn nông thôn mới kiểu mẫu.Mỗi tỉnh có ít nhất 2 huyện "
        "đạt chuẩn."
    )
    assert first.phrase == "số huyện đạt chuẩn nông thôn mới kiểu mẫu"
    assert (second.value, second.level) == ("2", "each_province")
    (city,) = readings("Phấn đấu 100% hồ sơ tại Tp.Hồ Chí Minh được số hóa.")
    assert "Hồ Chí Minh" in city.phrase


def test_requirements_met_are_part_of_the_measure() -> None:
    """ "… đáp ứng yêu cầu chỉ đạo …" names what is met, no directive after which the
    measure would start."""
    (found,) = readings(
        "- Tỷ lệ cán bộ được bồi dưỡng kỹ năng số đáp ứng yêu cầu chỉ đạo, triển khai chuyển "
        "đổi số tại xã: 100%."
    )
    assert found.phrase.startswith("Tỷ lệ cán bộ được bồi dưỡng kỹ năng số đáp ứng yêu cầu")


def test_what_a_sentence_singles_out_with_rieng() -> None:
    """ "Riêng cấp xã, …": the tier the figure is measured at; "Riêng năm 2026, …" a time,
    no measure and no part of the phrase."""
    (tier,) = readings("Riêng cấp xã, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.")
    assert (tier.level, tier.phrase) == ("commune", "tỷ lệ hồ sơ trực tuyến")
    (year,) = readings("Riêng năm 2026, phấn đấu đạt tối thiểu 80%.")
    assert (year.period, year.phrase) == ("2026", "")
    (index,) = readings("Riêng Chỉ số SIPAS, phấn đấu đạt tối thiểu 85%.")
    assert index.phrase == "Chỉ số SIPAS"


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu tỷ lệ hồ sơ trực tuyến cấp xã đạt 80%.",
        "Phấn đấu 90% hồ sơ ở cấp cơ sở được giải quyết trực tuyến.",
        "Phấn đấu 80% hồ sơ thủ tục hành chính tại xã, phường được tiếp nhận trực tuyến.",
    ],
)
def test_a_figure_of_the_communes_records_is_pooled_at_their_tier(sentence: str) -> None:
    (found,) = readings(sentence)
    assert found.level == "commune"


def test_a_figure_after_a_tier_is_read_as_the_one_before_it() -> None:
    """A result reported for one tier is reported for the next ("đạt 100% tại cấp tỉnh và 90%
    tại cấp xã"), and a target set for one is set for the next, both with the measure."""
    assert readings("Tỷ lệ hồ sơ đạt 100% tại cấp tỉnh và 90% tại cấp xã.") == []
    found = readings("Phấn đấu tỷ lệ số hóa hồ sơ đạt 100% đối với cấp tỉnh và 90% đối với cấp xã.")
    assert [(r.value, r.level, r.phrase) for r in found] == [
        ("100", "province", "tỷ lệ số hóa hồ sơ"),
        ("90", "commune", "tỷ lệ số hóa hồ sơ"),
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Kế hoạch xác định 100% xã, phường có Tổ công nghệ số cộng đồng hoạt động.",
            "xã, phường có Tổ công nghệ số cộng đồng hoạt động",
        ),
        (
            "Tỉnh đặt mục tiêu 100% xã có điểm hỗ trợ dịch vụ công trực tuyến.",
            "xã có điểm hỗ trợ dịch vụ công trực tuyến",
        ),
        (
            "Phấn đấu triển khai thực hiện Đề án 06 tại 100% xã, phường.",
            "xã, phường triển khai thực hiện Đề án 06",
        ),
    ],
)
def test_what_is_done_at_each_unit_not_who_says_so(sentence: str, phrase: str) -> None:
    (share,) = readings(sentence)
    assert (share.level, share.phrase) == ("each_commune", phrase)


def test_a_task_s_time_labelled_after_a_semicolon_or_in_brackets() -> None:
    (held,) = readings(
        "Tổ chức Hội nghị sơ kết công tác cải cách hành chính; thời gian: tháng 7/2026."
    )
    assert (held.phrase, held.deadline) == (
        "Hội nghị sơ kết công tác cải cách hành chính",
        date(2026, 7, 31),
    )
    (made,) = readings(
        "Xây dựng Kế hoạch tuyên truyền cải cách hành chính (thời gian hoàn thành: trước ngày "
        "31/01/2026).",
    )
    assert (made.phrase, made.deadline) == (
        "Kế hoạch tuyên truyền cải cách hành chính",
        date(2026, 1, 31),
    )


def test_a_task_done_for_officials_of_a_tier_is_not_done_by_that_tier() -> None:
    (trained,) = readings(
        "Tổ chức tập huấn nghiệp vụ cho đội ngũ cán bộ, công chức cấp xã, phường trước ngày "
        "30/9/2026.",
    )
    assert (trained.level, trained.phrase) == (
        "self",
        "tập huấn nghiệp vụ cho đội ngũ cán bộ, công chức cấp xã, phường",
    )


@pytest.mark.parametrize(
    ("sentence", "phrase", "due"),
    [
        (
            "Từ ngày 27/12, việc tiếp nhận hồ sơ thủ tục hành chính đối với tổ chức, cá nhân được "
            "thực hiện tập trung tại Trung tâm Phục vụ hành chính công tỉnh.",
            "việc tiếp nhận hồ sơ thủ tục hành chính đối với tổ chức, cá nhân",
            date(2025, 12, 27),
        ),
        (
            "Từ ngày 01/7/2026, việc tiếp nhận hồ sơ thủ tục hành chính được thực hiện tại Trung "
            "tâm Phục vụ hành chính công.",
            "việc tiếp nhận hồ sơ thủ tục hành chính",
            date(2026, 7, 1),
        ),
    ],
)
def test_what_is_done_from_a_day_on_is_in_place_by_that_day(
    sentence: str, phrase: str, due: date
) -> None:
    """("được thực hiện tại" is no "hiện tại", no tense of a result)"""
    (task,) = [t.reading for t in extract(sentence, year=2025).targets]
    assert (task.op, task.phrase, task.deadline) == ("yes", phrase, due)


def test_from_a_month_on_is_the_period_of_a_task() -> None:
    (task,) = readings(
        "Từ tháng 11/2025, 168 xã, phường, đặc khu sẽ triển khai giải quyết thủ tục hành chính "
        "phi địa giới."
    )
    assert (task.level, task.period, task.deadline, task.phrase) == (
        "each_commune",
        "2025-11",
        None,
        "giải quyết thủ tục hành chính phi địa giới",
    )


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc; định kỳ trước ngày 15/12/2025 báo "
            "cáo kết quả về Sở Nội vụ.",
            "báo cáo kết quả về Sở Nội vụ",
        ),
        (
            "Bộ Tài chính chủ trì, phối hợp với Bộ Khoa học và Công nghệ khẩn trương xử lý việc "
            "bảo đảm kinh phí cho chuyển đổi số, hoàn thành trước ngày 30/8/2025.",
            "việc bảo đảm kinh phí cho chuyển đổi số",
        ),
        (
            "Thủ tướng yêu cầu các bộ, ngành, địa phương khẩn trương xử lý dứt điểm các nhiệm vụ "
            "chậm, quá hạn trong tháng 8/2025.",
            "các nhiệm vụ chậm, quá hạn",
        ),
    ],
)
def test_a_task_dated_before_its_verb_or_dealt_with(sentence: str, phrase: str) -> None:
    (task,) = readings(sentence)
    assert (task.op, task.phrase) == ("yes", phrase)


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        (
            "Giữ vững vị trí dẫn đầu cả nước về Chỉ số PAR Index, SIPAS, PAPI.",
            ["Chỉ số PAR Index", "SIPAS", "PAPI"],
        ),
        (
            "Tiếp tục giữ vững và nâng cao thứ hạng các Chỉ số: PAR INDEX, SIPAS, PAPI.",
            ["thứ hạng PAR INDEX", "thứ hạng SIPAS", "thứ hạng PAPI"],
        ),
        (
            "Bảo đảm giữ vững thứ hạng các chỉ số: PAR INDEX, SIPAS và DTI năm 2026.",
            ["thứ hạng PAR INDEX", "thứ hạng SIPAS", "thứ hạng DTI"],
        ),
        (
            "Phấn đấu năm 2026 các chỉ số PAR INDEX, SIPAS của tỉnh giữ vững hoặc tăng hạng.",
            ["PAR INDEX của tỉnh", "SIPAS của tỉnh"],
        ),
        (
            "Phấn đấu duy trì thứ hạng cao của các chỉ số đánh giá cải cách hành chính.",
            ["thứ hạng chỉ số đánh giá cải cách hành chính"],
        ),
        (
            "Tiếp tục giữ vững vị trí là một trong những địa phương dẫn đầu cả nước về cải cách "
            "hành chính.",
            ["cải cách hành chính"],
        ),
        (
            "Phấn đấu giữ vững và cải thiện vị trí xếp hạng của tỉnh về các chỉ số PAR INDEX, "
            "SIPAS, PAPI.",
            ["PAR INDEX", "SIPAS", "PAPI"],
        ),
        (
            "Bảo đảm các chỉ số PAR INDEX, SIPAS không bị tụt hạng.",
            ["PAR INDEX", "SIPAS"],
        ),
    ],
)
def test_ranks_kept_of_indices_listed(sentence: str, phrases: list[str]) -> None:
    found = readings(sentence)
    assert [(r.op, r.phrase) for r in found] == [("rank_keep", p) for p in phrases]


def test_a_rank_kept_from_a_year_past_is_no_result_and_no_period() -> None:
    found = [
        t.reading
        for t in extract(
            "Giữ vững và phát huy kết quả xếp hạng các chỉ số PAR Index, SIPAS năm 2025.",
            year=2026,
        ).targets
    ]
    assert [(r.op, r.phrase, r.period) for r in found] == [
        ("rank_keep", "thứ hạng PAR Index", None),
        ("rank_keep", "thứ hạng SIPAS", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "count", "level"),
    [
        ("Xây dựng 15 Tổ công nghệ số cộng đồng tại các thôn.", "15", "self"),
        ("Đào tạo 500 lượt cán bộ, công chức về chuyển đổi số.", "500", "self"),
        # (who it is done for names no tier it is done at)
        (
            "Tổ chức 04 lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã trong năm 2026.",
            "4",
            "self",
        ),
    ],
)
def test_an_item_that_opens_with_what_is_done_and_its_count(
    sentence: str, count: str, level: str
) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.unit, found.level) == (">=", count, "count", level)
    # told as what was done, or by whom, it is a result
    assert readings(f"Năm 2025, tỉnh đã {sentence[0].lower()}{sentence[1:]}") == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu 95% người dân hài lòng, góp phần nâng cao Chỉ số SIPAS.", "người dân hài lòng"),
        (
            "Phấn đấu 70% dịch vụ công trực tuyến được tích hợp, cung cấp trên Cổng Dịch vụ công "
            "quốc gia, đáp ứng yêu cầu của người dân.",
            "dịch vụ công trực tuyến được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia",
        ),
        (
            "Phấn đấu 100% hồ sơ được giải quyết đúng hạn, không có hồ sơ trễ hạn.",
            "hồ sơ được giải quyết đúng hạn",
        ),
    ],
)
def test_why_a_figure_is_set_and_a_clause_after_it_are_no_part_of_its_phrase(
    sentence: str, phrase: str
) -> None:
    (found,) = readings(sentence)
    assert found.phrase == phrase


def test_a_tier_in_brackets_after_a_figure() -> None:
    found = readings("Phấn đấu 100% hồ sơ được tiếp nhận (cấp tỉnh), 90% (cấp xã) qua mạng.")
    assert [(r.value, r.level, r.phrase) for r in found] == [
        ("100", "province", "hồ sơ được tiếp nhận"),
        ("90", "commune", "hồ sơ được tiếp nhận"),
    ]


def test_a_figure_reached_beside_one_said_before_what_it_counts_is_read_as_it_is() -> None:
    """Both or neither: "đạt 100% A và 60% B" states two targets, as "100% A và 60% B" does."""
    found = readings(
        "Đối với hạ tầng điện toán đám mây, đạt 100% hệ thống thông tin dùng chung cấp tỉnh có "
        "sử dụng dịch vụ điện toán đám mây và 60% doanh nghiệp sử dụng dịch vụ điện toán đám mây."
    )
    assert [r.value for r in found] == ["100", "60"]
    assert readings("Tỷ lệ hồ sơ trực tuyến đạt 90%, tỷ lệ người sử dụng Internet đạt 85%.") == []


def test_figures_of_a_network_plan_each_with_its_measure() -> None:
    found = readings(
        "Mạng cố định: đặt mục tiêu 60% hộ gia đình tiếp cận dịch vụ, tốc độ băng rộng cố định "
        "tăng lên 150Mbps và 90% thôn, bản được phủ sóng cáp quang."
    )
    assert [(r.value, r.phrase) for r in found] == [
        ("60", "hộ gia đình tiếp cận dịch vụ"),
        ("150", "tốc độ băng rộng cố định"),
        ("90", "thôn, bản được phủ sóng cáp quang"),
    ]
    (count, share) = readings(
        "Hướng tới 85 thuê bao băng rộng di động trên 100 dân, 98% thuê bao sử dụng điện thoại "
        "thông minh."
    )
    assert (count.op, count.value, count.unit) == (">=", "85", "count")
    assert (share.value, share.phrase) == ("98", "thuê bao sử dụng điện thoại thông minh")
    assert readings("Hướng tới 2030 Việt Nam là quốc gia số.") == []  # a year, no count


@pytest.mark.parametrize(
    ("sentence", "phrase", "due"),
    [
        (
            "Trung tâm Phục vụ hành chính công tỉnh sẽ chính thức đi vào hoạt động từ ngày "
            "1/7/2025.",
            "Trung tâm Phục vụ hành chính công tỉnh đi vào hoạt động",
            date(2025, 7, 1),
        ),
        (
            "Chậm nhất ngày 15/9/2025, các xã phải thông qua đề án sắp xếp thôn, tổ dân phố.",
            "đề án sắp xếp thôn, tổ dân phố",
            date(2025, 9, 15),
        ),
        (
            "Các đơn vị nộp báo cáo tự đánh giá, chấm điểm về Sở Nội vụ trước ngày 15/11/2025.",
            "báo cáo tự đánh giá",
            date(2025, 11, 15),
        ),
        (
            "Tỉnh sẽ khai trương Trung tâm điều hành thông minh vào tháng 12/2025.",
            "Trung tâm điều hành thông minh",
            date(2025, 12, 31),
        ),
        (
            "Việc lắp đặt camera tại bộ phận một cửa các xã sẽ hoàn thành trong quý IV/2025.",
            "Việc lắp đặt camera tại bộ phận một cửa các xã",
            date(2025, 12, 31),
        ),
        (
            "Từ ngày 1/7/2025, tỉnh chính thức áp dụng mô hình chính quyền địa phương hai cấp.",
            "mô hình chính quyền địa phương hai cấp",
            date(2025, 7, 1),
        ),
        (
            "Ngày 15/8/2025, tỉnh sẽ phát động chiến dịch cao điểm làm sạch dữ liệu.",
            "chiến dịch cao điểm làm sạch dữ liệu",
            date(2025, 8, 15),
        ),
        (
            "Các xã khẩn trương bàn giao hồ sơ, tài liệu cho xã mới trước ngày 30/6/2025.",
            "hồ sơ, tài liệu cho xã mới",
            date(2025, 6, 30),
        ),
        (
            "Trong tháng 8/2025, Sở Nội vụ thực hiện việc rà soát biên chế.",
            "việc rà soát biên chế",
            date(2025, 8, 31),
        ),
        (
            "Hết ngày 26/12/2025, bộ phận một cửa của các sở, ban, ngành kết thúc việc tiếp "
            "nhận hồ sơ giấy.",
            "việc tiếp nhận hồ sơ giấy",
            date(2025, 12, 26),
        ),
        (
            "Nhiệm vụ trọng tâm trong tháng 3/2026 là tổ chức thành công cuộc bầu cử đại biểu "
            "Quốc hội.",
            "cuộc bầu cử đại biểu Quốc hội",
            date(2026, 3, 31),
        ),
        (
            "Sở Khoa học và Công nghệ nâng cấp Cổng dịch vụ công của tỉnh trước ngày 30/6/2026.",
            "Cổng dịch vụ công của tỉnh",
            date(2026, 6, 30),
        ),
        (
            "Các xã lắp đặt camera giám sát tại Bộ phận một cửa trước ngày 31/12/2026.",
            "camera giám sát tại Bộ phận một cửa",
            date(2026, 12, 31),
        ),
        (
            "UBND tỉnh ký kết thỏa thuận hợp tác chuyển đổi số với Tập đoàn Viettel trong quý "
            "I/2026.",
            "thỏa thuận hợp tác chuyển đổi số với Tập đoàn Viettel",
            date(2026, 3, 31),
        ),
        (
            "Các sở, ngành bố trí đủ cán bộ làm việc tại Trung tâm phục vụ hành chính công trước "
            "ngày 15/7/2025.",
            "đủ cán bộ làm việc tại Trung tâm phục vụ hành chính công",
            date(2025, 7, 15),
        ),
        (  # the day first, said to be the deadline
            "Ngày 30/6/2025 là thời hạn cuối cùng để các địa phương hoàn thành việc bàn giao.",
            "việc bàn giao",
            date(2025, 6, 30),
        ),
        (  # a directive given in a paper: what it directs is still to be done
            "Bộ Nội vụ đã có văn bản đề nghị các địa phương gửi báo cáo trước ngày 15/12/2025.",
            "báo cáo",
            date(2025, 12, 15),
        ),
        (  # information provided, papers sent
            "Các sở, ngành cung cấp thông tin cho Sở Nội vụ chậm nhất ngày 10/6/2026.",
            "thông tin cho Sở Nội vụ",
            date(2026, 6, 10),
        ),
        (
            "Các đơn vị gửi danh sách về Sở Nội vụ trước ngày 20/11/2026.",
            "danh sách về Sở Nội vụ",
            date(2026, 11, 20),
        ),
        (  # done on a day ("vào ngày"), opened, inaugurated
            "Khai trương Trung tâm phục vụ hành chính công tỉnh vào ngày 01/7/2026.",
            "Trung tâm phục vụ hành chính công tỉnh",
            date(2026, 7, 1),
        ),
        (
            "Khánh thành Trung tâm dữ liệu tỉnh trong tháng 9/2026.",
            "Trung tâm dữ liệu tỉnh",
            date(2026, 9, 30),
        ),
        (
            "Ra mắt Trung tâm phục vụ hành chính công trước ngày 1/7/2026.",
            "Trung tâm phục vụ hành chính công",
            date(2026, 7, 1),
        ),
        (  # a directive advised and given
            "Sở Nội vụ đã tham mưu UBND tỉnh chỉ đạo các xã hoàn thành việc sắp xếp trước ngày "
            "15/8/2025.",
            "việc sắp xếp",
            date(2025, 8, 15),
        ),
        (  # who says so, at length, before it
            "Tại phiên họp, Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa nhấn mạnh, nhiệm vụ trọng "
            "tâm trong tháng 3/2026 là tổ chức thành công cuộc bầu cử.",
            "cuộc bầu cử",
            date(2026, 3, 31),
        ),
    ],
)
def test_tasks_in_the_words_news_use(sentence: str, phrase: str, due: date) -> None:
    (task,) = readings(sentence)
    assert (task.op, task.phrase, task.deadline) == ("yes", phrase, due)


@pytest.mark.parametrize(
    ("sentence", "phrase", "due", "aspirational"),
    [
        (  # a time before the verb, no comma after it
            "Đến năm 2026 hoàn thành việc xây dựng chính quyền số cấp xã.",
            "việc xây dựng chính quyền số cấp xã",
            date(2026, 12, 31),
            False,
        ),
        (
            "Phấn đấu đến năm 2026 hoàn thành việc xây dựng chính quyền số cấp xã.",
            "việc xây dựng chính quyền số cấp xã",
            date(2026, 12, 31),
            True,
        ),
        (  # striving to do it, its time after it
            "Phấn đấu hoàn thành việc chuyển đổi dữ liệu hộ tịch trong năm 2026.",
            "việc chuyển đổi dữ liệu hộ tịch",
            date(2026, 12, 31),
            True,
        ),
        (  # "muộn nhất" as "chậm nhất"; "kể từ" a day, as "từ ngày"
            "Các xã hoàn thành việc bàn giao hồ sơ muộn nhất ngày 15/7/2026.",
            "việc bàn giao hồ sơ",
            date(2026, 7, 15),
            False,
        ),
        (
            "Kể từ 1/7/2026, tỉnh chính thức áp dụng mô hình một cấp.",
            "mô hình một cấp",
            date(2026, 7, 1),
            False,
        ),
        (  # its time heading the line, as a schedule writes it
            "Quý II/2026: tổ chức khảo sát mức độ hài lòng của người dân.",
            "khảo sát mức độ hài lòng của người dân",
            date(2026, 6, 30),
            False,
        ),
        (
            "Năm 2026: hoàn thành nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính.",
            "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính",
            date(2026, 12, 31),
            False,
        ),
        (
            "Tháng 8/2026: tổ chức hội nghị sơ kết cải cách hành chính.",
            "hội nghị sơ kết cải cách hành chính",
            date(2026, 8, 31),
            False,
        ),
        (
            "Hoàn thành trước ngày 31/10/2026: xây dựng bản đồ số của tỉnh.",
            "bản đồ số của tỉnh",
            date(2026, 10, 31),
            False,
        ),
    ],
)
def test_tasks_with_their_time_before_the_verb_or_heading_the_line(
    sentence: str, phrase: str, due: date, aspirational: bool
) -> None:
    found = [t.reading for t in extract(sentence, year=2026).targets]
    assert [(r.op, r.phrase, r.deadline, r.aspirational) for r in found] == [
        ("yes", phrase, due, aspirational)
    ]


def test_tasks_listed_under_their_periods_lead() -> None:
    """Under "Năm 2026:", an item that opens with what is to be done is a task of the year:
    one to complete is due at its end, another done within it; under a report's lead, or a
    past year's, nothing is; a measure named before its figure stays a figure."""
    items = "\n- Hoàn thành nâng cấp Hệ thống thông tin.\n- Tổ chức khảo sát mức độ hài lòng.\n"
    found = [t.reading for t in extract(f"Năm 2026:{items}", year=2026).targets]
    assert [(r.op, r.phrase, r.deadline, r.period) for r in found] == [
        ("yes", "nâng cấp Hệ thống thông tin", date(2026, 12, 31), None),
        ("yes", "khảo sát mức độ hài lòng", None, "2026"),
    ]
    assert extract(f"Kết quả năm 2026:{items}", year=2026).targets == ()
    assert extract(f"Năm 2024:{items}", year=2026).targets == ()
    (count,) = [t.reading for t in extract("Đến năm 2030:\n- Hình thành sàn dữ liệu: 5.").targets]
    assert (count.op, count.value, count.period) == (">=", "5", "2030")


def test_a_heading_over_targets_in_its_lead_s_year_is_no_task() -> None:
    """ "2. Chỉ tiêu năm 2026 / b) Xây dựng chính quyền số / - 100% …": the heading names the
    field of the targets under it (before, a task of 2026 of its own); a heading set out by
    its detail lines stays a task."""
    text = (
        "2. Chỉ tiêu cụ thể năm 2026\n"
        "a) Cải cách tổ chức bộ máy\n"
        "- Hoàn thành sắp xếp các thôn trước ngày 30/6/2026.\n"
        "b) Xây dựng chính quyền số\n"
        "- 100% hồ sơ được xử lý trên môi trường điện tử.\n"
    )
    found = [t.reading for t in extract(text, year=2026).targets]
    assert [(r.op, r.phrase) for r in found] == [
        ("yes", "sắp xếp các thôn"),
        (">=", "hồ sơ được xử lý trên môi trường điện tử"),
    ]
    text = "Năm 2026:\n1. Tổ chức khảo sát mức độ hài lòng\n- Cơ quan chủ trì: Sở Nội vụ.\n"
    (task,) = [t.reading for t in extract(text, year=2026).targets]
    assert (task.op, task.period) == ("yes", "2026")


def test_a_heading_with_a_figure_or_a_time_of_its_own_stays() -> None:
    """A lead with a figure and parts under it keeps its figure; a heading that says a time
    of its own is a task of that time."""
    text = (
        "Phấn đấu năm 2026:\n- Tỷ lệ hồ sơ trực tuyến đạt 80%, trong đó:\n+ Cấp tỉnh: 90%;\n"
        "+ Cấp xã: 70%.\n"
    )
    found = [t.reading for t in extract(text, year=2026).targets]
    assert [(r.value, r.level, r.phrase) for r in found] == [
        ("80", "self", "Tỷ lệ hồ sơ trực tuyến"),
        ("90", "province", "Tỷ lệ hồ sơ trực tuyến"),
        ("70", "commune", "Tỷ lệ hồ sơ trực tuyến"),
    ]  # (before, the parts named by their tier alone had no phrase)
    text = (
        "2. Chỉ tiêu đến năm 2030\nb) Xây dựng chính quyền số trong năm 2026\n"
        "- 100% hồ sơ được xử lý trên môi trường điện tử.\n"
    )
    task, share = (t.reading for t in extract(text, year=2026).targets)
    assert (task.op, task.period, share.period) == ("yes", "2026", "2026")


def test_the_parts_of_a_figure_nothing_commits_are_told_as_it_is() -> None:
    """ "Tỷ lệ … đạt 80%, trong đó: + Cấp tỉnh: 90%": a result and its parts (before, the
    parts were targets with no phrase); a part whose own words commit measures the base."""
    text = "Tỷ lệ hồ sơ trực tuyến đạt 80%, trong đó:\n+ Cấp tỉnh: 90%;\n+ Cấp xã: tối thiểu 70%.\n"
    draft = extract(text, year=2026)
    assert [(t.reading.value, t.reading.level, t.reading.phrase) for t in draft.targets] == [
        ("70", "commune", "Tỷ lệ hồ sơ trực tuyến")
    ]
    assert len(draft.unread) == 2


def test_whose_records_a_task_hands_over_is_not_who_does_it() -> None:
    """ "bàn giao hồ sơ, tài liệu của cấp huyện cho cấp xã": the district tier's records, not
    a task of each district (before, each district's, in a year with none)."""
    (task,) = [
        t.reading
        for t in extract(
            "Trong quý I/2026, hoàn thành việc bàn giao hồ sơ, tài liệu của cấp huyện cho cấp xã.",
            year=2026,
        ).targets
    ]
    assert (task.op, task.level, task.deadline) == ("yes", "self", date(2026, 3, 31))


def test_a_period_said_in_the_sentence_before_makes_no_task_of_the_year() -> None:
    """Only a lead's period lists tasks: one said in passing before does not."""
    text = (
        "Năm 2026, tỉnh phấn đấu tăng trưởng đạt 8%.\n"
        "Tổ chức bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp."
    )
    assert [t.reading.value for t in extract(text, year=2026).targets] == ["8"]


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Phấn đấu tỷ lệ hồ sơ trực tuyến của các sở, ngành đạt 90%.", "each_agency"),
        ("Phấn đấu tỷ lệ hài lòng tại các cơ quan, đơn vị đạt trên 90%.", "each_agency"),
        ("Phấn đấu tỷ lệ giải quyết hồ sơ đúng hạn của các huyện đạt 98%.", "district"),
        ("Phấn đấu tỷ lệ hồ sơ trực tuyến của các xã đạt 80%.", "commune"),
        # (agencies and localities together name no one kind of unit)
        ("Phấn đấu tỷ lệ văn bản điện tử tại các sở, ngành, địa phương đạt 95%.", "self"),
    ],
)
def test_the_rate_of_each_unit_named_after_its_measure(sentence: str, level: str) -> None:
    (found,) = readings(sentence)
    assert found.level == level


def test_any_apply_is_no_task_verb() -> None:
    """Only what is "chính thức áp dụng" is a task; "Áp dụng các phương pháp …" is none."""
    assert readings("Áp dụng các phương pháp tiên tiến để thí điểm một số nhiệm vụ.") == []


def test_an_exclusion_in_brackets_before_what_is_done_keeps_the_phrase_whole() -> None:
    (found,) = readings(
        "Đảm bảo 100% văn bản (trừ văn bản mật) được ký số và gửi nhận trên môi trường mạng."
    )
    assert (found.phrase, found.exclusions) == (
        "văn bản được ký số và gửi nhận trên môi trường mạng",
        ("văn bản mật",),
    )


def test_an_exclusion_carves_out_only_what_it_names() -> None:
    """ "(trừ văn bản mật)" after the documents' figure is no carve-out of the procedures after
    it, nor of the homes before it; an exclusion naming nothing counted stays on every figure."""
    found = readings(
        "Phấn đấu 60% hộ gia đình có cáp quang, 100% văn bản điện tử được trao đổi trên môi "
        "trường mạng (trừ văn bản mật), 100% thủ tục hành chính đủ điều kiện được cung cấp "
        "trực tuyến toàn trình."
    )
    assert [(r.value, r.exclusions) for r in found] == [
        ("60", ()), ("100", ("văn bản mật",)), ("100", ())
    ]  # fmt: skip
    found = readings(
        "Phấn đấu 100% hồ sơ công việc cấp tỉnh và 90% hồ sơ công việc cấp xã được xử lý trên "
        "môi trường mạng (trừ tài liệu mật)."
    )
    assert [r.exclusions for r in found] == [("tài liệu mật",), ("tài liệu mật",)]


def test_what_is_done_otherwise_with_some_records_carves_them_out() -> None:
    found = readings(
        "100% hồ sơ công việc được xử lý trên môi trường điện tử (đối với hồ sơ thuộc phạm vi "
        "bí mật nhà nước thì xử lý trên hệ thống phù hợp theo quy định)."
    )
    assert [(r.value, r.exclusions) for r in found] == [
        ("100", ("hồ sơ thuộc phạm vi bí mật nhà nước",))
    ]
    # a tier's own figure in brackets is none, nor another figure for some
    for aside in ("đối với cấp xã thì 60%", "đối với xã miền núi thì tối thiểu 60%"):
        found = readings(f"Tỷ lệ hồ sơ trực tuyến đạt 80% ({aside}).")
        assert found, aside
        assert all(r.exclusions == () for r in found), aside


def test_a_tier_named_before_its_figure_in_brackets() -> None:
    found = readings(
        "Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60% (cấp tỉnh 70%, cấp xã 50%)."
    )
    assert [(r.value, r.level, r.phrase, r.breakdown) for r in found] == [
        ("60", "self", "tỷ lệ hồ sơ trực tuyến toàn trình", False),
        ("70", "province", "tỷ lệ hồ sơ trực tuyến toàn trình", True),
        ("50", "commune", "tỷ lệ hồ sơ trực tuyến toàn trình", True),
    ]


def test_an_item_with_a_verb_of_its_own_keeps_its_predicate() -> None:
    """ "triển khai" is the first item's verb: the second's ("được tổ chức …") is not lent."""
    first, second = readings(
        "Phấn đấu 100% các cơ quan, đơn vị triển khai họp trực tuyến; 90% cuộc họp của UBND xã "
        "được tổ chức không giấy."
    )
    assert first.phrase == "các cơ quan, đơn vị triển khai họp trực tuyến"
    assert second.phrase == "cuộc họp của UBND xã được tổ chức không giấy"


def test_a_figure_beside_a_place_to_reach_is_a_target_of_the_same_index() -> None:
    found = readings(
        "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đạt trên 85%, xếp hạng trong nhóm 15 "
        "tỉnh dẫn đầu."
    )
    index = "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"
    assert [(r.op, r.value, r.phrase) for r in found] == [
        (">", "85", index),
        ("rank_top", "15", index),
    ]
    reported = "Năm 2024, Chỉ số SIPAS đạt 85%, xếp hạng trong nhóm 15 tỉnh dẫn đầu."
    assert extract(reported, year=2026).targets == ()


def test_tasks_listed_under_a_lead_that_dates_them() -> None:
    """The lead is no task of its own ("… các nội dung sau:"); each item that opens with what
    is to be done is, due by the lead's date; under a report's lead, nothing is."""
    items = "\n- Xây dựng kho dữ liệu dân cư;\n- Làm sạch dữ liệu dân cư.\n"
    found = extract(f"Đến ngày 30/6/2026, hoàn thành các nội dung sau:{items}").targets
    assert [(t.reading.op, t.reading.phrase, t.reading.deadline) for t in found] == [
        ("yes", "kho dữ liệu dân cư", date(2026, 6, 30)),
        ("yes", "dữ liệu dân cư", date(2026, 6, 30)),
    ]
    assert extract(f"Kết quả thực hiện đến ngày 30/6/2026 như sau:{items}").targets == ()


def test_none_of_a_thing_under_a_lead_of_targets() -> None:
    text = "Các chỉ tiêu hằng năm phải đạt được là:\n- Không có hồ sơ trễ hạn.\n"
    (found,) = [t.reading for t in extract(text).targets]
    assert (found.op, found.value, found.unit, found.phrase) == (
        "<=",
        "0",
        "count",
        "hồ sơ trễ hạn",
    )
    assert extract("Trong quý III, không có hồ sơ trễ hạn.").targets == ()  # a result told


@pytest.mark.parametrize(
    ("text", "aspirational"),
    [
        (
            "Phấn đấu đạt các chỉ tiêu sau:\n- 90% hồ sơ được số hóa;\n"
            "- Bảo đảm 100% văn bản được ký số.",
            [True, False],
        ),
        (
            "Phấn đấu đạt các chỉ tiêu sau: Bảo đảm 100% văn bản được ký số; "
            "90% hồ sơ được số hóa.",
            [False, False],
        ),
        ("Phấn đấu đạt các chỉ tiêu sau:\n- Tỷ lệ hồ sơ bảo đảm đúng hạn đạt 98%.", [True]),
    ],
)
def test_a_binding_word_opening_an_item_makes_it_mandatory(
    text: str, aspirational: list[bool]
) -> None:
    """ "bảo đảm", "phải" are mandatory (../shared/DOMAIN.md), under a lead that strives too;
    inside what is measured ("hồ sơ bảo đảm đúng hạn") the word marks nothing."""
    assert [t.reading.aspirational for t in extract(text).targets] == aspirational


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Trong 6 tháng đầu năm 2026, hoàn thành rà soát thủ tục hành chính.", date(2026, 6, 30)),
        ("Trong 6 tháng cuối năm 2026, hoàn thành rà soát thủ tục hành chính.", date(2026, 12, 31)),
        ("Hoàn thành rà soát thủ tục hành chính trong quý III/2026.", date(2026, 9, 30)),
    ],
)
def test_a_task_completed_within_a_half_or_a_quarter_is_due_at_its_end(
    sentence: str, due: date
) -> None:
    (task,) = readings(sentence)
    assert (task.op, task.phrase, task.deadline) == ("yes", "rà soát thủ tục hành chính", due)


def test_a_duty_set_for_each_period_and_a_quarter_before_a_share() -> None:
    (report,) = readings(
        "Định kỳ trước ngày 20 hằng tháng, các xã báo cáo tiến độ số hóa về UBND tỉnh."
    )
    assert (report.op, report.level, report.recurrence) == ("yes", "each_commune", "monthly")
    (share,) = readings("Đến quý II/2026, 100% xã có Trung tâm phục vụ hành chính công.")
    assert (share.phrase, share.period) == ("xã có Trung tâm phục vụ hành chính công", "2026-Q2")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ thanh toán trực tuyến đạt 45%, thấp hơn mục tiêu 50% của kế hoạch.",
        "Tỷ lệ thanh toán trực tuyến đạt 45%, chưa đạt mục tiêu 50%.",
        "Tỷ lệ thanh toán trực tuyến chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%.",
        "Tỷ lệ thanh toán trực tuyến đạt 45% (mục tiêu 50%).",
    ],
)
def test_a_result_beside_the_target_it_is_measured_against(sentence: str) -> None:
    """The figure reached is a result; the target named after it is of the same measure."""
    (target,) = readings(sentence)
    assert (target.op, target.value, target.phrase) == (">=", "50", "Tỷ lệ thanh toán trực tuyến")


def test_figures_given_in_turn_are_read_alike_and_an_item_shares_the_opening_measure() -> None:
    in_turn = "Tỷ lệ hồ sơ trực tuyến toàn trình ở cấp tỉnh và cấp xã lần lượt đạt 80% và 60%."
    assert readings(in_turn) == []  # both results, nothing committing
    assert [
        (r.value, r.level) for r in readings(f"Phấn đấu {in_turn[0].lower()}{in_turn[1:]}")
    ] == [
        ("80", "province"),
        ("60", "commune"),
    ]
    found = readings(
        "Đối với cấp xã, tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 50%; đối với cấp tỉnh, "
        "đạt tối thiểu 70%."
    )
    assert [(r.value, r.level, r.phrase) for r in found] == [
        ("50", "commune", "tỷ lệ hồ sơ thanh toán trực tuyến"),
        ("70", "province", "tỷ lệ hồ sơ thanh toán trực tuyến"),
    ]


def test_a_rating_in_stars_is_part_of_what_is_counted() -> None:
    """ "sản phẩm OCOP đạt 4 sao": a rating the products reach, not an amount of 4."""
    (found,) = readings("Đến năm 2025, có ít nhất 3 sản phẩm OCOP đạt 4 sao.")
    assert (found.op, found.value, found.unit, found.phrase) == (
        ">=",
        "3",
        "count",
        "sản phẩm OCOP đạt 4 sao",
    )


def test_the_units_listed_that_none_may_be() -> None:
    text = "Chỉ tiêu:\n- Không có cơ quan, đơn vị xếp loại cải cách hành chính ở mức yếu.\n"
    (found,) = [t.reading for t in extract(text).targets]
    assert (found.op, found.value, found.phrase) == (
        "<=",
        "0",
        "cơ quan, đơn vị xếp loại cải cách hành chính ở mức yếu",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu tỷ lệ hồ sơ đúng hạn đạt từ 98% trở lên đối với cấp tỉnh và từ 95% trở lên "
        "đối với cấp xã.",
        "Phấn đấu tỷ lệ hồ sơ đúng hạn ở cấp tỉnh đạt 98%, ở cấp xã đạt 95%.",
        "Phấn đấu tỷ lệ hồ sơ đúng hạn đạt 98% ở cấp tỉnh, 95% ở cấp xã.",
    ],
)
def test_each_figure_with_its_tier_said_before_or_after_it(sentence: str) -> None:
    found = readings(sentence)
    assert [(r.value, r.level) for r in found] == [("98", "province"), ("95", "commune")]
    assert found[1].phrase == "tỷ lệ hồ sơ đúng hạn"


class TestACommunesPlanAsWritten:
    """A commune's yearly plan after the 2025 reform, in the words such plans use."""

    PLAN = (
        "KẾ HOẠCH Cải cách hành chính năm 2026\n"
        "II. MỤC TIÊU\n"
        "Phấn đấu năm 2026 đạt các chỉ tiêu sau:\n"
        "- Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt trên 98%; không có hồ sơ trễ hạn do "
        "lỗi chủ quan.\n"
        "- 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa.\n"
        "III. NHIỆM VỤ\n"
        "- Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành, hoàn "
        "thành trước ngày 30/6/2026.\n"
        "- Thời gian thực hiện: Quý II/2026.\n"
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "Công chức Văn phòng - Thống kê chủ trì, tham mưu Chủ tịch UBND xã tổng kết việc thực "
        "hiện Kế hoạch trước ngày 15/12/2026.\n"
    )

    def test_every_target_and_task(self) -> None:
        draft = extract(self.PLAN)
        found = [(t.reading.op, t.reading.value, t.reading.phrase) for t in draft.targets]
        assert found == [
            (">", "98", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn"),
            ("<=", "0", "hồ sơ trễ hạn do lỗi chủ quan"),  # none left, after the ";"
            (">=", "100", "hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa"),
            (
                "yes",
                "",
                "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành",
            ),
            ("yes", "", "việc thực hiện Kế hoạch"),  # what the one advised does
        ]
        assert draft.unread == ()  # the time line is the task's above, already dated


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (  # the whole said again is no part: the part is the figure before's
            "Phấn đấu đến năm 2025, kinh tế số chiếm 20% GRDP, đến năm 2030 chiếm 30% GRDP.",
            [("20", "tỷ trọng kinh tế số trong GRDP"), ("30", "tỷ trọng kinh tế số trong GRDP")],
        ),
        (  # the units listed before "và" are the figure before's
            "Phấn đấu 100% sở, ban, ngành và 90% xã, phường có Trang thông tin điện tử.",
            [
                ("100", "sở, ban, ngành có Trang thông tin điện tử"),
                ("90", "xã, phường có Trang thông tin điện tử"),
            ],
        ),
        (  # a predicate is not lent to what another head names
            "Đến năm 2030, phấn đấu 100% dịch vụ công trực tuyến toàn trình, 90% người dân sử "
            "dụng dịch vụ công trực tuyến.",
            [
                ("100", "dịch vụ công trực tuyến toàn trình"),
                ("90", "người dân sử dụng dịch vụ công trực tuyến"),
            ],
        ),
        (  # a further rise, of the index named after it
            "Phấn đấu tăng 5 bậc trên bảng xếp hạng Chỉ số PAR Index và 3 bậc Chỉ số SIPAS.",
            [("5", "Chỉ số PAR Index"), ("3", "Chỉ số SIPAS")],
        ),
    ],
)
def test_each_figure_of_a_sentence_with_what_it_measures(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert [(r.value, r.phrase) for r in readings(sentence)] == found


@pytest.mark.parametrize(
    "sentence",
    [
        # a target said to be met, exceeded or missed: results
        "Năm 2025, tỉnh đã hoàn thành vượt mức chỉ tiêu đề ra, tỷ lệ hồ sơ trực tuyến đạt 85%.",
        "Chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025 đạt 78%, chưa đạt kế hoạch.",
        "Mục tiêu này đã được hoàn thành sớm với tỷ lệ 100%.",
        # what an assessment found
        "Qua đánh giá, có 95% cán bộ, công chức hoàn thành tốt nhiệm vụ.",
        # a case supposed, and what follows it
        "Trường hợp tỷ lệ hồ sơ trễ hạn trên 5% thì người đứng đầu phải giải trình.",
    ],
)
def test_results_and_cases_are_no_targets(sentence: str) -> None:
    assert extract(sentence, year=2026).targets == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # now, after who tells it
        "Ông cho biết, hiện trên 90% cán bộ, công chức cấp xã đạt chuẩn theo quy định.",
        # the resolve a result was reached with, and a result reached above a figure
        "Với quyết tâm cao, tỉnh đã đạt trên 97% hồ sơ đúng hạn, nằm trong nhóm dẫn đầu cả nước.",
        # a result said to be above its target
        "Đến hết tháng 10, toàn tỉnh đạt trên 99% hồ sơ giải quyết đúng hạn, cao hơn mục tiêu "
        "đề ra.",
        # what a result brings, said after it; what is to come, after a result of the past
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, bảo đảm đúng quy định.",
        "Năm qua, tỷ lệ hài lòng đạt trên 90% và tỉnh sẽ tiếp tục nâng cao chất lượng phục vụ.",
        # the months gone of a year, the year closed
        "9 tháng năm 2025, toàn tỉnh có 97% hồ sơ được giải quyết đúng hạn.",
        "Tính chung 10 tháng, tỷ lệ thanh toán trực tuyến đạt 45%.",
        "Kết thúc năm 2025, tỉnh có 98% hồ sơ được số hóa.",
        # what the people asked said; a result praised
        "Hơn 90% người dân được hỏi hài lòng với dịch vụ.",
        "Hơn 85% người dân hài lòng với thái độ phục vụ của công chức, đây là kết quả đáng ghi "
        "nhận.",
    ],
)
def test_results_told_in_the_news_are_no_targets(sentence: str) -> None:
    assert extract(sentence, year=2025).targets == ()


def test_a_result_before_what_is_aimed_at_says_why_it_is_unread() -> None:
    draft = extract("Tỷ lệ hồ sơ trực tuyến đạt trên 60%, đảm bảo yêu cầu của tỉnh.", year=2025)
    assert draft.targets == ()
    assert [u.reason for u in draft.unread] == [
        "reports a result, not a target (what commits comes after it, in another clause)"
    ]


def _read_in(text: str, year: int) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (
            r.op,
            r.value,
            r.phrase,
            r.period,
            r.deadline.isoformat() if r.deadline else None,
        )
        for r in (t.reading for t in extract(text, year=year).targets)
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (  # a clause opened by a report's words, before the commitment: a result
            "Theo báo cáo, tỷ lệ số hóa hồ sơ đạt trên 70%, phấn đấu đến cuối năm đạt 100%.",
            [(">=", "100", "tỷ lệ số hóa hồ sơ", None, "2025-12-31")],
        ),
        (
            "Đến nay, tỷ lệ hồ sơ trực tuyến đạt 60%, phấn đấu đến hết năm đạt 80%.",
            [(">=", "80", "tỷ lệ hồ sơ trực tuyến", None, "2025-12-31")],
        ),
        (  # "Hiện," as news opens what stands now
            "Hiện, tỉnh có trên 90% hồ sơ được giải quyết trực tuyến, tăng 10% so với năm "
            "trước, hướng tới đạt 100% vào năm 2027.",
            [(">=", "100", "hồ sơ được giải quyết trực tuyến", "2027", None)],
        ),
        (  # the clause after the target, told now
            "Mục tiêu của tỉnh là trên 95% người dân hài lòng, hiện nay kết quả khảo sát đạt 93%.",
            [(">", "95", "người dân hài lòng", None, None)],
        ),
        (  # what is conceded, then what is aimed at (its measure unnamed)
            "Mặc dù đạt trên 90% nhưng tỉnh vẫn cần nỗ lực hơn nữa để đạt mục tiêu 100% vào năm "
            "2026.",
            [(">=", "100", "", "2026", None)],
        ),
        (  # a clause told in the past, the target after ";"; its measure is the result's
            "Tỉnh đã giải quyết 98% hồ sơ đúng hạn; thời gian tới phấn đấu đạt 100%.",
            [(">=", "100", "hồ sơ đúng hạn", None, None)],
        ),
        (  # "tỷ lệ này": the measure named before
            "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 65%; năm 2025, tỉnh phấn đấu nâng tỷ "
            "lệ này lên 80%.",
            [(">=", "80", "tỷ lệ hồ sơ trực tuyến của tỉnh", "2025", None)],
        ),
        (  # what the target counts ends with its clause
            "Tỉnh đặt mục tiêu năm 2026 có trên 70% dân số trưởng thành sử dụng dịch vụ công trực "
            "tuyến, trong khi năm 2025 mới đạt 52%.",
            [(">", "70", "dân số trưởng thành sử dụng dịch vụ công trực tuyến", "2026", None)],
        ),
        (  # "đã" in a relative clause tells no result
            "Các chỉ tiêu cụ thể:\n"
            "- 100% biểu mẫu điện tử được điền sẵn dữ liệu mà người dân đã cung cấp.",
            [
                (
                    ">=",
                    "100",
                    "biểu mẫu điện tử được điền sẵn dữ liệu mà người dân đã cung cấp",
                    None,
                    None,
                )
            ],
        ),
        (  # the end of the document's year, before the figure
            "Chậm nhất đến cuối năm, 100% xã có Trung tâm phục vụ hành chính công.",
            [(">=", "100", "xã có Trung tâm phục vụ hành chính công", None, "2025-12-31")],
        ),
        ("Tính đến cuối năm, 100% xã đã có Trung tâm phục vụ hành chính công.", []),
        (  # what was done for a purpose, then the aim: the purpose's count is aimed at
            "Trong tháng 10, Bộ đã trình Thủ tướng Chính phủ để triển khai trước 4 sản phẩm công "
            "nghệ chiến lược từ ngày 31/10 và đặt mục tiêu triển khai các sản phẩm còn lại trong "
            "tháng 12.",
            [(">=", "4", "sản phẩm công nghệ chiến lược", None, "2025-10-31")],
        ),
        (  # committed before the figure, what it brings after it
            "Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, bảo đảm đúng quy định.",
            [(">", "98", "tỷ lệ hồ sơ giải quyết đúng hạn", None, None)],
        ),
        (  # the share done, then the whole aimed at: of what the share was
            "Đến nay, tỉnh đã hoàn thành 80% khối lượng công việc và phấn đấu hoàn thành toàn bộ "
            "trước ngày 30/11/2025.",
            [(">=", "100", "khối lượng công việc", None, "2025-11-30")],
        ),
        (  # what was reached, above a figure, beside what is aimed at
            "Năm nay tỉnh đã đạt trên 97% hồ sơ đúng hạn và phấn đấu đến năm 2026 đạt 100%.",
            [(">=", "100", "hồ sơ đúng hạn", "2026", None)],
        ),
        (
            "Đến hết năm nay, 100% xã có điểm phục vụ.",
            [(">=", "100", "xã có điểm phục vụ", None, "2025-12-31")],
        ),
        # a figure said to be below its plan is a result; one not below its quota a target
        ("Tỷ lệ hồ sơ trực tuyến đạt 60%, thấp hơn kế hoạch.", []),
        (
            "Tỷ lệ hồ sơ trực tuyến năm 2025 đạt 60%, không thấp hơn chỉ tiêu được giao.",
            [(">=", "60", "Tỷ lệ hồ sơ trực tuyến", "2025", None)],
        ),
    ],
)
def test_a_result_and_a_target_told_in_one_sentence(
    sentence: str, found: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    assert _read_in(sentence, 2025) == found


def test_this_years_target_after_a_past_years_result() -> None:
    """ "…, năm nay …" opens another year's clause, as "…, năm 2026 …" does."""
    found = _read_in(
        "Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 85%, năm nay tỉnh đặt mục tiêu 90%.", 2026
    )
    assert found == [(">=", "90", "tỷ lệ hồ sơ trực tuyến", None, None)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Kết quả năm 2025: tỷ lệ hồ sơ trực tuyến đạt 65%; mục tiêu năm 2026: đạt 80%.",
         "tỷ lệ hồ sơ trực tuyến"),
        ("Chỉ tiêu năm 2026 về tỷ lệ hồ sơ trực tuyến là 80% (năm 2025 thực hiện 65%).",
         "tỷ lệ hồ sơ trực tuyến"),
        ("Tỷ lệ hồ sơ trực tuyến: năm 2025 đạt 65%, kế hoạch năm 2026 là 80%.",
         "Tỷ lệ hồ sơ trực tuyến"),
    ],
)  # fmt: skip
def test_last_years_result_beside_this_years_target(sentence: str, phrase: str) -> None:
    """A result of the year before, under its heading, aside in brackets or in its own
    clause, is no target; the target is the year's, of the measure named."""
    assert _read_in(sentence, 2026) == [(">=", "80", phrase, "2026", None)]


def test_a_result_aside_is_not_what_the_sentence_tells() -> None:
    """Aside in brackets, last year's result makes no report of the sentence around it: the
    figure is unread for want of a commitment, not as a result."""
    text = "Tỷ lệ hồ sơ trực tuyến toàn trình là 80% (năm 2025 thực hiện 65%)."
    assert [u.reason for u in extract(text, year=2026).unread] == [
        "its figures give no target without a commitment word (phấn đấu, mục tiêu, tối "
        "thiểu, trở lên …)"
    ]
    committed = "Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% (năm 2025 đạt 65%)."
    assert _read_in(committed, 2026) == [
        (">=", "80", "tỷ lệ hồ sơ trực tuyến toàn trình", None, None)
    ]


def test_the_level_a_change_is_measured_against_is_no_target() -> None:
    found = _read_in("So với năm 2025 (đạt 65%), chỉ tiêu năm 2026 tăng lên 80%.", 2026)
    assert found == [(">=", "80", "", "2026", None)]


def test_a_measure_pointed_back_to_within_an_item() -> None:
    """ "…, năm 2026 phấn đấu nâng tỷ lệ này lên 80%" after a result in the same item."""
    found = _read_in(
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 65%, năm 2026 phấn đấu nâng tỷ lệ này "
        "lên 80%.",
        2026,
    )
    assert found == [(">=", "80", "tỷ lệ hồ sơ trực tuyến của tỉnh", "2026", None)]


def test_the_result_after_however_is_no_target() -> None:
    found = [
        (r.value, r.period)
        for r in (
            t.reading
            for t in extract(
                "Theo kế hoạch, năm 2024 phải đạt 70%, tuy nhiên kết quả thực hiện đạt 72%.",
                year=2026,
            ).targets
        )
    ]
    assert found == [("70", "2024")]


def test_striving_to_exceed_a_target_is_still_a_target() -> None:
    (found,) = readings("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85%, vượt chỉ tiêu được giao.")
    assert (found.op, found.value, found.aspirational) == (">=", "85", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nâng tỷ lệ hồ sơ trực tuyến toàn trình từ 40% năm 2025 lên 70% năm 2026.",
        "Phấn đấu nâng tỷ lệ hồ sơ trực tuyến toàn trình từ 40% lên 70% vào năm 2026.",
    ],
)
def test_where_a_rise_starts_is_no_target(sentence: str) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.period, found.phrase) == (
        ">=",
        "70",
        "2026",
        "tỷ lệ hồ sơ trực tuyến toàn trình",
    )


def test_the_year_said_right_after_a_figure_is_its_own() -> None:
    found = readings("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% năm 2026, 90% năm 2027.")
    assert [(r.value, r.period) for r in found] == [("80", "2026"), ("90", "2027")]


def test_items_numbered_as_sections_are_items_of_their_lead() -> None:
    """ "2.1.", "1.1.1 ", "(1)", "•", "*": each an item under the title that names the year."""
    text = (
        "2. Mục tiêu cụ thể đến năm 2030\n"
        "2.1. Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.\n"
        "• Chỉ số SIPAS đạt trên 90%.\n"
        "(1) 100% xã có Trung tâm phục vụ hành chính công.\n"
        "1.1.1 Tỷ lệ văn bản ký số đạt 100%.\n"
    )
    assert [t.reading.period for t in extract(text).targets] == ["2030"] * 4


def test_a_past_years_result_and_this_years_target_in_one_sentence() -> None:
    """ "năm 2025 … đạt 85% … và năm nay đặt mục tiêu 90%" (in 2026): the first a result; the
    second a target of the year said relatively, which takes no other clause's year."""
    text = "Được biết, năm 2025 tỉnh đạt 85% hồ sơ trực tuyến và năm nay đặt mục tiêu 90%."
    found = [(t.reading.value, t.reading.period) for t in extract(text, year=2026).targets]
    assert found == [("90", None)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Phấn đấu 100% cơ quan chuyên môn thuộc UBND tỉnh có tỷ lệ hồ sơ đúng hạn đạt trên "
            "98%.",
            (">", "98", "each_agency", "tỷ lệ hồ sơ đúng hạn"),
        ),
        (
            "Phấn đấu 100% xã có tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên.",
            (">=", "80", "each_commune", "tỷ lệ hồ sơ trực tuyến"),
        ),
    ],
)
def test_every_units_rate_to_reach_a_figure(sentence: str, found: tuple[str, ...]) -> None:
    """ "100% … có tỷ lệ … đạt X%": each unit's rate is to reach X; the 100% says who."""
    (reading,) = readings(sentence)
    assert (reading.op, reading.value, reading.level, reading.phrase) == found


def test_a_figure_restated_in_words_and_a_half_cut() -> None:
    (restated,) = readings("Phấn đấu 100% (một trăm phần trăm) hồ sơ được số hóa.")
    assert (restated.value, restated.phrase) == ("100", "hồ sơ được số hóa")
    (halved,) = readings("Phấn đấu rút ngắn một nửa thời gian giải quyết thủ tục hành chính.")
    assert (halved.op, halved.value, halved.phrase) == (
        "change_decrease",
        "50",
        "thời gian giải quyết thủ tục hành chính",
    )


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # a verb of ranking after the index is no part of it
        (
            "Kế hoạch nêu rõ, đến năm 2026, Chỉ số PAR INDEX của tỉnh xếp trong nhóm 10 địa "
            "phương dẫn đầu.",
            "Chỉ số PAR INDEX của tỉnh",
        ),
        # a target quoted: the quotation marks and "ngay" are no part of it
        ("Tỉnh đặt mục tiêu “100% hồ sơ được số hóa” ngay trong năm 2026.", "hồ sơ được số hóa"),
        # the index a place among the best is on, named after it
        (
            "Năm 2026, tỉnh phấn đấu nằm trong top 20 địa phương có Chỉ số chuyển đổi số (DTI) "
            "cao nhất.",
            "Chỉ số chuyển đổi số (DTI)",
        ),
        # … in lower case, inside the group the figure opens, or past "tỉnh, thành phố"
        (
            "Phấn đấu đến năm 2030, tỉnh thuộc nhóm 10 tỉnh, thành phố có chỉ số DTI cao nhất.",
            "chỉ số DTI",
        ),
        (
            "Phấn đấu tỉnh nằm trong top 10 tỉnh, thành phố có chỉ số chuyển đổi số cao nhất.",
            "chỉ số chuyển đổi số",
        ),
        # the verb before the measure is no part of it
        (
            "Đạt tốc độ tăng trưởng kinh tế số 20% trở lên.",
            "tốc độ tăng trưởng kinh tế số",
        ),
        # a share of a whole set aside: the whole and what it is for
        (
            "Phấn đấu bố trí tối thiểu 1% tổng chi ngân sách địa phương cho chuyển đổi số.",
            "tổng chi ngân sách địa phương cho chuyển đổi số",
        ),
        (
            "Ưu tiên bố trí ít nhất 3% tổng chi ngân sách cho chuyển đổi số.",
            "tổng chi ngân sách cho chuyển đổi số",
        ),
        # a group whose height is said after it
        (
            "Phấn đấu mức độ hài lòng của người dân thuộc nhóm 10 tỉnh cao nhất cả nước.",
            "mức độ hài lòng của người dân",
        ),
    ],
)
def test_what_a_rank_or_a_quoted_target_measures(sentence: str, phrase: str) -> None:
    (found,) = readings(sentence)
    assert found.phrase == phrase


@pytest.mark.parametrize(
    ("issuer", "year", "level"),
    [("38", 2024, "each_district"), ("38", 2026, "each_commune"), ("VN", 2026, "each_province")],
)
def test_localities_are_the_tier_below_the_issuer(issuer: str, year: int, level: str) -> None:
    """A province's "địa phương" are its districts before the 2025 reform and its communes
    after; the nation's are its provinces; for a figure and for a task alike."""
    figure = f"Các địa phương phấn đấu tỷ lệ thanh toán trực tuyến đạt 50% trong năm {year}."
    task = f"Các địa phương hoàn thành việc bàn giao hồ sơ trước ngày 30/6/{year}."
    for text in (figure, task):
        (found,) = extract(text, issuer=issuer, year=year).targets
        assert found.reading.level == level, text


@pytest.mark.parametrize(
    ("sentence", "value", "phrase"),
    [
        (
            "Trong năm 2026, đào tạo, bồi dưỡng cho 2.000 lượt cán bộ, công chức về kỹ năng số.",
            "2000",
            "lượt cán bộ, công chức về kỹ năng số",
        ),
        ("Tập huấn kỹ năng số cho 1.500 lượt người dân trong năm 2026.", "1500", "lượt người dân"),
    ],
)
def test_whom_a_training_is_for_counted(sentence: str, value: str, phrase: str) -> None:
    """A plan's count of "lượt" trained is a target; a past year's is a result."""
    (found,) = (t.reading for t in extract(sentence, year=2026).targets)
    assert (found.op, found.value, found.unit, found.period, found.phrase) == (
        ">=",
        value,
        "count",
        "2026",
        phrase,
    )
    done = "Năm 2025, toàn tỉnh đã tập huấn cho 1.500 lượt người dân."
    assert extract(done, year=2026).targets == ()


def test_a_span_of_days_dates_a_task_and_its_listed_parts_are_its_own() -> None:
    """ "(01/10 - 10/10/2026)": a span of days, the task due at its end; the activities the
    task lists after its colon are its parts, not tasks of their own."""
    text = (
        "Hưởng ứng Tuần lễ chuyển đổi số (01/10 - 10/10/2026), huyện sẽ tổ chức các hoạt động "
        "truyền thông: Truyền thông về chuyển đổi số; Tổ chức Lễ phát động Tổ công nghệ số cộng "
        "đồng (Từ ngày 01/10/2026 - 10/10/2026)."
    )
    found = [(t.reading.op, t.reading.phrase, t.reading.deadline) for t in extract(text).targets]
    assert found == [("yes", "các hoạt động truyền thông", date(2026, 10, 10))]


def test_about_a_figure_and_higher_than_a_year_named() -> None:
    (about,) = readings("Phấn đấu tỷ lệ hồ sơ trực tuyến khoảng 70%.")
    assert (about.op, about.value, about.phrase) == ("=", "70", "tỷ lệ hồ sơ trực tuyến")
    assert any("the other reading: a floor" in note for note in about.notes)
    (rise,) = readings("Phấn đấu tỷ lệ hồ sơ trực tuyến cao hơn năm 2025 ít nhất 5%.")
    assert (rise.op, rise.value) == ("change_increase", "5")


def test_a_cited_documents_day_and_author_are_no_part_of_the_phrase() -> None:
    from cchc_model.text import phrases

    cited = "thủ tục hành chính theo Văn bản số 4735/TCT ngày 20/10/2025 của Tổ công tác"
    assert phrases.clean(cited) == "thủ tục hành chính theo Văn bản số 4735/TCT"
    # a day with no document cited before it stays: it may be what is measured
    assert phrases.clean("hồ sơ tiếp nhận ngày 20/10/2025") == "hồ sơ tiếp nhận ngày 20/10/2025"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Phấn đấu tỷ lệ thanh toán trực tuyến tăng gấp đôi so với năm 2025.", "100"),
        ("Phấn đấu số doanh nghiệp công nghệ số tăng gấp 3 lần so với năm 2020.", "200"),
    ],
)
def test_a_rise_to_so_many_times_as_much(sentence: str, value: str) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.unit) == ("change_increase", value, "percent")
    assert any("times as much" in note for note in found.notes)


@pytest.mark.parametrize(
    ("sentence", "value", "phrase"),
    [
        (
            "Chỉ số hài lòng của người dân (SIPAS) thuộc nhóm 10 tỉnh có chỉ số cao nhất cả nước.",
            "10",
            "Chỉ số hài lòng của người dân (SIPAS)",
        ),
        (
            "Phấn đấu thứ hạng PCI thuộc nhóm 10 địa phương có chất lượng điều hành kinh tế tốt "
            "nhất.",
            "10",
            "PCI",
        ),
        ("Mục tiêu: Chỉ số PAR INDEX xếp hạng từ thứ 10 trở lên.", "10", "Chỉ số PAR INDEX"),
        (
            "Phấn đấu thứ hạng Chỉ số PAR Index của tỉnh đứng trong top 10 cả nước.",
            "10",
            "Chỉ số PAR Index của tỉnh",
        ),
        (
            "Năm 2026, tỉnh phấn đấu Chỉ số cải cách hành chính đạt thứ hạng trong nhóm 15 tỉnh "
            "dẫn đầu.",
            "15",
            "Chỉ số cải cách hành chính",
        ),
    ],
)
def test_a_place_among_those_best_at_something_or_a_place_or_better(
    sentence: str, value: str, phrase: str
) -> None:
    """The leaders named by what they have best ("có chỉ số cao nhất", "có chất lượng … tốt
    nhất"), a place or better ("xếp hạng từ thứ 10 trở lên"); the verb of standing is no part
    of the index's name."""
    (found,) = readings(sentence)
    assert (found.op, found.value, found.unit, found.phrase) == ("rank_top", value, "rank", phrase)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Chính phủ đặt ra chỉ tiêu: hơn 110.000 căn nhà ở xã hội được hoàn thành.",
            (">", "110000", "căn nhà ở xã hội được hoàn thành"),
        ),
        (
            "Mục tiêu năm 2026: trên 500 cán bộ, công chức được đào tạo kỹ năng số.",
            (">", "500", "cán bộ, công chức được đào tạo kỹ năng số"),
        ),
        # a long name of the leaders' units
        (
            "Đến năm 2030, đưa tỉnh trở thành 1 trong 15 tỉnh, thành phố trực thuộc Trung ương có "
            "chỉ số cao nhất về chuyển đổi số.",
            ("rank_top", "15", "chuyển đổi số"),
        ),
    ],
)
def test_a_count_above_a_figure_of_things_done_to(
    sentence: str, found: tuple[str, str, str]
) -> None:
    """ "hơn 110.000 căn nhà … được hoàn thành": more than so many, of things done to, where
    the text commits."""
    (reading,) = [t.reading for t in extract(sentence, year=2026).targets]
    assert (reading.op, reading.value, reading.phrase) == found


def test_the_last_count_of_a_list_of_units_of_another_tier_is_its_own() -> None:
    """ "… 5% số xã đạt chuẩn … và 11 đơn vị cấp huyện được công nhận …": a count of the
    districts closes the list, pooled at its tier, and is no part of the communes counted
    before "trong đó"."""
    text = (
        "Chỉ tiêu đến năm 2025 là: có 82% số xã đạt chuẩn nông thôn mới, trong đó có 20% số xã "
        "đạt chuẩn nông thôn mới nâng cao, 5% số xã đạt chuẩn nông thôn mới kiểu mẫu và 11 đơn vị "
        "cấp huyện được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới."
    )
    found = [(r.op, r.value, r.level, r.base is None) for r in readings(text)]
    assert found == [
        (">=", "82", "commune", True),
        (">=", "20", "commune", False),
        (">=", "5", "commune", False),
        (">=", "11", "district", True),
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the day of each period it is due by, said after the task
        (
            "UBND các xã báo cáo kết quả về UBND tỉnh trước ngày 25 hằng tháng.",
            ("báo cáo kết quả về UBND tỉnh", None, "monthly", "each_commune"),
        ),
        # a task named first, whatever its verb, then when it is to be complete
        (
            "Điều chỉnh quy hoạch tỉnh, hoàn thành trong năm 2026.",
            ("Điều chỉnh quy hoạch tỉnh", date(2026, 12, 31), None, "self"),
        ),
        (
            "Thực hiện xong việc rà soát trước ngày 31/10/2026.",
            ("việc rà soát", date(2026, 10, 31), None, "self"),
        ),
        # when it starts and how it is said to be done are no part of what is done
        ("Triển khai thí điểm mô hình từ tháng 9/2026.", ("thí điểm mô hình", None, None, "self")),
        (
            "Vận hành chính thức Cổng dịch vụ công của tỉnh từ ngày 01/01/2026.",
            ("Cổng dịch vụ công của tỉnh", date(2026, 1, 1), None, "self"),
        ),
    ],
)
def test_tasks_as_plans_also_write_them(
    sentence: str, found: tuple[str, date | None, str | None, str]
) -> None:
    (task,) = [t.reading for t in extract(sentence, year=2026).targets]
    assert task.op == "yes"
    assert (task.phrase, task.deadline, task.recurrence, task.level) == found


def test_a_verb_of_two_words_is_not_cut_in_half() -> None:
    """ "chuyển đổi xong": the verb whole, with nothing it acts on (not a task "đổi")."""
    text = "Chậm nhất đến ngày 31/12/2026, các cơ quan phải chuyển đổi xong."
    assert extract(text, year=2026).targets == ()


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # what is expected to be done, and what must be finished
        (
            "Dự kiến hệ thống sẽ được đưa vào vận hành trong tháng 12/2026.",
            ("hệ thống", date(2026, 12, 31), False),
        ),
        (
            "Công trình dự kiến hoàn thành trong quý IV/2026.",
            ("Công trình", date(2026, 12, 31), False),
        ),
        (
            "Việc sắp xếp các thôn, tổ dân phố phải xong trước ngày 31/12/2026.",
            ("Việc sắp xếp các thôn, tổ dân phố", date(2026, 12, 31), False),
        ),
        # who strives, then the task; on the occasion of a day
        (
            "Tỉnh phấn đấu hoàn thành số hóa hồ sơ trước ngày 30/9/2026.",
            ("số hóa hồ sơ", date(2026, 9, 30), True),
        ),
        (
            "Thành phố phấn đấu khánh thành cầu vượt vào dịp 2/9/2026.",
            ("cầu vượt", date(2026, 9, 2), True),
        ),
    ],
)
def test_tasks_as_news_tells_them(sentence: str, found: tuple[str, date, bool]) -> None:
    (task,) = [t.reading for t in extract(sentence, year=2026).targets]
    assert (task.op, task.phrase, task.deadline, task.aspirational) == ("yes", *found)


def test_reductions_of_items_each_named_by_what_is_cut() -> None:
    """ "Cắt giảm … 30% thời gian giải quyết thủ tục hành chính, chi phí tuân thủ cho người
    dân, doanh nghiệp": each item names what a change is measured on, one reduction each,
    however long (a pair named as one, "người dân, doanh nghiệp", is not cut)."""
    text = (
        "Cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính, chi phí tuân thủ cho "
        "người dân, doanh nghiệp."
    )
    assert [(r.op, r.value, r.phrase) for r in readings(text)] == [
        ("change_decrease", "30", "thời gian giải quyết thủ tục hành chính"),
        ("change_decrease", "30", "chi phí tuân thủ cho người dân, doanh nghiệp"),
    ]


@pytest.mark.parametrize(
    ("when", "due"),
    [
        ("trong năm nay", date(2026, 12, 31)),
        ("xong trong năm nay", date(2026, 12, 31)),
        ("trước cuối tháng 11", date(2026, 11, 30)),
        ("trong tháng 12 này", date(2026, 12, 31)),
        ("trước ngày 15/12 tới", date(2026, 12, 15)),
        ("từ nay đến cuối năm", date(2026, 12, 31)),
        ("trước khi kết thúc năm 2026", date(2026, 12, 31)),
    ],
)
def test_a_task_due_in_the_words_news_use(when: str, due: date) -> None:
    """The document's year ("trong năm nay"), the end of a month named without its year
    ("trước cuối tháng 11"), and nothing of the time left in what is done."""
    text = f"Các xã hoàn thành việc rà soát thủ tục hành chính {when}."
    (task,) = [t.reading for t in extract(text, year=2026).targets]
    assert (task.phrase, task.deadline) == ("việc rà soát thủ tục hành chính", due)


def test_a_task_striven_for_this_year() -> None:
    text = "Phấn đấu trong năm nay hoàn thành số hóa hồ sơ."
    (task,) = [t.reading for t in extract(text, year=2026).targets]
    assert (task.op, task.phrase, task.deadline) == ("yes", "số hóa hồ sơ", date(2026, 12, 31))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the list of what is cut ends where a clause of what else is done opens
        (
            "Giảm 30% thời gian, chi phí, tạo thuận lợi cho người dân.",
            [("change_decrease", "30", "thời gian"), ("change_decrease", "30", "chi phí")],
        ),
        (
            "Phấn đấu cắt giảm 30% thời gian giải quyết TTHC, chi phí tuân thủ TTHC, điều kiện "
            "kinh doanh, bãi bỏ các thủ tục không cần thiết.",
            [
                ("change_decrease", "30", "thời gian giải quyết TTHC"),
                ("change_decrease", "30", "chi phí tuân thủ TTHC"),
                ("change_decrease", "30", "điều kiện kinh doanh"),
            ],
        ),
        (
            "Cắt giảm 30% thời gian giải quyết, chi phí tuân thủ và đơn giản hóa thủ tục.",
            [
                ("change_decrease", "30", "thời gian giải quyết"),
                ("change_decrease", "30", "chi phí tuân thủ"),
            ],
        ),
        (
            "Giảm 30% thời gian đi lại của người dân, tạo thuận lợi cho doanh nghiệp.",
            [("change_decrease", "30", "thời gian đi lại của người dân")],
        ),
        # the baseline is no part of what is cut
        (
            "Cắt giảm 30% thời gian giải quyết TTHC, chi phí tuân thủ TTHC (so với năm 2024).",
            [
                ("change_decrease", "30", "thời gian giải quyết TTHC"),
                ("change_decrease", "30", "chi phí tuân thủ TTHC"),
            ],
        ),
        # a figure after the cuts, with what it counts and a predicate of its own, is no cut
        (
            "Giảm ít nhất 30% thời gian, chi phí thực hiện thủ tục hành chính, 100% thủ tục đủ "
            "điều kiện được cung cấp trực tuyến toàn trình.",
            [
                ("change_decrease", "30", "thời gian"),
                ("change_decrease", "30", "chi phí thực hiện thủ tục hành chính"),
                (">=", "100", "thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình"),
            ],
        ),
    ],
)
def test_what_is_cut_and_what_else_is_done(
    sentence: str, found: list[tuple[str, str, str]]
) -> None:
    assert [(r.op, r.value, r.phrase) for r in readings(sentence)] == found


@pytest.mark.parametrize(
    ("done", "value", "phrase"),
    [
        ("tuyển dụng 20 công chức cấp xã", "20", "công chức cấp xã"),
        ("cấp 10.000 tài khoản định danh điện tử", "10000", "tài khoản định danh điện tử"),
        ("lắp đặt 50 camera giám sát", "50", "camera giám sát"),
        ("hỗ trợ 200 hộ kinh doanh chuyển đổi số", "200", "hộ kinh doanh chuyển đổi số"),
        ("ban hành 15 văn bản quy phạm pháp luật", "15", "văn bản quy phạm pháp luật"),
        ("mở 5 lớp bồi dưỡng", "5", "lớp bồi dưỡng"),
        ("kết nối 100 điểm cầu trực tuyến", "100", "điểm cầu trực tuyến"),
        ("nâng cấp 30 trạm y tế xã", "30", "trạm y tế xã"),
        ("vận động 2.000 hộ dân sử dụng thanh toán số", "2000", "hộ dân sử dụng thanh toán số"),
        ("duy trì 15 tổ công nghệ số cộng đồng", "15", "tổ công nghệ số cộng đồng"),
        ("giải quyết việc làm cho 25.000 lao động", "25000", "lao động được giải quyết việc làm"),
        ("phủ sóng 4G tại 120 thôn", "120", "thôn"),
    ],
)
def test_counts_of_what_plans_have_done(done: str, value: str, phrase: str) -> None:
    """A count after the verb of what is done, where the sentence commits."""
    (found,) = [t.reading for t in extract(f"Phấn đấu năm 2026 {done}.", year=2026).targets]
    assert (found.op, found.value, found.unit, found.phrase) == (">=", value, "count", phrase)


@pytest.mark.parametrize(
    ("said", "op", "value"),
    [
        ("với tỷ lệ tối thiểu 80%", ">=", "80"),
        ("bằng hoặc cao hơn 80%", ">=", "80"),
        ("đạt ngưỡng 80%", ">=", "80"),
        ("luôn đạt 100%", ">=", "100"),
        ("cần đạt 80%", ">=", "80"),
        ("sẽ đạt 80%", ">=", "80"),
        ("đạt mục tiêu 80%", ">=", "80"),
        ("đạt chỉ tiêu 80%", ">=", "80"),
        ("cao hơn năm trước ít nhất 5%", "change_increase", "5"),
    ],
)
def test_how_a_figure_is_said_is_no_part_of_the_measure(said: str, op: str, value: str) -> None:
    (found,) = readings(f"Phấn đấu tỷ lệ hồ sơ trực tuyến {said}.")
    assert (found.op, found.value, found.phrase) == (op, value, "tỷ lệ hồ sơ trực tuyến")


def test_a_share_of_the_units_whose_own_figure_reaches_one() -> None:
    """ "80% số xã có tỷ lệ … đạt trên 50%": one target, the share of the communes whose own
    rate reaches the figure named after them (that figure is no target of its own)."""
    (share,) = readings("Phấn đấu 80% số xã có tỷ lệ hồ sơ trực tuyến đạt trên 50%.")
    assert (share.op, share.value, share.level, share.of_units) == (">=", "80", "commune", True)
    assert share.phrase == "số xã có tỷ lệ hồ sơ trực tuyến đạt trên 50%"
    (floor,) = readings("Phấn đấu 50% số huyện có tỷ lệ hài lòng đạt từ 90% trở lên.")
    assert floor.phrase == "số huyện có tỷ lệ hài lòng đạt từ 90% trở lên"


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Tỷ lệ hồ sơ trực tuyến tại mỗi xã đạt tối thiểu 80%.", "each_commune"),
        ("Tỷ lệ hồ sơ trực tuyến tại các xã đạt tối thiểu 80%.", "commune"),
        ("Tỉnh yêu cầu các sở bảo đảm tỷ lệ hồ sơ trực tuyến đạt 80%.", "each_agency"),
    ],
)
def test_each_unit_or_the_units_pooled(sentence: str, level: str) -> None:
    """ "tại mỗi xã": each commune; "tại các xã": the communes pooled; "các sở bảo đảm …":
    each department told what it must do."""
    (found,) = readings(sentence)
    assert found.level == level


def test_tiers_named_without_a_preposition_then_their_figures_in_turn() -> None:
    """ "… cấp tỉnh, cấp xã lần lượt đạt 90% và 70%": each tier its figure; with nothing
    that commits, both are results (not the second alone, read with no measure)."""
    text = "Phấn đấu tỷ lệ hồ sơ trực tuyến cấp tỉnh, cấp xã lần lượt đạt 90% và 70%."
    assert [(r.value, r.level, r.phrase) for r in readings(text)] == [
        ("90", "province", "tỷ lệ hồ sơ trực tuyến"),
        ("70", "commune", "tỷ lệ hồ sơ trực tuyến"),
    ]
    told = "Tỷ lệ hồ sơ trực tuyến cấp tỉnh, cấp xã lần lượt đạt 90% và 70%."
    assert readings(told) == []


def test_the_targets_set_are_what_is_counted() -> None:
    """ "100% chỉ tiêu đề ra được hoàn thành": the targets set are what is measured, not the
    plan's word before the measure ("Chỉ tiêu: 100% hồ sơ …")."""
    (done,) = readings("100% chỉ tiêu đề ra được hoàn thành.")
    assert done.phrase == "chỉ tiêu đề ra được hoàn thành"
    (labelled,) = readings("Chỉ tiêu: 100% hồ sơ được số hóa.")
    assert labelled.phrase == "hồ sơ được số hóa"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # an item that opens with the verb of a cut directs it
        (
            "Rút ngắn thời gian giải quyết thủ tục hành chính xuống còn 3 ngày.",
            ("<=", "3", "days", "thời gian giải quyết thủ tục hành chính"),
        ),
        (
            "Giảm thời gian giải quyết thủ tục hành chính từ 7 ngày xuống 5 ngày.",
            ("<=", "5", "days", "thời gian giải quyết thủ tục hành chính"),
        ),
        # a rise in points
        (
            "Phấn đấu điểm số Chỉ số SIPAS tăng 2 điểm so với năm 2025.",
            ("change_increase", "2", "points", "điểm số Chỉ số SIPAS"),
        ),
    ],
)
def test_times_cut_and_points_raised(sentence: str, found: tuple[str, str, str, str]) -> None:
    (reading,) = readings(sentence)
    assert (reading.op, reading.value, reading.unit, reading.phrase) == found


def test_a_ministrys_figure_of_the_whole_country() -> None:
    """ "tỷ trọng kinh tế số trong GDP", "… của cả nước" in a ministry's text: the nation's
    figure (noted in the draft), not the ministry's own; its own records stay its own."""
    text = "Phấn đấu tỷ trọng kinh tế số trong GDP đạt 20%."
    _, pieces = read_document(text, issuer_level="ministry", year=2025)
    assert [r.level for p in pieces for r in p.targets] == ["nation"]
    _, own = read_document(
        "Phấn đấu tỷ lệ văn bản của Bộ được ký số đạt 100%.", issuer_level="ministry", year=2025
    )
    assert [r.level for p in own for r in p.targets] == ["self"]


@pytest.mark.parametrize(
    ("lead", "level"),
    [
        ("Các huyện, thị xã, thành phố phấn đấu đạt các chỉ tiêu sau:", "each_district"),
        ("Các xã, phường phấn đấu đạt các chỉ tiêu sau:", "each_commune"),
        ("Cấp xã:", "commune"),
        ("b) Cấp huyện:", "district"),
    ],
)
def test_a_lead_names_who_strives_or_the_tier_alone(lead: str, level: str) -> None:
    """The units a lead tells to strive ("Các huyện, thị xã, thành phố phấn đấu …:"), or the
    tier a heading names alone ("Cấp xã:"), bind the items under it."""
    text = f"{lead}\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%."
    (found,) = [t.reading for t in extract(text, year=2024).targets]
    assert (found.value, found.level) == ("50", level)


def test_a_sub_quota_named_by_its_qualifier_alone() -> None:
    """ "…, trong đó ít nhất 60% là toàn trình": the base, so qualified."""
    whole, part = readings(
        "100% thủ tục được cung cấp trực tuyến, trong đó ít nhất 60% là toàn trình."
    )
    assert (part.value, part.base) == ("60", whole.phrase)
    assert part.phrase == "thủ tục được cung cấp trực tuyến toàn trình"


def test_by_when_at_the_latest_is_no_part_of_the_measure() -> None:
    (found,) = readings("100% hồ sơ được số hóa chậm nhất vào tháng 9/2026.")
    assert (found.phrase, found.deadline) == ("hồ sơ được số hóa", date(2026, 9, 30))


@pytest.mark.parametrize(
    ("sentence", "value", "phrase"),
    [
        ("Phấn đấu Chỉ số PAR Index nằm trong 10 tỉnh dẫn đầu cả nước.", "10", "Chỉ số PAR Index"),
        (
            "Phấn đấu Chỉ số PAR Index thuộc 20 địa phương có kết quả cao nhất.",
            "20",
            "Chỉ số PAR Index",
        ),
        ("Phấn đấu Chỉ số CCHC của huyện xếp thứ nhất của tỉnh.", "1", "Chỉ số CCHC của huyện"),
        ("Phấn đấu Chỉ số CCHC của xã đứng đầu huyện.", "1", "Chỉ số CCHC của xã"),
        # (the one among the leaders is read as before: "thuộc 1 trong 5 …")
        ("Phấn đấu Chỉ số CCHC thuộc 1 trong 5 đơn vị dẫn đầu.", "5", "Chỉ số CCHC"),
    ],
)
def test_the_leaders_unsaid_as_a_group_and_the_first_place(
    sentence: str, value: str, phrase: str
) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.phrase) == ("rank_top", value, phrase)


def test_the_open_group_by_its_score_and_the_departments_results() -> None:
    (group,) = readings("Phấn đấu Chỉ số PAPI thuộc nhóm đạt điểm cao nhất.")
    assert (group.op, group.value, group.phrase) == ("rank_top", "", "Chỉ số PAPI")
    (band,) = readings("Kết quả Chỉ số CCHC của các sở đạt mức Khá trở lên.")
    assert (band.op, band.value, band.level) == ("ordinal_at_least", "khá", "each_agency")


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # a time is no count, nor is an area, however the sentence commits
        ("Phấn đấu trên 5 năm được duy trì.", 2026),
        ("Phấn đấu năm 2026 cải tạo 1.000 ha đất.", 2026),
        # told, with nothing that commits: a rise in points, a time cut, a place reached
        ("Chỉ số SIPAS của tỉnh tăng 2 điểm so với năm 2024.", None),
        ("Thời gian giải quyết hồ sơ giảm từ 7 ngày xuống 5 ngày.", None),
        ("Năm 2025, Chỉ số SIPAS của tỉnh xếp thứ nhất cả nước.", None),
    ],
)
def test_forms_beside_the_new_ones_that_give_no_target(sentence: str, year: int | None) -> None:
    assert extract(sentence, year=year).targets == ()


def test_a_rate_named_before_its_figure_and_the_whole_it_is_taken_of_after() -> None:
    (found,) = readings(
        "Phấn đấu tỷ lệ cấp giấy chứng nhận quyền sử dụng đất lần đầu đạt trên 95% diện tích "
        "cần cấp."
    )
    assert (found.op, found.value, found.phrase) == (
        ">",
        "95",
        "tỷ lệ cấp giấy chứng nhận quyền sử dụng đất lần đầu trên diện tích cần cấp",
    )


def test_within_the_province_in_a_province_s_plan_is_the_province_itself() -> None:
    sentence = (
        "Phấn đấu tỷ lệ hồ sơ giải quyết không phụ thuộc địa giới hành chính trong phạm vi cấp "
        "tỉnh đạt tối thiểu 30%."
    )
    (own,) = [t.reading for t in extract(sentence, issuer="38").targets]
    assert own.level == "self"
    # (a ministry's plan asks it of each province; a province quoting a demand on "UBND cấp
    # tỉnh" keeps each province)
    _, pieces = read_document(sentence, issuer_level="nation", year=2026)
    assert [r.level for p in pieces for r in p.targets] == ["each_province"]
    (quoted,) = [
        t.reading
        for t in extract(
            "Bộ yêu cầu UBND cấp tỉnh phải đảm bảo tối thiểu 80% dịch vụ công trực tuyến được "
            "cung cấp toàn trình.",
            issuer="38",
        ).targets
    ]
    assert quoted.level == "each_province"


def test_a_period_said_after_a_figure_is_its_own_not_the_next_sentence_s() -> None:
    _, pieces = read_document(
        "Phấn đấu năm 2026, 100% hồ sơ được giải quyết đúng hạn.\n"
        "100% cán bộ, công chức được tập huấn nghiệp vụ trong quý I/2026.\n"
        "Tỷ lệ chi trả an sinh xã hội không dùng tiền mặt đạt 85% trở lên.\n",
        issuer_level="province",
        year=2026,
    )
    assert [r.period for p in pieces for r in p.targets] == ["2026", "2026-Q1", "2026"]
    # (said before its figure, it stays in force)
    _, opened = read_document(
        "Trong quý I/2026, 100% cán bộ được tập huấn.\nTỷ lệ hồ sơ trực tuyến đạt 85% trở lên.\n",
        issuer_level="province",
        year=2026,
    )
    assert [r.period for p in opened for r in p.targets] == ["2026-Q1", "2026-Q1"]


def test_a_band_to_be_graded_without_or_better() -> None:
    (band,) = readings("Phấn đấu Chỉ số cải cách hành chính của xã năm 2026 xếp loại Tốt.")
    assert (band.op, band.value, band.phrase) == (
        "ordinal_at_least",
        "tốt",
        "Chỉ số cải cách hành chính của xã",
    )
    assert readings("Năm 2025, Chỉ số cải cách hành chính của xã được xếp loại Tốt.") == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "aspirational"),
    [
        ("Phấn đấu không có cơ quan, đơn vị xếp loại yếu.", "cơ quan, đơn vị xếp loại yếu", True),
        ("Bảo đảm không có hồ sơ quá hạn.", "hồ sơ quá hạn", False),
        ("Không để xảy ra trường hợp hồ sơ trễ hạn.", "hồ sơ trễ hạn", False),
    ],
)
def test_none_striven_for_or_let_happen(sentence: str, phrase: str, aspirational: bool) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.phrase, found.aspirational) == (
        "<=",
        "0",
        phrase,
        aspirational,
    )


def test_the_units_of_a_tier_are_one_object_of_a_satisfaction() -> None:
    found = readings(
        "Tỷ lệ hài lòng của tổ chức, cá nhân đối với sự phục vụ của Trung tâm Phục vụ hành chính "
        "công tỉnh và các xã, phường đạt tối thiểu 95%."
    )
    assert [r.phrase for r in found] == [
        "Tỷ lệ hài lòng của tổ chức, cá nhân đối với sự phục vụ của Trung tâm Phục vụ hành chính "
        "công tỉnh",
        "Tỷ lệ hài lòng của tổ chức, cá nhân đối với các xã, phường",
    ]


def test_people_and_organisations_are_one_pair_not_a_task_s_verb() -> None:
    (task,) = readings(
        "Tổ chức khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan "
        "hành chính nhà nước trước ngày 15/11/2024."
    )
    assert (task.op, task.deadline, task.phrase) == (
        "yes",
        date(2024, 11, 15),
        "khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành "
        "chính nhà nước",
    )


def test_a_duty_due_by_a_day_of_the_last_month_of_each_quarter() -> None:
    (task,) = readings(
        "Báo cáo kết quả thực hiện công tác cải cách hành chính định kỳ hằng quý gửi Sở Nội vụ "
        "trước ngày 15 tháng cuối quý."
    )
    assert (task.op, task.recurrence, task.deadline, task.phrase) == (
        "yes",
        "quarterly",
        None,
        "Báo cáo kết quả thực hiện công tác cải cách hành chính gửi Sở Nội vụ",
    )
    assert "due by day 15 of the last month of each period" in task.notes


@pytest.mark.parametrize(
    ("sentence", "issuer_level", "levels"),
    [
        # whom a directive names binds the figure, as who a sentence opens with does
        ("UBND tỉnh yêu cầu các sở, ngành, địa phương nâng tỷ lệ hồ sơ trực tuyến toàn trình lên "
         "ít nhất 60% trong năm 2026.", "province", ["each_agency", "each_commune"]),
        ("Các sở, ngành, địa phương phải bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất "
         "60%.", "province", ["each_agency", "each_commune"]),
        ("Thủ tướng yêu cầu các bộ, ngành hoàn thành việc cắt giảm, đơn giản hóa ít nhất 30% thủ "
         "tục hành chính trước ngày 31/12/2026.", "nation", ["each_ministry"]),
        ("Thủ tướng yêu cầu các bộ, ngành, địa phương bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình "
         "đạt ít nhất 60%.", "nation", ["each_unit"]),
        # (not whom it asks to advise on what holds the figure: the issuer's own cut)
        ("Bộ trưởng yêu cầu các đơn vị thuộc Bộ phối hợp với Vụ Pháp chế rà soát, tham mưu hoàn "
         "thiện phương án cắt giảm tối thiểu 30% điều kiện kinh doanh.", "ministry", ["self"]),
    ],
)  # fmt: skip
def test_whom_a_directive_names_binds_each_figure(
    sentence: str, issuer_level: str, levels: list[str]
) -> None:
    _, pieces = read_document(sentence, issuer_level=issuer_level, year=2026)
    assert [r.level for p in pieces for r in p.targets] == levels


@pytest.mark.parametrize(
    ("sentence", "op", "value"),
    [
        ("Tỷ lệ thủ tục hành chính được cắt giảm thời gian giải quyết đạt tối thiểu 30%.",
         ">=", "30"),
        ("Tỷ lệ thủ tục hành chính được cắt giảm thời gian giải quyết đạt từ 30% đến 50%.",
         "between", "30..50"),
    ],
)  # fmt: skip
def test_the_rate_of_what_is_cut_named_before_its_figure_is_a_level(
    sentence: str, op: str, value: str
) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value) == (op, value)
    # (the cut itself, a range of cuts, is a reduction of at least the lower end)
    (cut,) = readings("Cắt giảm từ 30% đến 50% thời gian giải quyết thủ tục hành chính.")
    assert (cut.op, cut.value) == ("change_decrease", "30")


def test_what_is_done_named_after_its_figure() -> None:
    (found,) = readings("Hoàn thành 100% kế hoạch kiểm tra công tác cải cách hành chính năm 2026.")
    assert (found.op, found.value, found.phrase, found.period) == (
        ">=",
        "100",
        "kế hoạch kiểm tra công tác cải cách hành chính",
        "2026",
    )


def test_each_tier_s_figure_under_a_lead_that_names_the_measure() -> None:
    found = readings("Tỷ lệ văn bản đi được ký số: cấp tỉnh 100%, cấp xã tối thiểu 95%.")
    assert [(r.value, r.level, r.phrase) for r in found] == [
        ("100", "province", "Tỷ lệ văn bản đi được ký số"),
        ("95", "commune", "Tỷ lệ văn bản đi được ký số"),
    ]


def test_headings_nest_by_their_markers() -> None:
    """ "a) Về …:" under "2. Mục tiêu cụ thể năm 2026" is read in its context (its year); a
    sibling heading goes under the same parent, and a heading of the parent's rank ends it."""
    _, pieces = read_document(
        "2. Mục tiêu cụ thể năm 2026\n"
        "a) Về cải cách thủ tục hành chính:\n"
        "- Tỷ lệ hồ sơ được giải quyết đúng hạn đạt tối thiểu 98%.\n"
        "b) Về chính quyền số:\n"
        "- Tỷ lệ văn bản đi được ký số: cấp tỉnh 100%, cấp xã tối thiểu 95%.\n"
        "3. Mục tiêu đến năm 2030\n"
        "a) Về chính quyền số:\n"
        "- Phấn đấu 90% người dân trưởng thành có tài khoản định danh điện tử.\n"
        "4. Nhiệm vụ\n"
        "a) Về thủ tục hành chính:\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.\n",
        issuer_level="province",
        year=2026,
    )
    assert [(r.value, r.level, r.period) for p in pieces for r in p.targets] == [
        ("98", "self", "2026"),
        ("100", "province", "2026"),
        ("95", "commune", "2026"),
        ("90", "self", "2030"),
        ("60", "self", None),
    ]


def test_a_lead_over_headings_goes_on_in_them_until_a_heading_of_its_own_rank() -> None:
    """ "Phấn đấu đến hết năm 2024, huyện đạt được các chỉ tiêu sau:" over "1. Về …", "2. Về
    …": its aspiration and deadline reach the items under each heading it opens (before,
    the first heading ended it); "III. …", a rank above them, ends it."""
    _, pieces = read_document(
        "II. CHỈ TIÊU CỤ THỂ\n"
        "Phấn đấu đến hết năm 2024, huyện đạt được các chỉ tiêu sau:\n"
        "1. Về cải cách thủ tục hành chính\n"
        "- Tỷ lệ hồ sơ giải quyết đúng hạn: cấp huyện đạt 100%, cấp xã đạt 98%.\n"
        "2. Về xây dựng chính quyền số\n"
        "- Các xã, thị trấn có ít nhất 01 điểm hỗ trợ dịch vụ công trực tuyến.\n"
        "III. NHIỆM VỤ NĂM 2025\n"
        "1. Về cải cách thủ tục hành chính\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.\n",
        issuer_level="district",
        year=2024,
    )
    found = [(r.value, r.level, r.aspirational, r.deadline) for p in pieces for r in p.targets]
    due = date(2024, 12, 31)
    assert found == [
        ("100", "district", True, due),
        ("98", "commune", True, due),
        ("1", "each_commune", True, due),
        ("60", "self", False, None),
    ]


def test_a_lead_opens_no_heading_of_the_rank_it_is_under() -> None:
    """A lead under "1. …" followed by "2. …": the second heading is the first's sibling,
    not one the lead opens, so neither the lead's "phấn đấu" nor the first's year reach it."""
    _, pieces = read_document(
        "1. Mục tiêu năm 2026\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 90%.\n"
        "Phấn đấu đạt các chỉ tiêu sau:\n"
        "2. Nhiệm vụ\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.\n",
        issuer_level="province",
        year=2026,
    )
    found = [(r.value, r.aspirational, r.period) for p in pieces for r in p.targets]
    assert found == [("90", False, "2026"), ("60", False, None)]


def test_a_lettered_item_is_no_line_a_page_wrapped() -> None:
    """ "2.1. Phấn đấu đến năm 2026 đạt các chỉ tiêu sau" / "a) 100% …" / "b) …": "a)" opens an
    item, so the heading over it stays a lead and every item strives (before, the first
    item was read as the heading's words going on, and the second lost its "phấn đấu")."""
    _, pieces = read_document(
        "2.1. Phấn đấu đến năm 2026 đạt các chỉ tiêu sau\n"
        "a) 100% văn bản đi được ký số.\n"
        "b) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.\n",
        issuer_level="province",
        year=2026,
    )
    found = [(r.value, r.aspirational, r.period) for p in pieces for r in p.targets]
    assert found == [("100", True, "2026"), ("80", True, "2026")]


def test_a_lettered_lead_ends_at_its_sibling_and_a_within_lead_s_items_are_its_parts() -> None:
    """ "b) …, trong đó:" after "a) …:" and its items is a's sibling, not under it; its items
    ("+ Lĩnh vực đất đai: tối thiểu 90%") are parts of what its figure measures, as "trong đó"
    makes them in one sentence; "c) …", b's sibling, is no part of it."""
    _, pieces = read_document(
        "2. Chỉ tiêu cụ thể\n"
        "a) Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình:\n"
        "- Cấp tỉnh: tối thiểu 80%;\n"
        "- Cấp xã: tối thiểu 60%.\n"
        "b) Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính đạt tối thiểu 95%, "
        "trong đó:\n"
        "+ Lĩnh vực đất đai: tối thiểu 90%;\n"
        "+ Lĩnh vực xây dựng: tối thiểu 92%.\n"
        "c) Tỷ lệ văn bản đi được ký số đạt tối thiểu 98%.\n",
        issuer_level="province",
        year=2026,
    )
    satisfied = "Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính"
    found = [(r.value, r.level, r.base) for p in pieces for r in p.targets]
    assert found == [
        ("80", "province", None),
        ("60", "commune", None),
        ("95", "self", None),
        ("90", "self", satisfied),
        ("92", "self", satisfied),
        ("98", "self", None),
    ]
    leads = {p.piece.text: p.piece.lead for p in pieces}
    heading = next(p.piece for p in pieces if p.piece.text == "Chỉ tiêu cụ thể")
    within = next(p.piece for p in pieces if p.piece.text.endswith("trong đó:"))
    assert within.lead == (heading.start, heading.end)
    assert leads["Tỷ lệ văn bản đi được ký số đạt tối thiểu 98%."] == (heading.start, heading.end)


def test_a_part_s_own_within_keeps_its_own_base() -> None:
    """An item under "…, trong đó:" with a "trong đó" of its own: its part is a part of the
    item's measure, not of the lead's."""
    _, pieces = read_document(
        "b) Tỷ lệ người dân hài lòng đạt tối thiểu 95%, trong đó:\n"
        "+ Lĩnh vực đất đai đạt tối thiểu 90%, trong đó thủ tục cấp giấy chứng nhận quyền sử "
        "dụng đất đạt tối thiểu 85%;\n"
        "+ Lĩnh vực xây dựng: tối thiểu 92%.\n",
        issuer_level="province",
        year=2026,
    )
    found = [(r.value, r.base) for p in pieces for r in p.targets]
    satisfied = "Tỷ lệ người dân hài lòng"
    assert found == [
        ("95", None),
        ("90", satisfied),
        ("85", "Lĩnh vực đất đai"),
        ("92", satisfied),
    ]


def test_a_dash_heading_nests_under_a_lettered_one() -> None:
    _, pieces = read_document(
        "a) Mục tiêu năm 2026\n"
        "- Về cải cách thủ tục hành chính:\n"
        "+ Tỷ lệ hồ sơ được giải quyết đúng hạn đạt tối thiểu 98%.\n",
        issuer_level="province",
        year=2026,
    )
    assert [r.period for p in pieces for r in p.targets] == ["2026"]


def test_a_task_s_time_told_after_it_dates_no_task_after_it() -> None:
    _, pieces = read_document(
        "III. NHIỆM VỤ\n"
        "1. Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền của xã. Thời gian: "
        "Quý I/2026.\n"
        "2. Tổ chức đối thoại với người dân về thủ tục hành chính. Thời gian: Quý III/2026.\n",
        issuer_level="commune",
        year=2026,
    )
    assert [(r.deadline, r.period) for p in pieces for r in p.targets] == [
        (date(2026, 3, 31), None),
        (date(2026, 9, 30), None),
    ]


def test_a_deadline_with_the_hour_of_its_day() -> None:
    (task,) = readings(
        "Đề nghị các đơn vị khẩn trương rà soát, gửi kết quả về Văn phòng UBND tỉnh trước 17 giờ "
        "ngày 20/11/2026."
    )
    assert (task.op, task.deadline, task.level) == ("yes", date(2026, 11, 20), "each_agency")
    (task,) = readings("Các đơn vị gửi báo cáo về Sở Nội vụ trước 16h30 ngày 15/12/2026.")
    assert task.deadline == date(2026, 12, 15)


@pytest.mark.parametrize(
    ("sentence", "value", "recurrence"),
    [
        ("Hằng năm, kiểm tra từ 5-7 cơ quan, đơn vị về công tác cải cách hành chính.", "5..7",
         "yearly"),
        ("Thu hút từ 2 đến 3 dự án công nghệ cao.", "2..3", None),
    ],
)  # fmt: skip
def test_a_range_of_counts_after_how_often_or_to_attract(
    sentence: str, value: str, recurrence: str | None
) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.unit, found.recurrence) == (
        "between",
        value,
        "count",
        recurrence,
    )
    assert readings("Năm 2025, tỉnh đã thu hút 3 dự án công nghệ cao.") == []


@pytest.mark.parametrize(
    ("sentence", "op"),
    [
        ("Thời gian giải quyết thủ tục đăng ký kinh doanh ≤ 2 ngày.", "<="),
        ("Thời gian giải quyết thủ tục đăng ký kinh doanh < 2 ngày.", "<"),
        ("Thời gian tập huấn cho mỗi công chức ≥ 2 ngày.", ">="),
    ],
)
def test_a_time_bounded_by_a_sign(sentence: str, op: str) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.unit) == (op, "2", "days")


def test_a_table_s_time_in_days_keeps_its_unit() -> None:
    text = (
        "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |\n|---|---|---|---|\n"
        "| 1 | Thời gian giải quyết thủ tục đăng ký kinh doanh | Ngày | ≤ 2 |\n"
    )
    (found,) = readings(text)
    assert (found.op, found.value, found.unit, found.period) == ("<=", "2", "days", "2026")


def test_a_measure_named_back_to_the_sentence_before() -> None:
    _, pieces = read_document(
        "Trong 9 tháng đầu năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt 72%, vượt mục tiêu 60% đề "
        "ra. Tỉnh đặt mục tiêu năm 2026 nâng tỷ lệ này lên 80%.",
        issuer_level="province",
        year=2026,
    )
    (found,) = [r for p in pieces for r in p.targets]
    assert (found.value, found.phrase) == ("80", "tỷ lệ hồ sơ trực tuyến toàn trình")
    assert "'tỷ lệ này' is the measure the sentence before names" in found.notes
    # (a measure of another kind before it is not what the pointer names)
    _, other = read_document(
        "Năm 2025, chỉ số hài lòng của người dân đạt 85%. Tỉnh đặt mục tiêu năm 2026 nâng tỷ lệ "
        "này lên 80%.",
        issuer_level="province",
        year=2026,
    )
    assert [r.phrase for p in other for r in p.targets] == ["tỷ lệ này"]


def test_so_many_thousand_trained_is_a_count_to_reach() -> None:
    count, share = readings("Đào tạo 1.000 lượt cán bộ, trong đó ít nhất 30% là cán bộ nữ.")
    assert (count.op, count.value, count.unit, count.phrase) == (
        ">=",
        "1000",
        "count",
        "lượt cán bộ",
    )
    assert (share.op, share.value, share.base) == (">=", "30", "lượt cán bộ")
    assert readings("Năm 2025, Sở đã đào tạo 1.000 lượt cán bộ.") == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Tỉnh hoàn thành việc sắp xếp trụ sở trước ngày 01/7/2026.", "việc sắp xếp trụ sở"),
        ("Xã hoàn thành số hóa hồ sơ hộ tịch trước ngày 30/9/2026.", "số hóa hồ sơ hộ tịch"),
    ],
)
def test_a_task_of_the_issuer_named_by_its_tier(sentence: str, phrase: str) -> None:
    (task,) = readings(sentence)
    assert (task.op, task.phrase, task.level) == ("yes", phrase, "self")
    assert readings("Huyện đã hoàn thành việc sắp xếp trụ sở trước ngày 01/7/2025.") == []


def test_a_tier_s_activity_a_task_ends_is_not_who_does_it() -> None:
    (task,) = readings(
        "Hoàn thành việc sắp xếp đơn vị hành chính cấp xã, chấm dứt hoạt động của cấp huyện "
        "trước ngày 01/7/2025."
    )
    assert (task.op, task.deadline, task.level) == ("yes", date(2025, 7, 1), "self")


def test_a_line_a_page_wrapped_is_read_with_the_next_and_a_lead_keeps_its_break() -> None:
    (found,) = readings(
        "- Phấn đấu đến hết năm 2026, tỷ lệ hồ sơ thủ tục hành chính được\n"
        "giải quyết trực tuyến toàn trình đạt tối thiểu 60%."
    )
    assert (found.value, found.phrase) == (
        "60",
        "tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình",
    )
    # a line that ends open, its colon left out, leads the items after it
    led = readings(
        "Trong năm 2026, Ủy ban nhân dân tỉnh Tây Ninh phấn đấu\n"
        "100% hồ sơ thủ tục hành chính được số hóa;\n"
        "90% hồ sơ được giải quyết trực tuyến toàn trình."
    )
    assert [(r.value, r.aspirational, r.period) for r in led] == [
        ("100", True, "2026"),
        ("90", True, "2026"),
    ]


def test_at_least_so_many_times_with_how_often_said_apart() -> None:
    (found,) = readings(
        "Mỗi năm, mỗi cán bộ, công chức được bồi dưỡng ít nhất 01 lần về kỹ năng số."
    )
    assert (found.op, found.value, found.unit, found.recurrence, found.phrase) == (
        ">=",
        "1",
        "count",
        "yearly",
        "mỗi cán bộ, công chức được bồi dưỡng về kỹ năng số",
    )
    (once,) = readings("Tổ chức ít nhất 02 lần kiểm tra đột xuất trong năm.")
    assert (once.value, once.recurrence, once.notes) == (
        "2",
        None,
        ("a number of times, in the period",),
    )
    # (a rise so many times over is no count of times)
    assert readings("Tốc độ tăng ít nhất 2 lần so với năm 2020.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu cải thiện ít nhất 5 bậc xếp hạng Chỉ số PCI.",
        "Phấn đấu nâng 5 bậc xếp hạng Chỉ số PCI.",
    ],
)
def test_a_rise_in_places_after_the_verb_of_improving(sentence: str) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.phrase) == ("rank_improve", "5", "Chỉ số PCI")


@pytest.mark.parametrize(
    ("sentence", "against", "target"),
    [
        ("Giảm tối thiểu 10% biên chế công chức so với năm 2022.", "2022",
         "relative change ≤ -10 % vs 2022"),
        ("So với năm 2024, giảm 20% chi phí tuân thủ thủ tục hành chính.", "2024",
         "relative change ≤ -20 % vs 2024"),
        ("Phấn đấu Chỉ số PAR Index tăng ít nhất 2 bậc so với năm 2024.", "2024",
         "rank up ≥ 2 places vs 2024"),
        # (the year just before is the period before, the default)
        ("Phấn đấu mức độ hài lòng của người dân không thấp hơn năm 2025.", "2025",
         "relative change ≥ +0 % vs the previous period"),
        ("Bảo đảm tỷ lệ hồ sơ trực tuyến không giảm so với năm trước.", None,
         "relative change ≥ +0 % vs the previous period"),
        ("Cắt giảm 30% thời gian giải quyết thủ tục hành chính.", None,
         "relative change ≤ -30 % vs the previous period"),
    ],
)  # fmt: skip
def test_a_change_against_the_year_the_text_names(
    sentence: str, against: str | None, target: str
) -> None:
    (found,) = extract(sentence, issuer="46", period="2026").targets
    assert (found.reading.against, str(found.target)) == (against, target)


def test_not_below_a_rank_or_a_result_told_is_no_change_of_a_measure() -> None:
    assert [
        r.op for r in readings("Phấn đấu thứ hạng Chỉ số PAR Index không thấp hơn năm 2025.")
    ] == ["rank_keep"]
    assert readings("Năm 2025, mức độ hài lòng không thấp hơn năm 2024.") == []


def test_a_change_against_a_year_not_before_its_period_keeps_the_period_before() -> None:
    (found,) = extract(
        "Giảm tối thiểu 10% biên chế công chức so với năm 2027.", issuer="46", period="2026"
    ).targets
    assert str(found.target) == "relative change ≤ -10 % vs the previous period"
    assert "measured against 2027, not before its period: not kept" in found.target.note


def test_the_nearest_time_before_a_figure_whatever_kind_it_is() -> None:
    """A day said first and the end of a year said nearer the figure: the year's end (the
    readers of times yield each kind in turn, not in the order of the text); the index named
    in the clause before the figure, not what opens the sentence."""
    (found,) = extract(
        "Tại hội nghị vào ngày 18/3, tỉnh đề ra mục tiêu đến hết năm 2026, Chỉ số PAPI của tỉnh "
        "tăng 10 bậc.",
        period="2026",
    ).targets
    assert (found.reading.phrase, found.reading.deadline) == (
        "Chỉ số PAPI của tỉnh",
        date(2026, 12, 31),
    )


def test_the_phase_a_national_target_programme_is_named_with_is_no_period() -> None:
    (found,) = extract(
        "Mục tiêu năm 2020 của Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "giai đoạn 2016-2020 là 100% số huyện có xã đạt chuẩn nông thôn mới trong năm 2020.",
        period="2020",
    ).targets
    assert found.reading.period == "2020"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year to come opening the sentence commits its figure
        ("Năm 2027, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.",
         [(">=", "80", "tỷ lệ hồ sơ trực tuyến toàn trình", "2027")]),
        # not a forecast, nor a year gone
        ("Năm 2027, dự kiến tỷ lệ hồ sơ trực tuyến đạt 80%.", []),
        ("Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.", []),
        # a village's rules ("hương ước") foresee nothing
        ("Năm 2027, tỷ lệ thôn có hương ước được cập nhật đạt 100%.",
         [(">=", "100", "tỷ lệ thôn có hương ước được cập nhật", "2027")]),
        # the vision's year is no part of the measure
        ("Đến năm 2030, tầm nhìn đến năm 2045, kinh tế số chiếm 30% GRDP.",
         [(">=", "30", "tỷ trọng kinh tế số trong GRDP", "2030")]),
    ],
)  # fmt: skip
def test_a_year_to_come_opening_a_sentence(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = extract(sentence, period="2026").targets
    assert [
        (t.reading.op, t.reading.value, t.reading.phrase, t.reading.period) for t in found
    ] == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "deadline", "period"),
    [
        (
            "Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh được hoàn thiện trong năm 2026.",
            "Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh hoàn thiện",
            None,
            "2026",
        ),
        (
            "Cơ sở dữ liệu đất đai được hoàn thành trước ngày 30/9/2026.",
            "Cơ sở dữ liệu đất đai",
            date(2026, 9, 30),
            None,
        ),
        (
            "Kho dữ liệu số hóa hồ sơ được đưa vào vận hành trong tháng 6/2026.",
            "Kho dữ liệu số hóa hồ sơ",
            date(2026, 6, 30),
            None,
        ),
    ],
)
def test_a_passive_task_with_the_time_it_is_done_in(
    sentence: str, phrase: str, deadline: date | None, period: str | None
) -> None:
    """ "… được hoàn thiện trong năm 2026": the passive alone, with when it is done, is a
    task; told of a year gone, or with no time, it is what was done."""
    (found,) = extract(sentence, year=2026).targets
    reading = found.reading
    assert (reading.op, reading.phrase) == ("yes", phrase)
    assert (reading.deadline, reading.period) == (deadline, period)
    assert extract(sentence.replace("2026", "2025"), year=2026).targets == ()
    assert extract(re.sub(r"\s+(?:trong|trước)\s.*$", ".", sentence), year=2026).targets == ()


def test_the_three_kinds_of_staff_are_one_object_of_a_task() -> None:
    """ "Hoàn thiện Cơ sở dữ liệu cán bộ, công chức, viên chức …": the three named as one."""
    (found,) = extract(
        "Hoàn thiện Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh trong năm 2026."
    ).targets
    assert found.reading.phrase == "Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh"


def test_a_day_of_the_document_s_year_is_no_part_of_a_phrase() -> None:
    """ "… ban hành kế hoạch cải cách hành chính trước ngày 15/12": the day is its deadline."""
    (found,) = extract(
        "Hằng năm, 100% cơ quan, đơn vị xây dựng và ban hành kế hoạch cải cách hành chính "
        "trước ngày 15/12.",
        year=2026,
    ).targets
    reading = found.reading
    assert reading.phrase.endswith("kế hoạch cải cách hành chính")
    assert (reading.deadline, reading.recurrence) == (date(2026, 12, 15), "yearly")


@pytest.mark.parametrize(
    "group", ["khối các sở, ban, ngành", "các huyện, thị xã, thành phố", "các xã, phường, đặc khu"]
)
def test_what_a_rank_among_a_listed_group_is_about(group: str) -> None:
    """ "Phấn đấu thuộc 1 trong 5 đơn vị dẫn đầu khối các sở, ban, ngành về Chỉ số cải cách
    hành chính": the commas of the group listed do not hide what the rank is about."""
    (found,) = extract(
        f"Phấn đấu thuộc 1 trong 5 đơn vị dẫn đầu {group} về Chỉ số cải cách hành chính."
    ).targets
    reading = found.reading
    assert (reading.op, reading.value, reading.phrase) == (
        "rank_top",
        "5",
        "Chỉ số cải cách hành chính",
    )


def test_a_day_of_the_last_month_of_each_quarter_is_quarterly() -> None:
    """ "… gửi báo cáo … về Sở Nội vụ trước ngày 15 của tháng cuối quý": a task done each
    quarter, by a day of its last month."""
    (found,) = extract(
        "Các cơ quan, đơn vị gửi báo cáo cải cách hành chính quý về Sở Nội vụ trước ngày 15 "
        "của tháng cuối quý.",
        year=2026,
    ).targets
    reading = found.reading
    assert (reading.op, reading.level, reading.recurrence) == ("yes", "each_agency", "quarterly")
    assert "due by day 15 of the last month of each period" in reading.notes


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Hoàn thành việc rà soát chức năng, nhiệm vụ của các phòng chuyên môn trước ngày "
            "30/6/2026.",
            "việc rà soát chức năng, nhiệm vụ của các phòng chuyên môn",
        ),
        (
            "Hoàn thành các chỉ tiêu, nhiệm vụ cải cách hành chính trong năm 2026.",
            "các chỉ tiêu, nhiệm vụ cải cách hành chính",
        ),
        (
            "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trước ngày 30/6/2026.",
            "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        ),
        (
            "UBND các xã hoàn thành việc bàn giao hồ sơ, tài liệu lưu trữ trước ngày 31/12/2026.",
            "việc bàn giao hồ sơ, tài liệu lưu trữ",
        ),
        (
            "Hoàn thành việc rà soát, sắp xếp các thôn, tổ dân phố trước ngày 30/6/2026.",
            "việc rà soát, sắp xếp các thôn, tổ dân phố",
        ),
    ],
)
def test_duties_named_with_what_they_are_for_are_one_object(sentence: str, phrase: str) -> None:
    """ "chức năng, nhiệm vụ", "chỉ tiêu, nhiệm vụ": two words for one object of a task."""
    (found,) = extract(sentence, year=2026).targets
    assert found.reading.phrase == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 72%, tăng 10% so với năm 2024; năm "
        "2026, tỉnh phấn đấu đạt 80%.",
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 72%; năm 2026, toàn tỉnh phấn đấu đạt 80%.",
        "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 72%, năm 2026 tỉnh phấn đấu đạt 80%.",
    ],
)
def test_who_reaches_a_figure_is_no_measure_of_it(sentence: str) -> None:
    """ "…; năm 2026, tỉnh phấn đấu đạt 80%": the province reaches the figure, which measures
    what the result told before it does (the last figure there that names a measure)."""
    (found,) = extract(sentence, year=2026).targets
    reading = found.reading
    assert (reading.op, reading.value, reading.period) == (">=", "80", "2026")
    assert reading.phrase == "tỷ lệ hồ sơ trực tuyến của tỉnh"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Theo lộ trình, từ ngày 1/1/2027, tỉnh sẽ không tiếp nhận hồ sơ giấy đối với 50 thủ "
            "tục hành chính.",
            "không tiếp nhận hồ sơ giấy đối với 50 thủ tục hành chính",
        ),
        (
            "Hoàn thành việc sắp xếp đơn vị hành chính cấp xã, chấm dứt hoạt động của cấp huyện "
            "trước ngày 01/7/2025.",
            "chấm dứt hoạt động của cấp huyện",
        ),
    ],
)
def test_a_task_that_stops_something_keeps_the_words_that_stop_it(
    sentence: str, phrase: str
) -> None:
    """ "… sẽ không tiếp nhận hồ sơ giấy …": without "không" the phrase would say the
    opposite of the task."""
    (found,) = extract(sentence, year=2025).targets
    assert (found.reading.op, found.reading.phrase) == ("yes", phrase)


@pytest.mark.parametrize(
    "measure", ["Chỉ số SIPAS", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"]
)
def test_a_figure_followed_only_by_its_period(measure: str) -> None:
    """ "Chỉ số SIPAS đạt tối thiểu 85% trong giai đoạn 2026-2030": the measure before the
    figure, nothing after it (before, with a space left where the period was)."""
    (found,) = extract(f"{measure} đạt tối thiểu 85% trong giai đoạn 2026-2030.").targets
    reading = found.reading
    assert (reading.phrase, reading.value, reading.period) == (measure, "85", "2026-2030")


@pytest.mark.parametrize(("cut", "value"), [("ít nhất một phần ba", "100/3"), ("một nửa", "50")])
def test_a_share_in_words_cut_against_a_level(cut: str, value: str) -> None:
    """ "… giảm ít nhất một phần ba so với quy định": a fraction in words, with nothing
    named after it but what it is measured against."""
    (found,) = extract(
        f"Thời gian giải quyết thủ tục hành chính giảm {cut} so với quy định."
    ).targets
    reading = found.reading
    assert (reading.op, reading.value, reading.unit) == ("change_decrease", value, "percent")
    assert reading.phrase == "Thời gian giải quyết thủ tục hành chính"


@pytest.mark.parametrize(
    ("said", "band"),
    [
        ('đạt mức "Tốt"', "tốt"),
        ("đạt mức “Tốt” trở lên", "tốt"),
        ("xếp loại ‘Tốt’ trở lên", "tốt"),
        ("ở mức “Khá” trở lên", "khá"),
    ],
)
def test_a_quoted_band(said: str, band: str) -> None:
    """'Phấn đấu Chỉ số … đạt mức "Tốt"': the band of an index's grading, quoted."""
    (found,) = extract(f"Phấn đấu Chỉ số cải cách hành chính của tỉnh {said}.").targets
    reading = found.reading
    assert (reading.op, reading.value, reading.unit) == ("ordinal_at_least", band, "level")
    assert reading.phrase == "Chỉ số cải cách hành chính của tỉnh"


def test_indices_listed_before_one_figure_each_reach_it() -> None:
    """ "Chỉ số SIPAS, PAR Index của tỉnh năm 2026 đều đạt trên 85%": one target per index,
    each of the province; "đều" and the year are no part of a measure."""
    found = extract("Phấn đấu Chỉ số SIPAS, PAR Index của tỉnh năm 2026 đều đạt trên 85%.").targets
    assert [(t.reading.phrase, t.reading.op, t.reading.period) for t in found] == [
        ("Chỉ số SIPAS của tỉnh", ">", "2026"),
        ("PAR Index của tỉnh", ">", "2026"),
    ]
    (one,) = extract(
        "Phấn đấu tỷ lệ hồ sơ trực tuyến của các xã năm 2026 đều đạt trên 60%."
    ).targets
    assert one.reading.phrase == "tỷ lệ hồ sơ trực tuyến của các xã"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu hạ tầng mạng di động 5G phủ sóng 99% dân số.",
         "hạ tầng mạng di động 5G phủ sóng dân số"),
        ("Phấn đấu sóng di động 4G phủ tới 100% các thôn, tổ dân phố.",
         "sóng di động 4G phủ tới các thôn, tổ dân phố"),
        ("75% hộ gia đình có đường truyền Internet cáp quang băng rộng và phủ sóng băng rộng di "
         "động tới 100% thôn.", "phủ sóng băng rộng di động tới thôn"),
    ],
)  # fmt: skip
def test_what_covers_a_share_is_part_of_its_measure(sentence: str, phrase: str) -> None:
    """ "… 5G phủ sóng 99% dân số": the share is of the population, covered by the network
    (before, "dân số" alone)."""
    found = extract(sentence).targets
    assert found[-1].reading.phrase == phrase


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        ("Phấn đấu hạ tầng cáp quang phủ trên 95% khu vực dân cư và trên 60% hộ gia đình.",
         ["hạ tầng cáp quang phủ khu vực dân cư", "hạ tầng cáp quang phủ hộ gia đình"]),
        # a clause of its own, with its own verb
        ("Phấn đấu mạng 4G phủ sóng 100% thôn, 80% hộ gia đình có máy tính.",
         ["mạng 4G phủ sóng thôn", "hộ gia đình có máy tính"]),
        # nothing covers the figure before
        ("Phấn đấu 100% thôn có điện và 90% hộ gia đình.", ["thôn có điện", "hộ gia đình"]),
        # a measure of its own between the figures
        ("Phấn đấu hạ tầng cáp quang phủ 100% thôn, tỷ lệ hộ dùng Internet đạt 60% hộ gia đình.",
         ["hạ tầng cáp quang phủ thôn", "tỷ lệ hộ dùng Internet trên hộ gia đình"]),
    ],
)  # fmt: skip
def test_one_cover_of_two_shares(sentence: str, phrases: list[str]) -> None:
    """ "… phủ 100% khu vực dân cư và trên 60% hộ gia đình": the households are covered by the
    same network (before, "hộ gia đình" alone)."""
    assert [r.phrase for r in readings(sentence)] == phrases


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Phấn đấu 100% hồ sơ công việc các cấp được xử lý trực tuyến.", "all_levels"),
        ("Phấn đấu tỷ lệ hồ sơ trực tuyến ở các cấp đạt 80%.", "all_levels"),
        ("Phấn đấu 100% văn bản các cấp ủy được ký số.", "self"),
    ],
)
def test_what_every_tier_does_is_at_all_levels(sentence: str, level: str) -> None:
    """ "hồ sơ công việc các cấp", "ở các cấp": every tier's (not "các cấp ủy", the party's
    committees)."""
    (found,) = extract(sentence).targets
    assert found.reading.level == level


def test_so_many_ministries_directed_each_do_the_task() -> None:
    """ "Chính phủ yêu cầu 11 bộ hoàn thành …": each of the ministries (not "1 bộ phận")."""
    (found,) = extract(
        "Chính phủ yêu cầu 11 bộ hoàn thành việc rà soát thủ tục hành chính trước ngày 30/6/2026."
    ).targets
    assert (found.reading.op, found.reading.level) == ("yes", "each_ministry")
    (one,) = extract(
        "Yêu cầu 1 bộ phận hoàn thành việc rà soát thủ tục hành chính trước ngày 30/6/2026."
    ).targets
    assert one.reading.level == "self"


@pytest.mark.parametrize("said", ["cao hơn năm 2025", "tăng so với năm 2025", "tốt hơn năm 2025"])
def test_a_rise_over_a_year_by_no_stated_amount(said: str) -> None:
    """ "Phấn đấu Chỉ số SIPAS năm 2026 cao hơn năm 2025": a change of more than nothing
    (strictly: the same score does not meet it), against the year named."""
    (found,) = extract(f"Phấn đấu Chỉ số SIPAS năm 2026 {said}.", year=2026).targets
    reading = found.reading
    assert (reading.op, reading.value, reading.phrase) == ("change_above", "0", "Chỉ số SIPAS")
    assert (reading.period, reading.against) == ("2026", "2025")
    target = found.target
    assert isinstance(target, cm.Change)
    assert (target.op, target.delta_value, target.relative) == (cm.Op.GT, Fraction(0), True)
    # a rise told is none; nor is a rank's rise, nor a rise by an amount said after it
    told = f"Chỉ số SIPAS năm 2025 {said.replace('2025', '2024')}."
    assert extract(told, year=2026).targets == ()
    for other in ("Phấn đấu thứ hạng Chỉ số SIPAS năm 2026 cao hơn năm 2025.",
                  "Phấn đấu Chỉ số SIPAS năm 2026 cao hơn năm 2025 ít nhất 5%."):  # fmt: skip
        (found,) = extract(other, year=2026).targets
        assert found.reading.op in ("rank_improve", "change_increase")
    ranked = extract(f"Phấn đấu thứ hạng Chỉ số SIPAS năm 2026 {said}.", year=2026).targets
    assert "change_above" not in [t.reading.op for t in ranked]


def test_a_rise_each_year_by_no_stated_amount() -> None:
    """ "… năm sau cao hơn năm trước": more than the year before, each year."""
    (found,) = extract("Phấn đấu tỷ lệ hồ sơ trực tuyến năm sau cao hơn năm trước.").targets
    reading = found.reading
    assert (reading.op, reading.value, reading.recurrence) == ("change_above", "0", "yearly")
    assert reading.phrase == "tỷ lệ hồ sơ trực tuyến"


def test_a_sub_quota_named_by_a_sibling_qualifier() -> None:
    """ "Phấn đấu giải quyết 100% hồ sơ đúng hạn, trong đó trên 50% trước hạn": the part is
    the dossiers settled ahead of time (before, "hồ sơ đúng hạn" again)."""
    _, part = extract(
        "Phấn đấu giải quyết 100% hồ sơ đúng hạn, trong đó trên 50% trước hạn."
    ).targets
    assert (part.reading.op, part.reading.value) == (">", "50")
    assert (part.reading.phrase, part.reading.base) == (
        "hồ sơ được giải quyết trước hạn",
        "hồ sơ được giải quyết đúng hạn",
    )


def test_targets_and_duties_named_together_are_the_measure() -> None:
    """ "hoàn thành 100% chỉ tiêu, nhiệm vụ được giao": "chỉ tiêu" is no word of commitment
    here but half of what is counted."""
    (found,) = extract("Phấn đấu năm 2026 hoàn thành 100% chỉ tiêu, nhiệm vụ được giao.").targets
    assert found.reading.phrase == "chỉ tiêu, nhiệm vụ được giao"


def test_a_part_s_label_names_what_the_lead_s_measure_is_taken_of() -> None:
    """ "- Phấn đấu tỷ lệ hài lòng:" over "+ Đối với thủ tục hành chính: trên 95%": the lead's
    measure, of what the label names (before, "Đối với thủ tục hành chính" alone)."""
    _, pieces = read_document(
        "- Phấn đấu tỷ lệ hài lòng:\n"
        "+ Đối với thủ tục hành chính: trên 95%;\n"
        "+ Đối với dịch vụ công: trên 90%.\n",
        issuer_level="province",
        year=2026,
    )
    found = [(r.value, r.phrase, r.aspirational) for p in pieces for r in p.targets]
    assert found == [
        ("95", "tỷ lệ hài lòng đối với thủ tục hành chính", True),
        ("90", "tỷ lệ hài lòng đối với dịch vụ công", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu tỷ lệ văn bản được ký số đạt 100% ở cấp tỉnh, cấp xã đạt tối thiểu 95%.",
        "Phấn đấu tỷ lệ văn bản được ký số đạt 100% ở cấp tỉnh, ở cấp xã đạt tối thiểu 95%.",
        "Phấn đấu tỷ lệ văn bản được ký số đạt 100% tại cấp tỉnh và 95% tại cấp xã.",
    ],
)
def test_where_a_figure_holds_is_no_whole_it_is_taken_of(sentence: str) -> None:
    """ "Tỷ lệ … đạt 100% ở cấp tỉnh": the tier the figure holds at, not what the rate is
    taken of (before, "tỷ lệ văn bản được ký số trên")."""
    found = extract(sentence, year=2026).targets
    assert [(t.reading.phrase, t.reading.value, t.reading.level) for t in found] == [
        ("tỷ lệ văn bản được ký số", "100", "province"),
        ("tỷ lệ văn bản được ký số", "95", "commune"),
    ]
    (whole,) = extract("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 50% tổng số hồ sơ.").targets
    assert whole.reading.phrase == "tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ"


@pytest.mark.parametrize(
    "joint", ["; riêng cấp xã", "; cấp xã", ", riêng ở cấp xã", "; ở cấp xã", ", còn cấp xã"]
)
def test_a_tier_set_apart_takes_the_measure_before_it(joint: str) -> None:
    """ "Tối thiểu 70% hồ sơ …; riêng cấp xã đạt tối thiểu 60%": the same measure at that tier,
    after a comma or in the next item of the sentence (before, after ";" the phrase was
    "cấp xã", of the issuer; after ", riêng ở cấp xã" the first figure was the communes')."""
    found = extract(
        f"Tối thiểu 70% hồ sơ được nộp trực tuyến toàn trình{joint} đạt tối thiểu 60%."
    ).targets
    assert [(t.reading.phrase, t.reading.value, t.reading.level) for t in found] == [
        ("hồ sơ được nộp trực tuyến toàn trình", "70", "self"),
        ("hồ sơ được nộp trực tuyến toàn trình", "60", "commune"),
    ]
    # a commune's plan: its own tier is itself
    _, pieces = read_document(
        f"Tối thiểu 70% hồ sơ được nộp trực tuyến toàn trình{joint} đạt tối thiểu 60%.",
        issuer_level="commune",
    )
    assert [r.level for p in pieces for r in p.targets] == ["self", "self"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định đạt 100% vào cuối năm 2027.",
        "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định đạt 100% trong năm 2027.",
        "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định đạt 100% vào năm 2027.",
    ],
)
def test_a_figure_reached_by_a_year_to_come_is_a_target(sentence: str) -> None:
    """ "… đạt 100% vào cuối năm 2027" in a text of 2026: the time a figure is to be reached by
    commits to it, as a year to come opening the sentence does (before, a result reported);
    in a text of 2028 it is what was reached."""
    (found,) = extract(sentence, year=2026).targets
    assert (found.reading.op, found.reading.value) == (">=", "100")
    assert extract(sentence, year=2028).targets == ()
    forecast = sentence.replace("đạt 100%", "dự kiến đạt 100%")
    assert extract(forecast, year=2026).targets == ()


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu Chỉ số SIPAS của tỉnh đạt từ 85% trở lên, không để lĩnh vực nào dưới 80%.",
         "Chỉ số SIPAS của tỉnh"),
        ("Phấn đấu không có xã nào đạt dưới 50% hồ sơ trực tuyến.", "hồ sơ trực tuyến"),
        ("Phấn đấu không để xã nào có tỷ lệ hồ sơ trực tuyến dưới 40%.",
         "tỷ lệ hồ sơ trực tuyến"),
        ("Phấn đấu tỷ lệ hồ sơ trực tuyến của các xã đạt 60%, không có xã nào thấp hơn 40%.",
         "tỷ lệ hồ sơ trực tuyến của các xã"),
    ],
)  # fmt: skip
def test_none_below_a_figure_is_each_at_least_it(sentence: str, phrase: str) -> None:
    """ "…, không để lĩnh vực nào dưới 80%": none below it, so each at least it (before, a
    ceiling, < 80 %: the opposite of what is asked)."""
    found = extract(sentence).targets[-1].reading
    assert (found.op, found.phrase) == (">=", phrase)
    assert "none below it: each at least it" in found.notes
    # (told as a result, it stays one: "không có đơn vị nào đạt dưới 40%" in a report)
    assert (
        extract("Năm 2025, không có đơn vị, địa phương nào đạt dưới 40%.", year=2026).targets == ()
    )


def test_targets_of_a_field_assigned_are_what_is_done() -> None:
    """ "Hoàn thành 100% chỉ tiêu về cải cách hành chính được giao": the targets assigned are
    what is counted (before, "về cải cách hành chính được giao"); "Mục tiêu về …:" labels it."""
    (done,) = extract("Hoàn thành 100% chỉ tiêu về cải cách hành chính được giao.").targets
    assert done.reading.phrase == "chỉ tiêu về cải cách hành chính được giao"
    (labelled,) = extract("Mục tiêu về tỷ lệ hồ sơ trực tuyến: đạt tối thiểu 80%.").targets
    assert labelled.reading.phrase == "tỷ lệ hồ sơ trực tuyến"


@pytest.mark.parametrize(
    ("said", "grade"),
    [
        ('xếp loại "Hoàn thành tốt" trở lên', "hoàn thành tốt nhiệm vụ"),
        ("xếp loại Hoàn thành xuất sắc nhiệm vụ trở lên", "hoàn thành xuất sắc nhiệm vụ"),
    ],
)
def test_a_grade_of_how_a_duty_was_done(said: str, grade: str) -> None:
    """'xã được xếp loại "Hoàn thành tốt" trở lên về công tác cải cách hành chính': a grade
    of the scale of duties done, on an indicator of that scale, of what the grade is about
    (before, unread)."""
    draft = extract(
        f"Phấn đấu năm 2026, xã được {said} về công tác cải cách hành chính.", year=2026
    )
    (found,) = draft.targets
    assert (found.reading.op, found.reading.value) == ("ordinal_at_least", grade)
    assert found.reading.phrase == "công tác cải cách hành chính"
    assert found.indicator.levels == (
        "không hoàn thành nhiệm vụ",
        "hoàn thành nhiệm vụ",
        "hoàn thành tốt nhiệm vụ",
        "hoàn thành xuất sắc nhiệm vụ",
    )
    assert found.target.level == grade  # an ordinal target, not a task
    assert not check_plan(draft.plan()).errors


def test_days_listed_after_a_deadline_are_no_part_of_a_task() -> None:
    """ "báo cáo … trước ngày 15/6 và 15/12": both days are when it is due (before, the
    phrase ended "và 15/12")."""
    (found,) = extract(
        "Định kỳ 6 tháng, báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/6 và 15/12."
    ).targets
    assert found.reading.phrase == "báo cáo kết quả thực hiện về Sở Nội vụ"
    assert found.reading.recurrence == "half_yearly"


@pytest.mark.parametrize(
    "listed",
    [
        "ít nhất 2 trong 3 chỉ số PAR Index, SIPAS, PAPI",
        "ít nhất 2/3 chỉ số (PAR Index, SIPAS, PAPI)",
        "tối thiểu hai trong số ba chỉ số PAR Index, SIPAS, PAPI",
    ],
)
def test_at_least_so_many_of_the_indices_listed(listed: str) -> None:
    """ "Phấn đấu ít nhất 2 trong 3 chỉ số PAR Index, SIPAS, PAPI thuộc nhóm 20 tỉnh dẫn
    đầu": one target per index, inside the target that at least two of them be met (before,
    a count of at least 2 and the last index alone)."""
    draft = extract(f"Phấn đấu {listed} thuộc nhóm 20 tỉnh dẫn đầu.", year=2026)
    assert [(t.reading.op, t.reading.value, t.reading.phrase) for t in draft.targets] == [
        ("rank_top", "20", phrase) for phrase in ("PAR Index", "SIPAS", "PAPI")
    ]
    plan = draft.plan()
    (group,) = plan.targets
    assert isinstance(group, cm.AtLeast)
    assert group.n == 2
    assert [part.k for part in group.parts] == [20, 20, 20]  # type: ignore[attr-defined]
    assert not check_plan(plan).errors
    assert cm.loads(draft.to_yaml()) == plan
    # (a figure after the group is none of its parts)
    after = extract(
        f"Phấn đấu năm 2026 có {listed} thuộc nhóm 20 tỉnh dẫn đầu, tỷ lệ hồ sơ trực tuyến đạt "
        "80%.",
        year=2026,
    )
    assert [type(t).__name__ for t in after.plan().targets] == ["AtLeast", "Comparison"]


def test_at_least_so_many_of_the_figures_listed() -> None:
    """ "ít nhất 2 trong 3 chỉ tiêu gồm: A đạt 60%, B đạt 50% và C đạt 100%": each figure
    its own part."""
    draft = extract(
        "Năm 2026, phấn đấu đạt ít nhất 2 trong 3 chỉ tiêu gồm tỷ lệ hồ sơ trực tuyến toàn "
        "trình đạt 60%, tỷ lệ thanh toán trực tuyến đạt 50% và tỷ lệ số hóa hồ sơ đạt 100%.",
        year=2026,
    )
    (group,) = draft.plan().targets
    assert isinstance(group, cm.AtLeast)
    assert [str(part.threshold) for part in group.parts] == ["60 %", "50 %", "100 %"]  # type: ignore[attr-defined]
    # (a figure before the group is none of its parts)
    before = extract(
        "Phấn đấu SIPAS đạt trên 90%, ít nhất 2 trong 3 chỉ tiêu gồm tỷ lệ hồ sơ trực tuyến "
        "toàn trình đạt 60%, tỷ lệ thanh toán trực tuyến đạt 50% và tỷ lệ số hóa hồ sơ đạt 100%."
    )
    assert [type(t).__name__ for t in before.plan().targets] == ["Comparison", "AtLeast"]


def test_at_least_so_many_of_the_items_a_lead_lists() -> None:
    """ "… đạt ít nhất 2 trong 3 chỉ tiêu sau:" over three items: the items' targets are its
    parts; where the items give another number of targets, each stays a target of its own."""
    items = (
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%;\n- Tỷ lệ thanh toán trực tuyến đạt 50%;\n"
        "- Tỷ lệ số hóa hồ sơ đạt 100%."
    )
    draft = extract(f"Năm 2026, phấn đấu đạt ít nhất 2 trong 3 chỉ tiêu sau:\n{items}", year=2026)
    (group,) = draft.plan().targets
    assert isinstance(group, cm.AtLeast)
    assert (group.n, len(group.parts)) == (2, 3)
    four = extract(f"Năm 2026, phấn đấu đạt ít nhất 2 trong 4 chỉ tiêu sau:\n{items}", year=2026)
    assert [type(t).__name__ for t in four.plan().targets] == ["Comparison"] * 3
    assert all("not all of them read" in t.target.note for t in four.targets)
    every = extract(
        "Phấn đấu ít nhất 3/3 chỉ số PAR Index, SIPAS, PAPI thuộc nhóm 20 tỉnh dẫn đầu.", year=2026
    )
    assert [type(t).__name__ for t in every.plan().targets] == ["Rank"] * 3


def test_at_least_so_many_of_indices_not_all_named() -> None:
    """ "ít nhất 2 trong 3 chỉ số PAR Index, SIPAS …": two named of three, each read as a target
    of its own, flagged (no group of them, nor with a figure after them)."""
    draft = extract(
        "Phấn đấu năm 2026 có ít nhất 2 trong 3 chỉ số PAR Index, SIPAS thuộc nhóm 20 tỉnh dẫn "
        "đầu, tỷ lệ hồ sơ trực tuyến đạt 80%.",
        year=2026,
    )
    assert [type(t).__name__ for t in draft.plan().targets] == ["Rank", "Rank", "Comparison"]
    assert all("not all of them read" in t.target.note for t in draft.targets)


def test_at_least_so_many_of_indices_not_named_is_unread() -> None:
    """ "ít nhất 2 trong 3 chỉ số thuộc nhóm 20 …" names no index: unread, with the reason
    (before, a count of at least 2 and a rank in the top 3)."""
    draft = extract("Phấn đấu ít nhất 2 trong 3 chỉ số thuộc nhóm 20 tỉnh dẫn đầu.", year=2026)
    assert draft.targets == ()
    (unread,) = draft.unread
    assert unread.reason == "at least 2 of 3 chỉ số, not each named: no target of its own"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("100% công chức xã được bồi dưỡng kiến thức, kỹ năng số ít nhất 01 lần trong năm.",
         "công chức xã được bồi dưỡng kiến thức, kỹ năng số ít nhất 01 lần"),
        ("Phấn đấu 100% cán bộ, công chức được tập huấn ít nhất 2 lần/năm.",
         "cán bộ, công chức được tập huấn ít nhất 2 lần/năm"),
    ],
)  # fmt: skip
def test_how_often_each_unit_of_a_share_is_so(sentence: str, phrase: str) -> None:
    """ "100% công chức được bồi dưỡng … ít nhất 01 lần trong năm": how often each official
    is trained is part of what the share counts (before, a second target, a count of at least
    one of "kỹ năng số")."""
    (found,) = extract(sentence).targets
    assert (found.reading.op, found.reading.value, found.reading.phrase) == (">=", "100", phrase)
    (alone,) = extract("Tổ chức tập huấn cho công chức ít nhất 2 lần/năm.").targets
    assert (alone.reading.value, alone.reading.recurrence) == ("2", "yearly")
    # (what each unit does, too; a clause of its own after a comma is a target of its own)
    (each,) = extract(
        "Phấn đấu 100% xã tổ chức đối thoại với người dân ít nhất 01 lần/quý."
    ).targets
    assert each.reading.phrase == "xã tổ chức đối thoại với người dân ít nhất 01 lần/quý"
    two = extract("Tỷ lệ hồ sơ trực tuyến đạt 80%, tổ chức kiểm tra ít nhất 2 lần/năm.").targets
    assert [t.reading.value for t in two] == ["80", "2"]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu không có cán bộ, công chức vi phạm kỷ luật, kỷ cương hành chính.",
         "cán bộ, công chức vi phạm kỷ luật"),
        ("Không để xảy ra tình trạng cán bộ, công chức gây phiền hà, sách nhiễu người dân.",
         "cán bộ, công chức gây phiền hà, sách nhiễu người dân"),
    ],
)  # fmt: skip
def test_no_official_left_to_do_so(sentence: str, phrase: str) -> None:
    """ "Phấn đấu không có cán bộ, công chức vi phạm kỷ luật": none (before, unread); told of a
    year gone, a result."""
    (found,) = extract(sentence).targets
    assert (found.reading.op, found.reading.value, found.reading.phrase) == ("<=", "0", phrase)
    assert (
        extract("Năm 2025, không có cán bộ, công chức bị xử lý kỷ luật.", year=2026).targets == ()
    )


@pytest.mark.parametrize(
    "done", ["triển khai phần mềm quản lý văn bản", "ứng dụng phần mềm quản lý văn bản",
             "hoàn thành số hóa hồ sơ", "công khai thủ tục hành chính"],
)  # fmt: skip
def test_units_listed_with_their_figures_share_what_they_do(done: str) -> None:
    """ "100% các cơ quan hành chính cấp huyện, 90% UBND cấp xã triển khai …": what the units
    do is said once, after the last (before, the first figure's phrase had no verb)."""
    found = extract(
        f"Phấn đấu 100% các cơ quan hành chính cấp huyện, 90% UBND cấp xã {done}."
    ).targets
    assert [t.reading.phrase for t in found] == [
        f"các cơ quan hành chính cấp huyện {done}",
        f"UBND cấp xã {done}",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mặc dù tỷ lệ hồ sơ trực tuyến đạt 65% nhưng vẫn chưa đạt mục tiêu đề ra là 80% vào năm "
        "2027.",
        "Tỷ lệ hồ sơ trực tuyến đạt 65%, mục tiêu là 80% vào năm 2027.",
        "Tỷ lệ hồ sơ trực tuyến đạt 65%, còn kế hoạch năm 2027 là 80%.",
    ],
)
def test_a_result_beside_the_target_it_falls_short_of(sentence: str) -> None:
    """ "Mặc dù tỷ lệ … đạt 65% nhưng vẫn chưa đạt mục tiêu đề ra là 80%", "X đạt 65%, mục tiêu
    là 80%": the figure conceded or told beside the target is a result; the target measures
    what the result does (before, 65 % was a target, and the 80 % measured "vẫn chưa đạt mục
    tiêu đề ra")."""
    (found,) = extract(sentence, year=2026).targets
    assert (found.reading.value, found.reading.phrase.lower()) == ("80", "tỷ lệ hồ sơ trực tuyến")
    # (a figure its own words commit to is a target beside the other)
    for committed in (
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 65%, mục tiêu năm 2027 là 80%.",
        "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65%, mục tiêu năm 2027 là 80%.",
    ):
        assert [t.reading.value for t in extract(committed, year=2026).targets] == ["65", "80"]


def test_all_of_where_a_figure_holds_is_no_figure() -> None:
    """ "… được xác thực … trên tất cả các hệ thống thông tin": where the figure holds (before,
    a second target, 100 % of "các hệ thống thông tin")."""
    (found,) = extract(
        "Phấn đấu 100% người dân, doanh nghiệp được xác thực định danh điện tử thông suốt và "
        "hợp nhất trên tất cả các hệ thống thông tin."
    ).targets
    assert found.reading.phrase.endswith("trên tất cả các hệ thống thông tin")
    (every,) = extract("Phấn đấu tất cả các xã được công nhận đạt chuẩn.").targets
    assert (every.reading.op, every.reading.value) == (">=", "100")


@pytest.mark.parametrize(("year", "read"), [(2026, True), (2027, True), (2028, False)])
def test_a_figure_due_by_a_day_to_come_is_a_target(year: int, read: bool) -> None:
    """ "… đạt 100% trước ngày 31/12/2027": due by a day of the text's year or one to come, a
    target (before, a result); by a day gone, what was reached."""
    found = extract(
        "Tỷ lệ cấp căn cước cho công dân đủ điều kiện đạt 100% trước ngày 31/12/2027.",
        year=year,
    ).targets
    assert [(t.reading.value, t.reading.deadline) for t in found] == (
        [("100", date(2027, 12, 31))] if read else []
    )


def test_one_body_given_a_task_does_it_not_the_units_it_names() -> None:
    """ "Giao Sở Nội vụ chủ trì … xác định Chỉ số … của các sở, ban, ngành, UBND các xã,
    phường": the department's task (before, each commune's); the units a directive names do
    theirs, and who tells it is no one given it."""
    (given,) = extract(
        "Giao Sở Nội vụ chủ trì tham mưu UBND tỉnh tổ chức xác định Chỉ số cải cách hành chính "
        "năm 2026 của các sở, ban, ngành, UBND các xã, phường, hoàn thành trước ngày 31/01/2027.",
        year=2026,
    ).targets
    assert given.reading.level == "self"
    (directed,) = extract(
        "Sở Nội vụ hướng dẫn UBND các xã, phường hoàn thành việc rà soát trước ngày 30/6/2026."
    ).targets
    assert directed.reading.level == "each_commune"
    (told,) = extract(
        "Theo UBND tỉnh, từ ngày 1-7-2025, tỉnh sẽ đưa vào vận hành các trung tâm phục vụ hành "
        "chính công cấp xã tại các xã, phường.",
        year=2025,
    ).targets
    assert told.reading.level == "each_commune"


@pytest.mark.parametrize(
    ("later", "period", "deadline"),
    [("đến năm 2030", "2030", None), ("đến hết năm 2030", None, date(2030, 12, 31))],
)
def test_a_later_aim_s_time_is_its_own(
    later: str, period: str | None, deadline: date | None
) -> None:
    """ "Tỷ lệ … đạt 60% trở lên, phấn đấu đến năm 2030 đạt 100%": the year times the later
    aim, not the figure before it (before, both were of 2030); a time opening the sentence
    times every figure."""
    first, second = extract(
        f"Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60% trở lên, phấn đấu {later} đạt 100%.",
        year=2026,
    ).targets
    assert (first.reading.period, first.reading.deadline) == (None, None)
    assert (second.reading.period, second.reading.deadline) == (period, deadline)
    both = extract("Đến năm 2030, tỷ lệ A đạt 60% trở lên, tỷ lệ B đạt 100%.", year=2026).targets
    assert [t.reading.period for t in both] == ["2030", "2030"]
    # (a later target named with its year: "…, mục tiêu năm 2027 là 80%")
    for word in ("mục tiêu", "chỉ tiêu", "kế hoạch"):
        now, later_target = extract(
            f"Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65%, {word} năm 2027 là 80%.",
            year=2026,
        ).targets
        assert (now.reading.period, later_target.reading.period) == (None, "2027")


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu 90% người dân hài lòng với việc giải quyết thủ tục hành chính, nhất là trong "
         "các lĩnh vực đất đai, xây dựng.",
         "người dân hài lòng với việc giải quyết thủ tục hành chính"),
        ("Phấn đấu 90% người dân hài lòng với việc giải quyết thủ tục hành chính, đặc biệt là "
         "lĩnh vực đất đai.", "người dân hài lòng với việc giải quyết thủ tục hành chính"),
        ("Phấn đấu 100% văn bản được gửi, nhận dưới dạng điện tử, thay thế văn bản giấy.",
         "văn bản được gửi, nhận dưới dạng điện tử"),
        ("Phấn đấu 100% văn bản được gửi, nhận dưới dạng điện tử, thay cho văn bản giấy.",
         "văn bản được gửi, nhận dưới dạng điện tử"),
    ],
)  # fmt: skip
def test_what_a_figure_stresses_or_replaces_is_no_part_of_it(sentence: str, phrase: str) -> None:
    """ "…, nhất là trong các lĩnh vực …", "…, thay thế văn bản giấy": no part of the measure
    (before, the phrase ran on to the sentence's end)."""
    (found,) = extract(sentence).targets
    assert found.reading.phrase == phrase


@pytest.mark.parametrize("said", ["Năm 2026 và các năm tiếp theo", "Trong những năm tới"])
def test_the_years_to_come_commit(said: str) -> None:
    """ "Năm 2026 và các năm tiếp theo, tỷ lệ … đạt trên 98%": the years after it are to come
    (before, a result reported)."""
    (found,) = extract(f"{said}, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.", year=2026).targets
    assert (found.reading.op, found.reading.value) == (">", "98")


def test_an_item_naming_only_whose_takes_the_measure_before_it() -> None:
    """ "Chỉ số … của các sở, ban, ngành đạt từ 80 điểm trở lên; của UBND cấp xã đạt từ 75
    điểm trở lên": the same index, of the communes (before, the phrase "của UBND cấp xã")."""
    found = extract(
        "Chỉ số cải cách hành chính của các sở, ban, ngành đạt từ 80 điểm trở lên; của UBND cấp "
        "xã đạt từ 75 điểm trở lên."
    ).targets
    assert [(t.reading.phrase, t.reading.value, t.reading.level) for t in found] == [
        ("Chỉ số cải cách hành chính của các sở, ban, ngành", "80", "each_agency"),
        ("Chỉ số cải cách hành chính của UBND cấp xã", "75", "each_commune"),
    ]
    # (after a comma too)
    _, commune = extract(
        "Chỉ số cải cách hành chính của các sở đạt từ 80 điểm trở lên, của UBND cấp xã đạt từ "
        "75 điểm trở lên."
    ).targets
    assert commune.reading.phrase == "Chỉ số cải cách hành chính của UBND cấp xã"


@pytest.mark.parametrize(
    ("units", "level"), [("xã, phường", "each_commune"), ("cơ quan, đơn vị", "each_agency")]
)
def test_what_each_unit_of_a_share_has(units: str, level: str) -> None:
    """ "100% xã, phường có ít nhất 01 điểm hỗ trợ …": what each unit has is what the share
    counts (before, "xã, phường" alone and a count of at least one of the issuer's)."""
    (found,) = extract(f"Phấn đấu 100% {units} có ít nhất 01 điểm hỗ trợ người dân.").targets
    assert (found.reading.phrase, found.reading.level) == (
        f"{units} có ít nhất 01 điểm hỗ trợ người dân",
        level,
    )
    two = extract("Phấn đấu 80% hồ sơ được số hóa, có ít nhất 02 mô hình điểm.").targets
    assert [t.reading.value for t in two] == ["80", "2"]
    (does,) = extract("Phấn đấu 100% xã, phường xây dựng ít nhất 01 mô hình điểm.").targets
    assert does.reading.phrase == "xã, phường xây dựng ít nhất 01 mô hình điểm"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Phấn đấu tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng đạt 90%, tại "
         "các cơ quan chuyên môn thuộc UBND tỉnh đạt 100%.",
         "tỷ lệ hồ sơ công việc tại các cơ quan chuyên môn thuộc UBND tỉnh được xử lý trên môi "
         "trường mạng"),
        ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%, tại Trung tâm Phục vụ hành chính công đạt 80%.",
         "tỷ lệ hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công"),
    ],
)  # fmt: skip
def test_a_place_set_apart_takes_the_measure_before_it(sentence: str, phrase: str) -> None:
    """ "…, tại các cơ quan chuyên môn thuộc UBND tỉnh đạt 100%": the measure before, at that
    place (before, the phrase was the place alone)."""
    found = extract(sentence).targets
    assert found[-1].reading.phrase == phrase
    # (in the next item of the sentence too)
    after_semicolon = extract(sentence.replace("%, tại", "%; tại")).targets
    assert after_semicolon[-1].reading.phrase == phrase


@pytest.mark.parametrize(
    ("task", "phrase"),
    [
        ("Xây dựng và triển khai Bộ chỉ số đánh giá", "Xây dựng và triển khai Bộ chỉ số đánh giá"),
        ("Xây dựng và ban hành Kế hoạch kiểm tra", "Xây dựng và ban hành Kế hoạch kiểm tra"),
        ("Xây dựng và đưa vào vận hành Trung tâm điều hành thông minh",
         "Trung tâm điều hành thông minh"),
    ],
)  # fmt: skip
def test_two_verbs_joined_by_and_keep_the_first(task: str, phrase: str) -> None:
    """ "Xây dựng và triển khai …": both verbs are the task (before, "triển khai …" alone);
    what is put into use keeps its object alone."""
    for due in ("hoàn thành", "hoàn tất"):
        (found,) = extract(f"{task}, {due} trong quý III/2026.").targets
        assert found.reading.phrase == phrase


def test_of_which_after_a_semicolon_is_a_part_of_the_figure_before() -> None:
    """ "…; trong đó trên 60% hồ sơ được trả trước hạn": a sub-quota of the figure before, as
    after a comma (before, a plain target); of a measure that counts nothing, a breakdown."""
    _, whole = extract(
        "Phấn đấu 100% hồ sơ thủ tục hành chính được trả kết quả đúng hạn; trong đó trên 60% hồ "
        "sơ được trả trước hạn."
    ).targets
    assert (whole.reading.base, whole.reading.breakdown) == (
        "hồ sơ thủ tục hành chính được trả kết quả đúng hạn",
        False,
    )
    _, part = extract(
        "Phấn đấu mức độ hài lòng đạt trên 95%; trong đó lĩnh vực đất đai đạt trên 90%."
    ).targets
    assert (part.reading.base, part.reading.breakdown) == ("mức độ hài lòng", True)
    # (a sentence that opens with "Trong đó" is no part of its own first figure)
    (alone,) = extract("Trong đó, mỗi đơn vị cấp xã thành lập 1 Tổ công nghệ số.").targets
    assert alone.reading.base is None


def test_the_items_of_a_within_lead_over_a_measure_that_counts_nothing_are_a_breakdown() -> None:
    """ "Mức độ hài lòng … đạt tối thiểu 95%, trong đó:" over "+ Lĩnh vực đất đai: tối thiểu
    90%": the same measure for a part (before, read as a sub-quota of what counts nothing)."""
    found = extract(
        "b) Mức độ hài lòng của người dân đạt tối thiểu 95%, trong đó:\n"
        "+ Lĩnh vực đất đai: tối thiểu 90%;\n+ Lĩnh vực xây dựng: tối thiểu 92%."
    ).targets
    assert [(t.reading.base, t.reading.breakdown) for t in found[1:]] == [
        ("Mức độ hài lòng của người dân", True)
    ] * 2


@pytest.mark.parametrize("said", ["10 điểm phần trăm", "10 điểm %"])
def test_a_share_s_rise_in_percentage_points(said: str) -> None:
    """ "Tỷ lệ … tăng ít nhất 10 điểm phần trăm": a ratio's rise by 10 % of its whole, an
    absolute change (before, a rise of 10 points on a score)."""
    (found,) = extract(
        f"Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình tăng ít nhất {said} so với năm 2025."
    ).targets
    assert found.reading.unit == "percentage_points"
    target = found.target
    assert isinstance(target, cm.Change)
    assert (str(target.delta), target.relative) == ("10 %", False)
    assert found.indicator.measure is cm.MeasureKind.RATIO
    (score,) = extract("Phấn đấu Chỉ số PAPI tăng ít nhất 2 điểm so với năm 2025.").targets
    assert score.reading.unit == "points"


@pytest.mark.parametrize(
    "higher", ["cao hơn năm 2025", "cao hơn so với năm trước", "cao hơn cùng kỳ", "cao hơn"]
)
def test_higher_than_before_by_so_many_points(higher: str) -> None:
    """ "…, cao hơn năm 2025 ít nhất 1 điểm phần trăm": a rise, of the measure before (before,
    unread)."""
    level, rise = readings(f"Chỉ số hài lòng đạt 85,5% trở lên, {higher} ít nhất 1 điểm phần trăm.")
    assert (level.op, level.value) == (">=", "85.5")
    assert (rise.phrase, rise.op, rise.value, rise.unit) == (
        "Chỉ số hài lòng",
        "change_increase",
        "1",
        "percentage_points",
    )
    (score,) = readings(f"Phấn đấu Chỉ số PAR Index {higher} ít nhất 2 điểm.")
    assert (score.op, score.value, score.unit) == ("change_increase", "2", "points")


@pytest.mark.parametrize("joint", ["và", "và ít nhất"])
def test_a_count_listed_after_the_one_its_verb_opens(joint: str) -> None:
    """ "Tổ chức 02 hội nghị tập huấn và 05 lớp bồi dưỡng …": both counted (before, the
    second was unread)."""
    meetings, classes = readings(
        f"Tổ chức 02 hội nghị tập huấn {joint} 05 lớp bồi dưỡng về cải cách hành chính."
    )
    assert (meetings.phrase, meetings.value, meetings.unit) == ("hội nghị tập huấn", "2", "count")
    assert (classes.value, classes.unit) == ("5", "count")
    assert classes.phrase.startswith("lớp bồi dưỡng")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("Tổng kết năm", "tổng kết năm"),
        ("Tổng kết năm 2026", "tổng kết năm"),
        ("Tổng kết công tác năm", "tổng kết công tác năm"),
        ("Sơ kết 6 tháng đầu năm", "sơ kết 6 tháng đầu năm"),
        ("Sơ kết quý I", "sơ kết quý I"),
    ],
)
def test_a_review_of_a_period_is_named_with_its_verb(said: str, phrase: str) -> None:
    """ "Tổng kết năm trước ngày 15/12/2026": the review is the task (before, unread: the
    period alone names nothing; "Sơ kết 6 tháng" was "6 tháng")."""
    (found,) = readings(f"{said} trước ngày 15/12/2026.")
    assert (found.op, found.phrase, found.deadline) == ("yes", phrase, date(2026, 12, 15))
    first, second = readings(
        f"Sơ kết 6 tháng trước ngày 15/6/2026; {said[:1].lower()}{said[1:]} trước ngày 15/12/2026."
    )
    assert (first.phrase, second.phrase) == ("sơ kết 6 tháng", phrase)


@pytest.mark.parametrize("what", ["tin, bài", "tin bài", "bài"])
@pytest.mark.parametrize(("per", "recurrence"), [("tháng", "monthly"), ("quý", "quarterly")])
def test_so_many_items_each_period_said_after_them(what: str, per: str, recurrence: str) -> None:
    """ "Đăng tải ít nhất 02 tin, bài/tháng về …": so many each month, the period no part of
    what is counted (before, unread, or "tin, bài/tháng …" counted once)."""
    (found,) = readings(f"Đăng tải ít nhất 02 {what}/{per} về cải cách hành chính.")
    assert (found.op, found.value, found.unit) == (">=", "2", "count")
    assert (found.phrase, found.recurrence) == (f"{what} về cải cách hành chính", recurrence)
    # (a rate what was counted before has is no count of its own)
    (services,) = readings("Phấn đấu cung cấp 982 dịch vụ công có tối thiểu 1.000 hồ sơ/năm.")
    assert services.value == "982"


@pytest.mark.parametrize("verb", ["kiểm tra", "thanh tra", "giám sát", "khảo sát"])
@pytest.mark.parametrize("opening", ["", "Thực hiện ", "Tổ chức "])
def test_the_units_a_count_or_a_share_names_are_inspected(opening: str, verb: str) -> None:
    """ "Kiểm tra công tác … tại ít nhất 10 cơ quan, đơn vị": the units, inspected (before,
    "cơ quan, đơn vị" alone); "… đối với ít nhất 30% xã, phường" too."""
    said = f"{opening}{verb}" if opening else verb.capitalize()
    (count,) = readings(f"{said} công tác cải cách hành chính tại ít nhất 10 cơ quan, đơn vị.")
    assert (count.value, count.unit) == ("10", "count")
    assert count.phrase == f"cơ quan, đơn vị được {verb} công tác cải cách hành chính"
    (share,) = readings(f"{said} công tác cải cách hành chính đối với ít nhất 30% xã, phường.")
    assert (share.value, share.unit) == ("30", "percent")
    assert share.phrase == f"xã, phường được {verb} công tác cải cách hành chính"
    # (what is applied to things is no inspection of units: "Áp dụng … đối với 100% văn bản")
    (applied,) = readings("Áp dụng chữ ký số đối với 100% văn bản đi.")
    assert applied.phrase == "văn bản đi"


@pytest.mark.parametrize(
    "measure",
    [
        "Số lượng thủ tục hành chính được cắt giảm, đơn giản hóa",
        "Thủ tục hành chính được cắt giảm, đơn giản hóa",
        "Số thủ tục hành chính được bãi bỏ, đơn giản hóa",
    ],
)
def test_what_was_cut_reaching_a_share_is_no_cut(measure: str) -> None:
    """ "Số lượng thủ tục … được cắt giảm, đơn giản hóa đạt ít nhất 20% tổng số …": the share
    cut reaches 20 % (before, a cut by 20 %); "Cắt giảm ít nhất 20% thủ tục" is a cut."""
    (found,) = readings(f"{measure} đạt ít nhất 20% tổng số thủ tục hành chính.")
    assert (found.op, found.value, found.unit) == (">=", "20", "percent")
    assert found.phrase.startswith(measure)
    (cut,) = readings("Cắt giảm, đơn giản hóa ít nhất 20% thủ tục hành chính.")
    assert (cut.op, cut.value) == ("change_decrease", "20")


def test_verbs_listed_share_what_follows_the_last() -> None:
    """ "100% kết quả … được số hóa, ký số và lưu trữ điện tử trên Hệ thống …": one target,
    each verb acting on the same (before, two: "được số hóa, ký số" and "lưu trữ …")."""
    (found,) = readings(
        "100% kết quả giải quyết thủ tục hành chính được số hóa, ký số và lưu trữ điện tử trên "
        "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."
    )
    assert found.phrase.endswith("được số hóa, ký số và lưu trữ điện tử trên Hệ thống thông tin "
                                 "giải quyết thủ tục hành chính của tỉnh")  # fmt: skip
    # (two predicates, each with what completes it, stay two)
    assert len(readings(
        "100% văn bản được thực hiện dưới dạng điện tử và được ký số bởi chữ ký chuyên dùng."
    )) == 2  # fmt: skip


@pytest.mark.parametrize("graded", ["xếp loại", "kết quả xếp loại"])
def test_the_year_of_a_graded_measure_is_its_period(graded: str) -> None:
    """ "xếp loại mức độ hoàn thành nhiệm vụ … năm 2026 của xã đạt loại Tốt": the year is
    the period, no part of the measure (as "Chỉ số PAPI năm 2026 của tỉnh")."""
    (found,) = readings(
        f"Phấn đấu {graded} mức độ hoàn thành nhiệm vụ cải cách hành chính năm 2026 của xã "
        "đạt loại Tốt trở lên."
    )
    assert (found.op, found.period) == ("ordinal_at_least", "2026")
    assert found.phrase == f"{graded} mức độ hoàn thành nhiệm vụ cải cách hành chính của xã"


@pytest.mark.parametrize(
    "against", ["so với số biên chế được giao năm 2022", "so với tổng số được giao năm 2022"]
)
def test_the_year_of_what_a_change_is_measured_against_is_no_period(against: str) -> None:
    """ "Tinh giản biên chế tối thiểu 5% so với số biên chế được giao năm 2022": 2022 is the
    baseline's year (before, the target's period); a time said after it still is one."""
    (found,) = readings(f"Tinh giản biên chế tối thiểu 5% {against}.")
    assert (found.op, found.value, found.period) == ("change_decrease", "5", None)
    (timed,) = readings("Giảm 10% chi phí so với năm trước trong năm 2026.")
    assert (timed.op, timed.period) == ("change_decrease", "2026")


@pytest.mark.parametrize("tier", ["đối với cấp xã", "ở cấp xã", "tại cấp xã"])
def test_an_item_goes_as_the_item_before_it_that_nothing_committed(tier: str) -> None:
    """ "Tỷ lệ … đạt 100% đối với cấp tỉnh; 90% đối với cấp xã": neither item commits, so
    neither is a target (before, the second was, the first unread) — as a report writes
    them; a commitment in the sentence, a floor in an item too, makes both targets."""
    text = f"Tỷ lệ hồ sơ được số hóa đạt 100% đối với cấp tỉnh; 90% {tier}."
    draft = extract(text)
    assert draft.targets == ()
    assert [u.reason for u in draft.unread] == [NO_COMMITMENT, NO_COMMITMENT]
    assert [(r.level, r.value) for r in readings(f"Phấn đấu {text[0].lower()}{text[1:]}")] == [
        ("province", "100"),
        ("commune", "90"),
    ]
    floored = readings(f"Tỷ lệ hồ sơ được số hóa đạt 100% đối với cấp tỉnh; tối thiểu 90% {tier}.")
    assert [(r.level, r.value) for r in floored] == [("province", "100"), ("commune", "90")]


@pytest.mark.parametrize("at", ["tại", "ở"])
def test_units_named_before_each_figure_are_its_own(at: str) -> None:
    """ "Tỷ lệ … tại các sở, ban, ngành đạt 98%, tại UBND cấp huyện đạt 95%, tại UBND cấp xã
    đạt 90%": each figure at the units said before it (before, each took the units said
    after it, and the phrases ran on: "… tại UBND cấp huyện tại UBND cấp xã")."""
    agencies, districts, communes = readings(
        f"Tỷ lệ hồ sơ giải quyết đúng hạn {at} các sở, ban, ngành đạt tối thiểu 98%, {at} UBND "
        f"cấp huyện đạt tối thiểu 95%, {at} UBND cấp xã đạt tối thiểu 90%."
    )
    assert [(r.value, r.level) for r in (agencies, districts, communes)] == [
        ("98", "each_agency"),
        ("95", "each_district"),
        ("90", "each_commune"),
    ]
    measure = "Tỷ lệ hồ sơ giải quyết đúng hạn"
    assert [r.phrase for r in (agencies, districts, communes)] == [
        f"{measure} {at} các sở, ban, ngành",
        f"{measure} {at} UBND cấp huyện",
        f"{measure} {at} UBND cấp xã",
    ]
    # (a tier after units: the measure alone, at the tier)
    _, tier = readings(
        f"Tỷ lệ hồ sơ giải quyết đúng hạn {at} các sở, ban, ngành đạt tối thiểu 98%, {at} cấp "
        "huyện đạt tối thiểu 95%."
    )
    assert (tier.phrase, tier.level) == (measure, "district")
    # (the next figure's units after "và", no comma)
    first, _ = readings(
        f"Tỷ lệ hồ sơ giải quyết đúng hạn {at} các sở, ban, ngành đạt tối thiểu 98% và {at} UBND "
        "cấp huyện đạt tối thiểu 95%."
    )
    assert first.level == "each_agency"


def test_units_under_a_measure_said_before_a_colon() -> None:
    """ "Tỷ lệ …: các sở, ban, ngành đạt 98%, UBND cấp xã đạt 90%": the measure, of the units
    (before, "các sở, ban, ngành" and "UBND cấp xã", measuring nothing)."""
    agencies, communes = readings(
        "Tỷ lệ hồ sơ giải quyết đúng hạn: các sở, ban, ngành đạt tối thiểu 98%, UBND cấp xã đạt "
        "tối thiểu 90%."
    )
    assert agencies.phrase == "Tỷ lệ hồ sơ giải quyết đúng hạn của các sở, ban, ngành"
    assert (communes.phrase, communes.level) == (
        "Tỷ lệ hồ sơ giải quyết đúng hạn của UBND cấp xã",
        "each_commune",
    )


@pytest.mark.parametrize("at", ["tại ", ""])
def test_units_listed_after_a_figure_are_where_the_next_holds(at: str) -> None:
    """ "… tại các sở, ban, ngành đạt 98%, (tại) các xã, phường đạt 90%": the second figure at
    the communes, the units whole (before, "phường" alone was read, and the measure and the
    level were the agencies')."""
    agencies, communes = readings(
        f"Tỷ lệ hồ sơ giải quyết đúng hạn tại các sở, ban, ngành đạt tối thiểu 98%, {at}các xã, "
        "phường đạt tối thiểu 90%."
    )
    assert (agencies.level, communes.level) == ("each_agency", "commune")
    assert communes.phrase == "Tỷ lệ hồ sơ giải quyết đúng hạn tại các xã, phường"
    _, districts = readings(
        "Phấn đấu tỷ lệ hồ sơ trực tuyến của các sở, ban, ngành đạt 60%, các huyện, thị xã đạt 40%."
    )
    assert (districts.phrase, districts.level) == (
        "tỷ lệ hồ sơ trực tuyến của các huyện, thị xã",
        "district",
    )


@pytest.mark.parametrize("how", ["", "lần lượt ", "đều "])
def test_indices_listed_before_a_rise_each_rise(how: str) -> None:
    """ "Chỉ số PAR Index, SIPAS, PAPI, PCI của tỉnh (lần lượt) tăng ít nhất 2 bậc": a rise
    for each index, of the province (before, "PCI của tỉnh" alone, "lần lượt" in it)."""
    found = readings(f"Chỉ số PAR Index, SIPAS, PAPI, PCI của tỉnh {how}tăng ít nhất 2 bậc.")
    assert [(r.phrase, r.op, r.value) for r in found] == [
        (f"{name} của tỉnh", "rank_improve", "2")
        for name in ("Chỉ số PAR Index", "SIPAS", "PAPI", "PCI")
    ]
    listed = readings(f"Các chỉ số PAR Index, SIPAS của tỉnh {how}tăng ít nhất 2 bậc.")
    assert [r.phrase for r in listed] == ["PAR Index của tỉnh", "SIPAS của tỉnh"]
    # (a clause before that names no index is no part of it)
    (said,) = readings(
        "Tại hội nghị, tỉnh đề ra mục tiêu đến hết năm 2026, Chỉ số PAPI tăng 3 bậc."
    )
    assert said.phrase == "Chỉ số PAPI"


@pytest.mark.parametrize("respectively", ["lần lượt", "tương ứng"])
def test_kinds_of_a_measure_listed_take_their_figures_in_turn(respectively: str) -> None:
    """ "Tỷ lệ hồ sơ trực tuyến toàn trình, một phần lần lượt đạt 40% và 60%": each kind its
    figure (before, both figures of "… toàn trình, một phần lần lượt"); "tỷ lệ A và tỷ lệ B
    lần lượt đạt 60% và 40%" each measure its figure (before, both measures 60 %, then B
    40 %)."""
    whole, part = readings(
        f"Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình, một phần {respectively} đạt 40% và 60%."
    )
    assert (whole.phrase, whole.value) == ("tỷ lệ hồ sơ trực tuyến toàn trình", "40")
    assert (part.phrase, part.value) == ("tỷ lệ hồ sơ trực tuyến một phần", "60")
    early, due = readings(
        f"Phấn đấu tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn {respectively} đạt tối thiểu 30% "
        "và 98%."
    )
    assert [(early.phrase, early.value), (due.phrase, due.value)] == [
        ("tỷ lệ hồ sơ giải quyết trước hạn", "30"),
        ("tỷ lệ hồ sơ giải quyết đúng hạn", "98"),
    ]
    online, paid = readings(
        f"Phấn đấu tỷ lệ hồ sơ trực tuyến và tỷ lệ thanh toán trực tuyến {respectively} đạt 60% "
        "và 40%."
    )
    assert [(online.phrase, online.value), (paid.phrase, paid.value)] == [
        ("tỷ lệ hồ sơ trực tuyến", "60"),
        ("tỷ lệ thanh toán trực tuyến", "40"),
    ]
    # (as many measures as figures, or none is given its turn)
    uneven = readings(f"Phấn đấu tỷ lệ A, tỷ lệ B và tỷ lệ C {respectively} đạt 60% và 40%.")
    assert not any("each figure the measure named in its turn" in r.notes for r in uneven)
    # (figures in turn of one measure's years: the measure, without the words of turn)
    assert {r.phrase for r in readings(
        f"Phấn đấu Chỉ số SIPAS {respectively} đạt 85% và 90% trong năm 2026 và năm 2027."
    )} == {"Chỉ số SIPAS"}  # fmt: skip


@pytest.mark.parametrize(
    "verb",
    ["Thực hiện", "Triển khai", "Đẩy mạnh", "Tiếp tục thực hiện", "Duy trì", "Giữ vững"],
)
def test_a_directive_and_the_figure_it_is_to_reach(verb: str) -> None:
    """ "Thực hiện số hóa kết quả … đạt 100% đối với các thủ tục còn hiệu lực": what is to be
    done, and the figure it is to reach (before, unread: nothing committed); "Tỉnh đã thực
    hiện …" is a result."""
    (found,) = readings(
        f"{verb} số hóa kết quả giải quyết thủ tục hành chính đạt 100% đối với các thủ tục còn "
        "hiệu lực."
    )
    assert (found.phrase, found.op, found.value) == (
        "số hóa kết quả giải quyết thủ tục hành chính",
        ">=",
        "100",
    )
    assert readings(f"Tỉnh đã {verb.lower()} số hóa kết quả đạt 100%.") == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Kích hoạt tài khoản định danh điện tử cho tối thiểu 90% người dân trong độ tuổi.",
         "người dân trong độ tuổi được kích hoạt tài khoản định danh điện tử"),
        # a clause before it
        ("Từ nay đến hết năm 2026, hoàn thành cấp chữ ký số cho 100% cán bộ, công chức.",
         "cán bộ, công chức được cấp chữ ký số"),
        # who asks it done
        ("Chủ tịch UBND tỉnh yêu cầu hoàn thành việc cấp căn cước cho 100% người dân đủ điều "
         "kiện trước ngày 31/12/2026.", "người dân đủ điều kiện được cấp căn cước"),
        ("Cấp căn cước cho 100% công dân đủ điều kiện trên địa bàn.",
         "công dân đủ điều kiện trên địa bàn được cấp căn cước"),
        ("Tập huấn cho 100% cán bộ, công chức cấp xã.", "cán bộ, công chức cấp xã được tập huấn"),
        ("Hỗ trợ cho 80% hộ kinh doanh chuyển đổi số.",
         "hộ kinh doanh chuyển đổi số được hỗ trợ"),
    ],
)  # fmt: skip
def test_whom_a_share_is_done_for(sentence: str, phrase: str) -> None:
    """ "Kích hoạt tài khoản … cho tối thiểu 90% người dân": the people, for whom it is done
    (before, "người dân …" alone, or "công dân … cấp căn cước" as if they did it)."""
    (found,) = readings(sentence)
    assert (found.unit, found.phrase) == ("percent", phrase)


@pytest.mark.parametrize(("value", "level"), [("100", "each_commune"), ("80", "commune")])
def test_an_item_after_a_share_of_units_is_a_share_of_them(value: str, level: str) -> None:
    """ "… có 50% xã, phường thành lập Tổ …; đến năm 2027 đạt 100%": the second item is a share
    of the communes too, each of them at 100 % (before, the issuer's own figure)."""
    first, second = readings(
        "Phấn đấu đến hết năm 2026 có 50% xã, phường thành lập Tổ công nghệ số cộng đồng; đến "
        f"năm 2027 đạt {value}%."
    )
    assert first.level == "commune"
    assert (second.phrase, second.level, second.period) == (first.phrase, level, "2027")


@pytest.mark.parametrize(
    "role", ["chủ trì", "cơ quan chủ trì", "đơn vị thực hiện", "phối hợp", "trách nhiệm"]
)
def test_who_does_a_task_labelled_in_its_line(role: str) -> None:
    """ "Tổ chức tập huấn …; chủ trì: Văn phòng HĐND và UBND xã; thời gian: tháng 5/2026": a
    task, due at the end of May (before, "…; chủ trì:" was taken for a lead and the task was
    unread)."""
    (found,) = readings(
        f"Tổ chức tập huấn kỹ năng số cho cán bộ, công chức; {role}: Văn phòng HĐND và UBND xã; "
        "thời gian: tháng 5/2026."
    )
    assert (found.op, found.phrase, found.deadline) == (
        "yes",
        "tập huấn kỹ năng số cho cán bộ, công chức",
        date(2026, 5, 31),
    )


@pytest.mark.parametrize("verb", ["Tổng hợp", "Đánh giá", "Báo cáo"])
def test_results_a_task_acts_on_are_no_report(verb: str) -> None:
    """ "Tổng hợp kết quả, báo cáo Sở Nội vụ trước ngày 10/12/2026": a task (before, "kết quả,"
    was read as a report's "Kết quả, …" and nothing was read); "Kết quả, 100% hồ sơ …" still
    tells a result."""
    (found,) = readings(f"{verb} kết quả, báo cáo Sở Nội vụ trước ngày 10/12/2026.")
    assert (found.op, found.deadline) == ("yes", date(2026, 12, 10))
    assert "kết quả" in found.phrase
    assert readings("Kết quả, 100% hồ sơ được giải quyết đúng hạn.") == []


@pytest.mark.parametrize("graded", ["cán bộ, công chức", "chất lượng cán bộ, công chức"])
def test_an_evaluation_and_a_grading_listed_are_both_kept(graded: str) -> None:
    """ "Đánh giá, xếp loại cán bộ, công chức trước ngày 15/12/2026": the verbs listed, each
    kept (before, "xếp loại …" alone)."""
    (found,) = readings(f"Đánh giá, xếp loại {graded} trước ngày 15/12/2026.")
    assert (found.phrase, found.deadline) == (f"Đánh giá, xếp loại {graded}", date(2026, 12, 15))


def test_an_evaluation_due_is_a_task() -> None:
    """ "Đánh giá kết quả chuyển đổi số năm 2026, báo cáo UBND tỉnh trước ngày 15/12/2026": the
    evaluation is the task (before, "báo cáo UBND tỉnh", the report of it)."""
    (found,) = readings(
        "Đánh giá kết quả chuyển đổi số năm 2026, báo cáo UBND tỉnh trước ngày 15/12/2026."
    )
    assert (found.phrase, found.deadline) == ("kết quả chuyển đổi số", date(2026, 12, 15))


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("Không có văn bản trái pháp luật.", "văn bản trái pháp luật"),
        ("Phấn đấu không có vụ việc khiếu nại vượt cấp.", "vụ việc khiếu nại vượt cấp"),
        ("Bảo đảm không có sự cố mất an toàn thông tin nghiêm trọng.",
         "sự cố mất an toàn thông tin nghiêm trọng"),
        ("Phấn đấu không có đơn thư tồn đọng.", "đơn thư tồn đọng"),
        ("Phấn đấu không có sai sót trong giải quyết hồ sơ.", "sai sót trong giải quyết hồ sơ"),
        ("Không có phản ánh, kiến nghị quá hạn.", "phản ánh, kiến nghị quá hạn"),
        ("Không có khiếu nại vượt cấp.", "khiếu nại vượt cấp"),
    ],
)  # fmt: skip
def test_none_of_documents_cases_or_incidents(said: str, what: str) -> None:
    """ "Không có văn bản trái pháp luật" in a list of targets, "Phấn đấu không có vụ việc …":
    none of them (before, unread); a past year that had none told a result."""
    (found,) = readings(f"III. CHỈ TIÊU\n- {said}")
    assert (found.phrase, found.op, found.value) == (what, "<=", "0")
    told = extract("Năm 2025, toàn tỉnh không có văn bản trái pháp luật.", year=2026)
    assert told.targets == ()


def test_with_whom_a_thing_is_done_is_no_level() -> None:
    """ "100% cuộc họp của UBND tỉnh với UBND cấp xã được tổ chức trực tuyến": the meetings,
    not each commune's (before, each_commune)."""
    (found,) = readings("100% cuộc họp của UBND tỉnh với UBND cấp xã được tổ chức trực tuyến.")
    assert found.level == "self"
    (each,) = readings("100% UBND cấp xã kết nối với UBND tỉnh qua hệ thống họp trực tuyến.")
    assert each.level == "each_commune"


@pytest.mark.parametrize(
    ("graded", "reached"),
    [
        ("cán bộ, công chức, viên chức được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên",
         "đạt từ 80% trở lên"),
        ("cơ quan, đơn vị xếp loại Tốt trở lên", "đạt tối thiểu 80%"),
        ("xã xếp loại Khá trở lên", "là 80%"),
    ],
)  # fmt: skip
def test_a_grade_inside_a_rate_is_part_of_what_it_measures(graded: str, reached: str) -> None:
    """ "Tỷ lệ cán bộ … xếp loại hoàn thành tốt nhiệm vụ trở lên đạt từ 80% trở lên": one
    rate, the grade part of it (before, a grade target of its own beside the rate)."""
    (found,) = readings(f"Phấn đấu tỷ lệ {graded} {reached}.")
    assert (found.op, found.value, found.unit) == (">=", "80", "percent")
    assert found.phrase == f"tỷ lệ {graded}"
    # (a grade said of an index, and a figure after it, stay two; so do a rate's grade and
    # another figure after it)
    assert (
        len(readings("Phấn đấu Chỉ số PAR Index của xã đạt từ 85 điểm trở lên, xếp loại Tốt.")) == 2
    )
    assert len(readings("Phấn đấu Chỉ số SIPAS xếp loại Tốt trở lên đạt trên 85%.")) == 2
    graded_rate, digitised = readings(
        "Phấn đấu tỷ lệ giải quyết hồ sơ của xã xếp loại Tốt, 100% hồ sơ được số hóa."
    )
    assert (graded_rate.op, digitised.value) == ("ordinal_at_least", "100")


def test_the_floor_of_a_grade_counted_commits_no_figure() -> None:
    """ "Tỷ lệ cán bộ, công chức xếp loại hoàn thành tốt nhiệm vụ trở lên năm 2025 đạt 92%" in a
    text of 2026: a result ("trở lên" is the floor of the grade counted, not of the figure;
    before, a grade and a share of 2025 were read); "… đạt 95,6%" after a directive's verb is
    one too."""
    told = extract(
        "Tỷ lệ cán bộ, công chức xếp loại hoàn thành tốt nhiệm vụ trở lên năm 2025 đạt 92%.",
        year=2026,
    )
    assert told.targets == ()
    assert readings("Thực hiện số hóa kết quả giải quyết thủ tục hành chính đạt 95,6%.") == []
    # (the rate of a year to come, the grade part of it)
    (rate,) = extract(
        "Phấn đấu tỷ lệ cán bộ, công chức xếp loại hoàn thành tốt nhiệm vụ trở lên năm 2026 đạt "
        "92%.",
        year=2026,
    ).targets
    assert (rate.reading.op, rate.reading.period) == (">=", "2026")
    # (a floor of the figure still commits it)
    (floor,) = readings("Tỷ lệ hồ sơ trực tuyến đạt 50% trở lên.")
    assert (floor.op, floor.value) == (">=", "50")


def test_a_task_told_done_in_a_year_past_is_no_task() -> None:
    """ "Tổng kết năm 2025 đã được tổ chức vào ngày 25/12/2025" in a text of 2026: done (before,
    a task "đã được tổ chức"); "… chấm dứt … đối với các thủ tục đã cung cấp …" stays a task."""
    assert (
        extract("Tổng kết năm 2025 đã được tổ chức vào ngày 25/12/2025.", year=2026).targets == ()
    )
    (task,) = extract(
        "Đến hết ngày 31/12/2026, chấm dứt việc tiếp nhận hồ sơ giấy đối với các thủ tục đã "
        "cung cấp trực tuyến toàn trình.",
        year=2026,
    ).targets
    assert task.reading.deadline == date(2026, 12, 31)


@pytest.mark.parametrize("how_many", ["số", "số lượng"])
def test_a_cut_in_the_number_of_things_of_kinds_listed_is_one(how_many: str) -> None:
    """ "Giảm tối thiểu 20% số cuộc họp, hội nghị so với năm 2025": one cut of the number of
    both (before, a cut of "số cuộc họp" and one of "hội nghị"); measures listed stay one
    cut each."""
    (found,) = readings(f"Giảm tối thiểu 20% {how_many} cuộc họp, hội nghị so với năm 2025.")
    assert (found.op, found.phrase) == ("change_decrease", f"{how_many} cuộc họp, hội nghị")
    cuts = readings(f"Giảm 20% {how_many} hồ sơ trễ hạn, thời gian giải quyết.")
    assert [r.phrase for r in cuts] == [f"{how_many} hồ sơ trễ hạn", "thời gian giải quyết"]


@pytest.mark.parametrize("verb", ["sử dụng", "tham gia", "biết"])
def test_one_thing_each_unit_of_a_share_uses_is_part_of_it(verb: str) -> None:
    """ "… có 60% trở lên số hộ gia đình trên địa bàn sử dụng ít nhất 01 dịch vụ số": one share,
    what each household uses part of it (before, a second target, at least one "dịch vụ
    số")."""
    (found,) = readings(
        f"Đến năm 2026, có 60% trở lên số hộ gia đình trên địa bàn {verb} ít nhất 01 dịch vụ số."
    )
    assert (found.value, found.unit) == ("60", "percent")
    assert found.phrase.endswith(f"{verb} ít nhất 01 dịch vụ số")
    (more,) = readings("Phấn đấu 60% hộ gia đình sử dụng ít nhất 05 dịch vụ số.")
    assert more.phrase == "hộ gia đình sử dụng ít nhất 05 dịch vụ số"
    # (a count in a clause of its own stays its own)
    assert len(readings("Phấn đấu 60% hộ gia đình có điện thoại, tổ chức ít nhất 05 lớp.")) == 2


def test_what_is_completed_for_the_units_of_a_share() -> None:
    """ "Hoàn thành việc cấp mã định danh điện tử cho 100% cơ quan, tổ chức …": those it is done
    for, "được cấp …" (before, "được hoàn thành việc cấp …")."""
    (found,) = readings(
        "Hoàn thành việc cấp mã định danh điện tử cho 100% cơ quan, tổ chức trên địa bàn trước "
        "ngày 30/6/2026."
    )
    assert found.phrase == "cơ quan, tổ chức trên địa bàn được cấp mã định danh điện tử"


@pytest.mark.parametrize(
    ("sentence", "phrase", "period", "level"),
    [
        ("Đại hội sẽ tổng kết nhiệm kỳ 2020-2025 và đặt mục tiêu đến năm 2030 trở thành thành "
         "phố trực thuộc Trung ương.", "trở thành thành phố trực thuộc Trung ương", "2030", "self"),
        ("Quyết định xác lập lộ trình từng bước hiện thực hóa mục tiêu trở thành thành phố trực "
         "thuộc Trung ương vào năm 2030.", "trở thành thành phố trực thuộc Trung ương", "2030",
         "self"),
        ("Mục tiêu đến năm 2025, thị trấn Phố Lu trở thành đô thị loại IV.",
         "thị trấn Phố Lu trở thành đô thị loại IV", "2025", "commune"),
    ],
)  # fmt: skip
def test_a_unit_to_become_a_city(sentence: str, phrase: str, period: str, level: str) -> None:
    """ "đặt mục tiêu đến năm 2030 trở thành thành phố trực thuộc Trung ương": a status to
    reach in the time said nearest it, not the term named before (before, unread)."""
    (found,) = extract(sentence, year=2025).targets
    reading = found.reading
    assert (reading.op, reading.phrase, reading.period, reading.level) == (
        "yes",
        phrase,
        period,
        level,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2020, thành phố Huế đã trở thành thành phố trực thuộc Trung ương.",
        "Phấn đấu đưa chuyển đổi số trở thành động lực tăng trưởng vào năm 2030.",
        "Phấn đấu đến năm 2030, thị xã Sa Pa trở thành thành phố du lịch.",
        "Đà Nẵng đặt mục tiêu trở thành thành phố thông minh vào năm 2030.",
    ],
)
def test_what_becomes_no_tier_is_no_status(sentence: str) -> None:
    """A status reached already, or one that is no tier of the state, is no target."""
    assert extract(sentence, year=2025).targets == ()


@pytest.mark.parametrize(
    ("sentence", "phrase", "op", "value", "recurrence"),
    [
        ("Phấn đấu đến năm 2030, tỷ suất sinh thô giảm 0,2%o/năm.", "tỷ suất sinh thô",
         "change_decrease", "0.2", "yearly"),
        ("Tỷ lệ tăng dân số tự nhiên dưới 11‰.", "Tỷ lệ tăng dân số tự nhiên", "<", "11", None),
        # (a page's rendering of the sign, "%0"; the verb opening the item is no part)
        ("Các chỉ tiêu chủ yếu:\n- giảm tỷ suất sinh thô 0,30%0/năm", "tỷ suất sinh thô",
         "change_decrease", "0.3", "yearly"),
    ],
)  # fmt: skip
def test_a_rate_per_mille(
    sentence: str, phrase: str, op: str, value: str, recurrence: str | None
) -> None:
    """ "dưới 11‰", "giảm 0,2%o/năm": so many per thousand, a count (the schema has no unit
    per mille), read as a percentage is (before, "11%o" was 11 % of "o", and "‰" unread)."""
    (found,) = readings(sentence)
    assert (found.phrase, found.op, found.value, found.unit, found.recurrence) == (
        phrase,
        op,
        value,
        "count",
        recurrence,
    )
    assert "a rate per mille (‰)" in found.notes


def test_the_yardstick_after_a_cut_is_no_measure() -> None:
    """ "Giảm tỷ lệ hộ nghèo 1,5%/năm theo chuẩn nghèo đa chiều": the rate before the figure
    is measured, not the standard it is counted by (before, "theo chuẩn nghèo đa chiều")."""
    (found,) = readings("Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm theo chuẩn nghèo đa chiều.")
    assert (found.phrase, found.op, found.recurrence) == (
        "tỷ lệ hộ nghèo",
        "change_decrease",
        "yearly",
    )


def test_a_share_in_the_whole_named_after_its_preposition() -> None:
    """ "… chiếm 2% trong tổng số doanh nghiệp …": the part's share of the whole, the
    preposition said once (before, "… trong trong tổng số …")."""
    (found,) = readings(
        "Phấn đấu đến năm 2025, số doanh nghiệp công nghệ số chiếm 2% trong tổng số doanh "
        "nghiệp của tỉnh."
    )
    assert found.phrase == (
        "tỷ trọng số doanh nghiệp công nghệ số trong tổng số doanh nghiệp của tỉnh"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo dự báo, năm 2026 tỷ lệ hồ sơ trực tuyến sẽ đạt khoảng 70%.",
        "Trung tâm Chứng thực điện tử quốc gia ước tính, để đạt mục tiêu này, trung bình mỗi "
        "tháng cần cấp thêm khoảng 2 triệu chữ ký số.",
        "Dự báo đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%.",
    ],
)
def test_an_estimate_is_no_target(sentence: str) -> None:
    """A sentence that tells an estimate or a forecast is none (before, "… cần cấp thêm khoảng
    2 triệu chữ ký số" was a task, "sẽ đạt khoảng 70%" a figure)."""
    draft = extract(sentence, year=2026)
    assert draft.targets == ()
    assert [u.reason for u in draft.unread] == [
        "tells an estimate or a forecast (ước tính, theo dự báo …), no target"
    ]


def test_the_work_of_forecasting_is_no_estimate() -> None:
    """Forecasting named as work to do is no estimate told: the sentence's figure is read."""
    (found,) = readings(
        "Nâng cao chất lượng công tác dự báo, bảo đảm 100% hồ sơ được giải quyết đúng hạn."
    )
    assert found.value == "100"


def test_what_a_rule_grants_is_no_target() -> None:
    """ "sớm ban hành quy định miễn 100% phí, lệ phí …": what the rule to be made grants, no
    figure to reach (before, 100 % of "phí, lệ phí …"); the cut asked for is still read."""
    assert (
        readings(
            "Bí thư yêu cầu nghiên cứu, trình cấp có thẩm quyền xem xét, sớm ban hành quy định "
            "miễn 100% phí, lệ phí trong thực hiện dịch vụ công trực tuyến toàn trình."
        )
        == []
    )
    (share,) = readings("Phấn đấu 100% hồ sơ được miễn phí khi thực hiện dịch vụ công trực tuyến.")
    assert (share.op, share.value) == (">=", "100")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the targets a congress agreed on, then named
        ("Đại hội thống nhất 29 chỉ tiêu chủ yếu, trong đó đáng chú ý:\n"
         "- GRDP bình quân đầu người đạt trên 250 triệu đồng", "250000000"),
        # a resolution's targets after its colon; a scale ending the clause names no noun
        ("Nghị quyết về nhiệm vụ 6 tháng cuối năm 2025 với 20 chỉ tiêu chủ yếu là: Thu nhập "
         "bình quân đầu người đạt 72 triệu", "72000000"),
        # scales multiplied
        ("Phấn đấu đến năm 2030, tổng sản phẩm trên địa bàn đạt trên 1,2 triệu tỷ đồng.",
         "1200000000000000"),
        ("Phấn đấu tổng vốn đầu tư toàn xã hội đạt 300 nghìn tỷ đồng.", "300000000000000"),
    ],
)  # fmt: skip
def test_amounts_of_targets_agreed_on(text: str, value: str) -> None:
    """ "thống nhất 29 chỉ tiêu chủ yếu", "… với 20 chỉ tiêu chủ yếu là:" commit what follows
    (before, a report); "1,2 triệu tỷ đồng" is 1.2 × 10¹⁵ and "đạt 72 triệu" 72 × 10⁶ (before,
    1 200 000 and 72)."""
    (found,) = readings(text)
    assert (found.value, found.unit) == (value, "count")


def test_money_a_year_is_no_recurrence() -> None:
    """ "thu nhập … đạt 150 triệu đồng/năm": an income's own unit, not a target each year
    (before, yearly); "02 cuộc/năm" still recurs, as does a revenue of so much a year (see
    test_an_amount_after_a_growth_rate_is_the_aggregate_s)."""
    (income,) = readings(
        "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 150 triệu đồng/năm."
    )
    assert (income.value, income.recurrence) == ("150000000", None)
    (meetings,) = readings("Phấn đấu tổ chức tối thiểu 02 cuộc/năm đối thoại với doanh nghiệp.")
    assert meetings.recurrence == "yearly"


def test_a_rate_after_a_count_is_its_own() -> None:
    """ "… giải quyết việc làm mới cho 566 lao động, tỷ lệ lao động qua đào tạo đạt 81%": a
    measure of its own after the comma, not what each one counted reaches (before, unread);
    "có ít nhất 1 khu phố, ấp đạt 100% tiêu chí" still is."""
    found = readings(
        "Các chỉ tiêu chủ yếu năm 2026 là: giải quyết việc làm mới cho 566 lao động, tỷ lệ lao "
        "động qua đào tạo đạt 81%."
    )
    assert [(r.value, r.unit) for r in found] == [("566", "count"), ("81", "percent")]
    each = readings(
        "Phấn đấu mỗi xã có ít nhất 1 khu phố, ấp đạt 100% tiêu chí khu dân cư kiểu mẫu."
    )
    assert [r.unit for r in each] == ["count"]


def test_a_share_restated_as_a_count_is_one_target() -> None:
    """ "… giảm tỷ lệ hộ nghèo đa chiều 4,7%, tương ứng giảm 8.493 hộ nghèo": the count says
    the cut again, no target of its own (before, a second cut of 8 493 households)."""
    found = readings(
        "Năm 2025, toàn tỉnh phấn đấu tiếp tục giảm tỷ lệ hộ nghèo đa chiều 4,7%, tương ứng giảm "
        "8.493 hộ nghèo và cận nghèo."
    )
    assert [(r.op, r.value, r.unit) for r in found] == [("change_decrease", "4.7", "percent")]


def test_a_line_that_only_strives_leads_the_next() -> None:
    """A line of "Phấn đấu" alone, its colon left out, leads the line after it, as "Huyện phấn
    đấu" does (before, a target phrase without a figure, and the figure binding)."""
    (found,) = readings(
        "Phấn đấu\n100% các đơn vị cung ứng dịch vụ điện, nước triển khai thu cước theo hình "
        "thức không dùng tiền mặt."
    )
    assert (found.value, found.aspirational) == ("100", True)


def test_how_often_is_said_of_the_figure_beside_it() -> None:
    """ "… đạt hơn 1.500 tỷ đồng, thu ngân sách hằng năm tăng 10 - 12%": "hằng năm" is the
    rise's, said in its part of the clause, not the amount's (before, both yearly); said
    apart from any figure ("Hằng năm, …"), it is every figure's."""
    amount, rise = readings(
        "Một số chỉ tiêu cụ thể như: huy động vốn đầu tư phát triển 5 năm đạt hơn 1.500 tỷ "
        "đồng, thu ngân sách hằng năm tăng 10 - 12%."
    )
    assert (amount.recurrence, rise.recurrence) == (None, "yearly")
    found = readings("Hằng năm, 100% cơ quan được kiểm tra, 90% cán bộ được bồi dưỡng.")
    assert [r.recurrence for r in found] == ["yearly", "yearly"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "op", "value"),
    [
        ("Phấn đấu thu ngân sách tăng bình quân hằng năm 10%.",
         "thu ngân sách tăng bình quân hằng năm", ">=", "10"),
        ("Phấn đấu thu ngân sách tăng bình quân hằng năm 5-10%.",
         "thu ngân sách tăng bình quân hằng năm", "between", "5..10"),
        ("Phấn đấu GRDP tăng 8 - 9%.", "GRDP tăng", "between", "8..9"),
    ],
)  # fmt: skip
def test_a_growth_rate_each_year_is_named_with_its_growth(
    sentence: str, phrase: str, op: str, value: str
) -> None:
    """ "… tăng bình quân hằng năm 10%" and a range of growth rates are named with the growth,
    as "… tăng bình quân 10%/năm" was (before, the aggregate alone)."""
    (found,) = readings(sentence)
    assert (found.phrase, found.op, found.value) == (phrase, op, value)


def test_a_party_body_s_grade_is_a_band_to_reach() -> None:
    """ "Hàng năm, Đảng bộ hoàn thành tốt nhiệm vụ trở lên" under a congress's aims: the band
    "tốt" or better, each year (before, unread); a share of the bodies stays a share, a rate of
    them is no band, and a grade told of a year gone is none."""
    text = (
        "Nhiệm kỳ 2020-2025, Đảng bộ phấn đấu hoàn thành các chỉ tiêu chủ yếu:\n"
        "- Hàng năm, Đảng bộ hoàn thành tốt nhiệm vụ trở lên.\n"
        "- 100% chi bộ hoàn thành tốt nhiệm vụ.\n"
        "- Tỷ lệ chi bộ đạt hoàn thành tốt nhiệm vụ trên 80%."
    )
    _, pieces = read_document(text, issuer_level="commune", year=2020)
    found = [(r.op, r.value, r.recurrence) for p in pieces[1:] for r in p.targets]
    assert found == [
        ("ordinal_at_least", "tốt", "yearly"),
        (">=", "100", None),
        (">", "80", None),
    ]
    assert readings("Năm 2019, Đảng bộ xã hoàn thành tốt nhiệm vụ.") == []


@pytest.mark.parametrize(
    "tiers", ["cấp tỉnh, huyện và cấp xã", "cấp tỉnh, huyện, xã", "cấp tỉnh, cấp huyện và cấp xã"]
)
def test_tiers_listed_with_cap_said_once(tiers: str) -> None:
    """ "thủ tục hành chính cấp tỉnh, huyện và cấp xã": one target per tier, "cấp" said once
    for some (before, one target of the issuer's own)."""
    found = readings(
        f"Đến cuối năm 2027, 100% thủ tục hành chính {tiers} được giải quyết trực tuyến."
    )
    assert [r.level for r in found] == ["province", "district", "commune"]


@pytest.mark.parametrize("tiers", ["cấp tỉnh, huyện", "cấp tỉnh, cấp huyện"])
def test_tiers_a_system_serves_are_no_scope(tiers: str) -> None:
    """ "… trên Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh, cấp huyện": the
    system's name, no tier of the figure (before, one target per tier)."""
    (found,) = readings(
        "Phấn đấu 100% hồ sơ được tiếp nhận trên Hệ thống thông tin giải quyết thủ tục hành "
        f"chính {tiers}."
    )
    assert found.level == "self"


def test_what_is_left_is_at_most_its_figure() -> None:
    """ "Phấn đấu tỷ lệ hộ nghèo còn 2,25%": what is left, at most that (before, at least);
    "còn lại 20% …" (the rest) is no such level; told with nothing that commits, "… giảm
    (xuống) còn 1,8%" is a result, as a fall told of its subject is (before, a target)."""
    (left,) = readings("Phấn đấu tỷ lệ hộ nghèo còn 2,25%.")
    assert (left.op, left.value) == ("<=", "2.25")
    for told in ("giảm còn", "giảm xuống còn", "còn"):
        assert readings(f"Với sự nỗ lực của các cấp, tỷ lệ hộ nghèo {told} 1,8%.") == []
    (directed,) = readings("Giảm tỷ lệ hộ nghèo xuống còn 1,8%.")
    assert (directed.op, directed.value) == ("<=", "1.8")


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Tỷ lệ hồ sơ trực tuyến tăng lên 75%.", []),
        ("Tỷ lệ thanh toán trực tuyến được nâng lên 60%.", []),
        ("Nâng tỷ lệ hồ sơ trực tuyến lên 80%.", [(">=", "80")]),
        ("Phấn đấu tỷ lệ hồ sơ trực tuyến tăng lên 75%.", [(">=", "75")]),
    ],
)
def test_a_level_risen_to_needs_what_commits(sentence: str, read: list[tuple[str, str]]) -> None:
    """ "Tỷ lệ … tăng lên 75%" with nothing that commits is a result (before, a target); a
    clause that opens with the raise, or an aim, asks for the level."""
    assert [(r.op, r.value) for r in readings(sentence)] == read
    rest = readings("Phấn đấu 100% hồ sơ đúng hạn, còn lại 20% hồ sơ được giải quyết trước hạn.")
    assert [r.op for r in rest] == [">=", ">="]


def test_the_texts_that_set_a_figure_and_its_purpose_are_no_part_of_it() -> None:
    """ "… theo các Nghị quyết của Đảng, Quốc hội, Chính phủ đề ra" names the texts that set
    the figure, and "Để hoàn thành mục tiêu …," its purpose: neither is what it measures
    (before, both were kept in the phrase)."""
    (insured,) = readings(
        "Phấn đấu trên 95% dân số tham gia bảo hiểm y tế (BHYT) theo các Nghị quyết của Đảng, "
        "Quốc hội, Chính phủ đề ra."
    )
    assert insured.phrase == "dân số tham gia bảo hiểm y tế (BHYT)"
    (rate,) = readings(
        "Để hoàn thành mục tiêu của Chiến lược, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80% vào năm "
        "2027."
    )
    assert rate.phrase == "tỷ lệ hồ sơ trực tuyến"


def test_shares_of_schools_and_hospitals_share_their_predicate() -> None:
    """ "hơn 80% trường học, cơ sở giáo dục và 50% bệnh viện, cơ sở y tế … sử dụng nền tảng
    số": what the last share's units do, the first's do too (before, "trường học, cơ sở giáo
    dục" alone)."""
    schools, hospitals = readings(
        "Kế hoạch đặt mục tiêu đến hết năm 2027, hơn 80% trường học, cơ sở giáo dục và 50% bệnh "
        "viện, cơ sở y tế trên địa bàn tỉnh sử dụng nền tảng số để chuyển đổi số."
    )
    assert schools.phrase.startswith("trường học, cơ sở giáo dục ")
    assert schools.phrase.endswith("sử dụng nền tảng số để chuyển đổi số")
    assert hospitals.phrase.startswith("bệnh viện, cơ sở y tế")


def test_a_half_of_this_year_is_no_part_of_what_is_left() -> None:
    """ "… duy trì không có hộ nghèo trong 6 tháng cuối năm nay": the half is when, not what
    (before, "hộ nghèo trong 6 tháng cuối năm nay")."""
    _, pieces = read_document(
        "Phường Xuân Phương phấn đấu duy trì không có hộ nghèo trong 6 tháng cuối năm nay.",
        issuer_level="commune",
        year=2025,
    )
    (found,) = [r for p in pieces for r in p.targets]
    assert (found.phrase, found.op, found.period) == ("hộ nghèo", "<=", "2025-H2")


def test_the_rise_aimed_at_keeps_its_verb() -> None:
    """ "Đáng chú ý là mục tiêu tăng tổng thu …": the rise aimed at, not the words that point
    to it (before, "Đáng chú ý là mục tiêu tăng …")."""
    (found,) = readings(
        "Đáng chú ý là mục tiêu tăng tổng thu ngân sách nhà nước bình quân hằng năm 8-9%."
    )
    assert (found.phrase, found.value) == ("tăng tổng thu ngân sách nhà nước", "8..9")


def test_a_rate_per_so_many_people() -> None:
    """ "… tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân": so many for a thousand people,
    counted (before, unread); told of no commitment, none."""
    (found,) = readings("Phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân.")
    assert (found.phrase, found.op, found.value, found.unit) == (
        "tỷ lệ doanh nghiệp công nghệ số",
        ">",
        "0.7",
        "count",
    )
    assert found.notes == ("a rate per 1.000 people, counted",)
    assert readings("Năm 2024, tỷ lệ doanh nghiệp công nghệ số là 0,5/1.000 dân.") == []


def test_work_given_to_so_many_without_cho() -> None:
    """ "giải quyết việc làm hơn 1.200 lao động, xóa 100% nhà tạm": those given work, more than
    so many, without "cho" too, and the next figure's verb no part of them (before, unread)."""
    jobs, houses = readings(
        "Các chỉ tiêu chủ yếu: giải quyết việc làm hơn 1.200 lao động, xóa 100% nhà tạm."
    )
    assert (jobs.phrase, jobs.op, jobs.value) == ("lao động được giải quyết việc làm", ">", "1200")
    assert houses.value == "100"


def test_the_grade_of_those_a_share_counts_is_no_band_of_its_own() -> None:
    """ "… đảng viên xếp loại từ mức hoàn thành tốt nhiệm vụ trở lên đạt 98%": the share of
    those graded so, no "tỷ lệ" said (before, a band to reach beside the share)."""
    (found,) = readings(
        "Phấn đấu hằng năm đảng viên xếp loại từ mức hoàn thành tốt nhiệm vụ trở lên đạt 98%."
    )
    assert (found.op, found.value, found.unit) == (">=", "98", "percent")


def test_a_lead_that_names_its_list_is_no_task() -> None:
    """ "Phấn đấu hoàn thành các mục tiêu sau đến năm 2030:" over its items opens them, no
    task of its own (before, a task "các mục tiêu sau"); its year still dates them."""
    _, pieces = read_document(
        "Phấn đấu hoàn thành các mục tiêu sau đến năm 2030:\n- 100% hồ sơ được xử lý trực tuyến.",
        year=2026,
    )
    found = [r for p in pieces for r in p.targets]
    assert [(r.op, r.value, r.period) for r in found] == [(">=", "100", "2030")]


def test_statuses_to_keep_and_to_reach() -> None:
    """ "giữ vững danh hiệu xã nông thôn mới và đạt xã nông thôn mới nâng cao vào cuối năm
    2027": one status kept, one reached by its own date (before, one status of both, dated);
    "duy trì xã đạt tiêu chí quốc gia về y tế" is kept; told of a year gone, none."""
    _, pieces = read_document(
        "Các chỉ tiêu:\n- giữ vững danh hiệu xã nông thôn mới và đạt xã nông thôn mới nâng cao "
        "vào cuối năm 2027",
        issuer_level="commune",
        year=2026,
    )
    found = [(r.op, r.phrase, r.deadline) for p in pieces for r in p.targets]
    assert found == [
        ("yes", "giữ vững danh hiệu xã nông thôn mới", None),
        ("yes", "đạt xã nông thôn mới nâng cao", date(2027, 12, 31)),
    ]
    (kept,) = readings(
        "Nhiệm kỳ 2025-2030, xã đề ra 12 chỉ tiêu cụ thể:\n- duy trì xã đạt tiêu "
        "chí quốc gia về y tế"
    )
    assert (kept.op, kept.phrase, kept.period) == (
        "yes",
        "duy trì xã đạt tiêu chí quốc gia về y tế",
        "2025-2030",
    )
    assert extract("Năm 2024, xã duy trì danh hiệu xã nông thôn mới.", year=2026).targets == ()


def test_quotas_assigned_by_year_are_targets() -> None:
    """ "… được giao tỷ lệ bao phủ bảo hiểm y tế năm 2026 là 91,75%, năm 2027 là 92,50%": the
    quotas assigned, each in its year (before, a table of results, its figures measured to the
    hundredth); the same figures told with nothing assigning them stay results."""
    draft = extract(
        "Tỉnh được giao tỷ lệ bao phủ bảo hiểm y tế năm 2026 là 91,75%, năm 2027 là 92,50%.",
        year=2026,
    )
    found = [t.reading for t in draft.targets]
    assert [(r.value, r.period) for r in found] == [("91.75", "2026"), ("92.5", "2027")]
    told = "Tỷ lệ bao phủ bảo hiểm y tế năm 2026 là 91,75%, năm 2027 là 92,50%."
    assert extract(told, year=2026).targets == ()


def test_a_commune_reaching_the_standard_of_access_to_law() -> None:
    """ "Phấn đấu năm 2026, xã đạt chuẩn tiếp cận pháp luật": a status to reach (before,
    unread); told of a year gone, none."""
    (found,) = extract("Phấn đấu năm 2026, xã đạt chuẩn tiếp cận pháp luật.", year=2026).targets
    assert (found.reading.op, found.reading.period) == ("yes", "2026")
    assert extract("Năm 2025, xã đạt chuẩn tiếp cận pháp luật.", year=2026).targets == ()


def test_within_the_province_is_no_level_but_in_a_national_text() -> None:
    """ "… không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh": the issuer's own figure
    where the issuer is not given, or a commune (before, each province's); in a national
    text, each province's."""
    sentence = (
        "Phấn đấu 100% thủ tục hành chính được tiếp nhận, giải quyết không phụ thuộc vào địa "
        "giới hành chính trong phạm vi tỉnh."
    )
    (found,) = readings(sentence)
    assert found.level == "self"
    for issuer_level, level in (("commune", "self"), ("nation", "each_province")):
        _, pieces = read_document(sentence, issuer_level=issuer_level)
        assert [t.level for p in pieces for t in p.targets] == [level]
    # beside a tier named, that tier's alone (before, the tier's and each province's too)
    (tier,) = readings(
        "100% TTHC thuộc thẩm quyền giải quyết của cấp xã được tiếp nhận không phụ thuộc vào "
        "địa giới hành chính trong phạm vi tỉnh."
    )
    assert tier.level == "commune"


@pytest.mark.parametrize("floor", ["", "tối thiểu ", "trên "])
def test_a_directive_reaching_a_share_of_a_whole(floor: str) -> None:
    """ "Thực hiện thanh toán trực tuyến đạt tối thiểu 45% tổng số hồ sơ …": what is done, of the
    whole (before, "Thực hiện …" in the phrase)."""
    (found,) = readings(
        f"Thực hiện thanh toán trực tuyến đạt {floor}45% tổng số hồ sơ có nghĩa vụ tài chính."
    )
    assert found.phrase == "thanh toán trực tuyến trên tổng số hồ sơ có nghĩa vụ tài chính"


@pytest.mark.parametrize(
    "agencies",
    ["Đối với các cơ quan chuyên môn thuộc UBND huyện", "Đối với các phòng chuyên môn",
     "Đối với các phòng, ban chuyên môn thuộc UBND huyện"],
)  # fmt: skip
def test_a_lead_naming_the_agencies_binds_each_of_them(agencies: str) -> None:
    """ "Đối với các cơ quan chuyên môn thuộc UBND huyện:" over "- Tỷ lệ … đạt 100%": each
    agency's figure (before, the district's own)."""
    (found,) = readings(f"2. Chỉ tiêu\n{agencies}:\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.")
    assert found.level == "each_agency"


@pytest.mark.parametrize(
    ("said", "value", "recurrence"),
    [("04 đợt tuyên truyền, mỗi quý 01 đợt", "1", "quarterly"),
     ("12 buổi tập huấn, mỗi tháng 01 buổi", "1", "monthly"),
     ("ít nhất 24 tin, bài, hằng tháng 02 tin, bài", "2", "monthly")],
)  # fmt: skip
def test_a_count_spread_over_each_period(said: str, value: str, recurrence: str) -> None:
    """ "Tổ chức 04 đợt …, mỗi quý 01 đợt": one each quarter (before, 4 each quarter, the
    spread part of the phrase)."""
    (found,) = readings(f"Tổ chức {said}.")
    assert (found.value, found.recurrence) == (value, recurrence)
    assert "mỗi" not in found.phrase
    assert "hằng" not in found.phrase


@pytest.mark.parametrize(
    ("task", "phrase"),
    [
        ("Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền",
         "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền"),
        ("Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
         "Rà soát, hệ thống hóa văn bản quy phạm pháp luật"),
        ("Rà soát, điều chỉnh quy chế làm việc", "Rà soát, điều chỉnh quy chế làm việc"),
    ],
)  # fmt: skip
def test_verbs_listed_before_a_deadline_are_each_the_task(task: str, phrase: str) -> None:
    """ "Rà soát, đánh giá thủ tục … trước ngày …": both verbs, of one object (before, the
    second verb was read as a task of its own, "thủ tục hành chính" alone, or the first
    verb dropped)."""
    for said in (f"{task} trước ngày 31/12/2026.", f"{task}, hoàn thành trong quý IV/2026."):
        (found,) = extract(said).targets
        assert (found.reading.phrase, found.reading.deadline) == (phrase, date(2026, 12, 31))


def test_what_is_digitised_and_the_share_it_is_to_reach() -> None:
    """ "Số hóa hồ sơ … đạt 100% trong năm 2026": what is done opens the item, with the figure
    it is to reach (before, a task whose object held "đạt 100%"); to a decimal, a result."""
    (found,) = readings(
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100% trong năm 2026."
    )
    assert (found.phrase, found.op, found.value, found.period) == (
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        ">=",
        "100",
        "2026",
    )
    assert readings("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 96,5%.") == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Giải quyết 100% hồ sơ đúng hạn.", "hồ sơ được giải quyết đúng hạn"),
        ("Công bố, công khai 100% thủ tục hành chính thuộc thẩm quyền của xã.",
         "thủ tục hành chính thuộc thẩm quyền của xã được công bố, công khai"),
        ("Công khai 100% thủ tục hành chính trên Cổng Dịch vụ công quốc gia.",
         "thủ tục hành chính được công khai trên Cổng Dịch vụ công quốc gia"),
        ("Tiếp nhận, giải quyết 100% phản ánh, kiến nghị của người dân đúng thời hạn.",
         "phản ánh, kiến nghị của người dân được tiếp nhận, giải quyết đúng thời hạn"),
        ("Xử lý 100% văn bản đến trên phần mềm quản lý văn bản.",
         "văn bản đến được xử lý trên phần mềm quản lý văn bản"),
        ("Rà soát, đơn giản hóa ít nhất 20% thủ tục hành chính nội bộ.",
         "thủ tục hành chính nội bộ được rà soát, đơn giản hóa"),
        ("Năm 2026, cập nhật 100% thủ tục hành chính lên Cơ sở dữ liệu quốc gia.",
         "thủ tục hành chính được cập nhật lên Cơ sở dữ liệu quốc gia"),
        ("Thực hiện số hóa 100% hồ sơ tại Bộ phận Tiếp nhận và Trả kết quả các cấp.",
         "hồ sơ được số hóa tại Bộ phận Tiếp nhận và Trả kết quả các cấp"),
        ("Đào tạo, bồi dưỡng cho 100% công chức Bộ phận Một cửa.",
         "công chức Bộ phận Một cửa được đào tạo, bồi dưỡng"),
        ("Tiết kiệm tối thiểu 10% chi thường xuyên.", "chi thường xuyên được tiết kiệm"),
        ("Lưu trữ điện tử 100% hồ sơ công việc.", "hồ sơ công việc được lưu trữ điện tử"),
        ("Giải quyết trực tuyến 100% hồ sơ đăng ký kinh doanh.",
         "hồ sơ đăng ký kinh doanh được giải quyết trực tuyến"),
        ("Giải ngân 100% vốn đầu tư công.", "vốn đầu tư công được giải ngân"),
        # who strives, before the verb
        ("Huyện phấn đấu giải ngân 100% vốn đầu tư công.", "vốn đầu tư công được giải ngân"),
    ],
)  # fmt: skip
def test_what_is_done_to_the_things_a_share_counts(sentence: str, phrase: str) -> None:
    """ "Giải quyết 100% hồ sơ đúng hạn": the share is of the records so handled, "hồ sơ được
    giải quyết đúng hạn" (before, "hồ sơ đúng hạn": the verb was lost); a unit's name with
    "và" in it is no second predicate ("Bộ phận Tiếp nhận và Trả kết quả")."""
    (found,) = readings(sentence)
    assert (found.phrase, found.op) == (phrase, ">=")
    if not re.search(r"ít nhất|tối thiểu|phấn đấu", sentence, re.IGNORECASE):
        # (a floor commits, whatever the tense, as striving does)
        assert readings(f"Năm 2025, huyện đã {sentence[0].lower()}{sentence[1:]}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình lần lượt đạt 60% và 80% trong năm 2026 và "
        "năm 2027.",
        "Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình năm 2026 và năm 2027 tương ứng đạt 60% và 80%.",
        # (a year to come among them commits the figures)
        "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2026, 2027 lần lượt đạt 60% và 80%.",
    ],
)
def test_each_figure_in_turn_is_of_its_year(sentence: str) -> None:
    """Figures said in turn of years listed before or after them: each its year (before, both
    the first year's, or the years were part of the phrase)."""
    found = extract(sentence, year=2026).targets
    assert [(t.reading.phrase.lower(), t.reading.value, t.reading.period) for t in found] == [
        ("tỷ lệ hồ sơ trực tuyến toàn trình", "60", "2026"),
        ("tỷ lệ hồ sơ trực tuyến toàn trình", "80", "2027"),
    ]
    # (years gone, told in 2026: results)
    told = sentence.replace("Phấn đấu t", "T").replace("2026", "2024").replace("2027", "2025")
    assert extract(told, year=2026).targets == ()


def test_figures_in_turn_not_as_many_as_the_years_take_none_of_them() -> None:
    found = readings(
        "Phấn đấu tỷ lệ hồ sơ trực tuyến lần lượt đạt 60% và 80% trong các năm 2026, 2027 và 2028."
    )
    assert len(found) == 2
    assert not any("each figure the year named in its turn" in r.notes for r in found)


def test_years_in_turn_are_those_next_to_the_figures() -> None:
    found = extract(
        "Tiếp nối các năm 2024, 2025, phấn đấu tỷ lệ hồ sơ trực tuyến lần lượt đạt 60% và 80% "
        "trong năm 2026 và năm 2027.",
        year=2026,
    ).targets
    assert [(t.reading.value, t.reading.period) for t in found] == [
        ("60", "2026"),
        ("80", "2027"),
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Đến hết quý II/2026, 100% xã, phường phải hoàn thành việc cập nhật dữ liệu dân cư.",
         "xã, phường hoàn thành việc cập nhật dữ liệu dân cư"),
        ("Phấn đấu 100% cơ quan cần có phương án bảo đảm an toàn thông tin.",
         "cơ quan có phương án bảo đảm an toàn thông tin"),
        ("Phấn đấu 100% hồ sơ sẽ được số hóa.", "hồ sơ được số hóa"),
    ],
)  # fmt: skip
def test_the_duty_before_a_verb_is_no_part_of_the_measure(sentence: str, phrase: str) -> None:
    (found,) = readings(sentence)
    assert found.phrase == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%, trong đó lĩnh vực đất đai đạt 80%.",
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%, trong đó đối với lĩnh vực đất đai đạt 80%.",
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%; trong đó lĩnh vực đất đai đạt 80%.",
        # a field set apart
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%, riêng lĩnh vực đất đai đạt 80%.",
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%; riêng lĩnh vực đất đai đạt 80%.",
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%; riêng đối với lĩnh vực đất đai đạt 80%.",
    ],
)
def test_a_part_named_by_its_field_is_the_measure_in_that_field(sentence: str) -> None:
    """ "…, trong đó lĩnh vực đất đai đạt 80%": the measure before, in that field (before,
    "lĩnh vực đất đai" alone), after a comma or a semicolon."""
    _, part = readings(sentence)
    assert (part.phrase, part.value, part.base) == (
        "tỷ lệ hồ sơ trực tuyến trong lĩnh vực đất đai",
        "80",
        "tỷ lệ hồ sơ trực tuyến",
    )
    # (no figure before to be a part of: the field alone)
    assert part_phrase("lĩnh vực đất đai", "") == "lĩnh vực đất đai"


@pytest.mark.parametrize("opens", ["trong đó", "riêng"])
def test_fields_listed_in_a_part_are_all_of_its_field(opens: str) -> None:
    """ "…; riêng lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%": the fields listed, all
    of them (before, "riêng" opened a topic that ended at the first comma)."""
    _, part = readings(
        "Mức độ hài lòng về giải quyết TTHC đạt tối thiểu 90%; "
        f"{opens} lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%."
    )
    assert (part.phrase, part.value, part.base) == (
        "Mức độ hài lòng về giải quyết TTHC trong lĩnh vực đất đai, xây dựng, đầu tư",
        "85",
        "Mức độ hài lòng về giải quyết TTHC",
    )


def test_riêng_before_a_topic_still_opens_it() -> None:
    """ "Riêng chỉ số PAPI, …": a topic set apart, not a field, is what the figure measures."""
    (found,) = readings("Riêng chỉ số PAPI, tỉnh phấn đấu tăng ít nhất 2 bậc.")
    assert (found.phrase, found.op, found.value) == ("chỉ số PAPI", "rank_improve", "2")


@pytest.mark.parametrize(
    ("sentence", "value", "counted"),
    [
        ("Thu hút ít nhất 2.000 tỷ đồng vốn đầu tư.", "2000000000000", "tỷ đồng"),
        ("Huy động tối thiểu 500 triệu USD vốn đầu tư.", "500000000", "triệu USD"),
    ],
)
def test_money_counted_is_of_what_follows_its_currency(
    sentence: str, value: str, counted: str
) -> None:
    """ "2.000 tỷ đồng vốn đầu tư": so much money, of the investment (before, "đồng vốn đầu
    tư" was the measure)."""
    (found,) = readings(sentence)
    assert (found.phrase, found.op, found.value) == ("vốn đầu tư", ">=", value)
    assert f"an amount counted in {counted}" in found.notes


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện toàn tỉnh có 85% hồ sơ được số hóa, mục tiêu đến cuối năm là 100%.",
        "Hiện toàn tỉnh có 85% hồ sơ được số hóa, mục tiêu là 100%.",
    ],
)
def test_the_target_named_after_a_result_is_no_part_of_the_measure(sentence: str) -> None:
    """ "… có 85% hồ sơ được số hóa, mục tiêu … là 100%": the target is of the records
    digitised (before, "hồ sơ được số hóa, mục tiêu")."""
    (found,) = extract(sentence, year=2026).targets
    assert (found.reading.phrase, found.reading.value) == ("hồ sơ được số hóa", "100")


def test_who_aims_is_no_part_of_a_place_to_keep() -> None:
    """ "…, tỉnh đặt mục tiêu năm 2026 duy trì vị trí trong nhóm 10 …": no index named, no
    measure (before, the words of who aims were taken for it)."""
    (found,) = readings(
        "Với kết quả này, tỉnh đặt mục tiêu năm 2026 duy trì vị trí trong nhóm 10 tỉnh dẫn đầu."
    )
    assert (found.op, found.value, found.phrase) == ("rank_top", "10", "")
    (named,) = readings("Tỉnh đặt mục tiêu năm 2026 Chỉ số PAPI nằm trong nhóm 10 tỉnh dẫn đầu.")
    assert named.phrase == "Chỉ số PAPI"


def test_what_work_is_judged_by_is_no_source_of_results() -> None:
    """ "… đánh giá cán bộ theo kết quả, sản phẩm cụ thể": how work is judged, not where a
    report's figures come from (before, the sentence was read as a report)."""
    (found,) = readings(
        "Đổi mới phương thức đánh giá, 100% cơ quan, đơn vị thực hiện đánh giá cán bộ theo kết "
        "quả, sản phẩm cụ thể."
    )
    assert (found.op, found.value) == (">=", "100")
    for judged_by in ("công việc", "thực hiện nhiệm vụ", "đầu ra"):
        assert len(readings(f"100% cán bộ được đánh giá theo kết quả {judged_by}.")) == 1
    assert readings("Theo kết quả, 100% cơ quan, đơn vị thực hiện đánh giá cán bộ.") == []
    assert readings("Theo kết quả khảo sát, 92% người dân hài lòng.") == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Không để xảy ra tình trạng nhũng nhiễu, tiêu cực trong giải quyết thủ tục hành chính.",
         "nhũng nhiễu, tiêu cực trong giải quyết thủ tục hành chính"),
        ("Không để xảy ra trường hợp chậm trễ, đùn đẩy trách nhiệm; 100% hồ sơ đúng hạn.",
         "chậm trễ, đùn đẩy trách nhiệm"),
        # (a clause with a figure after the comma is no case of the list)
        ("Không để xảy ra tình trạng hồ sơ trễ hạn, phấn đấu 100% hồ sơ đúng hạn.",
         "hồ sơ trễ hạn"),
    ],
)  # fmt: skip
def test_each_case_none_of_which_is_let_happen(sentence: str, phrase: str) -> None:
    """ "Không để xảy ra tình trạng nhũng nhiễu, gây phiền hà …": none of the cases listed
    (before, "nhũng nhiễu" alone)."""
    found = readings(sentence)
    assert (found[0].phrase, found[0].op, found[0].value) == (phrase, "<=", "0")


def test_verbs_listed_inside_a_task_s_object_keep_it_whole() -> None:
    """ "… ban hành Quy chế đánh giá, xếp loại chất lượng cán bộ, công chức": one document,
    its name holding two verbs listed (before, "Quy chế đánh giá")."""
    (found,) = readings(
        "UBND tỉnh giao Sở Nội vụ chủ trì tham mưu ban hành Quy chế đánh giá, xếp loại chất "
        "lượng cán bộ, công chức, hoàn thành trước ngày 30/4/2026."
    )
    assert found.phrase == "Quy chế đánh giá, xếp loại chất lượng cán bộ, công chức"


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("báo cáo kết quả thực hiện về Sở Nội vụ",
         "báo cáo kết quả thực hiện về Sở Nội vụ"),
        ("báo cáo tình hình triển khai về Sở Nội vụ",
         "báo cáo tình hình triển khai về Sở Nội vụ"),
        ("báo cáo tiến độ về Sở Nội vụ", "báo cáo tiến độ về Sở Nội vụ"),
        # (what else is reported is named alone)
        ("báo cáo công tác cải cách hành chính", "công tác cải cách hành chính"),
    ],
)  # fmt: skip
def test_results_reported_are_named_with_the_report(said: str, phrase: str) -> None:
    """ "… báo cáo kết quả thực hiện về Sở Nội vụ trước ngày …": the report of the results
    (before, "kết quả thực hiện …", as if the results were the task)."""
    (found,) = readings(f"Các sở, ngành {said} trước ngày 15/12/2026.")
    assert found.phrase == phrase


@pytest.mark.parametrize(
    ("sentence", "phrase", "total", "each", "recurrence"),
    [
        ("Tổ chức 04 đợt kiểm tra công tác cải cách hành chính, hằng năm ít nhất 02 đợt.",
         "đợt kiểm tra công tác cải cách hành chính", "4", "2", "yearly"),
        ("Giai đoạn 2026-2030 tổ chức 10 lớp bồi dưỡng, mỗi năm tối thiểu 02 lớp.",
         "lớp bồi dưỡng", "10", "2", "yearly"),
        ("Tổ chức 06 cuộc đối thoại, hàng quý ít nhất 01 cuộc.", "cuộc đối thoại", "6", "1",
         "quarterly"),
    ],
)  # fmt: skip
def test_a_count_in_all_and_the_floor_of_each_period(
    sentence: str, phrase: str, total: str, each: str, recurrence: str
) -> None:
    """ "Tổ chức 04 đợt …, hằng năm ít nhất 02 đợt": four in all, at least two each year, of
    the same things (before, four each year, and two of "đợt")."""
    in_all, per_period = readings(sentence)
    assert (in_all.phrase, in_all.value, in_all.recurrence) == (phrase, total, None)
    assert (per_period.phrase, per_period.value, per_period.recurrence) == (
        phrase,
        each,
        recurrence,
    )
    # (a share after it is no floor of the same things; its "hằng năm" is the share's own)
    count, share = readings(
        "Tổ chức 04 đợt kiểm tra công tác cải cách hành chính, hằng năm ít nhất 50% cơ quan được "
        "kiểm tra."
    )
    assert (count.value, count.recurrence) == ("4", None)
    assert (share.phrase, share.recurrence) == ("cơ quan được kiểm tra", "yearly")


def test_the_middle_of_a_year_is_due_at_the_end_of_its_first_half() -> None:
    """ "Phấn đấu đến giữa năm 2027, 100% xã …": due by 30 June 2027 (before, the year as the
    period and "đến giữa" in the phrase)."""
    (found,) = readings(
        "Phấn đấu đến giữa năm 2027, 100% xã, phường có Trung tâm Phục vụ hành chính công đạt "
        "chuẩn."
    )
    assert (found.phrase, found.deadline, found.period) == (
        "xã, phường có Trung tâm Phục vụ hành chính công đạt chuẩn",
        date(2027, 6, 30),
        None,
    )
    # (said after the phrase, or before it with no comma)
    (after,) = readings("Phấn đấu 100% xã có Trung tâm đạt chuẩn đến giữa năm 2027.")
    (before,) = readings("Phấn đấu đến giữa năm 2027 tỷ lệ hồ sơ trực tuyến đạt 80%.")
    assert (after.phrase, after.deadline) == ("xã có Trung tâm đạt chuẩn", date(2027, 6, 30))
    assert (before.phrase, before.deadline) == ("tỷ lệ hồ sơ trực tuyến", date(2027, 6, 30))


def test_a_count_in_its_unit_alone_is_of_what_is_named_before() -> None:
    """ "Bố trí đủ số lượng công chức tại Trung tâm …, tối thiểu 05 người": five of the staff
    named before (before, "người" was the measure)."""
    (found,) = readings(
        "Sắp xếp, bố trí đủ số lượng công chức tại Trung tâm Phục vụ hành chính công, tối thiểu "
        "05 người."
    )
    assert (found.phrase, found.op, found.value) == (
        "số lượng công chức tại Trung tâm Phục vụ hành chính công",
        ">=",
        "5",
    )
    # (nothing named before: the unit stays)
    (alone,) = readings("Tập huấn cho ít nhất 500 người.")
    assert alone.phrase == "người"


def test_a_score_and_those_above_it_inside_a_share_are_kept() -> None:
    """ "80% cơ quan đạt điểm Chỉ số CCHC từ 85 điểm trở lên": the agencies scoring 85 or
    more (before, "trở lên" was dropped, as a floor of the share)."""
    (found,) = readings("Phấn đấu 80% cơ quan đạt điểm Chỉ số CCHC từ 85 điểm trở lên.")
    assert (found.phrase, found.op, found.value) == (
        "cơ quan đạt điểm Chỉ số CCHC từ 85 điểm trở lên",
        ">=",
        "80",
    )


def test_a_requirement_had_is_no_directive() -> None:
    """ "… hồ sơ có yêu cầu nghĩa vụ tài chính …": the records that carry a charge (before,
    "yêu cầu" was read as a directive, and the phrase began after it)."""
    (found,) = readings(
        "Phấn đấu tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có yêu cầu nghĩa vụ tài chính "
        "đạt tối thiểu 50%."
    )
    assert found.phrase == (
        "tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có yêu cầu nghĩa vụ tài chính"
    )
    # (a directive still directs: "UBND tỉnh yêu cầu tỷ lệ … đạt …")
    (directed,) = readings("UBND tỉnh yêu cầu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.")
    assert directed.phrase == "tỷ lệ hồ sơ trực tuyến"


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu Chỉ số PAR Index, SIPAS, PAPI đều tăng hạng.",
        "Phấn đấu 3 chỉ số PAR Index, SIPAS, PAPI đều tăng hạng.",
        "Phấn đấu 3 chỉ số PAR Index, SIPAS, PAPI tăng ít nhất 2 bậc.",
    ],
)
def test_each_index_listed_after_who_aims_or_their_number_rises(sentence: str) -> None:
    """ "Phấn đấu (3) chỉ số PAR Index, SIPAS, PAPI đều tăng hạng": a rise of each (before,
    the first index was lost, and "3 chỉ số …" was a count of its own)."""
    found = readings(sentence)
    assert [r.op for r in found] == ["rank_improve"] * 3
    assert [r.phrase.removeprefix("Chỉ số ") for r in found] == ["PAR Index", "SIPAS", "PAPI"]


def test_a_clause_before_the_verbs_of_what_is_done_is_no_part_of_them() -> None:
    (found,) = readings(
        "Tăng cường công tác kiểm tra, phấn đấu kiểm tra ít nhất 30% cơ quan, đơn vị trong năm."
    )
    assert found.phrase == "cơ quan, đơn vị được kiểm tra"


@pytest.mark.parametrize(
    ("sentence", "value", "notes"),
    [
        ("Phấn đấu nâng Chỉ số PAR Index lên 85 điểm.", "85", ()),
        ("Chỉ số PAR Index nâng lên mức 88 điểm.", "88", ()),
        ("Điểm số Chỉ số PAR Index đạt tối thiểu 80/100 điểm.", "80", ("a score out of 100",)),
    ],
)
def test_a_score_raised_to_or_out_of_so_many_points(
    sentence: str, value: str, notes: tuple[str, ...]
) -> None:
    """ "nâng … lên 85 điểm", "đạt 80/100 điểm": the score to reach (before, unread)."""
    (found,) = [t.reading for t in extract(f"Mục tiêu năm 2026:\n- {sentence}").targets]
    assert (found.op, found.value, found.unit) == (">=", value, "points")
    assert found.phrase.removeprefix("Điểm số ") == "Chỉ số PAR Index"
    assert set(notes) <= set(found.notes)


def test_a_score_raised_to_so_many_points_told_is_no_target() -> None:
    assert readings("Năm 2025, Chỉ số PAR Index của tỉnh nâng lên 85 điểm.") == []
    assert readings("Mức độ hài lòng năm 2025 đạt 4/5 điểm.") == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # what a part adds to a whole it is not a share of
        (
            "Đến năm 2030, năng suất các nhân tố tổng hợp (TFP) đóng góp trên 55% vào tăng trưởng "
            "kinh tế.",
            "đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế",
        ),
        # "đạt tỷ trọng" says the share as "chiếm" does
        (
            "Đến năm 2030, kinh tế số đạt tỷ trọng tối thiểu 30% GRDP.",
            "tỷ trọng kinh tế số trong GRDP",
        ),
        (
            "Đến năm 2030, kinh tế số chiếm tỷ trọng tối thiểu 30% GRDP.",
            "tỷ trọng kinh tế số trong GRDP",
        ),
    ],
)
def test_a_part_of_a_whole_or_what_it_adds_to_it(sentence: str, phrase: str) -> None:
    (found,) = readings(sentence)
    assert found.phrase == phrase


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "tài khoản VNeID được kích hoạt đạt trên 90% dân số trưởng thành.",
            "tài khoản VNeID được kích hoạt trên dân số trưởng thành",
        ),
        (
            "số thuê bao băng rộng di động đạt 95% dân số.",
            "số thuê bao băng rộng di động trên dân số",
        ),
        ("số người có chữ ký số đạt 50% tổng số dân.", "số người có chữ ký số trên tổng số dân"),
        (
            "số người có kỹ năng số đạt 70% dân số trong độ tuổi lao động.",
            "số người có kỹ năng số trên dân số trong độ tuổi lao động",
        ),
        # the people a network reaches are what is covered, no population taken of
        ("mở rộng phủ sóng 5G đạt 70% dân số.", "mở rộng phủ sóng 5G dân số"),
    ],
)
def test_a_share_taken_of_the_population(sentence: str, phrase: str) -> None:
    """ "X đạt 90% dân số trưởng thành": X over the population (before, the population alone
    when X held a verb)."""
    (found,) = readings(f"Mục tiêu năm 2026: {sentence}")
    assert found.phrase == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "Từ mức 50% các năm 2024, 2025, phấn đấu năm 2026 tỷ lệ hồ sơ trực tuyến đạt 70%.",
        "Từ mức 45% năm 2025, phấn đấu tỷ lệ hồ sơ trực tuyến năm 2026 đạt tối thiểu 70%.",
        "So với mức 85% của năm 2025, tỷ lệ hồ sơ trực tuyến năm 2026 phải đạt tối thiểu 70%.",
    ],
)
def test_the_level_a_later_figure_starts_from_is_no_target(sentence: str) -> None:
    """ "Từ mức 45% năm 2025, phấn đấu … đạt 70%": only the figure to reach (before, the level
    it starts from was a target too)."""
    (found,) = readings(sentence)
    assert (found.phrase, found.value) == ("tỷ lệ hồ sơ trực tuyến", "70")


def test_a_level_started_from_alone_is_a_result() -> None:
    plan = extract("Từ mức 45% năm 2025, tỉnh phấn đấu duy trì và nâng cao.", year=2026)
    assert not plan.targets
    assert plan.unread[0].reason.startswith("reports a result")


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Phấn đấu tỷ lệ hồ sơ trực tuyến từ mức 80% trở lên, thanh toán trực tuyến đạt 50%.",
            ["80", "50"],
        ),
        (
            "Phấn đấu tỷ lệ hồ sơ trực tuyến từ mức 40% đến 60%, thanh toán trực tuyến đạt 50%.",
            ["40..60", "50"],
        ),
    ],
)
def test_a_floor_or_a_range_from_a_level_is_a_target(sentence: str, values: list[str]) -> None:
    assert [r.value for r in readings(sentence)] == values


def test_each_ministry_and_each_province_named_together() -> None:
    found = readings(
        "Trong năm 2025, các bộ, tỉnh phải bảo đảm cắt giảm ít nhất 30% thời gian thực hiện "
        "thủ tục hành chính."
    )
    assert [r.level for r in found] == ["each_ministry", "each_province"]


def test_a_year_gone_commits_nothing() -> None:
    """ "Đến năm 2022, … xếp thứ 48/63 …" in a text of 2024: where things stood (before, a
    place and a rise to reach); a year to come still commits."""
    told = (
        "Đến năm 2022, chỉ số chuyển đổi số của tỉnh xếp thứ 48/63 và tăng 10 bậc so với năm 2021."
    )
    assert extract(told, year=2024).targets == ()
    assert [r.reading.op for r in extract(told, year=2022).targets] == ["rank_top", "rank_improve"]


def test_the_national_target_programme_is_a_name_not_a_target() -> None:
    sentence = (
        "Theo Văn phòng Điều phối, thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn "
        "mới, đến tháng 1-2025, cả nước đã có 6.250 xã (78%) đạt chuẩn nông thôn mới."
    )
    assert extract(sentence, year=2025).targets == ()
    assert readings("Mục tiêu năm 2026: 78% số xã đạt chuẩn nông thôn mới.") != []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Nhiệm kỳ 2025-2030, phường đề ra 27 chỉ tiêu cụ thể, trong đó có tốc độ tăng trưởng "
            "kinh tế bình quân hằng năm trên 10,6%.",
            "tốc độ tăng trưởng kinh tế",
        ),
        (
            "Nhiệm kỳ 2025-2030, phường đặt ra 27 chỉ tiêu cụ thể, trong đó có\n"
            "tỷ lệ giải quyết hồ sơ đúng hạn đạt 100%",
            "tỷ lệ giải quyết hồ sơ đúng hạn",
        ),
        # the targets a congress adopts
        (
            "Đại hội đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2025-2030, trong đó tỷ lệ "
            "tham gia bảo hiểm y tế toàn dân đạt 100%.",
            "tỷ lệ tham gia bảo hiểm y tế toàn dân",
        ),
    ],
)
def test_the_targets_set_then_named(text: str, phrase: str) -> None:
    """ "… đề ra 27 chỉ tiêu, trong đó có …": the targets set commit those named after (before,
    no target: a count of targets commits nothing alone)."""
    (found,) = [t.reading for t in extract(text, year=2025).targets]
    assert (found.phrase, found.period) == (phrase, "2025-2030")
    reported = "Nghị quyết đề ra 27 chỉ tiêu, đến nay đã đạt 20 chỉ tiêu, tỷ lệ hộ nghèo còn 1,2%."
    assert extract(reported, year=2025).targets == ()


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Thành phố đặt mục tiêu trở thành một trong 50 đô thị thông minh hàng đầu thế giới "
            "vào năm 2030.",
            "đô thị thông minh",
        ),
        (
            "Phấn đấu đến năm 2030, trường trở thành một trong 5 cơ sở đào tạo đứng đầu khu vực.",
            "cơ sở đào tạo",
        ),
        # the units of a tier are no measure
        ("Phấn đấu đến năm 2030, tỉnh trở thành 1 trong 10 tỉnh, thành phố dẫn đầu cả nước.", ""),
    ],
)
def test_a_place_among_the_leaders_of_what_it_is_to_become(sentence: str, phrase: str) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.phrase) == ("rank_top", phrase)


def test_a_rank_said_hang_dau_and_a_first_priority() -> None:
    (found,) = readings("Phấn đấu đến năm 2030, tỉnh thuộc nhóm 10 địa phương hàng đầu cả nước.")
    assert (found.op, found.value) == ("rank_top", "10")
    assert readings("Cải cách hành chính là nhiệm vụ ưu tiên hàng đầu năm 2026.") == []


def test_the_rule_a_share_follows_is_no_part_of_what_it_measures() -> None:
    (found,) = readings(
        "Phấn đấu 100% kết quả giải quyết thủ tục hành chính được cấp bản điện tử theo quy "
        "định tại khoản 1, Điều 22, Nghị định 118/2025/NĐ-CP của Chính phủ."
    )
    assert found.phrase == "kết quả giải quyết thủ tục hành chính được cấp bản điện tử"


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        # a day after 1 July 2025: the province's localities are its communes
        (
            "Các địa phương phải hoàn thành kết nối kỹ thuật với Hệ thống thông tin giải quyết "
            "TTHC trước 23/7/2025.",
            "each_commune",
        ),
        (
            "Các địa phương phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50% trong tháng 8/2025.",
            "each_commune",
        ),
        # a day before it: its districts
        (
            "Các địa phương phải hoàn thành rà soát thủ tục hành chính trước 30/6/2025.",
            "each_district",
        ),
        # no day: no tier named
        ("Các địa phương phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%.", "self"),
    ],
)
def test_a_provinces_localities_in_2025_are_of_the_tier_its_days_fall_in(
    sentence: str, level: str
) -> None:
    _, pieces = read_document(sentence, issuer_level="province", year=2025)
    assert [r.level for piece in pieces for r in piece.targets] == [level]


def test_a_unit_a_task_names_is_no_agency_it_is_given_to() -> None:
    """ "Các địa phương phải lựa chọn đơn vị cung cấp …": the localities do it, each (before,
    each agency too, as if "đơn vị" named them)."""
    _, pieces = read_document(
        "Các địa phương phải lựa chọn đơn vị cung cấp hóa đơn, biên lai điện tử, hoàn thành kết "
        "nối kỹ thuật với Hệ thống thông tin giải quyết TTHC trước 23/7/2025.",
        issuer_level="province",
        year=2025,
    )
    assert [r.level for piece in pieces for r in piece.targets] == ["each_commune"]
    _, pieces = read_document(
        "Các đơn vị, địa phương hoàn thành rà soát trước 15/8/2025.",
        issuer_level="province",
        year=2025,
    )
    assert [r.level for piece in pieces for r in piece.targets] == ["each_agency", "each_commune"]
    _, pieces = read_document(
        "Các sở, ngành, địa phương phải bảo đảm 100% hồ sơ được số hóa trước ngày 15/12/2025.",
        issuer_level="province",
        year=2025,
    )
    assert [r.level for piece in pieces for r in piece.targets] == ["each_agency", "each_commune"]


def test_a_part_said_with_voi_as_news_writes_it() -> None:
    """ ", với ít nhất 20% toàn trình": a part of the records counted before, as "trong đó";
    a figure of other things after "với" is a target of its own."""
    whole, part = readings(
        "Trung tâm phải tiếp nhận tối thiểu 80% hồ sơ trực tuyến, với ít nhất 20% toàn trình."
    )
    assert (part.phrase, part.base) == ("hồ sơ trực tuyến toàn trình", whole.phrase)
    found = readings(
        "Đến năm 2025, tỉnh đặt mục tiêu 90% thủ tục hành chính được cung cấp trực tuyến toàn "
        "trình, với tối thiểu 70% hồ sơ được xử lý trực tuyến."
    )
    assert [(r.phrase, r.base) for r in found] == [
        ("thủ tục hành chính được cung cấp trực tuyến toàn trình", None),
        ("hồ sơ được xử lý trực tuyến", None),
    ]


def test_after_a_year_is_from_the_year_after() -> None:
    (found,) = [
        t.reading
        for t in extract(
            "Phấn đấu sau năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.", year=2024
        ).targets
    ]
    assert found.period == "2026"


def test_whom_the_words_that_specify_name_first() -> None:
    """ "…, cụ thể các xã, phường tiếp nhận tối thiểu 60% …": each commune (before, the
    issuer's whole)."""
    (found,) = readings(
        "Hàng loạt chỉ tiêu được giao cho các cấp chính quyền, cụ thể các xã, phường tiếp nhận "
        "tối thiểu 60% hồ sơ trực tuyến."
    )
    assert found.level == "each_commune"
    (pooled,) = readings(
        "Hàng loạt chỉ tiêu được giao, cụ thể tỷ lệ hồ sơ trực tuyến của các xã đạt tối thiểu 60%."
    )
    assert pooled.level != "each_commune"


def test_what_is_found_and_what_for() -> None:
    """ "Kịp thời rà soát, phát hiện 100% văn bản trái pháp luật để xử lý": the documents so
    found, then what for (before, "văn bản trái pháp luật để xử lý", the verbs lost)."""
    (found,) = readings(
        "Mục tiêu: Kịp thời rà soát, phát hiện 100% văn bản trái pháp luật để xử lý theo quy định."
    )
    assert found.phrase == "văn bản trái pháp luật được rà soát, phát hiện để xử lý"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mục tiêu: tăng số lượng điểm chấp nhận thanh toán không dùng tiền mặt lên trên 7.500 "
        "điểm.",
        "Mục tiêu: số lượng điểm chấp nhận thanh toán không dùng tiền mặt đạt 7.500 điểm.",
    ],
)
def test_places_called_points_are_counted(sentence: str) -> None:
    """ "điểm chấp nhận thanh toán" are places: a count of them (before, a score in points,
    and "tăng" opened what is measured)."""
    (found,) = readings(sentence)
    assert (found.phrase, found.value, found.unit) == (
        "số lượng điểm chấp nhận thanh toán không dùng tiền mặt",
        "7500",
        "count",
    )
    (score,) = readings("Mục tiêu: số điểm của Chỉ số PAR Index đạt 85 điểm.")
    assert score.unit == "points"


def test_a_rank_reached_with_its_score_told_first_is_a_result() -> None:
    told = (
        "Với điểm số 68,38, Hà Nội tăng 4 bậc trong PCI 2024, lên vị trí thứ 24, nằm trong top 30 "
        "tỉnh, thành phố có chất lượng điều hành tốt."
    )
    assert readings(told) == []
    assert [r.value for r in readings("Phấn đấu tỉnh nằm trong top 30 tỉnh về PCI.")] == ["30"]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Thành phố đẩy mạnh chuyển đổi số, đóng góp trực tiếp vào mục tiêu tăng trưởng "
            "GRDP năm 2026 từ 11% trở lên.",
            "tăng trưởng GRDP",
        ),
        (
            "Với mục tiêu tỷ lệ hồ sơ trực tuyến đạt 80% trong năm 2026, tỉnh đẩy mạnh chuyển đổi "
            "số.",
            "tỷ lệ hồ sơ trực tuyến",
        ),
        (
            "Chính phủ đặt mục tiêu cắt giảm ít nhất 30% điều kiện kinh doanh theo 14 Quyết định "
            "của Thủ tướng.",
            "điều kiện kinh doanh",
        ),
    ],
)
def test_the_aim_named_inside_a_sentence_and_the_decisions_that_list_it(
    sentence: str, phrase: str
) -> None:
    (found,) = readings(sentence)
    assert found.phrase == phrase


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        (
            "Tỉnh đặt mục tiêu tăng ít nhất 3 bậc xếp hạng về cải cách hành chính, hài lòng với "
            "dịch vụ công và năng lực cạnh tranh năm 2025.",
            [
                "xếp hạng về cải cách hành chính",
                "xếp hạng về hài lòng với dịch vụ công",
                "xếp hạng về năng lực cạnh tranh",
            ],
        ),
        ("Tỉnh phấn đấu tăng 2 bậc xếp hạng về chuyển đổi số.", ["xếp hạng về chuyển đổi số"]),
        ("Tỉnh phấn đấu tăng 2 bậc về xếp hạng Chỉ số PAPI.", ["Chỉ số PAPI"]),
    ],
)
def test_a_rise_in_the_ranking_of_each_field_named(sentence: str, phrases: list[str]) -> None:
    found = readings(sentence)
    assert [r.phrase for r in found] == phrases
    assert {(r.op, r.unit) for r in found} == {("rank_improve", "rank")}


def test_a_ministrys_figure_of_the_people_of_viet_nam_is_the_nations() -> None:
    _, pieces = read_document(
        "Trung tâm đặt mục tiêu đến năm 2030, 70% người dân trưởng thành tại Việt Nam sở hữu "
        "chữ ký số.",
        issuer_level="ministry",
        year=2025,
    )
    assert [r.level for piece in pieces for r in piece.targets] == ["nation"]


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        # what a measure is of, after "về", is no measure of its own
        (
            "tốc độ tăng trưởng bình quân về số lượng giao dịch không dùng tiền mặt "
            "đạt 10 - 15%/năm",
            "tốc độ tăng trưởng bình quân về số lượng giao dịch không dùng tiền mặt",
        ),
        (
            "tỷ lệ tăng của số lượng hồ sơ trực tuyến đạt 20%",
            "tỷ lệ tăng của số lượng hồ sơ trực tuyến",
        ),
        (
            "mức tăng về số lượng doanh nghiệp thành lập mới đạt 10%",
            "mức tăng về số lượng doanh nghiệp thành lập mới",
        ),
        # the clause that names the rise, after one that names none
        (
            "tăng khả năng tiếp cận dịch vụ thanh toán, tăng số lượng điểm chấp nhận "
            "thanh toán lên trên 7.500 điểm",
            "số lượng điểm chấp nhận thanh toán",
        ),
    ],
)
def test_what_a_measure_is_of_and_the_clause_that_names_a_rise(item: str, phrase: str) -> None:
    (found,) = readings(f"Mục tiêu:\n- {item}")
    assert found.phrase == phrase


@pytest.mark.parametrize(
    "verb", ["ứng dụng AI trong quản lý văn bản", "đẩy mạnh ký số", "tăng cường ứng dụng AI"]
)
def test_a_clause_of_what_else_is_done_ends_what_a_share_counts(verb: str) -> None:
    (found,) = readings(
        f"Phấn đấu 100% hoạt động chỉ đạo, điều hành được thực hiện trên nền tảng số, {verb}."
    )
    assert found.phrase == "hoạt động chỉ đạo, điều hành được thực hiện trên nền tảng số"


def test_before_a_year_is_by_the_end_of_the_year_before() -> None:
    (task,) = [
        t.reading
        for t in extract(
            "Phấn đấu hoàn thành việc sắp xếp trụ sở trước năm 2025.", year=2021
        ).targets
    ]
    assert (task.phrase, task.deadline) == ("việc sắp xếp trụ sở", date(2024, 12, 31))
    (share,) = readings("Phấn đấu 100% xã đạt chuẩn trước năm 2025.")
    assert (share.phrase, share.deadline, share.period) == (
        "xã đạt chuẩn",
        date(2024, 12, 31),
        None,
    )
    (status,) = readings("Phấn đấu đạt tiêu chí nông thôn mới nâng cao trước năm 2025.")
    assert (status.op, status.deadline) == ("yes", date(2024, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội đề ra 20 chỉ tiêu cụ thể về kinh tế - xã hội như tốc độ tăng trưởng thu ngân "
        "sách hằng năm đạt 7%",
        "Đại hội đề ra 20 chỉ tiêu cụ thể về kinh tế - xã hội như\ntốc độ tăng trưởng thu ngân "
        "sách hằng năm đạt 7%",
        "Đại hội đề ra các chỉ tiêu gồm: tốc độ tăng trưởng thu ngân sách hằng năm đạt 7%",
    ],
)
def test_the_targets_set_then_listed(text: str) -> None:
    (found,) = readings(text)
    assert found.phrase == "tốc độ tăng trưởng thu ngân sách"


def test_a_status_to_reach_after_the_aim() -> None:
    (found,) = readings(
        "Mục tiêu nhiệm kỳ 2025-2030 là:\nkhai thác hiệu quả tiềm năng, phấn đấu đến năm 2030 "
        "đưa xã Cao Sơn đạt chuẩn nông thôn mới."
    )
    assert (found.op, found.phrase, found.period) == (
        "yes",
        "xã Cao Sơn đạt chuẩn nông thôn mới",
        "2030",
    )


def test_so_many_more_units_after_a_semicolon() -> None:
    """ "…; thêm 8 xã đạt chuẩn NTM": eight more communes (before, unread)."""
    found = readings(
        "Năm 2021, tỉnh đề ra mục tiêu sẽ có 6 xã đạt chuẩn nông thôn mới kiểu mẫu; thêm 8 xã "
        "đạt chuẩn NTM."
    )
    assert [(r.op, r.value, r.level) for r in found] == [
        (">=", "6", "commune"),
        ("change_increase", "8", "commune"),
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # what goes with the figure is no part of it
        (
            "Mục tiêu là tăng trưởng GDP năm 2026 đạt từ 10% trở lên gắn với giữ vững ổn định kinh "
            "tế vĩ mô.",
            "tăng trưởng GDP",
        ),
        # what is urged on, where the last words of aim leave nothing
        (
            "Ngay sau Tết, UBND tỉnh đã quyết liệt thực hiện các giải pháp thúc đẩy tăng "
            "trưởng kinh tế, phấn đấu đạt trên 10% năm 2026.",
            "tăng trưởng kinh tế",
        ),
        # the verb that urges it on is no part of it
        ("Đẩy mạnh giải ngân vốn đầu tư công, phấn đấu đạt 100%.", "giải ngân vốn đầu tư công"),
    ],
)
def test_what_goes_with_a_figure_and_what_is_urged_on(sentence: str, phrase: str) -> None:
    (found,) = [t.reading for t in extract(sentence, year=2026).targets]
    assert found.phrase == phrase


def test_targets_done_in_a_year_gone_are_a_result() -> None:
    told = "Năm 2025, Sở Nội vụ hoàn thành toàn bộ 100 % các chỉ tiêu được giao."
    assert extract(told, year=2026).targets == ()
    assert [t.reading.op for t in extract(told, year=2025).targets] != []
    assert extract("Hoàn thành việc sắp xếp trụ sở trong năm 2025.", year=2026).targets == ()
    (task,) = extract("Hoàn thành việc sắp xếp trụ sở trong năm 2026.", year=2026).targets
    assert task.reading.op == "yes"


def test_how_a_survey_is_sampled_is_no_target() -> None:
    plan = extract(
        "Theo kế hoạch, tỷ lệ lấy phiếu phải đạt ít nhất 92% tổng số hộ dân trên địa bàn các xã."
    )
    assert plan.targets == ()
    assert plan.unread[0].reason == "states how a survey is sampled (lấy phiếu …), no target"
    assert [r.value for r in readings("Phấn đấu tỷ lệ người dân hài lòng đạt ít nhất 92%.")] == [
        "92"
    ]


def test_still_not_done_is_a_result() -> None:
    told = "Tuy nhiên, đến ngày 23/9/2025, Bộ Nội vụ vẫn chưa nhận được báo cáo từ các đơn vị này."
    assert extract(told, year=2025).targets == ()


@pytest.mark.parametrize(
    ("sentence", "due", "phrase"),
    [
        ("Ban hành Quy chế phối hợp trong giải quyết TTHC liên thông (Quý I/2026).",
         date(2026, 3, 31), "Quy chế phối hợp trong giải quyết TTHC liên thông"),
        ("Ban hành Quy chế phối hợp trong giải quyết TTHC liên thông (tháng 6/2026).",
         date(2026, 6, 30), "Quy chế phối hợp trong giải quyết TTHC liên thông"),
        ("Tổ chức tập huấn nghiệp vụ cho công chức Bộ phận Một cửa cấp xã: tháng 5/2026.",
         date(2026, 5, 31), "tập huấn nghiệp vụ cho công chức Bộ phận Một cửa cấp xã"),
        ("Tổ chức tập huấn nghiệp vụ cho công chức cấp xã - Thời gian: quý III/2026.",
         date(2026, 9, 30), "tập huấn nghiệp vụ cho công chức cấp xã"),
    ],
)  # fmt: skip
def test_a_task_s_time_alone_in_brackets_or_after_a_colon_is_when_it_is_due(
    sentence: str, due: date, phrase: str
) -> None:
    """A month or quarter alone, in brackets or after a colon at the end, dates the work
    before it, as a table's deadline cell (before, unread; the colon opened a list)."""
    (task,) = readings(sentence)
    assert (task.op, task.deadline, task.phrase) == ("yes", due, phrase)
    # (a colon before more than a time still opens what follows)
    assert [
        r.value for r in readings("Phấn đấu đạt các chỉ tiêu sau: 100% hồ sơ được số hóa.")
    ] == ["100"]


@pytest.mark.parametrize(
    ("sentence", "cuts"),
    [
        ("Tỷ lệ hộ nghèo của xã giảm bình quân 6,7%/năm.", []),
        ("Tỷ lệ hộ cận nghèo giảm 12,4%.", []),
        ("Phấn đấu tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.", ["1.5"]),
        ("Giảm 20% chi phí tuân thủ thủ tục hành chính so với năm 2024.", ["20"]),
        ("Đến năm 2030, cắt giảm 30% thời gian giải quyết thủ tục hành chính.", ["30"]),
    ],
)
def test_a_fall_told_of_its_subject_is_a_report_unless_something_commits(
    sentence: str, cuts: list[str]
) -> None:
    """ "X giảm N%" with nothing that commits tells what fell, as "X tăng N%" does (before, a
    cut to make); a clause that opens with the verb directs it."""
    assert [r.value for r in readings(sentence) if r.op == "change_decrease"] == cuts


def test_a_share_of_the_target_exceeded_is_a_result() -> None:
    (piece,) = read_document(
        "Tỷ lệ hộ cận nghèo giảm 12,4%, vượt 148% chỉ tiêu đề ra.", issuer_level="commune"
    )[1]
    assert piece.targets == ()
    assert "vượt 148% chỉ tiêu" in (piece.unread or "")


def test_a_list_opens_at_the_colon_that_announces_it() -> None:
    """ "Với phương châm: "…", … đề ra 12 chỉ tiêu cụ thể: …": the list opens at the second
    colon (before, at the first, so that the motto and the count of targets were read as
    what is measured, and a lead ending so was cut in two)."""
    motto = (
        'Với phương châm: "Dân chủ - Kỷ cương - Đoàn kết - Sáng tạo - Phát triển", nhiệm kỳ '
        "2025-2030, Đảng bộ xã đề ra 12 chỉ tiêu cụ thể:"
    )
    (inline,) = readings(
        f"{motto} Tốc độ tăng thu ngân sách trên địa bàn bình quân hằng năm đạt 10%."
    )
    assert (inline.phrase, inline.value, inline.period) == (
        "Tốc độ tăng thu ngân sách trên địa bàn",
        "10",
        "2025-2030",
    )
    (item,) = readings(f"{motto}\n- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%.")
    assert (item.phrase, item.value, item.period) == (
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
        "99.2",
        "2025-2030",
    )


def test_a_rate_and_a_satisfaction_sharing_a_figure_are_two_targets() -> None:
    found = readings(
        "Phường đặt chỉ tiêu tỷ lệ giải quyết hồ sơ hành chính đúng hạn và mức độ hài lòng của "
        "người dân đạt từ 98% trở lên."
    )
    assert [(r.phrase, r.value) for r in found] == [
        ("tỷ lệ giải quyết hồ sơ hành chính đúng hạn", "98"),
        ("mức độ hài lòng của người dân", "98"),
    ]
    # (one satisfaction of two kinds of people stays one)
    (one,) = readings("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 90%.")
    assert one.phrase == "Mức độ hài lòng của người dân, doanh nghiệp"


def test_what_is_expected_is_aspired_to() -> None:
    """ "kỳ vọng" marks a target aspirational, as "phấn đấu" does, and is no part of what is
    measured; alone it commits to nothing (a report says what was expected), nor does
    expectations exceeded."""
    (hoped,) = readings("Thương mại điện tử được kỳ vọng sẽ chiếm trên 10% tổng mức bán lẻ.")
    assert (hoped.aspirational, hoped.phrase) == (
        True,
        "tỷ trọng Thương mại điện tử trong tổng mức bán lẻ",
    )
    (led,) = readings("Tỉnh kỳ vọng đưa tỷ lệ thanh toán không dùng tiền mặt lên mức 50%.")
    assert led.aspirational
    assert readings("Tỷ lệ thanh toán không dùng tiền mặt được kỳ vọng đạt 50%.") == []
    (bound,) = readings("Vượt kỳ vọng năm trước, năm 2027 tỷ lệ này đạt tối thiểu 50%.")
    assert not bound.aspirational


def test_a_rise_since_a_year_named_is_a_change_not_a_yearly_rate() -> None:
    """ "thu nhập … đến năm 2030 so với năm 2025 tăng 31,6%": a rise over the years since the
    year named (before, a growth rate to reach, since "thu nhập" is an aggregate)."""
    (since,) = readings(
        "Phấn đấu thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 31,6%."
    )
    assert (since.op, since.value, since.against) == ("change_increase", "31.6", "2025")
    (rate,) = readings("Phấn đấu thu nhập bình quân đầu người tăng bình quân 8%/năm.")
    assert (rate.op, rate.recurrence) == (">=", "yearly")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tăng số lượng điểm chấp nhận thanh toán không dùng tiền mặt lên 250.000 điểm.",
        "Mở rộng dịch vụ thanh toán, tăng số lượng điểm chấp nhận thanh toán không dùng tiền "
        "mặt lên 250.000 điểm.",
    ],
)
def test_a_clause_that_raises_a_measure_to_a_level_asks_for_it(sentence: str) -> None:
    (found,) = readings(sentence)
    assert (found.op, found.value, found.phrase) == (
        ">=",
        "250000",
        "số lượng điểm chấp nhận thanh toán không dùng tiền mặt",
    )
    assert readings("Số doanh nghiệp tăng lên 1.000 doanh nghiệp.") == []


def test_no_poor_household_kept() -> None:
    """ "duy trì không có hộ nghèo": none left, a state kept (before, unread)."""
    found = readings(
        "Phường phấn đấu thu ngân sách đạt 170,89 tỷ đồng và duy trì không có hộ nghèo."
    )
    assert [(r.op, r.value, r.phrase) for r in found] == [
        (">=", "170890000000", "thu ngân sách"),
        ("<=", "0", "hộ nghèo"),
    ]
    assert readings("Năm 2025, tỷ lệ hộ nghèo giảm mạnh, và hiện không còn hộ nghèo.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Phường phấn đấu thu ngân sách hơn 170 tỷ đồng.",
         (">", "170000000000", "thu ngân sách")),
        ("Năm 2026, huyện đề ra mục tiêu tổng giá trị đầu tư toàn xã hội 3.350 tỷ đồng.",
         (">=", "3350000000000", "tổng giá trị đầu tư toàn xã hội")),
        ("Năm 2026, huyện đề ra mục tiêu thu nhập bình quân đầu người đạt: 54 triệu "
         "đồng/người/năm.", (">=", "54000000", "thu nhập bình quân đầu người")),
    ],
)  # fmt: skip
def test_money_after_what_it_measures(sentence: str, expected: tuple[str, str, str]) -> None:
    """An amount of money after its measure, with no verb or after "đạt:" (before, unread,
    or the figure without its scale)."""
    (found,) = readings(sentence)
    assert (found.op, found.value, found.phrase) == expected


def test_what_work_costs_is_no_target() -> None:
    (found,) = readings("Phấn đấu hoàn thành 10 công trình với tổng kinh phí 50 tỷ đồng.")
    assert (found.op, found.value, found.phrase) == (">=", "10", "công trình")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ hộ kinh doanh tại chợ chấp nhận thanh toán không dùng tiền mặt đạt trung bình 83%.",
        "Văn hóa - xã hội khởi sắc, 12/13 chỉ tiêu hoàn thành; 100% người dân tham gia BHYT.",
    ],
)
def test_an_average_reached_and_targets_met_counted_are_results(sentence: str) -> None:
    """ "… đạt trung bình 83%" with nothing that commits is an average reported; "12/13 chỉ
    tiêu hoàn thành" tallies targets met, and the sentence is a report (before, each read a
    target)."""
    assert readings(sentence) == []


def test_the_sentence_s_parts_end_where_they_should() -> None:
    """A new aim ("và phấn đấu …") ends what the figure before measures; "đơn vị hành chính
    tương đương" is a name, not a level held; a sector a figure holds in takes the measure
    before."""
    first, second = readings(
        "Phấn đấu 80% dân số trưởng thành có định danh điện tử và 50% có chữ ký số cá nhân và "
        "phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân."
    )[:2]
    assert second.phrase == "dân số trưởng thành có chữ ký số cá nhân"
    assert first.phrase == "dân số trưởng thành có định danh điện tử"
    (units,) = readings(
        "Phấn đấu 50% số xã và các đơn vị hành chính tương đương có thương nhân bán hàng trực "
        "tuyến."
    )
    assert units.phrase == (
        "số xã và các đơn vị hành chính tương đương có thương nhân bán hàng trực tuyến"
    )
    whole, part = readings(
        "Tỷ trọng kinh tế số đạt 15% GRDP, trong từng ngành lĩnh vực đạt tối thiểu 10%."
    )
    assert (whole.phrase, part.phrase, part.value) == (
        "Tỷ trọng kinh tế số",
        "Tỷ trọng kinh tế số trong từng ngành lĩnh vực",
        "10",
    )


def test_a_school_year_is_a_period_and_a_standard_s_stage_is_none() -> None:
    (school,) = readings("Phấn đấu 100% trường phổ thông sử dụng học bạ số từ năm học 2025–2026.")
    assert school.period == "2025-2026"
    (poor,) = readings(
        "Phấn đấu tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai "
        "đoạn 2021 - 2025)."
    )
    assert poor.period is None
    (aimed,) = readings("Phấn đấu tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030 dưới 0,5%.")
    assert aimed.period == "2030"


def test_counts_a_congress_sets() -> None:
    """Counts a party congress writes: "kết nạp từ 10 đảng viên trở lên" (so many or more;
    not an age or a rating, "từ 15 tuổi trở lên", "từ 3 sao trở lên"), "giải quyết việc làm
    cho trên 250 lao động" (who is given work), "khoảng 2.500 tỷ đồng" (about so much)."""
    (members,) = readings("Hằng năm, phấn đấu kết nạp từ 10 đảng viên trở lên.")
    assert (members.op, members.value, members.phrase, members.recurrence) == (
        ">=",
        "10",
        "đảng viên",
        "yearly",
    )
    (adults,) = readings("Phấn đấu từ 80% người dân từ 15 tuổi trở lên có tài khoản ngân hàng.")
    assert adults.value == "80"
    (jobs,) = readings("Phấn đấu hằng năm giải quyết việc làm cho trên 250 lao động.")
    assert (jobs.op, jobs.value, jobs.phrase) == (">", "250", "lao động được giải quyết việc làm")
    (invested,) = extract("Phấn đấu tổng vốn đầu tư toàn xã hội đạt khoảng 2.500 tỷ đồng.").targets
    assert (invested.reading.op, invested.reading.value) == ("=", "2500000000000")
    assert any("about that amount" in note for note in invested.reading.notes)
    (skilled,) = readings(
        "Phấn đấu tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%."
    )[1:]
    assert skilled.phrase == "bằng cấp, chứng chỉ"


def test_so_many_times_a_whole() -> None:
    """ "… gấp 25 lần GDP": a ratio to the whole, to reach, counted (before, unread); with
    nothing that commits, what the ratio was; "tăng gấp 3 lần" stays a rise."""
    (ratio,) = readings("Phấn đấu giá trị giao dịch thanh toán không dùng tiền mặt gấp 25 lần GDP.")
    assert (ratio.op, ratio.value, ratio.unit, ratio.phrase) == (
        ">=",
        "25",
        "count",
        "giá trị giao dịch thanh toán không dùng tiền mặt",
    )
    assert "25 times GDP: a ratio to it, counted" in ratio.notes
    (aimed,) = readings(
        "Lào Cai cũng mục tiêu đưa giá trị thanh toán không dùng tiền mặt gấp 15 lần GRDP."
    )
    assert (aimed.value, aimed.phrase) == ("15", "giá trị thanh toán không dùng tiền mặt")
    assert readings("Giá trị thanh toán không dùng tiền mặt gấp 20 lần GDP.") == []
    (rise,) = readings("Phấn đấu kim ngạch xuất khẩu tăng gấp 3 lần.")
    assert rise.unit == "percent"


def test_a_forecast_in_brackets_is_no_target() -> None:
    (share,) = readings(
        "Bảo đảm 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn "
        "trình, cao hơn mức trung bình cả nước (dự kiến trên 60%)."
    )
    assert share.value == "100"


def test_a_bracketed_exclusion_before_what_the_things_are() -> None:
    """ "100% văn bản … (trừ văn bản mật …) dưới dạng điện tử …": the phrase goes on past the
    exclusion, as before "được"."""
    (found,) = readings(
        "100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật theo quy định của "
        "pháp luật) dưới dạng điện tử có ký số đầy đủ."
    )
    assert found.phrase == (
        "văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử có ký số đầy đủ"
    )
    assert found.exclusions == ("văn bản mật theo quy định của pháp luật",)


def test_those_a_lead_works_with_do_not_do_its_task() -> None:
    """ "Giao Sở … chủ trì, phối hợp các sở, ngành … báo cáo …": the lead does it ("với" left
    out; before, each agency)."""
    (task,) = readings(
        "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp các sở, ngành liên quan báo cáo "
        "đánh giá hiện trạng hạ tầng công nghệ thông tin, báo cáo UBND tỉnh trước ngày "
        "25/02/2025."
    )
    assert (task.op, task.level, task.deadline) == ("yes", "self", date(2025, 2, 25))


def test_the_main_targets_named_then_what_each_measures() -> None:
    """ "… với một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng …": what follows the words
    that name the targets is measured (before, the whole opening)."""
    (trade,) = readings(
        "Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu thương mại - "
        "dịch vụ tăng bình quân hằng năm 10-12%."
    )
    # (a range of growth rates is named with its growth, as one rate is)
    assert (trade.phrase, trade.value) == ("thương mại - dịch vụ tăng bình quân hằng năm", "10..12")
    (whole,) = readings("Phấn đấu tỷ lệ hoàn thành các chỉ tiêu chủ yếu đạt 90%.")
    assert whole.phrase == "tỷ lệ hoàn thành các chỉ tiêu chủ yếu"


def test_so_many_of_all_units_and_a_range_of_scores() -> None:
    """ "có 9/9 huyện, thành phố hoàn thành …" aimed at is at least so many (told of now, a
    result); "đạt từ 0,7 - 0,8 điểm" is a range of scores (before, each unread)."""
    (units,) = readings(
        "Phấn đấu trong năm 2026, có 9/9 huyện, thành phố hoàn thành nhiệm vụ xây dựng NTM."
    )
    assert (units.op, units.value, units.level, units.period) == (">=", "9", "district", "2026")
    (all_of,) = readings(
        "Phấn đấu đến năm 2027 toàn tỉnh có 9/9 huyện hoàn thành nhiệm vụ xây dựng NTM."
    )
    assert (all_of.value, all_of.phrase) == ("9", "huyện hoàn thành nhiệm vụ xây dựng NTM")
    assert readings("Đến nay, tỉnh có 9/9 huyện hoàn thành nhiệm vụ xây dựng NTM.") == []
    (score,) = readings("Phấn đấu Chỉ số DTI của tỉnh đạt từ 0,7 - 0,8 điểm.")
    assert (score.op, score.value, score.unit, score.phrase) == (
        "between",
        "0.7..0.8",
        "points",
        "Chỉ số DTI của tỉnh",
    )


def test_a_bracketed_not_counted_before_what_is_done_and_whom_a_plan_sends() -> None:
    """ "(không bao gồm nội dung mật) được gửi …" keeps the phrase going, as "(trừ …)" does;
    "mỗi năm cử 02 đến 03 cán bộ …" counts whom it sends."""
    (reports,) = readings(
        "100% báo cáo Chính phủ định kỳ (không bao gồm nội dung mật) được gửi, nhận qua hệ "
        "thống thông tin báo cáo quốc gia."
    )
    assert reports.phrase == (
        "báo cáo Chính phủ định kỳ được gửi, nhận qua hệ thống thông tin báo cáo quốc gia"
    )
    assert reports.exclusions == ("nội dung mật",)
    (records,) = readings("100% hồ sơ (không bao gồm hồ sơ mật) của các sở, ngành được số hóa.")
    assert records.phrase == "hồ sơ của các sở, ngành được số hóa"
    (sent,) = readings(
        "Phấn đấu mỗi năm cử 02 đến 03 cán bộ quản lý trẻ tham gia các lớp bồi dưỡng ở nước ngoài."
    )
    assert (sent.op, sent.value, sent.recurrence) == ("between", "2..3", "yearly")


def test_one_score_per_index_named() -> None:
    found = readings("Phấn đấu Chỉ số PAR Index, SIPAS của tỉnh đạt trên 85 điểm.")
    assert [(r.phrase, r.op, r.value, r.unit) for r in found] == [
        ("Chỉ số PAR Index của tỉnh", ">", "85", "points"),
        ("SIPAS của tỉnh", ">", "85", "points"),
    ]


def test_a_group_of_leaders_described_at_length_and_the_first_among_neighbours() -> None:
    """ "thuộc nhóm 30 tỉnh, thành trong cả nước thực hiện tốt nhất về chuyển đổi số" is a
    place among the top 30 (before, the words between were too many); "xếp hạng cao nhất so
    với khu vực Tây Nguyên" is the first place among them."""
    group, first = readings(
        "Phấn đấu tỉnh thuộc nhóm 30 tỉnh, thành trong cả nước thực hiện tốt nhất về chuyển "
        "đổi số và xếp hạng cao nhất so với khu vực Tây Nguyên."
    )
    assert (group.op, group.value) == ("rank_top", "30")
    assert (first.op, first.value, first.phrase) == (
        "rank_top",
        "1",
        "xếp hạng so với khu vực Tây Nguyên",
    )

"""Markdown tables of targets, title lines that name a period, and leads that name a measure."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model.text import extract
from cchc_model.text.tables import readable, table_lines

TABLE = """KẾ HOẠCH CHUYỂN ĐỔI SỐ

| STT | Chỉ tiêu                          | Đơn vị tính | Năm 2025 |
|-----|-----------------------------------|-------------|----------|
| 1   | Tỷ lệ hồ sơ trực tuyến toàn trình | %           | 80       |
| 2   | Mức độ hài lòng của người dân     | %           | ≥ 90     |
| 3   | Số điểm phục vụ hành chính công   | điểm        | 12       |
| 4   | Hồ sơ tồn đọng năm 2024           | hồ sơ       | 1.250    |

Các nhiệm vụ khác theo kế hoạch.
"""


def rows_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("|")]


class TestMarkdownTables:
    def test_a_table_of_targets_is_read_row_by_row_with_the_header_year(self) -> None:
        draft = extract(TABLE, issuer="38")
        assert [str(t.target) for t in draft.targets] == [
            "≥ 80 %, in 2025",
            "≥ 90 %, in 2025",
            "≥ 12 unit, in 2025",
        ]
        assert [t.reading.phrase for t in draft.targets] == [
            "Tỷ lệ hồ sơ trực tuyến toàn trình",
            "Mức độ hài lòng của người dân",
            "Số điểm phục vụ hành chính công",  # a count its row names
        ]

    def test_a_target_points_at_its_row_as_written(self) -> None:
        draft = extract(TABLE, issuer="38")
        rows = rows_of(TABLE)
        for target, row in zip(draft.targets, rows[2:], strict=False):
            start, end = target.target.source_span
            assert TABLE[start:end] == row == target.target.source_text

    def test_a_row_not_read_is_listed_as_written(self) -> None:
        draft = extract(TABLE, issuer="38")
        # a figure whose row names no measure ("Hồ sơ tồn đọng …") is no target
        assert [u.text for u in draft.unread] == [rows_of(TABLE)[5]]

    def test_a_column_per_year(self) -> None:
        table = (
            "| TT | Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 |\n"
            "|----|----------|--------|----------|----------|\n"
            "| 1 | Tỷ lệ hồ sơ được số hóa | % | 60 | 80 |\n"
        )
        assert readable(table).text.split("\n")[2] == (
            "- Tỷ lệ hồ sơ được số hóa: 60% năm 2024; 80% năm 2025."
        )
        draft = extract(table, issuer="38", period="2024-2025")
        assert [str(t.target) for t in draft.targets] == ["≥ 60 %, in 2024", "≥ 80 %, in 2025"]
        assert {t.reading.phrase for t in draft.targets} == {"Tỷ lệ hồ sơ được số hóa"}

    def test_rows_without_a_header_and_a_section_row_that_names_the_period(self) -> None:
        text = (
            "| **I** | **Đến năm 2030** | | |\n"
            "| 4 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 90 |"
        )
        written = readable(text).text.split("\n")
        assert written == ["Đến năm 2030", "- Tỷ lệ dịch vụ công trực tuyến toàn trình: 90%."]
        (target,) = extract(text, issuer="VN", period="2026-2030").targets
        assert (target.reading.value, target.reading.period) == ("90", "2030")
        # a section's cell merged across the row, as Word gives it, is named once in each column
        merged = text.replace(
            "| **Đến năm 2030** | | |", "| Đến năm 2030 | Đến năm 2030 | Đến năm 2030 |"
        )
        assert readable(merged).text.split("\n") == written

    def test_a_counted_unit_follows_its_figure(self) -> None:
        text = (
            "| STT | Chỉ tiêu | ĐVT | Mục tiêu 2026 |\n|---|---|---|---|\n| 1 | Số xã | xã | 15 |"
        )
        assert readable(text).text.split("\n") == [
            "Chỉ tiêu năm 2026:",
            "",
            "- Số xã: 15 xã.",
        ]
        (target,) = extract(text, issuer="38", period="2026").targets
        assert (target.reading.op, target.reading.value, target.reading.unit) == (
            ">=",
            "15",
            "count",
        )

    def test_other_tables_and_text_are_left_as_written(self) -> None:
        text = "| Họ tên | Chức vụ |\n|---|---|\n| Nguyễn Văn A | Giám đốc |\nKhông có bảng."
        assert readable(text).text.split("\n")[2:] == [
            "| Nguyễn Văn A | Giám đốc |",
            "Không có bảng.",
        ]
        plain = "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%."
        made = readable(plain)
        assert (made.text, made.changed, made.span((0, 5))) == (plain, False, (0, 5))

    def test_a_table_of_tasks_without_a_separator_row_and_other_header_words(self) -> None:
        """ "Nhiệm vụ | Đơn vị thực hiện | Thời gian thực hiện", as a Word table converted
        without the Markdown separator row gives it."""
        table = (
            "| STT | Nhiệm vụ | Đơn vị thực hiện | Thời gian thực hiện |\n"
            "| 1 | Rà soát, chuẩn hóa quy trình nội bộ | Văn phòng UBND tỉnh | Tháng 6/2025 |\n"
            "| 2 | Tập huấn kỹ năng số | UBND các xã, phường | Năm 2026 |\n"
        )
        found = [
            (t.reading.phrase, t.reading.deadline, t.reading.level) for t in extract(table).targets
        ]
        assert found == [
            ("Rà soát, chuẩn hóa quy trình nội bộ", date(2025, 6, 30), "self"),
            ("Tập huấn kỹ năng số", date(2026, 12, 31), "each_commune"),
        ]

    def test_a_table_copied_from_a_web_page_without_its_first_pipe(self) -> None:
        """A page's table copied as text keeps the pipes between cells and after the last,
        none before the first; "Chỉ tiêu cụ thể" names the target column."""
        table = (
            "STT | Tên chỉ tiêu | Giải thích chỉ tiêu | Đơn vị tính | Chỉ tiêu cụ thể |\n"
            "I | Nhận thức số (02 chỉ tiêu) | | |\n"
            "1 | Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số | Số cán bộ được bồi dưỡng/"
            "tổng số cán bộ | % | 100 |\n"
        )
        found = [(t.reading.phrase, t.reading.op, t.reading.value) for t in extract(table).targets]
        assert found == [("Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số", ">=", "100")]
        # a sentence with a pipe or two is no row
        plain = "Kết quả | xem phụ lục | trang 3."
        assert readable(plain).text == plain

    def test_a_rank_row_says_a_place_among_the_leaders_or_a_place_kept(self) -> None:
        table = (
            "| TT | Chỉ tiêu | Đơn vị tính | Mục tiêu đến năm 2030 |\n"
            "|---|---|---|---|\n"
            "| 4 | Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới |\n"
            "| 5 | Chỉ số PAR Index | Thứ hạng | Duy trì |\n"
        )
        found = [(t.reading.op, t.reading.value, t.reading.period) for t in extract(table).targets]
        assert found == [
            ("rank_top", "3", "2030"),
            ("rank_top", "50", "2030"),
            ("rank_keep", "", "2030"),
        ]

    def test_a_table_of_tasks_gives_each_task_its_completion_date(self) -> None:
        table = (
            "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Sản phẩm | Thời gian hoàn thành |\n"
            "|---|---|---|---|---|\n"
            "| 1. | Xây dựng, trình ban hành chương trình tuyên truyền theo hướng: đa dạng "
            "hóa | Bộ Nội vụ | Quyết định | 6/2025 |\n"
            "| 2. | Dự án Luật sửa đổi, bổ sung một số điều của Luật Thống kê | Các bộ, ngành, "
            "địa phương | Luật | Quý III/2025 |\n"
            "| 3. | Nâng cấp hạ tầng công nghệ thông tin | Các bộ, ngành liên quan | Hệ thống "
            "| 2026 |\n"
            "| 4. | Ban hành quy chế | UBND các xã, phường | Quy chế | 15/9/2025 |\n"
            "| 5. | Tuyên truyền về chuyển đổi số | Bộ Nội vụ | Tin bài | Thường xuyên |\n"
            "| 6. | Đề án đầu tư năng lực | Bộ Nội vụ | Đề án | 2025 - 2026 |\n"
            "| 7. | Ban hành danh mục dự án | Bộ Nội vụ | Danh mục | hằng năm |\n"
        )
        draft = extract(table, issuer="VN")
        found = [
            (t.reading.phrase, t.reading.level, t.reading.deadline, t.reading.op)
            for t in draft.targets[:4]
        ]
        assert found == [
            ("Xây dựng, trình ban hành chương trình tuyên truyền", "self", date(2025, 6, 30),
             "yes"),
            ("Dự án Luật sửa đổi, bổ sung một số điều của Luật Thống kê", "each_unit",
             date(2025, 9, 30), "yes"),
            ("Nâng cấp hạ tầng công nghệ thông tin", "each_ministry", date(2026, 12, 31), "yes"),
            ("Ban hành quy chế", "each_commune", date(2025, 9, 15), "yes"),
        ]  # fmt: skip
        rows = rows_of(table)
        assert [t.target.source_text for t in draft.targets] == [
            rows[i] for i in (2, 3, 4, 5, 7, 8)
        ]
        # a row whose date is none ("Thường xuyên", row 6) gives no task; the rows after it do
        # years a task spans: done by the end of the last, within them; a task every year
        spanned, yearly = draft.targets[4:]
        assert (spanned.reading.deadline, spanned.reading.period) == (
            date(2026, 12, 31),
            "2025-2026",
        )
        assert (yearly.reading.deadline, yearly.reading.recurrence) == (None, "yearly")

    def test_a_word_table_is_written_as_the_markdown_rows_of_a_converted_plan(self) -> None:
        rows = [["STT", "Chỉ tiêu", "Năm 2025"], ["1", "Hồ sơ | trực tuyến", "80"]]
        assert table_lines(rows) == [
            "| STT | Chỉ tiêu | Năm 2025 |",
            "| 1 | Hồ sơ ¦ trực tuyến | 80 |",  # a pipe in a cell splits no cell
        ]
        assert [c.strip() for c in table_lines(rows)[1].strip("|").split("|")] == [
            "1",
            "Hồ sơ ¦ trực tuyến",
            "80",
        ]

    @given(
        st.lists(
            st.lists(st.text(alphabet="| -:%0123456789abcỹ¦", max_size=12), min_size=1, max_size=6),
            min_size=1,
            max_size=5,
        )
    )
    def test_a_word_table_s_rows_give_back_their_cells(self, rows: list[list[str]]) -> None:
        """Whatever a cell holds, its row's line splits back into the same cells."""
        lines = table_lines(rows)
        assert len(lines) == len(rows)
        for line, row in zip(lines, rows, strict=True):
            inner = line.strip().removeprefix("|").removesuffix("|")
            assert [c.strip() for c in inner.split("|")] == [
                c.replace("|", "¦").strip() for c in row
            ]

    @given(st.lists(st.text(alphabet="| -:*%0123456789abcỹ\t", max_size=30), max_size=8))
    def test_any_rows_keep_their_lines_and_map_back_inside_the_text(self, lines: list[str]) -> None:
        text = "\n".join(lines)
        made = readable(text)
        assert made.text.count("\n") == text.count("\n")
        for at in range(len(made.text) + 1):
            start, end = made.span((at, at))
            assert 0 <= start <= len(text)
            assert 0 <= end <= len(text)


class TestTitlesAndMeasuresInLeads:
    def test_a_title_that_names_a_period_leads_the_paragraph_after_it(self) -> None:
        (target,) = extract(
            "Mục tiêu đến năm 2025\nTỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.",
            issuer="38",
        ).targets
        assert target.reading.period == "2025"

    @pytest.mark.parametrize(
        "title",
        [
            "Mục tiêu đến năm 2030 (Nghị quyết 57-NQ/TW)",  # a document's number is no figure
            "Theo Quyết định 749/QĐ-TTg, mục tiêu đến năm 2030",
            "Mục tiêu cụ thể đến năm 2030 …",  # a title cut short
        ],
    )
    def test_a_title_with_a_document_number_or_cut_short(self, title: str) -> None:
        (target,) = extract(f"{title}\n100% hồ sơ công việc được số hóa.", issuer="38").targets
        assert target.reading.period == "2030"

    @pytest.mark.parametrize("lead", ["Tầm nhìn đến năm 2030:", "Định hướng đến năm 2030:"])
    def test_a_vision_alone_names_the_period(self, lead: str) -> None:
        """A lead whose only year is a vision's ("Tầm nhìn đến năm 2030:") gives what it leads
        that year; beside a target year ("đến năm 2025, tầm nhìn đến năm 2030") it does not."""
        (alone,) = extract(f"{lead}\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.").targets
        assert alone.reading.period == "2030"
        (beside,) = extract(
            "Mục tiêu đến năm 2025, tầm nhìn đến năm 2030:\n- Tỷ lệ hồ sơ trực tuyến đạt 80%."
        ).targets
        assert beside.reading.period == "2025"

    def test_a_title_with_a_figure_is_a_sentence(self) -> None:
        """A line with a figure of its own is a sentence, not a title: it leads nothing, but
        the period it states stays in force for the sentences after it, noted as such, until
        a heading or a period of their own."""
        found = extract("Đến năm 2030 có 50 xã đạt chuẩn\n100% hồ sơ được số hóa.").targets
        (after,) = [t.reading for t in found if t.reading.value == "100"]
        assert after.period == "2030"
        assert any("stated before it, still in force" in note for note in after.notes)
        headed = "Đến năm 2030 có 50 xã đạt chuẩn.\nII. NHIỆM VỤ\n100% hồ sơ được số hóa."
        found = extract(headed).targets
        assert [t.reading.period for t in found if t.reading.value == "100"] == [None]
        own = "Năm 2030, 95% TTHC trực tuyến. Năm 2026, 100% hồ sơ được số hóa. 90% hồ sơ ký số."
        assert [t.reading.period for t in extract(own).targets] == ["2030", "2026", "2026"]
        past = "Năm 2023, tỷ lệ hồ sơ trực tuyến đã đạt 60%. TTHC trực tuyến đạt tối thiểu 90%."
        assert [t.reading.period for t in extract(past).targets] == [None]

    def test_a_sentence_that_ends_is_no_title(self) -> None:
        (target,) = extract(
            "Năm 2024 tỉnh đã hoàn thành kế hoạch.\nTỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.",
            issuer="38",
        ).targets
        assert target.reading.period is None

    def test_a_lead_that_names_the_measure_gives_it_to_bare_figures(self) -> None:
        targets = extract(
            "Chỉ tiêu:\n- Tỷ lệ hồ sơ trực tuyến: năm 2025 đạt 80%, năm 2030 đạt 100%.",
            issuer="38",
        ).targets
        assert [(t.reading.phrase, t.reading.period) for t in targets] == [
            ("Tỷ lệ hồ sơ trực tuyến", "2025"),
            ("Tỷ lệ hồ sơ trực tuyến", "2030"),
        ]
        assert "the measured phrase is the one its lead names" in targets[0].reading.notes


class TestNamedCounts:
    def read(self, text: str) -> list[tuple[str, str, str, str | None]]:
        return [
            (t.reading.phrase, t.reading.op, t.reading.value, t.reading.period)
            for t in extract(text, issuer="38").targets
        ]

    def test_a_count_named_before_its_figure_under_a_lead_that_sets_targets(self) -> None:
        text = "Đến năm 2030\n- Số doanh nghiệp công nghệ số: ≥ 5 doanh nghiệp."
        assert self.read(text) == [("Số doanh nghiệp công nghệ số", ">=", "5", "2030")]

    def test_a_count_with_its_own_operator_words(self) -> None:
        (target,) = extract("Số xã đạt chuẩn nông thôn mới đạt 15 xã trở lên.", issuer="38").targets
        assert (target.reading.value, target.reading.level) == ("15", "commune")

    def test_a_count_alone_or_in_a_report_is_a_statistic(self) -> None:
        assert self.read("Số hồ sơ tiếp nhận: 178.661 hồ sơ.") == []
        assert self.read("Kết quả năm 2024:\n- Số hồ sơ tiếp nhận: 12.345 hồ sơ.") == []

    @pytest.mark.parametrize(
        ("item", "expected"),
        [
            ("Tổng dung lượng thiết kế cáp quang trên biển: ≥ 350 Tbps.", (">=", "350", "count")),
            ("Hình thành sàn dữ liệu: 5 sàn dữ liệu.", (">=", "5", "count")),
            ("Tổ chức khoa học được xếp hạng khu vực: 40 - 50 tổ chức.",
             ("between", "40..50", "count")),
            ("Chỉ số phát triển con người (HDI): > 0,7.", (">", "0.7", "points")),
        ],
    )  # fmt: skip
    def test_any_measure_named_before_its_figure_under_a_lead_that_sets_targets(
        self, item: str, expected: tuple[str, str, str]
    ) -> None:
        (found,) = extract(f"Chỉ tiêu đến năm 2030:\n- {item}").targets
        assert (found.reading.op, found.reading.value, found.reading.unit) == expected
        assert found.reading.period == "2030"
        # the same row under a report's lead, or alone, is a statistic
        assert extract(f"Kết quả năm 2024:\n- {item}").targets == ()
        assert extract(item).targets == ()

    def test_the_operator_of_a_named_count_is_read_as_any_figure_s(self) -> None:
        for written, op in (
            ("≤ 5", "<="),
            ("tối thiểu 5", ">="),
            ("không quá 5", "<="),
            ("5", ">="),
        ):
            text = f"Đến năm 2030\n- Số doanh nghiệp công nghệ số: {written} doanh nghiệp."
            assert [r[1] for r in self.read(text)] == [op], written


def _read_table(table: str) -> list[tuple[str, str, str | None, str]]:
    """(value, level, period, phrase) of each target read from a table of 2026."""
    draft = extract(table, issuer="38", year=2026, period="2026-2030")
    return [
        (t.reading.value, t.reading.level, t.reading.period, t.reading.phrase)
        for t in draft.targets
    ]


class TestTablesAsPlansLayThemOut:
    def test_a_column_per_tier(self) -> None:
        table = (
            "| TT | Chỉ tiêu | Cấp tỉnh | Cấp xã |\n"
            "| 1 | Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng | 100% | 90% |\n"
        )
        measure = "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng"
        assert _read_table(table) == [
            ("100", "province", None, measure),
            ("90", "commune", None, measure),
        ]
        # a header known by its tier columns alone, without a separator line under it
        tiers_alone = table.replace("| TT | Chỉ tiêu |", "| TT | Lĩnh vực |")
        assert _read_table(tiers_alone) == _read_table(table)

    def test_years_named_alone_a_header_of_two_rows_and_a_span(self) -> None:
        alone = (
            "| TT | Nội dung chỉ tiêu | ĐVT | 2026 | 2027 |\n"
            "| 2 | Tỷ lệ người dân có tài khoản định danh điện tử mức 2 | % | 70 | 75 |\n"
        )
        measure = "Tỷ lệ người dân có tài khoản định danh điện tử mức 2"
        assert _read_table(alone) == [
            ("70", "self", "2026", measure),
            ("75", "self", "2027", measure),
        ]
        two_rows = (
            "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch giai đoạn 2026-2030 | |\n"
            "| | | | 2026 | 2027 |\n"
            "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 60 | 70 |\n"
        )
        assert [row[:3] for row in _read_table(two_rows)] == [
            ("60", "self", "2026"),
            ("70", "self", "2027"),
        ]
        span = (
            "| STT | Chỉ tiêu | Đơn vị | Giai đoạn 2026-2030 |\n"
            "| 1 | Tỷ lệ cán bộ được bồi dưỡng | % | 100 |\n"
        )
        assert _read_table(span) == [("100", "self", "2026-2030", "Tỷ lệ cán bộ được bồi dưỡng")]

    def test_the_unit_after_the_name_and_the_group_s_column(self) -> None:
        unit_in_name = (
            "| TT | Chỉ tiêu | Năm 2026 | Năm 2027 |\n"
            "| 1 | Mức độ hài lòng của người dân, doanh nghiệp (%) | ≥85 | ≥87 |\n"
        )
        draft = extract(unit_in_name, issuer="38", year=2026, period="2026-2030")
        assert [str(t.target) for t in draft.targets] == ["≥ 85 %, in 2026", "≥ 87 %, in 2027"]
        grouped = (
            "| STT | Nhóm chỉ tiêu | Chỉ tiêu | Đơn vị tính | Năm 2026 |\n"
            "| 1 | Cải cách thủ tục hành chính | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 60 |\n"
        )
        assert _read_table(grouped) == [("60", "self", "2026", "Tỷ lệ hồ sơ trực tuyến toàn trình")]

    def test_sub_rows_give_figures_for_their_parent_s_measure(self) -> None:
        tiers = (
            "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 |\n"
            "| 1 | Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng | | | |\n"
            "| - | Cấp tỉnh | % | 100 | 100 |\n"
            "| - | Cấp xã | % | 80 | 90 |\n"
        )
        measure = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng"
        assert _read_table(tiers) == [
            ("100", "province", "2026", measure),
            ("100", "province", "2027", measure),
            ("80", "commune", "2026", measure),
            ("90", "commune", "2027", measure),
        ]
        # the parent row may give the unit its sub-rows share
        with_unit = tiers.replace("mạng | | |", "mạng | % | | |")
        assert _read_table(with_unit) == _read_table(tiers)
        parts = (
            "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 |\n"
            "| 2 | Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến | | |\n"
            "| a | Toàn trình | % | 60 |\n"
            "| 3 | Tỷ lệ văn bản ký số | % | 95 |\n"
        )
        assert [row[3] for row in _read_table(parts)] == [
            "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến (Toàn trình)",
            "Tỷ lệ văn bản ký số",
        ]


@pytest.mark.parametrize(
    ("lead", "level"),
    [("- Cấp tỉnh: 100%;", "province"), ("+ Đối với cấp xã: trên 85%.", "commune")],
)
def test_an_item_labelled_with_its_tier_measures_its_lead_s_measure(lead: str, level: str) -> None:
    text = f"Phấn đấu tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng như sau:\n{lead}\n"
    (found,) = [t.reading for t in extract(text).targets]
    assert (found.level, found.phrase) == (
        level,
        "tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
    )


def test_sub_rows_under_a_single_year_and_a_row_with_a_figure_elsewhere() -> None:
    """The year of the header's one target column is the sub-rows' too; a row whose figure
    stands in another column ("Ghi chú") is no parent: it is read as written."""
    table = (
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Ghi chú |\n"
        "| 1 | Tỷ lệ hồ sơ trực tuyến | % | | Phấn đấu đạt 80% |\n"
        "| 2 | Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng | % | | |\n"
        "| - | Cấp tỉnh | % | 100 | |\n"
    )
    assert [row[:3] for row in _read_table(table)] == [
        ("80", "self", "2026"),
        ("100", "province", "2026"),
    ]
    assert readable(table).text.split("\n")[1] == table.split("\n")[1]


def test_a_parent_row_measures_no_row_of_the_next_table() -> None:
    tables = (
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 |\n"
        "| 1 | Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng | | |\n"
        "| - | Cấp tỉnh | % | 100 |\n"
        "\n"
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 |\n"
        "| - | Tỷ lệ văn bản ký số | % | 95 |\n"
    )
    assert [row[3] for row in _read_table(tables)] == [
        "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
        "Tỷ lệ văn bản ký số",
    ]


class TestRowsOfSeveralMeasures:
    def test_measures_run_together_share_the_figures_of_each_year_in_order(self) -> None:
        """A web page's cell loses its line breaks: the measures run together, each opening
        with a capital, and each year's cell gives their figures in the same order."""
        table = (
            "| Lĩnh vực | Mô tả | Đến năm 2030 | Tầm nhìn đến năm 2045 |\n"
            "|---|---|---|---|\n"
            "| Kinh tế số | Kinh tế số chiếm tỷ trọng trong GDP Doanh nghiệp sử dụng nền tảng "
            "số đạt tỷ lệ | Trên 30% tối thiểu 70% | 50% trên 90% |\n"
            "| Doanh nghiệp | Tỷ lệ doanh nghiệp nhỏ và vừa dùng hóa đơn điện tử Số doanh "
            "nghiệp công nghệ số | 100% Tối thiểu 5.000 doanh nghiệp | 100% 10.000 doanh "
            "nghiệp |\n"
            "| Hạ tầng | Phủ sóng 5G Việt Nam | 99% | 100% |\n"
            "| Dịch vụ | Số dịch vụ công trực tuyến Tỷ lệ hồ sơ trực tuyến | 500 dịch vụ trên 80% "
            "| 900 dịch vụ trên 95% |\n"
        )
        found = [
            (t.reading.phrase, t.reading.op, t.reading.value, t.reading.unit, t.reading.period)
            for t in extract(table, issuer="VN", year=2025).targets
        ]
        gdp, firms = "Kinh tế số chiếm tỷ trọng trong GDP", "Doanh nghiệp sử dụng nền tảng số"
        invoices, counted = (
            "Tỷ lệ doanh nghiệp nhỏ và vừa dùng hóa đơn điện tử",
            "Số doanh nghiệp công nghệ số",
        )
        assert found == [
            (gdp, ">", "30", "percent", "2030"),
            (gdp, ">=", "50", "percent", "2045"),
            (firms, ">=", "70", "percent", "2030"),
            (firms, ">", "90", "percent", "2045"),
            (invoices, ">=", "100", "percent", "2030"),
            (invoices, ">=", "100", "percent", "2045"),
            (counted, ">=", "5000", "count", "2030"),
            (counted, ">=", "10000", "count", "2045"),
            ("Phủ sóng 5G Việt Nam", ">=", "99", "percent", "2030"),
            ("Phủ sóng 5G Việt Nam", ">=", "100", "percent", "2045"),
            ("Số dịch vụ công trực tuyến", ">=", "500", "count", "2030"),
            ("Số dịch vụ công trực tuyến", ">=", "900", "count", "2045"),
            ("Tỷ lệ hồ sơ trực tuyến", ">", "80", "percent", "2030"),
            ("Tỷ lệ hồ sơ trực tuyến", ">", "95", "percent", "2045"),
        ]

    def test_a_cell_is_cut_only_when_every_year_gives_as_many_figures(self) -> None:
        table = (
            "| Lĩnh vực | Mô tả chỉ tiêu | Đến năm 2030 |\n"
            "|---|---|---|\n"
            "| Hạ tầng | Phủ sóng băng rộng tới các thôn Trung tâm dữ liệu | 100% |\n"
        )
        (found,) = extract(table, issuer="VN", year=2025).targets
        assert found.reading.phrase == "Phủ sóng băng rộng tới các thôn Trung tâm dữ liệu"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "- Số xã đạt chuẩn nông thôn mới: 50 xã năm 2026; 60 xã năm 2027.",
            [("50", "commune", "2026"), ("60", "commune", "2027")],
        ),
        (
            "- Số doanh nghiệp công nghệ số: 5.000 doanh nghiệp năm 2030.",
            [("5000", "self", "2030")],
        ),
    ],
)
def test_a_count_given_for_each_year(item: str, expected: list[tuple[str, str, str]]) -> None:
    """A count with its year, as a table's row of years is written: no status is read from
    what the count names ("Số xã đạt chuẩn …")."""
    draft = extract(f"Chỉ tiêu:\n{item}\n", issuer="VN", year=2025)
    found = [(t.reading.value, t.reading.level, t.reading.period) for t in draft.targets]
    assert found == expected
    assert {t.reading.unit for t in draft.targets} == {"count"}


@pytest.mark.parametrize(
    ("lead", "measure"),
    [
        ("Chỉ tiêu cụ thể:", ""),
        ("Nội dung chỉ tiêu:", ""),
        ("Mô tả chỉ tiêu:", ""),  # a column's name, not a measure
        ("Tỷ lệ hồ sơ trực tuyến:", "Tỷ lệ hồ sơ trực tuyến"),
    ],
)
def test_a_lead_names_the_measure_of_the_figures_under_it(lead: str, measure: str) -> None:
    (found,) = extract(f"{lead}\n- Năm 2025: 80%.\n").targets
    assert (found.reading.phrase, found.reading.value) == (measure, "80")


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        (
            "| STT | Nội dung công việc | Đơn vị chủ trì | Bắt đầu | Kết thúc | Ghi chú |",
            "| 1 | Xây dựng kế hoạch chuyển đổi số | Sở Khoa học và Công nghệ | 01/02/2026 "
            "| 15/3/2026 | |",
            ("Xây dựng kế hoạch chuyển đổi số", date(2026, 3, 15), "self"),
        ),
        (
            "| Mã số | Công tác | Phụ trách | Bắt đầu | Kết thúc | Thời gian (ngày) | Phối hợp |",
            "| 1.2.1 | Rà soát, chuẩn hóa dữ liệu hộ tịch | UBND các xã | 01/3/2026 | 30/4/2026 "
            "| 60 | |",
            ("Rà soát, chuẩn hóa dữ liệu hộ tịch", date(2026, 4, 30), "each_commune"),
        ),
        (
            "| TT | Nhiệm vụ | Thời gian bắt đầu | Thời gian kết thúc |",
            "| 1 | Số hóa hồ sơ đất đai | 01/01/2026 | 30/6/2026 |",
            ("Số hóa hồ sơ đất đai", date(2026, 6, 30), "self"),
        ),
        (
            "| TT | Nội dung | Từ ngày | Đến ngày |",
            "| 1 | Tập huấn kỹ năng số cho cán bộ cấp xã | 01/5/2026 | 31/5/2026 |",
            ("Tập huấn kỹ năng số cho cán bộ cấp xã", date(2026, 5, 31), "self"),
        ),
        (
            "| TT | Nội dung | Cơ quan thực hiện | Thời gian thực hiện |",
            "| 1 | Tuyên truyền về dịch vụ công trực tuyến | UBND các xã | Từ 01/3/2026 đến "
            "30/6/2026 |",
            ("Tuyên truyền về dịch vụ công trực tuyến", date(2026, 6, 30), "each_commune"),
        ),
        (
            "| TT | Nội dung | Cơ quan thực hiện | Thời gian thực hiện |",
            "| 1 | Số hóa sổ hộ tịch | UBND các xã | Tháng 3 - 9/2026 |",
            ("Số hóa sổ hộ tịch", date(2026, 9, 30), "each_commune"),
        ),
        (  # led by every agency
            "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |",
            "| 1 | Rà soát, đơn giản hóa thủ tục hành chính | Các sở, ngành | Quý II/2026 |",
            ("Rà soát, đơn giản hóa thủ tục hành chính", date(2026, 6, 30), "each_agency"),
        ),
    ],
)
def test_a_task_is_due_at_the_end_its_table_gives_it(
    header: str, row: str, expected: tuple[str, date, str]
) -> None:
    """A table of tasks as a schedule writes it: a start and an end column ("Bắt đầu | Kết
    thúc", "Từ ngày | Đến ngày"), or a span in one cell; any words for the task's column."""
    (found,) = extract(f"{header}\n{row}\n", issuer="38", year=2026).targets
    reading = found.reading
    assert (reading.phrase, reading.deadline, reading.level) == expected
    assert reading.op == "yes"


@pytest.mark.parametrize(
    ("due", "deadline"),
    [
        ("T10/2026", date(2026, 10, 31)),  # a month abbreviated
        ("Q3/2026", date(2026, 9, 30)),  # a quarter abbreviated
        ("Tháng 12", date(2026, 12, 31)),  # of the document's year
        ("Quý II", date(2026, 6, 30)),
        ("6 tháng đầu năm 2026", date(2026, 6, 30)),  # a half, due at its end
    ],
)
def test_a_due_cell_written_short(due: str, deadline: date) -> None:
    table = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
        f"| 1 | Tổ chức khảo sát sự hài lòng | Sở Nội vụ | {due} |\n"
    )
    (found,) = extract(table, issuer="38", year=2026).targets
    assert (found.reading.op, found.reading.deadline) == ("yes", deadline)


def test_a_row_read_in_several_pieces_is_explained_once() -> None:
    """A row of years is read as an item and its label's lead: it is one place of the
    document, listed once with all its targets, in the explanation and in a notebook."""
    table = (
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 |\n"
        "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 60 | 70 |\n"
    )
    draft = extract(table, issuer="38")
    row = table.splitlines()[1]
    explained = draft.explain().splitlines()
    assert sum(line.endswith(row) for line in explained) == 1
    assert sum("→ t0" in line for line in explained) == 2
    assert draft._repr_html_().count(row) == 1


def test_a_table_announced_by_a_lead_takes_its_period() -> None:
    """ "Các chỉ tiêu chủ yếu năm 2026:" over a table: the table's own lead goes on from it."""
    text = (
        "Các chỉ tiêu chủ yếu năm 2026:\n"
        "| STT | Chỉ tiêu | Đơn vị tính | Cấp tỉnh | Cấp xã |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | ≥ 98 | ≥ 95 |\n"
        "| 2 | Số thủ tục hành chính được cắt giảm | thủ tục | 20 | |\n"
    )
    found = [
        (t.reading.value, t.reading.level, t.reading.period, t.reading.phrase)
        for t in extract(text).targets
    ]
    assert found == [
        ("98", "province", "2026", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
        ("95", "commune", "2026", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
        # a count in one tier's column is that tier's; what is done to what it counts kept
        ("20", "province", "2026", "Số thủ tục hành chính được cắt giảm"),
    ]


_MEASURE = "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình"


@pytest.mark.parametrize(
    "table",
    [
        # the target column named as the measure's is, after it
        f"| STT | Nội dung | Chỉ tiêu |\n|---|---|---|\n| 1 | {_MEASURE} | ≥ 80% |\n",
        # who leads it is no unit ("Đơn vị chủ trì")
        f"| STT | Nội dung | Chỉ tiêu | Đơn vị chủ trì |\n| 1 | {_MEASURE} | 80% | Sở Nội vụ |\n",
        # what each row must reach, its value
        f"| STT | Nhiệm vụ/Chỉ tiêu | Kết quả cần đạt |\n| 1 | {_MEASURE} | Tối thiểu 80% |\n",
        f"| STT | Nhóm chỉ tiêu | Chỉ tiêu | Giá trị |\n"
        f"| 1 | Chính quyền số | {_MEASURE} | 80% |\n",
        # a row without a header: the longest cell of words is the measure, not its group
        f"Chỉ tiêu cụ thể:\n| 1 | Chuyển đổi số | {_MEASURE} | % | 80 |\n",
    ],
)
def test_target_columns_as_plans_name_them(table: str) -> None:
    assert [(value, phrase) for value, _, _, phrase in _read_table(table)] == [("80", _MEASURE)]


def test_a_target_column_named_as_the_measure_s_leads_with_the_word_once() -> None:
    table = f"| STT | Nội dung | Chỉ tiêu |\n|---|---|---|\n| 1 | {_MEASURE} | ≥ 80% |"
    assert readable(table).text.split("\n")[0] == "Chỉ tiêu:"


_RESULTS_BESIDE_THE_PLAN = (
    "| TT | Chỉ tiêu | Thực hiện năm 2024 | Kế hoạch năm 2026 |\n|---|---|---|---|\n"
    "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 45 | 60 |\n"
    "| 2 | Mức độ hài lòng của người dân (%) | 88 | 90 |\n"
)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a column of results is no target column; a row's figures are no row numbers
        (_RESULTS_BESIDE_THE_PLAN,
         [("60", "self", "2026", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
          ("90", "self", "2026", "Mức độ hài lòng của người dân")]),
        # a group row keeps the rows after it under the header
        ("| TT | Chỉ tiêu | ĐVT | Năm 2026 |\n|---|---|---|---|\n"
         "| I | Cải cách thủ tục hành chính | | |\n"
         "| 1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 98 |\n"
         "| II | Chính quyền số | | |\n"
         "| 1 | Tỷ lệ văn bản được ký số | % | 100 |\n",
         [("98", "self", "2026", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
          ("100", "self", "2026", "Tỷ lệ văn bản được ký số")]),
    ],
)  # fmt: skip
def test_rows_under_their_header_as_plans_lay_them_out(
    table: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    assert _read_table(table) == expected


def test_a_column_of_results_gives_no_target_read_in_no_year() -> None:
    targets = extract(_RESULTS_BESIDE_THE_PLAN, issuer="38").targets
    assert [t.reading.value for t in targets] == ["60", "90"]


def test_measures_run_together_are_cut_at_their_heads_when_names_inside_them_miscount() -> None:
    table = (
        "| STT | Chỉ tiêu | Năm 2026 |\n|---|---|---|\n"
        "| 1 | Tỷ lệ thủ tục hành chính được cung cấp trên Cổng Dịch vụ công quốc gia Tỷ lệ hồ "
        "sơ trực tuyến toàn trình | 80% 50% |\n"
    )
    assert _read_table(table) == [
        ("80", "self", "2026",
         "Tỷ lệ thủ tục hành chính được cung cấp trên Cổng Dịch vụ công quốc gia"),
        ("50", "self", "2026", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
    ]  # fmt: skip


class TestTablesCopiedWithTabs:
    """A table copied from Word or a spreadsheet into a text file: cells between tabs."""

    TABBED = (
        "KẾ HOẠCH Chuyển đổi số giai đoạn 2026 - 2028\n\n"
        "STT\tChỉ tiêu\tĐơn vị tính\tNăm 2026\tNăm 2027\n"
        "1\tTỷ lệ hồ sơ trực tuyến toàn trình\t%\t50\t60\n"
        "2\tThời gian giải quyết thủ tục đăng ký kinh doanh\tngày\t≤ 3\t≤ 2\n"
    )

    def test_read_as_the_same_table_between_pipes(self) -> None:
        piped = (
            "KẾ HOẠCH Chuyển đổi số giai đoạn 2026 - 2028\n\n"
            "| STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 |\n"
            "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 50 | 60 |\n"
            "| 2 | Thời gian giải quyết thủ tục đăng ký kinh doanh | ngày | ≤ 3 | ≤ 2 |\n"
        )
        tabbed = extract(self.TABBED, period="2026-2027")
        assert [str(t.target) for t in tabbed.targets] == [
            "≥ 50 %, in 2026",
            "≥ 60 %, in 2027",
            "≤ 3 day, in 2026",
            "≤ 2 day, in 2027",
        ]
        assert [str(t.target) for t in tabbed.targets] == [
            str(t.target) for t in extract(piped, period="2026-2027").targets
        ]

    def test_each_target_points_at_its_row_as_written(self) -> None:
        draft = extract(self.TABBED, period="2026-2027")
        start, end = draft.targets[0].reading.span
        assert self.TABBED[start:end] == "1\tTỷ lệ hồ sơ trực tuyến toàn trình\t%\t50\t60"

    def test_a_line_with_tabs_alone_is_no_table(self) -> None:
        text = "Phấn đấu tỷ lệ hồ sơ trực tuyến\tđạt\t80%.\n\nBáo cáo kết quả.\n"
        assert readable(text).text == text

    def test_a_table_of_tasks_with_tabs(self) -> None:
        text = (
            "KẾ HOẠCH năm 2026\n\n"
            "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
            "1.\tRà soát, đơn giản hóa thủ tục hành chính\tSở Tư pháp\tQuý II/2026\n"
            "2.\tXây dựng kho dữ liệu dùng chung\tSở Khoa học và Công nghệ\t30/9/2026\n"
        )
        assert [(t.reading.phrase, t.reading.deadline) for t in extract(text).targets] == [
            ("Rà soát, đơn giản hóa thủ tục hành chính", date(2026, 6, 30)),
            ("Xây dựng kho dữ liệu dùng chung", date(2026, 9, 30)),
        ]

"""Markdown tables of targets read as the list a plan would write.

A plan converted to Markdown (by pandoc or a PDF converter) keeps its tables of targets as
rows of cells between ``|``; a Word table is written as those rows (:func:`table_lines`),
and a table copied from Word or a spreadsheet into text, its cells between tabs, is written
as those rows too (:func:`_tab_rows_piped`), so that all are read by the one walk over rows
below::

    | STT | Chỉ tiêu                          | Đơn vị tính | Năm 2025 |
    |-----|-----------------------------------|-------------|----------|
    | 1   | Tỷ lệ hồ sơ trực tuyến toàn trình | %           | 80       |

:func:`readable` rewrites each such table into the text the rules read, line for line: the
header row becomes the lead of its rows ("Chỉ tiêu năm 2025:"), a section row ("| **I** |
**Đến năm 2030** |") a title, one that names a group of rows and no period ("| II | Chính
quyền số | | |") a lead under the header's still ("Chỉ tiêu năm 2025 (Chính quyền số):"),
and each row an item ("- Tỷ lệ hồ sơ trực tuyến toàn trình:
80%."; with a column per year, "- …: 80% năm 2025; 100% năm 2030."); the separator row is
blank. The result's :meth:`Readable.span` takes a span of the rewritten text back to the
document: a piece read from a table row points at that row as written.

A row is read by its header's columns (the measure: "Chỉ tiêu", "Chỉ số", "Tiêu chí",
"Nội dung" …, not a group's "Nhóm chỉ tiêu"; the unit: "Đơn vị tính", or "(%)" after the
measure's name, not who leads it, "Đơn vị chủ trì"; the targets: a year, named alone or
under "Kế hoạch giai đoạn …" in a second header row, "Mục tiêu", "Kế hoạch", "Kết quả cần
đạt", "Giá trị", "Chỉ tiêu" after "Nội dung", or one column per tier, "Cấp tỉnh | Cấp xã";
not a column of results, "Thực hiện năm 2024", "Ước đạt");
a row that names a measure and no figure is the parent of the sub-rows after it ("| - |
Cấp tỉnh | % | 100 |", "| a | Toàn trình | % | 60 |": its measure at that tier, or for
that part); a row whose measure cell runs several measures together (a web page's cell
that lost its line breaks: "Tỷ trọng kinh tế số trong GDP Tỷ lệ doanh nghiệp …") and whose
target cells each give as many figures is an item per measure, the figures taken in order
(the cell cut at each capital that opens a word, else, where that miscounts them, at the
words a measure opens with, "Tỷ lệ", "Số", "Chỉ số" …).
The header's lead states that its rows are targets ("Chỉ tiêu năm 2025:", whatever the
header calls the measure's column). Without a header, a row is read by the look of its
cells (the longest cell of words before the first figure is the measure, that figure the
target, a short cell between them its unit). A table of tasks
("| Tên nhiệm vụ | Cơ quan chủ trì | … | Thời gian hoàn thành |", or as a schedule writes
it: "| Công tác | Phụ trách | Bắt đầu | Kết thúc |", a span "Từ 01/3/2026 đến 30/6/2026" in
one cell) gives a sentence per task that sets its completion date, the span's end ("- Xây
dựng … (do Bộ Nội vụ chủ trì), hoàn thành trong
tháng 6/2025."). A table of anything else is left as written.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from . import lexicon as lx
from .numbers import NUMBER

__all__ = ["Readable", "readable", "table_lines"]

CASE = re.IGNORECASE

# a row between pipes, or, as a web page's table is copied, with no pipe before its first cell
# ("STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu cụ thể |")
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^|\n]+(?:\|[^|\n]*){3,}\|[ \t]*$")
_SEPARATOR = re.compile(r"^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$")
_NUMBER_CELL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]+\.?|[a-zđ]\))$")
_NAME_HEADER = re.compile(
    r"\b(?:chỉ\s+tiêu|chỉ\s+số|tiêu\s+chí|kpi|nội\s+dung|hạng\s+mục|tên)\b", CASE
)
_ORDER_HEADER = re.compile(r"^(?:s?tt|số\s+(?:tt|thứ\s+tự))$", CASE)
# (not who leads or does it: "Đơn vị chủ trì", "Đơn vị thực hiện")
_UNIT_HEADER = re.compile(r"^(?:đơn\s+vị(?:\s+tính)?|đvt)(?:\s*\(.*\))?\.?$", CASE)
_VALUE_HEADER = re.compile(
    r"\b(?:năm\s+)?(?:19|20)\d\d\b|\b(?:mục\s+tiêu|kế\s+hoạch|giai\s+đoạn)\b|"
    r"\bchỉ\s+tiêu\s+(?:cụ\s+thể|giao|phấn\s+đấu)\b|"
    # "Kết quả cần đạt", "Yêu cầu phải đạt": what each row must reach; "Giá trị (mục tiêu)"
    r"\b(?:cần|phải)\s+đạt\b|^giá\s+trị\b",
    CASE,
)
#: a target column named as the measure's is ("| Nội dung | Chỉ tiêu |"), after that one
_TARGET_NAMED_AS_MEASURE = re.compile(r"chỉ\s+tiêu", CASE)
#: a target column per tier ("Cấp tỉnh", "Chỉ tiêu cấp xã"), the tier captured
_TIER_HEADER = re.compile(
    rf"^(?:chỉ\s+tiêu\s+)?(?:(?:UBND\s+)?cấp\s+)?({lx.TIER})(?:\s*\(%\))?$", CASE
)
#: a column of results, not of targets ("Thực hiện năm 2024", "Kết quả năm 2025", "Ước đạt")
_RESULT_HEADER = re.compile(
    r"^(?!.*\b(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|cần\s+đạt|phải\s+đạt)\b).*"
    r"\b(?:thực\s+hiện|kết\s+quả|ước\s+(?:thực\s+hiện|đạt|tính)|hiện\s+trạng)\b",
    CASE,
)
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
_GROUP_HEADER = re.compile(r"^(?:nhóm|lĩnh\s+vực)\b", CASE)
#: a unit written after the measure's name ("Mức độ hài lòng … (%)")
_UNIT_IN_NAME = re.compile(r"\s*\((%|điểm|ngày|giờ)\)\s*$", CASE)
_TASK_HEADER = re.compile(
    r"^(?:tên\s+)?(?:nhiệm\s+vụ|công\s+việc|hoạt\s+động|công\s+tác|đầu\s+việc|tác\s+vụ|"
    r"nội\s+dung(?:\s+(?:công\s+việc|nhiệm\s+vụ))?)"
    r"(?:\s*,\s*(?:giải\s+pháp|đề\s+án|dự\s+án))?$",
    CASE,
)
_LEAD_AGENCY_HEADER = re.compile(
    r"^(?:(?:cơ\s+quan|đơn\s+vị|người|bộ\s+phận)\s+)?(?:chủ\s+trì|thực\s+hiện|phụ\s+trách)\b|"
    r"^(?:cơ\s+quan|đơn\s+vị|trách\s+nhiệm)$",
    CASE,
)
#: the column of a task's completion date, or of its end ("| Bắt đầu | Kết thúc |")
_DUE_HEADER = re.compile(
    r"^(?:thời\s+(?:gian|hạn)|hạn|tiến\s+độ)\s+(?:hoàn\s+thành|thực\s+hiện)|^thời\s+(?:hạn|gian)$|"
    r"^tiến\s+độ$|^(?:ngày\s+|thời\s+(?:gian|điểm)\s+)?(?:kết\s+thúc|hoàn\s+thành)$|^đến\s+ngày$",
    CASE,
)
#: A year, captured, in a date cell.
_YEAR_AT = r"((?:19|20)\d\d)"
#: A completion date as a task table writes it, and how a sentence says it.
_DUE_CELLS: tuple[tuple[re.Pattern[str], str], ...] = (
    # a span of days or months, due at its end ("Từ 01/3/2026 đến 30/6/2026", "Tháng 3 - 6/2026")
    (re.compile(rf"^(?:từ\s+)?(?:ngày\s+)?\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*{_YEAR_AT})?\s*"
                rf"(?:đến|[-–])\s*(?:ngày\s+)?(\d{{1,2}})\s*/\s*(\d{{1,2}})\s*/\s*{_YEAR_AT}$",
                CASE),
     "trước ngày {1}/{2}/{3}"),
    (re.compile(rf"^(?:từ\s+)?(?:tháng\s+)?\d{{1,2}}(?:\s*/\s*{_YEAR_AT})?\s*(?:đến|[-–])\s*"
                rf"(?:tháng\s+)?(\d{{1,2}})\s*/\s*{_YEAR_AT}$", CASE),
     "trong tháng {1}/{2}"),
    (re.compile(rf"^(?:trước\s+)?(?:ngày\s+)?(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*{_YEAR_AT}$",
                CASE),
     "trước ngày {0}/{1}/{2}"),
    # ("T10/2026", "Q3/2026": a month, a quarter abbreviated)
    (re.compile(rf"^(?:trong\s+)?(?:tháng\s+|T\s*)?(\d{{1,2}})\s*(?:[/.-]|\s+năm)\s*{_YEAR_AT}$",
                CASE),
     "trong tháng {0}/{1}"),
    (re.compile(rf"^(?:trong\s+)?(?:quý\s+|Q\s*)([IV]+|[1-4])\s*(?:[/.-]|\s+năm)\s*{_YEAR_AT}$",
                CASE),
     "trong quý {0}/{1}"),
    # a month or a quarter of the document's year ("Tháng 12", "Quý II")
    (re.compile(r"^(?:trong\s+)?tháng\s+(\d{1,2})$", CASE), "trong tháng {0}"),
    (re.compile(r"^(?:trong\s+)?quý\s+([IV]+|[1-4])$", CASE), "trong quý {0}"),
    # a half ("6 tháng đầu năm 2026"), due at its end
    (re.compile(rf"^(?:trong\s+)?(?:06|6)\s+tháng\s+(đầu|cuối)\s+năm\s+{_YEAR_AT}$", CASE),
     "trong 6 tháng {0} năm {1}"),
    (re.compile(rf"^(?:trong\s+)?(?:năm\s+)?{_YEAR_AT}$", CASE), "trong năm {0}"),
    (re.compile(rf"^(?:giai\s+đoạn\s+)?(?:năm\s+)?{_YEAR_AT}\s*[-–]\s*(?:năm\s+)?{_YEAR_AT}$",
                CASE),
     "trong năm {1} (giai đoạn {0}-{1})"),
    (re.compile(r"^(hằng|hàng)\s+(năm|quý|tháng)$", CASE), "{0} {1}"),
)  # fmt: skip
_FIGURE = re.compile(r"^(?:[<>≤≥]=?\s*)?\d")
#: the number of a row under another ("-", "+", "a", "a)", "1.1"), or none
_SUB_NUMBER = re.compile(r"^(?:[-+•*–]|[a-zđ]\)?|\d{1,2}\.\d{1,2}\.?|)$")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_COUNTED = re.compile(r"\d\s*[^\W\d_]")  # "15 thủ tục": the figure says what it counts


def _cells(line: str) -> list[str]:
    """The cells of a row, stripped, bold marks dropped."""
    inner = line.strip().removeprefix("|")[:-1]
    return [cell.replace("**", "").strip() for cell in inner.split("|")]


class _Columns:
    """Which columns of a table hold the measure, its unit and its target figures."""

    def __init__(self, header: list[str]) -> None:
        self.unit = next((i for i, h in enumerate(header) if _UNIT_HEADER.match(h)), None)
        self.task = next((i for i, h in enumerate(header) if _TASK_HEADER.match(h)), None)
        self.due = next((i for i, h in enumerate(header) if _DUE_HEADER.match(h)), None)
        self.by = next((i for i, h in enumerate(header) if _LEAD_AGENCY_HEADER.match(h)), None)
        named = [
            i
            for i, h in enumerate(header)
            if i != self.unit and _NAME_HEADER.search(h) and not _TIER_HEADER.match(h)
        ]
        # "| Nhóm chỉ tiêu | Chỉ tiêu | …": the group's column names no measure
        groups = {i for i, h in enumerate(header) if _GROUP_HEADER.match(h)}
        named = [i for i in named if i not in groups]
        tiers = [(i, m[1]) for i, h in enumerate(header) if (m := _TIER_HEADER.match(h))]
        #: The tier each target column names, when each names one ("| Cấp tỉnh | Cấp xã |").
        self.tiers: list[str] | None = [t for _, t in tiers] if len(tiers) > 1 else None
        self.values = (
            [i for i, _ in tiers]
            if self.tiers
            else [
                i
                for i, h in enumerate(header)
                if i != self.unit
                and _VALUE_HEADER.search(h)
                and (not named or i != named[0])
                and not _RESULT_HEADER.search(h)
            ]
        )
        if not self.values and not self.tiers and len(named) > 1:
            self.values = [i for i in named[1:] if _TARGET_NAMED_AS_MEASURE.fullmatch(header[i])]
            named = [i for i in named if i not in self.values]
        # the measure's column: the one its header names, else the first that is no
        # order number ("STT"), unit, target or group column ("| Lĩnh vực | Mô tả | …")
        others = [
            i
            for i, h in enumerate(header)
            if h and i != self.unit and i not in self.values and not _ORDER_HEADER.match(h)
        ]
        others = [i for i in others if i not in groups] or others
        self.name = named[0] if named else (others[0] if others else None)
        years = [lx.YEAR.findall(header[i]) for i in self.values]
        #: The year each target column names, when there are several and each names its own.
        self.years: list[str] | None = None
        distinct = len({y[0] for y in years if y})
        if len(years) > 1 and all(len(y) == 1 for y in years) and distinct == len(years):
            self.years = [y[0] for y in years]
        value = header[self.values[0]] if len(self.values) == 1 else ""
        value = "" if _TARGET_NAMED_AS_MEASURE.fullmatch(value) else value  # it says no more
        year = lx.YEAR.search(value)
        #: What the header says of the single target column ("năm 2025", "Mục tiêu",
        #: "giai đoạn 2026-2030").
        self.said = (
            f"năm {year.group(0)}"
            if year and not re.search(r"\bnăm\s|giai\s+đoạn|\d\s*[-–]\s*\d", value, CASE)
            else value
        )

    @property
    def of_tasks(self) -> bool:
        """A task column and a completion date column, and no target column: a list of
        tasks ("| Tên nhiệm vụ | Cơ quan chủ trì | … | Thời gian hoàn thành |")."""
        return self.task is not None and self.due is not None and not self.of_targets

    def task_item(self, cells: list[str]) -> str | None:
        """A task row as a sentence that sets its deadline and names who leads it ("- Xây
        dựng … (do Bộ Nội vụ chủ trì), hoàn thành trong tháng 6/2025."); a row whose date
        is no day, month, quarter, year or "hằng năm" as an item that sets none ("- Tuyên
        truyền … (thường xuyên)."), so that the rows after it stay under the header."""
        assert self.task is not None
        assert self.due is not None
        if max(self.task, self.due) >= len(cells) or not cells[self.task]:
            return None
        # its name, without how or why ("… theo hướng: …"), whose colon would read as a lead
        task = lx.TASK_PURPOSE.sub("", cells[self.task]).rstrip(" .;")
        due = cells[self.due].strip()
        for pattern, said in _DUE_CELLS:
            m = pattern.match(due)
            if m is not None:
                by = cells[self.by].strip() if self.by is not None and self.by < len(cells) else ""
                if by and "(" not in by and ")" not in by:
                    task += f" (do {by} chủ trì)"
                return f"- {task}, hoàn thành {said.format(*m.groups())}."
        return f"- {task} ({due.lower()})." if due else f"- {task}."

    @property
    def of_targets(self) -> bool:
        """A measure column and one target column, or one per year."""
        return self.name is not None and (
            len(self.values) == 1 or self.years is not None or self.tiers is not None
        )

    def lead(self, header: list[str]) -> str:
        if self.of_tasks:  # the rows are tasks and their dates, whatever the header says
            return "Nhiệm vụ, thời hạn hoàn thành:"
        assert self.name is not None
        # the rows are targets, whatever the header calls its measures ("Mô tả", "Nội dung")
        name = header[self.name]
        name = name if lx.STATED_TARGET.search(name) else "Chỉ tiêu"
        return f"{name} {self.said}:" if self.said else f"{name}:"

    def parent(self, cells: list[str]) -> str | None:
        """The measure a row names when it gives no figure, whatever its unit ("| 1 | Tỷ lệ hồ
        sơ … | % | | |"): the parent of the sub-rows that follow it. A row with a number
        outside its order number and its measure is none: it is read as written."""
        name = self.name
        if name is None or name >= len(cells) or not cells[name]:
            return None
        numbered = any(
            re.search(r"\d", cell)
            for i, cell in enumerate(cells)
            if i != name and not _NUMBER_CELL.match(cell)
        )
        return None if numbered or any(_holds(cells, i) for i in self.values) else cells[name]

    def item(self, cells: list[str], parent: str | None = None) -> str | None:
        """A row of the table as a list item, or none when it holds no target figure; a
        sub-row of the ``parent`` row (named, without figures) measures the parent's measure,
        at a tier ("| - | Cấp tỉnh | % | 100 |") or for a part ("| a | Toàn trình | % | 60 |")."""
        name = self.name
        if name is None or name >= len(cells) or not cells[name]:
            return None
        unit = cells[self.unit] if self.unit is not None and self.unit < len(cells) else ""
        measure = cells[name]
        row_tier = _TIER_HEADER.match(measure)
        if parent and row_tier:
            measure = parent
        elif parent:
            measure = f"{parent} ({measure})"
        if not unit and (in_name := _UNIT_IN_NAME.search(measure)):
            measure, unit = measure[: in_name.start()], in_name[1]
        at = f" tại cấp {row_tier[1].lower()}" if parent and row_tier else ""
        if parent and self.years is None and self.tiers is None and lx.YEAR.search(self.said):
            # (the parent's title stands between the header's lead and the sub-row)
            at += f" {self.said[:1].lower()}{self.said[1:]}"
        whens = (
            [f" năm {year}{at}" for year in self.years]
            if self.years is not None
            else [f" tại cấp {tier.lower()}" for tier in self.tiers]
            if self.tiers is not None
            else None
        )
        if whens is None:
            figure = next((i for i in self.values if _holds(cells, i)), None)
            return None if figure is None else _items(measure, unit, [(cells[figure], at)])
        figures = [
            (cells[i], when) for i, when in zip(self.values, whens, strict=True) if _holds(cells, i)
        ]
        return _items(measure, unit, figures) if figures else None


_WORD = re.compile(r"\S+")
_FIGURE_IN_CELL = re.compile(rf"(?<![\w.,/]){NUMBER}(?![\w/])(?P<percent>\s*%)?")


#: the words a measure opens with, as a cell's line starts them
_MEASURE_HEAD = re.compile(
    r"(?:T[ỷỉ]\s+(?:lệ|trọng)|Số\b|Mức\s+độ|Chỉ\s+số|Tổng\s+(?:số|giá|thu|chi|mức)|"
    r"Doanh\s+thu|Tốc\s+độ|Thời\s+gian|Giá\s+trị)"
)


def _measures(cell: str, heads_only: bool = False) -> list[str]:
    """The measures a cell names, one, or several run together as a copied cell's lines are
    ("Tỷ trọng kinh tế số trong GDP Tỷ lệ doanh nghiệp …"): each at a word that opens with a
    capital and is no acronym ("GDP") after one in small letters or an acronym; with
    ``heads_only``, only at a word a measure opens with ("Tỷ lệ", "Số", "Chỉ số" …), not a
    name inside one ("… trên Cổng Dịch vụ công quốc gia")."""
    words = list(_WORD.finditer(cell))
    starts = [0] + [
        word.start()
        for before, word in itertools.pairwise(words)
        if (before[0][-1].islower() or before[0].isupper())
        and word[0][0].isupper()
        and not word[0].isupper()
        and (not heads_only or _MEASURE_HEAD.match(cell, word.start()))
    ]
    ends = [*starts[1:], len(cell)]
    return [cell[a:b].strip(" ;,") for a, b in zip(starts, ends, strict=True)]


def _figures(cell: str) -> list[str]:
    """A target cell cut into its figures, each with the words that say it ("Trên 30%",
    "tối thiểu 5.000 doanh nghiệp"); a year in it ("(năm 2045)") is no figure."""
    found = [
        m
        for m in _FIGURE_IN_CELL.finditer(cell)
        if m["percent"] or not lx.YEAR.fullmatch(m.group(0).strip())
    ]
    cuts = [0]
    for before, figure in itertools.pairwise(found):
        if before["percent"]:
            cuts.append(before.end())
            continue
        between = cell[before.end() : figure.start()]
        said = next((m for rx, _ in lx.OPERATORS_BEFORE if (m := rx.search(between))), None)
        cuts.append(before.end() + said.start() if said else figure.start())
    cuts.append(len(cell))
    return [cell[a:b].strip(" ;,") for a, b in itertools.pairwise(cuts)]


def _holds(cells: list[str], column: int) -> bool:
    """Whether a target cell says anything: "80%", "≥ 5", or words ("Top 30", "Tối thiểu
    80%"), not a dash or nothing."""
    return column < len(cells) and bool(re.search(r"\w", cells[column]))


_RANK_UNIT = re.compile(r"^(?:thứ\s+(?:bậc|hạng)|xếp\s+hạng|hạng|vị\s+trí)$", CASE)
_AT_MOST = re.compile(r"(?:≤|<=|=<)\s*(\d+)")


def _item(name: str, unit: str, figures: list[tuple[str, str]]) -> str:
    """ "- Tỷ lệ hồ sơ: 80% năm 2025; 100% năm 2030.": the measure and each figure, with
    its unit ("%" joined, a counted thing after it) and its year. A rank's row ("Thứ bậc":
    "≤ 3 Đông Nam Á", "Duy trì") says a place among the leaders ("top 3 Đông Nam Á") or a
    place kept ("Duy trì thứ bậc")."""
    said = []
    for figure, when in figures:
        if _RANK_UNIT.match(unit):
            figure = _AT_MOST.sub(r"top \1", figure)
            if not re.search(r"\d", figure):
                figure = f"{figure} {unit.lower()}"
        elif unit == "%" and "%" not in figure:
            figure += "%"
        elif unit and unit != "%" and not _COUNTED.search(figure):
            figure += f" {unit}"
        said.append(f"{figure}{when}")
    return f"- {name}: {'; '.join(said)}."


def _items(name: str, unit: str, figures: list[tuple[str, str]]) -> str:
    """The row as one item, or, when its measure cell names several measures and each target
    cell gives as many figures, in the same order, one item per measure on the one line
    ("- Tỷ trọng …: trên 30% năm 2030; 50% năm 2045. Tỷ lệ …: …")."""
    measures = _measures(name)
    cut = [(_figures(figure), when) for figure, when in figures]
    if len(measures) > 1 and any(len(parts) != len(measures) for parts, _ in cut):
        measures = _measures(name, heads_only=True)  # (too many names cut: the heads only)
    if len(measures) > 1 and all(len(parts) == len(measures) for parts, _ in cut):
        said = [
            _item(measure, unit, [(parts[k], when) for parts, when in cut])
            for k, measure in enumerate(measures)
        ]
        return " ".join([said[0], *(item.removeprefix("- ") for item in said[1:])])
    return _item(name, unit, figures)


def _guessed(cells: list[str]) -> str | None:
    """A row read without a header, by the look of its cells."""
    worded = [
        i for i, c in enumerate(cells) if len(_WORDS.findall(c)) >= 2 and not _FIGURE.match(c)
    ]
    if not worded:
        return None
    figure = next((i for i in range(worded[0] + 1, len(cells)) if _FIGURE.match(cells[i])), None)
    if figure is None:
        return None
    # the longest cell of words before the figure ("| 1 | Chuyển đổi số | Tỷ lệ hồ sơ … | %
    # | 80 |": not the group the row is in)
    name = max((i for i in worded if i < figure), key=lambda i: len(_WORDS.findall(cells[i])))
    unit = cells[name + 1] if figure - name == 2 and len(cells[name + 1].split()) <= 3 else ""
    return _item(cells[name], unit, [(cells[figure], "")])


def _is_header(cells: list[str]) -> bool:
    """A row of column names: one names the measure ("Chỉ tiêu") or a target column
    ("Năm 2025", "Mục tiêu"), or two name a task and its date ("Nhiệm vụ", "Thời hạn hoàn
    thành"), and none holds a figure."""
    named = any(
        _NAME_HEADER.search(c) or _VALUE_HEADER.search(c) or _TIER_HEADER.match(c) for c in cells
    )
    tasks = any(_TASK_HEADER.match(c) for c in cells) and any(_DUE_HEADER.match(c) for c in cells)
    # (a column per year may name it alone: "| Nội dung chỉ tiêu | ĐVT | 2026 | 2027 |")
    figures = any(_FIGURE.match(c) and not (named and _BARE_YEAR.match(c)) for c in cells)
    return (named or tasks) and not figures


def _section(cells: list[str]) -> str | None:
    """A row naming one thing besides its number ("| **I** | **Đến năm 2030** | |"), once or
    in each column a merged cell spans: a title."""
    # (a number is the row's own only in its first cell: "| 1 | Tỷ lệ … | 45 | 60 |" holds
    # figures)
    words = list(
        dict.fromkeys(
            c for i, c in enumerate(cells) if c and not (i == 0 and _NUMBER_CELL.match(c))
        )
    )
    if len(words) == 1 and not _FIGURE.match(words[0]):
        return words[0]
    return None


@attrs.frozen
class Readable:
    """A document's text as the rules read it, with the way back to the document.

    Attributes:
        text: The rewritten text.
        changed: Whether any table was rewritten (else ``text`` is the document).
    """

    text: str
    changed: bool
    _starts: tuple[int, ...] = attrs.field(alias="_starts", repr=False)
    _origins: tuple[tuple[int, int, bool], ...] = attrs.field(alias="_origins", repr=False)

    def position(self, at: int, end: bool = False) -> int:
        """Where offset ``at`` of :attr:`text` lies in the document: on a rewritten line,
        its row's start (or, for an ``end``, its row's end)."""
        if not self.changed:
            return at
        line = max(bisect.bisect_right(self._starts, at - 1 if end else at) - 1, 0)
        start, length, rewritten = self._origins[line]
        if rewritten:
            return start + length if end else start
        return start + min(at - self._starts[line], length)

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of :attr:`text` as a span of the document."""
        return self.position(span[0]), self.position(span[1], end=True)


def _tab_rows_piped(lines: list[str]) -> list[str]:
    """Lines as a table copied from Word or a spreadsheet gives them, cells between tabs (two
    or more such lines running, of three cells or more), written as rows between pipes; other
    lines as given."""
    tabbed = [line.count("\t") >= 2 and "|" not in line for line in lines]
    out = list(lines)
    for index, line in enumerate(lines):
        runs = (index > 0 and tabbed[index - 1]) or (index + 1 < len(lines) and tabbed[index + 1])
        if tabbed[index] and runs:
            out[index] = "| " + " | ".join(cell.strip() for cell in line.split("\t")) + " |"
    return out


def readable(text: str) -> Readable:
    """``text`` with its Markdown tables of targets rewritten as leads and list items, line
    for line; other lines as given.

    Example:
        >>> header = "| STT | Chỉ tiêu | Đơn vị | Năm 2025 |\\n|---|---|---|---|\\n"
        >>> readable(header + "| 1 | Tỷ lệ hồ sơ | % | 80 |").text.split("\\n")
        ['Chỉ tiêu Năm 2025:', '', '- Tỷ lệ hồ sơ: 80%.']
    """
    written_lines = text.split("\n")
    lines = _tab_rows_piped(written_lines)
    if not any(_ROW.match(line) for line in lines):
        return Readable(text, False, (0,), ((0, len(text), False),))
    out: list[str] = []
    origins: list[tuple[int, int, bool]] = []
    columns: _Columns | None = None
    parent: str | None = None  # a row that names a measure its sub-rows give figures for
    header: list[str] = []
    offset = 0
    for index, line in enumerate(lines):
        written: str | None = None
        if not _ROW.match(line):
            columns, parent = None, None  # a table ends: its header and its parent row too
        elif _SEPARATOR.match(line):
            written = ""
        else:
            cells = _cells(line)
            following = lines[index + 1] if index + 1 < len(lines) else ""
            title = _section(cells)
            sub_row = bool(cells) and bool(_SUB_NUMBER.match(cells[0]))
            # (a cell merged down from the first row is given again in the second)
            years_below = [
                c
                for c, above in itertools.zip_longest(cells, header, fillvalue="")
                if c and c != above
            ]
            if (
                columns is not None
                and len(years_below) > 1
                and all(_BARE_YEAR.match(c) for c in years_below)
            ):
                # a header's second row, the years under "Kế hoạch giai đoạn 2026-2030"
                header = [b or a for a, b in itertools.zip_longest(header, cells, fillvalue="")]
                columns = _Columns(header)
                written = columns.lead(header) if columns.of_targets else ""
            elif title is not None:
                written = title
                parent = title if columns is not None and columns.of_targets else None
                if parent and columns is not None and not lx.YEAR.search(title):
                    # "| II | Chính quyền số | | |": a group of the rows, under the header's
                    # lead still ("Chỉ tiêu năm 2026 (Chính quyền số):"); a title that names a
                    # period leads with it
                    written = f"{columns.lead(header)[:-1]} ({title}):"
            elif columns is None and (_SEPARATOR.match(following) or _is_header(cells)):
                header, columns, parent = cells, _Columns(cells), None
                written = columns.lead(cells) if columns.of_targets or columns.of_tasks else ""
            elif columns is not None and columns.of_targets:
                parent = parent if sub_row else None
                written = columns.item(cells, parent)
                if written is None and not sub_row and (named := columns.parent(cells)):
                    written = parent = named
            elif columns is not None and columns.of_tasks:
                written = columns.task_item(cells)
            elif columns is None:
                written = _guessed(cells)
        as_given = written_lines[index]
        out.append(as_given if written is None else written)
        origins.append((offset, len(as_given), written is not None))
        offset += len(as_given) + 1
    starts = [0]
    for made in out[:-1]:
        starts.append(starts[-1] + len(made) + 1)
    return Readable("\n".join(out), True, tuple(starts), tuple(origins))


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows (a Word table's cells) as the Markdown rows :func:`readable` reads, one
    line per row, so that a Word table is read as a Markdown one is; a "|" in a cell is
    written "¦", and a merged cell, which Word gives in each column it spans, in each.

    Example:
        >>> table_lines([["Chỉ tiêu", "Năm 2025"], ["Tỷ lệ hồ sơ | trực tuyến", "80"]])
        ['| Chỉ tiêu | Năm 2025 |', '| Tỷ lệ hồ sơ ¦ trực tuyến | 80 |']
    """
    return ["| " + " | ".join(cell.replace("|", "¦") for cell in row) + " |" for row in rows]

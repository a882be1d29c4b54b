"""The words the extractor reads: operators, markers, levels, recurrences, time phrases.

One table per question, each a regular expression over the raw text (case-insensitive).
The meanings follow ``docs/phrases.md`` and the project's domain notes on target
language: "đặt mục tiêu" is neutral, "phấn đấu" / "hướng tới" mark a target aspirational.
"""

from __future__ import annotations

import re

from .numbers import NUMBER, NUMBER_OR_WORD, SHARE_WORD

__all__ = [
    "ASPIRATION",
    "BINDING",
    "COMMITMENT",
    "DEADLINES",
    "EXCLUSION",
    "LEVEL_WORDS",
    "OPERATORS_BEFORE",
    "PAST",
    "PERIODS",
    "RECURRENCES",
    "REPORT",
]

CASE = re.IGNORECASE

# Words right before a figure and the operator they give ("đạt tối thiểu 85%" → ≥).
OPERATORS_BEFORE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:không\s+thấp\s+hơn|không\s+dưới|không\s+ít\s+hơn)\s*$", CASE), ">="),
    (
        re.compile(
            r"(?:không\s+vượt\s+quá|không\s+vượt|không\s+quá|tối\s+đa(?:\s+là)?|"
            r"không\s+cao\s+hơn|không\s+lớn\s+hơn|không\s+nhiều\s+hơn)\s*$",
            CASE,
        ),
        "<=",
    ),
    (re.compile(r"(?:tối\s+thiểu(?:\s+là)?|ít\s+nhất(?:\s+là)?|từ)\s*$", CASE), ">="),
    (re.compile(r"(?:dưới|thấp\s+hơn|nhỏ\s+hơn|ít\s+hơn)\s*$", CASE), "<"),
    (re.compile(r"(?:trên|hơn|vượt|cao\s+hơn|lớn\s+hơn|nhiều\s+hơn)\s*$", CASE), ">"),
)

DECREASE = re.compile(r"\b(?:cắt\s+giảm|cắt\s+gảm|giảm|rút\s+ngắn|bãi\s+bỏ)\b", CASE)
INCREASE = re.compile(r"\btăng(?:\s+thêm)?\b", CASE)

ASPIRATION = re.compile(
    r"\b(?:phấn\s+đấu|quyết\s+tâm|(?<!định )(?<!Định )hướng\s+(?:tới|đến)"
    r"(?!\s+(?:chính\s+phủ|chính\s+quyền|kinh\s+tế|xã\s+hội|nền|mục\s+tiêu\s+xây\s+dựng|xây\s+dựng)))",
    CASE,
)
BINDING = re.compile(r"\b(?:bảo\s+đảm|đảm\s+bảo|phải)\b", CASE)
COMMITMENT = re.compile(
    # "vượt chỉ tiêu đề ra", "đạt 76,5% mục tiêu": a result measured against a target
    r"\b(?:phấn\s+đấu|(?<!vượt\s)(?<!%\s)(?:mục\s+tiêu|chỉ\s+tiêu)|hướng\s+tới|hướng\s+đến|bảo\s+đảm|đảm\s+bảo|phải|"
    r"yêu\s+cầu|tối\s+thiểu|ít\s+nhất|trở\s+lên|quyết\s+tâm|cần\s+đạt|sẽ|"
    r"không\s+quá|tối\s+đa|(?<!được\s)(?:đưa|nâng))\b|"
    # "Đến năm 2030, …": a year still to come (a report says "tính đến", "đến hết năm")
    r"(?<!tính\s)\b[đĐD]ến\s+năm\s+(?:19|20)\d\d\b",
    CASE,
)
STATED_TARGET = re.compile(
    r"\b(?:phấn\s+đấu|(?<!vượt\s)(?<!%\s)(?:mục\s+tiêu|chỉ\s+tiêu)|hướng\s+(?:tới|đến)|"
    r"quyết\s+tâm|cần\s+đạt|kế\s+hoạch\s+(?:năm|đến))\b|(?<!tính\s)\b[đĐD]ến\s+năm\s+(?:19|20)\d\d\b",
    CASE,
)
"""The words that still make a target inside a report passage, where "bảo đảm", "phải",
"nâng cao" describe what was done ("hạ tầng viễn thông đảm bảo hoạt động ổn định")."""
REPORT = re.compile(
    r"(?:\b(?:theo\s+báo\s+cáo|theo\s+số\s+liệu|theo\s+công\s+bố|theo\s+kết\s+quả|"
    r"tính\s+đến\s+(?:ngày|hết|cuối|nay|thời\s+điểm|tháng|\d)|(?<!tính\s)[đĐ]ến\s+nay|"
    r"xếp\s+thứ|đứng\s+thứ|với\s+kết\s+quả|thực\s+tế\s+đạt|kết\s+quả\s*,|kết\s+quả\s+cho\s+thấy|"
    r"vượt\s+(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)|(?:sau|qua)\s+(?:\d+|một|hai|ba|bốn|năm|sáu)\s+"
    r"(?:năm|tháng)|(?:là|đứng)\s+(?:1|một)\s+trong\b|"
    r"ước\s+(?:đạt|tính|thực\s+hiện)|(?:qua|theo)\s+(?:khảo\s+sát|điều\s+tra|thống\s+kê)|đạt\s+[\d,.]+\s*%\s+(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)|"
    r"kết\s+quả\s+đạt|vươn\s+lên|mới\s+đạt|chỉ\s+đạt|chỉ\s+mới|đã\s+đạt|đã\s+có|"
    r"đã\s+hoàn\s+thành|đạt\s+được\s+\d|so\s+với\s+cùng\s+kỳ|trong\s+số\s+\d|"
    r"thứ\s+hạng\s+\d|với\s+\d[\d,.]*\s+điểm|(?:cao|thấp)\s+hơn\s+[\d,.]+\s*%?\s*so\s+với|"
    r"vượt\s+[\d,.]+\s*%?\s*so\s+với|tăng\s+từ\s+[\d,.]+\s*%\s+năm\s+\d{4}\s+lên|qua\s+đó|nhờ\s+đó|"
    r"(?:nhóm|loại)\s+[A-D]\b)\b|"
    r"\b\d+\s*/\s*\d+\s+(?:tỉnh|huyện|xã|đơn\s+vị|bộ|địa\s+phương)|"
    r"(?:^|[,;]\s*)với\s+[\d,.]+\s*%|"
    # "có 178.661 hồ sơ", "7.600 hồ sơ được nộp qua mạng": dossiers counted, not a goal
    r"\b\d{1,3}(?:\.\d{3})+\s+(?:hồ\s+sơ|lượt)\b|"
    # "Toàn tỉnh có 1.250 TTHC, trong đó 85% …": a breakdown of a count already there
    r"\b\d{1,3}(?:\.\d{3})+\s+[^,;.]{1,40},\s*trong\s+đó\b)",
    CASE,
)
"""Words of a report of results: the clause gives no target even beside a commitment word."""
BAND_SENTENCE = re.compile(r"^\s*(?:nhóm|loại)\s+[A-D]\s*(?::|gồm|là|bao\s+gồm)", CASE)
"""A sentence that defines a classification band ("Nhóm A gồm các đơn vị đạt từ 90% …")."""
BAND = re.compile(
    r"^\s*(?:trở\s+lên\s+)?(?:thì\s+|sẽ\s+)?(?:được\s+)?(?:xếp\s+loại|xếp\s+vào\s+nhóm|"
    r"đánh\s+giá\s+(?:là|ở\s+mức))\b",
    CASE,
)
"""After a figure, a classification band ("đạt từ 90 điểm trở lên được xếp loại Tốt"), not a
target."""
REPORT_LEAD = re.compile(
    r"\b(?:tình\s+hình|kết\s+quả)\s+(?:thực\s+hiện|triển\s+khai|đạt\s+được)\b|"
    r"\bkết\s+quả\b[^:]{0,120}\b(?:có|đạt\s+được|đã)\b|"
    r"\btiêu\s+chí\b[^:]{0,120}\bxếp\s+loại\b|\bxếp\s+loại\b[^:]{0,120}\btiêu\s+chí\b",
    CASE,
)
"""A lead over a report ("I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2024", "Năm 2023, … kết quả
chuyển đổi số có chuyển biến tích cực:") or over the criteria of a grade ("Cán bộ đạt các tiêu
chí sau thì được xếp loại …:"): its items are results or criteria unless they commit."""
PAST = re.compile(r"\b(?:đã|hiện\s+nay|hiện\s+có|hiện\s+tại|hiện\s+đạt)\b|^\s*hiện\b", CASE)
"""Past or present tense: a report unless a commitment word stands in the sentence or lead."""
EXCLUSION = re.compile(
    r"\(?\s*\b(?:ngoại\s+trừ|trừ|không\s+bao\s+gồm|không\s+kể)\s+(?P<what>[^();.]+?)\s*(?:\)|(?=[;.]|$))",
    CASE,
)

RECURRENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:hằng|hàng|mỗi)\s+quý\b", CASE), "quarterly"),
    (re.compile(r"\b(?:hằng|hàng|mỗi)\s+tháng\b", CASE), "monthly"),
    (
        re.compile(
            r"\b(?:hằng|hàng|mỗi)\s+(?:06|6)\s+tháng\b|\b(?:06|6)\s+tháng\s+một\s+lần\b", CASE
        ),
        "half_yearly",
    ),
    (re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b|%\s*/\s*năm\b", CASE), "yearly"),
)

_DAY = (
    r"(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]|\s+tháng\s+(?P<mw>\d{1,2})\s+năm)"
    r"\s*(?P<y>(?:19|20)\d\d)"
)
"""A day: "30/6/2025", "30-6-2025", or in words as decisions write it, "30 tháng 6 năm 2025"."""
_TO = r"(?:[đĐD]ến|tới|trước|chậm\s+nhất(?:\s+là)?|trong)"
# Deadlines: a date or the end of a month or year, as the corpus conventions read them
# ("từ ngày D", the day a rule takes effect, is read as a deadline D, like "đến D"; "tính đến D"
# dates a result reported).
DEADLINES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?:(?:trước|(?<!tính\s)[đĐD]ến|chậm\s+nhất(?:\s+là)?)\s+(?:hết\s+)?(?:ngày\s+)?|"
            rf"trong\s+ngày\s+|"
            rf"(?<!tính\s)\btừ\s+ngày\s+){_DAY}",
            CASE,
        ),
        "day",
    ),
    (
        re.compile(
            r"\b(?:trong|(?<!tính\s)[đĐD]ến\s+hết|(?<!đến\s)hết|trước|chậm\s+nhất|"
            r"(?<!tính\s)[đĐD]ến\s+cuối|(?<!đến\s)cuối)\s+tháng\s+(?P<m>\d{1,2})\s*(?:[/.-]|\s+năm)\s*(?P<y>(?:19|20)\d\d)",
            CASE,
        ),
        "month",
    ),
    (
        re.compile(
            r"\b(?:[đĐD]ến\s+hết|[đĐD]ến\s+cuối|chậm\s+nhất(?:\s+là)?(?:\s+đến)?|"
            r"trước\s+hết|hoàn\s+thành\s+trong|(?<!tháng )cuối)\s+năm\s+(?P<y>(?:19|20)\d\d)",
            CASE,
        ),
        "year",
    ),
)
TASK_QUARTER = re.compile(
    r"\b(?:(?P<before>trước)|trong|[đĐD]ến\s+hết|hết|chậm\s+nhất(?:\s+là)?|[đĐD]ến\s+cuối|cuối)"
    r"\s+quý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:[/.-]|\s+năm)\s*(?P<y>(?:19|20)\d\d)",
    CASE,
)
"""A task done "trong quý I/2026" is due by the quarter's end, "trước quý 2/2025" by the end of
the quarter before (a share "trong quý III năm 2026" holds in that quarter: its period)."""
# Periods: a span of years, a half, a quarter, a year ("năm 2025", "Đến 2025", "từ 2026").
PERIODS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bgiai\s+đoạn\s+(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)|"
            r"\btừ\s+(?:năm\s+)?(?P<a2>(?:19|20)\d\d)\s+(?:đến|tới)\s+(?:năm\s+)?(?P<b2>(?:19|20)\d\d)",
            CASE,
        ),
        "span",
    ),
    (
        re.compile(r"\b(?:06|6)\s+tháng\s+(?P<h>đầu|cuối)\s+năm\s+(?P<y>(?:19|20)\d\d)", CASE),
        "half",
    ),
    (
        re.compile(r"\bquý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:năm\s+|/)(?P<y>(?:19|20)\d\d)", CASE),
        "quarter",
    ),
    (
        re.compile(
            rf"(?:(?:\b{_TO}\s+)?\bnăm\s+|\b(?:[đĐD]ến|từ)\s+)(?P<y>(?:19|20)\d\d)\b"
            r"(?!\s*[-–/]\s*\d)",
            CASE,
        ),
        "year",
    ),
)

QUOTED_NAME = re.compile(
    r"[“\"][^”\"\n]{1,300}[”\"](?!\s*(?:\([^()]{0,40}\)\s*)?(?:đã\s+)?(?:đề\s+ra|đặt\s+ra|"
    r"đặt\s+mục\s+tiêu|xác\s+định))",
    CASE,
)
"""A name in quotes ("Về Đề án “… giai đoạn 2022-2025, tầm nhìn 2030”, …"): its years are its
own, unless it is the plan that sets the targets ("“Chiến lược … 2021 - 2025” đã đề ra …")."""

VERB = re.compile(
    r"\b(?:được|có|đạt|thực\s+hiện|sử\s+dụng|kết\s+nối|xây\s+dựng|nâng\s+cấp|áp\s+dụng|"
    r"tham\s+gia|tích\s+hợp|cung\s+cấp|xử\s+lý|giải\s+quyết|giảm|tăng|hoàn\s+thành|"
    r"bảo\s+đảm|đảm\s+bảo|thuộc|là)\b",
    CASE,
)
"""A verb of a target's predicate: a list item without one shares the last item's."""

_COMMITTEE = r"(?:UBND|Ủy\s+ban\s+nhân\s+dân)"
"""A people's committee: "UBND cấp xã", "UBND các xã" name every committee of that tier."""

LEVEL_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # "các cơ quan Đảng, Nhà nước từ tỉnh đến cấp xã": the whole administration, every tier
    (
        re.compile(
            r"\btừ\s+(?:cấp\s+)?(?:trung\s+ương|tỉnh)\s+(?:đến|tới|xuống)\s+"
            r"(?:cấp\s+)?(?:huyện|xã|cơ\s+sở)\b",
            CASE,
        ),
        ("all_levels",),
    ),
    (
        re.compile(r"\b(?:cả\s+)?(?:3|ba)\s+cấp(?:\s+chính\s+quyền)?\b", CASE),
        ("province", "district", "commune"),
    ),
    (
        re.compile(r"\btừng\s+(?:địa\s+phương,\s*bộ,\s*ngành)\b", CASE),
        ("each_province", "each_ministry"),
    ),
    (
        re.compile(r"\btừng\s+bộ,\s*ngành(?:,|\s+và)\s*địa\s+phương\b", CASE),
        ("each_ministry", "each_province"),
    ),
    (
        re.compile(r"\b(?:các|mỗi)\s+bộ,\s*ngành(?:,|\s+và)\s*địa\s+phương\s+(?:phải|cần)\b", CASE),
        ("each_unit",),
    ),
    # "từng cơ quan, đơn vị", "mỗi sở, ban, ngành": every agency on its own
    (
        re.compile(
            r"\b(?:từng|mỗi)\s+(?:cơ\s+quan(?:,\s*đơn\s+vị)?|sở(?:,\s*ban)?(?:,\s*ngành)?)\b", CASE
        ),
        ("each_agency",),
    ),
    # "yêu cầu UBND cấp tỉnh …", "UBND các xã, phường": every people's committee of that tier
    (
        re.compile(
            rf"\b{_COMMITTEE}\s+(?:(?:các|cấp)\s+tỉnh|(?:các\s+)?tỉnh,\s*thành\s+phố)\b", CASE
        ),
        ("each_province",),
    ),
    # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "các bộ, cơ quan ngang bộ": every ministry
    (
        re.compile(
            r"\b(?:bộ\s+trưởng|các\s+bộ),\s*(?:thủ\s+trưởng\s+)?(?:các\s+)?cơ\s+quan\s+ngang\s+bộ\b",
            CASE,
        ),
        ("each_ministry",),
    ),
    (re.compile(rf"\b{_COMMITTEE}\s+(?:các|cấp)\s+huyện\b", CASE), ("each_district",)),
    (
        re.compile(rf"\b{_COMMITTEE}\s+(?:cấp\s+xã|các\s+(?:xã|phường))\b", CASE),
        ("each_commune",),
    ),
    # "các xã, phường phải đạt …", "các huyện, thị xã cần …", "cả 17 sở, ban, ngành … cần đưa …":
    # units told what each must do
    (
        re.compile(
            r"\b(?:các|tất\s+cả\s+các)\s+xã,\s*phường(?:,\s*(?:thị\s+trấn|đặc\s+khu))*\s+"
            r"(?:phải|cần|có\s+trách\s+nhiệm)\b",
            CASE,
        ),
        ("each_commune",),
    ),
    (
        re.compile(
            r"\b(?:các|tất\s+cả\s+các)\s+huyện,\s*(?:thị\s+xã|thành\s+phố)(?:,\s*(?:thị\s+xã|"
            r"thành\s+phố))*\s+(?:phải|cần|có\s+trách\s+nhiệm)\b",
            CASE,
        ),
        ("each_district",),
    ),
    (
        re.compile(
            r"\b(?:các|cả|tất\s+cả(?:\s+các)?)\s+(?:\d+\s+)?(?:sở,\s*ban,\s*ngành|"
            r"cơ\s+quan(?:,\s*đơn\s+vị)?|đơn\s+vị|chi\s+nhánh|phòng,\s*ban)\b"
            r"(?=[^.;:%]{0,80}\b(?:phải|cần|có\s+trách\s+nhiệm)\b)",
            CASE,
        ),
        ("each_agency",),
    ),
    # "Mỗi xã, phường có …", "từng huyện …": every unit of that tier
    (re.compile(r"\b(?:mỗi|từng)\s+(?:xã|phường)\b", CASE), ("each_commune",)),
    (re.compile(r"\b(?:mỗi|từng)\s+huyện\b", CASE), ("each_district",)),
    (
        re.compile(r"\btrong\s+phạm\s+vi\s+(?:cấp\s+tỉnh|toàn\s+tỉnh|tỉnh)\b", CASE),
        ("each_province",),
    ),
    (
        re.compile(r"\bcấp\s+(?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*cấp\s+(?:tỉnh|huyện|xã))+", CASE),
        ("listed",),
    ),
    # "tại cấp bộ, tỉnh" / "tại cấp bộ, cấp tỉnh": the ministries and the provinces
    (
        re.compile(r"\b(?:ở|tại|của)\s+(?:các\s+)?cấp\s+bộ\s*(?:,|và)\s*(?:cấp\s+)?tỉnh\b", CASE),
        ("ministry", "province"),
    ),
    (re.compile(r"\b(?:ở|tại|của)\s+(?:các\s+)?cấp\s+bộ\b", CASE), ("ministry",)),
    (re.compile(r"\b(?:ở|tại|của)\s+(?:các\s+)?cấp\s+tỉnh\b", CASE), ("province",)),
    (re.compile(r"\b(?:ở|tại|của)\s+(?:các\s+)?cấp\s+huyện\b", CASE), ("district",)),
    (
        re.compile(
            r"\b(?:ở|tại|của)\s+(?:các\s+)?cấp\s+xã\b|\b(?:ở|tại|của)\s+(?:các|mỗi)\s+"
            r"(?:xã|phường)\b",
            CASE,
        ),
        ("commune",),
    ),
)
SHARE_OF_UNITS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "100% bộ, ngành, địa phương …": every ministry and locality
    (
        re.compile(r"^\s*(?:các\s+)?bộ,\s*ngành(?:,|\s+và)\s*(?:các\s+)?địa\s+phương\b", CASE),
        "each_unit",
    ),
    # "100% bộ, ngành …", "100% các bộ, cơ quan ngang bộ …": every ministry
    (
        re.compile(r"^\s*(?:các\s+)?bộ,\s*(?:ngành|cơ\s+quan\s+ngang\s+bộ)\b(?!,\s*địa)", CASE),
        "each_ministry",
    ),
    (re.compile(r"^\s*(?:số\s+)?(?:đơn\s+vị\s+)?(?:cấp\s+huyện|huyện)\b", CASE), "each_district"),
    (re.compile(r"^\s*(?:số\s+)?(?:đơn\s+vị\s+)?(?:cấp\s+xã|xã)\b", CASE), "each_commune"),
    (re.compile(r"^\s*(?:số\s+)?(?:đơn\s+vị\s+)?(?:cấp\s+tỉnh|tỉnh)\b", CASE), "each_province"),
    (
        re.compile(r"^\s*(?:số\s+|tỷ\s+lệ\s+)?(?:các\s+)?(?:cơ\s+quan|sở,\s*ban|phòng)\b", CASE),
        "agency",
    ),
)

# A satisfaction measured over several objects that share one figure: "Mức độ hài lòng của
# người dân đối với sự phục vụ của cơ quan hành chính và các dịch vụ y tế, giáo dục …".
SATISFACTION_OVER = re.compile(
    r"^(?P<head>(?:mức\s+độ|tỷ\s+lệ|chỉ\s+số)\s+hài\s+lòng\b.*?\bđối\s+với)\s+(?P<objects>.+)$",
    CASE,
)
OBJECT_CUT = re.compile(r"\s*,\s*|\s+và\s+", CASE)
"""Between two objects in a list ("A, B và C")."""

PERCENT = (
    rf"(?P<num>{NUMBER})\s*(?:%|phần\s+trăm)|"
    rf"\b(?P<share>{SHARE_WORD})(?=\s+(?:tổng\s+)?(?:số|các|những)\b)"
)
"""A percentage: "85%", "85,5 %", "90 phần trăm", or a share in words of a number of things
("một nửa số hồ sơ", "hai phần ba các xã")."""
# "từ 30% đến 50%", "từ 30-50%", and with a dash alone, "16 - 18%/năm", "95% - 98%"
BETWEEN = (
    rf"(?:\btừ\s+|(?<![\w/.,-])(?=\d[\d.,]*\s*(?:%\s*)?[-–]\s*\d))(?P<a>{NUMBER})"
    rf"\s*(?:%|phần\s+trăm)?\s*(?:đến|tới|-|–)\s*(?P<b>{NUMBER})\s*(?:%|phần\s+trăm)"
)
TOTAL = r"\b(?:toàn\s+bộ|tất\s+cả|toàn\s+thể)\b"
_GROUP = r"(?:[^\s,;.]+\s+|(?:tỉnh|huyện|xã),\s*)"
"""A word naming the units of a leading group ("10 tỉnh, thành phố dẫn đầu")."""
_LEADING = r"(?:dẫn\s+đầu|đứng\s+đầu|(?:có\s+)?(?:kết\s+quả|điểm\s+số|xếp\s+hạng)\s+cao\s+nhất)"
"""The head of a ranking: "dẫn đầu", "đứng đầu", "có kết quả cao nhất"."""
RANK_TOP = (
    rf"(?:\b(?:1|một)\s+trong\s+(?:số\s+)?(?P<k>{NUMBER_OR_WORD})\s+{_GROUP}{{0,4}}?"
    rf"{_LEADING}|\bnhóm\s+(?P<k2>{NUMBER_OR_WORD})\s+{_GROUP}{{0,4}}?{_LEADING}|"
    r"\b(?:tốp|top)\s+(?P<k3>\d+)\b|\b(?:tốp|top|nhóm)\s+(?:đầu|dẫn\s+đầu)\b)"
)
RANK_IMPROVE = (
    rf"\btăng\s+(?:(?:ít\s+nhất|tối\s+thiểu|từ)\s+)?(?P<a>{NUMBER_OR_WORD})"
    rf"(?:\s*(?:đến|tới|-|–)\s*(?P<b>{NUMBER_OR_WORD}))?\s+(?:bậc|hạng|thứ\s+hạng)\b|"
    # "cải thiện thứ hạng Chỉ số PAPI ít nhất 2 bậc"
    r"\b(?:cải\s+thiện|nâng)\s+(?:thứ\s+hạng|xếp\s+hạng|vị\s+trí)\s+(?P<named>[^.;,%\d]{0,60}?)"
    rf"\s*(?:\b(?:ít\s+nhất|tối\s+thiểu|từ)\s+)?\b(?P<a2>{NUMBER})(?:\s*(?:đến|tới|-|–)\s*"
    rf"(?P<b2>{NUMBER}))?\s+bậc\b|"
    r"\b(?:tăng\s+hạng|tăng\s+thứ\s+hạng|cải\s+thiện\s+thứ\s+hạng)\b"
)
# "giữ vững vị trí", "duy trì, cải thiện, nâng cao thứ hạng": keeping the rank is the floor
RANK_KEEP = (
    r"\b(?:giữ\s+vững|duy\s+trì)(?:\s*(?:,|và)\s*(?:cải\s+thiện|nâng\s+cao|nâng))*\s+"
    r"(?:vị\s+trí|thứ\s+hạng|vị\s+thứ|xếp\s+hạng)\b"
)
# Where the name of a ranked index begins: "Chỉ số PAR Index", "SIPAS", "Chỉ số DTI" …
# ("Chỉ số" capitalised names one index; "các chỉ số" is the set they belong to).
INDEX_NAME = re.compile(r"\b(?:Chỉ\s+số|PAR\s+Index|SIPAS|PAPI|PCI|DTI|ICT\s+Index|DDCI)\b")
# The cut between two index names in a list ("Chỉ số A, Chỉ số B và Chỉ số C")
INDEX_CUT = re.compile(
    r"\s*(?:,|\bvà\b)\s*(?=(?:Chỉ\s+số|PAR\s+Index|SIPAS|PAPI|PCI|DTI|ICT\s+Index|DDCI)\b)"
)
ORDINAL = (
    r"\b(?:xếp\s+loại|đạt\s+mức|đạt\s+loại|mức|loại|xếp\s+hạng)\s+(?P<band>xuất\s+sắc|tốt|khá|"
    r"trung\s+bình)\s+trở\s+lên\b"
)
COUNT = (
    r"\b(?P<verb>hoàn\s+thành|hoàn\s+tất|hoàn\s+thiện|giải\s+quyết|có\s+thêm|"
    r"(?:có|bảo\s+đảm|đảm\s+bảo|bố\s+trí)(?=\s+(?:ít\s+nhất|tối\s+thiểu))|xây\s+dựng|"
    r"triển\s+khai|tích\s+hợp|đào\s+tạo|bồi\s+dưỡng|số\s+hóa|thành\s+lập|bổ\s+sung|cung\s+cấp\s+thêm)\s+"
    rf"(?:(?:ít\s+nhất|tối\s+thiểu|thêm|từ)\s+)?(?P<num>{NUMBER_OR_WORD})"
    # "thành lập 40 - 50 tổ công nghệ số": a range of counts
    rf"(?:\s*(?:-|–|đến)\s*(?P<num2>{NUMBER}))?\s+"
    r"(?!%|năm\b|tháng\b|ngày\b|bậc\b|lần\b|giờ\b|phút\b)(?=[^\s\d,;.%:/])"
)
COUNT_MORE = rf"\s+và\s+(?P<num>{NUMBER})\s+(?=[^\s\d,;.%:/])"
DAYS = (
    rf"\b(?P<op>không\s+quá|tối\s+đa|không\s+vượt\s+quá|dưới|còn)\s+(?P<num>{NUMBER})\s+"
    r"ngày(?:\s+làm\s+việc)?\b"
)
POINTS = (
    rf"\bđạt\s+(?:(?P<op>tối\s+thiểu|ít\s+nhất|từ|trên)\s+)?(?P<num>{NUMBER})\s+điểm"
    r"(?P<more>\s+trở\s+lên)?"
)
# Who a task is given to, when the sentence names it first ("Các bộ, ngành, địa phương
# hoàn thành …", "UBND các xã, phường hoàn thành …")
_ADDRESSEE = (
    r"(?:(?:các|mỗi|từng)\s+)?(?:bộ|sở|ngành|UBND|Ủy\s+ban\s+nhân\s+dân|cơ\s+quan|đơn\s+vị|"
    r"địa\s+phương|văn\s+phòng|thủ\s+trưởng|chủ\s+tịch|bộ\s+trưởng)\b[^.;:%\d]{0,80}?\s+"
)
# A task: its verb opens the sentence, after an opening clause or the addressee
_TASK_VERB = (
    r"(?:(?:khẩn\s+trương|tập\s+trung|sớm|kịp\s+thời)\s+)?"
    r"(?P<verb>hoàn\s+thành|hoàn\s+tất|hoàn\s+thiện|cập\s+nhật|cắt\s+giảm|triển\s+khai|"
    r"ban\s+hành|chỉ\s+tiếp\s+nhận|số\s+hóa|kết\s+nối|tích\s+hợp|rà\s+soát|chuyển|xây\s+dựng|"
    r"trình|vận\s+hành|đưa|tổ\s+chức|báo\s+cáo|phê\s+duyệt|khai\s+trương|thí\s+điểm)\b"
)
# (after "… đặt mục tiêu" / "… yêu cầu": "Quảng Ninh đặt mục tiêu hoàn thành … trong quý I/2026")
TASK = re.compile(
    rf"^(?:[^,]{{0,40}},\s*)?(?:{_ADDRESSEE}|[^,;:.%\d]{{0,60}}?\b(?:đặt\s+(?:ra\s+)?mục\s+tiêu|"
    rf"yêu\s+cầu)\s+)?{_TASK_VERB}",
    CASE,
)
TASK_AT_START = re.compile(rf"^{_TASK_VERB}", CASE)
"""A task whose verb opens the sentence, its deadline in a clause after a comma ("Xây dựng cơ sở
dữ liệu đất đai, hoàn thành trước ngày 31/12/2025")."""
EACH_MEMBER = re.compile(
    r"\b(?:ở|tại|trên|của)\s+(?:từng|mỗi|tất\s+cả\s+các|các)\s+(?:lĩnh\s+vực|ngành\s+hàng)\b", CASE
)
"""A target that holds for every member of a breakdown ("ở từng lĩnh vực đều đạt …"): the
text does not say which breakdown of the indicator is meant."""

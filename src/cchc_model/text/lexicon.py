"""The words the extractor reads: operators, markers, levels, recurrences, time phrases.

One table per question, each a regular expression over the raw text (case-insensitive).
The meanings follow ``docs/phrases.md`` and the project's domain notes on target
language: "đặt mục tiêu" is neutral, "phấn đấu" / "hướng tới" mark a target aspirational.
"""

from __future__ import annotations

import re

from .numbers import NUMBER, NUMBER_OR_WORD, SHARE_WORD

__all__ = [
    "AGENCY_GROUP",
    "ASPIRATION",
    "BASELINE_WORDS",
    "BINDING",
    "BODY",
    "COMMITMENT",
    "DEADLINES",
    "DURATION",
    "EVERY_MINISTRY_AND_LOCALITY",
    "EXCLUSION",
    "LEVEL_WORDS",
    "NO_FALL",
    "OPERATORS_BEFORE",
    "PAST",
    "PERIODS",
    "RECURRENCES",
    "REPORT",
    "TIER_GROUP",
]

CASE = re.IGNORECASE
"""Every pattern ignores case: plans capitalise freely ("Phấn đấu", "PHẤN ĐẤU")."""

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year as plans write it (1900–2099): read as a period, or set aside as no figure."""
DOCUMENT_NUMBER = re.compile(
    r"\b\d+(?:/\d{4})?\s*[/-]\s*[A-ZĐ][A-ZĐa-zđ&]{0,9}(?:\s*[-/]\s*[A-ZĐ][A-ZĐa-zđ&]{0,9})*|"
    r"\b(?:QĐ|NQ|CT|KH|TB|CV|NĐ|TT|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Kế\s+hoạch|Thông\s+báo|"
    r"Nghị\s+định|Thông\s+tư|Công\s+văn|Đề\s+án)\s+(?:số\s+)?\d+\b"
)
"""A document's number ("57-NQ/TW", "749/QĐ-TTg", "Đề án 06", "QĐ 942"): no figure."""
DOCUMENT_KIND = (
    r"(?:Kế\s+hoạch|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|Công\s+văn|"
    r"Thông\s+báo|Đề\s+án|Chương\s+trình|Chiến\s+lược|Luật|Bộ\s+tiêu\s+chí)\b"
)
"""The kind of a document named ("Kế hoạch", "Nghị quyết", "Luật", "Bộ tiêu chí" …), as a
pattern: what is said of it names it, no target."""
TITLE_OPENS = re.compile(
    rf"(?:{DOCUMENT_NUMBER.pattern})(?:\s+ngày\s+[\d/.-]+)?(?:\s+của\s+[^,;.]{{0,60}}?)?"
    r"\s+về\s+(?:việc\s+)?[^,;.]*$"
)
"""A document's title opens before the words that follow ("Công điện số 127/CĐ-TTg về việc
tập trung hoàn thành …"): what it names is its subject, no task of the sentence."""
LIST_MARKER = re.compile(
    r"^[ \t]*(?:[-+•*–—▪●◦]|\(?\d{1,2}[.)](?!\d)|\(?[a-zđ]\)|[IVXLC]+[.)]|"
    r"\d{1,2}(?:\.\d{1,2}){1,3}\.?)"
    r"[ \t]+"
)
"""A list item's marker written in the text: "- ", "+ ", "• ", "1. ", "a) ", "II. ", "1.2 ",
"1.1.1 "."""
WORKING_DAYS = re.compile(r"\bngày\s+làm\s+việc\b", CASE)
"""Days counted as working days ("không quá 10 ngày làm việc")."""

OPERATORS_BEFORE: tuple[tuple[re.Pattern[str], str], ...] = (
    # the signs, as tables and some plans write them ("≥ 90%", "<= 5%")
    (re.compile(r"(?:≥|>=|=>)\s*$"), ">="),
    (re.compile(r"(?:≤|<=|=<)\s*$"), "<="),
    (re.compile(r"<\s*$"), "<"),
    (re.compile(r">\s*$"), ">"),
    # ("bằng hoặc cao hơn 80%": that or more)
    (
        re.compile(
            r"(?:không\s+thấp\s+hơn|không\s+dưới|không\s+ít\s+hơn|"
            r"bằng\s+hoặc\s+(?:cao|lớn|nhiều)\s+hơn)\s*$",
            CASE,
        ),
        ">=",
    ),
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
    # "khoảng 70%", "~ 60%": a point, approximately (noted: the other reading, a floor)
    (re.compile(r"(?:khoảng|xấp\s+xỉ|~)\s*$", CASE), "="),
    (re.compile(r"(?:trên|hơn|vượt|cao\s+hơn|lớn\s+hơn|nhiều\s+hơn)\s*$", CASE), ">"),
)
"""The words or signs right before a figure and the operator they give, tried in order:
"đạt tối thiểu 85%", "≥ 85%" → ≥; "không quá 5%" → ≤; "dưới 5%" → <; "trên 90%" → >."""

DECREASE = re.compile(r"\b(?:cắt\s+giảm|cắt\s+gảm|giảm|rút\s+ngắn|bãi\s+bỏ|tinh\s+giản)\b", CASE)
"""A reduction ("cắt giảm", "giảm", "rút ngắn", "bãi bỏ", "tinh giản biên chế"): before a
percentage, a change against a baseline."""
INCREASE = re.compile(r"\btăng(?:\s+thêm)?\b", CASE)
"""An increase ("tăng", "tăng thêm")."""

# "trình độ đại học trở lên", "từ 15 tuổi trở lên": a degree or an age and those above it,
# not a figure's floor
ABOVE_A_FIGURE = r"(?<!học\s)(?<!đẳng\s)(?<!cấp\s)(?<!sĩ\s)(?<!thông\s)(?<!tuổi\s)trở\s+lên"
"""A figure's floor, "trở lên", not said of a degree or an age ("trình độ đại học trở lên",
"người từ 15 tuổi trở lên")."""

# "quyết tâm" that resolves, not the resolve a result was reached with ("Với quyết tâm cao,
# tỉnh đã đạt …", "với tinh thần quyết tâm")
_RESOLVED = r"(?<!với\s)(?<!sự\s)(?<!thần\s)quyết\s+tâm"
# "kỳ vọng" that expects, not expectations met or named ("vượt kỳ vọng", "như kỳ vọng")
_EXPECTED = r"(?<!vượt\s)(?<!như\s)(?<!với\s)(?<!sự\s)(?<!những\s)kỳ\s+vọng"
ASPIRATION = re.compile(
    rf"\b(?:phấn\s+đấu|{_RESOLVED}|nỗ\s+lực|cố\s+gắng|{_EXPECTED}|"
    r"(?<!định )(?<!Định )hướng\s+(?:tới|đến)"
    r"(?!\s+(?:chính\s+phủ|chính\s+quyền|kinh\s+tế|xã\s+hội|nền|mục\s+tiêu\s+xây\s+dựng|xây\s+dựng)))",
    CASE,
)
"""The words that mark a target aspirational: "phấn đấu", "quyết tâm", "nỗ lực", "cố gắng",
"kỳ vọng", "hướng tới", "hướng đến" (not "định hướng", nor "hướng tới xây dựng chính quyền
số")."""
BINDING = re.compile(r"\b(?:bảo\s+đảm|đảm\s+bảo|phải)\b", CASE)
"""Words that bind ("bảo đảm", "đảm bảo", "phải"): after "phấn đấu" they make the target
binding again."""
# "vượt chỉ tiêu đề ra", "đạt 76,5% mục tiêu", "vượt 3% so với chỉ tiêu": a result measured
# against a target, not a target named; nor "hoàn thành 100% các nhiệm vụ, chỉ tiêu được giao",
# "19/21 chỉ tiêu đạt và vượt kế hoạch"
_TARGET_NAMED = (
    # (nor targets counted: "đã hoàn thành 45/50 chỉ tiêu đề ra"; nor the name of the
    # "Chương trình mục tiêu quốc gia")
    # ("hoàn thành 100 % các chỉ tiêu được giao": targets done, counted)
    r"(?<!vượt\s)(?<!%\s)(?<!so\svới\s)(?<!thành\s)(?<!đạt\s)(?<!một\s)(?<!\d\s)(?<!trình\s)"
    r"(?<!%\scác\s)"
    r"(?:mục\s+tiêu|(?:(?<!vụ,\s)chỉ\s+tiêu|chỉ\s+tiêu(?!\s+được\s+giao))"
    r"(?!\s+(?:đạt|vượt|hoàn\s+thành)\b))"
)
WITHIN = (
    r"(?:\btrong\s+(?:số\s+)?đó(?:\s+có)?\b|"
    # "…, riêng lĩnh vực đất đai, xây dựng đạt tối thiểu 85%": a field set apart, a part
    r"(?:(?<=[,;])|(?<=[,;]\s)|^)\s*riêng(?=\s+(?:(?:đối\s+với|trong|ở|tại)\s+)?(?:các\s+)?"
    r"lĩnh\s+vực\b)|"
    r",\s*với(?=\s+(?:ít\s+nhất|tối\s+thiểu)\s+\d+\s*%\s+(?:toàn\s+trình|một\s+phần)\b))"
)
"""What opens a part of what the figure before counts: "trong (số) đó (có)", a field set apart
("riêng lĩnh vực …"), and ", với ít nhất
20% toàn trình" as news writes it ("tiếp nhận tối thiểu 80% hồ sơ trực tuyến, với ít nhất 20%
toàn trình"; not a figure of other things, "…, với tối thiểu 70% hồ sơ được xử lý …")."""
WITHIN_OPENS = re.compile(rf"\W*(?:{WITHIN})", CASE)
"""A piece that opens with a part of the figure before it ("…; trong đó trên 60% …", "…;
riêng lĩnh vực đất đai đạt …")."""
# "Đến năm 2030, …": a year still to come (a report says "tính đến", "đến hết năm")
_YEAR_TO_COME = r"(?<!tính\s)\b[đĐD]ến\s+năm\s+(?:19|20)\d\d\b"
COMMITMENT = re.compile(
    # ("phường đề ra 27 chỉ tiêu, trong đó có …": the targets set, then named)
    # ("… biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025": the targets a congress adopts)
    # ("… thống nhất 29 chỉ tiêu chủ yếu", "Nghị quyết … với 20 chỉ tiêu chủ yếu là: …")
    rf"\b(?:phấn\s+đấu|{_TARGET_NAMED}|(?:(?:đề|đặt)\s+ra|thông\s+qua|thống\s+nhất)\s+\d+\s+"
    r"(?:nhóm\s+)?(?:chỉ|mục)\s+tiêu|với\s+\d+\s+(?:chỉ|mục)\s+tiêu\s+(?:chủ\s+yếu|cụ\s+thể)|"
    r"hướng\s+tới|hướng\s+đến|bảo\s+đảm|đảm\s+bảo|phải|"
    # "yêu cầu" that asks, not a request named ("hồ sơ yêu cầu giải quyết", "theo yêu cầu")
    # "đạt yêu cầu", "so với yêu cầu", "những yêu cầu": a standard met or named, no one asked
    r"(?<!hồ\ssơ\s)(?<!đơn\s)(?<!theo\s)(?<!các\s)(?<!ứng\s)(?<!đạt\s)(?<!đúng\s)(?<!với\s)"
    r"(?<!những\s)(?<!mọi\s)yêu\s+cầu|"
    rf"tối\s+thiểu|ít\s+nhất|{ABOVE_A_FIGURE}|"
    rf"{_RESOLVED}|cần\s+đạt|sẽ|để\s+đạt(?:\s+được)?\s+(?:mục|chỉ)\s+tiêu|"
    # "…, kế hoạch năm 2026 là 80%": the plan's figure for a year
    r"kế\s+hoạch\s+năm\s+(?:19|20)\d\d\s+(?:là|đạt)|"
    # (not "điểm tối đa", the most a score can be, nor "tối đa hóa"; "… nâng lên 85%" tells
    # what a measure rose to, "nâng … lên" asks for it)
    # "Tăng số lượng điểm chấp nhận … lên 250.000 điểm": a clause that opens by raising a
    # measure to a level asks for it, as "nâng … lên" does
    r"(?:^\W*|(?<=[,;]\s))tăng(?=\s[^,;.%]{1,100}?\slên\s+(?:mức\s+)?\d)|"
    rf"không\s+quá|(?<!điểm\s)tối\s+đa(?!\s+hóa)|(?<!được\s)(?<!việc\s)(?:đưa|(?<!mới\s)(?<!NTM\s)nâng(?!\s+lên\b)))\b|"
    rf"{_YEAR_TO_COME}",
    CASE,
)
"""Words that commit to a figure ("phấn đấu", "mục tiêu", "chỉ tiêu", "tối thiểu", "trở lên",
"Đến năm 2030" …): without one in the sentence or its lead, a bare figure is a report."""
HYPOTHETICAL = re.compile(
    r"^\s*(?:nếu|giả\s+sử|giả\s+định|(?:trong\s+)?trường\s+hợp(?=[^.;]{0,160}\bthì\b))\b", CASE
)
"""A sentence that supposes ("Nếu Lâm Đồng giữ được mức điểm …, thì … có thể tăng 10 bậc"):
what would follow, no target."""
ESTIMATE = re.compile(
    r"^\W*(?:theo\s+)?(?:dự\s+báo|ước\s+tính)\b|"
    # (not the work named: "Nâng cao chất lượng công tác dự báo, bảo đảm …")
    r"^\W*(?:[^\W\d_]+\s+){1,8}?(?<!tác\s)(?<!việc\s)(?<!lượng\s)(?<!năng\s)(?<!thống\s)"
    r"(?:dự\s+báo|ước\s+tính|tính\s+toán)\s*(?:rằng\s*)?,",
    CASE,
)
"""A sentence that tells an estimate or a forecast ("Theo dự báo, năm 2026 tỷ lệ … sẽ đạt
khoảng 70%", "Trung tâm … ước tính, để đạt mục tiêu này, mỗi tháng cần cấp thêm …"): what is
expected to happen or needed, no target."""
CONDITION = re.compile(
    r"\bđược\s+(?:công\s+nhận|xếp\s+loại|xếp\s+vào|đánh\s+giá|coi\s+là|xác\s+định\s+là|tính\s+là)"
    r"[^.;]{0,80}?\b(?:khi|nếu)\b|"
    # "xã đạt chuẩn khi có tối thiểu 70% …": what meets a standard
    r"\bđạt(?:\s+chuẩn|\s+tiêu\s+chí)?\s+khi\b|"
    # "… thì được 2 điểm", "thì được chấm điểm tối đa", "… được cộng 1 điểm": a score earned
    r"\bthì\s+(?:(?:được|bị)\s+(?:(?:chấm|cho|cộng|trừ|tính)\s+)?|(?:chấm|cho|cộng|trừ)\s+)"
    r"(?:\d|điểm|tối\s+đa)|\b(?:được\s+cộng|bị\s+trừ)\s+(?:[\d,.]+\s+)?điểm\b|"
    # "tỷ lệ … không thấp hơn 50% thì được đánh giá đạt": what a grade is given for
    r"\bthì\s+(?:được|bị)\s+(?:đánh\s+giá|xếp\s+loại|công\s+nhận|coi\s+là|tính\s+là)\b|"
    # ("Đơn vị có tỷ lệ hồ sơ trễ hạn trên 5% sẽ bị xếp loại Yếu": what a penalty is given for)
    r"\b(?:sẽ\s+)?bị\s+(?:xếp\s+loại|đánh\s+giá|phê\s+bình|kiểm\s+điểm|xem\s+xét\s+trách\s+nhiệm)\b|"
    # "… thu hút doanh nghiệp … theo nguyên tắc: …, với tỷ lệ 1% - 3% doanh thu": what qualifies
    r"\btheo\s+(?:các\s+)?nguyên\s+tắc\s*:",
    CASE,
)
"""A sentence that says what earns a grade or a score ("Xã được công nhận đạt chuẩn khi có từ
80% …", "Đạt 100% thì được 2 điểm") or what qualifies for a mechanism ("… theo nguyên tắc: …"):
a rule of assessment, no target."""
NORM_CITED = re.compile(
    r"\b(?:quyết\s+định|nghị\s+định|thông\s+tư|luật|bộ\s+tiêu\s+chí)(?:\s+số)?\s+[\w/.-]*\d[\w/.-]*"
    # "Nghị định 61/2018/NĐ-CP quy định về …" is a title, not a rule told
    r"(?:\s+(?:ngày|của)\s+[^,;.]{0,80}?)?\s+quy\s+định\b"
    r"(?!\s+(?:về|chi\s+tiết|việc|một\s+số|chức\s+năng|thủ\s+tục|trình\s+tự)\b)|"
    # "Nghị quyết có hiệu lực từ ngày 1/1/2026 và áp dụng cho 100% xã, phường"
    r"\bcó\s+hiệu\s+lực\b|"
    # "Nghị định quy định tỷ lệ … không vượt quá 10%", "Tiêu chí này yêu cầu …": a rule told
    r"^\s*(?:(?:quyết\s+định|nghị\s+định|thông\s+tư|luật|bộ\s+tiêu\s+chí)(?:\s+này)?\s+quy\s+định|"
    r"(?:tiêu\s+chí|chỉ\s+tiêu)(?:\s+(?:này|số\s+)?[\d.]*)?\s+yêu\s+cầu)\b|"
    # "Người dân được giảm 50% lệ phí …", "Mức thu phí giảm 50% …": a fee cut by a rule
    r"\b(?:được\s+)?giảm\s+\d+\s*%\s+(?:lệ\s+phí|phí)\b|\bmức\s+thu\s+(?:lệ\s+)?phí\b",
    CASE,
)
"""A sentence that tells what another text rules ("Theo Quyết định 319 ngày 8/3/2022 của Thủ
tướng Chính phủ quy định xã … phải có ít nhất 1 mô hình …"), or when a text takes effect
("… có hiệu lực từ ngày 1/1/2026 và áp dụng cho 100% xã, phường"): no target of the plan's
own."""
STATED_TARGET = re.compile(
    rf"\b(?:phấn\s+đấu|{_TARGET_NAMED}|hướng\s+(?:tới|đến)|quyết\s+tâm|cần\s+đạt|"
    # ("Tỉnh được giao tỷ lệ … năm 2026 là 91,75%, năm 2027 là 92,50%": quotas assigned)
    rf"kế\s+hoạch\s+(?:năm|đến)|được\s+giao\s+(?:chỉ\s+tiêu|tỷ\s+lệ))\b|{_YEAR_TO_COME}",
    CASE,
)
"""The words that still make a target inside a report passage, where "bảo đảm", "phải",
"nâng cao" describe what was done ("hạ tầng viễn thông đảm bảo hoạt động ổn định")."""
_REACHED_KEPT = r"đã\s+đạt(?:\s+được)?(?:\s+(?:trong\s+)?năm\s+\d{4})?\s*[,;.)]"
# ("giữ vững thứ hạng đã đạt được (năm 2025).": what was reached, named as what to keep, tells
# no result; its stop is matched, since a text cut before a figure ends where "đã đạt" does)
REACHED_ONLY = (
    r"(?<!chứng\s)(?<!địa\s)\b(?:chỉ|(?<!thôn\s)(?<!kỳ\s)(?<!lập\s)(?<!trồng\s)(?<!tạo\s)"
    r"(?<!dựng\s)(?<!ký\s)(?<!triển\s)(?<!cấp\s)mới|"
    rf"(?!{_REACHED_KEPT})đã|thực\s+tế)\s+đạt"
)
"""What was reached, a result ("chỉ đạt 72%", "mới đạt", "đã đạt", "thực tế đạt"; not "thành
lập mới đạt", founded anew, nor "trồng mới", "đăng ký mới", "cấp mới", "xây dựng mới" …)."""
SHARE_OF_ITS_PLAN = r"đạt\s+[\d,.]+\s*%\s+(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)"
"""A share reached of what was planned ("Giải ngân vốn đầu tư công đạt 95% kế hoạch"): a
result told, unless a lead commits the items under it."""
#: where a report's figures come from ("theo báo cáo", "theo số liệu", "theo kết quả")
_TOLD_BY = (
    r"theo\s+(?:báo\s+cáo|số\s+liệu|công\s+bố|"
    # (not how work is judged: "đánh giá cán bộ theo kết quả, sản phẩm cụ thể")
    r"kết\s+quả(?!\s*,?\s*sản\s+phẩm|\s+(?:công\s+việc|thực\s+hiện\s+nhiệm\s+vụ|đầu\s+ra)))"
)
REPORT = re.compile(
    rf"(?:\b(?:{_TOLD_BY}|"
    r"tính\s+đến\s+(?:ngày|hết|cuối|nay|thời\s+điểm|tháng|\d+)|(?<!tính\s)[đĐ]ến\s+nay|"
    r"xếp\s+thứ|đứng\s+thứ|với\s+kết\s+quả|kết\s+quả\b[^.;]{0,60}?\bcho\s+thấy|"
    # ("…, vượt 148% chỉ tiêu đề ra": a share of the target met)
    r"vượt\s+(?:[\d,.]+\s*%\s+)?(?:mức\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)|đạt\s+và\s+vượt|"
    r"đã\s+được\s+hoàn\s+thành|(?:sau|qua)\s+(?:\d+|một|hai|ba|bốn|năm|sáu)\s+"
    r"(?:năm|tháng)|(?<!trí\s)(?:là|đứng)\s+(?:1|một)\s+trong\b|"
    r"ước\s+(?:đạt|tính|thực\s+hiện)|"
    r"(?:qua|theo)\s+(?:khảo\s+sát|điều\s+tra|thống\s+kê)|qua\s+(?:đánh\s+giá|kiểm\s+tra|rà\s+soát)(?=\s*,)|"
    rf"{SHARE_OF_ITS_PLAN}|"
    # (not the results a procedure gives, digitised: "… được số hóa kết quả đạt 100%")
    rf"(?<!hóa\s)(?<!trả\s)kết\s+quả\s+(?:thực\s+hiện\s+)?đạt|vươn\s+lên|{REACHED_ONLY}|(?<!chứng\s)(?<!địa\s)chỉ\s+(?:mới|còn)|đã\s+có|liên\s+tiếp|"
    r"đã\s+hoàn\s+thành|(?:đạt|thực\s+hiện)\s+được\s+\d|so\s+với\s+(?:cùng\s+kỳ|trước(?:\s+(?:đây|kia|khi))?)|"
    r"trong\s+số\s+\d|(?:^|,\s*)sau\s+(?:khi\s+)?sắp\s+xếp\s*,|"
    r"thứ\s+hạng\s+\d|với\s+\d[\d,.]*\s+điểm|với\s+(?:số\s+)?điểm(?:\s+số)?\s+(?:là\s+)?\d[\d,.]*|(?:cao|thấp)\s+hơn(?:\s+[\d,.]+\s*%?)?\s*so\s+với\s+(?:năm|cùng|trước|tỷ\s+lệ|kỳ)|"
    r"vượt\s+[\d,.]+\s*%?\s*so\s+với|(?:tăng|giảm)\s+[\d,.]+\s*%\s+so\s+với\s+năm\s+(?:trước|ngoái)|tăng(?:\s+[^\s\d]+){0,2}\s+từ\s+[\d,.]+\s*%\s+năm\s+\d{4}\s+lên|qua\s+đó|nhờ\s+đó|"
    # ("… vẫn chưa nhận được báo cáo …": still not received; "vẫn chưa đạt mục tiêu … là 80%"
    # names the target beside it)
    r"(?:nhóm|loại)\s+[A-D]|vẫn\s+chưa\s+nhận\s+được)\b|"
    # "6.084/7.669 xã": units counted of a whole (a place among so many, "nhóm 20/63 địa
    # phương", "vị trí 5/14 tỉnh", "xếp 10 - 15/63 tỉnh", is a rank)
    r"(?<!nhóm\s)(?<!trí\s)(?<!xếp\s)(?<![-–]\s)(?<![-–])"
    r"\b\d[\d.]*\s*/\s*\d[\d.]*\s+(?:tỉnh|huyện|xã|phường|đơn\s+vị|bộ|sở|ngành|địa\s+phương|vùng|"
    # ("12/13 chỉ tiêu hoàn thành": targets met, counted)
    r"cơ\s+quan|thôn|chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)|"
    # "Kết quả, 100% hồ sơ …": what came of it (a comma ends no word, so not in the \b group)
    # (not what a task acts on: "Tổng hợp kết quả, báo cáo Sở Nội vụ trước ngày …")
    # (nor what work is judged by: "… theo kết quả, sản phẩm cụ thể")
    r"(?<!hợp\s)(?<!giá\s)(?<!cáo\s)(?<!theo\s)\bkết\s+quả\s*,|"
    # "… của các tỉnh dao động từ 78% đến 88%": the spread of figures measured
    r"\b(?:dao|biến)\s+động\s+(?:(?:trong\s+)?khoảng\s+)?(?:từ\s+)?(?=\d)|"
    # "… ở hầu hết các tỉnh từ 80% đến 90%", "… chủ yếu nằm trong khoảng …": how many measured
    r"\b(?:ở|tại|của)\s+(?:hầu\s+hết|phần\s+lớn|đa\s+số)\b|\bchủ\s+yếu\s+nằm\b|"
    # "không có đơn vị, địa phương nào đạt dưới 40%": a count of results
    r"\bkhông\s+có\s+[^;.]{0,40}\bnào\b|"
    r"(?:^|[,;]\s*)với\s+[\d,.]+\s*%|"
    # "…, với trên 9.300 tài khoản được cấp": what was done, counted
    r"\bvới\s+(?:trên|hơn|gần|khoảng)\s+\d|"
    # "Khoảng 60% người dân chưa biết …", "Gần 90% doanh nghiệp …": a share estimated
    r"(?:^|[,;:]\s*)(?:khoảng|gần|xấp\s+xỉ|chỉ\s+có)\s+\d|"
    # "Đây là lần đầu tiên tỉnh lọt vào top 10": a place won
    r"\blần\s+đầu\s+tiên\b|\blọt\s+vào\b|"
    # "Nhiều xã có tỷ lệ … dưới 30%": units described, none named a target
    r"^\s*(?:nhiều|một\s+số|hầu\s+hết|phần\s+lớn|đa\s+số)\s+(?:các\s+)?(?:xã|huyện|tỉnh|đơn\s+vị|"
    r"cơ\s+quan|địa\s+phương|sở|ngành|bộ)\b|"
    # "Đáng chú ý, trên 99% hồ sơ …", "Riêng trong quý III, hơn 90% …", "Toàn tỉnh có trên
    # 95% hộ gia đình …": how news opens a result
    r"^\s*(?:đáng\s+chú\s+ý|nổi\s+bật)\s*,|"
    # "9 tháng năm 2025, …", "Tính chung 10 tháng, …", "Kết thúc năm 2025, …": the months
    # gone of a year, told (a plan's half is "6 tháng đầu / cuối năm")
    r"^\s*(?:trong|tính\s+chung|lũy\s+kế)?\s*(?:[2-57-9]|1[01])\s+tháng(?:\s+đầu)?"
    r"(?:\s+năm(?:\s+(?:19|20)\d\d)?)?\s*,|"
    r"^\s*(?:kết\s+thúc|khép\s+lại)\s+năm\b|"
    r"^\s*riêng\s+(?:trong\s+)?(?:năm|tháng|quý|\d+\s+tháng)\b[^,;]{0,30},|"
    r"^\s*toàn\s+(?:tỉnh|huyện|thành\s+phố|xã)\s+(?:hiện\s+|đã\s+)?có\s+(?:trên|hơn|gần)\s+\d|"
    # "Tỉnh Đồng Nai có 80% hồ sơ …", "Cả nước có 92% dân số …": a place, what it has
    r"^\s*(?:toàn\s+(?:tỉnh|huyện|thành\s+phố|xã|quốc)|cả\s+nước|(?:tỉnh|thành\s+phố|huyện|xã|"
    r"phường)(?:\s+(?-i:[A-ZĐ])\w*)*)\s+(?:hiện\s+)?có\s+(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?"
    r"\d[\d,.]*\s*%|"
    # "Hội nghị có 100% đại biểu tham dự", "95% ý kiến tán thành": a meeting, a vote
    r"\b(?:đại\s+biểu|ý\s+kiến)(?:\s+\S+){0,2}\s+(?:tham\s+dự|có\s+mặt|tán\s+thành|đồng\s+ý|"
    r"nhất\s+trí|biểu\s+quyết)\b|"
    # "trên 85% người (dân) được hỏi hài lòng", "… cho rằng …": what a survey's respondents
    # said, what people think
    r"\b(?:người(?:\s+dân)?|ý\s+kiến)\s+(?:được\s+(?:hỏi|khảo\s+sát)|trả\s+lời)\b|"
    r"\bcho\s+rằng\b|"
    # "…, đây là kết quả đáng ghi nhận": a result praised
    r"\b(?:đáng\s+ghi\s+nhận|ấn\s+tượng|tín\s+hiệu\s+tích\s+cực)\b|"
    # "dẫn đầu cả nước với tỷ lệ 98%", "cao hơn mức bình quân cả nước 15%": a place, a gap
    r"\bdẫn\s+đầu\b[^.;]{0,40}\bvới\b|\b(?:cao|thấp)\s+hơn\s+(?:mức\s+)?(?:bình\s+quân|trung\s+bình)\b|"
    # "Phường Hòa Khánh có tỷ lệ hồ sơ trực tuyến 100%": a unit's figure, no operator
    r"\bcó\s+tỷ\s+lệ\s[^.;%\d]{1,80}?\s(?:là\s+)?"
    r"(?<!trên\s)(?<!hơn\s)(?<!đạt\s)(?<!thiểu\s)(?<!nhất\s)(?<!từ\s)(?<!quá\s)(?<!dưới\s)(?<!đa\s)"
    r"[\d,.]+\s*%|"
    # "Con số 50% không chỉ là …": a figure talked about
    r"\bcon\s+số\s+[\d,.]+\s*%|"
    # "có 178.661 hồ sơ", "7.600 hồ sơ được nộp qua mạng": dossiers counted, not a goal
    # (not whom a training is for: "bồi dưỡng cho 2.000 lượt cán bộ", "Đào tạo 1.000 lượt …")
    r"(?<!cho\s)(?<!đào\stạo\s)(?<!bồi\sdưỡng\s)(?<!tập\shuấn\s)"
    r"\b\d{1,3}(?:\.\d{3})+\s+(?:hồ\s+sơ|lượt)\b|"
    # "Toàn tỉnh có 1.250 TTHC, trong đó 85% …": a breakdown of a count already there
    r"\b\d{1,3}(?:\.\d{3})+\s+[^,;.]{1,40},\s*trong\s+đó\b)",
    CASE,
)
"""Words of a report of results: the clause gives no target even beside a commitment word."""
REPORT_OPENS = re.compile(
    rf"\W*(?:{_TOLD_BY}[^,;.]{{0,60}}|(?:tính\s+)?đến\s+nay|hiện\s+nay|"
    # "Theo Bộ Công an, …", "Theo ông Nguyễn Văn A, …": who tells it
    r"theo\s+(?:(?-i:(?:Bộ|Sở|Cục|Công\s+an|UBND|Ủy\s+ban|Văn\s+phòng|Trung\s+tâm)\b)|"
    r"ông|bà|lãnh\s+đạo|đại\s+diện)[^,;.]{0,60}|"
    r"qua\s+(?:khảo\s+sát|điều\s+tra|thống\s+kê|đánh\s+giá|kiểm\s+tra|rà\s+soát)[^,;.]{0,40}|"
    r"tính\s+đến\s+(?:ngày|hết\s+tháng|cuối\s+tháng|tháng)\s+[^,;.]{0,20})\s*,",
    CASE,
)
"""A clause opened by where its figures come from or when they stand ("Theo báo cáo, …",
"Đến nay, …", "Qua khảo sát, …", "Tính đến ngày 30/9, …"): its figures are results up to
the first word that commits."""
BAND_SENTENCE = re.compile(r"^\s*(?:nhóm|loại)\s+[A-D]\s*(?::|gồm|là|bao\s+gồm)", CASE)
"""A sentence that defines a classification band ("Nhóm A gồm các đơn vị đạt từ 90% …")."""
BAND = re.compile(
    r"^\s*(?:trở\s+lên\s+)?(?:thì\s+|sẽ\s+)?(?:được\s+)?(?:xếp\s+loại|xếp\s+vào\s+nhóm|"
    r"đánh\s+giá\s+(?:là|ở\s+mức)|gồm\s*:)",
    CASE,
)
"""After a figure, a classification band ("đạt từ 90 điểm trở lên được xếp loại Tốt"), not a
target."""
CRITERIA_LEAD = re.compile(
    r"\btiêu\s+chí\b[^:]{0,120}\bxếp\s+loại\b|\bxếp\s+loại\b[^:]{0,120}\btiêu\s+chí\b", CASE
)
"""A lead over the criteria of a grade ("Cán bộ đạt các tiêu chí sau thì được xếp loại …:"):
its items say what earns the grade, whatever words they use ("hoàn thành tất cả các chỉ
tiêu, nhiệm vụ, trong đó ít nhất 50% …"), and set no target."""
REPORT_LEAD = re.compile(
    r"\b(?:tình\s+hình|kết\s+quả)\s+(?:thực\s+hiện|triển\s+khai|đạt\s+được)\b|"
    r"\bkết\s+quả\b[^:]{0,120}\b(?:có|đạt\s+được|đã)\b|"
    # "Kết quả năm 2025:", "Kết quả:": a heading over results
    r"^\s*kết\s+quả(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*:?\s*$|" + CRITERIA_LEAD.pattern,
    CASE,
)
"""A lead over a report ("I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2024", "Năm 2023, … kết quả
chuyển đổi số có chuyển biến tích cực:", "Kết quả năm 2025:") or over the criteria of a grade
("Cán bộ đạt các tiêu chí sau thì được xếp loại …:"): its items are results or criteria unless
they commit."""
PLAN_TITLE = re.compile(
    r"^\s*(?:kế\s+hoạch|chương\s+trình|đề\s+án)\b|\b(?:mục\s+tiêu|chỉ\s+tiêu)\b", CASE
)
"""A document's title that names a plan or its goals ("KẾ HOẠCH Cải cách hành chính năm
2024", "Mười mục tiêu cải cách hành chính năm 2021 của thành phố Huế"): its plain figures
("… đạt trên 90%") are targets, where a sentence alone would be a result."""
REPORT_TITLE = re.compile(r"\b(?:báo\s+cáo|kết\s+quả|sơ\s+kết|tổng\s+kết|tình\s+hình)\b", CASE)
"""A title that names a report ("Báo cáo kết quả …", "Sơ kết 6 tháng …"): no plan."""
PAST = re.compile(
    rf"\b(?:(?<!án\s)(?<!hoạch\s)(?!{_REACHED_KEPT})đã|hiện\s+nay|hiện\s+có|(?<!thực\s)hiện\s+tại|hiện\s+đạt|"
    r"(?:năm|thời\s+gian|nhiệm\s+kỳ|quý|tháng|tuần|kỳ|giai\s+đoạn)\s+(?:vừa\s+)?qua|lũy\s+kế|"
    r"(?:số\s+liệu|khảo\s+sát|thống\s+kê|báo\s+cáo|kiểm\s+tra|đánh\s+giá|rà\s+soát)\s+cho\s+thấy)"
    r"\b|^\s*hiện\b|"
    # "Ông cho biết, hiện trên 90% …": now, after who tells it
    r",\s*hiện\s+(?=trên|hơn|gần|khoảng|có|đã|chỉ|mới|\d)|"
    # "Mặc dù (tỷ lệ …) đạt trên 90% nhưng …": a figure conceded, reached
    r"^\s*(?:mặc\s+dù|tuy|dù)\s+(?:[^,;%]{0,120}?\s)?(?:đã\s+)?(?:đạt|có)\b|"
    # "Vừa qua, …", "Trong kỳ, …", "Từ đầu năm, …", "Nhìn chung, …": how a report opens
    r"^\s*(?:vừa\s+qua|trong\s+(?:kỳ|tháng)|từ\s+đầu\s+năm|nhìn\s+chung|như\s+vậy)\s*,",
    CASE,
)
"""Past or present tense ("đã", "hiện nay", "năm qua", "lũy kế", "số liệu cho thấy", an
opening "Vừa qua," or "Nhìn chung,"): a report unless a commitment word stands in the
sentence or lead ("theo phương án đã được phê duyệt", "kế hoạch đã ban hành" date a plan,
not the target)."""
EXCLUSION = re.compile(
    r"\(?\s*\b(?:ngoại\s+trừ|trừ|không\s+bao\s+gồm|không\s+kể)\s+(?P<what>[^();.]+?)\s*(?:\)|(?=[;.]|$))",
    CASE,
)
"""An exclusion, kept as written: "(trừ …)", "trừ …", "ngoại trừ …", "không bao gồm …"."""
CARVED_OUT = re.compile(r"\(\s*đối\s+với\s+(?P<what>[^();]+?)\s+thì\b[^()]*\)", CASE)
"""Records carved out by saying what is done with them instead, in brackets: "(đối với hồ sơ
thuộc phạm vi bí mật nhà nước thì …)"."""

BASELINE_WORDS = (
    r"so\s+với(?:\s+cùng\s+kỳ)?|(?:thấp|kém|cao|lớn|nhiều|tốt)\s+hơn|bằng|như|tương\s+đương"
)
"""The words that make the year after them a baseline, not a period ("so với năm 2024",
"không thấp hơn năm 2024", "như năm 2024"), as a pattern."""
#: the level before a change is measured on, named ("năm 2025", "năm trước", "cùng kỳ")
_LEVEL_BEFORE = r"(?:năm\s+(?:trước|(?:19|20)\d\d)|cùng\s+kỳ(?:\s+năm\s+trước)?|kỳ\s+trước)\b"
NO_FALL = rf"\bkhông\s+(?:thấp\s+hơn|giảm|sụt\s+giảm)(?:\s+so\s+với)?\s+{_LEVEL_BEFORE}"
"""Not below the level before: "không thấp hơn năm 2025", "không giảm so với năm trước",
"không thấp hơn cùng kỳ" (a change of at least 0 on it)."""
RISE_OVER = (
    # (not by an amount said after it: "cao hơn năm 2025 ít nhất 5%")
    rf"\b(?:tăng|cao\s+hơn|lớn\s+hơn|nhiều\s+hơn|tốt\s+hơn)(?:\s+so\s+với)?\s+{_LEVEL_BEFORE}"
    r"(?![^,;.]{0,30}\d)"
)
"""Above the level before, by no stated amount: "Chỉ số SIPAS năm 2026 cao hơn năm 2025",
"… tăng so với năm trước" (a change of more than 0 on it)."""
YEAR_ON_YEAR = r"\bnăm\s+sau\s+(?:cao|lớn|nhiều)\s+hơn\s+năm\s+trước"
"""A rise each year over the year before: "năm sau cao hơn năm trước ít nhất 5%"."""
#: so many things a period ("02 cuộc/năm", "4 lớp/quý"), a period's name to fill in
#: (not a qualifier per period and place: "… tối thiểu 1.000 hồ sơ/năm/tỉnh"; nor how often
#: each unit of a share does so, "100% xã … ít nhất 01 lần/quý", the frequency's own)
_PER = r"\d\s+(?!lần\b)[^\W\d_]+(?:,?\s+[^\W\d_]+){{0,2}}\s*/\s*{}\b(?!\s*/)"
#: the sign of a rate per mille ("‰", and "%o", "%0" as pages render it)
_PER_MILLE_SIGN = r"‰|%\s?[oO0](?![\w%])"
#: the sign of a rate, per cent or per mille
_RATE_SIGN = rf"(?:{_PER_MILLE_SIGN}|%)"
RECURRENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    # ("trước ngày 15 của tháng cuối quý": a day of each quarter)
    (
        re.compile(
            r"\b(?:hằng|hàng|mỗi)\s+quý\b|\btháng\s+(?:cuối|đầu)\s+(?:mỗi\s+)?quý\b|"
            + _PER.format("quý")
            + rf"|{_RATE_SIGN}\s*/\s*quý\b",
            CASE,
        ),
        "quarterly",
    ),
    (
        re.compile(
            rf"\b(?:hằng|hàng|mỗi)\s+tháng\b|{_PER.format('tháng')}|{_RATE_SIGN}\s*/\s*tháng\b",
            CASE,
        ),
        "monthly",
    ),
    (
        re.compile(
            # "hằng 6 tháng", "6 tháng một lần", "định kỳ 6 tháng/lần"
            r"\b(?:hằng|hàng|mỗi)\s+(?:06|6)\s+tháng\b|\b(?:06|6)\s+tháng\s*(?:một|/)\s*lần\b|"
            # "định kỳ 6 tháng báo cáo …" (not "định kỳ 6 tháng đầu năm", a half named)
            r"\bđịnh\s+kỳ\s+(?:06|6)\s+tháng\b(?!\s+(?:đầu|cuối))",
            CASE,
        ),
        "half_yearly",
    ),
    (
        re.compile(
            rf"\b(?:hằng|hàng|mỗi)\s+năm\b|{_RATE_SIGN}\s*/\s*năm\b|{YEAR_ON_YEAR}|"
            rf"{_PER.format('năm')}",
            CASE,
        ),
        "yearly",
    ),
)
"""How often a target recurs: "hằng quý" quarterly, "hằng tháng" monthly, "6 tháng/lần"
half-yearly, "hằng năm", "%/năm" or "năm sau cao hơn năm trước" yearly."""

_DAY = (
    r"(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]|\s+tháng\s+(?P<mw>\d{1,2})\s+năm)"
    r"\s*(?P<y>(?:19|20)\d\d)"
)
"""A day: "30/6/2025", "30-6-2025", or in words as decisions write it, "30 tháng 6 năm 2025"."""
_TO = r"(?:[đĐD]ến|tới|trước|chậm\s+nhất(?:\s+là)?|trong)"
# "trước (ngày) D", "đến hết ngày D", "chậm nhất là D": a day a target is due by
# "thời gian thực hiện: tháng 7/2025", "thời hạn hoàn thành 30/6/2025": a task's time, labelled
TIME_LABEL_WORDS = r"thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai))?"
_TIME_LABEL = (
    rf"{TIME_LABEL_WORDS}(?:\s+là)?\s*:?"
    # "thời gian hoàn thành: trước ngày 31/01/2026", "thời gian: trong tháng 7"
    r"(?:\s*(?:trước|chậm\s+nhất(?:\s+là)?|trong))?"
)
VILLAGES = (
    r"(?:thôn|tổ\s+dân\s+phố|tổ\s+dân\s+cư|bản|buôn|ấp|khu\s+phố|làng|xóm|sóc|khóm|"
    r"tiểu\s+khu)"
)
"""The words for the hamlets and neighbourhoods below a commune ("thôn", "tổ dân phố", "bản",
"ấp" …), as a pattern."""
TIER = r"(?:tỉnh|huyện|xã|bộ)"
"""The word of a tier a figure is for ("tỉnh", "huyện", "xã", "bộ"), as a pattern."""
TIERS_NAMED = (
    rf"(?:(?:đối\s+với|tại|ở)\s+)?(?P<tiers>(?:các\s+)?cấp\s+{TIER}"
    rf"(?:\s*(?:,|và)\s*cấp\s+{TIER})*)"
)
"""The tiers a figure is for ("tại cấp tỉnh, cấp huyện", "đối với cấp xã"), as a pattern."""
TIER_LABEL = re.compile(rf"\s*{TIERS_NAMED}\s*:\s*", CASE)
"""An item labelled with its tier ("- Cấp tỉnh: 100%", "+ Đối với cấp xã: trên 85%"): the
tier of the figure after it, whose measure the lead names."""
TIME_LABEL_ENDS = re.compile(rf"\b{TIME_LABEL_WORDS}\s*$", CASE)
"""A sentence's colon after a time label ("…; thời gian hoàn thành: trước ngày 31/01/2026")
opens when a task is due, not a list of targets."""
ROLE_LABEL_ENDS = re.compile(
    r"\b(?:(?:cơ\s+quan|đơn\s+vị)\s+)?(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|trách\s+nhiệm)\s*$", CASE
)
"""A sentence's colon after a role label ("…; chủ trì: Văn phòng UBND xã; thời gian: …")
names who does a task, not a list of targets."""
# "Hạn chót để các địa phương hoàn thành việc số hóa là ngày 31/12/2025": the day said last
_DEADLINE_WORD = r"(?:hạn\s+(?:chót|cuối)|thời\s+hạn)"
"""The word for a deadline ("hạn chót", "hạn cuối", "thời hạn"), as a pattern."""
_DUE_SAID = rf"{_DEADLINE_WORD}\s[^.;:]{{0,120}}?\blà(?:\s+trước)?"
_DUE_BY_DAY = (
    r"(?:trước|(?<!tính\s)[đĐD]ến|(?:chậm|muộn)\s+nhất(?:\s+là)?|hạn\s+(?:chót|cuối)(?:\s+là)?|"
    # "Hết ngày 26/12, bộ phận một cửa … kết thúc …" (not "đến hết", read with "đến")
    r"(?<![đĐD]ến\s)hết(?=\s+ngày\s)|"
    # "Khai trương Trung tâm … vào ngày 01/7/2026": done on that day
    # ("… khánh thành cầu vượt vào dịp 2/9/2026": on the occasion of that day)
    r"vào(?=\s+(?:ngày|dịp)\s)|"
    rf"{_TIME_LABEL}|{_DUE_SAID})"
    # ("trước 17 giờ ngày 20/11/2026", "trước 16h30 ngày …": the hour of the day, no other)
    r"\s+(?:hết\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+(?=ngày\s))?"
    r"(?:ngày\s+|dịp\s+(?:(?:lễ|kỷ\s+niệm)\s+)?(?:ngày\s+)?)?"
)
# "trong tháng M", "đến hết tháng M", "chậm nhất tháng M": a month a target is due in
_DUE_IN_MONTH = (
    r"trong|vào|(?<!tính\s)[đĐD]ến\s+hết|(?<!đến\s)hết|trước|chậm\s+nhất(?:\s+(?:là|trong|vào))?|"
    rf"(?<!tính\s)[đĐD]ến\s+cuối|(?<!tính\s)[đĐD]ến|{_TIME_LABEL}"
)
#: What leads a quarter a target or task is due at the end of ("đến hết quý", "vào quý").
QUARTER_END_LEADS = (
    r"[đĐD]ến\s+hết|hết|chậm\s+nhất(?:\s+(?:là|trong|vào))?|[đĐD]ến\s+cuối|cuối|vào|"
    # ("hoàn thành trong quý I/2026", as "hoàn thành trong năm 2026": due by its end)
    r"hoàn\s+thành\s+trong"
)
#: The same, or "trước quý": due by the end of the quarter before.
_QUARTER_BY = rf"(?P<before>trước)|{QUARTER_END_LEADS}|{_TIME_LABEL}"
MONTHS_LISTED = r"(?:\s*(?:,|và)\s*tháng\s+\d{1,2})"
"""A month listed after another ("…, tháng 12", "… và tháng 6"), as a pattern."""
#: the months after the first of a list of months, the last one's number kept
_MORE_MONTHS = r"(?:\s*(?:,|và)\s*tháng\s+(?P<m>\d{1,2}))+"
_TIME_ALONE_OPENS = r"(?:\(|:)\s*"
_TIME_ALONE_ENDS = r"(?:\s*\)|(?=\s*[.;]?\s*$))"
TIME_ALONE = re.compile(
    r"\s*(?:quý\s+(?:I{1,3}|IV|[1-4])|tháng\s+\d{1,2})\s*(?:[/.-]|\s+năm)\s*"
    r"(?:19|20)\d\d\s*[.;]?\s*",
    CASE,
)
"""A month or quarter alone after a colon ("Tổ chức tập huấn …: tháng 5/2026"): when the work
before it is due, not a list."""
# what must or will be done, said after an opening day ("Ngày 1/5, … phải gửi …", "… sẽ …")
_DUTY_AFTER = r"(?=[^.;]{0,120}?\s(?:phải|cần|sẽ)\s)"
DEADLINES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?:{_DUE_BY_DAY}|"
            rf"trong\s+ngày\s+|"
            rf"(?<!tính\s)\btừ\s+ngày\s+|\bkể\s+từ\s+(?:ngày\s+)?){_DAY}"
            # "từ ngày D1 đến ngày D2": the window ends at D2, its start is no deadline
            r"(?!\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?\d)",
            CASE,
        ),
        "day",
    ),
    # "Ngày 1/5/2025, 63 tỉnh, thành phố phải gửi đề án …": the day opening what must be done
    (re.compile(rf"^\s*Ngày\s+{_DAY}\s*,{_DUTY_AFTER}", CASE), "day"),
    # "Ngày 30/6/2025 là thời hạn cuối cùng để …": the day said to be the deadline
    (re.compile(rf"^\s*(?:Ngày\s+)?{_DAY}\s+là\s+{_DEADLINE_WORD}", CASE), "day"),
    # "(01/10 - 10/10/2024)", "(Từ ngày 01/10/2024 - 10/10/2024)": a span of days, due at its end
    (
        re.compile(
            r"(?<![\d/.])\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?\s*[-–]\s*"
            rf"(?:ngày\s+)?{_DAY}",
            CASE,
        ),
        "day",
    ),
    (
        re.compile(
            rf"\b(?:{_DUE_IN_MONTH}|(?<!đến\s)cuối|"
            # "từ tháng 8/2025 đến tháng 11/2025": the window's last month
            r"(?<=\d\s)[đĐD]ến)\s+tháng\s+(?P<m>\d{1,2})\s*(?:[/.-]|\s+năm)\s*(?P<y>(?:19|20)\d\d)",
            CASE,
        ),
        "month",
    ),
    # "trong tháng 11, tháng 12 năm 2025", "trong tháng 5 và tháng 6 năm 2025": the last month
    (
        re.compile(
            rf"\b(?:{_DUE_IN_MONTH})\s+tháng\s+\d{{1,2}}{_MORE_MONTHS}\s*(?:[/.-]|\s+năm)\s*"
            r"(?P<y>(?:19|20)\d\d)",
            CASE,
        ),
        "month",
    ),
    (
        re.compile(
            r"\b(?:[đĐD]ến\s+hết|[đĐD]ến\s+cuối|chậm\s+nhất(?:\s+là)?(?:\s+đến)?|"
            r"trước\s+hết|hoàn\s+thành\s+trong|(?<!tháng )cuối|hết)\s+năm\s+(?P<y>(?:19|20)\d\d)",
            CASE,
        ),
        "year",
    ),
    # "trước năm 2025": by the end of the year before
    (re.compile(r"\btrước\s+năm\s+(?P<y>(?:19|20)\d\d)\b", CASE), "before_year"),
    # "đến giữa năm 2027": the end of its first half
    (
        re.compile(
            r"\b(?:[đĐD]ến|trước|vào|chậm\s+nhất(?:\s+là)?(?:\s+đến)?)\s+giữa\s+năm\s+"
            r"(?P<y>(?:19|20)\d\d)",
            CASE,
        ),
        "mid_year",
    ),
    # "Ban hành Quy chế … (Quý I/2026)", "(tháng 6/2026)", "Tổ chức tập huấn …: tháng 5/2026": a
    # time alone, in brackets or after a colon at the end, when the work before it is due, as a
    # table's deadline cell
    (
        re.compile(
            rf"{_TIME_ALONE_OPENS}(?P<before>trước\s+)?quý\s+(?P<q>I{{1,3}}|IV|[1-4])\s*"
            rf"(?:[/.-]|\s+năm)\s*(?P<y>(?:19|20)\d\d){_TIME_ALONE_ENDS}",
            CASE,
        ),
        "quarter",
    ),
    (
        re.compile(
            rf"{_TIME_ALONE_OPENS}tháng\s+(?P<m>\d{{1,2}})\s*(?:[/.-]|\s+năm)\s*"
            rf"(?P<y>(?:19|20)\d\d){_TIME_ALONE_ENDS}",
            CASE,
        ),
        "month",
    ),
    # "đến hết quý II/2026", "vào quý 2/2026": the quarter's last day ("trước quý 2/2025": the
    # quarter before's)
    (
        re.compile(
            rf"\b(?:{_QUARTER_BY})"
            r"\s+quý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:[/.-]|\s+năm)\s*(?P<y>(?:19|20)\d\d)",
            CASE,
        ),
        "quarter",
    ),
)
"""Deadlines: a date, or the end of a month, quarter or year, as the corpus conventions read
them ("trước ngày 15/9/2026", "đến hết năm 2025", "trong tháng 8/2025"; "từ ngày D", the
day a rule takes effect, is a deadline D like "đến D"; "tính đến D" dates a result)."""
VISION_YEAR = re.compile(
    r"\b(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến|tới)\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b", CASE
)
"""The year of a vision ("tầm nhìn đến năm 2030", "định hướng đến năm 2030"): no period beside
a target year, the period of what a lead naming only it leads."""
_NO_YEAR = r"(?!\s*(?:[/.-]|năm)\s*\d)"
YEARLESS_DEADLINES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?:{_DUE_BY_DAY}|(?<!tính\s)\btừ\s+ngày\s+)"
            # "trước ngày 25/11", "trước ngày 15 tháng 9", "trước ngày 31-8 năm nay": a day and
            # its month, no year (a hyphen only in "trước ngày": "1-5" alone may be a span)
            r"(?P<d>\d{1,2})\s*(?:[/.]|\s+tháng|(?<=trước\sngày\s\d)-|(?<=trước\sngày\s\d\d)-)\s*"
            rf"(?P<m>\d{{1,2}})\b{_NO_YEAR}"
            r"(?!\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?\d)",
            CASE,
        ),
        "day",
    ),
    (
        re.compile(
            rf"^\s*Ngày\s+(?P<d>\d{{1,2}})\s*[/.]\s*(?P<m>\d{{1,2}})\b{_NO_YEAR}\s*,{_DUTY_AFTER}",
            CASE,
        ),
        "day",
    ),
    (
        re.compile(
            # ("trước cuối tháng 11": by the end of the month; "trong tháng 11, tháng 12": by
            # the end of the last, as where their year follows: "… tháng 12 năm 2025")
            rf"\b(?:{_DUE_IN_MONTH})(?:\s+cuối)?\s+tháng\s+(?:\d{{1,2}}\s*(?:,|và)\s*tháng\s+)*"
            rf"(?P<m>\d{{1,2}})\b{_NO_YEAR}"
            rf"(?!{MONTHS_LISTED}+\s*(?:[/.-]|\s+năm)\s*\d)",
            CASE,
        ),
        "month",
    ),
    # "(hoàn thành trong quý I)": the quarter's end in the document's year
    (
        re.compile(
            r"\bhoàn\s+thành\s+(?:(?P<before>trước)|trong|vào)\s+quý\s+(?P<q>I{1,3}|IV|[1-4])\b"
            rf"{_NO_YEAR}",
            CASE,
        ),
        "quarter",
    ),
    # "phấn đấu đến cuối năm đạt 100%", "đến hết năm nay", "vào cuối năm": the end of the
    # document's year
    # ("tính đến cuối năm" dates a result)
    (
        re.compile(
            r"(?<!tính\s)\b(?:[đĐD]ến|trước|vào|chậm\s+nhất(?:\s+là)?(?:\s+đến)?)\s+(?:hết|cuối)\s+năm"
            r"\b(?!\s*(?:(?:19|20)\d\d|[/.-]?\s*\d|học|tài\s+chính))",
            CASE,
        ),
        "year",
    ),
)
"""Deadlines written without their year ("trước ngày 25.11", "từ nay đến ngày 31/8", "trong
tháng 10", "đến hết tháng 12", "đến cuối năm"): read only when the document's year is known,
in that year."""
# "trong quý I/2026", "trước quý 2/2025": a quarter a task is due in (or before)
_QUARTER_DUE = rf"\b(?:{_QUARTER_BY}|trong)\s+quý\s+(?P<q>I{{1,3}}|IV|[1-4])"
YEARLESS_QUARTER = re.compile(rf"{_QUARTER_DUE}\b{_NO_YEAR}", CASE)
"""A task due within a quarter named without its year ("trong quý 1, xác định …")."""
YEARLESS_HALF = re.compile(rf"\b6\s+tháng\s+(?P<h>đầu|cuối)\s+năm\b{_NO_YEAR}", CASE)
"""A half of the document's year ("trong 6 tháng cuối năm"): the period of what it dates."""
TASK_QUARTER = re.compile(
    rf"{_QUARTER_DUE}\s*(?:[/.-]|\s+năm)\s*(?P<y>(?:19|20)\d\d)",
    CASE,
)
"""A task done "trong quý I/2026" is due by the quarter's end, "trước quý 2/2025" by the end of
the quarter before (a share "trong quý III năm 2026" holds in that quarter: its period)."""
PERIODS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # "giai đoạn 2021-2025", "thời kỳ 2021 - 2030", "trong 2 năm 2025-2026"
            # ("từ năm học 2025–2026": a school year, its two years)
            r"\b(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|năm(?:\s+học)?)\s+(?P<a>(?:19|20)\d\d)\s*[-–—]\s*"
            r"(?P<b>(?:19|20)\d\d)|"
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
    # "(bắt đầu) từ tháng 11/2025": the month it starts, no window's end ("từ tháng 8/2025 đến
    # tháng 11/2025" is due at the last)
    (
        re.compile(
            r"\btừ\s+tháng\s+(?P<m>\d{1,2})\s*(?:[/.-]|\s+năm)\s*(?P<y>(?:19|20)\d\d)\b"
            r"(?!\s*(?:đến|tới|[-–]))",
            CASE,
        ),
        "month",
    ),
    # "Sau năm 2025, …": from the year after
    (re.compile(r"\bsau\s+năm\s+(?P<y>(?:19|20)\d\d)\b", CASE), "after"),
    (
        re.compile(
            rf"(?:(?:\b{_TO}\s+)?\bnăm\s+|\b(?:[đĐD]ến|từ)\s+)(?P<y>(?:19|20)\d\d)\b"
            # (not the age of what is counted: "hồ sơ hộ tịch từ năm 2016 trở về trước")
            r"(?!\s*[-–/]\s*\d)(?!\s+trở\s+về\s+trước)",
            CASE,
        ),
        "year",
    ),
)
"""A target's own period: a span of years, a half, a quarter, the month it starts or a year
("giai đoạn 2021-2025", "6 tháng cuối năm 2025", "quý III/2025", "từ tháng 11/2025", "năm
2025", "Đến 2025", "từ 2026", "Sau năm 2025": 2026)."""

QUOTED_NAME = re.compile(
    r"[“\"][^”\"\n]{1,300}[”\"](?!\s*(?:\([^()]{0,40}\)\s*)?(?:đã\s+)?(?:đề\s+ra|đặt\s+ra|"
    r"đặt\s+mục\s+tiêu|xác\s+định))",
    CASE,
)
"""A name in quotes ("Về Đề án “… giai đoạn 2022-2025, tầm nhìn 2030”, …"): its years are its
own, unless it is the plan that sets the targets ("“Chiến lược … 2021 - 2025” đã đề ra …")."""

ITEM_HEAD = re.compile(
    r"^\s*(?:[^,;]{0,40},\s*)?(?:tỷ\s+lệ|mức\s+độ|chỉ\s+số|tỷ\s+trọng|thời\s+gian|số\s+lượng)\b",
    CASE,
)
"""An item that names its measure first ("Tỷ lệ hồ sơ trễ hạn dưới 5%", "Năm 2025, tỷ lệ …")
is whole without a verb of its own."""
VERB = re.compile(
    r"\b(?:được|có|đạt|thực\s+hiện|sử\s+dụng|kết\s+nối|xây\s+dựng|nâng\s+cấp|áp\s+dụng|"
    r"tham\s+gia|tích\s+hợp|cung\s+cấp|xử\s+lý|giải\s+quyết|giảm|tăng|hoàn\s+thành|"
    r"bảo\s+đảm|đảm\s+bảo|thuộc|là|triển\s+khai|ứng\s+dụng|tiếp\s+nhận|số\s+hóa|ký\s+số|"
    r"đào\s+tạo|bồi\s+dưỡng|phổ\s+cập|kích\s+hoạt|tổ\s+chức|vận\s+hành|công\s+khai|cập\s+nhật)\b",
    CASE,
)
"""A verb of a target's predicate: a list item without one shares the last item's."""

_COMMITTEE = r"(?:UBND|Ủy\s+ban\s+nhân\s+dân)"
"""A people's committee: "UBND cấp xã", "UBND các xã" name every committee of that tier."""
_STAFF = r"\b(?:cán\s+bộ|công\s+chức|viên\s+chức)(?:\s*,\s*(?:công\s+chức|viên\s+chức))*"
"""The staff of the administration: "cán bộ, công chức, viên chức"."""

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
    # "tại Bộ phận Tiếp nhận và Trả kết quả các cấp", "chính quyền các cấp": every tier
    (
        re.compile(
            r"\b(?:một\s+cửa|trả\s+kết\s+quả|chính\s+quyền|ủy\s+ban\s+nhân\s+dân|UBND)\s+các\s+cấp\b|"
            # ("100% hồ sơ công việc các cấp được xử lý …", "… ở các cấp": of every tier; not
            # the party's committees, "các cấp ủy", nor grades, "các cấp độ")
            r"\b(?:hồ\s+sơ\s+công\s+việc|văn\s+bản|cơ\s+quan(?:\s+hành\s+chính|\s+nhà\s+nước)?|"
            r"ở|tại)\s+các\s+cấp\b(?!\s*(?:ủy|độ|học))",
            CASE,
        ),
        ("all_levels",),
    ),
    # "100% hồ sơ … (cấp tỉnh), 90% (cấp xã) …": a tier named in brackets after its figure
    (re.compile(r"\(\s*cấp\s+tỉnh\s*\)", CASE), ("province",)),
    (re.compile(r"\(\s*cấp\s+huyện\s*\)", CASE), ("district",)),
    (re.compile(r"\(\s*cấp\s+xã\s*\)", CASE), ("commune",)),
    # "3 cấp chính quyền": each tier (a meeting "cuộc họp 3 cấp" is one kind of meeting)
    (
        re.compile(r"(?<!họp\s)(?<!nghị\s)\b(?:cả\s+)?(?:3|ba)\s+cấp(?:\s+chính\s+quyền)?\b", CASE),
        ("province", "district", "commune"),
    ),
    # "ở cả hai cấp chính quyền": the two tiers of local government since 2025-07-01 (not the
    # model named "chính quyền địa phương 2 cấp")
    (
        re.compile(r"\b(?:cả\s+)?(?:2|hai)\s+cấp\s+chính\s+quyền\b", CASE),
        ("province", "commune"),
    ),
    # "ở cả 4 cấp chính quyền": trung ương (read as the ministries), tỉnh, huyện, xã
    (
        re.compile(r"\b(?:cả\s+)?(?:4|bốn)\s+cấp(?:\s+chính\s+quyền)?\b", CASE),
        ("ministry", "province", "district", "commune"),
    ),
    (
        re.compile(r"\btừng\s+(?:địa\s+phương,\s*bộ,\s*ngành)\b", CASE),
        ("each_province", "each_ministry"),
    ),
    (
        re.compile(r"\btừng\s+bộ,\s*ngành(?:,|\s+và)\s*địa\s+phương\b", CASE),
        ("each_ministry", "each_province"),
    ),
    # "các bộ, tỉnh phải …": each ministry and each province, the two named
    (
        re.compile(r"\b(?:các|từng|mỗi)\s+bộ(?:,\s*ngành)?(?:,|\s+và)\s*(?:các\s+)?tỉnh\b", CASE),
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
            r"(?:phải|cần|có\s+trách\s+nhiệm|phấn\s+đấu)\b",
            CASE,
        ),
        ("each_commune",),
    ),
    (
        re.compile(
            r"\b(?:các|tất\s+cả\s+các)\s+huyện,\s*(?:thị\s+xã|thành\s+phố)(?:,\s*(?:thị\s+xã|"
            r"thành\s+phố))*\s+(?:phải|cần|có\s+trách\s+nhiệm|phấn\s+đấu)\b",
            CASE,
        ),
        ("each_district",),
    ),
    (
        re.compile(
            r"\b(?:các|cả|tất\s+cả(?:\s+các)?)\s+(?:\d+\s+)?(?:sở(?:,\s*(?:ban,\s*)?ngành)?|"
            r"cơ\s+quan(?:,\s*đơn\s+vị)?|đơn\s+vị|chi\s+nhánh|phòng,\s*ban)\b"
            # (not a duty inside an exclusion: "…, trừ trường hợp phải gửi văn bản giấy")
            r"(?=(?:(?!\b(?:trừ|ngoại\s+trừ)\b)[^.;:%]){0,80}\b"
            r"(?:phải|cần|có\s+trách\s+nhiệm|bảo\s+đảm|đảm\s+bảo)\b)",
            CASE,
        ),
        ("each_agency",),
    ),
    # "tỷ lệ hồ sơ trực tuyến của các sở, ngành đạt 90%", "… của các huyện đạt 98%": the rate
    # of each agency named; the districts' records pooled at their tier, as the communes' are
    (
        re.compile(
            r"\b(?:của|tại|ở)\s+(?:các|mỗi|từng)\s+(?:sở(?:,\s*(?:ban,\s*)?ngành|(?!\s*,))|cơ\s+quan,\s*đơn\s+vị)\b"
            r"(?!\s*(?:,|và)\s*(?:các\s+)?(?:địa\s+phương|UBND|huyện|xã))",
            CASE,
        ),
        ("each_agency",),
    ),
    # ("Đối với các cơ quan chuyên môn thuộc UBND huyện:", "… tại các phòng chuyên môn"): each
    # agency of the issuer
    (
        re.compile(
            r"\b(?:của|tại|ở|đối\s+với)\s+(?:các|mỗi|từng)\s+(?:cơ\s+quan|phòng(?:,\s*ban)?)"
            r"\s+chuyên\s+môn\b",
            CASE,
        ),
        ("each_agency",),
    ),
    (re.compile(r"\bcủa\s+các\s+huyện\b", CASE), ("district",)),
    # "Mỗi xã, phường có …", "từng huyện …": every unit of that tier
    (re.compile(r"\b(?:mỗi|từng)\s+(?:xã|phường)\b", CASE), ("each_commune",)),
    (re.compile(r"\b(?:mỗi|từng)\s+huyện\b", CASE), ("each_district",)),
    (
        re.compile(r"\btrong\s+phạm\s+vi\s+(?:cấp\s+tỉnh|toàn\s+tỉnh|tỉnh)\b", CASE),
        ("each_province",),
    ),
    # "100% cán bộ, công chức cấp xã …", "80% hồ sơ công việc cấp huyện", "100% đài truyền
    # thanh cấp xã": the staff, the records or the offices of one tier, pooled at that tier
    *(
        (
            re.compile(
                rf"(?:{_STAFF}|\bhồ\s+sơ(?:\s+công\s+việc)?(?:\s+(?:của\s+)?(?:các\s+)?cơ\s+quan)?|"
                # "tỷ lệ hồ sơ trực tuyến cấp xã": the records of one tier, told what they are
                r"\bhồ\s+sơ(?:\s+(?!cấp\b)[^\s,;.]+){1,3}?(?=\s+cấp\s)|"
                r"\bđài\s+truyền\s+thanh|"
                r"\bbộ\s+phận\s+(?:một\s+cửa|tiếp\s+nhận\s+và\s+trả\s+kết\s+quả)|"
                rf"\btrung\s+tâm\s+phục\s+vụ\s+hành\s+chính\s+công)\s+cấp\s+{tier}\b"
                r"(?!\s*(?:,|và)\s*cấp\b)",
                CASE,
            ),
            (level,),
        )
        for tier, level in (("tỉnh", "province"), ("huyện", "district"), ("xã", "commune"))
    ),
    (
        re.compile(
            # ("thủ tục hành chính cấp tỉnh, huyện và cấp xã": "cấp" said once for some)
            r"\bcấp\s+(?:trung\s+ương|tỉnh|huyện|xã)"
            r"(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:trung\s+ương|tỉnh|huyện|xã)\b)+",
            CASE,
        ),
        ("listed",),
    ),
    # "tại cấp bộ, tỉnh và xã": one preposition, one "cấp", several tiers
    (
        re.compile(
            r"\b(?:ở|tại|của|đối\s+với)\s+(?:các\s+)?cấp\s+(?:bộ|tỉnh|huyện|xã)"
            r"(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:bộ|tỉnh|huyện|xã)\b)+",
            CASE,
        ),
        ("tiers",),
    ),
    # "tại cấp bộ, tỉnh" / "tại cấp bộ, cấp tỉnh": the ministries and the provinces
    (
        re.compile(r"\b(?:ở|tại|của)\s+(?:các\s+)?cấp\s+bộ\s*(?:,|và)\s*(?:cấp\s+)?tỉnh\b", CASE),
        ("ministry", "province"),
    ),
    # "hồ sơ … ở cấp cơ sở", "tại xã, phường": the communes, pooled
    (
        re.compile(
            r"\b(?:ở|tại|của)\s+(?:cấp\s+cơ\s+sở|(?:các\s+)?xã,\s*phường)\b(?!\s*,?\s*(?:phải|cần))",
            CASE,
        ),
        ("commune",),
    ),
    (re.compile(r"\b(?:ở|tại|của|đối\s+với)\s+(?:các\s+)?cấp\s+bộ\b", CASE), ("ministry",)),
    (re.compile(r"\b(?:ở|tại|của|đối\s+với)\s+(?:các\s+)?cấp\s+tỉnh\b", CASE), ("province",)),
    (re.compile(r"\b(?:ở|tại|của|đối\s+với)\s+(?:các\s+)?cấp\s+huyện\b", CASE), ("district",)),
    (
        re.compile(
            # (not "tại mỗi xã": each commune)
            r"\b(?:ở|tại|của|đối\s+với)\s+(?:các\s+)?cấp\s+xã\b|\b(?:ở|tại|của)\s+các\s+"
            r"(?:xã|phường)\b",
            CASE,
        ),
        ("commune",),
    ),
)
"""Who a target binds, tried in order: "3 cấp chính quyền" every tier, "cấp tỉnh, cấp
huyện" each tier named, "mỗi sở, ban, ngành" each agency, "UBND các xã, phường" each
commune, "tại cấp xã" pooled at cấp xã …"""
#: what a unit of a tier is called before its tier ("đơn vị hành chính cấp xã", "UBND xã")
_UNIT_OF_TIER = rf"(?:(?:đơn\s+vị(?:\s+hành\s+chính)?|{_COMMITTEE})\s+)?"
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
    (
        re.compile(rf"^\s*(?:số\s+)?(?:các\s+)?{_UNIT_OF_TIER}(?:cấp\s+huyện|huyện)\b", CASE),
        "each_district",
    ),
    (
        re.compile(rf"^\s*(?:số\s+)?(?:các\s+)?{_UNIT_OF_TIER}(?:cấp\s+xã|xã|phường)\b", CASE),
        "each_commune",
    ),
    (
        re.compile(rf"^\s*(?:số\s+)?(?:các\s+)?{_UNIT_OF_TIER}(?:cấp\s+tỉnh|tỉnh)\b", CASE),
        "each_province",
    ),
    (
        re.compile(r"^\s*(?:số\s+|tỷ\s+lệ\s+)?(?:các\s+)?(?:cơ\s+quan|sở,\s*ban|phòng)\b", CASE),
        "agency",
    ),
)
"""A percentage of the units of a level ("50% số huyện", "100% xã, phường", "100% bộ,
ngành"): a share of units, each meeting the phrase or not."""

SATISFACTION_OVER = re.compile(
    r"^(?P<head>(?:mức\s+độ|tỷ\s+lệ|chỉ\s+số)\s+hài\s+lòng\b.*?\bđối\s+với)\s+(?P<objects>.+)$",
    CASE,
)
"""A satisfaction measured over several objects that share one figure ("Mức độ hài lòng
của người dân đối với sự phục vụ của cơ quan hành chính và các dịch vụ y tế, giáo dục …"):
one target per object."""
OBJECT_CUT = re.compile(
    r"\s*,(?!\s*(?:phường|thị\s+trấn|đặc\s+khu|thị\s+xã|thành\s+phố)\b)\s*|\s+và\s+", CASE
)
"""Between two objects in a list ("A, B và C"; not inside the units of a tier, "các xã,
phường")."""

PERCENT = (
    # ("100% (một trăm phần trăm) hồ sơ": the figure restated in words, in brackets)
    # ("tăng 20%/năm số giao dịch …": so much each year, what it measures after)
    # ("dưới 11‰", "giảm 0,30%0/năm", "11%o": a rate per mille, as pages render its sign)
    rf"(?P<num>{NUMBER})\s*(?:(?P<mille>{_PER_MILLE_SIGN}|phần\s+(?:nghìn|ngàn))|%|phần\s+trăm)"
    r"(?:\s*\([^()%\d]{1,40}phần\s+trăm\s*\))?"
    r"(?:\s*/\s*(?:năm|quý|tháng)\b(?!\s*/))?|"
    # "tăng gấp đôi", "tăng gấp 3 lần": a rise to so many times, (N - 1) × 100 % more
    r"(?<=tăng\s)gấp\s+(?P<times>đôi|hai|ba|bốn|năm|\d{1,2}(?:,\d)?)(?:\s+lần)?\b|"
    # ("rút ngắn một nửa thời gian …": a share of a time or a cost cut)
    # ("… giảm ít nhất một phần ba so với quy định": a cut measured against a level)
    rf"\b(?P<share>{SHARE_WORD})(?=\s+(?:tổng\s+)?(?:số|các|những)\b|"
    r"\s+(?:thời\s+gian|chi\s+phí|so\s+với)\b)|"
    # "rút ngắn ít nhất 1/3 so với quy định": a fraction cut (a date "1/3" is none: the
    # rules take it only after a cut or a rise)
    r"(?<![\d/.])\b(?P<frac>[1-3]\s*/\s*[2-4])\b(?!\s*[/.]\s*\d)"
)
"""A percentage: "85%", "85,5 %", "90 phần trăm", a share in words of a number of things
("một nửa số hồ sơ", "hai phần ba các xã"), or a fraction cut ("giảm 1/2", "rút ngắn 1/3");
or a rate per mille (group ``mille``: "11‰", "11%o"), read as a count of so many per
thousand."""
PER_PEOPLE = (
    rf"(?<![\d/.,])(?P<num>{NUMBER})\s*/\s*(?P<per>1\.000|1000|10\.000|100\.000|(?:1\s+)?vạn)"
    r"\s+(?:người\s+)?dân\b"
)
"""A rate per so many people, the figure alone before it ("trên 0,7/1.000 dân", "10/vạn
dân"; not "12 bác sĩ/vạn dân", what is counted named)."""
BETWEEN = (
    rf"(?:\btừ\s+(?:mức\s+)?|(?<![\w/.,-])(?=\d[\d.,]*\s*(?:%\s*)?[-–]\s*\d))(?P<a>{NUMBER})"
    rf"\s*(?:%|phần\s+trăm)?\s*(?:đến|tới|-|–)\s*(?P<b>{NUMBER})\s*(?:%|phần\s+trăm)"
)
"""A range: "từ 30% đến 50%", "từ (mức) 30-50%", and with a dash alone, "16 - 18%/năm",
"95% - 98%"."""
NONE_LEFT = (
    # ("không có" opening an item: "- Không có hồ sơ trễ hạn."; after a figure it restates it)
    # ("Phấn đấu không có …", "bảo đảm không có …": striven for, as an item's opening)
    # ("duy trì không có hộ nghèo": a state kept)
    r"(?:\bkhông\s+(?:còn|(?P<let>để))|(?:^|;|(?<=phấn\sđấu\s)|(?<=bảo\sđảm\s)|(?<=đảm\sbảo\s)|"
    r"(?<=duy\strì\s))"
    r"[^\w]*không\s+có)\s+(?:(?:tồn\s+đọng|xảy\s+ra|phát\s+sinh)\s+)?"
    # ("không để xảy ra tình trạng nhũng nhiễu …": any case named)
    r"(?:(?:tình\s+trạng|trường\s+hợp)\s+)?(?P<what>(?:xã|huyện|hồ\s+sơ|"
    r"thủ\s+tục|cơ\s+quan|đơn\s+vị|hộ\s+(?:nghèo|cận\s+nghèo|đói)|"
    # ("không có cán bộ, công chức vi phạm kỷ luật": the staff)
    r"cán\s+bộ|công\s+chức|viên\s+chức|(?<=trạng\s)|(?<=hợp\s)|"
    # ("không có văn bản trái pháp luật", "… vụ việc khiếu nại vượt cấp", "… sự cố mất an
    # toàn thông tin")
    r"văn\s+bản|vụ\s+việc|đơn\s+thư|sai\s+sót|sự\s+cố|phản\s+ánh|kiến\s+nghị|khiếu\s+nại)"
    # ("không có cơ quan, đơn vị xếp loại …": the units listed)
    r"(?:,\s*(?:đơn\s+vị|phường|thị\s+trấn|đặc\s+khu|địa\s+phương|công\s+chức|viên\s+chức|"
    r"kiến\s+nghị)\b)*"
    r"[^,;.%]{0,80}?)(?=\s*(?:[,;.]|$))"
)
"""None left ("không còn xã đạt dưới 15 tiêu chí", "không để tồn đọng hồ sơ quá hạn", "không để
xảy ra tình trạng hồ sơ trễ hạn", "không có hồ sơ trễ hạn"): a count of at most 0, where
the sentence commits or it says "không để" (``let``), which directs."""
TOTAL = (
    # not "kiện toàn Bộ phận …" / "kiện toàn bộ máy", nor whom a task reaches ("quán triệt …
    # đến toàn thể cán bộ")
    # nor where it holds ("… hợp nhất trên tất cả các hệ thống thông tin")
    r"(?<!trách\s)(?<!kiện\s)(?<!đến\s)(?<!tới\s)(?<!trên\s)(?<!với\s)(?<!của\s)"
    r"\b(?:toàn\s+bộ|tất\s+cả|toàn\s+thể)\b"
    r"(?!\s+(?:các\s+)?(?:ngày|giờ|thời\s+gian|lĩnh\s+vực|mặt)\b)"
)
""""toàn bộ", "tất cả", "toàn thể": every one, read as ≥ 100 % (not the whole of a charge,
"phụ trách toàn bộ mảng …", every day, "tất cả các ngày trong tuần", or every field, "trên
tất cả các lĩnh vực")."""
_GROUP = r"(?:[^\s,;.]+\s+|(?:tỉnh|huyện|xã|phường|bộ|sở|ban|ngành|quan|vị),\s*)"
"""A word naming the units of a leading group ("10 tỉnh, thành phố dẫn đầu", "5 bộ, cơ quan
ngang bộ dẫn đầu", "5 sở, ngành", "cơ quan, đơn vị")."""
_LEADING = (
    r"(?:dẫn\s+đầu|đứng\s+đầu|hàng\s+đầu|"
    r"(?:có\s+)?(?:kết\s+quả|điểm(?:\s+số)?|xếp\s+hạng)\s+cao\s+nhất|"
    # "có chỉ số cao nhất", "có chất lượng điều hành kinh tế tốt nhất"
    r"có\s+(?:[^\s,;.]+\s+){1,8}?(?:cao|tốt)\s+nhất|"
    # "nhóm 10 tỉnh cao nhất cả nước": the group's height said after it
    r"(?:cao|tốt)\s+nhất)"
)
"""The head of a ranking: "dẫn đầu", "đứng đầu", "hàng đầu", "có kết quả cao nhất", "có chỉ số cao
nhất", "có chất lượng … tốt nhất", "(10 tỉnh) cao nhất"."""
RANK_TOP = (
    rf"(?:\b(?:1|một)\s+trong\s+(?:số\s+)?(?P<k>{NUMBER_OR_WORD})\s+{_GROUP}{{0,4}}?"
    rf"{_LEADING}|\bnhóm\s+(?P<k2>{NUMBER_OR_WORD})(?:\s*/\s*\d+)?\s+{_GROUP}{{0,8}}?{_LEADING}|"
    r"\b(?:tốp|top)[\"”“']?\s+(?P<k3>\d+)\b|\b(?:tốp|top|nhóm)\s+(?:đầu|dẫn\s+đầu)\b|"
    # PAPI's "nhóm cao nhất", "nhóm đứng đầu": the leading group, no size
    r"\bnhóm\s+(?:cao\s+nhất|đứng\s+đầu)\b|"
    # "thuộc nhóm đạt điểm cao nhất": the same, by its score
    r"\bnhóm\s+(?:đạt\s+|có\s+)?(?:kết\s+quả|điểm(?:\s+số)?)\s+cao\s+nhất\b|"
    # "nhóm các xã, phường dẫn đầu tỉnh": an open group of the leaders, named
    rf"\bnhóm\s+các\s+{_GROUP}{{0,4}}?{_LEADING}|"
    # "nằm trong 10 tỉnh dẫn đầu", "thuộc 20 địa phương có kết quả cao nhất": the group unsaid
    rf"(?<=\s)(?:trong|thuộc)\s+(?P<k4>{NUMBER_OR_WORD})\s+(?!năm|tháng|quý|trong\b)"
    rf"{_GROUP}{{0,7}}?{_LEADING}|"
    # "xếp thứ nhất", "đứng đầu huyện": the first place
    # ("xếp hạng cao nhất so với khu vực Tây Nguyên": first among them)
    r"\b(?P<first>(?:xếp|đứng)\s+(?:thứ\s+)?nhất|"
    r"xếp\s+hạng\s+cao\s+nhất(?=\s+(?:so\s+với|trong)\s+(?:các\s+)?"
    r"(?:tỉnh|huyện|khu\s+vực|vùng|cả\s+nước|toàn\s+quốc)\b)|"
    r"đứng\s+đầu(?=\s+(?:tỉnh|huyện|thành\s+phố|cả\s+nước|toàn\s+quốc|khu\s+vực)\b))\b)"
)
"""A place among the leaders: "1 trong 5 đơn vị dẫn đầu", "nhóm 10 tỉnh, thành phố dẫn
đầu", "tốp 3", "top" 10, and an open "tốp đầu", "nhóm các xã dẫn đầu", "nhóm cao nhất" (no
size)."""
_INDEX = r"(?:Chỉ\s+số|PAR\s+(?:Index|INDEX)|SIPAS|PAPI|PCI|DTI|ICT\s+(?:Index|INDEX)|DDCI)\b"
RANK_IMPROVE = (
    # ("cải thiện ít nhất 5 bậc xếp hạng Chỉ số PCI", "nâng 2 bậc")
    rf"\b(?:tăng|cải\s+thiện|nâng(?:\s+cao)?)\s+(?:(?:ít\s+nhất|tối\s+thiểu|từ)\s+)?"
    rf"(?P<a>{NUMBER_OR_WORD})"
    rf"(?:\s*(?:đến|tới|-|–)\s*(?P<b>{NUMBER_OR_WORD}))?\s+(?:bậc|hạng|thứ\s+hạng)\b|"
    # "cải thiện thứ hạng Chỉ số PAPI ít nhất 2 bậc"
    # "nâng xếp hạng chỉ số … (B3) lên từ 5- 7 bậc", "cải thiện thứ bậc … lên 5 bậc"
    r"\b(?:cải\s+thiện|nâng(?:\s+cao)?)\s+(?:thứ\s+hạng|xếp\s+hạng|vị\s+trí|thứ\s+bậc)\s*"
    r"(?P<named>[^;%]{0,120}?)"
    rf"\s*(?:\blên\s+)?(?:\b(?:ít\s+nhất|tối\s+thiểu|từ)\s+)?\b(?P<a2>{NUMBER})(?:\s*(?:đến|tới|-|–)\s*"
    rf"(?P<b2>{NUMBER}))?\s+bậc\b|"
    # ("giữ vững hoặc tăng hạng": a place kept, a rise welcome, RANK_KEEP)
    # "tăng 5 bậc Chỉ số PAR Index và 3 bậc Chỉ số SIPAS": a further rise, of the index named
    rf"(?<=\svà\s)(?P<a3>{NUMBER})\s+bậc\b(?=\s+{_INDEX})|"
    r"(?<!hoặc\s)\b(?:tăng\s+hạng|tăng\s+thứ\s+hạng|nâng\s+hạng|"
    r"tăng\s+dần\s+(?:vị\s+trí|thứ\s+hạng))\b"
    # "tăng hạng hoặc giữ vững vị trí": a place kept, a rise welcome (RANK_KEEP)
    r"(?!\s+hoặc\s+(?:giữ|duy\s+trì))"
)
"""A rise in rank: "tăng 3 bậc", "tăng từ 2 đến 4 bậc", "cải thiện ít nhất 5 bậc", "tăng
hạng", "cải thiện thứ hạng Chỉ số PAPI ít nhất 2 bậc", "nâng xếp hạng chỉ số … lên từ 5 - 7
bậc"."""
RANK_RAISED = (
    r"\b(?:cải\s+thiện\s+(?:thứ|xếp)\s+hạng|nâng\s+cao\s+(?:(?:vị\s+trí\s+)?xếp|thứ)\s+hạng)\b|"
    # "thứ hạng Chỉ số PAR Index năm 2026 cao hơn năm 2025": a rise, the index named between
    # ("bằng hoặc cao hơn" keeps a place, RANK_KEEP, read first)
    r"\b(?:thứ|xếp)\s+hạng\s+(?P<risen>[^;.%]{3,150}?)\s+(?:cao|tốt)\s+hơn\s+"
    r"(?=(?:năm|so\s+với)\b)"
)
"""A rise in rank named by its verb alone ("cải thiện thứ hạng …", "nâng cao thứ hạng Chỉ số
DTI …") or by a rank higher than a year's ("thứ hạng … cao hơn năm 2025", the index named
between, ``risen``), where no place kept is said with it: "duy trì và cải thiện thứ hạng",
"giữ vững và từng bước nâng cao" keep the place, the floor of the rise (:data:`RANK_KEEP`,
read first)."""
RANK_POSITION = (
    r"\b(?:xếp(?:\s+(?:vị\s+trí|thứ|hạng))?|vị\s+trí(?:\s+thứ)?|đứng\s+thứ)\s+"
    r"(?:(?P<a>\d{1,3})\s*[-–]\s*)?(?P<k>\d{1,3})\s*/\s*\d{1,3}\b|"
    # "…, 3/14 tỉnh vùng …": a further place, in another ranking, after the first
    r"(?<=,\s)(?P<k2>\d{1,3})\s*/\s*\d{1,3}\s+(?=(?:tỉnh|địa\s+phương|đơn\s+vị)\b)|"
    # "xếp hạng từ thứ 10 trở lên", "đứng thứ 15 trở lên": the place or better
    r"\b(?:xếp(?:\s+hạng)?|đứng|vị\s+trí)\s+(?:từ\s+)?(?:thứ|vị\s+trí(?:\s+thứ)?)\s+"
    r"(?P<k3>\d{1,3})\s+(?:trở\s+lên|hoặc\s+cao\s+hơn)\b"
)
"""A place among so many ("xếp vị trí 10 - 15/63", "xếp 20/63 tỉnh", "vị trí 5/14 tỉnh vùng
…", then "…, 3/14 tỉnh vùng …"): a place in the top K (the lower end of a band) where the
sentence commits; a report otherwise ("xếp thứ 34/63")."""
_KEEP = (
    r"(?:giữ\s+vững|duy\s+trì|giữ\s+(?:ổn\s+định|nguyên)|giữ(?=\s+được)|ổn\s+định)"
    r"(?:\s+ổn\s+định)?(?:\s+được)?"
)
RANK_KEEP = (
    rf"\b{_KEEP}(?:\s*(?:,|và|hoặc)\s*(?:(?:tiếp\s+tục|từng\s+bước|không\s+ngừng)\s+)?"
    # ("giữ nguyên điểm số và thứ hạng …": the score kept with the rank)
    r"(?:cải\s+thiện|nâng\s+cao|nâng|phát\s+huy))*\s+(?:ở\s+)?(?:điểm(?:\s+số)?\s+và\s+)?"
    r"(?:vị\s+trí|thứ\s+bậc|vị\s+thứ|(?:kết\s+quả\s+)?(?:xếp|thứ)\s+hạng)\b|"
    # "giữ vững hoặc tăng bậc", "tăng hoặc giữ nguyên thứ hạng": no place lost, a rise welcome
    rf"\b{_KEEP}\s+(?:hoặc|và)\s+(?:tăng|cải\s+thiện|nâng)\s+(?:bậc|hạng|thứ\s+hạng)\b|"
    rf"\b(?:tăng|cải\s+thiện|nâng(?:\s+cao)?)(?:\s+(?:hạng|bậc|thứ\s+hạng))?\s+hoặc\s+{_KEEP}"
    r"(?:\s+(?:vị\s+trí|thứ\s+hạng|hạng|bậc))?\b|"
    # "thứ hạng các Chỉ số … năm 2024 không thấp hơn năm 2023": the rank held, named between
    r"\b(?:thứ|xếp)\s+hạng\s+(?:(?P<held>[^;.%]{3,150}?)\s+)?(?:không\s+(?:bị\s+)?(?:thấp\s+hơn|giảm|tụt)|"
    r"(?:ít\s+nhất\s+)?bằng\s+hoặc\s+(?:cao|tốt)\s+hơn)\b(?!\s*\d)|"
    # "không để tụt hạng Chỉ số PAR Index", "không giảm điểm và thứ hạng": no place lost
    r"\bkhông\s+(?:để\s+)?(?:bị\s+)?(?:tụt|giảm|sụt\s+giảm)\s+(?:điểm\s+(?:số\s+)?và\s+)?"
    r"(?:hạng|bậc|thứ\s+hạng|vị\s+trí)\b|"
    # "Không để thứ hạng Chỉ số … bị giảm": the rank named, then what it must not do
    r"\bkhông\s+để\s+(?:thứ|xếp)\s+hạng\s+(?P<kept>[^;.%]{3,150}?)\s+(?:bị\s+)?(?:tụt|giảm|sụt)\b"
)
"""Keeping a rank, the floor of the rise: "giữ vững vị trí", "duy trì, nâng cao thứ hạng",
"giữ vững hoặc nâng cao thứ hạng", "duy trì ổn định thứ hạng", "giữ vững hoặc tăng bậc",
"thứ hạng … không thấp hơn năm trước" (the index named between, ``held``)."""
INDEX_NAME = re.compile(rf"\b{_INDEX}")
"""Where the name of a ranked index begins: "Chỉ số PAR Index", "SIPAS", "Chỉ số DTI" …
("Chỉ số" capitalised names one index; "các chỉ số" is the set they belong to)."""
INDEX_CUT = re.compile(rf"\s*(?:,|\bvà\b)\s*(?={_INDEX})")
"""The cut between two index names in a list ("Chỉ số A, Chỉ số B và Chỉ số C")."""
INDEX_LIST_CUT = re.compile(r"\s*(?:,|\bvà\b)\s*(?=chỉ\s+số\b)", CASE)
"""The cut between indices each named with "chỉ số", in any case ("chỉ số cải cách hành
chính (Par Index), chỉ số hài lòng (SIPAS), chỉ số chuyển đổi số thuộc nhóm tốt")."""
ORDINAL = (
    # (the band may be quoted: 'đạt mức "Tốt"'; or a grade of how a duty was done: 'xếp loại
    # "Hoàn thành tốt nhiệm vụ" trở lên')
    r"\b(?:(?:xếp\s+loại|đạt\s+mức|đạt\s+loại|mức|loại|xếp\s+hạng|xếp\s+nhóm|nhóm)\s+[\"“'‘]?(?P<band>xuất\s+sắc|"
    r"tốt|khá|trung\s+bình|hoàn\s+thành\s+(?:xuất\s+sắc|tốt)(?:\s+nhiệm\s+vụ)?)[\"”'’]?"
    r"\s+trở\s+lên\b|"
    # ("thuộc nhóm điều hành xuất sắc", PCI's bands of governance)
    # ('nằm trong nhóm "Khá"', quoted)
    r"(?:thuộc|nằm\s+trong|vào)\s+nhóm\s+(?:(?:có\s+chất\s+lượng\s+)?điều\s+hành\s+)?[\"“'‘]?"
    r"(?P<group>xuất\s+sắc|tốt|khá)\b[\"”'’]?(?P<or_better>\s+trở\s+lên\b)?|"
    r"(?:đạt|(?<!được\s)xếp)\s+(?:loại|mức)\s+[\"“'‘]?(?P<reached>xuất\s+sắc|tốt|khá)\b[\"”'’]?|"
    # ("Hàng năm, Đảng bộ hoàn thành tốt nhiệm vụ trở lên": a party body's grade, the band its
    # adverb; not a share of the bodies, "100% chi bộ hoàn thành tốt nhiệm vụ")
    # (nor a rate of them, "tỷ lệ chi bộ … đạt hoàn thành tốt nhiệm vụ trên 80%")
    r"(?<!%\s)(?<!\d\s)(?<!lệ\s)(?<!số\s)(?P<party>(?:Đảng\s+bộ|chi\s+bộ)(?:\s+[^\W\d_]+){0,3}?\s+(?:đạt\s+)?"
    r"hoàn\s+thành\s+(?P<duty>xuất\s+sắc|tốt)\s+nhiệm\s+vụ(?P<duty_or_better>\s+trở\s+lên)?)\b)"
)
"""A band or better: "xếp loại tốt trở lên", "đạt mức khá trở lên", 'xếp nhóm "Khá" trở lên',
"thuộc nhóm tốt", "thuộc nhóm khá trở lên", 'nằm trong nhóm "Khá"', "thuộc nhóm điều hành xuất
sắc", "đạt loại Tốt", "xếp loại Tốt" (the band of an index's grading), "Đảng bộ hoàn thành tốt
nhiệm vụ (trở lên)" (a party body's grade, group ``party``)."""
UNITS_OF_A_TIER = r"(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\b"
"""The name of a unit of a tier ("xã", "phường", "thị xã", "thành phố" …), as a pattern."""
#: a number word before what is counted ("năm" is a year as often as five: not it)
_COUNT_WORD = r"(?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười)(?!\s+(?:số|vài|phần|cách)\b)"
COUNT = (
    r"\b(?P<verb>hoàn\s+thành|hoàn\s+tất|hoàn\s+thiện|giải\s+quyết|có\s+thêm|"
    r"(?:có|bảo\s+đảm|đảm\s+bảo|bố\s+trí)(?=\s+(?:ít\s+nhất|tối\s+thiểu))|xây\s+dựng|"
    # "phấn đấu có 06 huyện … và 300 xã … hoàn thành …": units of a tier to count
    # "…, trong đó 5 xã đạt chuẩn nông thôn mới nâng cao": a part of the units counted before
    # ("có ba xã …": a number word too)
    # ("…; thêm 8 xã đạt chuẩn NTM": so many more)
    # ("phấn đấu … có 9/9 huyện, thành phố hoàn thành …": so many of all, at least so many)
    rf"(?:có|phấn\s+đấu|trong\s+đó,?|thêm)(?=\s+(?:\d+(?:/\d+)?|{_COUNT_WORD})\s+{UNITS_OF_A_TIER})|"
    # "… có 50% số xã đạt chuẩn nâng cao, 20 xã đạt chuẩn kiểu mẫu": a further count of units
    # ("… và 11 đơn vị cấp huyện được công nhận hoàn thành …": the last of them)
    rf"(?:,|\svà)(?=\s+\d+\s+(?:đơn\s+vị\s+cấp\s+)?{UNITS_OF_A_TIER}\s+"
    r"(?:đạt|hoàn\s+thành|có|được\s+công\s+nhận)\b)|"
    # "Phấn đấu có 10.000 doanh nghiệp công nghệ số": a count to reach
    rf"(?:(?<=phấn\sđấu\s)|(?<=mục\stiêu\s))có(?=\s+(?:từ\s+)?(?:\d|{_COUNT_WORD}\s))|"
    # "Hướng tới 85 thuê bao băng rộng di động trên 100 dân": a count striven for (not a year)
    r"(?:phấn\s+đấu|hướng\s+(?:tới|đến))(?=\s+(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[^\W\d_])|"
    # "Phấn đấu đến năm 2030 có 10.000 doanh nghiệp …": the year between
    r"(?:phấn\s+đấu|mục\s+tiêu)\s+(?:(?:đến|tới|trong)\s+(?:hết\s+)?)?năm\s+\d{4},?\s+có"
    r"(?=\s+(?:từ\s+)?\d)|"
    # "mỗi người dân có 01 tài khoản …": what each has
    r"(?:mỗi|từng)\s+[^\s\d,;.]+(?:\s+[^\s\d,;.]+){0,2}\s+có(?=\s+\d)|"
    r"(?:hình\s+thành|phát\s+triển)(?:\s+mới)?|"
    # ("tập huấn kỹ năng số cho 1.500 lượt người dân": whom it is for, counted)
    r"triển\s+khai|tích\s+hợp|(?:đào\s+tạo|bồi\s+dưỡng|tập\s+huấn)(?:[^,;.%\d]{0,40}?\s+cho)?|"
    # "đưa vào khai thác sử dụng 114 cơ sở dữ liệu quốc gia"
    r"đưa\s+vào\s+(?:khai\s+thác(?:,?\s+sử\s+dụng)?|vận\s+hành|sử\s+dụng)|"
    r"số\s+hóa|thành\s+lập(?:\s+mới)?|bổ\s+sung|"
    r"cung\s+cấp(?:\s+thêm)?|sửa\s+đổi|thu\s+hút(?:\s+thêm)?|"
    r"(?:lựa\s+)?chọn|kiểm\s+tra|tổ\s+chức|rà\s+soát|cắt\s+giảm|đơn\s+giản\s+hóa|"
    # "giảm 5 cơ quan chuyên môn": so many fewer ("cắt giảm 20 thủ tục", matched first, stays
    # the cuts made)
    r"giảm(?=\s+(?:(?:ít\s+nhất|tối\s+thiểu)\s+)?\d[\d.,]*\s+(?!điểm\b))|"
    # "tuyển dụng 20 công chức", "lắp đặt 50 camera", "vận động 2.000 hộ dân …"
    # ("mỗi năm cử 02 đến 03 cán bộ … tham gia các lớp bồi dưỡng …": whom it sends)
    r"tuyển\s+dụng|lắp\s+đặt|hỗ\s+trợ|ban\s+hành|mở(?:\s+mới)?|kết\s+nối|nâng\s+cấp|cử|"
    r"vận\s+động|duy\s+trì|cải\s+tạo|sửa\s+chữa|giải\s+quyết\s+việc\s+làm(?:\s+mới)?(?:\s+cho)?(?:\s+(?P<above>trên|hơn))?|"
    r"cấp(?:\s+mới)?(?=\s+\d)|(?:phủ\s+sóng|triển\s+khai)[^,;.%]{0,30}?\s+(?:tại|cho|đến)(?!\s+(?:19|20)\d\d\b))\s+"
    rf"(?:(?:ít\s+nhất|tối\s+thiểu|thêm|từ|trước)\s+){{0,2}}(?P<num>{NUMBER_OR_WORD})"
    # "thành lập 40 - 50 tổ công nghệ số": a range of counts; "9/9 huyện": of all there are
    rf"(?:\s*(?:-|–|đến)\s*(?P<num2>{NUMBER})|/\d+)?\s+"
    r"(?!%|năm\b|tháng\b|ngày\b|bậc\b|lần\b|giờ\b|phút\b|ha\b|km\b|m2\b|tấn\b)(?=[^\s\d,;.%:/])"
)
"""A count of things done or added: "hoàn thành 45 nhiệm vụ", "có thêm 2 đơn vị … trở lên",
"bố trí tối thiểu một cán bộ", "thành lập 40 - 50 tổ" (a range)."""
RATIO = (
    rf"(?<!tăng\s)\bgấp\s+(?P<num>{NUMBER_OR_WORD})\s+lần\s+"
    r"(?P<whole>GRDP|GDP|tổng\s+sản\s+phẩm(?:\s+trên\s+địa\s+bàn)?)\b"
)
"""So many times a whole ("giá trị thanh toán không dùng tiền mặt gấp 25 lần GDP"): a ratio
to reach, counted (not a rise to so many times, "tăng gấp 3 lần")."""
SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9}
"""What "nghìn", "triệu" and "tỷ" after a figure multiply it by."""
_SCALE_WORD = "|".join(SCALES)
REACHED_AMOUNT = (
    r"\b(?:(?:đạt|lên)\s+(?:(?P<op>trên|hơn|tối\s+thiểu|ít\s+nhất|từ|khoảng)\s+)?|"
    # ("thu ngân sách hơn 170 tỷ đồng", "tổng vốn đầu tư 3.350 tỷ đồng": money after what it
    # measures, no verb)
    # (not what it costs: "… với tổng kinh phí 50 tỷ đồng")
    rf"(?<=[^\W\d]\s)(?<!phí\s)(?P<money>(?:(?:trên|hơn|tối\s+thiểu|ít\s+nhất)\s+)?)"
    # (ending its clause: "… 500 triệu USD vốn đầu tư" is money of what follows it)
    rf"(?={NUMBER}\s*(?:{_SCALE_WORD})\s*(?:đồng|USD)\b"
    r"(?=\s*(?:[,;.)/]|$|(?:vào|trong|đến)\s+năm\b)))|"
    # ("thu nhập bình quân đầu người từ 50-60 triệu đồng": a range of money, no verb before it;
    # not "tăng từ … lên …", where it starts from)
    rf"(?<!tăng\s)(?<!giảm\s)(?P<bare>từ)\s+"
    rf"(?={NUMBER}\s*(?:-|–|đến)\s*{NUMBER}\s*(?:{_SCALE_WORD}|đồng|USD)\b))"
    # ("đạt 2.500 - 2.700 tỷ đồng": a range of amounts)
    # ("1,2 triệu tỷ đồng": scales multiplied)
    rf"(?P<num>{NUMBER})(?:\s*(?:-|–|đến)\s*(?P<num2>{NUMBER}))?"
    rf"\s*(?P<scale>(?:{_SCALE_WORD})(?:\s+(?:{_SCALE_WORD}))?)?\s*"
    # (not "đạt 4 sao", a product's rating)
    r"(?!%|phần\s+trăm|năm\b|tháng\b|ngày\b|bậc\b|lần\b|giờ\b|phút\b|điểm\b|sao\b|/)"
    # (a scale ending the clause names no noun: "Thu nhập … đạt 72 triệu")
    r"(?:(?P<noun>[^\W\d_][^\s,;.]*)|(?(scale)(?=\s*(?:[,;.]|$))|(?!)))"
)
"""An amount a measure is to reach, named before it ("số người dùng đạt 1.000.000 tài khoản",
"thu ngân sách … đạt 78,3 tỷ đồng", "tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng"), or a
range of amounts ("thu ngân sách … đạt 2.500 - 2.700 tỷ đồng", "thu nhập … từ 50 - 60 triệu
đồng/người/năm")."""
COUNT_ALLOCATED = re.compile(
    r"\b(?:các|mỗi|từng)\s+(?:đơn\s+vị\s+)?(?:cấp\s+)?(?P<tier>xã|phường|huyện|quận|tỉnh)\b"
    r"[^.;:%\d]{0,50}?\s*$",
    CASE,
)
"""Who a count is allocated to, named right before its verb ("mỗi đơn vị cấp xã thành lập 1
Tổ …", "các huyện, thị xã, thành phố lựa chọn 2 xã …"): each unit of that tier."""

COUNT_AT_UNITS = (
    r"\b(?P<verb>hoàn\s+thành|hoàn\s+tất|triển\s+khai|thực\s+hiện)(?:\s+[^,;.:%\d]{1,60}?)?\s+"
    rf"(?:tại|ở|trên\s+địa\s+bàn)\s+(?:(?:ít\s+nhất|tối\s+thiểu)\s+)?(?P<num>{NUMBER_OR_WORD})\s+"
    rf"(?={UNITS_OF_A_TIER})"
)
"""Units of a tier counted: "hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố"."""
COUNT_FLOOR = (
    # ("kết nạp từ 10 đảng viên trở lên": from so many up)
    rf"\b(?:ít\s+nhất|tối\s+thiểu|từ(?=\s+\d+\s+[^\d\s,;.%][^\d,;.%]{{0,40}}?\s+trở\s+lên\b))"
    rf"\s+(?P<num>{NUMBER_OR_WORD})"
    rf"(?:\s*(?:-|–|đến)\s*(?P<num2>{NUMBER}))?\s+"
    # (nor an age or a rating: "người dân từ 15 tuổi trở lên", "sản phẩm OCOP từ 3 sao trở lên")
    r"(?!%|năm\b|tháng\b|ngày\b|tuần\b|bậc\b|hạng\b|lần\b|giờ\b|phút\b|điểm\b|phần\b|phiếu\b|"
    r"tuổi\b|sao\b)"
    r"(?=[^\s\d,;.%:/])(?![^\s,;.]+(?:\s+[^\s,;.]+)?/(?!\s*(?:năm|quý|tháng|tuần)\b(?!\s*/)))"
)
"""A count by its floor, whatever the verb ("tuyên truyền … ít nhất 12 tin, bài", "kiểm tra
tại ít nhất 10 cơ quan, đơn vị"): things counted, not a time, a place, a score, a rate
("tối thiểu 1.000 hồ sơ/năm") or a survey's sample ("khảo sát tối thiểu 300 phiếu")."""
COUNT_ABOVE = (
    rf"(?:^|(?<=[:;,])|(?<=[:;,]\s))\s*(?P<above>trên|hơn)\s+(?P<num>{NUMBER})\s+"
    r"(?!%|năm\b|tháng\b|ngày\b|tuần\b|bậc\b|hạng\b|lần\b|giờ\b|phút\b|điểm\b|phần\b|phiếu\b)"
    r"(?=[^\W\d_][^;.%:/]{0,80}?\bđược\s)"
)
"""A count above a figure, of things done to, opening an item ("hơn 110.000 căn nhà ở xã hội
được hoàn thành", "trên 500 cán bộ được đào tạo"): more than so many, where the text
commits."""
_MODEL_OF = r"^(?:mô\s+hình\s+|đơn\s+vị\s+(?:hành\s+chính\s+)?cấp\s+)?"
TIER_OF_UNITS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_MODEL_OF}(?:xã|phường|thị\s+trấn|đặc\s+khu)\b", CASE), "commune"),
    (re.compile(rf"{_MODEL_OF}(?:huyện|quận|thị\s+xã)\b", CASE), "district"),
    (re.compile(rf"{_MODEL_OF}tỉnh\b", CASE), "province"),
)
"""A count of units of one tier ("94 xã, phường, thị trấn", "04 mô hình xã nông thôn mới
thông minh": model communes) is pooled at that tier."""
COUNTED_LEAD = re.compile(
    r"^\s*(?:chỉ\s+tiêu\s+)?số\s+(?:lượng\s+)?[^:]{0,160}?\b(?:hoàn\s+thành|đạt\s+chuẩn|"
    r"được\s+công\s+nhận)\b(?![^:]*\bđã\b)",
    CASE,
)
"""A lead over a list of counts ("Số xã … hoàn thành chuyển đổi số theo từng năm như sau:")."""
BARE_COUNT = re.compile(
    r"^\s*(?:có\s+)?(?:(?P<op>từ|tối\s+thiểu|ít\s+nhất|trên)\s+)?"
    rf"(?P<num>{NUMBER})(?:\s*[-–]\s*(?P<num2>{NUMBER}))?\s+(?P<what>[^\d:;%]{{1,80}}?)"
    r"(?:\s+trở\s+lên)?\s*[.;]?\s*$",
    CASE,
)
"""A list item that is a count alone ("94 xã, phường, thị trấn.", "Có từ 3 - 5 doanh nghiệp
… được thành lập mới."), read under a lead that counts or sets targets."""
_COUNTED = r"(?:số\s+lượng|tổng\s+số|số)"
# "≥ 5 doanh nghiệp", "tối thiểu 15 xã trở lên", "30 - 50", "50 xã năm 2026" (as a table's
# row is written, a figure per year): the figure of a named count, and its year
_COUNT_FIGURE = (
    r"(?P<op>[<>≤≥]=?|tối\s+thiểu|ít\s+nhất|tối\s+đa|không\s+quá)?\s*"
    rf"(?P<num>{NUMBER})(?:\s*[-–]\s*(?P<num2>{NUMBER}))?(?P<unit>\s+[^\W\d][^\d;.%:]{{0,30}}?)?"
    r"(?P<more>\s+trở\s+lên)?(?:\s*,?\s+(?:vào\s+)?năm\s+(?P<year>(?:19|20)\d\d))?\s*[.;]?\s*$"
)
NAMED_COUNT = re.compile(
    rf"^\s*(?P<what>{_COUNTED}\s+[^:;%\d]{{3,120}}?)\s*(?::|\s+đạt)\s*{_COUNT_FIGURE}", CASE
)
"""An item naming what it counts and then the figure ("Số doanh nghiệp công nghệ số: ≥ 5
doanh nghiệp", "Số xã đạt chuẩn đạt 15 xã trở lên"), as a table of targets writes a row."""
MEASURED_ITEM = re.compile(rf"^\s*(?P<what>[^:;%\d][^:;%\d]{{2,160}}?)\s*:\s*{_COUNT_FIGURE}", CASE)
"""An item naming any measure and then a plain figure ("Tổng dung lượng thiết kế cáp quang
trên biển: ≥ 350 Tbps", "Hình thành sàn dữ liệu: 5 sàn dữ liệu"): a target under a lead
that sets targets, as a table of targets writes a row."""
COUNTED_FIGURE = re.compile(rf"^\s*{_COUNT_FIGURE}", CASE)
"""The figure alone after a lead that names what is counted ("Số doanh nghiệp …: ≥ 5 doanh
nghiệp" cut at its colon)."""
MEASURED_COUNT = re.compile(rf"^{_COUNTED}\s", CASE)
"""A measure that counts things ("Số …", "Số lượng …", "Tổng số …")."""
COUNT_MORE = rf"\s+và\s+(?P<num>{NUMBER})\s+(?=[^\s\d,;.%:/])"
"""A further count in the same clause ("hoàn thành 45 nhiệm vụ và 30 đề án")."""
FREQUENCY = (
    rf"\b(?:(?P<op>tối\s+thiểu|ít\s+nhất|tối\s+đa|không\s+quá)\s+)?(?P<num>{NUMBER_OR_WORD})\s+"
    r"lần\s*(?:/\s*|\s+(?:mỗi|một|trong|trên)\s+)(?P<per>năm|quý|tháng)\b|"
    # "Mỗi năm, mỗi cán bộ … được bồi dưỡng ít nhất 01 lần …": how often said apart
    rf"\b(?P<at_least>tối\s+thiểu|ít\s+nhất)\s+(?P<times>{NUMBER_OR_WORD})\s+lần\b"
    r"(?![^,;.]{0,20}\bso\s+với\b)"
)
"""How often, per year, quarter or month: "tối thiểu 02 lần/năm", "ít nhất 1 lần mỗi quý",
"không quá 2 lần trong tháng"; at least so many times, how often said apart ("Mỗi năm, …
ít nhất 01 lần")."""
FREQUENCY_PERIODS = {"năm": "yearly", "quý": "quarterly", "tháng": "monthly"}
"""The recurrence of a number of times per year, quarter or month, by its word."""
DURATION = (
    rf"(?:\b(?P<op>không\s+quá|tối\s+đa|không\s+vượt\s+quá|dưới|còn|tối\s+thiểu|ít\s+nhất|"
    # "thời gian chờ … trong vòng 30 phút": a time it is kept within
    r"trong\s+vòng|"
    # "… từ 7 ngày xuống 5 ngày": the time it comes down to
    r"xuống)\s+|"
    # "≤ 2 ngày", as tables write it
    r"(?P<sign>≤|≥|<=|=<|>=|=>|<)\s*)"
    rf"(?P<num>{NUMBER})\s+(?P<unit>ngày|giờ|phút)(?:\s+làm\s+việc)?\b"
)
"""A time allowed: "không quá 10 ngày làm việc", "tối đa 5 ngày", "còn 3 ngày", "tối đa 15
phút/lượt giao dịch", "không quá 8 giờ", "≤ 2 ngày", "trong vòng 30 phút"; "tối thiểu 30
phút/hồ sơ" a time at least."""
DURATION_UNITS = {"ngày": "days", "giờ": "hours", "phút": "minutes"}
"""The unit of a time allowed, by its word."""
DAYS = DURATION
"""Deprecated alias of :data:`DURATION` (which reads hours and minutes too)."""
POINTS = (
    # ("nâng … lên 85 điểm", "đạt 80/100 điểm": a score out of so many)
    r"\b(?:đạt|lên)\s+(?:mức\s+)?(?:(?P<op>tối\s+thiểu|ít\s+nhất|từ|trên)\s+)?"
    # ("đạt từ 0,7 - 0,8 điểm": a range of scores)
    rf"(?P<num>{NUMBER})(?:\s*/\s*(?P<out_of>\d+)|\s*[-–]\s*(?P<num2>{NUMBER}))?\s+điểm"
    r"(?P<more>\s+trở\s+lên)?|"
    # "tăng (ít nhất) 2 điểm (so với năm 2025)": a rise in points
    # ("cao hơn năm 2025 ít nhất 1 điểm phần trăm": higher than a year before by so much)
    r"\b(?:tăng\s+(?:thêm\s+)?|cao\s+hơn\s+(?:so\s+với\s+)?(?:(?:năm\s+(?:19|20)\d\d|năm\s+trước|"
    r"cùng\s+kỳ(?:\s+năm\s+trước)?)\s+)?)"
    rf"(?:(?:tối\s+thiểu|ít\s+nhất|từ)\s+)?(?P<rise>{NUMBER})\s+điểm\b|"
    # "Điểm chỉ số DTI … đạt tối thiểu 0,6": an index's value, a fraction with no unit after it
    r"(?:^|(?<=\s))(?:điểm|chỉ\s+số)\b[^,;.:%]{0,100}?\s+đạt\s+"
    r"(?P<fop>tối\s+thiểu|ít\s+nhất|từ|trên)\s+(?P<fraction>\d+,\d+)"
    r"(?=\s*(?:[,;.)]|$|(?:vào|trong|đến|tới|năm|và)\b))"
)
"""A score in points: "đạt tối thiểu 90 điểm", "đạt từ 85 điểm trở lên", "nâng … lên 85
điểm", "đạt 80/100 điểm" (a score out of so many); a rise in points,
"tăng ít nhất 2 điểm"; an index's value written as a fraction ("Điểm chỉ số DTI đạt tối
thiểu 0,6")."""
# Who a task is given to, when the sentence names it first ("Các bộ, ngành, địa phương
# hoàn thành …", "UBND các xã, phường hoàn thành …")
_ADDRESSEE = (
    r"(?:(?:(?:các|mỗi|từng)\s+)?(?:bộ|sở|ngành|UBND|Ủy\s+ban\s+nhân\s+dân|cơ\s+quan|đơn\s+vị|"
    r"địa\s+phương|văn\s+phòng|thủ\s+trưởng|chủ\s+tịch|bộ\s+trưởng|công\s+an|phòng|"
    r"trung\s+tâm)|"
    # "Các phường chưa … phải mở …": the units of a tier
    r"(?:các|mỗi|từng)\s+(?:xã|phường|huyện|tỉnh)|"
    # "Tỉnh hoàn thành việc sắp xếp trụ sở trước …": the issuer, named by its tier
    r"^(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?=\s))"
    r"\b(?:[^.;:%\d]|(?<=TP)\.){0,80}?\s+"
)
# A task: its verb opens the sentence, after an opening clause or the addressee
TASK_VERB_WORDS = (
    r"hoàn\s+thành|hoàn\s+tất|xử\s+lý|hoàn\s+thiện|cập\s+nhật|cắt\s+giảm|triển\s+khai|mở|"
    r"sắp\s+xếp|kiện\s+toàn|công\s+bố|ban\s+hành|chỉ\s+tiếp\s+nhận|số\s+hóa|kết\s+nối|tích\s+hợp|rà\s+soát|chuyển(?!\s+đổi\s+số)(?:\s+đổi)?|"
    r"xây\s+dựng|trình|vận\s+hành|hình\s+thành|"
    r"đưa\s+vào\s+(?:vận\s+hành|sử\s+dụng|khai\s+thác(?:\s+sử\s+dụng)?)|đưa|tổ\s+chức|báo\s+cáo|"
    r"phê\s+duyệt|khai\s+trương|thí\s+điểm|nộp|phát\s+động|bàn\s+giao|kết\s+thúc|làm\s+sạch|"
    r"nâng\s+cấp|lắp\s+đặt|chi\s+trả|chấm\s+dứt|hợp\s+nhất|sáp\s+nhập|ký\s+kết|bố\s+trí|"
    r"sửa\s+đổi|giải\s+thể|thành\s+lập|khởi\s+công|nghiệm\s+thu|thu\s+hồi|di\s+dời|"
    r"chuyển\s+giao|tập\s+huấn|đi\s+vào\s+hoạt\s+động|tổng\s+kết|sơ\s+kết|tổng\s+hợp|khánh\s+thành|ra\s+mắt|"
    r"đánh\s+giá|"
    r"cung\s+cấp(?=\s+(?:thông\s+tin|số\s+liệu|dữ\s+liệu|danh\s+sách))|"
    r"cấp(?=\s+(?:thẻ|tài\s+khoản|mã|giấy|căn\s+cước|chứng\s+thư|chữ\s+ký))|"
    # "tỉnh chính thức áp dụng mô hình …" (not any "áp dụng": "Áp dụng các phương pháp …")
    r"(?<=thức\s)áp\s+dụng|"
    # "thực hiện việc rà soát …": what is done is named after it
    r"thực\s+hiện(?:\s+xong)?(?=\s+việc\b)"
)
"""The verbs of a task done by a date ("hoàn thành", "ban hành", "số hóa" …), as a pattern."""
BODY = (
    r"(?:UBND|Ủy\s+ban|Sở|Bộ|Phòng|Ban|Công\s+an|Văn\s+phòng|Trung\s+tâm|Chủ\s+tịch|"
    r"Thủ\s+trưởng|Thường\s+trực|Cục)\b"
)
"""A body of the state, named with its capital ("Sở Tư pháp", "UBND tỉnh", "Chủ tịch UBND
…"), as a pattern matched with case."""
# "Đến năm 2026 hoàn thành …", "Phấn đấu trong quý II/2026 hoàn thành …": a time said
# before the verb, with no comma after it
_WHEN_SAID = (
    r"(?:hết\s+|cuối\s+)?(?:năm\s+(?:\d{4}|nay\b)|quý\s+[IVX\d]+(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|"
    r"tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|"
    r"(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)"
)
"""A year, a quarter, a month or a day a task is done in or by, as a pattern."""
_WHEN_BEFORE_VERB = (
    r"(?:(?:phấn\s+đấu|quyết\s+tâm)\s+)?"
    rf"(?:(?:đến|trong|trước|từ\s+nay\s+đến)\s+{_WHEN_SAID}\s+)?"
)
_TASK_VERB = (
    rf"{_WHEN_BEFORE_VERB}"
    # "Các sở định kỳ 6 tháng báo cáo …": how often, before the verb
    r"(?:định\s+kỳ(?:\s+(?:(?:06|6)\s+tháng|(?:hằng|hàng|mỗi)\s+(?:tháng|quý|năm)))?\s+)?"
    # "các đơn vị … cần khẩn trương mở tài khoản …": the duty before the verb
    r"(?:(?:cần|phải|sẽ(?:\s+phải)?|bảo\s+đảm|đảm\s+bảo|dự\s+kiến)\s+)?"
    r"(?:(?:khẩn\s+trương|tập\s+trung|sớm|kịp\s+thời|chính\s+thức)\s+)?"
    rf"(?P<verb>{TASK_VERB_WORDS}|"
    # "các đơn vị sẽ lập danh mục …, gửi về Sở … trước ngày …": after a duty word only
    r"(?:(?<=sẽ\s)|(?<=cần\s)|(?<=phải\s))(?:lập|gửi|thông\s+qua)|"
    # "gửi danh sách … về Sở Thông tin và Truyền thông trước ngày …": sent to a body by a date
    rf"gửi(?=[^.;:]{{0,160}}?\s(?:về|cho|đến)\s+(?-i:{BODY})))\b"
)
TASK = re.compile(
    rf"^(?:[^,]{{0,60}},\s*){{0,3}}?(?:{_ADDRESSEE}|[^,;:.%\d]{{0,60}}?\b(?:đặt\s+(?:ra\s+)?mục\s+tiêu|"
    rf"yêu\s+cầu)\s+|[^,;:.%]{{0,40}}?\s(?=(?:sẽ|chính\s+thức|phấn\s+đấu|quyết\s+tâm)\s)|"
    # "Nhiệm vụ trọng tâm trong tháng 3/2026 là tổ chức thành công …": the task named
    rf"[^,;:.%]{{0,40}}?\bnhiệm\s+vụ\b[^,;:%]{{0,80}}?\s+là\s+|"
    # "…, tham mưu Chủ tịch UBND xã tổng kết …": the task is what the one advised does
    r"[^,;:.%]{0,40}?\btham\s+mưu\s+(?:cho\s+)?(?:UBND|Ủy\s+ban|Chủ\s+tịch|HĐND|Hội\s+đồng)"
    r"[^,;:.%\d]{0,40}?\s+)?"
    rf"{_TASK_VERB}",
    CASE,
)
"""A task done by its deadline: its verb ("hoàn thành", "ban hành", "số hóa" …) opens the
sentence, after opening clauses, the addressee ("UBND các xã, phường …"), "… đặt mục
tiêu" ("Quảng Ninh đặt mục tiêu hoàn thành … trong quý I/2026") or a subject that "sẽ" does
it ("Từ ngày 1/7/2025, tỉnh sẽ đưa vào vận hành …")."""
TASK_PASSIVE = re.compile(
    # "Ban Chỉ đạo … đặt mục tiêu, từ ngày 1/10/2025, việc tiếp nhận hồ sơ sẽ thực hiện …"
    r"^(?:[^;:]{0,200}?\b(?:đặt\s+(?:ra\s+)?mục\s+tiêu|yêu\s+cầu)\s*,\s*)?"
    # ("Dự kiến hệ thống sẽ được đưa vào vận hành …": what is expected, then what)
    # ("Việc sắp xếp các thôn, tổ dân phố phải xong …": what is done, listing, not a clause)
    # ("Cơ sở dữ liệu cán bộ, công chức, viên chức … được hoàn thiện …": a list, no clause)
    r"(?:(?!\s*việc\b)[^,]{0,40},(?!\s*(?:công|viên)\s+chức\b)\s*)?(?:dự\s+kiến\s+)?(?P<what>[^;:%\d]{3,80}?)\s+"
    r"(?:(?:phải|cần|sẽ(?:\s+phải)?|dự\s+kiến(?:\s+sẽ)?)\s+(?:được\s+)?|"
    # "Cơ sở dữ liệu … được hoàn thiện trong năm 2026": the passive alone, the time it is
    # done in or by right after what is done
    rf"(?P<bare>được)\s+(?=(?:chính\s+thức\s+)?(?:{TASK_VERB_WORDS})\s+(?:[^,;.\d]{{0,40}}?\s)?"
    r"(?:trong|trước|chậm\s+nhất|xong\s+trước)\s))"
    # ("Trung tâm … sẽ chính thức đi vào hoạt động từ ngày 1/7/2025"; "… phải xong trước …")
    rf"(?:chính\s+thức\s+)?(?P<verb>{TASK_VERB_WORDS}|gửi|thực\s+hiện|"
    r"đi\s+vào\s+hoạt\s+động|xong)\b",
    CASE,
)
"""A task whose object opens the sentence, what must be done with it after ("Số liệu phải
được gửi về Bộ Nội vụ trước 30/8", "Việc số hóa hồ sơ hộ tịch phải hoàn thành trước …")."""
TASK_FROM_DAY = re.compile(
    r"^\s*(?:kể\s+)?từ\s+ngày\s+[\d/.\s]{3,12}(?:năm\s+\d{4})?\s*,\s*"
    r"(?P<what>[^;:%\d]{3,120}?)\s+(?:sẽ\s+(?:được\s+)?|được\s+)(?:chính\s+thức\s+)?"
    rf"(?P<verb>thực\s+hiện|áp\s+dụng|{TASK_VERB_WORDS})\b",
    CASE,
)
"""A task in force from a day ("Từ ngày 1/7/2026, việc tiếp nhận hồ sơ … được thực hiện tại
Trung tâm …"): in place by that day, what it is opening the sentence."""
TASK_FROM_DAY_DONE = re.compile(
    r"^\s*(?:kể\s+)?từ\s+ngày\s+[\d/.\s]{3,12}(?:năm\s+\d{4})?\s*,\s*(?:[^,;:%\d]{0,60}?\s+)?"
    r"(?:sẽ\s+)?(?:chính\s+thức\s+)?(?P<verb>thực\s+hiện|áp\s+dụng)\s+",
    CASE,
)
"""A task done from a day, said in the active voice ("Từ ngày 1/7/2026, thực hiện tiếp nhận hồ
sơ … không phụ thuộc vào địa giới hành chính"): what is done after its verb (the passive,
:data:`TASK_FROM_DAY`, is read first)."""
TASK_DONE_AFTER = re.compile(
    # (not a stage or a time: "Giai đoạn hai, hoàn thành vào quý 3/2026, sẽ …")
    r"^\s*(?!(?:giai\s+đoạn|bước|đợt|năm|quý|tháng|ngày)\b)"
    r"(?P<what>(?-i:[A-ZĐ])[^,;:.%\d]{4,150}?)\s*,\s*"
    r"(?P<verb>hoàn\s+thành|hoàn\s+tất)\s+(?=(?:trong|trước|chậm\s+nhất|vào)\s)",
    CASE,
)
"""A task named first, whatever its verb, then when it is to be complete ("Điều chỉnh quy
hoạch tỉnh, hoàn thành trong năm 2026"): what opens the sentence is the task."""
TASK_AT_START = re.compile(rf"^{_TASK_VERB}", CASE)
"""A task whose verb opens the sentence, its deadline in a clause after a comma ("Xây dựng cơ sở
dữ liệu đất đai, hoàn thành trước ngày 31/12/2025")."""
WHEN_HEAD = re.compile(
    r"^\s*(?:(?:hoàn\s+thành|thời\s+hạn|hạn(?:\s+hoàn\s+thành)?)\s+)?"
    rf"(?:(?:trước|đến|trong|chậm\s+nhất)\s+)?(?P<when>{_WHEN_SAID})\s*:\s*(?=\S)",
    CASE,
)
"""A time heading a task on its line ("Quý II/2026: tổ chức khảo sát …", "Năm 2026: hoàn
thành …", "Hoàn thành trước ngày 31/10/2025: xây dựng …"), as a plan's schedule writes it."""
# "… để các địa phương hoàn thành …": for whom, then the verb of what is due
_DUE_FOR = rf"(?:\s+(?:để|cho))?(?:\s+[^,;:.]{{0,60}}?)??\s+(?P<verb>{TASK_VERB_WORDS}|gửi)\b"
TASK_DUE_DAY_FIRST = re.compile(
    r"^\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s+là\s+"
    rf"{_DEADLINE_WORD}(?:\s+cuối\s+cùng)?{_DUE_FOR}(?P<what>[^;:.]*)",
    CASE,
)
"""A task whose deadline opens the sentence ("Ngày 30/6/2025 là thời hạn cuối cùng để các
địa phương hoàn thành việc bàn giao"): the verb, what it acts on after it."""
TASK_DUE_SAID = re.compile(
    rf"^\s*{_DEADLINE_WORD}{_DUE_FOR}(?P<what>[^;:]*?)\s+là\s+(?:trước\s+)?(?:ngày\s+)?\d",
    CASE,
)
"""A task named inside the sentence that gives its deadline ("Hạn chót để các địa phương hoàn
thành việc số hóa là ngày 31/12/2025", "Thời hạn hoàn thành việc cập nhật dữ liệu là trước
ngày 30/11/2025"): the verb, what it acts on before "là"."""
# "các bộ, ngành, địa phương": every ministry and every locality
_EVERY_MINISTRY_AND_LOCALITY = (
    r"\b(?:các|mọi|mỗi|từng)\s+bộ,\s*ngành(?:,|\s+và)\s*(?:các\s+)?địa\s+phương\b"
)
# someone directed to do it may also be told to send, keep, use, gather … ("giao Phòng Nội vụ
# làm đầu mối tổng hợp …")
_DIRECTED_VERBS = (
    rf"{TASK_VERB_WORDS}|gửi|duy\s+trì|sử\s+dụng|tổng\s+hợp|thực\s+hiện|xác\s+định|"
    r"hướng\s+dẫn|nâng\s+cấp|thành\s+lập|tiếp\s+nhận|cài\s+đặt|kích\s+hoạt|công\s+khai|"
    # "giao Sở Tài chính tham mưu phương án …" (not "tham mưu UBND tỉnh ban hành …": the
    # verb after whom it advises is the task's)
    r"tham\s+mưu(?!\s+(?:cho\s+)?(?:UBND|Ủy\s+ban|Chủ\s+tịch|HĐND|Hội\s+đồng|Ban|Thường))"
)
_DIRECTED_VERB = rf"(?P<verb>{_DIRECTED_VERBS})\b"
#: the words that direct someone to act ("yêu cầu", "giao" …) and those that bind the doer
_DIRECTIVE_WORDS = r"yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao(?!\s+dịch)"
# ("không phải", "không cần": no duty)
_DUTY_WORDS = r"(?<!không\s)(?:phải|cần)|mục\s+tiêu|sẽ|khẩn\s+trương"
NOT_MET = r"(?<!ứng\s)(?<!theo\s)(?<!đúng\s)(?<!có\s)"
"""Not right after "đáp ứng", "theo", "đúng", "có" ("đáp ứng yêu cầu", "theo yêu cầu", "đúng
chỉ đạo", "hồ sơ có yêu cầu nghĩa vụ tài chính"): a requirement met, followed or had, no
directive."""
DIRECTED_TO = re.compile(
    rf"{NOT_MET}\b(?:{_DIRECTIVE_WORDS})\s+(?=(?:các|mọi|mỗi|từng|tất\s+cả)\s)", CASE
)
"""The directive before whom it names ("UBND tỉnh yêu cầu các sở, ngành, địa phương …")."""
TASK_DIRECTED = re.compile(
    rf"^[^;:%]{{0,160}}?{NOT_MET}\b(?:{_DIRECTIVE_WORDS})\s+"
    r"(?P<who>[^;:%]{0,120}?)"
    r"(?:\b(?:phải|cần|làm\s+đầu\s+mối|tiếp\s+tục|khẩn\s+trương|chủ\s+động|sớm)\s+)*"
    rf"{_DIRECTED_VERB}",
    CASE,
)
"""A task a sentence directs someone (``who``) to do: "UBND tỉnh yêu cầu … Công an tỉnh
phải tiếp tục duy trì …", "giao Phòng Nội vụ làm đầu mối tổng hợp …", "đề nghị các bộ
khẩn trương ban hành …"."""
AGENCY_GROUP = re.compile(
    r"\b(?:sở,\s*(?:ban,\s*)?ngành|phòng,\s*ban|cơ\s+quan,\s*đơn\s+vị|"
    r"(?:(?<=các\s)|(?<=mỗi\s)|(?<=từng\s)|(?<=,\s)|(?<=và\s))đơn\s+vị(?!\s+hành\s+chính))\b",
    CASE,
)
"""The agencies a task is given to ("các sở, ban, ngành", "các phòng, ban, đơn vị", "các đơn
vị"; not "đơn vị hành chính", units of a tier, nor a unit a task names, "lựa chọn đơn vị
cung cấp …")."""
TIER_UNITS = rf"(?:{_COMMITTEE}\s+)?(?:các|cấp)\s+(?P<tier>huyện|quận|xã|phường)"
"""The units of a tier named as a group ("UBND các xã", "cấp huyện"), as a pattern."""
TIER_GROUP = re.compile(rf"\b{TIER_UNITS}\b|\b(?P<local>địa\s+phương)\b", CASE)
"""The units of a tier a task is given to ("UBND các xã, thị trấn", "các huyện"), or the
"địa phương", whose tier depends on the issuer and the date."""
EVERY_MINISTRY_AND_LOCALITY = re.compile(_EVERY_MINISTRY_AND_LOCALITY, CASE)
"""Every ministry and locality named together ("các bộ, ngành, địa phương"): every unit."""
ADDRESSED: tuple[tuple[re.Pattern[str], str], ...] = (
    (EVERY_MINISTRY_AND_LOCALITY, "each_unit"),
    # "5 thành phố trực thuộc Trung ương sẽ phải …", "168 xã, phường, đặc khu sẽ …": so many
    # units of a tier, each
    (re.compile(r"\b\d+\s+(?:tỉnh|thành\s+phố\s+trực\s+thuộc)\b", CASE), "each_province"),
    (re.compile(r"\b\d+\s+(?:xã|phường)\b", CASE), "each_commune"),
    # ("Chính phủ yêu cầu 11 Bộ, cơ quan …": so many ministries, each; not "1 bộ phận")
    (re.compile(r"\b\d+\s+bộ\b(?!\s+phận)", CASE), "each_ministry"),
    (re.compile(r"\b(?:các|mỗi|từng|tất\s+cả\s+các)\s+(?:xã|phường)\b", CASE), "each_commune"),
    (re.compile(r"\b(?:các|mỗi|từng|tất\s+cả\s+các)\s+(?:huyện|quận)\b", CASE), "each_district"),
    (re.compile(r"\b(?:các|mỗi|từng|tất\s+cả\s+các)\s+tỉnh\b", CASE), "each_province"),
    (re.compile(r"\b(?:các|mỗi|từng)\s+bộ\b", CASE), "each_ministry"),
    (re.compile(r"\b(?:các|mỗi|từng|tất\s+cả\s+các)\s+(?:sở|phòng|cơ\s+quan|đơn\s+vị)\b", CASE),
     "each_agency"),
)  # fmt: skip
"""Who a directive names (:data:`TASK_DIRECTED`'s ``who``), the first named deciding: "các xã,
thị trấn" each commune, "các sở, ngành" each agency, "các bộ" each ministry."""
STATUS_REACHED = re.compile(
    # ("giữ vững danh hiệu xã nông thôn mới", "duy trì xã đạt tiêu chí quốc gia về y tế": a
    # status to keep)
    r"(?P<kept>\b(?:giữ\s+vững|duy\s+trì)\s+(?:danh\s+hiệu\s+)?(?:(?:xã|huyện)\s+)?(?:đạt\s+)?"
    r"(?:chuẩn\s+)?(?:tiêu\s+chí\s+quốc\s+gia\s+về\s+y\s+tế|"
    r"nông\s+thôn\s+mới(?:\s+(?:nâng\s+cao|kiểu\s+mẫu))?)\b)|"
    # ("đặt mục tiêu đến năm 2030 trở thành thành phố trực thuộc Trung ương": a unit's rank
    # among the tiers, not "trở thành động lực", "trở thành điểm một cửa số")
    r"\btrở\s+thành\s+(?:thành\s+phố\s+trực\s+thuộc\s+(?:Trung\s+ương|TW)\b|"
    r"đô\s+thị\s+loại\s+(?:I{1,3}|IV|V|đặc\s+biệt|[1-5])\b|"
    # (not "thành phố du lịch", "thành phố thông minh": a kind, no tier)
    r"(?:thị\s+xã|thành\s+phố)(?=\s*(?:[.,;]|$|\s(?:thuộc\s+tỉnh|vào|trước|trong|đến)\b)))|"
    r"\b(?:được\s+công\s+nhận\s+)?(?:đạt|hoàn\s+thành)\s+"
    r"(?:(?:chuẩn|tiêu\s+chí)\s+)?(?:(?:xã|huyện|tỉnh|thị\s+xã|thành\s+phố)\s+)?"
    r"(?:nông\s+thôn\s+mới(?:\s+(?:nâng\s+cao|kiểu\s+mẫu|thông\s+minh))?|đô\s+thị\s+văn\s+minh|"
    # ("Phấn đấu năm 2026, xã đạt chuẩn tiếp cận pháp luật")
    r"tiếp\s+cận\s+pháp\s+luật)\b",
    CASE,
)
"""A status to reach, no figure ("Phấn đấu đến năm 2030 xã Vĩnh Lộc đạt xã nông thôn mới nâng
cao", "… huyện được công nhận đạt chuẩn nông thôn mới", "… đạt chuẩn tiếp cận pháp luật"):
reached or not, where the sentence commits."""
TASK_LIST_LEAD = re.compile(
    r"\b(?:nhiệm\s+vụ|công\s+việc|hoạt\s+động|nội\s+dung)\b[^:]{0,80}"
    r"\b(?:(?:thời\s+(?:gian|hạn)|hạn|tiến\s+độ)\s+(?:hoàn\s+thành|thực\s+hiện)|thời\s+(?:hạn|gian)|"
    r"tiến\s+độ)\s*:\s*$",
    CASE,
)
"""The lead of a list of tasks with their completion dates, as a task table's header reads
("Tên nhiệm vụ, thời gian hoàn thành:"): each item is a task to complete by its date."""
LISTED_TASK = re.compile(
    r"^(?P<what>.+?)(?:\s*\(do\s+(?P<by>[^()]*?)\s+chủ\s+trì\))?,\s*hoàn\s+thành\s+"
    r"(?:trong|trước|hằng|hàng)\b[^,;]*\.?$",
    CASE,
)
"""An item of such a list: the task, who leads it, then ", hoàn thành trong tháng 6/2025"
(", … trong năm 2026 (giai đoạn 2025-2026)", ", … hằng năm")."""
LEAD_AGENCIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_EVERY_MINISTRY_AND_LOCALITY, CASE), "each_unit"),
    (re.compile(r"^\s*(?:các|mọi)\s+bộ(?:,\s*(?:ngành|cơ\s+quan\s+ngang\s+bộ))?\b", CASE),
     "each_ministry"),
    (re.compile(r"^\s*(?:UBND\s+)?(?:các\s+)?(?:tỉnh,\s*thành\s+phố|địa\s+phương)\b", CASE),
     "each_province"),
    (re.compile(r"^\s*(?:các|mọi)\s+(?:sở,\s*(?:ban,\s*)?ngành|cơ\s+quan,\s*đơn\s+vị)\b", CASE),
     "each_agency"),
)  # fmt: skip
"""Who leads a listed task, when it is every unit of a kind ("Các bộ, ngành, địa phương":
each unit; "Các bộ, ngành liên quan": each ministry; "Các sở, ngành": each agency); one named
body is the issuer's own."""
_LINE_VERBS = (
    rf"{TASK_VERB_WORDS}|kiểm\s+tra|tuyên\s+truyền|khảo\s+sát|đào\s+tạo|bồi\s+dưỡng|"
    r"tập\s+huấn|theo\s+dõi|đôn\s+đốc|đánh\s+giá|hướng\s+dẫn|thực\s+hiện|tham\s+mưu|"
    r"nâng\s+cao|đẩy\s+mạnh|tăng\s+cường|duy\s+trì|ứng\s+dụng|chuẩn\s+hóa|thống\s+kê|"
    r"lập|gửi|cấp|sơ\s+kết|tổng\s+kết|phát\s+động|đơn\s+giản\s+hóa"
)
TASK_LINE = re.compile(rf"^\W*(?:{_LINE_VERBS})\b", CASE)
"""An item that opens with what is to be done ("Kiểm tra công tác …", "Tuyên truyền …"):
with lines that detail it (:data:`TASK_DETAIL`) below, a task set out over lines."""
TASK_CUED = re.compile(
    rf"[^;]{{0,200}}?\b(?:(?P<directive>{_DIRECTIVE_WORDS})|(?P<duty>{_DUTY_WORDS}))\b"
    rf"[^;.]{{0,100}}?\b(?P<verb>{_DIRECTED_VERBS}|{_LINE_VERBS}|lựa\s+chọn|chọn|phát\s+hành|"
    r"kết\s+thúc|chuẩn\s+bị)\b",
    CASE,
)
"""A task a sentence commits to in other words: a duty word ("sẽ", "cần", ``duty``) or a
directive word ("yêu cầu", ``directive``), then within a few words the verb of what is done
("…, Bộ Nội vụ phải làm việc …, quyết tâm hoàn thành …"); matched from the start of the
clause its deadline is in."""
TASK_DETAIL = re.compile(
    r"^\s*(?:(?P<time>thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện|triển\s+khai))?|"
    r"tiến\s+độ(?:\s+(?:hoàn\s+thành|thực\s+hiện))?|hạn\s+hoàn\s+thành)|"
    r"(?P<by>(?:cơ\s+quan|đơn\s+vị)\s+(?:chủ\s+trì|thực\s+hiện(?:\s+chính)?))|"
    r"(?P<other>(?:cơ\s+quan|đơn\s+vị)\s+phối\s+hợp|sản\s+phẩm(?:\s+đầu\s+ra)?|kinh\s+phí))"
    r"\s*:\s*(?P<value>.*?)[\s.;]*$",
    CASE,
)
"""A line that details the task above it, as plans set tasks out ("1. Rà soát … ", then "-
Cơ quan chủ trì: Sở Nội vụ.", "- Thời gian hoàn thành: Quý II/2026."): when it is due
(``time``), who leads it (``by``), or another detail (``other``: who helps, what it
yields, what it costs)."""
TASK_PURPOSE = re.compile(
    # ("việc bảo đảm kinh phí …": what is done, named)
    r"\s*(?::|;|\.\s|(?<!việc)\s(?:theo\s+hướng|để|nhằm|bảo\s+đảm|đảm\s+bảo|đáp\s+ứng)\b).*$",
    CASE,
)
"""Where a task's name gives way to how or why it is done ("… theo hướng: …",
"… để thống nhất nhận thức …")."""
EACH_MEMBER = re.compile(
    r"\b(?:ở|tại|trên|của)\s+(?:từng|mỗi|tất\s+cả\s+các|các)\s+(?:lĩnh\s+vực|ngành\s+hàng)\b", CASE
)
"""A target that holds for every member of a breakdown ("ở từng lĩnh vực đều đạt …"): the
text does not say which breakdown of the indicator is meant."""
AGENCIES_NAMED = re.compile(r"\b(?:các|mỗi|từng)\s+sở,\s*ban,\s*ngành\b", CASE)
"""The province's agencies named beside the units of a tier ("các sở, ban, ngành và UBND các
huyện"): a target on each, of which the draft keeps the units' and notes the agencies'."""

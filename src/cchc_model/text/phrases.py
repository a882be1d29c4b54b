"""The measured noun phrase of a figure: where it starts and ends, and what is cut from it.

A figure's phrase is the words before it back to the clause's start ("Tỷ lệ hồ sơ trực tuyến
đạt 85%") or after it up to the next clause ("85% hồ sơ được xử lý trên môi trường mạng"),
without the words around it that say something else: commitment words ("phấn đấu", "đặt mục
tiêu"), times ("đến năm 2025"), operators ("tối thiểu"), references ("theo Quyết định …") and
exclusions. A phrase naming several indices or several objects that share one figure gives one
phrase each.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .numbers import MAX_DIGITS

__all__ = [
    "MEASURE_HEAD",
    "NOT_A_COUNT",
    "PREDICATE",
    "clean",
    "measured",
    "per_index",
    "per_object",
    "phrase_end",
    "to_first_clause",
    "without_levels",
]

CASE = re.IGNORECASE

_PHRASE_STOP = re.compile(
    # ("100% văn bản (trừ văn bản mật) được ký số …": an exclusion in brackets before what is
    # done goes on to it, and is cleaned out of the phrase)
    rf"\s*(?:;|\||\.(?:\s|$)|{lx.WITHIN}|"
    r"\(\s*(?:ngoại\s+)?trừ\b(?![^();.]{0,160}\)\s*(?:được|dưới\s+dạng)\b)|"
    # ("… (không bao gồm nội dung mật) được gửi …": what is left out, in brackets, is cleaned
    # out of the phrase, which goes on)
    r"(?<!\()\b(?:ngoại\s+)?trừ\b|(?<!\()\bkhông\s+(?:bao\s+gồm|kể)\b|"
    # ("… 50% có chữ ký số cá nhân và phấn đấu đạt …": a new aim, with its own figure)
    r"\s(?=và\s+(?:phấn\s+đấu|đặt\s+mục\s+tiêu|hướng\s+(?:tới|đến))\b)|"
    # ("… 10 công trình với tổng kinh phí 50 tỷ đồng": what it costs)
    r"\s(?=với\s+(?:tổng\s+)?(?:kinh\s+phí|nguồn\s+vốn|số\s+vốn)\b)|"
    r",?\s+(?:và|,)\s*\d|(?:,|\s+và)\s+(?:tỷ\s+lệ|mức\s+độ(?!\s+\d))\b|"  # not "mức độ 3, mức độ 4"
    # "…, tối thiểu 70% số xã …": the next figure's clause
    r"(?:,|\s+và)\s+(?:tối\s+thiểu|ít\s+nhất|trên|hơn)\s+\d|"
    # "… là một mục tiêu cơ bản được Tỉnh ủy đề ra": what the figure is, not what it measures
    r"\s+là\s+(?:một\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ)\b|"
    # "…, tương đương kết quả năm 2024": the level it is held at, not what is measured
    # (not "các đơn vị hành chính tương đương", units of the same tier)
    r"(?<!hành\schính),?\s+tương\s+đương\b|"
    # "… 80% hồ sơ trực tuyến và kết quả đã đạt 85%", "…, tuy nhiên hiện mới đạt 30%": what
    # came of it, a clause of its own
    # (not "hồ sơ, kết quả giải quyết thủ tục hành chính", what is digitised)
    r"(?:,|\s+và)\s+(?:kết\s+quả(?!\s+giải\s+quyết)|thực\s+tế|tuy\s+nhiên|nhưng|song)\b|"
    # "… sẽ có danh tính số vào quý 2/2026 với …": when, and what follows it ("… vào trước
    # ngày 31-8 năm nay, lực lượng …", "… trong năm 2019 đối với các sở …" too)
    r"\s+vào\s+(?:quý|tháng)\s+[IVX\d]|\s+trước\s+ngày\s+\d|"
    r"\s+trong\s+năm\s+(?:19|20)\d\d\s+(?=đối\s+với|tại|ở)\b|"
    # ("… tại 5 xã trong năm 2026, nhân rộng …": a year said, then another clause)
    r"\s+(?:trong|vào|đến)\s+(?:(?:hết|cuối)\s+)?năm\s+(?:19|20)\d\d(?=\s*,)|"
    # ("… được thực hiện trên nền tảng số, ứng dụng AI trong …": a clause of what else is done)
    r",\s+(?:đưa|nâng|bảo\s+đảm|đảm\s+bảo|phấn\s+đấu|ứng\s+dụng|nhân\s+rộng|"
    # (", hoàn thành trước …" dates it; ", hoàn thành nhiệm vụ …" is one more predicate)
    r"(?:hoàn\s+thành|hoàn\s+tất)(?=\s+(?:trong|trước|vào|đến|chậm|xong|hết|ngay|năm|quý|hằng|hàng|"
    r"tháng|\d)\b|\s*[.;,]|\s*$)|chậm\s+nhất|(?:tính\s+)?đến\s+nay|hiện\s+nay)\b|"
    # "… được số hóa trong thời gian từ ngày D1 đến ngày D2": the time, not what is measured
    r"\s+(?:trong\s+thời\s+gian\s+)?từ\s+ngày\s+\d|$)",
    CASE,
)


def phrase_end(text: str, start: int, limit: int | None = None) -> int:
    """Where the phrase from ``start`` ends: at its first stop (else the text's end), or at
    ``limit`` if that comes first.

    The figures of a sentence are read in order, and the phrases of many end at the same
    stop (or none, in a long sentence without one): the last stop found is kept, so that a
    start between the last search's start and that stop costs no new search, and reading a
    sentence stays linear in its length. Whether a stop matches at a place does not depend
    on where the search began, so the stop found is the first after any such start.
    """
    global _last_stop
    text_seen, searched_from, stop = _last_stop
    if not (text_seen is text and searched_from <= start <= stop):
        m = _PHRASE_STOP.search(text, start)
        stop = m.start() if m else len(text)
        _last_stop = (text, start, stop)
    return stop if limit is None else min(stop, limit)


#: the text, the start and the stop of the last search for a phrase's end
_last_stop: tuple[str, int, int] = ("", 0, 0)


#: the end of the document's year, said without its number ("đến cuối năm", "đến hết năm nay")
_YEAR_END_SAID = r"(?:[đĐD]ến|trước|vào)\s+(?:hết|cuối)\s+năm(?:\s+nay)?"
_LEADING_NOISE = re.compile(
    # ("(1) 100% xã …", "b) 80% …": an item's number written inside the sentence)
    r"^(?:\s|,|:|-|–|\(?\d{1,2}\)(?=\s|$)|\b[a-zđ]\)(?=\s|$)|\(|\)|\b(?:từ\s+đó|theo\s+đó|đồng\s+thời|ngoài\s+ra|trong\s+(?:số\s+)?đó(?:\s+có)?|phấn\s+đấu|riêng|mặc\s+dù|nhưng|"
    r"quyết\s+tâm|(?:nỗ\s+lực|cố\s+gắng)(?:\s+để)?|hướng\s+(?:tới|đến)|bảo\s+đảm|đảm\s+bảo|phải|đưa|nâng(?:\s+cao)?(?!\s+cấp)|và|thuộc|"
    # ("Đến năm 2030, tầm nhìn đến năm 2045, kinh tế số chiếm 30% GRDP": the vision's year)
    r"tầm\s+nhìn\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d\d|"
    # ("Đạt tốc độ tăng trưởng 8% trở lên": the verb before the measure)
    r"đạt(?=\s+(?:tốc\s+độ|tỷ\s+lệ|tỉ\s+lệ|mức|chỉ\s+số)\b)|"
    # ("tăng số lượng điểm … lên trên 7.500 điểm": the verb of the rise, before its measure)
    r"tăng(?=\s+(?:số\s+lượng|tổng\s+số|số)\s)|"
    r"(?:(?:[đĐD]ến|trong|từ\s+nay\s+đến|chậm\s+nhất(?:\s+là)?)\s+)?(?:hết\s+|cuối\s+)?"
    r"năm\s+(?:19|20)\d\d|(?:[đĐD]ến|từ\s+nay\s+đến)\s+(?:19|20)\d\d\b|"
    rf"(?:chậm\s+nhất\s+(?:là\s+)?)?{_YEAR_END_SAID}(?!\s+(?:19|20)\d\d)|"
    # ("… đến cuối nhiệm kỳ đạt chuẩn …": when, the term's end)
    r"(?:[đĐD]ến\s+(?:hết|cuối)|vào\s+cuối)\s+nhiệm\s+kỳ(?!\s+(?:19|20)\d\d)|"
    # "Chậm nhất đến hết tháng 9/2025, …": a month's end
    r"(?:(?:[đĐD]ến|trong|trước|chậm\s+nhất)\s+)+(?:hết\s+)?tháng\s+\d{1,2}\s*[/-]\s*(?:19|20)\d\d|"
    # "Đến quý II/2026, …": a quarter's end
    r"(?:(?:[đĐD]ến|trong|trước|chậm\s+nhất)\s+)+(?:hết\s+)?quý\s+(?:I{1,3}|IV|[1-4])\s*[/-]\s*"
    r"(?:19|20)\d\d|"
    r"(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|(?:\d\s+)?năm)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|mục\s+tiêu(?:\s+[^,]{0,160}?\s+là|\s+về)?|"
    # "So với năm 2025, chỉ tiêu …", "kế hoạch năm 2026 là …": what it is measured against,
    # the plan's word
    r"so\s+với\s+năm\s+(?:19|20)\d\d|kế\s+hoạch(?=\s+năm\s+(?:19|20)\d\d)|"
    # (not "chỉ tiêu đề ra", "chỉ tiêu được giao": the targets themselves, counted)
    r"(?:[^\s,]+\s+){0,3}(?:cũng\s+)?(?:đặt|đề)\s+(?:ra\s+)?mục\s+tiêu|"
    # (nor "chỉ tiêu, nhiệm vụ được giao", the targets and duties named together, nor "chỉ
    # tiêu về cải cách hành chính được giao")
    r"chỉ\s+tiêu(?!\s*,?\s+(?:đề\s+ra|được\s+giao|kế\s+hoạch|nhiệm\s+vụ|"
    r"về\b[^,;:]{0,80}\bđược\s+(?:[^,;:]{0,40}\s)?giao))(?:\s+về)?|cụ\s+thể|là|"
    r"tiếp\s+tục|duy\s+trì|giữ\s+vững|sẽ(?:\s+có)?)\b)+",
    CASE,
)
_TRAILING_NOISE = re.compile(
    r"(?:\s|,|:|\.|\(|[≥≤<>=]|\b(?:phải\s+)?(?:đạt|là|ở(?:\s+mức)?|đạt\s+mức|đạt\s+từ|đạt\s+được|"
    r"(?<!địa\s)(?<!chứng\s)chỉ|"  # "… chỉ đạt 45,8%": only, no part of the measure
    r"đạt\s+tỷ\s+lệ|(?<!trở\s)lên|(?<=\w\s)nâng|chiếm|ngay|khoảng|xấp\s+xỉ|"
    # "… với tỷ lệ tối thiểu 80%", "… đạt ngưỡng 80%", "… luôn đạt", "… cần đạt", "… sẽ đạt",
    # "… đã đạt được" (what is kept),
    # "… đạt mục tiêu 80%", "… bằng hoặc cao hơn 80%": how the figure is said, not the measure
    # ("… lần lượt đạt": respectively)
    r"với\s+tỷ\s+lệ|(?:đạt\s+)?ngưỡng|luôn|cần|sẽ|đã|đều|lần\s+lượt|tương\s+ứng|đạt\s+(?:mục|chỉ)\s+tiêu(?:\s+là)?|"
    r"bằng\s+hoặc|(?:cao|lớn)\s+hơn\s+(?:so\s+với\s+)?(?:năm\s+trước|cùng\s+kỳ)|"
    # (not a phrase that is nothing else: what is done is then said elsewhere)
    r"(?<=\w\s)chậm\s+nhất(?:\s+là)?|"
    r"tối\s+thiểu|ít\s+nhất|trên|từ|và|phấn\s+đấu|kỳ\s+vọng|hướng\s+(?:tới|đến)|bình\s+quân|trung\s+bình|"
    r"(?:(?:[đĐD]ến|trong|vào|trước)\s+)?(?:hết\s+|cuối\s+|giữa\s+)?năm\s+(?:19|20)\d\d|"
    rf"trong\s+năm(?:\s+nay)?|{_YEAR_END_SAID}|"
    r"(?:trong\s+)?thời\s+gian\s+tới|"
    r"(?:của|tại|ở)\s+(?:từng|mỗi)\s+[^.;]*|"
    r"được|(?<!trực\s)thuộc|(?:nằm\s+)?(?:trong|vào)|lọt(?:\s+vào)?|duy\s+trì|giữ\s+vững|xuống(?:\s+còn)?|còn|tiếp\s+tục|"
    r"so\s+với(?:\s+(?:cùng\s+kỳ|trước\s+đây))?|tăng|giảm|cắt\s+giảm|rút\s+ngắn|"
    r"không\s+quá|tối\s+đa|không\s+vượt(?:\s+quá)?|dưới|thấp\s+hơn|"
    r"nhỏ\s+hơn|không\s+(?:dưới|thấp\s+hơn|ít\s+hơn)|(?:lên\s+)?mức|thêm|"
    rf"{lx.YEAR_ON_YEAR}|năm\s+sau|(?<!cầu\s)vượt|(?:cao|lớn|nhiều)\s+hơn|hơn|"
    r"(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)|(?:định\s+kỳ\s+)?(?:06|6)\s+tháng\s*(?:một|/)\s*lần|"
    r"(?:trong|[đĐD]ến|trước|vào)(?:\s+hết)?\s+tháng\s+\d{1,2}\s*[/-]\s*\d{4}|"
    # ("… trong tháng 11, tháng 12": months listed, their year said after them)
    rf"(?:trong|[đĐD]ến|trước|vào)(?:\s+hết)?\s+tháng\s+\d{{1,2}}{lx.MONTHS_LISTED}*|"
    # (a day of the document's year too: "… trước ngày 15/12")
    r"(?:trước|[đĐD]ến|chậm\s+nhất)(?:\s+(?:hết|ngày))*\s+\d{1,2}\s*"
    r"(?:/\s*\d{1,2}(?:\s*/\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s*\d{4})?)|"
    rf"(?:(?:trong|trước|{lx.QUARTER_END_LEADS})\s+)?"
    # ("… trong 6 tháng cuối năm nay": the half, its year said relatively)
    r"(?:quý\s+[IVX1-4]+|(?:06|6)\s+tháng\s+(?:đầu|cuối))"
    r"(?:\s+năm\s+\d{4}|\s*/\s*\d{4}|\s+năm\s+nay)?|"
    # "4 lớp tập huấn/quý": how often, no part of what is counted
    r"(?<=\w)(?<!lần)/\s*(?:năm|quý|tháng)|"
    # "… nhưng tỉnh vẫn cần nỗ lực hơn nữa để đạt mục tiêu 100%": a purpose, no measure
    r"^[^,;]*\bđể\s+đạt(?:\s+được)?\s+(?:mục|chỉ)\s+tiêu)"
    r"\b)+$",
    CASE,
)


_INTRO = re.compile(
    # ("Để hoàn thành mục tiêu đến năm 2025, số người …": the purpose said first)
    r"^(?:(?:về|trong|đối\s+với|với|để)\s+[^,]{1,60},|(?:bên\s+cạnh\s+đó|đặc\s+biệt|theo\s+kế\s+hoạch|"
    r"ngoài\s+ra|theo\s+đó|cụ\s+thể|đồng\s+thời|mặt\s+khác)\s*,?)\s*",
    CASE,
)
#: the words that set the aim ("Xã phấn đấu X", "đặt mục tiêu X"): what follows is X
_AIM_MARKER = re.compile(
    r"\b(?:(?:đặt|đề|giao)\s+(?:ra\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)|phấn\s+đấu(?:\s+đạt)?|mục\s+tiêu(?:\s+\w+){0,3}\s+là|"
    # ("Lào Cai cũng mục tiêu đưa giá trị … gấp 15 lần GRDP": the aim, its verb said)
    r"mục\s+tiêu\s+(?:đưa|nâng)|"
    # ("Đáng chú ý là mục tiêu tăng tổng thu …": the rise aimed at, its verb kept)
    r"mục\s+tiêu(?=\s+(?:tăng|giảm)\s)|"
    rf"hướng\s+tới(?:\s+mục\s+tiêu)?|{lx.NOT_MET}yêu\s+cầu|"
    r"(?:phải|cần)(?=\s+(?:đưa|nâng)\b)|"
    # "trong đó có chỉ tiêu tăng trưởng đạt 2 con số": what the target is of follows
    r"\bcó\s+(?:các\s+)?chỉ\s+tiêu|"
    # "… đóng góp vào mục tiêu tăng trưởng GRDP …", "Với mục tiêu GRDP tăng 10,5% …"
    r"(?:vào|với)\s+mục\s+tiêu|"
    # "… thực hiện các giải pháp thúc đẩy tăng trưởng kinh tế, phấn đấu đạt trên 10%": what
    # is urged on
    r"thúc\s+đẩy|"
    # "… đề ra 20 chỉ tiêu cụ thể về kinh tế - xã hội như X …": the targets set, then X
    r"(?:chỉ|mục)\s+tiêu\b[^,;:]{0,60}?\snhư\s*:?|"
    # "… với một số chỉ tiêu chủ yếu thu ngân sách tăng …": the main targets, then X
    r"(?:chỉ|mục)\s+tiêu\s+(?:chủ\s+yếu|cụ\s+thể)(?:\s+(?:sau|là|gồm))?\s*:?|"
    # "tăng khả năng tiếp cận …, tăng số lượng điểm … lên …": the clause that names the rise
    r",(?=\s+(?:tăng|nâng)\s+(?:số\s+lượng|tỷ\s+lệ|tổng\s+số|mức\s+độ)\b))\s+",
    CASE,
)
NOT_A_COUNT = re.compile(
    r"\s*(?:mức\s+độ\s+hài\s+lòng|mức\s+hài\s+lòng|sự\s+hài\s+lòng|chỉ\s+số|điểm)\b", CASE
)
"""A measure that counts nothing a share could be taken of (satisfaction, an index, a score):
after "trong đó" it measures a part, a breakdown."""
#: a rate said before what it is of ("tốc độ tăng trưởng bình quân về số lượng …"; a measure
#: word first is kept whole anyway)
_OF_WHAT = re.compile(r"\btốc\s+độ\b[^,;:]*\bvề\s+$", CASE)
MEASURE_HEAD = re.compile(
    # not "mức độ 4", a level of online service
    # ("tỷ suất sinh thô", a rate per mille, and "tỉ lệ" as some write it)
    r"\b(?:t[ỷỉ]\s+(?:lệ|suất)|mức\s+độ|chỉ\s+số|t[ỷỉ]\s+trọng|số\s+lượng|thời\s+gian|chi\s+phí|"
    r"mức)\b"
    r"(?!\s+(?:độ\s+)?\d)",
    CASE,
)


def without_aim(before: str) -> str:
    """What follows the last words that set the aim ("Xã phấn đấu X", "đặt mục tiêu X"): X,
    when anything is left of it."""
    # (the last that leaves a measure: "… giải pháp thúc đẩy tăng trưởng kinh tế, phấn đấu đạt
    # trên 10%" leaves nothing after "phấn đấu đạt", the growth after "thúc đẩy")
    for marker in reversed(list(_AIM_MARKER.finditer(before))):
        if clean(before[marker.end() :]):
            return before[marker.end() :]
    return before


#: the target named after a result, before its own figure ("… 85% hồ sơ được số hóa, mục
#: tiêu đến cuối năm là 100%"): no part of what either measures
_TARGET_AFTER_COMMA = re.compile(
    r",\s*(?:còn\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)(?:\s+(?:đề\s+ra|đặt\s+ra))?\s+"
    r"(?:(?:đến|tới|trong|vào|năm|cuối|hết)\b[^,;]*?\s+)?(?:là|đạt)\s*$",
    CASE,
)


def measured(before: str) -> str:
    """The measured phrase of a figure written after it ("… đặt mục tiêu tỷ lệ X đạt 85%")."""
    before = _INTRO.sub("", _TARGET_AFTER_COMMA.sub("", before))
    opened = before.rfind("(")
    if opened >= 0 and ")" not in before[opened:] and len(clean(before[opened + 1 :]).split()) > 2:
        before = before[opened + 1 :]  # "… bảo đảm chất lượng (X đạt tỷ lệ 30% …)": X
    before = without_aim(before)
    head = MEASURE_HEAD.search(before)
    # "… mức độ 4 đạt tỷ lệ 30%": a bare "tỷ lệ" last names no measure of its own
    # (not what a measure named before it is of: "tốc độ tăng trưởng bình quân về số lượng …";
    # "Chỉ tiêu năm 2026 về tỷ lệ …" names none)
    if (
        head
        and head.start() > 0
        and clean(before[head.end() :])
        and not _OF_WHAT.search(before, 0, head.start())
    ):
        before = before[head.start() :]
    return clean(before)


_REFERENCE_TAIL = re.compile(
    r"\s+theo\s+(?:lộ\s+trình|(?:kế\s+hoạch|nghị\s+quyết|quyết\s+định|chỉ\s+thị|thông\s+tư|"
    r"công\s+văn|thông\s+báo)\s+(?:số\s+)?\d|(?:phương\s+án|đề\s+án|kế\s+hoạch)\s+(?:đã\s+)?được\b)"
    r".*$|,\s*ưu\s+tiên\b.*$|"
    # ("… điều kiện kinh doanh theo 14 Quyết định của Thủ tướng": the decisions that list them)
    r"\s+theo\s+\d+\s+(?:quyết\s+định|nghị\s+quyết|văn\s+bản|thông\s+tư|nghị\s+định)\b.*$|"
    # ("… theo các Nghị quyết của Đảng, Quốc hội đề ra": the texts that set it)
    r"\s+theo\s+(?:các\s+)?(?:nghị\s+quyết|quyết\s+định|chỉ\s+thị|kế\s+hoạch|chương\s+trình)\s+"
    r"(?:của|đã|đề\s+ra)\b.*$|"
    # "… theo đúng chỉ đạo của …", a closing "… theo quy định": whose word it is, not what
    r"\s+theo\s+(?:đúng\s+)?(?:sự\s+)?chỉ\s+đạo\b.*$|"
    r"\s+theo\s+quy\s+định\s+tại\s+(?:các\s+)?(?:nghị\s+định|quyết\s+định|thông\s+tư|luật|nghị\s+quyết|"
    # ("… theo quy định tại khoản 1, Điều 22, Nghị định 118/2025/NĐ-CP")
    r"khoản|điểm|điều|phụ\s+lục)"
    r"\b.*$|"
    r"\s+theo\s+quy\s+định(?:\s+hiện\s+hành|\s+của\s+(?:Chính\s+phủ|pháp\s+luật|Bộ\s+[^,;.]{1,40}))?"
    r"[\s.;,:]*$|"
    # "… so với năm 2024", "so với quy định hiện hành": the baseline of a change, not its phrase
    r"\s+so\s+với\s+(?:năm|cùng\s+kỳ|quy\s+định|hiện|trước|giai\s+đoạn|kỳ|mức|thời\s+điểm)\b.*$",
    CASE,
)


#: a document cited inside a phrase, what is said of the measure after it ("nhiệm vụ theo Nghị
#: quyết số 57-NQ/TW năm 2024 được triển khai …")
_REFERENCE_INSIDE = re.compile(
    rf"\s+theo\s+{lx.DOCUMENT_KIND}\s+(?:số\s+)?\d[\w/.-]*(?:\s+(?:ngày\s+[\d/.-]+|năm\s+\d{{4}}))*"
    r"(?:\s+của\s+[^,;]*?)?(?=\s+(?:được|phải|đạt|có)\b)",
    CASE,
)


#: the day and the author of a document cited at a phrase's end ("… theo Văn bản số
#: 4735/TCT ngày 20/10/2025 của Tổ công tác …"): the number names it
_CITED_DAY_TAIL = re.compile(
    r"(?<=[\dA-ZĐa-zđ&])\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d"
    r"(?:\s+của\s+[^,;.()]*)?$"
)


def clean(phrase: str) -> str:
    phrase = _REFERENCE_INSIDE.sub("", lx.EXCLUSION.sub("", phrase))
    if (cited := _CITED_DAY_TAIL.search(phrase)) and lx.DOCUMENT_NUMBER.search(
        phrase, 0, cited.start()
    ):
        phrase = phrase[: cited.start()]
    phrase = _TIER_IN_BRACKETS.sub("", phrase)  # "… được tiếp nhận (cấp tỉnh)": its level
    phrase = _TIME_IN_BRACKETS.sub("", phrase)  # "… (hoàn thành trong quý I)": when, read apart
    phrase = _REFERENCE_TAIL.sub("", phrase)
    phrase = re.sub(rf"\d{{{MAX_DIGITS + 1},}}", " ", phrase)  # codes or noise, not words
    # ("… phải được số hóa", "100% xã phải hoàn thành …": what is to be, without the duty)
    phrase = _DUTY_BEFORE_VERB.sub("", phrase)
    # (nor a grade and those above it, "xếp loại Khá trở lên", or a score, "… đạt điểm Chỉ
    # số CCHC từ 85 điểm trở lên")
    phrase = re.sub(
        rf"\b(?<!khá\s)(?<!tốt\s)(?<!sắc\s)(?<!vụ\s)(?<!bình\s)(?<!điểm\s){lx.ABOVE_A_FIGURE}\b",
        "",
        phrase,
        flags=CASE,
    )
    phrase = re.sub(r"\s{2,}", " ", phrase)
    for _ in range(3):
        phrase = _LEADING_NOISE.sub("", phrase)
        phrase = _TRAILING_NOISE.sub("", phrase)
    closed = re.search(r'"[^"]+"[\s,;:.]*$', phrase)  # ('… đạt chuẩn "Xã thông minh"': a name)
    phrase = phrase.strip(' ,;:.-–(“”"').lstrip(")")
    if closed and phrase.count('"') % 2:
        phrase += '"'
    while phrase.endswith(")") and phrase.count(")") > phrase.count("("):
        phrase = phrase[:-1].rstrip(" ,;:.-–(")
    return phrase.strip()


_LIST_TAIL = re.compile(
    r"\s+(?:năm\s+\d{4}|đều|lần\s+lượt|tương\s+ứng|ở\s+mức|so\s+với|ít\s+nhất|tối\s+thiểu|không\s+thấp)\b.*$",
    CASE,
)


def per_index(phrase: str) -> list[tuple[str, tuple[str, ...]]]:
    """A ranked phrase that lists several indices, one per index ("các chỉ số như Chỉ số PAR
    Index, Chỉ số DTI và Chỉ số PCI phấn đấu thuộc nhóm 5 …"), each with its notes."""
    first = lx.INDEX_NAME.search(phrase)
    if first is None:
        return [(phrase, ())]
    # "thứ hạng các Chỉ số: PAR INDEX, SIPAS": the names listed after the colon
    listed = re.match(r"chỉ\s+số\s*:\s*", phrase[first.start() :], CASE)
    start = first.start() + (listed.end() if listed else 0)
    names = lx.INDEX_CUT.split(phrase[start:])
    if len(names) < 2:
        return [(_LIST_TAIL.sub("", phrase), ())]
    head = phrase[: first.start()]
    # "thứ hạng các chỉ số: PAR Index, SIPAS": the rank of each
    lead = "thứ hạng " if re.search(r"\b(?:thứ|xếp)\s+hạng\b", head, CASE) else ""
    # "…, PCI năm 2024 đều …", "…, DTI ở mức cao": what the list's last name is said to do
    names[-1] = _LIST_TAIL.sub("", names[-1])
    owner = re.search(r"\s+(?:của|trong)\s+[^,()]+$", names[-1])
    shared = owner.group(0) if owner else ""
    cleaned = [clean(name) for name in names]
    cleaned = [name + ")" * (name.count("(") - name.count(")")) for name in cleaned]
    note = ("one target per index named",)
    return [
        (f"{lead}{name}{shared if not name.endswith(shared.strip()) else ''}", note)
        for name in cleaned
    ]


def per_object(phrase: str) -> list[tuple[str, tuple[str, ...]]]:
    """A satisfaction over several objects joined by "và", one per object ("hài lòng … đối với
    sự phục vụ của cơ quan hành chính và các dịch vụ y tế, giáo dục"), each with its notes."""
    m = lx.SATISFACTION_OVER.match(phrase)
    if m is None or not re.search(r"\svà\s", m["objects"]):
        return [(phrase, ())]
    objects = [o for o in lx.OBJECT_CUT.split(m["objects"]) if o]
    if any(len(o.split()) > 12 for o in objects):
        return [(phrase, ())]
    note = ("several objects share one figure: one target per object",)
    return [(f"{m['head']} {o}", note) for o in objects]


PREDICATE = re.compile(
    r"\b(?:được|có|đạt|thực\s+hiện|sử\s+dụng|kết\s+nối|xây\s+dựng|nâng\s+cấp|áp\s+dụng|"
    r"tham\s+gia|tích\s+hợp|cung\s+cấp|xử\s+lý|giải\s+quyết|tiếp\s+cận|truy\s+cập|sở\s+hữu|"
    r"triển\s+khai|ứng\s+dụng|hoàn\s+thành|công\s+khai|chấp\s+nhận)\b",
    CASE,
)
#: a duty said before a predicate ("phải được", "phải hoàn thành", "sẽ có"): no part of
#: what is measured
_DUTY_BEFORE_VERB = re.compile(rf"\b(?:sẽ|phải|cần)\s+(?={PREDICATE.pattern})", CASE)


_NEW_CLAUSE = re.compile(
    r",\s+(?:người\s+dân|người\s+dùng|minh\s+bạch|hiệu\s+quả|đồng\s+thời|góp\s+phần|nhằm|tạo|"
    r"bảo\s+đảm|đảm\s+bảo|khi|giúp|ưu\s+tiên|phổ\s+cập|thúc\s+đẩy|đẩy\s+mạnh|tăng\s+cường|"
    r"tập\s+trung\s+vào|không\s+(?:có|để)|"
    # "…, nhất là trong các lĩnh vực …", "…, thay thế văn bản giấy": what it stresses or
    # replaces, no part of the measure
    r"nhất\s+là|đặc\s+biệt\s+là|thay\s+thế|thay\s+cho)\b|"
    r"\s+theo\s+lộ\s+trình\b",
    CASE,
)
_PURPOSE_CLAUSE = re.compile(r",\s+(?:góp\s+phần|nhằm|đáp\s+ứng|để)\b", CASE)
_LEVEL_IN_PHRASE = re.compile(
    rf"\s*\b(?:(?:ở|tại|của)\s+(?:các\s+)?(?:cấp\s+{lx.TIER}|(?:3|ba)\s+cấp(?:\s+chính\s+quyền)?)|"
    # ("100% hồ sơ cấp tỉnh, cấp huyện và 85% cấp xã được …": tiers listed with no word
    # before, and a tier alone before what is done)
    rf"cấp\s+{lx.TIER}(?=\s*(?:,|và)\s*cấp\s+{lx.TIER}\b)|"
    rf"^\s*cấp\s+{lx.TIER}(?=\s+(?:{PREDICATE.pattern})))"
    rf"(?:\s*(?:,|và)\s*(?:cấp\s+)?{lx.TIER}\b)*(?:\s*(?:,|và))?",
    CASE,
)
_TIER_IN_BRACKETS = re.compile(rf"\s*\(\s*cấp\s+{lx.TIER}\s*\)", CASE)
_TIME_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:hoàn\s+thành\s+)?(?:trong|trước|vào|đến|chậm\s+nhất)\s+"
    r"(?:ngày|tháng|quý|năm|hết|cuối)\b[^()]{0,40}\)",
    CASE,
)


def without_levels(phrase: str) -> tuple[str, bool]:
    """A phrase without the levels it names ("hồ sơ công việc tại cấp tỉnh, cấp huyện"),
    and whether what is left starts with its predicate (its subject is the figure's before)."""
    stripped = _LEVEL_IN_PHRASE.sub(" ", phrase)
    stripped = re.sub(r"\s{2,}", " ", stripped).strip(" ,")
    if stripped == phrase.strip():
        return phrase, False
    return stripped, not stripped or bool(PREDICATE.match(stripped))


def to_first_clause(phrase: str) -> str:
    """A figure's phrase up to the first comma after its predicate ("… được xử lý, người dân …")."""
    verb = PREDICATE.search(phrase)
    if verb:
        cut = _NEW_CLAUSE.search(phrase, verb.end())
        if cut:
            return phrase[: cut.start()]
    # "… hài lòng, góp phần nâng cao …", "…, đáp ứng yêu cầu …": why, whatever came before
    purpose = _PURPOSE_CLAUSE.search(phrase)
    return phrase[: purpose.start()] if purpose else phrase

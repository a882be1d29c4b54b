"""Reading targets out of one sentence or list item, given the lead in force.

Each *anchor* is where a target shows itself: a percentage ("85%", "từ 30% đến 50%"),
"toàn bộ" / "tất cả" (100 %), a rank ("1 trong 5 đơn vị dẫn đầu", "tốp đầu", "tăng 3
bậc", "giữ vững vị trí"), an ordinal band ("xếp loại tốt trở lên"), a count after a
verb of delivery ("hoàn thành 11 cơ sở dữ liệu", "có thêm 2 đơn vị … trở lên"), days
("không quá 5 ngày"), points ("đạt 85 điểm trở lên"), or a task with a deadline
("Hoàn tất … trước 30/6/2025"). Around each anchor the rules read the operator, the
measured phrase, the scope level, the aspiration, the period, the deadline, the
recurrence, the exclusions and a "trong đó" base. A clause that reports a result
("đã đạt 96,6%", "theo báo cáo …", "xếp thứ 34/63") gives no target.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from datetime import date
from fractions import Fraction
from typing import NamedTuple, TypeVar

import attrs

from ..model.jurisdictions import REFORM_2025
from . import lexicon as lx
from . import phrases as ph
from .numbers import (
    MAX_DIGITS,
    NUMBER,
    NUMBER_OR_WORD,
    SHARES,
    decimal_text,
    parse_number,
    percent_text,
)
from .timing import deadlines_in, period_end, periods_in, recurrence_in, task_quarters_in

T = TypeVar("T")

__all__ = [
    "Context",
    "Reading",
    "context_of",
    "group_to_meet",
    "in_group",
    "not_in_group",
    "part_phrase",
    "read_piece",
    "task_set_out",
    "within_reading",
]

CASE = re.IGNORECASE
_PERCENT = re.compile(lx.PERCENT, CASE)
_BETWEEN = re.compile(lx.BETWEEN, CASE)
_ANCHORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("between", _BETWEEN),
    ("rank_improve", re.compile(lx.RANK_IMPROVE, CASE)),
    ("rank_top", re.compile(lx.RANK_TOP, CASE)),
    ("rank_keep", re.compile(lx.RANK_KEEP, CASE)),
    ("rank_improve", re.compile(lx.RANK_RAISED, CASE)),
    ("rank_position", re.compile(lx.RANK_POSITION, CASE)),
    ("ordinal", re.compile(lx.ORDINAL, CASE)),
    ("frequency", re.compile(lx.FREQUENCY, CASE)),
    ("per_people", re.compile(lx.PER_PEOPLE, CASE)),
    ("percent", _PERCENT),
    ("duration", re.compile(lx.DURATION, CASE)),
    ("points", re.compile(lx.POINTS, CASE)),
    ("count", re.compile(lx.COUNT, CASE)),
    ("count", re.compile(lx.COUNT_AT_UNITS, CASE)),
    ("amount", re.compile(lx.REACHED_AMOUNT, CASE)),
    ("ratio", re.compile(lx.RATIO, CASE)),
    ("total", re.compile(lx.TOTAL, CASE)),
    ("none_left", re.compile(lx.NONE_LEFT, CASE)),
    ("no_fall", re.compile(lx.NO_FALL, CASE)),
    ("rise", re.compile(lx.RISE_OVER, CASE)),
    ("count", re.compile(lx.COUNT_FLOOR, CASE)),
    ("count", re.compile(lx.COUNT_ABOVE, CASE)),
)
_COUNT_MORE = re.compile(lx.COUNT_MORE, CASE)
#: a year said relatively ("năm nay", "năm tới")
_YEAR_SAID_RELATIVELY = r"năm\s+(?:nay|tới|sau)\b"
#: a year named to open a clause ("năm 2025", "năm nay"; not a span, "năm 2021 - 2025")
_ANOTHER_YEAR = rf"(?:năm\s+(?:19|20)\d\d\b(?!\s*[-–])|{_YEAR_SAID_RELATIVELY})"
_CLAUSE_CUT = re.compile(
    rf";|{lx.WITHIN}|,\s+(?=(?:đưa|nâng|bảo\s+đảm|đảm\s+bảo|trong\s+khi|còn|đồng\s+thời|"
    # "…, đến nay đã giảm 12%": what was done, after what was asked
    r"(?:đến|tính\s+đến)\s+nay|hiện\s+nay|tuy\s+nhiên|nhưng|song)\b|"
    # "Năm 2024, … xếp thứ 8/63, năm 2025 tỉnh phấn đấu …", "năm 2025 tỉnh đạt 85% … và năm
    # nay đặt mục tiêu 90%": another year's clause
    rf"{_ANOTHER_YEAR}|(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)\s+{_ANOTHER_YEAR}|"
    # "… đạt 60% trở lên, phấn đấu đến năm 2030 đạt 100%": a later aim, with its own time
    # (or its year alone: "…, phấn đấu năm 2026 đạt trên 88 điểm")
    r"phấn\s+đấu\s+(?:(?:đến|tới|vào|trong)\s+)?(?:(?:hết|cuối)\s+)?năm\s+(?:19|20)\d\d)|"
    rf"\s+và\s+(?={_ANOTHER_YEAR})|"
    # "Mặc dù đạt trên 90% nhưng …": what is conceded, then what is said
    r"(?<=%)\s+(?=nhưng\b)",
    CASE,
)
_RELATIVE_YEAR = re.compile(rf"\b{_YEAR_SAID_RELATIVELY}", CASE)
#: "cấp xã", "ở cấp tỉnh", "đối với cấp huyện": a tier named, as a pattern (the tier its group)
# ("riêng ở cấp xã", "còn cấp xã": a tier set apart from the one before)
_AT_TIER = r"(?:(?:riêng|còn)\s+)?(?:(?:ở|tại|đối\s+với)\s+)?cấp\s+(tỉnh|huyện|xã)"
#: the units of a tier or the agencies ("tại UBND cấp huyện", "của các sở, ban, ngành")
_AT_UNITS = (
    r"(?:(?:riêng|còn)\s+)?(?:(?:ở|tại|đối\s+với|của)\s+)?(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+)?"
    rf"(?:các\s+)?(?:cấp\s+(?:tỉnh|huyện|xã)|sở,\s*ban,\s*ngành|"
    rf"{lx.UNITS_OF_A_TIER}(?:\s*,\s*{lx.UNITS_OF_A_TIER})*)"
)
_UNITS_OR_AGENCIES = re.compile(_AT_UNITS, CASE)
_NEXT_TIER_OPENS = re.compile(
    rf"(?:[,;]\s*|\s+)(?:và\s+)?(?:{_AT_TIER}|{_AT_UNITS}[^,;%\d]{{0,40}}?)\s+(?:đạt|là)\b[^,;]*$",
    CASE,
)
"""The tier or the units that open the next figure's item, after the figure before ("…, ở cấp
xã đạt", "…, tại UBND cấp huyện đạt")."""
_TIER_AT_END = re.compile(rf"\s*{_AT_TIER}$", CASE)
_TIER_NAMED = re.compile(_AT_TIER, CASE)
"""A phrase that is only a tier ("cấp xã", "tại cấp huyện")."""
_TIER = {
    "trung ương": "ministry",
    "bộ": "ministry",
    "tỉnh": "province",
    "huyện": "district",
    "xã": "commune",
}
#: the tier word a unit's own word stands for ("phường" is a xã's peer, "quận" a huyện's)
_PEER = {"phường": "xã", "quận": "huyện"}


def _tier_named(word: str) -> str:
    """The tier a unit's word names: "xã", "phường" commune, "huyện", "quận" district …"""
    word = word.lower()
    return _TIER[_PEER.get(word, word)]


@attrs.frozen
class Context:
    """What a lead carries to the pieces after it."""

    aspirational: bool | None = None
    committed: bool = False
    reporting: bool = False
    criteria: bool = False
    planned: bool = False
    tasks: bool = False
    period: str | None = None
    deadline: date | None = None
    recurrence: str | None = None
    levels: tuple[str, ...] = ()
    change: str | None = None
    issuer_level: str | None = None
    counts: bool = False
    stated: bool = False
    measure: str | None = None
    year: int | None = None  # the document's: a date written without its year takes it
    period_said_before: bool = False  # the period is one a sentence before stated, no lead's


@attrs.frozen
class Reading:
    """One target read from text, in the words of the extraction corpus.

    Attributes:
        phrase: The measured noun phrase, taken from the text.
        op: ``>=``, ``>``, ``<=``, ``<``, ``between``, ``change_increase``,
            ``change_decrease``, ``change_above`` (a rise of more than ``value``),
            ``rank_top``, ``rank_improve``, ``rank_keep``, ``ordinal_at_least`` or ``yes`` (a
            task done by its deadline).
        value: A decimal string (a fraction, ``"100/3"``, for "một phần ba"), ``"a..b"``
            for a range, the band of an ordinal; ``""`` where the text states no figure (a
            task, a rank kept, a rise in rank of no stated size, an open top group).
        unit: ``percent``, ``count``, ``rank``, ``level``, ``points``, ``days``, ``hours``,
            ``minutes``, ``none``; ``percentage_points`` for a share's rise by so much of its
            whole ("tăng 10 điểm phần trăm"), where ``percent`` of a change is relative.
        level: Where it is measured: ``self``, ``province``, ``district``, ``commune``
            (pooled), ``each_…``, ``agency``.
        aspirational: Whether "phấn đấu" or a peer marks it.
        deadline: The date it is due, when stated.
        period: Its own period ("2025", "2021-2025", "2025-H2"), when stated.
        recurrence: ``yearly``, ``half_yearly``, ``quarterly``, ``monthly`` or none.
        exclusions: The "trừ …" clauses.
        base: For a figure after "trong đó", the phrase of the figure before it.
        breakdown: Whether that figure is the same measure for a part of what the base
            covers ("mức độ hài lòng …, trong đó mức độ hài lòng về lĩnh vực đất đai …")
            rather than a sub-quota, a share of what the base counts.
        span: Where the anchor is, in the document.
        notes: Which reading was chosen where the text allowed another.
        of_units: Whether the figure is a share of units at a level ("50% số huyện …"),
            each of which either meets the phrase or not; its ``level`` is the tier pooled
            below 100 % ("district") and each unit at 100 % ("each_district"), and
            "100% cơ quan, đơn vị …" is ``each_agency``.
        against: For a change, the year it is measured against when the text names one
            ("giảm 30% … so với năm 2024": ``"2024"``); none for the period before.
        at_least: For one of the parts of "ít nhất 2 trong 3 chỉ số A, B, C …": how many
            of the parts are to be met and where the group is said (a document offset,
            the same for every part of one group); none otherwise.
    """

    phrase: str
    op: str
    value: str
    unit: str
    level: str = "self"
    aspirational: bool = False
    deadline: date | None = None
    period: str | None = None
    recurrence: str | None = None
    exclusions: tuple[str, ...] = ()
    base: str | None = None
    span: tuple[int, int] = (0, 0)
    notes: tuple[str, ...] = ()
    of_units: bool = False
    breakdown: bool = False
    against: str | None = None
    at_least: tuple[int, int] | None = None


@attrs.frozen
class _Anchor:
    kind: str
    start: int
    end: int
    match: re.Match[str]


def _aspiration(text: str) -> bool | None:
    """True after "phấn đấu" (unless "bảo đảm" or "phải" follows it), False where the piece
    opens with a binding word ("- Bảo đảm 100% …", even under a lead that strives: it is
    mandatory), None when unmarked."""
    marks = list(lx.ASPIRATION.finditer(text))
    if not marks:
        return False if _BINDING_OPENS.match(text) else None
    return not lx.BINDING.search(text, marks[-1].end())


#: a piece that opens with a binding word, after its number or an opening clause
_BINDING_OPENS = re.compile(rf"^[\W\d]*(?:[^,;:]{{0,60}},\s*)?(?:{lx.BINDING.pattern})", CASE)


def _levels(text: str) -> tuple[str, ...]:
    matched: list[tuple[int, int, tuple[str, ...]]] = []
    for pattern, levels in lx.LEVEL_WORDS:
        for m in pattern.finditer(text):
            matched.append((m.start(), m.end(), levels))
    # "UBND cấp xã" names the committees, not also the tier its "cấp xã" names alone: a match
    # inside a wider one is dropped (one sweep, the widest reaching furthest kept in hand)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    widest = (-1, -1)
    for start, end, levels in sorted(matched, key=lambda m: (m[0], -m[1])):
        if end <= widest[1] and (start, end) != widest:
            continue
        if end > widest[1]:
            widest = (start, end)
        found.append((start, end, levels))
    out: list[str] = []
    for position, end, levels in found:
        if levels in (("listed",), ("tiers",)) and _SYSTEM_BEFORE.search(
            text, max(0, position - 120), position
        ):
            continue  # "… trên Hệ thống thông tin giải quyết TTHC cấp tỉnh, huyện": a system's name
        if levels == ("listed",):
            listed = re.findall(r"\b(trung\s+ương|tỉnh|huyện|xã)\b", text[position:end], CASE)
            levels = tuple(_TIER[re.sub(r"\s+", " ", word.lower())] for word in listed)
        elif levels == ("tiers",):
            named = re.match(r"(?:\S+\s+)+?cấp\s+(.*)", text[position:], CASE)
            tiers = re.findall(r"\b(bộ|tỉnh|huyện|xã)\b", named.group(1) if named else "", CASE)
            levels = tuple(_TIER[word.lower()] for word in tiers)
        out.extend(level for level in levels if level not in out)
    # "tại cấp tỉnh, cấp huyện": a level listed after the first without its preposition
    for extra, level in (
        ("cấp huyện", "district"),
        ("cấp xã", "commune"),
        ("cấp tỉnh", "province"),
    ):
        if out and level not in out and re.search(rf",\s*{extra}\b|\bvà\s+{extra}\b", text, CASE):
            out.append(level)
    return tuple(out)


#: a system named right before the tiers it serves ("Hệ thống thông tin giải quyết TTHC cấp
#: tỉnh, cấp huyện", "Cổng dịch vụ công cấp bộ, cấp tỉnh"): its name, no scope
_SYSTEM_BEFORE = re.compile(
    r"\b(?:hệ\s+thống|cổng|phần\s+mềm|nền\s+tảng)\b[^,;.%\d]{0,80}?\s$", CASE
)
#: a forecast in brackets, up to its figure ("(dự kiến trên 60%)", "(ước đạt 85%)")
_FORECAST_IN_BRACKETS = re.compile(
    r"\(\s*(?:dự\s+kiến|ước(?:\s+(?:tính|đạt))?)\b[^()]{0,20}$", CASE
)
#: a cut against what the rules allow ("… giảm một nửa so với quy định"), which a plan sets
_AGAINST_THE_RULE = re.compile(r"[^,;.]{0,30}?\bso\s+với\s+quy\s+định\b", CASE)
#: a measure of time ("Thời gian chờ đợi …") or work timed ("Giải quyết hồ sơ …"), which
#: "trong vòng" bounds
_A_TIME = re.compile(r"\W*(?:(?:tổng\s+)?thời\s+gian|giải\s+quyết|xử\s+lý|trả\s+kết\s+quả)\b", CASE)
_POOLED_TIERS = ("province", "district", "commune")
_TIER_WORD = rf"(?:cấp\s+)?{lx.TIER}"
#: a qualifier alone, of what the figure before "trong đó" counts
_QUALIFIER_ONLY = re.compile(r"(?:là\s+)?(?:toàn\s+trình|một\s+phần|trực\s+tuyến)", CASE)
#: a field alone ("…, trong đó lĩnh vực đất đai đạt tối thiểu 90%"): the base measure in it
_FIELD_ONLY = re.compile(
    r"(?:(?:trong|đối\s+với|ở|tại)\s+)?(?:các\s+)?(?P<field>lĩnh\s+vực\s[^;.%\d]{1,60})", CASE
)
#: within a province's bounds ("trong phạm vi cấp tỉnh"), in a province's plan its own
_WITHIN_A_PROVINCE = re.compile(r"\bphạm\s+vi\s+(?:cấp\s+tỉnh|toàn\s+tỉnh|tỉnh)\b", CASE)
#: the whole country named ("GDP", "cả nước", "toàn quốc", "(người dân) tại Việt Nam")
_NATIONWIDE = re.compile(r"(?-i:\bGDP\b)|\b(?:cả\s+nước|toàn\s+quốc|Việt\s+Nam)\b", CASE)
#: "… ở cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 100%, 90% và 70%": each figure its tier's
#: (the measure is what stands before, back to the clause's start: found from the tiers,
#: so that the search stays linear)
_RESPECTIVELY = re.compile(
    # ("Tỷ lệ … cấp tỉnh, cấp xã lần lượt đạt 90% và 70%": the tiers named without a preposition)
    rf"(?<=\s)(?:(?:ở|tại|của|đối\s+với)\s+)?(?:các\s+)?"
    rf"(?P<tiers>{_TIER_WORD}(?:\s*(?:,|và)\s*{_TIER_WORD})+)\s*,?\s+"
    r"(?:lần\s+lượt|tương\s+ứng)\s+(?:(?:là|đạt|ở\s+mức)\s+)?(?:(?:tối\s+thiểu|ít\s+nhất)\s+)?"
    r"(?P<figures>[\d,.]+\s*%(?:\s*(?:,|và)\s*[\d,.]+\s*%)+)",
    CASE,
)
_CUT_OR_RISE_BEFORE = re.compile(
    rf"(?:{lx.DECREASE.pattern}|\btăng)(?:\s+(?:thêm|ít\s+nhất|tối\s+thiểu|khoảng))*\s*$",
    CASE,
)
# "kinh tế số chiếm (tỷ trọng) …", "kinh tế số đóng góp 20% GRDP"
_TAKES_UP = r"\b(?:chiếm(?:\s+(?:tỷ\s+trọng|tỷ\s+lệ))?|đạt\s+tỷ\s+trọng|đóng\s+góp(?:\s+vào)?)"
_SAYS_SO = re.compile(
    r"\b(?:để|là|cho\s+biết|xác\s+định|yêu\s+cầu|nêu\s+rõ|đề\s+ra|chỉ\s+đạo|nhấn\s+mạnh|"
    r"khẳng\s+định|đặt\s+(?:ra\s+)?mục\s+tiêu|mục\s+tiêu(?:\s+là)?)\s*$",
    CASE,
)
#: between a figure and the next, what the next measures with the verb before left out
#: (", thanh toán trực tuyến ", ", của huyện ", ", trước hạn ")
_ELLIPSIS = re.compile(r"\s*(?:,|;|\svà)\s*(?:[^\s,;.%\d][^,;.%\d]{0,60}?\s+)?(?:là\s+)?", CASE)
#: "… 100% tại cấp tỉnh, cấp huyện và 90% …": only the tiers of a figure before the next
_TIER_THEN_FIGURE = re.compile(rf"\s*{lx.TIERS_NAMED}\s*(?:,|;|và)\s*(?:(?:tại|ở)\s+)?", CASE)
#: a population a share is taken of ("dân số", "dân số trưởng thành"; "tổng số dân" is a whole
#: as any "tổng số …" is)
_POPULATION = re.compile(
    r"(?:dân\s+số|số\s+dân)(?:\s+(?:trưởng\s+thành|trong\s+độ\s+tuổi(?:\s+\w+){1,2}))?", CASE
)
#: the grade or the place of a measure, named before it ("xếp loại mức độ hoàn thành …")
_GRADE_OF = re.compile(r"(?:kết\s+quả\s+)?(?:xếp\s+loại|xếp\s+hạng)\s+", CASE)
#: the set the indices a list names belong to ("các chỉ số PAR Index, SIPAS …")
_SET_OF_INDICES = re.compile(r"^(?:các\s+)?chỉ\s+số\s+(?=[A-Z])", CASE)
#: indices counted by their names listed after the number ("3 chỉ số PAR Index, SIPAS, …")
_INDICES_NAMED = re.compile(
    rf"\s+chỉ\s+số\s+(?-i:{lx.INDEX_NAME.pattern})[^,;.]{{0,40}},\s*(?-i:{lx.INDEX_NAME.pattern})",
    CASE,
)
# ("Tỷ lệ cắt giảm …", "Tỷ lệ thủ tục hành chính được cắt giảm thời gian …")
_RATE_OF_CUTS = re.compile(
    rf"\bt[ỷỉ]\s+lệ\s+(?:[^\s,;%]+\s+){{0,6}}?(?:được\s+)?(?:{lx.DECREASE.pattern})"
    # (not a rate that falls by the figure: "tỷ lệ hộ nghèo giảm bình quân 1%/năm")
    r"(?!(?:\s+(?:bình\s+quân|trung\s+bình|(?:hằng|hàng|mỗi)\s+năm|ít\s+nhất|tối\s+thiểu|"
    r"khoảng|trên|hơn|từ))*\s*$)|"
    # "Số lượng thủ tục … được cắt giảm, đơn giản hóa đạt ít nhất 20% tổng số …": what was
    # cut, measured, and the share it reaches
    rf"\bđược\s+(?:{lx.DECREASE.pattern})[^;%]{{0,120}}?\bđạt\b",
    CASE,
)
_SHARE_OF_WHOLE = re.compile(
    rf"{_TAKES_UP}(?:\s+(?:tối\s+thiểu|ít\s+nhất|khoảng|trên|hơn|từ))?\s*$", CASE
)
_SHARE_OF_WHOLE_WORDS = re.compile(rf"\s*{_TAKES_UP}\s*$", CASE)
#: a verb that makes the words before a comma a clause of their own ("tỉnh phát triển nhanh,
#: …", "trở thành tỉnh …, …")
_CLAUSE_VERB = re.compile(r"\b(?:trở\s+thành|phát\s+triển)\b", CASE)
#: "tất cả các bộ, ngành, địa phương tập trung hoàn thành …": everyone told to act, no share
_TOLD_ALL = re.compile(
    r"\s+(?:các\s+)?(?:bộ|ngành|địa\s+phương|sở|cơ\s+quan|đơn\s+vị)\b[^.;%]{0,60}?"
    r"\b(?:tập\s+trung|khẩn\s+trương|phải|cần|có\s+trách\s+nhiệm)\b",
    CASE,
)
#: "cả nước có ít nhất 80% số xã …": who has the units, not a measure taken at them
_SUBJECT_HAS = re.compile(r"\b(?:có|đạt|là)\s*$", CASE)


def context_of(text: str, outer: Context | None = None) -> Context:
    """What a lead says about the targets after it, over what its own lead said."""
    outer = outer or Context()
    aspiration = _aspiration(text)
    periods = list(periods_in(text, outer.year))
    deadlines = list(deadlines_in(text, outer.year))
    vision = lx.VISION_YEAR.search(text) if not periods and not deadlines else None
    if vision is not None:  # "Tầm nhìn đến năm 2030:": the year of what it leads
        periods = [(vision.start(), vision["y"])]
    reporting = bool(lx.REPORT_LEAD.search(text)) or (
        outer.reporting and not lx.COMMITMENT.search(text)
    )
    change = None
    if re.search(
        r"(?:cắt\s+giảm|giảm|rút\s+ngắn)(?:\s+(?:ít\s+nhất|tối\s+thiểu))?\s*:?\s*$", text, CASE
    ):
        change = "change_decrease"
    return Context(
        aspirational=outer.aspirational if aspiration is None else aspiration,
        # a report's heading names the targets it reports on ("… các mục tiêu, chỉ tiêu")
        committed=not reporting
        and (
            outer.committed
            or bool(lx.COMMITMENT.search(text))
            # "Năm 2027:" over its items, in a text of 2026: what is to be reached then
            or bool(
                outer.year is not None
                and _time_to_come(text, outer.year)
                and not _FORECAST.search(text)
            )
        ),
        reporting=reporting,
        criteria=bool(lx.CRITERIA_LEAD.search(text)) or (outer.criteria and reporting),
        planned=outer.planned and not reporting,
        tasks=bool(lx.TASK_LIST_LEAD.search(text)),
        period=periods[-1][1] if periods else outer.period,
        deadline=deadlines[-1][1] if deadlines else outer.deadline,
        recurrence=recurrence_in(text) or outer.recurrence,
        levels=_levels(text) or _tier_heading(text) or outer.levels,
        change=change or outer.change,
        issuer_level=outer.issuer_level,
        counts=not reporting and (outer.counts or bool(lx.COUNTED_LEAD.search(text))),
        # "Chỉ tiêu cụ thể:", "Phấn đấu:": a lead that names its items targets
        stated=not reporting and (outer.stated or bool(_TARGET_WORDS.search(text))),
        measure=_measure_of_part(_measure_named(text), outer.measure) or outer.measure,
        year=outer.year,
    )


#: a lead that names only what a measure is taken of ("+ Đối với thủ tục hành chính:")
_OF_WHAT_ONLY = re.compile(r"(?:đối\s+với|về)\s", CASE)


def _measure_of_part(named: str | None, outer: str | None) -> str | None:
    """What a lead names, or, where it names only what the measure of the lead over it is
    taken of ("Phấn đấu tỷ lệ hài lòng:" over "+ Đối với thủ tục hành chính: trên 95%"),
    that measure of it ("tỷ lệ hài lòng đối với thủ tục hành chính")."""
    if named and outer and _OF_WHAT_ONLY.match(named):
        return f"{outer} {named[:1].lower()}{named[1:]}"
    return named


#: a tier alone before its figure ("cấp tỉnh 100%", "ở cấp xã đạt 95%")
_TIER_ONLY = re.compile(rf"(?:(?:ở|tại|đối\s+với)\s+)?cấp\s+(?P<tier>{lx.TIER})", CASE)


#: units of a tier opening a figure's clause, after another figure ("…, các xã, phường đạt")
_UNITS_OPEN = re.compile(
    rf"\s*(?:và\s+)?(?:các\s+)?(?P<units>{lx.UNITS_OF_A_TIER}(?:\s*,\s*{lx.UNITS_OF_A_TIER})*)"
    r"\s+(?:đạt|là)\b",
    CASE,
)


def _units_opening(between: str) -> tuple[str, ...]:
    """The level of the units that open what is said between a figure and the next ("…
    đạt 98%, các xã, phường đạt 90%"): their tier's, as where the figure holds ("tại các
    xã, phường", "của các huyện")."""
    opened = _UNITS_OPEN.match(between, _after_last_comma(between, 0, len(between)))
    return _levels(f"của các {opened['units']}") if opened else ()


def _after_last_comma(text: str, start: int, end: int) -> int:
    """Where what follows the last comma of ``text[start:end]`` begins, a comma between the
    units a group lists not counted ("…, tại các xã, phường đạt"); ``start`` without one."""
    cuts = [
        comma.end()
        for comma in re.finditer(",", text[start:end])
        if not _UNITS_COMMA_AT.match(text, start + comma.start())
    ]
    return start + cuts[-1] if cuts else start


def _levels_before(before: str, context: Context) -> tuple[str, ...]:
    """The levels the words before a figure name, and a tier alone under a lead that names the
    measure ("Tỷ lệ …: cấp tỉnh 100%, cấp xã 95%")."""
    alone = context.measure and _TIER_ONLY.fullmatch(ph.measured(before))
    return _levels(f"tại cấp {alone['tier']}") if alone else _levels(before)


def _tier_heading(lead: str) -> tuple[str, ...]:
    """The tiers a heading names alone ("Cấp xã:", "b) Cấp huyện:"), for the items under it
    (a lead that is only a tier's label, :data:`~cchc_model.text.lexicon.TIER_LABEL`)."""
    m = lx.TIER_LABEL.fullmatch(lx.LIST_MARKER.sub("", lead, count=1).lstrip())
    return _levels(f"tại {m['tiers']}") if m else ()


def _measure_named(lead: str) -> str | None:
    """The measure a lead names for the bare figures after it ("Tỷ lệ hồ sơ trực tuyến:
    năm 2025 đạt 80%, năm 2030 đạt 100%")."""
    named = lead.strip()
    if not named.endswith(":"):
        return None
    # ("Tỷ lệ … như sau:", "…, cụ thể:": the list announced)
    measure = _name_of_measure(
        re.sub(r"[\s,]*(?:cụ\s+thể\s+)?(?:như\s+sau|cụ\s+thể)$", "", named[:-1])
    )
    # "Chỉ tiêu cụ thể:", "Phấn đấu đến năm 2025:", a table's "Nội dung chỉ tiêu:" name no
    # measure (nothing is left of them; "… định danh điện tử mức 2:" names one)
    if (
        len(measure.split()) < 2
        or re.search(r"\d", _NAMED_NUMBERS.sub("", measure))
        or _GENERIC_HEADER.fullmatch(measure)
        or lx.REPORT_LEAD.search(named)  # "Kết quả năm 2025:" heads results, names no measure
        # ("Mục tiêu năm 2026, toàn tỉnh có:": who has what the items count, no measure)
        or re.search(r"\s(?:có|đạt)$", measure, CASE)
    ):
        return None
    return measure


def _name_of_measure(name: str) -> str:
    """A measure named before its figure, cleaned, what is done to what it counts kept ("Số
    thủ tục hành chính được cắt giảm: 20": not only "Số thủ tục hành chính")."""
    phrase = ph.clean(name)
    said = name.strip()
    done_to = said[len(phrase) :] if phrase and said.startswith(phrase) else ""
    return phrase + done_to if re.fullmatch(r"\s+được(?:\s+\w+){1,4}", done_to) else phrase


#: numbers that are part of a name ("mức 2", "mức độ 4", "5G", "3D", "4.0")
_NAMED_NUMBERS = re.compile(r"\bmức(?:\s+độ)?\s+\d\b|\b\d[A-Z]\b|\b\d\.0\b", CASE)
_GENERIC_HEADER = re.compile(
    r"(?:tên|nội\s+dung|nhóm|mô\s+tả)?\s*(?:các\s+)?(?:chỉ\s+tiêu|chỉ\s+số|tiêu\s+chí|kpi)"
    r"(?:\s*/\s*(?:chỉ\s+tiêu|chỉ\s+số))?(?:\s+cụ\s+thể|\s+chủ\s+yếu)?",
    CASE,
)


#: a figure, then where it holds, before "tất cả" ("… dưới 0,5% ở tất cả các cấp"; alone,
#: "Triển khai … tại tất cả các huyện" is every one of them)
_HOLDS_AT_ALL = re.compile(r"\d\s*%[^;.%]*\s(?:ở|tại)\s+$", CASE)
#: the words that ask for what follows ("yêu cầu", "đề nghị", "chỉ đạo")
_DIRECTIVE_ASKS = r"yêu\s+cầu|đề\s+nghị|chỉ\s+đạo"
#: a task's verb and its object, then where it is done, before a share of units
#: ("Triển khai Hệ thống … tại 100% cơ quan, đơn vị", "Áp dụng … ở tối thiểu 80% xã")
#: ("Kiểm tra công tác … tại ít nhất 10 cơ quan", "Thực hiện kiểm tra … đối với 30% cơ quan
#: …": the units are what is inspected)
_DONE_AT = re.compile(
    # ("Chủ tịch UBND tỉnh yêu cầu hoàn thành việc cấp căn cước cho 100% …": who asks it)
    rf"\W*(?:[^,;:%\d]{{0,100}}?\b(?:{_DIRECTIVE_ASKS})\s+)?"
    r"(?:(?:phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|tiếp\s+tục)\s+)?"
    r"(?:(?:thực\s+hiện|tổ\s+chức)\s+(?=kiểm|thanh|giám|khảo))?"
    r"(?P<what>(?:(?P<inspected>kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát)|"
    rf"{lx.TASK_VERB_WORDS}|áp\s+dụng|ứng\s+dụng|kích\s+hoạt|hướng\s+dẫn|hỗ\s+trợ|"
    r"đào\s+tạo|bồi\s+dưỡng)"
    # (or the verb alone, for whom it is done: "Tập huấn cho 100% cán bộ …"; verbs listed:
    # "Đào tạo, bồi dưỡng cho …")
    r"(?:[\s,][^;:%]{3,200}?)?)\s+"
    r"(?P<where>tại|ở|cho|đối\s+với)\s+(?:(?:tối\s+thiểu|ít\s+nhất|trên|hơn)\s+)?",
    CASE,
)


_COMPLETED = re.compile(r"^(?:hoàn\s+thành|hoàn\s+tất)\s+(?:việc\s+)?", CASE)
_USED_BY = re.compile(r"(?:áp|ứng)\s+dụng\b", CASE)


def _done_at(before: str) -> str:
    """What is done at the units a share or a count names, when ``before`` is a task's verb
    and object and where ("Triển khai Hệ thống … tại "; "được kiểm tra …" of an inspection);
    else nothing."""
    done_at = _DONE_AT.fullmatch(before)
    # ("Từ nay đến hết năm 2026, hoàn thành cấp chữ ký số cho 100% …": a clause before it)
    for comma in re.finditer(",", before) if done_at is None else ():
        if done_at := _DONE_AT.fullmatch(before, comma.end()):
            break
    if done_at is None:
        return ""
    done_for = done_at["where"].lower() == "cho" and not _USED_BY.match(done_at["what"])
    if done_at["inspected"] or done_for:
        # (whom it is done for: "Cấp căn cước cho 100% công dân …", "công dân … được cấp …";
        # not what they use: "Áp dụng chữ ký số cho 80% công chức", "công chức … áp dụng …")
        # ("Hoàn thành việc cấp mã … cho 100% cơ quan": what is done for them, completed)
        done = _COMPLETED.sub("", ph.clean(done_at["what"]))
        return f"được {done[:1].lower()}{done[1:]}"
    # ("Áp dụng … đối với 100% văn bản": what it applies to, no units)
    return "" if done_at["where"].lower().startswith("đối") else ph.clean(done_at["what"])


#: the verbs of what is done to the things a share counts, right before its figure ("Công bố,
#: công khai 100% thủ tục …", "Giải quyết 100% hồ sơ đúng hạn")
_ACTS_ON_SHARE = (
    r"giải\s+quyết|xử\s+lý|tiếp\s+nhận|công\s+bố|công\s+khai|niêm\s+yết|cập\s+nhật|"
    r"số\s+hóa|ký\s+số|rà\s+soát|đơn\s+giản\s+hóa|chuẩn\s+hóa|kiểm\s+tra|thẩm\s+định|"
    r"đào\s+tạo|bồi\s+dưỡng|tập\s+huấn|tích\s+hợp|đăng\s+tải|lưu\s+trữ|chi\s+trả|tiết\s+kiệm|"
    r"phát\s+hiện|giải\s+ngân"
)
_ACTED_ON = re.compile(
    # (the words that direct it: "Thực hiện số hóa …"; who strives: "Huyện phấn đấu …")
    r"\W*(?:[^,;:%\d]{1,60}?\s(?=phấn\s+đấu\b))?"
    r"(?:(?:phấn\s+đấu|tiếp\s+tục|thực\s+hiện|triển\s+khai|đẩy\s+mạnh|hoàn\s+thành|"
    r"kịp\s+thời)\s+)*"
    # ("Lưu trữ điện tử 100% hồ sơ …", "Giải quyết trực tuyến …": how, with the verb)
    rf"(?P<verbs>(?:{_ACTS_ON_SHARE})(?:\s*(?:,|và|/)\s*(?:{_ACTS_ON_SHARE}))*"
    r"(?:\s+(?:điện\s+tử|trực\s+tuyến))?)\s+"
    r"(?:(?:tối\s+thiểu|ít\s+nhất|trên|hơn|từ)\s+)?",
    CASE,
)
_ACTED_ON_AFTER_A_CLAUSE = re.compile(rf"[^;:]*,\s*(?:{_ACTED_ON.pattern})", CASE)
#: where what a share counts ends and how or where it is done begins ("hồ sơ | đúng hạn",
#: "thủ tục hành chính | trên Cổng …", what for: "văn bản trái pháp luật | để xử lý")
_HOW_OR_WHERE = re.compile(
    r"\s(?:tại|trên|lên|qua|vào|đúng|trước|sau\s+khi|theo|bằng|ở|ngay|kịp\s+thời|để)\s",
    CASE,
)


def _acted_on(counted: str, before: str) -> str:
    """What a share counts (``counted``), said as done to them, when ``before`` is the verbs
    of what is done ("Giải quyết 100% hồ sơ đúng hạn": "hồ sơ được giải quyết đúng hạn");
    else nothing."""
    # ("Năm 2026, cập nhật …", "Tăng cường công tác kiểm tra, phấn đấu kiểm tra ít nhất 30%
    # …": a clause before the verbs, after a comma, is no part of them)
    acted = _ACTED_ON.fullmatch(before) or _ACTED_ON_AFTER_A_CLAUSE.fullmatch(before)
    if acted is None:
        return ""
    verbs = acted["verbs"]
    done = f"được {verbs[:1].lower()}{verbs[1:]}"
    how = _HOW_OR_WHERE.search(counted)
    if how is None:
        return f"{counted} {done}"
    return f"{counted[: how.start()]} {done}{counted[how.start() :]}"


def _units_doing(units: str, done: str) -> str:
    """The units a share counts, then what is done at each ("xã, phường triển khai …"), as
    the share's phrase (the verb in lower case: it opened the sentence)."""
    return f"{units} {done[:1].lower()}{done[1:]}"


#: the units of a share, named alone ("xã, phường", "các cơ quan, đơn vị")
_UNITS_ALONE = re.compile(
    rf"\s*(?:các\s+|số\s+)?(?:{lx.UNITS_OF_A_TIER}|cơ\s+quan|đơn\s+vị)"
    rf"(?:\s*(?:,|và)\s*(?:{lx.UNITS_OF_A_TIER}|cơ\s+quan|đơn\s+vị|đặc\s+khu))*\s*",
    CASE,
)
#: the units of a share, then "có" and a count: what each of them has (a clause of its own
#: after a comma: "… đạt 80%, có 5 xã …"; not a comma between hamlets: "thôn, tổ dân phố")
_EACH_HAS = re.compile(rf"(?:[^;.%,:\d]|,(?=\s*{lx.VILLAGES}\b)){{1,100}}", CASE)
#: what each unit of a share uses, joins or knows, right before a count ("… sử dụng ít nhất")
_EACH_USES = re.compile(r"\b(?:sử\s+dụng|tham\s+gia|được\s+cấp|biết)\s*$", CASE)
#: units, then what each of them does or has done, before how often ("… xã tổ chức đối
#: thoại với người dân …", "… công chức xã được bồi dưỡng kiến thức, kỹ năng số …"; not a
#: clause of its own after a comma: "… đạt 80%, tổ chức kiểm tra …")
_UNITS_SO_OFTEN = re.compile(
    # (a comma inside a list: "người đứng đầu cơ quan, đơn vị …", "… đối thoại với người dân,
    # doanh nghiệp")
    r"(?:[^;.%,]|,\s*(?=(?:doanh\s+nghiệp|cá\s+nhân|người\s+dân|hộ|đơn\s+vị|"
    r"cơ\s+quan|phường|thị\s+trấn|đặc\s+khu|công\s+chức|viên\s+chức)\b)){1,200}|"
    r"[^;.%]{1,80}?\bđược\s[^;.%]{1,120}",
    CASE,
)


def _anchors(text: str) -> list[_Anchor]:
    found: list[_Anchor] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans of the anchors kept
    for kind, pattern in _ANCHORS:
        for m in pattern.finditer(text):
            at = bisect.bisect_left(taken, (m.start(), m.end()))
            if (at and taken[at - 1][1] > m.start()) or (
                at < len(taken) and taken[at][0] < m.end()
            ):
                continue
            if kind == "percent" and _is_not_a_figure(text, m):
                continue
            if kind in ("count", "amount") and _RESTATED_AS.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue  # "giảm … 4,7%, tương ứng giảm 8.493 hộ": the figure before, restated
            if kind == "count" and _INDICES_NAMED.match(text, m.end("num")):
                continue  # "3 chỉ số PAR Index, SIPAS, PAPI đều tăng hạng": the names counted
            if any(len(n) > MAX_DIGITS for n in re.findall(r"\d+", m.group(0))):
                continue  # a run of digits no plan writes as a figure
            taken.insert(at, (m.start(), m.end()))
            if kind == "total" and re.search(r"\d\s*%", text[m.end() : m.end() + 40]):
                continue
            if kind == "total" and _HOLDS_AT_ALL.search(text, max(0, m.start() - 150), m.start()):
                continue  # "… xuống dưới 0,5% ở tất cả các cấp": where the figure holds
            found.append(_Anchor(kind, m.start(), m.end(), m))
            if kind == "count":
                position = m.end()
                while more := _COUNT_MORE.search(text, position, position + 120):
                    if more.start() > ph.phrase_end(text, position) + 1:
                        break
                    spot = bisect.bisect_left(taken, (more.start("num"), more.end()))
                    if spot < len(taken) and taken[spot][0] < more.end():
                        break
                    taken.insert(spot, (more.start("num"), more.end()))
                    found.append(_Anchor("count", more.start("num"), more.end(), more))
                    position = more.end()
    found.sort(key=lambda a: a.start)
    # "giữ vững vị trí top 10 …", "duy trì vị trí trong nhóm … dẫn đầu": the place kept is
    # among the leaders, a rank among the top, not the rank held now
    return [
        a
        for i, a in enumerate(found)
        if not (
            a.kind == "rank_keep"
            and i + 1 < len(found)
            and found[i + 1].kind == "rank_top"
            and not re.search(r"[;.]", text[a.end : found[i + 1].start])
            and found[i + 1].start - a.end < 120
        )
        # "100% cơ quan, đơn vị xếp loại Tốt trở lên": the grade is what each unit of the
        # share meets, not a target of its own
        and not (
            a.kind == "ordinal"
            and i > 0
            and found[i - 1].kind == "percent"
            and (
                _UNITS_GRADED.fullmatch(text[found[i - 1].end : a.start]) is not None
                # ("…, trong đó ít nhất 50% đạt loại Tốt": the units the share before counts)
                or (
                    not text[found[i - 1].end : a.start].strip()
                    and _WITHIN_BEFORE.search(
                        text, max(0, found[i - 1].start - 40), found[i - 1].start
                    )
                    is not None
                )
            )
        )
        # "tỷ lệ cán bộ … được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 80%": the grade is
        # part of the rate measured, not a target of its own
        and not (
            a.kind == "ordinal"
            and i + 1 < len(found)
            and found[i + 1].kind == "percent"
            and _RATE_REACHED_AFTER.fullmatch(text, a.end, found[i + 1].start) is not None
            and (
                _RATE_OPEN.search(text, max(0, a.start - 200), a.start) is not None
                # ("… đảng viên xếp loại từ mức hoàn thành tốt nhiệm vụ trở lên đạt 98%": the
                # share of those graded so, no "tỷ lệ" said)
                or _GRADED_OPEN.search(text, max(0, a.start - 80), a.start) is not None
            )
        )
        # "100% công chức được bồi dưỡng … ít nhất 01 lần trong năm": how often each unit of the
        # share is to be so, not a target of its own
        and not (
            a.kind == "frequency"
            and i > 0
            and found[i - 1].kind == "percent"
            and _UNITS_SO_OFTEN.fullmatch(text[found[i - 1].end : a.start])
        )
        # "100% xã, phường có ít nhất 01 điểm hỗ trợ …": what each unit of the share has or
        # does
        and not (
            a.kind == "count"
            and i > 0
            and found[i - 1].kind == "percent"
            and (
                _UNITS_ALONE.fullmatch(text[found[i - 1].end : a.start])
                # "85% hộ gia đình trên địa bàn xã có ít nhất một thành viên …": any unit
                # counted, then what each has, in one clause
                or (
                    re.match(r"có\b", a.match.group(0), CASE) is not None
                    and _EACH_HAS.fullmatch(text[found[i - 1].end : a.start]) is not None
                )
                # ("60% số hộ gia đình sử dụng ít nhất 01 dịch vụ số": what each uses)
                or (
                    _EACH_HAS.fullmatch(text[found[i - 1].end : a.start]) is not None
                    and _EACH_USES.search(text, found[i - 1].end, a.start) is not None
                )
            )
        )
        # "có ít nhất 1 khu phố, ấp đạt 100% tiêu chí …": what each unit counted must reach
        and not (
            a.kind == "percent"
            and i > 0
            and found[i - 1].kind == "count"
            and _COUNTED_REACHES.fullmatch(text[found[i - 1].end : a.start])
        )
    ]


_REACHES_FIGURE = re.compile(r"\s*đạt\s+[\d,.]+\s*%\s*", CASE)
_COUNTED_REACHES = re.compile(
    # (not a measure of its own after a comma: "… cho 566 lao động, tỷ lệ lao động qua đào tạo
    # đạt 81%")
    rf"(?![^;.%\d]*,\s*{ph.MEASURE_HEAD.pattern})[^;.%\d]{{1,60}}?\bđạt\s*",
    CASE,
)
"""Between a count and a figure, the things counted and "đạt": the figure is what each must
reach, not a target of its own."""
_WITHIN_BEFORE = re.compile(rf"{lx.WITHIN}[^;.%\d]*$", CASE)
#: a rate named up to a grade, and what it reaches after ("tỷ lệ … xếp loại Tốt trở lên đạt")
_RATE_OPEN = re.compile(r"\bt[ỷỉ]\s+lệ\b[^;.%\d]*$", CASE)
#: those graded, named up to their grade ("đảng viên xếp loại từ")
_GRADED_OPEN = re.compile(
    r"\b(?:đảng\s+viên|cán\s+bộ|công\s+chức|viên\s+chức|chi\s+bộ|cơ\s+quan|đơn\s+vị)\b"
    r"[^;.%\d]{0,40}?\bxếp\s+loại(?:\s+từ)?\s*$",
    CASE,
)
_RATE_REACHED_AFTER = re.compile(
    r"(?:\s*trở\s+lên)?(?:\s+năm\s+\d{4})?\s*(?:đạt|là)(?:\s+(?:từ|tối\s+thiểu|ít\s+nhất|trên))?\s*",
    CASE,
)
_UNITS_GRADED = re.compile(
    r"\s*(?:số\s+)?(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|xã|phường|huyện|sở|cán\s+bộ|công\s+chức|"
    # ("… được đánh giá, xếp loại mức độ hoàn thành nhiệm vụ … từ loại Khá trở lên": what is
    # graded named after "xếp loại")
    r"viên\s+chức)(?:[^;.%\d]{0,40}?|[^;.%\d]{0,40}?\bxếp\s+loại\b[^;.%\d,]{0,80}?)\s*",
    CASE,
)
"""The units a share counts, right before the grade each must reach ("100% cơ quan, đơn vị
xếp loại Tốt trở lên")."""


_AGENCIES_THEN_UNITS = re.compile(
    # (a district's: "các phòng, ban chuyên môn thuộc UBND huyện và UBND các xã, thị trấn")
    r"^(?P<agencies>(?:các\s+)*(?:sở,?\s*(?:ban,?\s*)?ngành|cơ\s+quan,\s*đơn\s+vị|"
    r"phòng,?\s*ban(?:\s+chuyên\s+môn)?(?:\s+thuộc\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+"
    r"(?:huyện|quận|thị\s+xã|thành\s+phố))?)"
    r"(?:\s+cấp\s+tỉnh)?)\s*(?:,|và)\s*"
    rf"(?P<units>{lx.TIER_UNITS}"
    r"(?:\s*,\s*(?:thị\s+xã|thành\s+phố|thị\s+trấn|phường|quận|xã|huyện))*)\s+(?P<rest>\S.*)$",
    CASE,
)


def _agencies_and_units(phrase: str) -> list[tuple[str, str]]:
    """The province's agencies and the units of a tier named together before what each
    does ("các sở, ngành, UBND các huyện, thành phố cung cấp …"): each group's phrase and
    level; none when the phrase names no such pair."""
    m = _AGENCIES_THEN_UNITS.match(phrase)
    if m is None:
        return []
    tier = _tier_named(m["tier"])
    # "Triển khai hệ thống … đến 100% các sở, ngành, UBND các huyện và được tích hợp …": what
    # follows "và" says more of the subject, not of the units reached
    rest = "" if re.match(r"và\s", m["rest"], CASE) else f" {m['rest']}"
    return [
        (f"{m['agencies']}{rest}", "each_agency"),
        (f"{m['units']}{rest}", f"each_{tier}"),
    ]


_SECOND_PREDICATE = re.compile(
    r"\s+và\s+(?=(?:được|cấp|ứng\s+dụng|sử\s+dụng|kết\s+nối|tích\s+hợp|công\s+khai|"
    r"cập\s+nhật|ký\s+số|số\s+hóa|lưu\s+trữ|trả|gửi|xử\s+lý|giải\s+quyết|cung\s+cấp|"
    r"đáp\s+ứng)\s)",
    CASE,
)


_PASSIVE = re.compile(r"(?<=\w)\s+(?:(?:phải|cần|sẽ)\s+)?(?P<done>được)\s", CASE)


def _by_predicate(phrase: str) -> list[str]:
    """A noun with two predicates joined by "và", each with what completes it ("văn bản …
    được thực hiện dưới dạng điện tử và được ký số bởi chữ ký chuyên dùng"): the noun with
    each; the phrase alone when it has no second predicate ("được tiếp nhận và giải quyết
    trực tuyến" is one) or the first is active or holds an aside in brackets."""
    # the passive predicate ("kết quả giải quyết TTHC phải được trả …": the noun holds a verb)
    first = _PASSIVE.search(phrase)
    if first is None:
        return [phrase]
    noun = phrase[: first.start()].rstrip()
    for cut in _SECOND_PREDICATE.finditer(phrase, first.end()):
        left = phrase[first.start("done") : cut.start()]
        right = phrase[cut.end() :]
        said = left.split()[1:]
        # a passive predicate with what completes it, no aside; not a named unit
        # ("Bộ phận Tiếp nhận và Trả kết quả") nor verbs sharing one object
        # ("được số hóa, ký số và lưu trữ điện tử trên …": verbs listed, what follows all of
        # theirs)
        listed = "," in left and all(len(v.split()) <= 2 for v in " ".join(said).split(","))
        named = right[:1].isupper()  # ("… tại Bộ phận Tiếp nhận và Trả kết quả": its name)
        if len(said) >= 3 and len(right.split()) >= 4 and "(" not in left and not (listed or named):
            return [f"{noun} {left}", f"{noun} {right}"]
    return [phrase]


_QUOTED = re.compile(r"“[^”\n]{1,300}”")


_TARGET_MET = re.compile(
    # ("cao hơn mục tiêu đề ra"; not "không thấp hơn chỉ tiêu được giao", a floor)
    r"\b(?:vượt(?:\s+mức)?|chưa\s+đạt|đạt\s+và\s+vượt|(?<!không\s)(?:cao|thấp)\s+hơn(?:\s+so\s+với)?)"
    r"\s+(?:(?:các|mọi)\s+)?"
    # (not one whose figure is said: "đạt 45%, chưa đạt mục tiêu 50%" states the target)
    r"(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?:\s+(?:đề\s+ra|được\s+giao|năm\s+\d{4}))?"
    r"(?![^,;.]{0,20}?\d)|"
    # "Mục tiêu này đã được hoàn thành …": a target spoken of, done
    r"\b(?:mục\s+tiêu|chỉ\s+tiêu)\s+(?:này|đó|trên)(?=\s+đã\b)",
    CASE,
)


#: the units named after "100%", then the rate each has ("… cơ quan chuyên môn thuộc UBND tỉnh
#: có tỷ lệ hồ sơ đúng hạn đạt trên")
_UNITS_HAVE_A_RATE = re.compile(
    r"\s+[^,;.%\d]{2,80}?\s+có\s+(?:tỷ\s+lệ|mức\s+độ|chỉ\s+số)\b[^,;.%\d]{0,80}?"
    r"\s+(?:đạt|là)(?:\s+(?:tối\s+thiểu|ít\s+nhất|trên|từ))?\s*",
    CASE,
)
#: between where a rise starts and the figure it rises to ("từ 40% năm 2025 lên 70%")
_RISES_TO = re.compile(
    r"\s*(?:\(?(?:vào\s+|trong\s+)?(?:năm\s+)?(?:19|20)\d\d\)?\s*)?,?\s*lên\s+(?:mức\s+)?(?:đạt\s+)?",
    CASE,
)
#: where a level a later figure starts from is named ("Từ mức 45% năm 2025, …"), unless
#: it is a floor ("từ mức 80% trở lên"; a range, "từ mức 40% đến 60%", is one figure)
_LEVEL_FROM = re.compile(r"\b(?:từ|so\s+với)\s+mức\s*$", CASE)
_FLOOR_AFTER = re.compile(r"\s*trở\s+lên", CASE)
#: a year said right after a figure ("70% năm 2026", "70% vào năm 2026")
_YEAR_AFTER_FIGURE = re.compile(
    r"\s*\(?(?:vào\s+|trong\s+)?năm\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–])"
    # (not the year that opens the next figure's item: "80%, năm 2030 đạt 100%")
    r"(?!\s*(?:đạt|là|:|tăng|giảm|phấn\s+đấu)\b)",
    CASE,
)


def _commits(commitment: re.Pattern[str], sentence: str) -> bool:
    """Whether a sentence commits to its figures: a commitment word in it, where "trở lên"
    alone ("… đạt loại tốt trở lên") is the floor of a result a report marker names ("Kết quả
    đánh giá năm 2023, có 18/20 sở đạt loại tốt trở lên"), and "nâng", "đưa" alone a rise
    told ("Xã nâng tỷ lệ … lên hơn 95%, tăng so với cùng kỳ")."""
    found = False
    # words quoted ("… thực tiễn “chuyển đổi số phải đi vào cuộc sống” …") commit nobody
    sentence = _unquoted(sentence)
    for m in commitment.finditer(sentence):
        if not _FLOOR_WORD.fullmatch(m.group(0)) and not _RAISED_WORD.fullmatch(m.group(0)):
            return True
        # ("… xếp loại hoàn thành tốt nhiệm vụ trở lên năm 2025 đạt 92%": the floor of a
        # grade counted, no floor of the figure)
        found = found or not _GRADE_ENDS.search(sentence, 0, m.start())
    # "… nâng tỷ lệ … lên hơn 80%, cao hơn so với năm 2024": a rise told, not aimed at
    return found and not lx.REPORT.search(sentence)


#: "mục tiêu là 80% nhưng thực tế chỉ đạt 72%": what was reached, right before a figure
_REACHED_ONLY = re.compile(
    rf"{lx.REACHED_ONLY}(?:\s+được)?(?:\s+(?:trên|hơn|gần|khoảng|xấp\s+xỉ|tới))?\s*$", CASE
)


def _is_not_a_figure(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 12) : m.start()]
    # "= 1,5%": a worked example, not a goal (">= 90%" is an operator)
    if re.search(r"(?:[/\d]|(?<![<>])=)\s*$", before):
        return True
    if re.search(r"\btrọng\s+số\s*(?:là\s*)?$", text[max(0, m.start() - 20) : m.start()], CASE):
        return True  # "có trọng số 10%": a weight in a score, not a goal
    if _POLICY_GRANTS.search(text, max(0, m.start() - 40), m.start()):
        return True  # "ban hành quy định miễn 100% phí": what a rule grants, no goal
    # "thu ngân sách đạt 12.000 tỷ đồng, bằng 95% dự toán": the figure before, restated
    return bool(re.search(r"\bbằng\s*$", before, CASE) and _RESTATED_OF.match(text, m.end()))


#: a figure said again in other terms, right before it ("…, tương ứng giảm 8.493 hộ")
_RESTATED_AS = re.compile(
    r"%[^,;.%\d]{0,6},?\s*tương\s+ứng(?:\s+(?:với|giảm|tăng|là|khoảng))*\s*$", CASE
)
#: what each person has ("thu nhập bình quân đầu người", "GRDP bình quân đầu người")
_PER_HEAD = re.compile(r"\b(?:thu\s+nhập|đầu\s+người)\b", CASE)
#: an amount of money a year ("… 58 triệu đồng/năm", "… 54 triệu đồng/người/năm")
_MONEY_A_YEAR = re.compile(r"[^,;]*?\b(?:đồng|USD)\s*/\s*(?:người\s*/\s*)?năm\b", CASE)
#: a rule or policy that grants a figure ("ban hành quy định miễn 100% phí"), its content
_POLICY_GRANTS = re.compile(
    r"\b(?:quy\s+định|chính\s+sách|cơ\s+chế)\s+(?:miễn|giảm)(?:\s+thu)?\s*$", CASE
)
#: an item or clause that opens with the verb of a cut ("Rút ngắn thời gian … xuống còn 3 ngày",
#: "So với năm 2024, giảm 20% …"), which directs it
_CUT_VERB_OPENS = re.compile(
    rf"\W*(?:so\s+với\s+[^,;.]{{1,40}},\s*)?(?:{lx.DECREASE.pattern})", CASE
)
#: an item or clause that opens with the verb of a rise ("Nâng tỷ lệ … lên 80%")
_RAISE_VERB_OPENS = re.compile(r"\W*(?:tăng|nâng(?:\s+cao)?|đưa)\b", CASE)
#: an item that opens with what is to be done, then the figure it is to reach
_DIRECTIVE_VERB = (
    # ("Duy trì Chỉ số SIPAS đạt trên 85%": a level to keep)
    r"(?:tiếp\s+tục\s+)?(?:thực\s+hiện|triển\s+khai|đẩy\s+mạnh|duy\s+trì|giữ\s+vững)\s+"
)
_DIRECTIVE_REACHES = re.compile(
    # (a round figure: one measured to a decimal, "… đạt 95,6%", was reached)
    # ("Số hóa hồ sơ … đạt 100%": what is done opens the item, no word directing it)
    rf"\W*(?:{_DIRECTIVE_VERB}|số\s+hóa\s)[^;:.%]{{3,200}}?\bđạt\s+(?:tỷ\s+lệ\s+)?"
    r"(?:(?:tối\s+thiểu|ít\s+nhất|trên|từ)\s+)?\d+(?!\d|[.,]\d)",
    CASE,
)
_DIRECTIVE_OPENS = re.compile(_DIRECTIVE_VERB, CASE)
_RANK_VERB_OPENS = re.compile(
    r"\W*(?:tiếp\s+tục\s+)?(?:(?:giữ\s+vững|duy\s+trì)\s*(?:,|và)\s*)?(?:cải\s+thiện|nâng|tăng)\b",
    CASE,
)
#: an item that opens with what is to be done, then its count ("Xây dựng 15 Tổ …")
_COUNT_VERBS = (
    r"(?:xây\s+dựng|đào\s+tạo|bồi\s+dưỡng|tập\s+huấn|hỗ\s+trợ|thành\s+lập|phát\s+triển|"
    r"tổ\s+chức|triển\s+khai|kiểm\s+tra|cắt\s+giảm|đơn\s+giản\s+hóa|thu\s+hút)"
)
_COUNT_VERB_HEAD = (
    # ("Trong năm 2026, đào tạo, bồi dưỡng cho 2.000 lượt …": its year first, verbs listed,
    # and whom it is done for, counted)
    # ("Hằng năm, kiểm tra từ 5-7 cơ quan …": how often first)
    rf"\W*(?:(?:(?:trong\s+)?năm\s+\d{{4}}|(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng))\s*,\s*)?"
    rf"{_COUNT_VERBS}(?:\s*,\s*{_COUNT_VERBS})*"
    r"(?:\s+[^,;.%\d]{0,40}?\s+cho|\s+cho)?(?:\s+(?:mới|thêm|ít\s+nhất|tối\s+thiểu|từ))*\s*"
)
_COUNT_VERB_OPENS = re.compile(rf"{_COUNT_VERB_HEAD}$", CASE)
#: how often so many are done, said after what is counted ("02 tin, bài/tháng về …")
_PER_PERIOD = re.compile(r"(?<=\w)(?<!lần)\s*/\s*(?:năm|quý|tháng|tuần)\b(?!\s*/)", CASE)
#: a count listed after the one the verb opens with ("Tổ chức 02 hội nghị tập huấn và 05 lớp
#: bồi dưỡng …")
_COUNT_LISTED = re.compile(
    rf"{_COUNT_VERB_HEAD}\d[\d.]*\s[^,;:.%\d]{{1,60}}?\s+và(?:\s+(?:ít\s+nhất|tối\s+thiểu))?\s*$",
    CASE,
)
#: a measure named, then reaching the figure after it ("…, tốc độ … tăng lên 150Mbps")
_NEXT_MEASURED = re.compile(
    r"\w\s+(?:đạt|(?:tăng\s+)?lên|là|chiếm|(?:giảm\s+)?xuống(?:\s+còn)?)"
    r"(?:\s+(?:trên|hơn|tối\s+thiểu|ít\s+nhất))?\s*\d",
    CASE,
)
_PREDICATE_NEXT = re.compile(rf"\s*(?:{ph.PREDICATE.pattern})", CASE)
#: a figure reached ("… đạt (trên) 85%"): a result, unless something commits to it
_REACHED_HEAD = re.compile(
    # ("… đạt trung bình 83%": an average reached)
    r"\b(?:đạt|là|chiếm(?:\s+tỷ\s+lệ)?)\s+(?:(?:trung\s+bình|bình\s+quân)\s+)?"
    r"(?:(?P<above>trên|hơn)\s+)?$",
    CASE,
)
#: between a figure reached and the target it is measured against ("…, thấp hơn mục tiêu …")
_COMPARED_WITH_TARGET = re.compile(
    r"\s*(?:,\s*)?(?:\(\s*|(?:(?:thấp|cao)\s+hơn|chưa\s+đạt|không\s+đạt|vượt|so\s+với|"
    r"trong\s+khi|bằng)\s+)(?:(?:so\s+với\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch))"
    r"(?:\s+(?:đề\s+ra|được\s+giao|của\s+kế\s+hoạch|năm\s+(?:19|20)\d\d))?\s*(?:là|:)?\s*",
    CASE,
)
#: "điểm phần trăm", "điểm %": points of a share, out of a hundred
_OF_A_HUNDRED = re.compile(r"\s*(?:phần\s+trăm|%)", CASE)
#: a phrase that names only where a figure holds, not a tier ("tại các cơ quan chuyên môn
#: thuộc UBND tỉnh"), and where a phrase names its tier ("… tại cấp xã …")
#: (or the sectors it holds in: "…, trong từng ngành, lĩnh vực đạt tối thiểu 10%")
_PLACE_ONLY = re.compile(
    r"(?:tại|ở)\s+(?!cấp\s)|trong\s+(?:từng|mỗi|các)\s+(?:ngành|lĩnh\s+vực)\b", CASE
)
#: (or the units named last: "… tại các sở, ban, ngành")
_PLACE_IN = re.compile(
    r"\s(?:tại|ở)\s+(?:cấp\s+(?:tỉnh|huyện|xã)\b|"
    r"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+(?:các|cấp)|các)\s[^;%]*$)",
    CASE,
)
#: a phrase that names only whose the measure is ("của UBND cấp xã"), and where a phrase
#: names whose its measure is ("Chỉ số … của các sở")
_WHOSE_ONLY = re.compile(r"của\s", CASE)
_WHOSE = re.compile(r"\s+của\s+", CASE)


def set_apart(before: str, phrase: str) -> str | None:
    """The measure ``before`` names, where ``phrase`` names only a place or whose it is,
    after a comma or in the next item of the sentence ("… tại cấp xã … đạt 90%, tại các cơ
    quan chuyên môn thuộc UBND tỉnh đạt 100%", "Chỉ số … của các sở đạt 80 điểm; của UBND
    cấp xã đạt 75 điểm"): at that place, of those; none for any other phrase."""
    if _WHOSE_ONLY.match(phrase):
        return f"{_WHOSE.split(before, 1)[0]} {phrase}"
    if _UNITS_ALONE.fullmatch(phrase) and _WHOSE.search(before):
        # "Tỷ lệ … của thị trấn đạt 60%, các xã đạt 40%": the measure, of the units named
        return f"{_WHOSE.split(before, 1)[0]} của {phrase}"
    if _UNITS_ALONE.fullmatch(phrase) and (place := _PLACE_IN.search(before)):
        # "Tỷ lệ … tại các sở, ban, ngành đạt 98%, các xã, phường đạt 90%": at those units
        at = place.group(0).split()[0]
        return f"{before[: place.start()]} {at} {phrase.strip()}"
    if not _PLACE_ONLY.match(phrase):
        return None
    place = _PLACE_IN.search(before)
    head, tail = (before[: place.start()], before[place.end() :]) if place else (before, "")
    return f"{head} {phrase}{tail}"


#: the target a result is told beside, after a comma ("…, mục tiêu là 80%", "…, còn kế
#: hoạch năm 2027 là 80%")
_TARGET_BESIDE = re.compile(
    r"\s*,\s*(?:còn\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?:\s+(?:đề\s+ra|đặt\s+ra|"
    r"năm\s+(?:19|20)\d\d))?\s+(?:là|đạt)\s*",
    CASE,
)
_KEEP_OPENS = re.compile(r"\W*(?:tiếp\s+tục\s+)?(?:phấn\s+đấu\s+)?(?:giữ\s+vững|duy\s+trì)\b", CASE)
_SIBLING = re.compile(
    r"\b(?:(?:đúng|trước|trễ|quá)\s+hạn|toàn\s+trình|một\s+phần|mức\s+độ\s+[34])\b", CASE
)


#: a qualifier alone after a figure ("…, trong đó trên 50% trước hạn.")
_SIBLING_AFTER = re.compile(rf"\s*(?P<said>{_SIBLING.pattern})\s*(?:[,;.]|$)", CASE)


_MEASURES_SHARE = "several measures share one figure: one target per measure"
#: figures said in turn ("… lần lượt đạt 40% và 60%")
_RESPECTIVE_FIGURES = re.compile(
    r"\s+(?:lần\s+lượt|tương\s+ứng)\s+(?:(?:là|đạt|ở\s+mức)\s+)?(?:(?:tối\s+thiểu|ít\s+nhất)\s+)?"
    r"(?P<figures>[\d,.]+\s*%(?:\s*(?:,|và)\s*[\d,.]+\s*%)+)",
    CASE,
)
#: kinds of one measure listed last ("… toàn trình, một phần")
_KINDS_LISTED = re.compile(
    rf"\s(?P<kinds>{_SIBLING.pattern}(?:\s*(?:,|và)\s*{_SIBLING.pattern})+)\s*,?\s*$", CASE
)
_MEASURES_CUT = re.compile(
    r"\s*(?:,|\bvà\b)\s*(?=(?:tỷ\s+lệ|mức\s+độ|chỉ\s+số|số\s+lượng|thời\s+gian)\b)", CASE
)


#: years listed ("năm 2026, 2027", "trong năm 2026 và năm 2027")
_YEARS_LISTED = re.compile(
    r"\s*(?:(?:trong|vào|đến|tới)\s+)?(?:các\s+)?năm\s+(?:19|20)\d\d"
    r"(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d)+",
    CASE,
)
#: years listed, where the text searched ends
_YEARS_LISTED_LAST = re.compile(rf"(?:{_YEARS_LISTED.pattern})$", CASE)


def _after_last_stop(text: str, respective: re.Match[str]) -> int:
    """Where the clause of figures said in turn opens: after the last ";" or ":" before them
    (commas may list what they are of)."""
    return max(text.rfind(mark, 0, respective.start()) for mark in ";:") + 1


def _years_in_turn(text: str, respective: re.Match[str]) -> list[str]:
    """The years figures said in turn are of, one per figure, listed right before "lần lượt"
    or right after the figures; none when they are not as many."""
    listed = _YEARS_LISTED_LAST.search(text, max(0, respective.start() - 80), respective.start())
    listed = listed or _YEARS_LISTED.match(text, respective.end("figures"))
    years = _YEARS.findall(listed.group(0)) if listed else []
    return years if len(years) == len(_anchors(respective["figures"])) else []


def _measures_in_turn(said: str, figures: int) -> list[str]:
    """The measures figures said in turn are of, one per figure: the kinds of one measure
    ("tỷ lệ hồ sơ trực tuyến toàn trình, một phần lần lượt đạt 40% và 60%") or measures
    listed ("tỷ lệ A và tỷ lệ B lần lượt đạt …"); none when they are not as many."""
    kinds = _KINDS_LISTED.search(said)
    if kinds:
        measure = ph.measured(said[: kinds.start()])
        measures = [f"{measure} {kind}" for kind in _SIBLING.findall(kinds["kinds"])]
    else:
        measures = [ph.clean(part) for part in _MEASURES_CUT.split(ph.measured(said))]
    return measures if len(measures) == figures > 1 else []


def _sibling_swapped(before: str, phrase: str) -> str | None:
    """``before`` with its qualifier replaced by ``phrase``, where ``phrase`` is only another
    qualifier of the same kind ("Tỷ lệ hồ sơ giải quyết trước hạn …, đúng hạn …")."""
    if not _SIBLING.fullmatch(phrase.strip()):
        return None
    found = _SIBLING.search(before)
    if found is None:
        return None
    return f"{before[: found.start()]}{phrase.strip()}{before[found.end() :]}"


#: a sentence that opens with who it binds ("Các bộ, ngành, địa phương cắt giảm …")
_ADDRESSEE_FIRST = re.compile(r"\s*(?:các|mọi|mỗi|từng|tất\s+cả\s+các)\s", CASE)
#: the words that specify what the clause before says, before whom they name
_SPECIFIED = re.compile(r"[,:]\s*cụ\s+thể\s*[,:]?", CASE)
#: a count of at least one ("tối thiểu 01 cuộc kiểm tra"): one for each of those named
_AT_LEAST_ONE = re.compile(r"\b(?:tối\s+thiểu|ít\s+nhất)\s+(?:0?1|một)\s+(?!\d)", CASE)
#: a time a sentence opens with, before whom it names ("Từ ngày 01/01/2026, …", "Hằng năm, …")
_TIME_OPENS = re.compile(
    r"\s*(?:(?:kể\s+)?từ|đến|tới|trong|cuối|hết|đến\s+hết|đến\s+cuối|riêng|ngay\s+trong)?\s*"
    r"(?:ngày\s+\d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?|năm\s+(?:19|20)\d\d|"
    r"quý\s+[IV\d]+(?:[/\s]+(?:năm\s+)?(?:19|20)\d\d)?|tháng\s+\d{1,2}(?:[/\s]+(?:năm\s+)?(?:19|20)\d\d)?|"
    r"(?:hằng|hàng)\s+(?:năm|quý|tháng)|định\s+kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))\s*,",
    CASE,
)
_TALLY = re.compile(
    r"(?<![\d/.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?:triệu\s+|nghìn\s+|ngàn\s+|tỷ\s+)?"
    r"(?!tháng\b|năm\b|quý\b|ngày\b)[^\W\d]",
    CASE,
)
_RESTATED_OF = re.compile(
    r"\s*(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|cùng\s+kỳ|chỉ\s+tiêu|mục\s+tiêu)\b", CASE
)


#: none of the units named below a figure ("không để lĩnh vực nào dưới", "không có xã nào
#: đạt thấp hơn")
_NONE_BELOW = re.compile(
    r"\bkhông\s+(?:có|để)\s+(?P<what>[^,;.%]{1,50}?)\s+nào\s+"
    r"(?:(?:đạt|có)\b[^,;.%]{0,80}?\s)?(?:dưới|thấp\s+hơn)\s*$",
    CASE,
)


def _op_before(text: str, start: int, clause_start: int) -> str | None:
    window = text[max(clause_start, start - 30) : start]
    window = re.sub(r"\s*\bđạt\b\s*", " ", window, flags=CASE).rstrip()
    for pattern, op in lx.OPERATORS_BEFORE:
        if pattern.search(window):
            return op
    return None


def _nearest(items: list[tuple[int, T]], position: int) -> T:
    """The item nearest before ``position`` (else the first after it); ``items`` in any order
    (the readers of times yield each kind of time in turn)."""
    items = sorted(items, key=lambda item: item[0])
    index = bisect.bisect_right([at for at, _ in items], position) - 1
    return items[max(index, 0)][1]


def _own_time(items: list[tuple[int, T]], text: str, end: int) -> T | None:
    """The time said right after a figure ending at ``end`` ("… đạt 30% vào cuối năm 2026 và
    50% vào cuối năm 2027": each its own), if one is."""
    for at, item in items:
        if at >= end and _TO_OWN_TIME.fullmatch(text, end, at):
            return item
    return None


def _not_opening_later(items: list[tuple[int, T]], text: str, end: int) -> list[tuple[int, T]]:
    """The times a figure ending at ``end`` may take: not one after it that opens a later
    figure ("… năm 2026 đạt 40%, đến hết năm 2027 đạt 60%": the 60 %'s alone)."""
    return [(at, item) for at, item in items if at < end or not _OPENS_LATER.match(text, at)]


#: a time, then "đạt" or "là": the time of the figure it opens
_OPENS_LATER = re.compile(
    r"[^,;.%\d]{0,24}[\d/.\s]{0,12}(?:19|20)\d\d\s*,?\s*(?:phấn\s+đấu\s+)?(?:đạt|là)\b", CASE
)
_TO_OWN_TIME = re.compile(r"\s*(?:trở\s+lên\s*)?(?:,\s*)?(?:vào|đến|tới|trong)?\s*", CASE)
#: a verb that sets a share of a whole aside, alone before its figure
_ALLOCATES = re.compile(r"(?:ưu\s+tiên\s+)?(?:bố\s+trí|dành|phân\s+bổ)", CASE)


def _after_is_subject(after: str) -> bool:
    after = re.sub(r"^\s*(?:trở\s+lên)?\s*", "", after)
    if not after or not after[0].isalpha():
        return False
    level_then_more = re.match(r"(?:tại|ở)\s+(?:cấp|các)\b", after, CASE) and ph.PREDICATE.search(
        after
    )
    return not re.match(
        r"(?:so\s+với|vào|năm\b|trong\s+năm|[đĐD]ến\b|trước\b|trừ\b|và\s+thuộc|và\b|tại\b|ở\b|"
        r"đối\s+với\b|"
        r"hằng\b|hàng\s+(?:năm|quý|tháng)|mỗi\s+(?:năm|quý|tháng)|chậm\s+nhất|trong\s+quý|"
        r"trong\s+(?:06|6)\s+tháng|trong\s+tháng|quý\b|tính\s+đến|"
        r"thời\s+gian\s+giải\s+quyết\s+so|(?:trên|trong)\s+tổng|trên\s+địa\s+bàn|cho\s+đến|"
        # ("Giảm tỷ lệ hộ nghèo 1,5%/năm theo chuẩn nghèo đa chiều": the yardstick it is by)
        r"theo\s+(?:chuẩn|quy\s+định|tiêu\s+chí|kế\s+hoạch|lộ\s+trình|phương\s+pháp)\b|"
        # "chiếm 20% GRDP", "đạt 2% tổng chi ngân sách", "đạt 95% kế hoạch vốn được giao":
        # what the share is taken of
        r"GR?DP\b|tổng\s+(?:sản\s+phẩm|chi|thu|vốn|giá\s+trị|kim\s+ngạch|mức)|"
        r"kế\s+hoạch\b|dự\s+toán\b|"
        # "mục tiêu là 80% nhưng …": a clause against it follows, not what is measured
        # ("… đạt từ 10% trở lên gắn với giữ vững ổn định …": what goes with it)
        r"nhưng\b|song\b|tuy\s+nhiên\b|gắn\s+với\b)",
        after,
        CASE,
    ) or bool(level_then_more)


_COMMA = re.compile(",")
_SAME_SUBJECT_GOES_ON = re.compile(r"\s*(?:và\s+)?(?:đạt|lên|tăng|giảm)\b", CASE)


class _Said(NamedTuple):
    """What one clause says, read once."""

    reports: bool
    deadlines: list[tuple[int, date]]
    periods: list[tuple[int, str]]
    recurrence: str | None
    levels: tuple[str, ...]


class _Clauses:
    """A piece cut into clauses, with what each clause says computed once (the reading
    stays linear in the length of a piece however many figures it holds)."""

    def __init__(self, text: str, year: int | None = None, committed: bool = False) -> None:
        self.text = text
        self.year = year
        self.committed = committed  # by the lead the piece is under
        self.cuts = [(m.start(), m.end()) for m in _CLAUSE_CUT.finditer(text)]
        self.starts = [a for a, _ in self.cuts]
        self._said: dict[tuple[int, int], _Said] = {}
        self._told: dict[tuple[int, int], int] = {}
        self._parts: dict[tuple[int, int], list[tuple[int, int, str | None, bool]]] = {}

    def bounds(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, position)
        start = self.cuts[index - 1][1] if index else 0
        if start > position:  # inside a cut: the clause before it
            start = self.cuts[index - 2][1] if index > 1 else 0
        end = self.cuts[index][0] if index < len(self.cuts) else len(self.text)
        return start, end

    def told_until(self, bounds: tuple[int, int]) -> int:
        """Where the figures of a clause that opens with the words of a report stop being
        results: at its first commitment word ("Theo báo cáo, tỷ lệ … đạt 70%, phấn đấu đến
        cuối năm đạt 100%": the 70 % a result, the 100 % a target); its start if it opens
        otherwise."""
        if bounds not in self._told:
            told = lx.REPORT_OPENS.match(self.text, bounds[0], bounds[1])
            aim = lx.COMMITMENT.search(self.text, told.end(), bounds[1]) if told else None
            self._told[bounds] = (
                bounds[0] if told is None else aim.start() if aim is not None else bounds[1]
            )
        return self._told[bounds]

    def recurrence_of(
        self, bounds: tuple[int, int], position: int, figures: list[int]
    ) -> str | None:
        """How often the figure at ``position`` recurs: as its own part of the clause (between
        commas) says, else as the clause says, unless only another figure's part says it
        ("… đạt hơn 1.500 tỷ đồng, thu ngân sách hằng năm tăng 10 - 12%": the rise's alone).
        ``figures``: where the piece's figures start, sorted."""
        if bounds not in self._parts:
            parts: list[tuple[int, int, str | None, bool]] = []
            start = bounds[0]
            for end in [*(m.start() for m in _COMMA.finditer(self.text, *bounds)), bounds[1]]:
                part = _RATE_OF_EACH_PERIOD.sub("", self.text[start:end])
                index = bisect.bisect_left(figures, start)
                # (a part that goes on with the subject before, ", đạt 500 triệu đồng/năm",
                # holds the same measure's figure, not another's)
                holds = (
                    index < len(figures)
                    and figures[index] < end
                    and not _SAME_SUBJECT_GOES_ON.match(part)
                )
                parts.append((start, end, recurrence_in(part), holds))
                start = end + 1
            self._parts[bounds] = parts
        parts = self._parts[bounds]
        mine = next((p for p in parts if p[0] <= position < p[1]), None)
        if mine is not None and mine[2]:
            return mine[2]
        clause = self.said(bounds).recurrence
        others = [part for part in parts if part is not mine]
        told_by_another = any(said and holds for _, _, said, holds in others)
        told_apart = any(said and not holds for _, _, said, holds in others)
        if clause and told_by_another and not told_apart:
            return None
        return clause

    def said(self, bounds: tuple[int, int]) -> _Said:
        if bounds not in self._said:
            clause = self.text[bounds[0] : bounds[1]]
            # ("Mục tiêu: - Giải ngân vốn đầu tư công đạt 100% kế hoạch được giao": a target)
            told = _SHARE_OF_ITS_PLAN.sub("", clause) if self.committed else clause
            # (where each time stands in the piece, as the figures it is nearest to)
            deadlines = [(bounds[0] + at, d) for at, d in deadlines_in(clause, self.year)]
            periods = [(bounds[0] + at, p) for at, p in periods_in(clause, self.year)]
            reported = bool(lx.REPORT.search(told) or _tells_now_or_before(clause)) or bool(
                # "Chỉ số PAR Index năm 2024 tăng 5 bậc; mục tiêu năm 2025 …": a past year's
                # (not one kept: "Giữ vững … kết quả xếp hạng … năm 2025")
                self.year is not None
                and not _KEEP_OPENS.match(clause)
                and _ends_before(periods, deadlines, self.year)
            )
            self._said[bounds] = _Said(
                reported and not lx.COMMITMENT.search(clause),
                deadlines,
                periods,
                # (a rate of each period, "tăng 30%/năm", is its own figure's: read with it)
                recurrence_in(_RATE_OF_EACH_PERIOD.sub("", clause)),
                _levels(_FOR_OR_WITH_WHOM.sub("", clause)),  # (not for or with whom)
            )
        return self._said[bounds]


def _tells_now_or_before(clause: str) -> bool:
    """Whether ``clause`` says what is or was ("hiện nay …", "năm qua …", "tỉnh đã giải
    quyết …"), not in a relative clause ("dữ liệu mà người dùng đã cung cấp")."""
    return any(
        not _RELATIVE_BEFORE.search(clause, max(0, m.start() - 40), m.start())
        for m in lx.PAST.finditer(clause)
    )


_RELATIVE_BEFORE = re.compile(r"\bmà(?:\s+\S+){0,3}\s*$", CASE)


_SAID_BEFORE = re.compile(
    r"(?:tỷ\s+lệ|tỉ\s+lệ|chỉ\s+số|mức|con\s+số|chỉ\s+tiêu|kết\s+quả)\s+(?:này|đó|trên)", CASE
)
"""A measure named by pointing back ("tỷ lệ này", "chỉ số này")."""


#: a phrase that names only who reaches a figure, the issuer or its units ("tỉnh", "toàn huyện")
_WHO_ONLY = re.compile(
    r"(?:toàn\s+)?(?:tỉnh|huyện|xã|thành\s+phố|thị\s+xã|phường|địa\s+phương|ngành)"
    r"(?:\s+(?:ta|nhà|này))?",
    CASE,
)


def tier_only(phrase: str, issuer_level: str | None) -> str | None:
    """The level of the tier ``phrase`` names, where it names nothing else ("cấp xã", "riêng
    ở cấp xã"): the issuer itself where the tier is the issuer's own."""
    tier = _TIER_NAMED.fullmatch(phrase)
    if tier is None:
        return None
    level = _TIER[tier.group(1).lower()]
    return "self" if level == issuer_level else level


def names_back(phrase: str) -> bool:
    """Whether ``phrase`` names its measure by pointing back to one named before it ("tỷ lệ
    này", "chỉ số này")."""
    return bool(_SAID_BEFORE.fullmatch(phrase))


def names_no_measure(phrase: str) -> bool:
    """Whether ``phrase`` leaves its measure to one named before it: it points back to it,
    names only who reaches the figure ("…; năm 2026, tỉnh phấn đấu đạt 80%") or only the
    target it falls short of ("… nhưng vẫn chưa đạt mục tiêu đề ra là 80%")."""
    return (
        names_back(phrase)
        or bool(_WHO_ONLY.fullmatch(phrase))
        or bool(_SHORT_OF_TARGET.fullmatch(phrase))
    )


#: a phrase that names only the target a figure falls short of ("vẫn chưa đạt mục tiêu đề ra")
_SHORT_OF_TARGET = re.compile(
    r"(?:vẫn\s+)?chưa\s+đạt(?:\s+được)?\s+(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)"
    r"(?:\s+(?:đề\s+ra|đặt\s+ra|được\s+giao))?",
    CASE,
)


#: a result told aside, in brackets ("(năm 2025 thực hiện 65%)", "so với năm 2025 (đạt 65%)")
_RESULT_ASIDE = re.compile(
    r"(?P<against>so\s+với\s+năm\s+(?:19|20)\d\d\s*)?\(\s*(?:năm\s+(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?:thực\s+hiện|đạt|ước\s+(?:đạt|thực\s+hiện))\s+[^()%]{0,20}?\d[\d,.]*\s*%\s*\)",
    CASE,
)


def _asides_blanked(text: str, year: int | None) -> str:
    """``text`` with each result told aside blanked (each place kept), where it is of a year
    before ``year`` or of the year a change is measured against."""

    def blanked(m: re.Match[str]) -> str:
        of_past = m["year"] is not None and year is not None and int(m["year"]) < year
        if not (of_past or m["against"]):
            return m[0]
        kept = m[0][: m.end("against") - m.start()] if m["against"] else ""
        return kept + " " * (len(m[0]) - len(kept))

    return _RESULT_ASIDE.sub(blanked, text)


def _unquoted(text: str) -> str:
    """``text`` with what it quotes blanked, each place kept (quoted words commit nobody)."""
    return _QUOTED.sub(lambda m: " " * len(m[0]), text)


#: raising words, which commit unless the sentence tells what was done
_RAISED_WORD = re.compile(r"nâng|đưa", CASE)
_FLOOR_WORD = re.compile(r"trở\s+lên", CASE)
_GRADE_ENDS = re.compile(r"\b(?:tốt|khá|xuất\s+sắc|nhiệm\s+vụ|trung\s+bình)\s*$", CASE)
_CLAUSE_BREAK = re.compile(r"[,;]|\svà\s", CASE)
#: the words that, after a figure and a comma, tell what it brings, not that it is aimed at
#: ("… đạt trên 98%, bảo đảm đúng quy định", "…, đưa tỉnh vào nhóm dẫn đầu")
_SAID_OF_IT = re.compile(
    r"[,;]\s*(?:(?:và|qua\s+đó|từ\s+đó)\s+)?(?:bảo\s+đảm|đảm\s+bảo|đưa|nâng|góp\s+phần)\b", CASE
)


#: the fields a ranking is about, named after its rise ("… về cải cách hành chính, hài lòng
#: với dịch vụ công và năng lực cạnh tranh năm 2025")
_FIELDS_RANKED = re.compile(
    r"về\s+(?P<fields>[^;.%\d]+?)(?=\s+(?:năm\s+)?(?:19|20)\d\d\b|\s*[;.]|\s*$)", CASE
)
#: places called "điểm" ("điểm chấp nhận thanh toán", "điểm phục vụ"), counted, no score
_PLACES_CALLED_POINTS = re.compile(
    r"\b(?:số\s+lượng\s+điểm|điểm\s+(?:chấp\s+nhận|phục\s+vụ|giao\s+dịch|truy\s+cập|"
    r"cung\s+cấp|thanh\s+toán|tiếp\s+nhận|hỗ\s+trợ|bưu\s+điện))\b",
    CASE,
)
#: a survey's sample ("tỷ lệ lấy phiếu", "số phiếu khảo sát"): how it is taken
_SURVEY_SAMPLE = re.compile(r"\b(?:lấy|phát|thu(?:\s+về)?)\s+phiếu\b|\bphiếu\s+khảo\s+sát\b", CASE)
#: what a leading group is made of ("một trong 50 đô thị thông minh hàng đầu")
_RANKED_GROUP = re.compile(
    r"\b(?:trong|nhóm)\s+(?:số\s+)?\S+\s+(?P<units>[^,;.]+?)\s+(?:dẫn|đứng|hàng)\s+đầu\b", CASE
)
#: the units of a tier or the agencies, named alone ("tỉnh, thành phố", "địa phương")
_UNITS_ONLY = re.compile(
    rf"(?:(?:{lx.UNITS_OF_A_TIER}|địa\s+phương\b|đơn\s+vị\b|bộ\b|ngành\b|sở\b|"
    r"cơ\s+quan\b|nước\b|quốc\s+gia\b)(?:\s*,\s*|\s+)?)+",
    CASE,
)
_BY_A_YEAR = re.compile(r"\b[đĐD]ến\s+năm\s+(?P<y>(?:19|20)\d\d)\b", CASE)


def _years_gone_blanked(sentence: str, year: int | None) -> str:
    """The sentence without "Đến năm Y" of a year before the document's ("Đến năm 2022, …
    xếp thứ 48/63" in a text of 2024): a time gone tells where things stood, it commits none."""
    if year is None:
        return sentence
    return _BY_A_YEAR.sub(lambda m: " " * len(m[0]) if int(m["y"]) < year else m[0], sentence)


@functools.lru_cache(maxsize=16)  # the items of one sentence ask of the same sentence
def _said_of_a_figure_blanked(sentence: str) -> str:
    """The sentence without the words that, after a figure and a comma, tell what it brings
    ("…; tỷ lệ đúng hạn trên 99%, đảm bảo yêu cầu"): they commit none of its other items (the
    item they stand in is read with :class:`_AimedAfter`)."""
    first = _FIGURE_BEFORE.search(sentence)
    if first is None:
        return sentence
    kept: list[str] = []
    done = 0
    for m in _SAID_OF_IT.finditer(sentence, first.end()):
        if m.start() < done:
            continue
        end = _CLAUSE_BREAK.search(sentence, m.end())
        stop = end.start() if end is not None else len(sentence)
        kept += [sentence[done : m.start()], " " * (stop - m.start())]
        done = stop
    return "".join([*kept, sentence[done:]])


#: a percentage said in the text before
_FIGURE_BEFORE = re.compile(r"\d\s*%")


class _AimedAfter:
    """Where a piece's first word of commitment ``aim`` comes after its figures, in a clause
    that tells what a figure brings (", bảo đảm …", ", đưa tỉnh vào …"), or in another clause
    after figures told as past or present ("Năm qua, … đạt trên 90% và tỉnh sẽ …"): those
    figures are committed by nothing. Found once per piece (the reading stays linear)."""

    def __init__(self, text: str, aim: re.Match[str]) -> None:
        self.aim = aim.start()
        # (a time gone or now named, not an "đã" a purpose may follow: "đã trình … để triển
        # khai 4 sản phẩm … và đặt mục tiêu …")
        self.told = next(
            (
                m.start()
                for m in lx.PAST.finditer(text, 0, aim.start())
                if m.group(0).lower() != "đã"
            ),
            None,
        )
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, 0, aim.start())]
        self.last_break = breaks[-1] if breaks else -1
        said = _SAID_OF_IT.search(text, max(0, aim.start() - 40), aim.end())
        self.said = said.start() if said is not None and said.end() >= aim.end() - 1 else -1

    def uncommits(self, anchor: _Anchor) -> bool:
        if self.aim < anchor.end:
            return False
        return self.tells(anchor) or self.said >= anchor.end

    def tells(self, anchor: _Anchor) -> bool:
        """Whether the figure is told as past or present, what commits in a clause after it
        ("Hiện toàn tỉnh có trên 90% …, hướng tới …"): a result, however it is said."""
        return (
            self.aim >= anchor.end
            and self.told is not None
            and self.told < anchor.start
            and self.last_break >= anchor.end
        )


def measured_before(said: str) -> str:
    """What the last figure of ``said``, the words before an item, measured ("Năm 2024, tỷ lệ
    … đạt 65%; …", "Tỉnh đã giải quyết 98% hồ sơ đúng hạn; …")."""
    before = _anchors(said)
    # (the last that names one: "… đạt 72%, tăng 10% so với năm 2024; …" measures by the 72%)
    for index in range(len(before) - 1, -1, -1):
        start = before[index - 1].end if index else 0
        if measure := _measured_by(said, start, before[index], len(said)):
            return measure
    return ""


def _measured_by(text: str, start: int, anchor: _Anchor, end: int) -> str:
    """What the figure ``anchor`` measures, named after it ("đã giải quyết 98% hồ sơ đúng
    hạn") or before it from ``start`` ("tỷ lệ hồ sơ trực tuyến đạt 65%"), up to ``end``."""
    after = text[anchor.end : end]
    if (aim := lx.COMMITMENT.search(after)) is not None:  # ("… và phấn đấu …": what is aimed at)
        after = re.sub(r"\s+(?:và|,)\s*$", "", after[: aim.start()])
    after = after.rstrip(" ;,")
    if _after_is_subject(after):
        return ph.clean(ph.to_first_clause(after))
    return ph.measured(text[start : anchor.start])


def _said_once(readings: list[Reading]) -> list[Reading]:
    """The places kept of a piece, each once: one said again in other words ("duy trì vị trí
    xếp hạng Chỉ số PAPI, không để tụt hạng") is the same target."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for r in readings:
        if r.op == "rank_keep":
            key = (r.phrase, r.level, r.period, r.deadline)
            if key in seen:
                continue
            seen.add(key)
        kept.append(r)
    return kept


class _Aspiration:
    """Where "phấn đấu" and its peers stand in a piece, and the binding words after them."""

    def __init__(self, text: str) -> None:
        self.marks = [m.end() for m in lx.ASPIRATION.finditer(text)]
        self.binding = [m.start() for m in lx.BINDING.finditer(text)]
        opens = _BINDING_OPENS.match(text)
        self.opens_binding = opens.end() if opens else None

    def before(self, position: int) -> bool | None:
        """As :func:`_aspiration` of the text before ``position``."""
        index = bisect.bisect_right(self.marks, position) - 1
        if index < 0 or self.marks[index] > position:
            if self.opens_binding is not None and self.opens_binding <= position:
                return False
            return None
        mark = self.marks[index]
        binding = bisect.bisect_left(self.binding, mark)
        return not (binding < len(self.binding) and self.binding[binding] < position)


#: "ít nhất 2 trong 3 chỉ số", "tối thiểu 3/4 chỉ tiêu:", "2 trong số 3 chỉ số (": a group
#: of which so many are to be met, before the parts are listed
_AT_LEAST_OF = re.compile(
    rf"\b(?:ít\s+nhất|tối\s+thiểu)\s+(?P<n>{NUMBER_OR_WORD})\s*(?:/|trên|trong(?:\s+số)?)\s*"
    rf"(?P<m>{NUMBER_OR_WORD})\s+(?P<kind>chỉ\s+số|chỉ\s+tiêu|tiêu\s+chí)"
    r"(?:\s+(?:là|gồm))?\s*[:(]?\s*(?=[^\W\d_]|$)",
    CASE,
)


def read_piece(
    text: str, offset: int, context: Context, sentence: str | None = None
) -> tuple[list[Reading], str | None]:
    """The targets in one piece, or none and the reason it holds no target.

    Args:
        text: The sentence or list item.
        offset: Where it begins in the document (spans are document offsets).
        context: What the lead in force carries.
        sentence: The whole sentence an item was cut from, read for tense and commitment.
    """
    group = _AT_LEAST_OF.search(text)
    if group is not None:
        # "Phấn đấu ít nhất 2 trong 3 chỉ số PAR Index, SIPAS, PAPI thuộc nhóm 20 tỉnh dẫn
        # đầu": the parts read as listed before one figure, each a target, so many of which
        # are to be met
        n, m = int(parse_number(group["n"])), int(parse_number(group["m"]))
        blanked = _blank(text, group.start(), group.end())
        readings, unread = _read_piece(blanked, offset, context, sentence or text)
        after = [r for r in readings if r.span[0] >= offset + group.end()]
        # the parts: those listed before one figure ("… PAR Index, SIPAS, PAPI thuộc nhóm 20
        # …"), else the first so many figures after it (what follows them is no part)
        shared = [r for r in after if r.span == after[0].span] if after else []
        parts = shared if len(shared) > 1 else after[:m]
        kind = re.sub(r"\s+", " ", group["kind"].lower())
        if 1 <= n <= m and len(parts) == m:
            # (all of them, "ít nhất 3/3 chỉ số …": each a target, no group)
            return [
                in_group(r, n, m, kind, offset + group.start()) if r in parts and n < m else r
                for r in readings
            ], unread
        # (a figure of the group's, its parts unnamed, measures nothing named)
        readings = [r for r in readings if r.phrase or r not in after]
        if not readings:
            # ("Phấn đấu ít nhất 2 trong 3 chỉ số thuộc nhóm 20 …": which three, unsaid; a
            # lead's "ít nhất 2 trong 3 chỉ tiêu:" has its parts in the items after it)
            return [], f"at least {n} of {m} {kind}, not each named: no target of its own"
        return [not_in_group(r, n, m, kind) if r in after else r for r in readings], unread
    return _read_piece(text, offset, context, sentence)


def part_phrase(phrase: str, base: str) -> str:
    """What a figure after "trong đó" measures, where its own words only qualify the figure
    before's, whose phrase is ``base``: "…, trong đó ít nhất 60% là toàn trình" (the base,
    so qualified), "…, trong đó lĩnh vực đất đai đạt tối thiểu 90%" (the base in that
    field); else ``phrase``."""
    if not base or not phrase:
        # ("…, trong đó: + Cấp tỉnh: 90%": a part named by its tier alone measures the base)
        return phrase or base
    if _QUALIFIER_ONLY.fullmatch(phrase):
        return f"{base} {phrase}"
    if field := _FIELD_ONLY.fullmatch(phrase):
        return f"{base} trong {field['field']}"
    return phrase


def within_reading(phrase: str, base: str) -> tuple[bool, str]:
    """How a figure after "trong đó" is read against the figure before it, whose phrase is
    ``base``: whether it is a breakdown, the same measure for a part of what the base covers
    ("Mức độ hài lòng … đạt trên 95%, trong đó lĩnh vực đất đai đạt trên 90%": a part of a
    measure that counts nothing, however named), else a sub-quota; and the note saying so."""
    if ph.NOT_A_COUNT.match(phrase) or ph.NOT_A_COUNT.match(base):
        return True, (
            "trong đó: read as the same measure for a part of what the figure before it "
            "covers, a breakdown (the other reading: a sub-quota)"
        )
    return False, (
        "trong đó: read as a sub-quota, a share of what the figure before it counts (the "
        "other reading: a share of the whole, as a plain target)"
    )


def group_to_meet(lead: str) -> tuple[int, int, str] | None:
    """How many of how many of what a lead asks to be met, where its items are the parts
    ("Phấn đấu ít nhất 2 trong 3 chỉ tiêu sau:")."""
    group = _AT_LEAST_OF.search(lead)
    if group is None:
        return None
    kind = re.sub(r"\s+", " ", group["kind"].lower())
    return int(parse_number(group["n"])), int(parse_number(group["m"])), kind


def in_group(reading: Reading, n: int, m: int, kind: str, at: int) -> Reading:
    """``reading`` as one of ``m`` parts, ``n`` of which are to be met, of the group said at
    ``at``."""
    note = f"one of {m} {kind}, at least {n} of which are to be met"
    return attrs.evolve(reading, at_least=(n, at), notes=(*reading.notes, note))


def not_in_group(reading: Reading, n: int, m: int, kind: str) -> Reading:
    """``reading``, after a group of ``m`` of which ``n`` are to be met whose parts were not
    all read: a target of its own, flagged."""
    note = (
        f"after “at least {n} of {m} {kind}”, not all of them read: read as a target of its "
        "own (the other reading: one of a group): review"
    )
    return attrs.evolve(reading, notes=(*reading.notes, note))


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``start:end`` blanked, each place kept."""
    return text[:start] + " " * (end - start) + text[end:]


def _read_piece(
    text: str, offset: int, context: Context, sentence: str | None
) -> tuple[list[Reading], str | None]:
    # "… là 80% (năm 2025 thực hiện 65%)": a result told aside is no figure of the piece or
    # its sentence, and its year no period (blanked, each place kept)
    text = _asides_blanked(text, context.year)
    sentence = text if sentence is None else _asides_blanked(sentence, context.year)
    anchors = _anchors(text)
    if anchors and lx.HYPOTHETICAL.match(sentence):
        return [], "supposes what would follow (nếu …), no target"
    if (anchors or re.search(r"\d", sentence)) and lx.ESTIMATE.match(sentence):
        return [], "tells an estimate or a forecast (ước tính, theo dự báo …), no target"
    if anchors and lx.CONDITION.search(sentence):
        return [], "states what earns a grade or a score (… khi …, … thì được N điểm), no target"
    if anchors and lx.NORM_CITED.search(sentence) and not lx.STATED_TARGET.search(sentence):
        return [], "cites what another text rules or when it takes effect, no target"
    exclusions = tuple(m["what"].strip() for m in lx.EXCLUSION.finditer(text) if m["what"].strip())
    # "(đối với hồ sơ thuộc phạm vi bí mật nhà nước thì xử lý trên hệ thống phù hợp)": those
    # records carved out (not a figure for some: "(đối với cấp xã thì 80%)")
    exclusions += tuple(
        m["what"].strip() for m in lx.CARVED_OUT.finditer(text) if not re.search(r"\d", m[0])
    )
    readings: list[Reading] = []
    previous_phrase = ""
    previous_group: list[str] = []
    first_phrase_before_within = ""
    levels_before_within: tuple[str, ...] = ()
    within_at = re.search(lx.WITHIN, text, CASE)
    reported = 0
    commitment = lx.STATED_TARGET if context.reporting else lx.COMMITMENT
    # an exclusion carved out ("đạt 100% (trừ văn bản mật)") is how a plan states a figure
    committed = (
        context.committed
        # (under a report's lead, only the item's own words: "Kết quả năm 2025: … đạt 65%;
        # mục tiêu năm 2026: …")
        or _commits(
            commitment,
            text
            if context.reporting
            else _years_gone_blanked(_said_of_a_figure_blanked(sentence), context.year),
        )
        or bool(exclusions and not context.reporting)
        # "Thực hiện số hóa kết quả … đạt 100% đối với …": a directive, what it is to reach
        or bool(
            not context.reporting
            and _DIRECTIVE_REACHES.match(text)
            and not (lx.REPORT.search(sentence) or lx.PAST.search(sentence))
        )
        # "Năm 2027, tỷ lệ … đạt 80%", "… đạt 100% vào cuối năm 2027" in a text of 2026: a
        # year to come opening the sentence, or the time its figure is reached by
        or bool(
            context.year is not None
            and not context.reporting
            and _time_to_come(sentence, context.year)
            # (not a forecast: "Năm 2027, dự kiến tỷ lệ … đạt 80%")
            and not _FORECAST.search(sentence)
        )
    )
    # "Tỉnh có 1,2 triệu người, trong đó 70% …": a part of a tally no anchor is
    tally_before_within = bool(
        within_at and not committed and _TALLY.search(text, 0, within_at.start())
    )
    # an amount reached is a tally wherever the sentence reports ("đã thực hiện đạt … các chỉ
    # tiêu …; GRDP … đạt 3.555 USD"), whatever target words it quotes
    sentence_reports = bool(lx.REPORT.search(sentence) or lx.PAST.search(sentence))
    all_reported = (sentence_reports or context.reporting) and not committed
    # "…, chưa đạt kế hoạch", "…, vượt chỉ tiêu được giao": a sentence that measures its figures
    # against their target tells results, whatever target words it has (not "phấn đấu vượt …")
    all_reported = all_reported or bool(
        _TARGET_MET.search(sentence) and not lx.ASPIRATION.search(sentence)
    )
    all_reported = all_reported or context.criteria or bool(lx.BAND_SENTENCE.match(sentence))
    # "100% đơn vị hoàn thành kế hoạch năm 2024" in a text of 2025, nothing committing: done
    all_reported = all_reported or (
        not committed
        and context.year is not None
        and _names_a_past_year(sentence, context.year)
        # ("Giữ vững … kết quả xếp hạng … năm 2025": what was reached, to keep)
        and not _KEEP_OPENS.match(sentence)
    )
    # "xã Dương Thành 70,74%; xã Hà Châu 68,74%; xã Tân Kim 64,6%": figures measured to the
    # hundredth, more than one, are a table of results, its round figures included
    all_reported = all_reported or (
        _measured_figures(sentence) > 1 and not lx.STATED_TARGET.search(sentence)
    )
    # "100% văn bản …; … tỉ lệ giải quyết hồ sơ trực tuyến đạt 94,4%, …": a figure reached to
    # a decimal, nothing committing: the sentence tells results, its round figures included
    all_reported = all_reported or (not committed and bool(_REACHED_DECIMAL.search(sentence)))
    # "đạt 100% hệ thống … và 60% doanh nghiệp …": a figure said before what it counts states
    # a target; one "đạt" in the same sentence is read as it is
    figures_stated = any(
        a.kind == "percent"
        and not _REACHED_HEAD.search(text, max(0, a.start - 40), a.start)
        and _after_is_subject(text[a.end : a.end + 80])
        # (what it counts named: "…, trong đó 50% được tái sử dụng" names none)
        and not _PREDICATE_NEXT.match(text, a.end)
        for a in anchors
    )
    # "Chỉ số SIPAS đạt trên 85%, xếp hạng trong nhóm 15 tỉnh dẫn đầu": a sentence that sets a
    # place or a rise in a ranking to reach states its other figures as targets too
    figures_stated = figures_stated or (
        not all_reported and any(a.kind in ("rank_top", "rank_improve") for a in anchors)
    )
    clauses = _Clauses(text, context.year, context.committed)
    aspirations = _Aspiration(text)
    # where the piece's own words first commit, when nothing before it does
    aim = None if context.committed or exclusions else commitment.search(_unquoted(text))
    aimed_after = (
        _AimedAfter(text, aim) if aim is not None and not _FLOOR_WORD.fullmatch(aim[0]) else None
    )
    told_before_aim = False  # a figure left a result by what is aimed at after it
    starts = [a.start for a in anchors]
    # "Các đơn vị phải bảo đảm …, … và …": who the sentence opens with binds each figure in it
    opening = text[: starts[0]] if starts else ""
    addressees = tuple(level for level in _levels(opening) if level.startswith("each_"))
    # "Các bộ, ngành, địa phương cắt giảm tối thiểu 30% …": each cuts a share (a count they
    # are told to reach, "… sửa đổi 322 văn bản", is one total)
    # ("UBND tỉnh yêu cầu các sở, ngành, địa phương nâng tỷ lệ … lên 60%": whom a directive
    # names, as who the sentence opens with)
    # (not whom it asks to advise on or draft what holds the figure: "yêu cầu các đơn vị …
    # phối hợp …, tham mưu … phương án cắt giảm 30% …" is the issuer's cut)
    # ("Từ ngày 01/01/2026, các cơ quan, đơn vị thực hiện ký số 100% …": whom it names after
    # the time it opens with)
    time_first = _TIME_OPENS.match(opening)
    opening_after_time = opening[time_first.end() :] if time_first else opening
    directed = lx.DIRECTED_TO.search(opening_after_time)
    who = opening_after_time[directed.end() :] if directed else opening_after_time
    if directed and _ADVISES.search(who):
        who = opening_after_time
    if not _ADDRESSEE_FIRST.match(who) and (specified := _SPECIFIED.search(who)):
        # "…, hàng loạt chỉ tiêu được giao …, cụ thể các xã, phường tiếp nhận …": whom the
        # words that specify name first
        who = who[specified.end() :]
    addressed_first = _ADDRESSEE_FIRST.match(who) is not None
    named_first = _addressed(who) if addressed_first else ()
    # ("Các sở, ngành, địa phương phải bảo đảm …": the agencies and the localities, each)
    groups_first = tuple(_agencies_and_tier(who, context, sentence)) if addressed_first else ()
    if not named_first and _LOCALITIES_FIRST.match(opening_after_time):
        # "Các địa phương phấn đấu tỷ lệ … đạt 50%": each locality, of the issuer's tier below
        below = _tier_of_localities(context, sentence)
        named_first = (f"each_{below}",) if below else ()
    # "Đối với cấp xã, tỷ lệ … đạt tối thiểu 50%": the level the sentence opens on
    topic = _TOPIC.match(text)
    topic_levels = _levels(f"tại {topic['topic']}") if topic else ()  # "đối với" as "tại"
    # "- Cấp tỉnh: 100%", "+ Đối với cấp xã: trên 85%": an item labelled with its tier, under a
    # lead that names the measure
    tier_label = lx.TIER_LABEL.match(text)
    if tier_label:
        topic_levels = _levels(f"tại {tier_label['tiers']}")
    respective = _RESPECTIVELY.search(text)
    respective_tiers: list[str] = []
    respective_measure = ""
    respective_measures: list[str] = []
    if respective:
        respective_tiers = [_tier_named(t) for t in re.findall(lx.TIER, respective["tiers"], CASE)]
        opened = max(text.rfind(mark, 0, respective.start()) for mark in ",;:") + 1
        respective_measure = ph.measured(text[opened : respective.start()])
    elif respective := _RESPECTIVE_FIGURES.search(text):
        respective_measures = _measures_in_turn(
            text[_after_last_stop(text, respective) : respective.start()],
            len(_anchors(respective["figures"])),
        )
    # "Chỉ số SIPAS lần lượt đạt 85% và 90% trong năm 2026 và năm 2027", "Tỷ lệ … năm 2026,
    # 2027 lần lượt đạt 60% và 80%": each figure the year named in its turn
    respective_years = _years_in_turn(text, respective) if respective else []
    # (their measure, without the years: "Tỷ lệ … năm 2026, 2027 lần lượt đạt …")
    measure_of_years = (
        ph.measured(
            _YEARS_LISTED.sub("", text[_after_last_stop(text, respective) : respective.start()])
        )
        if respective and respective_years
        else ""
    )
    piece_deadlines: list[tuple[int, date]] | None = None
    piece_periods: list[tuple[int, str]] | None = None
    sentence_times: tuple[list[tuple[int, date]], list[tuple[int, str]]] | None = None
    not_read: _Anchor | None = None
    measure_for_next = ""  # what a figure read as no target (a result, a start) measured
    measure_of_result = ""  # what a result told before measured, for a figure naming none
    each_unit_of_next = ""  # the units "100% … có tỷ lệ …" names, for the rate after it
    criterion: _Anchor | None = None  # the figure "80% số xã có tỷ lệ … đạt 50%" counts by
    figure_starts = [a.start for a in anchors]  # (sorted, as the anchors are)
    for index, anchor in enumerate(anchors):
        if anchor is criterion:
            continue
        clause_start, clause_end = clauses.bounds(anchor.start)
        if clause_end < anchor.end:  # a cut inside the anchor ("duy trì, nâng cao thứ hạng")
            clause_end = clauses.bounds(anchor.end)[1]
        said = clauses.said((clause_start, clause_end))
        clause_reports, clause_deadlines, clause_periods, _, clause_levels = said
        recurrence = clauses.recurrence_of((clause_start, clause_end), anchor.start, figure_starts)
        before = anchors[index - 1] if index else None
        after = anchors[index + 1] if index + 1 < len(anchors) else None
        prev_end = before.end if before is not None and before.end > clause_start else clause_start
        next_start = after.start if after is not None and after.start < clause_end else clause_end
        if (
            anchor.kind == "percent"
            and after is not None
            and (
                _COMPARED_WITH_TARGET.fullmatch(text, anchor.end, after.start)
                # ("Tỷ lệ … đạt 65%, mục tiêu là 80%": beside the target, nothing committing it)
                or (
                    _TARGET_BESIDE.fullmatch(text, anchor.end, after.start)
                    and not lx.COMMITMENT.search(text, clause_start, anchor.start)
                )
            )
        ):
            # "Tỷ lệ … đạt 45%, thấp hơn mục tiêu 50%", "… chỉ đạt 45,8%, trong khi mục tiêu đề
            # ra là 50%", "… đạt 63% (mục tiêu 70%)": a result, beside the target it is
            # measured against, which is of the same measure
            measure_for_next = ph.measured(text[prev_end : anchor.start])
            reported += 1
            continue
        if (
            anchor.kind == "percent"
            and after is not None
            and _RISES_TO.fullmatch(text, anchor.end, after.start)
            and re.search(r"\btừ\s*$", text[max(0, anchor.start - 8) : anchor.start], CASE)
        ):
            # "nâng tỷ lệ … từ 40% năm 2025 lên 70% năm 2026": where it starts is no target;
            # the figure it rises to is of the measure named before
            measure_for_next = ph.measured(text[prev_end : anchor.start])
            continue
        if (
            anchor.kind == "percent"
            and _LEVEL_FROM.search(text, max(0, anchor.start - 16), anchor.start)
            and not _FLOOR_AFTER.match(text, anchor.end)
        ):
            # "Từ mức 45% năm 2025, phấn đấu … đạt 60%", "So với mức 85% của năm 2025, …":
            # the level a later figure starts from is no target, a result
            reported += 1
            continue
        if (
            all_reported
            or clause_reports
            or (anchor.kind == "amount" and sentence_reports)
            or _REACHED_ONLY.search(text, max(0, anchor.start - 30), anchor.start)
            or anchor.start < clauses.told_until((clause_start, clause_end))
            or (aimed_after is not None and aimed_after.tells(anchor))
        ):
            # (its year is the result's, not the measure's: "Chỉ số CCHC năm 2025 của xã đạt
            # 85,5 điểm, phấn đấu năm 2026 …")
            measure_of_result = (
                _A_YEAR_NAMED.sub("", _measured_by(text, prev_end, anchor, next_start))
                or measure_of_result
            )
            reported += 1
            continue
        uncommitted = aimed_after is not None and aimed_after.uncommits(anchor)
        built = _build(
            text,
            anchor,
            prev_end,
            next_start,
            clause_start,
            clause_end,
            context,
            committed and not uncommitted,
            figures_stated,
        )
        told_before_aim = told_before_aim or (uncommitted and built is None)
        if (
            built
            and anchor.kind == "percent"
            and all(_SURVEY_SAMPLE.search(r.phrase) for r in built)
        ):
            # "tỷ lệ lấy phiếu phải đạt ít nhất 92% tổng số hộ": how a survey is taken, no target
            not_read = anchor
            continue
        if built is not None and measure_for_next:
            built = [attrs.evolve(r, phrase=measure_for_next) for r in built]
            measure_for_next = ""
        if built is not None and each_unit_of_next:
            note = "each unit named before its rate ('100% … có tỷ lệ … đạt …')"
            built = [
                attrs.evolve(r, level=each_unit_of_next, notes=(*r.notes, note)) for r in built
            ]
            each_unit_of_next = ""
        total_of_spread = bool(
            built
            and anchor.kind == "count"
            and after is not None
            # (a count's floor is part of its figure: a share's is not, "… hằng năm ít nhất 50%")
            and _FLOOR_EACH_PERIOD.fullmatch(text, anchor.end, after.start)
        )
        if built and total_of_spread:
            # "Tổ chức 04 đợt kiểm tra …, hằng năm ít nhất 02 đợt": so many in all, and the
            # floor of each period after it, of the same things
            measure_for_next = built[0].phrase
            note = "a count in all, not each period: the floor of each period is said after it"
            built = [attrs.evolve(r, notes=(*r.notes, note)) for r in built]
        if (
            built
            and anchor.kind == "percent"
            and built[0].value == "100"
            and built[0].level.startswith("each_")
            and after is not None
            and _UNITS_HAVE_A_RATE.fullmatch(text, anchor.end, after.start)
        ):
            # "100% cơ quan chuyên môn … có tỷ lệ hồ sơ đúng hạn đạt trên 98%": every unit's
            # rate is to reach the figure after it; the 100% is who, no target of its own
            each_unit_of_next = built[0].level
            continue
        if (
            built
            and anchor.kind == "percent"
            and built[0].of_units
            and after is not None
            and _UNITS_HAVE_A_RATE.fullmatch(text, anchor.end, after.start)
        ):
            # "80% số xã có tỷ lệ hồ sơ trực tuyến đạt trên 50%": the share of the units whose
            # rate reaches the figure after it, which is no target of its own
            floor = re.match(r"\s*trở\s+lên\b", text[after.end :], CASE)
            reached = text[after.start : after.end + (floor.end() if floor else 0)].strip()
            counted = f"{text[anchor.end : after.start].strip()} {reached}"
            note = "a share of the units whose own figure reaches the one named after them"
            built = [attrs.evolve(r, phrase=counted, notes=(*r.notes, note)) for r in built]
            criterion = after
        # "Tỷ lệ … đạt 100% tại cấp tỉnh và 90% tại cấp xã": the figure after a tier's shares
        # how the one before was read; a result reported reports both
        if built is not None and tier_label and anchor.start >= tier_label.end():
            built = [
                attrs.evolve(r, phrase="") if lx.TIER_LABEL.fullmatch(f"{r.phrase}:") else r
                for r in built
            ]
        if built is None or (
            before is not None
            and before is not_read
            and (
                _TIER_THEN_FIGURE.fullmatch(text, before.end, anchor.start)
                # "… ở cấp tỉnh và cấp xã lần lượt đạt 80% và 60%": read alike
                or (respective is not None and before.start >= respective.start("figures"))
                # "Tỷ lệ hồ sơ trực tuyến đạt 90%, thanh toán trực tuyến 70%": the verb of
                # the result before, left out, with nothing that commits
                or (not committed and _ELLIPSIS.fullmatch(text, before.end, anchor.start))
            )
        ):
            not_read = anchor
            continue
        # "Tỷ lệ … đạt 80%, trong đó 50% …": the base figure read as no target (a result), so
        # is its part
        part_of_no_target = (
            within_at is not None
            and anchor.start > within_at.end()
            and not first_phrase_before_within
            # a figure before "trong đó" (anchors are sorted), or a tally
            and (starts[0] < within_at.start() or tally_before_within)
        )
        if part_of_no_target:
            continue
        alone = bisect.bisect_left(starts, clause_end) - bisect.bisect_left(starts, clause_start)
        sub_quota = bool(
            within_at
            and anchor.start > within_at.end()
            and first_phrase_before_within
            # ("… 82% số xã …, trong đó …, 5% số xã … và 11 đơn vị cấp huyện …": units of
            # another tier are no part of the communes counted)
            and not _other_tier_counted(text, anchor, first_phrase_before_within)
        )
        said_after = _FOR_OR_WITH_WHOM.sub(
            "", _NEXT_TIER_OPENS.sub("", text[anchor.start : next_start])
        )
        if anchor.kind == "count" and not _EACH_SAID.search(text, clause_start, clause_end):
            # "Tổ chức 05 cuộc kiểm tra … tại các cơ quan, đơn vị", "… 3 mô hình … tại các xã
            # Quế Long, Quế Phú": where a total is counted, not a count for each nor a tier's
            # ("01 mô hình tại mỗi xã" is one each)
            levels_after = _not_each(_levels(_PLACES_COUNTED_IN.sub("", said_after)))
            clause = _FOR_OR_WITH_WHOM.sub("", text[clause_start:clause_end])
            levels_of_clause = _not_each(_levels(_PLACES_COUNTED_IN.sub("", clause)))
        else:
            levels_after, levels_of_clause = _levels(said_after), clause_levels
        # "Các sở, ban, ngành tổ chức tối thiểu 01 cuộc kiểm tra …": at least one for each of
        # those it names (a larger count for them is one total: "… sửa đổi 322 văn bản")
        one_each = anchor.kind == "count" and bool(_AT_LEAST_ONE.search(text, prev_end, anchor.end))
        levels = (
            # (not who it is done for: "04 lớp bồi dưỡng … cho cán bộ, công chức cấp xã"; not
            # the tier the next figure opens with: "… ở cấp tỉnh đạt 98%, ở cấp xã đạt 95%")
            levels_after
            or (groups_first if anchor.kind != "count" or one_each else ())
            or (_units_opening(text[prev_end : anchor.start]) if prev_end > clause_start else ())
            or _levels_before(text[prev_end : anchor.start], context)
            or (levels_of_clause if alone == 1 else ())
            # a "trong đó" sub-quota is counted where its base is
            or (levels_before_within if sub_quota else ())
            or topic_levels
            or addressees
            or (named_first if anchor.kind != "count" or one_each else ())
            or context.levels
        )
        year_in_turn = None
        if respective and respective.start("figures") <= anchor.start < respective.end("figures"):
            order = index - bisect.bisect_left(starts, respective.start("figures"))
            if order < len(respective_years) and built:
                year_in_turn = respective_years[order]
                note = "each figure the year named in its turn"
                built = [
                    attrs.evolve(
                        r,
                        phrase=measure_of_years
                        if measure_of_years and not respective_measures
                        else r.phrase,
                        notes=(*r.notes, note),
                    )
                    for r in built
                ]
            if order < len(respective_tiers):
                levels = (respective_tiers[order],)
                built = [
                    attrs.evolve(
                        r, phrase=respective_measure, notes=(*r.notes, "each figure its tier's")
                    )
                    for r in built
                ]
            elif order < len(respective_measures) and built:
                # (one target: the measures listed are not each this figure's)
                built = [
                    attrs.evolve(
                        built[0],
                        phrase=respective_measures[order],
                        notes=(
                            *(n for n in built[0].notes if n != _MEASURES_SHARE),
                            "each figure the measure named in its turn",
                        ),
                    )
                ]
        # a count's verb may be "phấn đấu" itself ("Phấn đấu 5 xã đạt chuẩn …"), a rise in
        # rank may name its index first ("Cải thiện thứ hạng Chỉ số PAPI, phấn đấu tăng 5
        # bậc"): what marks its figure is what stands before the figure
        digit = re.search(r"\d", anchor.match.group(0))
        figure_at = (
            anchor.match.start("num")
            if anchor.kind == "count"
            else anchor.start + (digit.start() if digit else 0)
        )
        aspiration = aspirations.before(figure_at)
        first_item_end = sentence.find(";")
        if aspiration is None and sentence != text and sentence.find(text) > first_item_end >= 0:
            # "Năm 2025, huyện phấn đấu 95% …; 100% …": the items after share the "phấn đấu" (or
            # the "bảo đảm") of the sentence's opening item (one in a later item is its own)
            opening = sentence[:first_item_end].rsplit(":", 1)[-1]  # after a lead in it
            aspiration = _aspiration(opening)
        if aspiration is None:
            aspiration = context.aspirational
        if sentence_times is None:
            sentence_times = _sentence_times(sentence, text, context.year)
        deadlines = clause_deadlines
        if not deadlines:
            piece_deadlines = (
                list(deadlines_in(text, context.year))
                if piece_deadlines is None
                else piece_deadlines
            )
            deadlines = [d for d in piece_deadlines if not _aimed_later(text, clause_end, d[0])]
        if not deadlines and context.deadline is None:
            deadlines = sentence_times[0]
        periods = clause_periods
        # ("… và năm nay đặt mục tiêu 90%": its own year, said relatively, takes no other's)
        if not periods and not _RELATIVE_YEAR.search(text, clause_start, clause_end):
            piece_periods = (
                list(periods_in(text, context.year)) if piece_periods is None else piece_periods
            )
            periods = [p for p in piece_periods if not _aimed_later(text, clause_end, p[0])]
        if not periods and context.period is None:
            periods = sentence_times[1]
        if anchor.kind == "rank_keep" and context.year is not None:
            # "Giữ vững … kết quả xếp hạng … năm 2025" in a plan of 2026: the year kept from
            periods = [(at, p) for at, p in periods if int(_YEARS.findall(p)[-1]) >= context.year]
        shares_indices = len(previous_group) > 1 and len(built) == 1 and built[0].unit == "rank"
        if shares_indices and not built[0].phrase:
            # "… thuộc nhóm 5 dẫn đầu, hướng tới top 3": the indices named before share it
            built = [
                attrs.evolve(built[0], phrase=p, notes=(*built[0].notes, "one target per index"))
                for p in previous_group
            ]
        previous_group = [reading.phrase for reading in built if reading.phrase]
        for reading in built:
            phrase = reading.phrase or previous_phrase or measure_of_result or context.measure or ""
            notes = reading.notes
            if names_no_measure(phrase) and (named := previous_phrase or measure_of_result):
                # "…, năm 2025 phấn đấu nâng tỷ lệ này lên 80%": the measure named before
                phrase = named
                notes += (f"'{reading.phrase}' is the measure named before it",)
            elif (
                not reading.phrase
                and previous_phrase
                and (qualifier := _SIBLING_AFTER.match(text, anchor.end))
                and (swap := _sibling_swapped(previous_phrase, qualifier["said"]))
            ):
                phrase = swap  # "… 100% hồ sơ đúng hạn, trong đó trên 50% trước hạn"
                notes += ("the measured phrase is the one before it, with its qualifier",)
            elif not reading.phrase and previous_phrase:
                if anchor.kind == "amount":
                    # "thu ngân sách tăng bình quân 30%/năm, đạt trên 2 tỷ đồng": the
                    # aggregate itself reaches the amount, not its growth
                    phrase = _GROWTH_SAID.sub("", previous_phrase).strip() or previous_phrase
                notes += ("the measured phrase is shared with the figure before it",)
            elif not reading.phrase and measure_of_result:
                notes += ("the measured phrase is the one of the result told before it",)
            elif not reading.phrase and context.measure:
                notes += ("the measured phrase is the one its lead names",)
            elif context.measure and _UNITS_OR_AGENCIES.fullmatch(reading.phrase):
                # "Tỷ lệ …: các sở, ban, ngành đạt 98%, UBND cấp xã đạt 90%": the measure its
                # lead names, of the units
                phrase = f"{context.measure} của {reading.phrase}"
                notes += ("the measured phrase is the one its lead names, of the units",)
            elif previous_phrase and (apart := set_apart(previous_phrase, reading.phrase)):
                phrase = apart
                notes += ("the measured phrase is the one before it, where or whose named",)
            elif previous_phrase and ph.PREDICATE.match(reading.phrase):
                verb = ph.PREDICATE.search(previous_phrase)
                subject = previous_phrase[: verb.start()].strip() if verb else previous_phrase
                phrase = f"{subject or previous_phrase} {reading.phrase}"
            elif previous_phrase and (swap := _sibling_swapped(previous_phrase, phrase)):
                phrase = swap  # "… trước hạn đạt tối thiểu 30%, đúng hạn đạt 100%"
                notes += ("the measured phrase is the one before it, with its qualifier",)
            if (directive := _DIRECTIVE_OPENS.match(phrase)) and _DIRECTIVE_REACHES.match(text):
                phrase = phrase[directive.end() :]  # what is done, not the word that directs it
            base = None
            breakdown = False
            if sub_quota:
                base = first_phrase_before_within
                phrase = part_phrase(phrase, base)
                breakdown, note = within_reading(phrase, base)
                notes += (note,)
            level_list = [reading.level] if reading.level != "self" else list(levels or ("self",))
            # "…, trong đó cấp xã đạt tối thiểu 98%", "… đạt 60% (cấp tỉnh 70%, cấp xã 50%)":
            # a tier alone before a figure that follows a measured one gives that tier's figure
            tier = _TIER_NAMED.fullmatch(phrase) if sub_quota or previous_phrase else None
            if (
                tier is not None
                and not sub_quota
                and level_list != ["self"]
                and _TIER[tier.group(1).lower()] not in level_list
            ):
                # "đạt 98% đối với cấp tỉnh và 95% đối với cấp xã": the tier before this figure
                # is the one before's, this figure's tier is said after it
                phrase, tier = previous_phrase, None
            if tier is not None:
                phrase = first_phrase_before_within if sub_quota else previous_phrase
                said_at = _TIER_AT_END.search(phrase)
                if said_at and said_at.start() and readings and readings[-1].level == "self":
                    # "số hóa 100% kết quả … cấp tỉnh và 95% cấp xã": the figure before is its
                    # tier's, as this one is
                    readings[-1] = attrs.evolve(
                        readings[-1],
                        phrase=phrase[: said_at.start()],
                        level=_TIER[said_at.group(1).lower()],
                    )
                # "… ở cấp tỉnh đạt 98%, ở cấp xã đạt 95%": the measure, not the tier before
                # (nor the units before: "… tại các sở, ban, ngành đạt 98%, tại cấp huyện …")
                phrase = _TIER_AT_END.sub("", phrase) or phrase
                units_before = _PLACE_IN.search(phrase)
                phrase = phrase[: units_before.start()] if units_before else phrase
                base, breakdown = None, True
                level_list = [_TIER[tier.group(1).lower()]]
                # ("… và 95% cấp xã": the measure at that tier, not a share of its units)
                reading = attrs.evolve(reading, of_units=False)
                notes = (
                    *reading.notes,
                    ("trong đó + a tier" if sub_quota else "a tier named before its figure")
                    + ": the same measure at that tier (a breakdown)",
                )
            if "all_levels" in levels:
                level_list = ["all_levels"]  # "… từ tỉnh đến cấp xã" spans whatever it counts
            # a ministry's figure of the whole country ("tỷ trọng kinh tế số trong GDP", "…
            # của cả nước"): the nation's, not the ministry's own
            if (
                level_list == ["self"]
                and context.issuer_level == "ministry"
                and _NATIONWIDE.search(text, clause_start, clause_end)
            ):
                level_list = ["nation"]
            # a commune's own tier is all it governs ("ở cấp xã" in a commune's plan: the
            # commune itself); a province's "cấp tỉnh" is one tier of its territory
            if context.issuer_level == "commune":
                own = {context.issuer_level, f"each_{context.issuer_level}"}
                if reading.level == "self" and len(level_list) == 1 and level_list[0] in own:
                    level_list = ["self"]
            # ("trong phạm vi cấp tỉnh" in a province's plan, or one whose issuer is not
            # given, a commune's too: the province, not each province; beside a tier named
            # ("TTHC … của cấp xã … trong phạm vi tỉnh"), that tier's alone)
            if (
                context.issuer_level not in ("nation", "ministry")
                and "each_province" in level_list
                and _WITHIN_A_PROVINCE.search(phrase)
            ):
                level_list = [lv for lv in level_list if lv != "each_province"] or ["self"]
            # "… lên 70% năm 2026": the year said right after its figure is its own
            own_year = _YEAR_AFTER_FIGURE.match(text, anchor.end)
            if own_year and not any(p == own_year["y"] for _, p in periods):
                own_year = None  # ("giữ vững … năm 2024": a year held against, no period)
            if (
                any(prev_end <= at < anchor.start for at, _ in deadlines)
                and prev_end > clause_start
            ):
                # "… năm 2026 đạt 40%, đến hết năm 2027 đạt 60%": a figure its own deadline
                # opens takes no year said before the figure before it
                periods = [(at, p) for at, p in periods if at >= prev_end]
            # ("tỷ lệ hộ nghèo dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2022": the year
            # after a status's clause is the status's own)
            periods_mine = [
                (at, p)
                for at, p in periods
                if at < anchor.end or not lx.STATUS_REACHED.search(text, anchor.end, at)
            ]
            period = (
                year_in_turn
                or (own_year["y"] if own_year else None)
                or (_nearest(periods_mine, anchor.start) if periods_mine else None)
            )
            graded = _GRADE_OF.match(phrase)
            if period and ph.MEASURE_HEAD.match(phrase, graded.end() if graded else 0):
                # "Chỉ số PAPI năm 2026 của tỉnh tăng …": the year is the target's period, no
                # part of what it measures ("xếp loại mức độ hoàn thành … năm 2026 của xã" too)
                phrase = re.sub(
                    rf"\s+năm\s+{re.escape(period)}(?=\s+của\b)", "", phrase, flags=CASE
                )
            said_at = _TIER_AT_END.search(phrase)
            if (
                said_at
                and re.match(r"\s*(?:ở|tại|đối)", said_at.group(0), CASE)
                and level_list == [_TIER[said_at.group(1).lower()]]
            ):
                # "tỷ lệ … ở cấp tỉnh đạt 60%, cấp xã đạt 40%": the tier is its level, no part
                # of what it measures (as the next figure's measure)
                phrase = phrase[: said_at.start()] or phrase
            if anchor.kind == "percent" and anchor.match["mille"]:
                # the schema has no unit per mille: so many per thousand, counted
                reading = attrs.evolve(reading, unit="count")
                notes += ("a rate per mille (‰)",)
            # "thu nhập bình quân đầu người đạt 58 triệu đồng/năm": an income's own unit, no
            # target each year (a revenue of "500 triệu đồng/năm" is so much each year)
            income_a_year = (
                anchor.kind == "amount"
                and _PER_HEAD.search(phrase) is not None
                and _MONEY_A_YEAR.match(text, anchor.start) is not None
            )
            for level in level_list:
                readings.append(
                    attrs.evolve(
                        reading,
                        phrase=phrase,
                        level=level,
                        aspirational=bool(aspiration),
                        deadline=_own_time(deadlines, text, anchor.end)
                        or _nearest(mine, anchor.start)
                        if (mine := _not_opening_later(deadlines, text, anchor.end))
                        else context.deadline,
                        period=period or context.period,
                        recurrence=reading.recurrence
                        or _own_rate_period(text, anchor)
                        or (None if total_of_spread or income_a_year else recurrence)
                        or context.recurrence,
                        exclusions=exclusions,
                        base=base,
                        breakdown=breakdown,
                        against=_against(text, anchor, clause_start, clause_end)
                        if reading.op.startswith(_CHANGES)
                        else None,
                        span=(offset + anchor.start, offset + anchor.end),
                        notes=notes
                        + (("one target per level named",) if len(level_list) > 1 else ()),
                    )
                )
            previous_phrase = phrase
            if within_at is None or anchor.start < within_at.start():
                first_phrase_before_within = phrase
                levels_before_within = levels
    if not readings:
        # ("- 15 xã đạt chuẩn nông thôn mới nâng cao." under a lead that sets targets and names
        # no measure: a count, not a status to keep)
        if not context.measure and (
            count_item := _bare_count(text, offset, context, under_targets=True)
        ):
            return [count_item], None
        tasks = _tasks_by_clause(text, offset, context, exclusions)
        if tasks:
            return tasks, None
        other = _bare_count(text, offset, context) or _named_count(text, offset, context)
        if other is not None:
            return [other], None
        if statuses := _statuses(text, offset, context, committed):
            return statuses, None
    if readings:
        # "Phải hình thành … trong quý I/2026; bảo đảm tất cả …": a task in the clause before
        # the first ";", which holds no figure of its own
        cut = text.find(";")
        if cut > 0 and not any(start < cut for start in starts):
            readings[0:0] = _task(text[:cut], offset, context, exclusions)
        readings += _status_after_figures(text, offset, context, committed, readings)
        return _excluded_where_named(_said_once(_share_predicates(_on_topic(text, readings)))), None
    if told_before_aim and not reported:
        return [], "reports a result, not a target (what commits comes after it, in another clause)"
    return [], _why_none(text, anchors, reported)


def _excluded_where_named(readings: list[Reading]) -> list[Reading]:
    """Each exclusion kept only on the targets that count what it carves out, when some do.

    "… 100% văn bản điện tử … (trừ văn bản mật), 100% thủ tục hành chính …": documents are
    excluded from the count of documents, not from that of procedures.
    """
    if len(readings) < 2 or not any(r.exclusions for r in readings):
        return readings

    def counts(reading: Reading, what: str) -> bool:
        head = _head_of(what)
        return bool(head) and head in _folded(reading.phrase)

    out = []
    for r in readings:
        kept = tuple(
            what
            for what in r.exclusions
            if counts(r, what) or not any(counts(other, what) for other in readings)
        )
        out.append(r if kept == r.exclusions else attrs.evolve(r, exclusions=kept))
    return out


def _head_of(what: str) -> str:
    """The first two words of what an exclusion names, its head ("văn bản" of "các văn bản
    mật"), folded; empty when it names less."""
    words = [w for w in _folded(what).split() if w not in ("các", "những", "mọi")]
    return " ".join(words[:2]) if len(words) >= 2 else ""


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _sentence_times(
    sentence: str, item: str, year: int | None = None
) -> tuple[list[tuple[int, date]], list[tuple[int, str]]]:
    """The deadlines and periods an item cut at ";" keeps from its sentence: those of the
    sentence's opening clause ("Đến năm 2026, A; B") or of the text before the item, when that
    text states no figure of its own ("… ban hành kế hoạch CCHC năm 2026, …; phấn đấu …")."""
    shift = sentence.find(item)
    if sentence == item or shift <= 0:
        return [], []
    before = sentence[:shift]
    if _anchors(before):
        # the sentence's own opening clause, not the first item's after a lead's colon
        before = before.split(",", 1)[0] if "," in before else ""
        if ":" in before or _anchors(before):
            before = ""
    return (
        [(at - shift, d) for at, d in deadlines_in(before, year)],
        [(at - shift, p) for at, p in periods_in(before, year)],
    )


def _names_a_past_year(sentence: str, year: int) -> bool:
    """Whether a period the sentence names ends before ``year`` ("năm 2024"; not a
    baseline, "so với năm 2024", nor a span that reaches it, "giai đoạn 2021 - 2025"), or
    a day it names as due is ("Cuối năm 2024, 100% xã có …" in a text of 2025)."""
    return _ends_before(list(periods_in(sentence, year)), list(deadlines_in(sentence)), year)


def _ends_before(
    periods: list[tuple[int, str]], deadlines: list[tuple[int, date]], year: int
) -> bool:
    """Whether one of ``periods`` ends, or one of ``deadlines`` falls, before ``year``."""
    return any(int(_YEARS.findall(p)[-1]) < year for _, p in periods) or any(
        due.year < year for _, due in deadlines
    )


_YEARS = re.compile(r"(?:19|20)\d\d")
_A_YEAR_NAMED = re.compile(r"\s+năm\s+(?:19|20)\d\d\b", CASE)
_SHARE_OF_ITS_PLAN = re.compile(lx.SHARE_OF_ITS_PLAN, CASE)
#: how a task's own period is said ("trong năm 2025", "từ năm 2026"), not a year in a name
_WITHIN = re.compile(r"(?:ngay\s+)?(?:trong|từ)\s", CASE)


NO_COMMITMENT = (
    "its figures give no target without a commitment word (phấn đấu, mục tiêu, tối thiểu, "
    "trở lên …)"
)
"""Why a piece whose figures nothing commits gave no target."""


def _why_none(text: str, anchors: list[_Anchor], reported: int) -> str | None:
    if reported:
        told = (
            lx.REPORT.search(text)
            or _TARGET_MET.search(text)
            or lx.REPORT_OPENS.match(text)
            or lx.PAST.search(text)
        )
        said = told.group(0).strip(" ,") if told else ""
        return f"reports a result, not a target ({said or 'past tense'})"
    if anchors and _SURVEY_SAMPLE.search(text):
        return "states how a survey is sampled (lấy phiếu …), no target"
    if anchors:
        return NO_COMMITMENT
    if re.search(r"\d", text):
        return "its numbers are dates, counts or document numbers, not targets"
    if lx.COMMITMENT.search(text):
        return "a target phrase without a figure"
    return None


#: a comma between the units a group lists ("khối các sở, ban, ngành", "các huyện, thị xã")
_UNITS_COMMA = (
    r",(?=\s*(?:ban|ngành|địa\s+phương|thị\s+xã|thành\s+phố|phường|thị\s+trấn|đặc\s+khu)\b)"
)
_UNITS_COMMA_AT = re.compile(_UNITS_COMMA, CASE)
_ABOUT = re.compile(rf"(?:[^,;.]|{_UNITS_COMMA})*?\bvề\s+([^,;.]+)", CASE)
"""What a rank is about, named after it ("… dẫn đầu cả nước về Chỉ số PAR Index")."""
_ABOUT_INDICES = re.compile(
    rf"[^,;.]*?\bvề\s+(?:các\s+)?((?:chỉ\s+số\s+)?(?-i:{lx.INDEX_NAME.pattern})[^;.]*)", CASE
)
_HAS_THE_INDEX = re.compile(
    rf"(?:[^,;.]|,(?=\s*thành\s+phố\b))*?\bcó\s+((?:chỉ\s+số\b|(?-i:{lx.INDEX_NAME.pattern}))[^,;.]*?)\s+(?:cao|tốt)\s+nhất\b",
    CASE,
)
"""The index a place among the best is on, named after it ("… địa phương có Chỉ số DTI cao
nhất", "… tỉnh, thành phố có chỉ số DTI cao nhất": one index, right after "có")."""
#: how a time allowed is bounded, by the words or the sign before it (else at most)
_TIME_OPS = {
    "dưới": "<",
    "<": "<",
    "tối thiểu": ">=",
    "ít nhất": ">=",
    "≥": ">=",
    ">=": ">=",
    "=>": ">=",
}
#: the forms measured against a period before
_CHANGES = ("change_", "rank_improve", "rank_keep")
#: the year a change is measured against ("so với năm 2024", "không thấp hơn năm 2025")
_AGAINST_YEAR = re.compile(
    rf"\b(?:{lx.BASELINE_WORDS})(?:\s+(?:kết\s+quả|mức))?\s+(?:năm\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/])",
    CASE,
)


def _against(text: str, anchor: _Anchor, clause_start: int, clause_end: int) -> str | None:
    """The year a change is measured against, said after its figure in its clause, else
    before it ("Giảm 30% thời gian … so với năm 2024", "So với năm 2024, giảm 30% …")."""
    after = _AGAINST_YEAR.search(text, anchor.start, clause_end)
    if after is not None:
        return after["y"]
    before = list(_AGAINST_YEAR.finditer(text, clause_start, anchor.start))
    return before[-1]["y"] if before else None


#: a rank or a place named ("thứ hạng", "bậc", "vị trí")
_RANK_WORD = re.compile(r"\b(?:hạng|bậc|vị\s+trí)\b", CASE)
_TIME_FROM = re.compile(r"\s+từ\s+[\d,.]+\s+(?:ngày|giờ|phút)(?:\s+làm\s+việc)?$", CASE)
_TIME_VERB = re.compile(r"^(?:giảm|rút\s+ngắn)\s+(?=thời\s+gian\b)", CASE)


def _time_measured(before: str) -> str:
    """The time measured, without the verb that brings it down ("giảm thời gian chờ đợi …
    xuống còn tối đa 15 phút": "thời gian chờ đợi …") nor the time it comes down from ("…
    từ 7 ngày xuống 5 ngày")."""
    return _TIME_FROM.sub("", _TIME_VERB.sub("", before))


def _build(
    text: str,
    anchor: _Anchor,
    prev_end: int,
    next_start: int,
    clause_start: int,
    clause_end: int,
    context: Context,
    committed: bool,
    figures_stated: bool = False,
) -> list[Reading] | None:
    m = anchor.match
    kind = anchor.kind
    # "… tăng 2 bậc so với năm 2025, Chỉ số B tăng 3 bậc", "80% hồ sơ được số hóa, 100% xã …":
    # the figure before ends at the comma; what is between it and this figure is this one's
    # (not a comma between the units a group lists: "…, tại các xã, phường đạt 90%")
    measured_from = prev_end
    if prev_end > clause_start:
        measured_from = _after_last_comma(text, prev_end, anchor.start)
    written_before = text[measured_from : anchor.start]
    # "Xã phấn đấu Chỉ số cải cách hành chính xếp loại Tốt trở lên": who aims is no part of a
    # grade's or a score's measure, as before a percentage
    before = ph.clean(
        ph.without_aim(written_before)
        if kind in ("ordinal", "points", "rank_top", "ratio")
        else written_before
    )
    op_words = _op_before(text, anchor.start, clause_start)
    more = re.match(r"\s*trở\s+lên", text[anchor.end :], CASE)
    after_raw = text[anchor.end : next_start]
    if _FORECAST_IN_BRACKETS.search(text, max(0, anchor.start - 40), anchor.start):
        return None  # "… cao hơn mức trung bình cả nước (dự kiến trên 60%)": a forecast
    if kind in ("percent", "points") and lx.BAND.match(after_raw):
        return None  # "đạt từ 90 điểm trở lên được xếp loại Tốt": a band, not a target
    if kind in ("percent", "between", "total"):
        notes: tuple[str, ...] = ()
        none_below: re.Match[str] | None = None
        growth: str | None = None
        if kind == "between":
            op, value = "between", _span(m["a"], m["b"])
            if parse_number(m["a"]) > parse_number(m["b"]):
                notes += ("the range is written high to low; read from low to high",)
        elif kind == "total":
            op, value = ">=", "100"
        else:
            op = op_words or ">="
            none_below = _NONE_BELOW.search(
                text, max(clause_start, anchor.start - 80), anchor.start
            )
            if none_below:
                # "…, không để lĩnh vực nào dưới 80%": none below it, each at least it
                op = ">="
                notes += ("none below it: each at least it",)
            written = m["num"]
            if (
                written
                and _MEASURED_DECIMALS.search(written)
                and not op_words
                and not more
                and not context.stated
                and not _TARGET_WORDS.search(text, 0, anchor.start)
            ):
                return None  # "… đạt 79,38%": a figure measured to the hundredth is a result
            if m["frac"]:
                # "ít nhất 2/3", "phấn đấu 3/4 số xã": a share; "1/3" with no cut, rise or
                # operator before it, nor committed things it is a share of, is a date or a tally
                if not (
                    _CUT_OR_RISE_BEFORE.search(text, clause_start, anchor.start)
                    or op_words
                    or (committed and re.match(r"\s+(?:tổng\s+)?số\b", text[anchor.end :], CASE))
                ):
                    return None
                numerator, denominator = (int(part) for part in m["frac"].split("/"))
                value = percent_text(Fraction(100 * numerator, denominator))
            elif m["times"]:
                # ("gấp đôi": twice; "gấp ba", "gấp 3 lần": a number, in words or figures)
                said = m["times"].lower()
                times = Fraction(2) if said == "đôi" else parse_number(said)
                value = percent_text(100 * (times - 1))
                notes += (f"{decimal_text(times)} times as much: {value} % more",)
            else:
                value = (
                    decimal_text(parse_number(written))
                    if written
                    else percent_text(SHARES[re.sub(r"\s+", " ", m["share"].lower())])
                )
        head = text[max(clause_start, anchor.start - 200) : anchor.start]
        # ("tỷ lệ hộ nghèo còn 2,25%": what is left, right before its figure)
        end_level = re.search(
            r"\b(?:xuống|lên|giảm\s+còn)\s*(?:\w+\s+){0,2}$|\bcòn\s*$", head, CASE
        )
        if kind == "percent" and end_level:
            # "giảm … xuống dưới 5%", "nâng … lên 95%": the level reached, not a change;
            # "giảm … xuống còn 2%", "… còn 2,25%" reach at most that
            down_to = end_level.group(0).lower().startswith(("xuống", "giảm", "còn"))
            if not committed and not (
                _CUT_VERB_OPENS.match(text, clause_start)
                if down_to
                else _RAISE_VERB_OPENS.match(text, clause_start)
            ):
                # "Tỷ lệ hộ nghèo giảm (xuống) còn 1,8%", "Tỷ lệ … tăng lên 75%" with nothing that
                # commits: a result told (a clause that opens with the verb, "Giảm tỷ lệ …
                # xuống còn 2%", "Nâng tỷ lệ … lên 80%", directs it)
                return None
            if op == ">=" and down_to:
                op = "<="
        elif (
            kind == "percent"
            and lx.DECREASE.search(head)
            and op not in ("<", "<=")
            # "Tỷ lệ cắt giảm thủ tục … ≥ 30%": the rate of cuts is the measure, a level
            and not _RATE_OF_CUTS.search(head)
            # "Giảm 30% thời gian, chi phí …, 100% thủ tục … được cung cấp trực tuyến": a figure
            # after another, with what it counts and a predicate of its own, is no cut
            and not (
                prev_end > clause_start
                and not lx.DECREASE.search(text, prev_end, anchor.start)
                and _after_is_subject(after_raw)
                and ph.PREDICATE.search(after_raw)
            )
        ):
            # a report says "Tỷ lệ hộ nghèo giảm 1,5%"; a clause that opens with the verb directs
            # it ("Giảm 20% chi phí …"), as "Tăng 15% …" does
            if (
                not committed
                and not _CUT_VERB_OPENS.match(text, clause_start)
                and not _AGAINST_THE_RULE.match(text, anchor.end)
            ):
                return None
            op = "change_decrease"  # "giảm dưới 0,5%" is the level reached, kept as "<"
        elif kind == "between" and lx.DECREASE.search(head) and not _RATE_OF_CUTS.search(head):
            # "cắt giảm tối thiểu 30 - 50% thời gian …": a cut of at least the lower end
            op, value = "change_decrease", value.split("..")[0]
            notes += ("a range of cuts: the least is kept",)
        elif (
            kind == "between"
            and (said := _GROWTH_SAID.search(head)) is not None
            and (said["average"] or said["yearly"] or _AGGREGATE.search(head))
        ):
            # "thu ngân sách tăng bình quân hằng năm 5-10%", "GRDP tăng 8 - 9%": a range of
            # growth rates, named with the growth, as one rate is
            growth = re.sub(r"\s+", " ", said["words"])
        elif kind == "percent" and re.search(
            # "tăng (thêm) ít nhất 10%", "tăng tỷ lệ thanh toán trực tuyến thêm 10%"
            r"\btăng\s+(?:thêm\s+)?(?:(?:bình\s+quân|trung\s+bình)\s+)?"
            r"(?:(?:hằng|hàng|mỗi)\s+năm\s+)?"
            r"(?:ít\s+nhất\s+|tối\s+thiểu\s+|gần\s+|khoảng\s+|trên\s+|hơn\s+)?$|"
            r"\btăng\b[^,;.%]{0,80}\bthêm\s+(?:ít\s+nhất\s+|tối\s+thiểu\s+)?$|"
            # "… năm sau cao hơn năm trước ít nhất 5%": a rise each year
            rf"{lx.YEAR_ON_YEAR}\s+(?:ít\s+nhất\s+|tối\s+thiểu\s+)?$|"
            # "… cao hơn (so với) năm 2025 ít nhất 5%": a rise on a year named, or on the year
            # before ("cao hơn năm trước ít nhất 5%")
            r"\bcao\s+hơn\s+(?:so\s+với\s+)?(?:năm\s+(?:19|20)\d\d|năm\s+trước|cùng\s+kỳ)\s+"
            r"(?:ít\s+nhất\s+|tối\s+thiểu\s+)?$",
            head,
            CASE,
        ):
            # a report says "… tăng 10%"; an item that opens with the verb directs it
            # ("Tăng 15% số hồ sơ trực tuyến so với năm 2023"), as "Giảm 20% …" does
            if not committed and not re.match(r"\W*tăng\b", text, CASE):
                return None
            op = "change_increase"
            said = _GROWTH_SAID.search(head)
            # ("thu nhập … đến năm 2030 so với năm 2025 tăng 31,6%": a rise over the years
            # since a year named, not a rate each year)
            over_years = _against(text, anchor, clause_start, clause_end) is not None and (
                lx.YEAR.search(text, clause_start, anchor.start) is not None
            )
            if (
                said
                and not over_years
                and (
                    said["average"]
                    or said["yearly"]
                    or _PER_PERIOD_RATE.search(text, anchor.start, anchor.end)
                    or _AGGREGATE.search(text, max(clause_start, said.start() - 80), said.start())
                )
            ):
                # "GRDP tăng 10,5%", "Thu ngân sách tăng bình quân 30%/năm": the growth rate of
                # an aggregate to reach, as its statistics give it
                op = ">" if op_words == ">" else ">="  # ("GRDP tăng trên 8%": more than it)
                growth = re.sub(r"\s+", " ", said["words"])
                notes += ("a growth rate to reach (the other reading: a rise on the year before)",)
        elif (
            kind == "percent" and context.change and op == ">=" and not INCREASE_BEFORE.search(head)
        ):
            op = context.change
        bare = not op_words
        reached = _REACHED_HEAD.search(head)
        if (
            kind == "percent"
            and not committed
            and not context.planned
            and not figures_stated
            and not more
            and reached
            and ((op == ">=" and bare) or (op == ">" and reached["above"]))
        ):
            return None  # "… đạt (trên) 85%" with no commitment anywhere: a result reported
        if kind == "percent" and op == "=" and not committed and not context.planned and not more:
            return None  # "… đạt khoảng 85%", nothing committing: an estimate, reported
        if kind == "percent" and op == ">=" and bare and not more:
            notes += ("a bare figure read as a floor, ≥ (the other reading: exactly that)",)
        elif op == "=":
            notes += ("about that figure, read as it (the other reading: a floor, ≥)",)
        elif op == "change_decrease":
            notes += (
                "a reduction relative to the level before (the other reading: a level to reach)",
            )
        if op in ("change_decrease", "change_increase") and (
            _A_RATE.search(before) or _RATE_NAMED.match(after_raw)
        ):
            # "tỷ lệ hộ nghèo giảm bình quân 1,5%/năm": the plan may mean points of the rate
            notes += (
                "a change of a rate, relative to it (the other reading: percentage points, "
                "'điểm phần trăm')",
            )
        level = "self"
        groups: list[tuple[str, str]] = []
        for pattern, share_level in lx.SHARE_OF_UNITS:
            if pattern.search(after_raw):
                level = share_level
                break
        # "Bố trí ít nhất 3% tổng chi ngân sách … cho …": the share of the whole set aside
        sets_aside = _ALLOCATES.fullmatch(before) is not None and bool(after_raw.strip())
        if _after_is_subject(after_raw) or sets_aside:
            # (not past its clause: "…, trong khi năm 2025 mới đạt 52%")
            end = ph.phrase_end(text, anchor.end, clause_end)
            if anchor.end < next_start <= end and next_start < clause_end:
                # "75% hộ gia đình có cáp quang, phủ sóng … tới 100% thôn": a clause complete
                # with its verb ends at the comma before the next figure's own clause
                end = next_start
                joints = list(re.finditer(r",|\s+và\s+", text[anchor.end : end], CASE))
                head = text[anchor.end : anchor.end + joints[-1].start()] if joints else ""
                # (or the part after it names the next figure's measure: "60% hộ gia đình
                # tiếp cận dịch vụ, tốc độ băng rộng cố định tăng lên 150Mbps")
                if joints and (
                    ph.PREDICATE.search(head)
                    or _NEXT_MEASURED.search(text, anchor.end + joints[-1].end(), next_start + 20)
                ):
                    end = anchor.end + len(head)
            phrase = ph.clean(ph.to_first_clause(text[anchor.end : end]))
            # "… tới 100% thôn/bản", "phủ sóng 5G đạt 70% dân số": what the share is taken of
            just_before = text[max(0, anchor.start - 20) : anchor.start]
            # ("Tỷ lệ cấp giấy chứng nhận … đạt trên 95% diện tích cần cấp": a rate named
            # before its figure, the whole it is taken of after)
            rate_of = (
                len(phrase.split()) <= 8
                and _RATE_NAMED.match(before) is not None
                and not ph.PREDICATE.search(phrase)
                # (not where: "Tỷ lệ văn bản được ký số đạt 100% ở cấp tỉnh, …")
                and not _WHERE_AFTER.match(phrase)
            )
            of_what = (len(phrase.split()) <= 3 or rate_of) and re.search(
                r"\bđạt(?:\s+(?:trên|hơn|tối\s+thiểu|ít\s+nhất)|\s*[≥>])?\s*$", just_before, CASE
            )
            # "… đạt trên 50% tổng số hồ sơ": the whole the share is of
            qualifier = re.match(r"(?:mức\s+độ|toàn\s+trình|một\s+phần|tổng\s+số)\b", phrase, CASE)
            # "… đạt trên 90% dân số trưởng thành": the population it is taken of
            # (not the people a network reaches: "phủ sóng 5G đạt 70% dân số")
            population = _POPULATION.fullmatch(phrase) and not re.search(r"\bphủ\b", before, CASE)
            said_before = text[prev_end : anchor.start]
            covering = _COVERS.search(said_before)
            if (
                covering is None
                and prev_end > clause_start
                and _JOINT_AT_END.search(said_before)
                and not ph.PREDICATE.search(phrase)
            ):
                # "… cáp quang phủ 100% khu vực dân cư và trên 60% hộ gia đình": one cover of
                # both figures (not "…, 80% hộ gia đình có máy tính", a clause of its own)
                carried = _COVERS_THE_FIGURE_BEFORE.search(text, clause_start, prev_end)
                if carried is not None:
                    said_before = text[clause_start : carried.end("covers")]
                    covering = _COVERS.search(said_before)
            if covering and phrase:
                # "hạ tầng mạng di động 5G phủ sóng 99% dân số", "… và phủ sóng băng rộng di
                # động tới 100% thôn": what covers them, and how, with what is covered
                cut = max(
                    (j.end() for j in re.finditer(r",|\svà\s", said_before[: covering.start()])),
                    default=0,
                )
                if coverer := ph.measured(said_before[cut:]):
                    phrase = f"{coverer} {phrase}"
            elif phrase and (done := _done_at(said_before)):
                # "Triển khai Hệ thống … tại 100% cơ quan, đơn vị": the units the share counts,
                # and what is done at them
                phrase = _units_doing(phrase, done)
            elif phrase and (acted := _acted_on(phrase, said_before)):
                phrase = acted
            elif (
                phrase
                and prev_end > clause_start
                and _JOINT_AT_END.search(said_before)
                and not ph.PREDICATE.search(phrase)
                and not _TIER_NAMED.fullmatch(phrase)  # ("… và 95% cấp xã": read as a tier's)
                # (near the figure before: the search stays linear in a long clause)
                and (
                    acts := _ACTS_ON_THE_FIGURE_BEFORE.search(
                        text, max(clause_start, prev_end - 300), prev_end
                    )
                )
                and (acted := _acted_on(phrase, acts["acts"]))
            ):
                # "Số hóa 100% hồ sơ cấp tỉnh và 80% hồ sơ cấp xã": what is done to the things
                # the figure before counts is done to these
                phrase = acted
            elif before and (len(phrase.split()) == 1 or of_what or qualifier or population):
                joint = (
                    " trên "
                    if rate_of
                    or population
                    or (qualifier and qualifier.group(0).lower().startswith("tổng"))
                    else " "
                )
                named_before = ph.measured(said_before)
                # (nothing after it but a time: "… đạt tối thiểu 85% trong giai đoạn 2026-2030")
                phrase = f"{named_before}{joint}{phrase}" if phrase else named_before
            elif (
                level.startswith("each_")
                and (own := ph.clean(before.rsplit(",", 1)[-1]))
                # (not who strives or says so: "Lãnh đạo tỉnh cho biết sẽ nỗ lực để 100% xã …",
                # "Kế hoạch xác định 100% xã …")
                and not lx.ASPIRATION.search(own)
                and not _SAYS_SO.search(own)
                and not _SUBJECT_HAS.search(before)
                and not _TOPIC.match(f"{before},")
                # (not the figure before's phrase, listed up to this one: "100% sở, ban, ngành
                # và 90% xã, phường …")
                and not (
                    prev_end > clause_start
                    and re.search(r"(?:\s+và|,)\s*$", text[prev_end : anchor.start], CASE)
                )
            ):
                # "Triển khai dịch vụ … tại 100% xã": what is done at each (not an opening
                # clause: "Thực hiện Nghị quyết …, phấn đấu 100% xã …")
                own = re.sub(r"\s+(?:tại|ở)$", "", own, flags=CASE)  # "… Đề án 06 tại 100% xã"
                phrase = _units_doing(phrase, own)
            if kind == "percent" and op in (">=", ">"):
                # "100% các sở, ngành, UBND các huyện …": the agencies and the units, each
                groups = _agencies_and_units(phrase)
            if op == "change_decrease":
                listed = re.sub(r"^\s*về\s+", "", text[anchor.end : end], flags=CASE)
                parts, ended = _items_cut(listed)
                # (short items, or each named by what a change is measured on: "thời gian giải
                # quyết thủ tục hành chính, chi phí tuân thủ cho người dân, doanh nghiệp")
                # (not the number of things of kinds listed: "số cuộc họp, hội nghị" is one)
                counted_together = re.match(r"số(?:\s+lượng)?\s", parts[0], CASE) and not any(
                    _MEASURE_NOUN.match(p) for p in parts[1:]
                )
                if (
                    len(parts) > 1
                    and not counted_together
                    and (
                        all(len(p.split()) <= 5 for p in parts[:-1])
                        or all(_MEASURE_NOUN.match(p) for p in parts)
                    )
                ):
                    return [
                        Reading(
                            p,
                            op,
                            value,
                            "percent",
                            notes=(
                                "one reduction per item listed (the other reading: one "
                                "reduction of them all together)",
                            ),
                        )
                        for p in parts
                    ]
                if ended and len(parts) == 1:
                    phrase = parts[0]  # "giảm 30% thời gian đi lại, tạo thuận lợi …": one
            phrase, subjectless = ph.without_levels(phrase)
            if subjectless and not phrase:
                phrase = ""  # "… và 85% tại cấp xã": the figure before it names what is measured
            if subjectless:
                notes += ("the measured phrase is shared with the figure before it",)
        elif prev_end > clause_start and re.match(
            r"\s*(?:tại|ở|đối\s+với)\s+(?:cấp|các)\b", after_raw, CASE
        ):
            phrase = ""  # "100% X tại cấp tỉnh, 90% tại cấp huyện …": X is measured at each
        else:
            # "… nhóm 50 nước dẫn đầu về X, kinh tế số chiếm 30% GDP"
            phrase = ph.measured(text[measured_from if before else prev_end : anchor.start])
            if context.measure and _TIER_ONLY.fullmatch(phrase):
                phrase = ""  # "Tỷ lệ …: cấp tỉnh 100%, cấp xã 95%": the tier, not the measure
            if _DONE_ONLY.fullmatch(phrase) and after_raw.lstrip()[:1].isalpha():
                # "Hoàn thành 100% kế hoạch kiểm tra …": what is done, named after its figure
                end = ph.phrase_end(text, anchor.end, clause_end)
                phrase = ph.clean(ph.to_first_clause(text[anchor.end : end])) or phrase
            if _SHARE_OF_WHOLE.search(text, prev_end, anchor.start):
                # "Kinh tế số chiếm (tỷ trọng) 15% GRDP": the part's share of the whole
                part = _SHARE_OF_WHOLE_WORDS.sub("", phrase).strip()
                head, comma, last = part.rpartition(",")
                if comma and _CLAUSE_VERB.search(head):
                    # "… trở thành tỉnh có nền kinh tế số phát triển, kinh tế số chiếm 30%
                    # GRDP": what takes up the share is the clause's own subject
                    part = last.strip()
                end = ph.phrase_end(text, anchor.end)
                # (the whole ends at a comma: "… 20% GRDP, đến năm 2030 chiếm 30% GRDP")
                whole = ph.clean(ph.to_first_clause(text[anchor.end : end]).split(",")[0])
                # ("chiếm 2% trong tổng số doanh nghiệp": the whole, after its preposition)
                whole = re.sub(r"^(?:trong|trên)\s+(?=tổng\b)", "", whole, flags=CASE)
                if part.lower() == whole.lower():
                    # "…, đến năm 2030 chiếm 30% GRDP": the whole said before is no part; the
                    # part is the one the figure before names
                    phrase = ""
                elif part and whole and re.match(r"vào\s", whole, CASE):
                    # "TFP đóng góp trên 55% vào tăng trưởng kinh tế": what it adds to the whole
                    phrase = f"đóng góp của {part} {whole}"
                elif part and whole:
                    said = re.match(r"tỷ\s+(?:trọng|lệ)\b", part, CASE)
                    phrase = f"{'' if said else 'tỷ trọng '}{part} trong {whole}"
            if level == "self" and _SHARE_OF_AGENCIES.match(phrase):
                level = "agency"  # "Tỷ lệ cơ quan, đơn vị … : 70%"
            measures = _ITEM_CUT.split(phrase)
            rates = len(measures) > 1 and all(_RATE_OR_LEVEL_NOUN.match(p) for p in measures)
            if rates or (
                op.startswith("change_")
                and len(measures) > 1
                and all(_MEASURE_NOUN.match(p) and len(p.split()) <= 8 for p in measures)
            ):
                # "tỷ lệ hồ sơ trực tuyến và tỷ lệ thanh toán trực tuyến đạt 80%" too
                # "thời gian xử lý TTHC, chi phí tuân thủ, điều kiện kinh doanh giảm 30%"
                note = (_MEASURES_SHARE,)
                return [Reading(p, op, value, "percent", notes=notes + note) for p in measures]
        if none_below and _NONE_BELOW.match(f"{phrase} dưới"):
            # (what none is below: the measure the figure before names, or the units)
            phrase = "" if prev_end > clause_start else none_below["what"]
        if kind == "total":
            if _TOLD_ALL.match(text, anchor.end):
                return None  # "tất cả các bộ, ngành, địa phương tập trung …": who is told
            phrase = ph.clean(
                ph.to_first_clause(text[anchor.end : ph.phrase_end(text, anchor.end)])
            )
            if phrase and (done := _done_at(text[measured_from : anchor.start])):
                phrase = _units_doing(phrase, done)  # "Triển khai dịch vụ … tại tất cả các huyện"
            notes += ("'toàn bộ' / 'tất cả' read as ≥ 100 %",)
        if growth and phrase:
            phrase = f"{phrase} {growth}"
        share = parse_number(value) if kind in ("percent", "total") else None
        if groups:
            notes += ("the agencies and the units named together: one target for each",)
        elif kind == "percent" and op in (">=", ">"):
            # "100% văn bản … được thực hiện dưới dạng điện tử và được ký số …": one per predicate
            predicates = _by_predicate(phrase)
            if len(predicates) > 1:
                groups = [(p, level) for p in predicates]
                notes += ("one figure over two predicates: one target for each",)
        out: list[Reading] = []
        for measured, named_level in groups or [(phrase, level)]:
            level = named_level
            of_units = level.startswith("each_") and share is not None and share <= 100
            if level.startswith("each_") and not of_units:
                level = "self"
            elif of_units and share is not None and share < 100 and level[5:] in _POOLED_TIERS:
                level = level[5:]  # "97% số xã đạt chuẩn": a share of the communes, pooled
            elif level == "agency" and share == 100:
                level, of_units = "each_agency", True  # "100% cơ quan, đơn vị …": every agency
            # ("Chỉ số SIPAS, PAR Index của tỉnh năm 2026 đều đạt trên 85%": each index's)
            per_index = ph.per_index(measured)
            out.extend(
                Reading(part, op, value, "percent", level=level, notes=notes + more,
                        of_units=of_units)
                for part, more in (per_index if len(per_index) > 1 else ph.per_object(measured))
            )  # fmt: skip
        return out
    if kind == "rank_top":
        # "duy trì thứ hạng Chỉ số PAPI trong nhóm cao nhất": a place to keep commits
        keeps = re.search(
            lx.RANK_KEEP, text[max(clause_start, anchor.start - 200) : anchor.start], CASE
        )
        if (
            not committed
            and not keeps
            and (
                re.match(r"nhóm\s+(?:cao\s+nhất|đứng\s+đầu)", m.group(0), CASE)
                or re.search(r"\bđược\s+xếp\b(?:\s+\S+){0,4}\s*$", before, CASE)
            )
        ):
            # "thuộc nhóm cao nhất", "được xếp hạng thuộc nhóm 20 …" with nothing that
            # commits: a place reached
            return None
        k = m["k"] or m["k2"] or m["k3"] or m["k4"] or ("1" if m["first"] else None)
        value = decimal_text(parse_number(k)) if k else ""
        # ("Chỉ số PAR INDEX của tỉnh xếp trong nhóm 10 …": the verb of ranking is no part)
        # ("… đứng trong top 10", "… đạt thứ hạng trong nhóm 15 …": nor is the verb of standing)
        # (nor the verb of keeping: "Chỉ số … của tỉnh giữ vững vị trí trong nhóm 10 …")
        phrase = re.sub(
            r"\s+(?:(?:tiếp\s+tục\s+)?(?:giữ\s+vững|duy\s+trì)(?:\s+(?:vị\s+trí|thứ\s+hạng))?"
            r"(?:\s+(?:xếp|đứng|nằm))?|xếp(?:\s+hạng)?|đứng|nằm|đạt(?:\s+thứ\s+hạng)?)$",
            "",
            before,
            flags=CASE,
        )
        ranking = re.search(r"\btrong\s+(?:bảng\s+)?(xếp\s+hạng\s+[^,;.]+)", after_raw, CASE)
        # ("… dẫn đầu về Chỉ số PAR Index, SIPAS, PAPI": the indices listed, each ranked)
        about = _ABOUT_INDICES.match(after_raw) or _ABOUT.match(after_raw)
        # "… dẫn đầu cả nước về các chỉ số: cải cách hành chính, …, chuyển đổi số"
        indices = re.match(r"[^,;.]*?\bvề\s+các\s+chỉ\s+số\s*:?\s*([^;.]+)", after_raw, CASE)
        named: list[str] = []
        if indices:  # "A, B và C" or "A và B"; a name may hold "và" when commas part them
            parts = re.split(r",\s*", indices[1])
            parts = parts if len(parts) > 1 else re.split(r"\s+và\s+", indices[1])
            # ("PAR Index, SIPAS và PAPI": the last two, index names joined by "và")
            parts[-1:] = lx.INDEX_CUT.split(parts[-1])
            named = [cleaned for part in parts if (cleaned := ph.clean(part))]
        index = _index_named(phrase)
        if ranking:
            phrase = ph.clean(ranking.group(1))
        elif index is not None:
            # "duy trì chỉ số DTI nằm trong top 10 … về chuyển đổi số": the index named
            phrase = index
        elif len(named) > 1:
            notes = ("an open top group: the text states no size",) if not k else ()
            return [
                Reading(n, "rank_top", value, "rank",
                        notes=(*notes, "one target per index named"))
                for n in named
            ]  # fmt: skip
        elif about:
            phrase = ph.clean(about.group(1))
        elif (
            re.search(r"\btrở\s+thành\s*$", before, CASE)
            and (group := _RANKED_GROUP.search(m[0]))
            and not _UNITS_ONLY.fullmatch(group["units"])
        ):
            # "trở thành một trong 50 đô thị thông minh hàng đầu thế giới": what it is to
            # rank among (not the units of a tier: "1 trong 10 tỉnh dẫn đầu")
            phrase = group["units"]
        elif m["first"] and re.match(r"xếp\s+hạng", m["first"], CASE):
            # "xếp hạng cao nhất so với khu vực Tây Nguyên": the ranking among those named
            phrase = ph.clean(f"xếp hạng {ph.to_first_clause(after_raw)}")
        elif len(phrase.split()) <= 3 and (
            scored := _HAS_THE_INDEX.match(after_raw) or _HAS_THE_INDEX.search(m[0])
        ):
            # "… top 20 địa phương có Chỉ số chuyển đổi số (DTI) cao nhất": the index named
            phrase = ph.clean(scored.group(1))
        elif len(phrase.split()) <= 3:
            phrase = ""
        notes = ("an open top group: the text states no size",) if not k else ()
        return [
            Reading(name, "rank_top", value, "rank", notes=notes + index_notes)
            for name, index_notes in ph.per_index(phrase)
        ]
    if kind == "rank_position":
        if not committed:
            return None  # "xếp thứ 34/63": a place reached
        region = re.match(r"\s*(?:tỉnh|địa\s+phương)?[^,;.]{0,20}?\bvùng\b[^,;.]*", after_raw, CASE)
        named_index = _index_named(before)
        phrase = named_index or (ph.clean(before) if len(before.split()) > 3 else "")
        notes = ("a place among so many, read as a place in the top K",)
        if m["a"]:
            notes += ("a band of places: its lower end is kept",)
        if region:
            notes += (f"in the ranking of: {ph.clean(region.group(0))}",)
        return [
            Reading(
                f"{phrase} ({ph.clean(region.group(0))})" if region and phrase else phrase,
                "rank_top",
                decimal_text(parse_number(m["k"] or m["k2"] or m["k3"])),
                "rank",
                notes=notes,
            )
        ]
    if kind == "rank_improve":
        # an item that opens with the verb directs it ("Duy trì và cải thiện thứ hạng …")
        if not committed and not _RANK_VERB_OPENS.match(text):
            return None
        numbers = m.groupdict()  # (a rise named by its verb alone has none: RANK_RAISED)
        a = numbers.get("a") or numbers.get("a2") or numbers.get("a3")
        b = numbers.get("b") or numbers.get("b2")
        if a and b:
            value = f"{decimal_text(parse_number(a))}..{decimal_text(parse_number(b))}"
        elif a:
            value = decimal_text(parse_number(a))
        else:
            value = ""  # "tăng hạng": a rise, no number of places stated
        # "Tỉnh phấn đấu Chỉ số PAR Index tăng …": the index, not who strives
        striving = re.match(r".*\b(?:phấn\s+đấu|quyết\s+tâm)\s+(?=\S)", before, CASE)
        phrase = ph.clean(before[striving.end() :]) if striving else before
        # "Tại hội nghị …, tỉnh đề ra mục tiêu đến hết năm 2026, Chỉ số PAPI của tỉnh tăng …":
        # the index named in the last clause before the figure, not what opens the sentence
        # ("Chỉ số PAR Index, SIPAS, PAPI, PCI của tỉnh tăng …": the indices listed, whole)
        said_before = text[measured_from : anchor.start]
        parts = said_before.split(",")
        first = len(parts) - 1
        # ("Phấn đấu (3) Chỉ số PAR Index, SIPAS, PAPI đều tăng hạng": who aims and the number
        # of the set are no part of the first name)
        while first > 0 and lx.INDEX_NAME.match(
            _SET_OF_INDICES.sub("", ph.measured(parts[first - 1]))
        ):
            first -= 1
        last = ",".join(parts[first:])
        if last != said_before and lx.INDEX_NAME.search(last):
            phrase = ph.clean(last)
        # "tăng dần vị trí xếp hạng Chỉ số PCI", "cải thiện thứ hạng vị trí Chỉ số …"
        # ("tăng 5 bậc trên bảng xếp hạng Chỉ số PAR Index")
        ranked = re.match(
            r"\s*(?:trên\s+(?:bảng\s+)?)?(?:(?:vị\s+trí|thứ\s+hạng)\s+)?(?:xếp\s+hạng\s+)?",
            after_raw,
            CASE,
        )
        named_after = after_raw[ranked.end() if ranked else 0 :]
        # "cải thiện thứ hạng Chỉ số PAPI ít nhất 2 bậc": the index named between
        if numbers.get("a2") and ph.clean(numbers["named"]):
            phrase = ph.clean(numbers["named"])
        elif numbers.get("risen"):
            phrase = ph.clean(numbers["risen"])  # "thứ hạng X cao hơn năm 2025"
        elif (
            not phrase or not value or numbers.get("a3") or not lx.INDEX_NAME.search(phrase)
        ) and lx.INDEX_NAME.match(named_after):
            # "tăng từ 3 đến 5 bậc Chỉ số SIPAS so với năm 2024": the index is named after
            # ("Tỉnh phấn đấu tăng 02 bậc xếp hạng Chỉ số DTI": the index, not who strives)
            start = anchor.end + len(after_raw) - len(named_after)
            phrase = ph.clean(text[start : ph.phrase_end(text, start, next_start)])
        elif (not ph.clean(phrase) or _UNITS_ONLY.fullmatch(ph.clean(phrase))) and (
            fields := _FIELDS_RANKED.match(named_after)
        ):
            # "tăng ít nhất 3 bậc xếp hạng về cải cách hành chính, hài lòng với dịch vụ công
            # và năng lực cạnh tranh": a rise in the ranking of each field named
            # (an index named is itself: "… về xếp hạng Chỉ số PAPI")
            named = [
                field[index_at.start() :]
                if (index_at := lx.INDEX_NAME.search(field))
                else f"xếp hạng về {field}"
                for f in re.split(r",\s*|\s+và\s+", fields["fields"])
                if (field := ph.clean(f))
            ]
            return [
                Reading(name, "rank_improve", value, "rank", notes=("one target per field named",))
                for name in named
            ]
        return [
            Reading(name, "rank_improve", value, "rank", notes=each)
            for name, each in ph.per_index(phrase)
        ]
    if kind == "rank_keep":
        held = m["held"] or m["kept"]  # the rank named between ("thứ hạng X không thấp hơn")
        phrase = f"thứ hạng {held}" if held else before
        if not held and re.match(r"(?:thứ|xếp)\s+hạng\s+không\b", m.group(0), CASE):
            phrase = "thứ hạng"  # "Bảo đảm thứ hạng không thấp hơn năm 2024": no index named
        # "duy trì thứ hạng Chỉ số PAR Index, …", "… vị trí xếp hạng Chỉ số SIPAS"
        # ("duy trì thứ hạng cao của các chỉ số …": the rank's height said)
        ranked = re.match(
            r"\s*(?:(?:xếp|thứ)\s+hạng\s+)?(?:(?:cao|tốt)\s+(?=của\b))?"
            r"(?:của\s+(?=(?:các\s+)?chỉ\s+số\b))?(?:các\s+(?=chỉ\s+số\b))?",
            after_raw,
            CASE,
        )
        after_rank = after_raw[ranked.end() if ranked else 0 :]
        # "… dẫn đầu cả nước về Chỉ số PAR Index, SIPAS, PAPI": each index named
        about = _ABOUT_INDICES.match(after_raw) or _ABOUT.match(after_raw)
        # "duy trì thứ hạng chỉ số Chi phí tuân thủ pháp luật": the index it names
        if lx.INDEX_NAME.match(after_rank) or re.match(r"chỉ\s+số\b", after_rank, CASE):
            start = anchor.end + len(after_raw) - len(after_rank)
            phrase = f"thứ hạng {ph.clean(text[start : ph.phrase_end(text, start, next_start)])}"
        elif about and not (phrase and lx.INDEX_NAME.search(phrase)):
            # "giữ vững vị trí dẫn đầu cả nước về Chỉ số PAR Index" (what is before it names no
            # index: "Trong thời gian tới, thành phố tiếp tục phấn đấu giữ vững …")
            phrase = ph.clean(about.group(1))
        elif not phrase and (index_after := lx.INDEX_NAME.search(after_raw)):
            # "giữ vững vị trí thứ 5 trong bảng xếp hạng Chỉ số PCI": the index named after
            start = anchor.end + index_after.start()
            phrase = ph.clean(text[start : ph.phrase_end(text, start, next_start)])
        return [
            Reading(name, "rank_keep", "", "rank", notes=notes)
            for name, notes in ph.per_index(phrase)
        ]
    if kind == "ordinal":
        if (m["group"] or m["reached"]) and not committed and not m["or_better"]:
            return None  # "Chỉ số PAR Index của tỉnh thuộc nhóm tốt": a grade reported
        if m["party"]:
            if not committed and not m["duty_or_better"]:
                return None  # "Đảng bộ hoàn thành tốt nhiệm vụ" told of a year: a grade reached
            band = re.sub(r"\s+", " ", m["duty"].lower())
            note = ("a party body's grade: the band or better",)
            return [Reading(ph.clean(m["party"]), "ordinal_at_least", band, "level", notes=note)]
        band = re.sub(r"\s+", " ", (m["band"] or m["group"] or m["reached"]).lower())
        if band.startswith("hoàn thành") and not band.endswith("nhiệm vụ"):
            band += " nhiệm vụ"  # "Hoàn thành tốt" trở lên: the grade, named whole
        if _WHO_ONLY.fullmatch(before) and (about := re.match(r"\s*về\s+", after_raw, CASE)):
            # "xã được xếp loại … trở lên về công tác cải cách hành chính": what is graded
            start = anchor.end + about.end()
            before = ph.clean(text[start : ph.phrase_end(text, start, next_start)]) or before
        # "chỉ số A (Par Index), chỉ số B (SIPAS), chỉ số C thuộc nhóm tốt": one per index
        names = [n for n in lx.INDEX_LIST_CUT.split(before) if n] or [before]
        if len(names) > 1 and not re.match(r"chỉ\s+số\b", names[0], CASE):
            names = names[1:]  # ("… trước hạn và Chỉ số … xếp loại Tốt": what was said before)
        each: tuple[str, ...] = ("one target per index named",) if len(names) > 1 else ()
        return [Reading(name, "ordinal_at_least", band, "level", notes=each) for name in names]
    if kind == "duration":
        word = re.sub(r"\s+", " ", (m["op"] or m["sign"]).lower())
        if word in ("còn", "xuống") and not committed and not _CUT_VERB_OPENS.match(text):
            return None  # "thời gian giải quyết giảm còn 3 ngày": what was reached
        if word == "trong vòng" and not _A_TIME.match(before):
            return None  # "trong vòng 30 ngày đêm sẽ hoàn thành": when work is done, no bound
        op = _TIME_OPS.get(word, "<=")
        unit = lx.DURATION_UNITS[m["unit"].lower()]
        return [Reading(_time_measured(before), op, decimal_text(parse_number(m["num"])), unit)]
    if kind == "frequency":
        word = re.sub(r"\s+", " ", (m["op"] or m["at_least"] or "").lower())
        if not word and not committed:
            return None  # "đã tổ chức 2 lần/năm": how often it was done
        op = "<=" if word in ("tối đa", "không quá") else ">="
        value = decimal_text(parse_number(m["num"] or m["times"]))
        recurrence = lx.FREQUENCY_PERIODS[m["per"].lower()] if m["per"] else recurrence_in(text)
        per = (recurrence or "").removesuffix("ly")  # yearly → year, quarterly → quarter …
        note = (
            (f"a number of times per {per}: a count each {per}",)
            if recurrence
            else ("a number of times, in the period",)
        )
        phrase = ph.measured(text[measured_from : anchor.start])
        for pattern, _ in lx.RECURRENCES:  # ("Mỗi năm, mỗi cán bộ …": how often, said apart)
            phrase = ph.clean(pattern.sub("", phrase))
        done = ph.clean(text[anchor.end : ph.phrase_end(text, anchor.end, next_start)])
        if done[:1].isalpha():  # "tổ chức tối thiểu một lần mỗi quý sinh hoạt chuyên đề"
            phrase = ph.clean(f"{phrase} {done}")
        return [Reading(phrase, op, value, "count", recurrence=recurrence, notes=note)]
    if kind in ("no_fall", "rise"):
        # "Phấn đấu mức độ hài lòng … không thấp hơn năm 2025", "Phấn đấu Chỉ số SIPAS năm 2026
        # cao hơn năm 2025" (not a rank's: "thứ hạng … không thấp hơn", RANK_KEEP; "thứ hạng
        # … tăng so với năm 2025"; nor a result told)
        if not committed or _RANK_WORD.search(text, clause_start, anchor.start) or not before:
            return None
        if kind == "no_fall":
            note = ("not below the level before: a change of at least 0",)
            return [Reading(before, "change_increase", "0", "percent", notes=note)]
        note = ("above the level before, by no stated amount: a change of more than 0",)
        return [Reading(before, "change_above", "0", "percent", notes=note)]
    if kind == "none_left":
        # "không để …" directs ("do not let …"); "năm 2024 không còn hồ sơ quá hạn" is a result
        if not committed and not m["let"]:
            return None
        phrase = ph.clean(m["what"])
        if _ANY_CASE.search(text, m.start(), m.start("what")) and (
            cases := _CASES_LISTED.match(text, m.end("what"))
        ):
            # "không để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân": each case
            # the list names, up to the item's end
            phrase = ph.clean(f"{m['what']}{cases[0]}")
        note = ("none left: a count of at most 0",)
        return [Reading(phrase, "<=", "0", "count", level=_tier_of(phrase), notes=note)]
    if kind == "points":
        if m["rise"]:
            if not committed:
                return None  # "Chỉ số PAPI tăng 2 điểm so với năm 2024": a rise told
            rise = decimal_text(parse_number(m["rise"]))
            if _OF_A_HUNDRED.match(text, anchor.end):
                # "tăng ít nhất 10 điểm phần trăm": a share's rise by so much of its whole
                return [Reading(before, "change_increase", rise, "percentage_points")]
            return [Reading(before, "change_increase", rise, "points")]
        if m["fraction"]:
            # ("Điểm chỉ số DTI cấp tỉnh đạt tối thiểu 0,6": the index, named in the match)
            index_said = m[0][: m.start("fop") - m.start()]
            measure = ph.clean(re.sub(r"\s+đạt\s*$", "", index_said, flags=CASE))
            op = ">" if m["fop"].lower() == "trên" else ">="
            return [Reading(measure, op, decimal_text(parse_number(m["fraction"])), "points")]
        word = (m["op"] or "").lower()
        op = ">" if word == "trên" else ">="
        if not word and not m["more"] and not committed:
            return None
        if _PLACES_CALLED_POINTS.search(before):
            # "số lượng điểm chấp nhận thanh toán … đạt 7.500 điểm": places counted, no score
            return [Reading(before, op, decimal_text(parse_number(m["num"])), "count")]
        out_of = (f"a score out of {m['out_of']}",) if m["out_of"] else ()
        if m["num2"]:
            op, value = "between", _span(m["num"], m["num2"])
        else:
            value = decimal_text(parse_number(m["num"]))
        # ("Chỉ số PAR Index, SIPAS của tỉnh đạt trên 85 điểm": one score per index named)
        return [
            Reading(name, op, value, "points", notes=out_of + each)
            for name, each in ph.per_index(before)
        ]
    if kind == "count":
        # (what is near: the patterns end at the figure or open the clause, and each figure
        # looks no further, so that reading a long clause stays linear)
        allocated = lx.COUNT_ALLOCATED.search(
            text[max(clause_start, anchor.start - 150) : anchor.start]
        )
        opening = text[clause_start : clause_start + 400]
        if (
            not committed
            and allocated is None
            and not _year_planned(
                text[max(clause_start, anchor.start - 200) : anchor.end + 200], context
            )
            and not re.match(r"\s*(?:hoàn\s+thành|hoàn\s+tất|có\s+thêm)", opening, CASE)
            and not TASK_START.match(opening)
            # "Xây dựng 15 Tổ công nghệ số …", "Đào tạo 500 lượt …": an item that opens with
            # what is to be done, and its count
            and not (
                clause_start == 0
                and (
                    _COUNT_VERB_OPENS.match(text, 0, m.start("num"))
                    or _COUNT_LISTED.match(text, 0, m.start("num"))
                )
            )
        ):
            return None
        named_after = text[anchor.end : min(clause_end, anchor.end + 200)]
        if re.search(r"\bgồm\b", named_after, CASE) and not context.committed:
            return None
        end = ph.phrase_end(text, anchor.end)
        end = min(end, next_start) if next_start > anchor.end else end
        last_comma = text.rfind(",", anchor.end, end)
        if (
            end == next_start
            and last_comma > anchor.end
            and len(text[last_comma + 1 : end].split()) <= 3
        ):
            end = last_comma  # "… hơn 1.200 lao động, xóa 100% nhà tạm": the next one's verb
        if (
            prev_end > clause_start
            and _PER_PERIOD.search(text, anchor.end, end)
            and re.search(r"\bcó\b", text[prev_end : m.start("num")], CASE)
        ):
            return None  # "… 982 dịch vụ công có … tối thiểu 1.000 hồ sơ/năm": what they have
        # "ít nhất 1 khu phố, ấp đạt 100% tiêu chí …": the figure each must reach is part of
        # what is counted
        reaches = _REACHES_FIGURE.match(text, end)
        if reaches and next_start <= anchor.end:
            end = ph.phrase_end(text, reaches.end())
        colon = text.find(":", anchor.end, end)  # "12 huyện, thị xã: Thành phố A, …" names them
        # ("02 bài/tháng về …": how often, no part of what is counted)
        phrase = ph.clean(_PER_PERIOD.sub("", text[anchor.end : colon if colon >= 0 else end], 1))
        # "Số sáng kiến … được công nhận: ít nhất 02 sáng kiến": the label names what is counted
        label = context.measure or ""
        if label and len(phrase.split()) <= 2 and phrase.lower() in label.lower():
            phrase = label
        # "Số lượng thủ tục hành chính được cắt giảm … tối thiểu mười thủ tục": as the number
        # said before it names it
        said_before = ph.measured(text[measured_from : m.start("num")])
        if (
            len(phrase.split()) <= 2
            and re.match(r"số(?:\s+lượng)?\s", said_before, CASE)
            and phrase.lower() in said_before.lower()
        ):
            phrase = said_before
        # "Kiểm tra công tác … tại ít nhất 10 cơ quan, đơn vị": the units and what is done at
        # each
        if _UNITS_ALONE.fullmatch(phrase) and (
            done := _done_at(text[measured_from : m.start("num")])
        ):
            phrase = _units_doing(phrase, done)
        # "có thêm 2 …", "cung cấp thêm 5 …", "thành lập thêm ít nhất 3 …": so many more
        added = re.search(r"\bthêm\b", text[m.start() : m.start("num")], CASE)
        fewer = (m.groupdict().get("verb") or "").lower() == "giảm"
        op = (
            "change_increase"
            if added
            else "change_decrease"
            if fewer
            else ">"
            if m.groupdict().get("above")
            else ">="
        )
        notes = {
            "change_increase": (
                "'thêm': an increase on the period before (the other reading: a count to reach)",
            ),
            "change_decrease": (
                "'giảm': so many fewer than in the period before (the other reading: a count of "
                "cuts to make)",
            ),
        }.get(op, ())
        # "1,5 triệu người dân …", "500 nghìn lượt …": the figure in its scale
        scaled = _SCALE_FIRST.match(phrase)
        scale = lx.SCALES[scaled[1].lower()] if scaled else 1
        if scaled:
            phrase = phrase[scaled.end() :]
        if _UNIT_WORD_ONLY.fullmatch(phrase) and (
            counted_before := ph.measured(text[clause_start : anchor.start])
        ):
            # "Bố trí đủ số lượng công chức tại Trung tâm …, tối thiểu 05 người": how many of
            # what is named before, counted in its unit
            notes += (f"counted in '{phrase}': the number of what is named before it",)
            phrase = counted_before
        # "Thu hút ít nhất 2.000 tỷ đồng vốn đầu tư": money, what it is of after its currency
        currency = _CURRENCY_FIRST.match(phrase) if scaled else None
        if scaled and currency and phrase[currency.end() :].strip():
            notes += (f"an amount counted in {scaled[1]} {currency[1]}",)
            phrase = phrase[currency.end() :]
        value = decimal_text(parse_number(m["num"]) * scale)
        if m.groupdict().get("num2"):
            op, value = "between", _span(m["num"], m["num2"], scale)
        if re.match(r"giải\s+quyết\s+việc\s+làm", m.groupdict().get("verb") or "", CASE):
            phrase = f"{phrase} được giải quyết việc làm"  # "… cho 500 lao động": who is given work
        level = _tier_of(phrase)
        if allocated is not None:  # "mỗi đơn vị cấp xã thành lập 1 Tổ …": each commune's
            level = f"each_{_tier_named(allocated['tier'])}"
            notes += ("a count each unit named before it is to reach",)
        spread = _SPREAD_EACH.search(phrase)
        if spread and op == ">=":
            # "Tổ chức 04 đợt …, mỗi quý 01 đợt": so many each period, their sum said first
            per = lx.FREQUENCY_PERIODS[spread["per"].lower()]
            spread_note = (
                f"{value} in all, said as {spread['num']} each {spread['per']}: read each period"
            )
            return [
                Reading(
                    phrase[: spread.start()], op, decimal_text(parse_number(spread["num"])),
                    "count", level=level, recurrence=per, notes=(*notes, spread_note),
                )
            ]  # fmt: skip
        return [Reading(phrase, op, value, "count", level=level, notes=notes)]
    if kind == "ratio":
        if not committed or not before:
            return None  # "… đạt gấp 20 lần GDP": what the ratio was
        whole = re.sub(r"\s+", " ", m["whole"])
        value = decimal_text(parse_number(m["num"]))
        note = (f"{value} times {whole}: a ratio to it, counted",)
        return [Reading(before, ">=", value, "count", notes=note)]
    if kind == "per_people":
        # "tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân": so many for so many people
        phrase = ph.measured(text[measured_from : anchor.start])
        if not committed or not phrase:
            return None
        op = _op_before(text, anchor.start, clause_start) or ">="
        per = " ".join(m["per"].split())
        note = (f"a rate per {per} people, counted",)
        return [Reading(phrase, op, decimal_text(parse_number(m["num"])), "count", notes=note)]
    if kind == "amount":
        # (not the "/năm" of a range of rates before it, "tăng 10-12%/năm và đạt …")
        said = _EACH_PERIOD_LEFT.sub("", text[measured_from : anchor.start])
        before = ph.measured(said)
        # "… đạt 8.889 hồ sơ": a tally reported (a range reached is no tally: "đạt 70 - 75
        # triệu đồng"; one with no verb may be what is paid: "hỗ trợ từ 5 - 10 triệu đồng")
        if not (committed or (m["num2"] and not m["bare"])):
            return None
        if not before and not (committed and _AFTER_A_FIGURE.fullmatch(said)):
            return None
        noun = m["noun"] or ""
        if noun and re.match(r"con\s+số\b", text[m.start("noun") :], CASE):  # "đạt 2 con số"
            digits = parse_number(m["num"])
            if digits.denominator != 1 or not 1 < digits < 4:
                return None
            floor = str(10 ** (int(digits) - 1))
            note = (f"{digits} digits: at least {floor}%",)
            return [Reading(before, ">=", floor, "percent", notes=note)]
        word = (m["op"] or m["money"] or "").strip().lower()
        op = ">" if word in ("trên", "hơn") else "=" if word == "khoảng" else ">="
        scale = math.prod(lx.SCALES[word] for word in (m["scale"] or "").lower().split())
        value = decimal_text(parse_number(m["num"]) * scale)
        counted = re.sub(r"\s+", " ", f"{m['scale'] or ''} {noun}").strip()
        approx = ("about that amount, read as it (the other reading: a floor, ≥)",)
        amount_notes = (f"an amount counted in {counted}", *(approx if op == "=" else ()))
        if m["num2"]:
            op, value = "between", _span(m["num"], m["num2"], scale)
        level = _tier_of(noun)
        return [Reading(before, op, value, "count", level=level, notes=amount_notes)]
    return None


#: between a count in all and the floor of each period after it (", hằng năm ít nhất")
_FLOOR_EACH_PERIOD = re.compile(
    r"[^,;.%\d]*,\s*(?:mỗi|hằng|hàng)\s+(?:năm|quý|tháng)\s*",
    CASE,
)
_SPREAD_EACH = re.compile(
    r",\s*(?:mỗi|hằng|hàng)\s+(?P<per>năm|quý|tháng)\s+(?:ít\s+nhất\s+)?(?P<num>\d{1,3})\s+[^;.\d]{1,30}$",
    CASE,
)
#: a count's unit alone, naming nothing counted ("05 người", "02 lượt")
_UNIT_WORD_ONLY = re.compile(r"(?:người|lượt|lần|đợt|cuộc|buổi)", CASE)
#: "tình trạng …", "trường hợp …": the cases none of which is let happen
_ANY_CASE = re.compile(r"\b(?:tình\s+trạng|trường\s+hợp)\s+$", CASE)
_CASES_LISTED = re.compile(r"(?:\s*,\s*[^,;.%\d]{1,60}?)+(?=\s*(?:[;.]|$))", CASE)
_CURRENCY_FIRST = re.compile(r"(đồng|USD|VNĐ|VND)\s+", CASE)
_SCALE_FIRST = re.compile(rf"({'|'.join(lx.SCALES)})\s+(?!lệ\b|trọng\b)", CASE)


def _year_planned(near: str, context: Context) -> bool:
    """Whether a plan's document names, near a figure, its own year or one to come ("Năm
    2026, toàn tỉnh có 100 xã đạt chuẩn …" in a plan of 2026): what it counts there is to be
    reached, where a count of no year ("Tỉnh có 168 xã, phường") or of a year past is not."""
    if not context.planned or context.year is None:
        return False
    return any(int(y) >= context.year for y in lx.YEAR.findall(near))


def _index_named(before: str) -> str | None:
    """The index a rank is of, named before it ("duy trì chỉ số DTI nằm trong top 10", "điểm
    số PCI … xếp vị trí 10 - 15/63"): from its name, with the "chỉ số" before it."""
    index = lx.INDEX_NAME.search(before)
    if index is None:
        return None
    said = re.search(r"\bchỉ\s+số\s*$", before[: index.start()], CASE)
    return ph.clean(before[said.start() if said else index.start() :])


def _statuses(text: str, offset: int, context: Context, committed: bool) -> list[Reading]:
    """Each status a piece holds, each to reach or keep ("giữ vững danh hiệu xã nông thôn mới
    và đạt xã nông thôn mới nâng cao vào cuối năm 2020": two), each named from where the one
    before ends."""
    found: list[Reading] = []
    said = list(lx.STATUS_REACHED.finditer(text))
    start = 0
    for index, m in enumerate(said):
        until = said[index + 1].start() if index + 1 < len(said) else None
        status = _status_reached(text, offset, context, committed, m, start, until)
        if status is None:
            return found
        found.append(status)
        start = m.end()
    return found


def _status_reached(
    text: str,
    offset: int,
    context: Context,
    committed: bool,
    m: re.Match[str] | None = None,
    start: int = 0,
    until: int | None = None,
) -> Reading | None:
    """A status to reach by a time, no figure: "Phấn đấu đến năm 2030 xã Vĩnh Lộc đạt xã nông
    thôn mới nâng cao" (see :data:`~cchc_model.text.lexicon.STATUS_REACHED`); ``m`` the status,
    else the first, ``start`` where its words begin, ``until`` where the next status's begin
    (the times said after it are that one's)."""
    m = m or lx.STATUS_REACHED.search(text)
    if m is None or not committed or context.reporting or lx.PAST.search(text):
        return None
    if lx.MEASURED_COUNT.match(lx.LIST_MARKER.sub("", text, count=1).lstrip()):
        return None  # "Số xã đạt chuẩn nông thôn mới: …": what is counted, no status
    # ("khai thác …, phấn đấu đến năm 2030 đưa xã Cao Sơn đạt chuẩn …": what follows the aim)
    phrase = ph.clean(_AND_OPENS.sub("", ph.without_aim(text[start : m.end()])))
    if m["kept"]:
        phrase = " ".join(m[0].split())  # "giữ vững danh hiệu xã nông thôn mới": one kept
    if m[0].lower().startswith("trở"):
        # "… hiện thực hóa mục tiêu trở thành thành phố trực thuộc Trung ương": the status, and
        # the unit named right before it, if one is
        named = _UNIT_BEFORE_STATUS.search(text, 0, m.start())
        phrase = ph.clean(text[named.start() if named else m.start() : m.end()])
    if not phrase:
        return None
    aspiration = _aspiration(text)
    periods = [p for p in periods_in(text, context.year) if until is None or p[0] < until]
    deadlines = [d for d in deadlines_in(text, context.year) if until is None or d[0] < until]
    # ("Đại hội … nhiệm kỳ 2020-2025 … đặt mục tiêu đến năm 2030 trở thành …": the status's own)
    period = _own_time(periods, text, m.end()) or _nearest(periods, m.start()) if periods else None
    # "Phấn đấu 10/12 xã đạt chuẩn nông thôn mới": a count of the units named, of so many
    counted = _UNITS_OF_SO_MANY.search(phrase)
    if counted:
        phrase = phrase[counted.end() :]
        op, value, unit, level = ">=", counted["n"], "count", _tier_of(phrase)
        note = f"{counted['n']} of the {counted['of']} units named: a count to reach"
    else:
        op, value, unit, level = "yes", "", "none", "self"
        note = "a status to reach, no figure: reached or not"
        # "… thị trấn Phố Lu đạt đô thị văn minh" in a district's text: a unit of its own
        # tier below the issuer, named
        named = _UNIT_NAMED.match(phrase)
        if named and not named["first"].islower():
            tier = _tier_of(phrase)
            level = level if tier == context.issuer_level else tier
    return Reading(
        phrase,
        op,
        value,
        unit,
        level=level,
        aspirational=bool(context.aspirational if aspiration is None else aspiration),
        deadline=deadlines[0][1] if deadlines else context.deadline,
        period=period or context.period,
        recurrence=recurrence_in(text) or context.recurrence,
        span=(offset + m.start(), offset + m.end()),
        notes=(note,),
    )


def _status_after_figures(
    text: str, offset: int, context: Context, committed: bool, figures: list[Reading]
) -> list[Reading]:
    """A status to reach in a clause of its own after the sentence's figures: "tỷ lệ hộ nghèo
    dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2022" (not what a figure measures:
    "100% UBND xã, phường đạt chuẩn …")."""
    figures_end = max(r.span[1] for r in figures) - offset
    tail = text[figures_end:]
    status = lx.STATUS_REACHED.search(tail)
    if status is None:
        return []
    if any(_folded(status[0]) in _folded(r.phrase) for r in figures):
        return []
    opens = list(_CLAUSE_OPENS.finditer(tail, 0, status.start()))
    if not opens:
        return []
    start = figures_end + opens[-1].end()
    # ("Trong năm 2024, phấn đấu … và đạt chuẩn …": it strives for both, in that year)
    before = _aspiration(text[:start])
    if before is not None:
        context = attrs.evolve(context, aspirational=before)
    said = list(periods_in(text[:start], context.year))
    if said:
        context = attrs.evolve(context, period=said[-1][1])
    found = _status_reached(text[start:], offset + start, context, committed)
    return [found] if found is not None else []


#: where a clause after a figure opens (", …", "; …", "và …")
_CLAUSE_OPENS = re.compile(r"(?:[,;]|\bvà\b)\s*", CASE)


#: a conjunction opening the words of a second status ("… và đạt xã nông thôn mới nâng cao")
_AND_OPENS = re.compile(r"^\W*(?:và\b|,)\s*", CASE)
#: a unit named right before the status it is to reach ("thành phố Huế trở thành …")
_UNIT_BEFORE_STATUS = re.compile(
    r"\b(?:tỉnh|thành\s+phố|thị\s+xã|huyện|thị\s+trấn)\s+(?:[A-ZĐ]\w*\s+){1,3}$"
)
#: a unit named by its tier and its name ("xã Vĩnh Lộc", "thị trấn Phố Lu", "phường 1")
_UNIT_NAMED = re.compile(rf"{lx.UNITS_OF_A_TIER}\s+(?P<first>\w)", CASE)
_UNITS_OF_SO_MANY = re.compile(
    rf"\b(?P<n>\d{{1,4}})\s*/\s*(?P<of>\d{{1,4}})\s+(?={lx.UNITS_OF_A_TIER})", CASE
)


def _other_tier_counted(text: str, anchor: _Anchor, base: str) -> bool:
    """Whether a count after "trong đó" counts units of another tier than its base does."""
    if anchor.kind != "count":
        return False
    counted = _tier_of(text[anchor.end : anchor.end + 40].lstrip())
    based = _tier_of(re.sub(r"^(?:các\s+|số\s+)+", "", base, flags=CASE))
    return counted != "self" and based != "self" and counted != based


def _span(a: str, b: str, scale: int = 1) -> str:
    """The value of a range written "a - b" (in a scale): "low..high", whichever way round."""
    low, high = sorted((parse_number(a) * scale, parse_number(b) * scale))
    return f"{decimal_text(low)}..{decimal_text(high)}"


def _tier_of(units: str) -> str:
    """The tier a count of units is pooled at ("94 xã, phường" → commune), else ``self``."""
    for pattern, level in lx.TIER_OF_UNITS:
        if pattern.match(units):
            return level
    return "self"


def _bare_count(
    text: str, offset: int, context: Context, *, under_targets: bool = False
) -> Reading | None:
    """A list item that is a count alone ("Năm 2022: 94 xã, phường, thị trấn.") under a lead
    that says what is counted ("Số xã … hoàn thành chuyển đổi số theo từng năm:"), or one
    that sets targets ("Chỉ tiêu cụ thể năm 2026:" over "- 15 xã đạt chuẩn nông thôn mới
    nâng cao.")."""
    m = lx.BARE_COUNT.match(text)
    if m is None or context.reporting:
        return None
    if not (context.counts or (under_targets and (context.stated or context.committed))):
        return None
    phrase = ph.clean(m["what"])
    if not phrase or (under_targets and parse_number(m["num"]) == 0):
        return None  # ("0 bình luận", a page's tally of comments, under a lead: no target)
    op = _op_before(m["op"] or "", len(m["op"] or ""), 0) or ">="
    value = decimal_text(parse_number(m["num"]))
    if m["num2"]:
        op, value = "between", _span(m["num"], m["num2"])
    note = (
        "a count listed under a lead that names what is counted"
        if context.counts
        else "a count listed under a lead that sets targets"
    )
    return _count_under(context, phrase, op, value, _tier_of(phrase), (offset, m), note)


def _named_count(text: str, offset: int, context: Context) -> Reading | None:
    """An item that names what it counts, then the figure ("Số doanh nghiệp công nghệ số: ≥ 5
    doanh nghiệp"): a target where an operator, "trở lên" or a lead that sets targets says
    so; a count alone under any other lead is a statistic."""
    m = lx.NAMED_COUNT.match(text)
    what = m["what"] if m is not None else None
    if m is None and context.measure and lx.MEASURED_COUNT.match(context.measure):
        m, what = lx.COUNTED_FIGURE.match(text), context.measure  # its lead names the count
    if m is None and context.stated and not lx.REPORT.search(text):
        # any measure named, under a lead that sets targets ("1.250 hồ sơ" is counted stock)
        m = lx.MEASURED_ITEM.match(text)
        what = m["what"] if m is not None else None
        if m is None and context.measure:  # "Hình thành sàn dữ liệu:" over "5 sàn dữ liệu."
            m, what = lx.COUNTED_FIGURE.match(text), context.measure
    if m is None or what is None or context.reporting:
        return None
    if not (m["op"] or m["more"] or context.stated or context.committed):
        return None
    phrase = _name_of_measure(what)
    if not phrase:
        return None
    written = m["op"] or ""
    op = _op_before(written, len(written), 0) or ">="
    # ("…: 54 triệu đồng/người/năm": a scale word first in the unit multiplies the figure)
    unit_said = (m.groupdict().get("unit") or "").split()
    scale = lx.SCALES.get(unit_said[0].lower(), 1) if unit_said else 1
    value = decimal_text(parse_number(m["num"]) * scale)
    if m["num2"]:
        op, value = "between", _span(m["num"], m["num2"], scale)
    level = _tier_of(lx.MEASURED_COUNT.sub("", phrase))  # what is counted: "xã …"
    # "…: 20 thủ tục tại cấp tỉnh" (a table's tier column): the tier it is counted at
    at_tier = _levels(m.groupdict().get("unit") or "")
    if level == "self" and len(at_tier) == 1:
        level = at_tier[0]
    note = "a count named before its figure, as a table of targets writes it"
    found = _count_under(context, phrase, op, value, level, (offset, m), note)
    if m["year"]:
        found = attrs.evolve(found, period=m["year"])
    if per := recurrence_in(text[m.start("num") :]):
        found = attrs.evolve(found, recurrence=per)  # "…: 02 cuộc/năm": so many each year
    if lx.INDEX_NAME.match(phrase) or re.match(r"chỉ\s+số\b", phrase, CASE):
        return attrs.evolve(found, unit="points")  # "Chỉ số phát triển con người (HDI): > 0,7"
    return found


def _count_under(
    context: Context,
    phrase: str,
    op: str,
    value: str,
    level: str,
    at: tuple[int, re.Match[str]],
    note: str,
) -> Reading:
    """A count read from an item (its figure at the match's ``num``, the item at the
    offset), with what its lead carries: aspiration, deadline, period and recurrence."""
    offset, m = at
    return Reading(
        phrase,
        op,
        value,
        "count",
        level=level,
        aspirational=bool(context.aspirational),
        deadline=context.deadline,
        period=context.period,
        recurrence=context.recurrence,
        span=(offset + m.start("num"), offset + m.end("num")),
        notes=(note,),
    )


#: people then organisations named as one pair ("người dân, tổ chức"): no task's verb
_PEOPLE_THEN_ORGANISATIONS = re.compile(
    r"\b(?:người\s+dân|công\s+dân|cá\s+nhân|doanh\s+nghiệp),\s*tổ\s+chức\b", CASE
)
#: a pair named as one ("cán bộ, công chức", "người dân, doanh nghiệp"): its first, its second
_PAIR_FIRST = re.compile(
    # ("cán bộ, công chức, viên chức": the three as one)
    r"\b(?:cán\s+bộ|người\s+dân|công\s+dân|tổ\s+chức|cá\s+nhân|doanh\s+nghiệp|"
    r"cán\s+bộ,\s*công\s+chức|chức\s+năng|chỉ\s+tiêu|hồ\s+sơ|thôn)$",
    CASE,
)
_PAIR_SECOND = (
    r"(?:công\s+chức|viên\s+chức|doanh\s+nghiệp|cá\s+nhân|tổ\s+chức|"
    # ("chức năng, nhiệm vụ", "các chỉ tiêu, nhiệm vụ", "hồ sơ, tài liệu", "hồ sơ, kết quả
    # giải quyết thủ tục hành chính", "các thôn, tổ dân phố": one thing named by two words)
    r"nhiệm\s+vụ|tài\s+liệu|kết\s+quả\s+giải\s+quyết|tổ\s+dân\s+phố)\b"
)
#: between the items of a list, not inside a pair named as one
_ITEM_CUT = re.compile(
    r"(?<!cán\sbộ)(?<!người\sdân)(?<!tổ\schức)(?:\s*,\s*(?:và\s+)?|\s+và\s+)"
    rf"(?!{_PAIR_SECOND})",
    CASE,
)


def _items_cut(listed: str) -> tuple[list[str], bool]:
    """The items of what a figure cuts ("30% thời gian giải quyết, chi phí tuân thủ …"),
    without the baseline ("(so với năm 2024)"), and whether the list ends before the text
    does: where a clause of what else is done opens (", tạo thuận lợi cho doanh nghiệp",
    "… và bãi bỏ các thủ tục …"), after a pair named as one too ("… của người dân, tạo …")."""
    listed = _BASELINE_SAID.sub("", listed)
    clause = re.search(rf",\s*(?={_DONE_OPENS.pattern})", listed, CASE)
    parts = [
        ph.clean(p)
        for p in _ITEM_CUT.split(listed[: clause.start()] if clause else listed)
        if ph.clean(p)
    ]
    done = next((i for i, p in enumerate(parts) if i and _DONE_OPENS.match(p)), None)
    return parts[:done], clause is not None or done is not None


#: a baseline said after what is cut ("(so với năm 2024)", "so với năm 2024")
_BASELINE_SAID = re.compile(r"\s*\(\s*so\s+với[^()]*\)|\s+so\s+với\s+[^,;.]*", CASE)
#: a clause of what else is done, opening a part after a list of what is cut
_DONE_OPENS = re.compile(
    rf"(?:{lx.TASK_VERB_WORDS}|tạo|tiết\s+kiệm|bãi\s+bỏ|đơn\s+giản\s+hóa|phân\s+cấp|giảm|tăng|"
    r"nâng|bảo\s+đảm|đảm\s+bảo|góp\s+phần|thúc\s+đẩy|đẩy\s+mạnh|tăng\s+cường|hỗ\s+trợ|giúp)\b",
    CASE,
)
_MEASURE_NOUN = re.compile(
    r"(?:thời\s+gian|chi\s+phí|điều\s+kiện|số\s+lượng|số|thủ\s+tục|giấy\s+tờ|quy\s+định)\b",
    CASE,
)
"""What a change is measured on, at the head of each of several phrases sharing one figure."""
#: the verb of what is done alone before a figure ("Hoàn thành 100% kế hoạch …")
_DONE_ONLY = re.compile(r"(?:hoàn\s+thành|hoàn\s+tất|thực\s+hiện|triển\s+khai)", CASE)
#: a rate or a level of satisfaction at a phrase's head, each a measure of its own where
#: several share one figure ("tỷ lệ … đúng hạn và mức độ hài lòng … đạt từ 98% trở lên")
_RATE_OR_LEVEL_NOUN = re.compile(r"(?:t[ỷỉ]\s+lệ|mức\s+độ\s+hài\s+lòng)\b", CASE)
#: the words of a floor or more before a figure ("trên", "hơn", "tối thiểu", "ít nhất")
_FLOOR_WORDS = r"(?:trên|hơn|tối\s+thiểu|ít\s+nhất)"
#: what says that something covers what follows ("phủ sóng", "phủ … tới")
_COVER_WORDS = r"\bphủ(?:\s+sóng)?\b(?:[^,;%\d]{0,60}?\s(?:tới|đến))?"
#: the words just before a figure that say what covers it ("… phủ sóng", "… phủ đến")
_COVERS = re.compile(rf"{_COVER_WORDS}(?:\s+{_FLOOR_WORDS})?\s*$", CASE)
#: the rise said right before a figure ("… tăng 10,5%", "… tăng bình quân 30%")
_GROWTH_SAID = re.compile(
    # ("thu ngân sách tăng bình quân hằng năm 10%": the rate each year, said before it)
    r"(?P<words>\btăng(?:\s+(?P<average>bình\s+quân|trung\s+bình))?"
    r"(?:\s+(?P<yearly>(?:hằng|hàng|mỗi)\s+năm))?)"
    rf"(?:\s+{_FLOOR_WORDS})?\s*$",
    CASE,
)
#: the "/năm" left of a range of rates each period, which its anchor ends before
_EACH_PERIOD_LEFT = re.compile(r"^\s*/\s*(?:năm|quý|tháng)\b", CASE)
#: what stands between a figure and an amount that shares its measure ("…, đạt", "… và đạt")
_AFTER_A_FIGURE = re.compile(r"\s*(?:,|;)?\s*(?:và\s+)?", CASE)
#: a rate of each period, written with its figure ("30%/năm", "5%/quý")
_PER_PERIOD_RATE = re.compile(r"%\s*/\s*(?:năm|quý|tháng)\b", CASE)


def _own_rate_period(text: str, anchor: _Anchor) -> str | None:
    """How often a figure written as a rate of each period recurs ("30%/năm", "10-12%/năm"):
    its own, not the clause's."""
    rate = _RATE_OF_EACH_PERIOD.search(text, anchor.start, anchor.end + 12)
    if rate is None or rate.start() > anchor.end:
        return None
    return recurrence_in(rate.group(0))


#: a figure that is a rate of each period, with its number ("tăng bình quân 30%/năm")
_RATE_OF_EACH_PERIOD = re.compile(rf"{NUMBER}\s*{_PER_PERIOD_RATE.pattern}", CASE)
#: an economic aggregate, whose rise is its growth rate ("GRDP", "thu ngân sách", "kim ngạch")
_AGGREGATE = re.compile(
    r"\b(?:GRDP|GDP|thu\s+ngân\s+sách|ngân\s+sách\s+trên\s+địa\s+bàn|kim\s+ngạch|doanh\s+thu|"
    r"giá\s+trị\s+sản\s+(?:xuất|phẩm)|tổng\s+sản\s+phẩm|thu\s+nhập|vốn\s+đầu\s+tư|"
    r"tổng\s+mức\s+bán\s+lẻ|năng\s+suất\s+lao\s+động)\b",
    CASE,
)
#: what covers the last share before, and that share ("… phủ 100% khu vực dân cư")
_COVERS_THE_FIGURE_BEFORE = re.compile(
    rf"(?P<covers>{_COVER_WORDS})\s*(?:{_FLOOR_WORDS}\s+)?\d[\d.,]*\s*%[^%\d]*$", CASE
)
#: what is done to the things the figure before counts, with that figure ("số hóa 100% hồ sơ
#: cấp tỉnh và ")
_ACTS_ON_THE_FIGURE_BEFORE = re.compile(
    rf"(?P<acts>{_ACTED_ON.pattern})\d[\d.,]*\s*%[^%\d]*$", CASE
)
#: what joins a figure to the one before, and its operator (", ", " và trên ")
_JOINT_AT_END = re.compile(rf"(?:,|\svà)\s*(?:{_FLOOR_WORDS}\s+)?$", CASE)
#: a rate or a share opening the words before its figure ("Tỷ lệ …", "Tỷ trọng …")
_RATE_WORDS = r"\bt[ỷỉ]\s+(?:lệ|trọng)\b"
_RATE_NAMED = re.compile(rf"\W*{_RATE_WORDS}", CASE)
#: a rate or a share named anywhere in the words before a figure ("Phấn đấu tỷ lệ … giảm")
_A_RATE = re.compile(_RATE_WORDS, CASE)
_REACHED_DECIMAL = re.compile(r"\bđạt\s+\d{1,3},\d+\s*%", CASE)
_MEASURED_DECIMALS = re.compile(r",\d{2,}$|\.\d{2}$")
"""Two or more decimals ("86,57", "90.17"): a plan sets round figures, a report measures."""


@functools.lru_cache(maxsize=16)  # the items of one sentence ask of the same sentence
def _measured_figures(sentence: str) -> int:
    """How many percentages of ``sentence`` are written to the hundredth (see
    :data:`_MEASURED_DECIMALS`)."""
    apart = _BETWEEN.sub(" ", sentence)  # a range's two ends are one figure
    return sum(
        1
        for m in _PERCENT.finditer(apart)
        if m.groupdict().get("num") and _MEASURED_DECIMALS.search(m["num"])
    )


_TARGET_WORDS = re.compile(rf"{lx.STATED_TARGET.pattern}|{lx.BINDING.pattern}", CASE)
"""The words that make a measured-looking figure a target after all."""
_SHARE_OF_AGENCIES = next(pattern for pattern, level in lx.SHARE_OF_UNITS if level == "agency")
INCREASE_BEFORE = re.compile(r"\btăng\b", CASE)


_UNITS_NAMED = re.compile(rf"^(?:{lx.UNITS_OF_A_TIER}(?:\s*,\s*|\s+(?:và|hoặc)\s+|\s*))+", CASE)
"""Units of tiers named, nothing more ("huyện, thị xã, thành phố")."""


_TOPIC_WORDS = r"đối\s+với|về|riêng"
_TOPIC = re.compile(rf"^\s*(?:{_TOPIC_WORDS})\s+(?P<topic>[^,:;]{{3,80}}?)\s*,", CASE)


def _on_topic(text: str, readings: list[Reading]) -> list[Reading]:
    """ "Đối với chỉ số cải cách hành chính, … tăng từ 1 bậc trở lên", "Về chỉ số PAPI, tỉnh
    phấn đấu …": what the sentence opens with is what its figures measure, where they name
    nothing else."""
    topic = _TOPIC.match(text)
    # "Riêng năm 2026, …": a time, not a measure; "đối với cấp tỉnh, …": a tier, its level;
    # "riêng lĩnh vực đất đai, xây dựng đạt …": fields listed, a part of the figure before
    if (
        topic is None
        or lx.WITHIN_OPENS.match(text)
        or re.match(r"(?:năm|quý|tháng|giai\s+đoạn)\b", topic["topic"], CASE)
        or _TIER_NAMED.fullmatch(topic["topic"].strip())
    ):
        return readings
    named = ph.clean(topic["topic"])
    note = "the measured phrase is what the sentence opens with (đối với …, về …, riêng …)"
    return [
        attrs.evolve(r, phrase=named, notes=(*r.notes, note))
        if not r.phrase
        or re.match(rf"(?:{_TOPIC_WORDS})\b", r.phrase, CASE)
        or r.phrase.startswith(f"{named},")
        else r
        for r in readings
    ]


def _share_predicates(readings: list[Reading]) -> list[Reading]:
    """ "100% X tại A và 100% X tại B được xử lý …": the last figure's predicate is everyone's;
    "06 huyện … và 300 xã … hoàn thành …": so is the last count of units'."""
    last_count = readings[-1] if readings and readings[-1].unit == "count" else None
    named = _UNITS_NAMED.match(last_count.phrase) if last_count else None
    if last_count and named and named.end() < len(last_count.phrase):
        tail = last_count.phrase[named.end() :]
        readings = [
            attrs.evolve(r, phrase=f"{r.phrase} {tail}")
            if r.unit == "count"
            and (m := _UNITS_NAMED.match(r.phrase))
            and m.end() == len(r.phrase)
            else r
            for r in readings
        ]
    last = readings[-1].phrase if readings else ""
    verb = ph.PREDICATE.search(last)
    if (
        not verb
        or len(readings) < 2
        or readings[-1].base is not None
        or ph.MEASURE_HEAD.match(last)
    ):
        return readings  # a "trong đó" sub-quota's or a "tỷ lệ …" measure's predicate is its own
    tail = last[verb.start() :]
    head = _head_word(last[: verb.start()])
    return [
        r
        if ph.PREDICATE.search(r.phrase)
        or r.unit != "percent"
        or ph.MEASURE_HEAD.match(r.phrase)
        # (not to what another head names: "100% dịch vụ công …, 90% người dân sử dụng …";
        # units of any kind share it: "100% sở, ban, ngành và 90% xã, phường có …")
        or (
            head
            and _head_word(r.phrase) not in ("", head)
            and not {head, _head_word(r.phrase)} <= _UNIT_HEADS
        )
        # (a phrase that names nothing takes the whole measure: "Năm 2026 đạt 40%, …, đến năm
        # 2030 đạt 90% dịch vụ công được cung cấp …")
        else attrs.evolve(r, phrase=f"{r.phrase} {tail}" if r.phrase.strip() else last)
        for r in readings
    ]


#: the first words of units a share may count
_UNIT_HEADS = frozenset(
    [
        "sở",
        "ban",
        "ngành",
        "bộ",
        "xã",
        "phường",
        "huyện",
        "quận",
        "tỉnh",
        "thị",
        "cơ",
        "đơn",
        "địa",
        "ubnd",
        "ủy",
        "thôn",
        "tổ",
        # those who use or hold what a share counts ("70% doanh nghiệp, 50% hộ kinh doanh sử
        # dụng hóa đơn điện tử")
        "doanh",
        "hộ",
        "hợp",
        # (schools and hospitals: "hơn 80% trường học, cơ sở giáo dục và 50% bệnh viện, cơ sở
        # y tế … sử dụng nền tảng số")
        "trường",
        "bệnh",
        "trạm",
    ]
)


def _head_word(phrase: str) -> str:
    """The first word of what a phrase names, after "các", "những"."""
    words = re.findall(
        r"\w+", re.sub(r"^\s*(?:(?:các|những|toàn\s+bộ)\s+)?", "", phrase, flags=CASE)
    )
    return words[0].lower() if words else ""


TASK_START = re.compile(
    r"^\s*(?:[^,]{0,30},\s*)?"
    # "Các bộ, ngành, địa phương tập trung sửa đổi …": the addressee first
    r"(?:(?:các|mỗi|từng)\s+(?:bộ|sở|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương)\b[^.;:%\d]{0,60}?\s+)?"
    r"(?:hoàn\s+thành|hoàn\s+tất|phối\s+hợp|tập\s+trung|triển\s+khai)\b",
    CASE,
)


def _tasks_by_clause(
    text: str, offset: int, context: Context, exclusions: tuple[str, ...]
) -> list[Reading]:
    """The tasks of a sentence: one per ";" clause that states its own deadline ("… trình
    Thủ tướng … trong tháng 11/2025; chủ trì, … khẩn trương hoàn thành … trước ngày
    10/12/2025"), else the sentence's."""
    cuts = [m.start() for m in re.finditer(";", text)]
    if not cuts:
        return _task(text, offset, context, exclusions)
    clauses = list(zip([0, *(cut + 1 for cut in cuts)], [*cuts, len(text)], strict=True))
    dated = [
        (a, b)
        for a, b in clauses
        if next(deadlines_in(text[a:b], context.year), None)
        or next(task_quarters_in(text[a:b], context.year), None)
    ]
    if len(dated) < 2:
        return _task(text, offset, context, exclusions)
    found: list[Reading] = []
    for a, b in dated:
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        found.extend(_task(text[a + lead : b], offset + a + lead, context, exclusions))
    return found or _task(text, offset, context, exclusions)


#: what announces the items after it ("… các nội dung sau:", "… như sau:")
_ANNOUNCES = re.compile(r"\b(?:sau|như\s+sau|cụ\s+thể)\s*:\s*$", CASE)


def _task(text: str, offset: int, context: Context, exclusions: tuple[str, ...]) -> list[Reading]:
    """A task done by a deadline: "Hoàn tất phân cấp xử lý TTHC trước 30/6/2025"; one for
    each group it is given to, where it names the agencies and the units of a tier."""
    if _ANNOUNCES.search(text):
        return []  # "Đến ngày 30/6/2026, hoàn thành các nội dung sau:": a lead, its items tasks
    deadlines = [*deadlines_in(text, context.year), *task_quarters_in(text, context.year)]
    if (
        deadlines
        and _PERIODIC_DUTY.search(text)
        and recurrence_in(text)
        and not any(pattern.search(text) for pattern, _ in lx.DEADLINES)
    ):
        # "định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6 và trước ngày 01 tháng 12": days
        # without a year in a duty done each period are its days in each, no one deadline
        deadlines = []
    head = lx.WHEN_HEAD.match(text)
    if head is not None and not deadlines:
        # "Quý II/2026: tổ chức …" is "tổ chức … trong quý II/2026"
        said = f"trong {head['when']}"
        deadlines = [
            (head.start("when"), due)
            for _, due in (*deadlines_in(said, context.year), *task_quarters_in(said, context.year))
        ]
    if (
        not deadlines
        and context.deadline is not None
        and not context.reporting
        and lx.TASK_AT_START.match(text)
    ):
        # "Đến ngày 30/6/2026, hoàn thành các nội dung sau: - Xây dựng …": its lead's date
        deadlines = [(0, context.deadline)]
    listed = lx.LISTED_TASK.match(text) if context.tasks else None
    recurrence = recurrence_in(text) or context.recurrence
    if listed is not None and (deadlines or recurrence):  # a row of a task table
        # the years a task spans ("… trong năm 2026 (giai đoạn 2025-2026)"), not its date
        spanned = re.search(r"\(giai\s+đoạn\s+[^()]*\)", text[listed.end("what") :], CASE)
        periods = list(periods_in(spanned.group(0))) if spanned else []
        row = _led_task(
            listed["what"],
            listed["by"] or "",
            context,
            deadline=deadlines[0][1] if deadlines else None,
            recurrence=recurrence,
            period=periods[0][1] if periods else context.period,
            span=(offset, offset + listed.end("what")),
            note="a task of a list of tasks, to complete by its date",
            exclusions=exclusions,
        )
        if row is not None:
            return [row]
    within_year = False
    spanned_years: str | None = None
    if not deadlines and _COMPLETES.search(text):
        # "Hoàn thành việc số hóa … trong năm 2025": a task done within a year is due at its end
        # ("Giai đoạn 2026 - 2027, hoàn thành …": within the years, due at the last one's end)
        # ("Trong 6 tháng đầu năm 2026, hoàn thành …", "… trong quý II/2026": its end)
        years = [
            (at, p)
            for at, p in periods_in(text, context.year)
            if re.fullmatch(r"\d{4}(?:-\d{4}|-H[12]|-Q[1-4])?", p)
        ]
        deadlines = [(at, period_end(p)) for at, p in years[:1]]
        within_year = bool(deadlines)
        within_said = years[0][1] if years else ""
        spanned_years = within_said if re.fullmatch(r"\d{4}-\d{4}", within_said) else None
    # "Báo cáo kết quả … định kỳ hằng quý gửi Sở Nội vụ": a task done each period, in a plan
    recurring = bool(
        not deadlines
        and recurrence_in(text)
        and (
            context.planned
            or context.committed
            or lx.COMMITMENT.search(text)
            # "Định kỳ trước ngày 20 hằng tháng, các xã báo cáo …": a duty set for each period
            or _PERIODIC_DUTY.search(text)
            # "… báo cáo … trước ngày 25 hằng tháng": the day of each period it is due by
            or _DAY_OF_PERIOD.search(text)
        )
    )
    # "Thí điểm đánh giá … trong năm 2025": a task done within a period to come, no date
    within: str | None = None
    if not deadlines and not recurring:
        ahead = [
            p
            for at, p in periods_in(text, context.year)
            if (_WITHIN.match(text, at) or (head is not None and at < head.end()))
            and (context.year is None or int(_YEARS.findall(p)[-1]) >= context.year)
        ]
        if (
            not ahead
            and context.period is not None
            and not context.period_said_before
            and not context.reporting
            # "Hình thành sàn dữ liệu: 5": a measure named, its figure after the colon
            and not text.rstrip().endswith(":")
            and not lx.MEASURED_ITEM.match(text)
            and lx.TASK_AT_START.match(text)
            and (context.year is None or int(_YEARS.findall(context.period)[-1]) >= context.year)
        ):
            # "Năm 2026: - Tổ chức khảo sát …": a task listed under its period's lead
            if _COMPLETES.search(text) and re.fullmatch(
                r"\d{4}(?:-H[12]|-Q[1-4])?", context.period
            ):
                deadlines = [(0, period_end(context.period))]
                within_year = True
            else:
                ahead = [context.period]
        if not ahead and not deadlines:
            return []
        within = ahead[0] if ahead else None
    # what a directive given directs is told after it ("Bộ đã có văn bản đề nghị … gửi …")
    directive = _DIRECTED_BEFORE.search(text)
    told = text[directive.end() :] if directive else text
    past = lx.PAST.search(told)
    if past is not None and past[0].lower() == "đã":
        clause = max(told.rfind(",", 0, past.start()), told.rfind(";", 0, past.start())) + 1
        # ("Tổng kết năm 2025 đã được tổ chức vào ngày 25/12/2025", told in 2026: done)
        done_before = context.year is not None and any(d.year < context.year for _, d in deadlines)
        if _TASK_VERB.search(told, clause, past.start()) and not done_before:
            past = None  # "chấm dứt … đối với các thủ tục đã cung cấp …": what the object was
    # ("Năm 2025, Sở Nội vụ hoàn thành toàn bộ …", told in 2026: what was done; a day gone
    # still dates a task)
    # ("Ban hành Quyết định công bố Chỉ số CCHC năm 2025 trong tháng 4/2026": the year of
    # what it acts on, the task due in a year to come)
    year_gone = (
        context.year is not None
        and _ends_before(list(periods_in(told, context.year)), [], context.year)
        and not any(due.year >= context.year for _, due in deadlines)
    )
    if (lx.REPORT.search(told) or past or year_gone) and not lx.COMMITMENT.search(text):
        return []  # "chỉ trong tháng 10 và 11, Bộ đã tham mưu …": what was done
    # a task in other words is looked for first in the clause its deadline is in ("…; trong
    # quý 1, xác định ngay từng việc …"), then from the sentence's start
    due_clause = text.rfind(";", 0, deadlines[0][0]) + 1 if deadlines else 0
    # "…, định kỳ báo cáo kết quả về Sở Nội vụ trước ngày 15/12": the task its date is in
    due_part = (text.rfind(",", due_clause, deadlines[0][0]) + 1 or due_clause) if deadlines else 0
    if due_part and _PEOPLE_THEN_ORGANISATIONS.search(text, 0, due_part + 12):
        due_part = due_clause  # "… của người dân, tổ chức đối với …": a pair named, no verb
    if due_part and _VERBS_LISTED.search(text, due_clause, due_part):
        due_part = due_clause  # "Hoàn thành việc sắp xếp, kiện toàn …": verbs of one object
    periodic = _PERIODIC_DUTY.search(text) if recurring else None
    if periodic is not None:
        # "…, định kỳ 6 tháng báo cáo kết quả … trước ngày 15 tháng 6 …": the part it is in
        due_part = text.rfind(",", 0, periodic.start()) + 1
    tried = [
        *([(_TASK_OPENS_PART, head.end())] if head is not None else []),
        (lx.TASK_DUE_SAID, 0),
        (lx.TASK_DUE_DAY_FIRST, 0),
        *([(_TASK_OPENS_PART, due_part)] if due_part else []),
        (lx.TASK_DIRECTED, 0),
        (lx.TASK, 0),
        (lx.TASK_AT_START, 0),
        (lx.TASK_PASSIVE, 0),
        (lx.TASK_FROM_DAY, 0),
        (lx.TASK_FROM_DAY_DONE, 0),
        *([(lx.TASK_CUED, due_clause)] if due_clause else []),
        (lx.TASK_CUED, 0),
        (lx.TASK_DONE_AFTER, 0),
    ]
    for pattern, start in tried:
        m = pattern.match(text, start)
        if m is None:
            continue
        if pattern is lx.TASK_PASSIVE and m["bare"] and context.year is not None:
            due_year = deadlines[0][1].year if deadlines else int(_YEARS.findall(ahead[0])[-1])
            if due_year < context.year:
                continue  # "… được hoàn thành trong năm 2025", told in 2026: what was done
        if pattern is lx.TASK_PASSIVE or pattern is lx.TASK_FROM_DAY:
            phrase = _passive_object(m, text)
        elif pattern is lx.TASK_DONE_AFTER:
            phrase = ph.clean(m["what"])
        elif pattern is lx.TASK_DUE_SAID or pattern is lx.TASK_DUE_DAY_FIRST:
            phrase = _task_object(m["what"])
        elif pattern is _TASK_OPENS_PART:
            # what is done in the part itself, not to whom what was done before is sent or
            # reported ("…, gửi về Sở … trước D", "…, báo cáo UBND tỉnh trước D")
            due = deadlines[0][0] if deadlines else len(text)
            phrase = _task_object(text[m.end() : due if due > m.end() else len(text)])
            if _RECIPIENT.match(phrase):
                phrase = ""
            phrase = _with_verbs_listed(text, m, phrase)
        else:
            phrase = _task_object(text[m.end() :])
            reviewed = _PERIOD_REVIEWED.match(text, m.end())
            if reviewed and re.fullmatch(
                r"sơ\s+kết|tổng\s+kết", m.groupdict().get("verb") or "", CASE
            ):
                # "Tổng kết năm trước ngày 15/12", "Sơ kết 6 tháng …": the review of a period
                # is named with its verb (the period alone names nothing)
                phrase = " ".join(f"{m['verb'].lower()} {reviewed['period']}".split())
            phrase = _with_verbs_listed(text, m, phrase)
        if (
            phrase
            and pattern is not lx.TASK_PASSIVE
            and re.fullmatch(r"báo\s+cáo|gửi", m["verb"], CASE)
            and (_RECIPIENT.match(phrase) or _RESULTS_REPORTED.match(phrase))
        ):
            # "báo cáo Chính phủ": to whom, the verb is what is done; "báo cáo kết quả thực
            # hiện về Sở Nội vụ": the results, reported
            phrase = f"{m['verb']} {phrase}"
        if phrase and re.fullmatch(r"trình|báo\s+cáo|gửi", m["verb"], CASE):
            phrase = _SUBMITTED_TO.sub("", phrase)  # "trình Thủ tướng Đề án …": the Đề án
        if phrase and (
            _NEGATED.search(text, 0, m.start("verb")) or _ENDING_VERB.fullmatch(m["verb"])
        ):
            # "… sẽ không tiếp nhận hồ sơ giấy …", "chấm dứt việc tiếp nhận …": what is to stop,
            # said with the words that stop it
            negation = _NEGATED.search(text, 0, m.start("verb"))
            said = f"{negation[0].strip()} " if negation else ""
            phrase = f"{said}{m['verb']} {phrase}"
        if phrase:
            break
    else:
        return []
    if lx.TITLE_OPENS.search(text, 0, m.start("verb")):
        return []  # "… có Công điện số 127/CĐ-TTg về việc tập trung hoàn thành …": its title
    aspiration = _aspiration(text)
    # who a directive names binds the task ("yêu cầu các xã, thị trấn phải hoàn thành …")
    directed = "who" in m.re.groupindex and m["who"]
    # who a directive names, else who the sentence opens with ("Các bộ, ngành, địa phương
    # hoàn thành …")
    # (a task in other words is done by whom a directive names after it, or by whom the
    # sentence names before its duty word, not by those it works with: "Sở Nội vụ sẽ phối
    # hợp với các đơn vị để tổng hợp …")
    said = text[: m.start("verb")]
    if m.re is lx.TASK_CUED and m["duty"]:
        said = text[: m.start("duty")]
    doers = m["who"] if directed else said
    # "Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức …": who leads it, not
    # those it works with
    # ("…, phối hợp các sở, ngành …": "với" left out)
    doers = re.sub(
        r"\bphối\s+hợp(?:\s+với\b|\s+(?=(?:các|những)\b)).*$", "", doers, flags=CASE | re.DOTALL
    )
    who = _addressed(doers)
    if not who and _LOCALITIES.search(doers) and (tier := _tier_of_localities(context, text)):
        who = (f"each_{tier}",)  # "Các địa phương hoàn thành …": each locality
    if not who and _BODY_DOES.match(doers):
        # "Giao Sở Nội vụ chủ trì … xác định Chỉ số … của các sở, ban, ngành, UBND các xã": one
        # body named does it, not the units its object names
        who = ("self",)
    task = Reading(
        phrase,
        "yes",
        "",
        "none",
        level=_each_unit_of(
            _addressee_level(
                who
                or _levels(
                    _TIER_ACTED_ON.sub("", _OF_WHOM.sub("", _FOR_OR_WITH_WHOM.sub("", text)))
                )
                or context.levels,
                context.issuer_level,
            )
        ),
        aspirational=bool(context.aspirational if aspiration is None else aspiration),
        deadline=deadlines[0][1] if deadlines else None,
        period=within or spanned_years,
        recurrence=recurrence_in(text) or context.recurrence,
        exclusions=exclusions,
        span=(offset + m.start("verb"), offset + m.end("verb")),
        notes=(
            "a task done each period"
            if recurring
            else "a task done within its period"
            if within
            else "a task to complete by its deadline",
        )
        + (("done within the year: due at its end",) if within_year else ())
        + (
            (f"due by day {day['day']} of {_month_of_period(day)}each period",)
            if recurring and (day := _DAY_OF_PERIOD.search(text))
            else ()
        ),
    )
    groups = _agencies_and_tier(doers, context, text)
    note = ("given to the agencies and to the units of a tier: one target for each",)
    return [attrs.evolve(task, level=level, notes=task.notes + note) for level in groups] or [task]


#: a task's verb negated ("không tiếp nhận", "không còn sử dụng"): what is to stop
_NEGATED = re.compile(r"\bkhông(?:\s+còn)?\s+$", CASE)
#: a verb that ends what its object names ("chấm dứt việc tiếp nhận hồ sơ giấy")
_ENDING_VERB = re.compile(r"chấm\s+dứt", CASE)


#: another verb listed right after a task's ("Rà soát, đơn giản hóa …")
def _with_verbs_listed(text: str, m: re.Match[str], phrase: str) -> str:
    """``phrase`` with the task's verb before it where more verbs of the same object follow
    the verb ("Rà soát, đơn giản hóa thủ tục hành chính", "Xây dựng và triển khai Bộ chỉ số
    …"): each of them is the task."""
    listed = _VERB_LISTED_AFTER.match(text, m.end()) if phrase else None
    if listed and listed["joint"].strip() == ",":
        return f"{m['verb']}, {phrase}"
    if listed and (rest := re.sub(r"^và\s+", "", phrase, flags=CASE)).lower().startswith(
        re.sub(r"\s+", " ", listed["next"].lower())
    ):
        return f"{m['verb']} và {rest}"
    return phrase


#: a verb of a task that may be listed with others of the same object ("Rà soát, đơn giản
#: hóa …", "đánh giá, xếp loại …")
_LISTED_VERB = (
    rf"(?:{lx.TASK_VERB_WORDS}|đơn\s+giản\s+hóa|bổ\s+sung|kiểm\s+tra|đánh\s+giá|chuẩn\s+hóa|"
    r"nâng\s+cao|xếp\s+loại|hệ\s+thống\s+hóa|điều\s+chỉnh|thẩm\s+định|chỉnh\s+lý)"
)
_VERB_LISTED_AFTER = re.compile(rf"(?P<joint>\s*,\s*|\s+và\s+)(?P<next>{_LISTED_VERB})\b", CASE)
_ENDS_WITH_LISTED_VERB = re.compile(rf"\b{_LISTED_VERB}$", CASE)
#: (not when it is to be complete: "… Bộ chỉ số đánh giá, hoàn thành trong quý III/2026")
_OPENS_WITH_LISTED_VERB = re.compile(rf"\s*(?!hoàn\s+thành|hoàn\s+tất){_LISTED_VERB}\b", CASE)
_YEAR_OPENS = re.compile(
    r"\s*(?:(?:đến|tới|trong|cuối|hết|đến\s+hết|đến\s+cuối)\s+)?năm\s+(?P<y>(?:19|20)\d\d)\s*[,:]",
    CASE,
)


def _aimed_later(text: str, clause_end: int, at: int) -> bool:
    """Whether the time at ``at`` opens a later clause's own aim ("… đạt 60% trở lên, phấn
    đấu đến năm 2030 đạt 100%", "…, mục tiêu năm 2027 là 80%"): it times that clause's
    figure, not the one before."""
    return at >= clause_end and _AIM_OPENS.fullmatch(text, clause_end, at) is not None


_AIM_OPENS = re.compile(
    r"\W*(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)\s+(?:(?:đến|tới|vào|trong)\s+)?"
    r"(?:(?:hết|cuối)\s+)?(?:năm\s+)?",
    CASE,
)


def _time_to_come(sentence: str, year: int) -> bool:
    """Whether ``sentence``, in a text of ``year``, opens with a year to come or times a figure
    by one ("… vào cuối năm 2027"), or by a day of this year or one to come ("… trước ngày
    31/12/2026")."""
    opening = _YEAR_OPENS.match(sentence)
    for ahead in [opening] if opening else _YEAR_AHEAD.finditer(sentence):
        said = ahead.groupdict()
        if said.get("next"):
            return True  # "Năm 2026 và các năm tiếp theo, …"
        if (
            int(said["d"]) >= year
            if said.get("d")
            else int(said["y"] or said["reached_in"] or _YEARS.findall(said["in_turn"])[-1]) > year
        ):
            return True  # ("… đạt 20% năm 2026 và 30% năm 2027": one of them to come)
    return False


_YEAR_AHEAD = re.compile(
    # (or right after the figure: "… đạt 20% năm 2026 và 30% năm 2027", "… 60% (năm 2027)")
    r"(?:\b(?:vào|trong|đến|tới)\s+(?:(?:hết|cuối)\s+)?|%\s*\(?\s*)năm\s+(?P<y>(?:19|20)\d\d)\b|"
    # (or right before what is reached in it: "…: năm 2026 đạt 40%, năm 2027 đạt 60%")
    r"\bnăm\s+(?P<reached_in>(?:19|20)\d\d)\s+(?:phấn\s+đấu\s+)?(?:đạt|là)\b|"
    # ("… đạt 100% trước ngày 31/12/2027": a day to come it is due by)
    r"\b(?:trước|chậm\s+nhất)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*(?P<d>(?:19|20)\d\d)\b|"
    # ("Năm 2026 và các năm tiếp theo, …": the years after it too)
    r"\b(?P<next>(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau\s+đó|tới))\b|"
    # ("… năm 2026, 2027 lần lượt đạt 60% và 80%": the last of the years figures are in turn of)
    rf"(?P<in_turn>{_YEARS_LISTED.pattern})\s+(?:lần\s+lượt|tương\s+ứng)\b",
    CASE,
)
#: a figure foreseen, not set ("dự kiến", "ước đạt"; not "hương ước", a village's rules)
_FORECAST = re.compile(r"\b(?:dự\s+kiến|dự\s+báo|ước\s+(?:đạt|tính)|có\s+thể)\b", CASE)
_EACH_SAID = re.compile(r"\b(?:mỗi|từng)\b", CASE)
#: where a figure holds, said after it ("… đạt 100% ở cấp tỉnh"): no whole it is taken of
_WHERE_AFTER = re.compile(r"(?:ở|tại)\s", CASE)
#: the places a count is made in, named after it ("… tại các xã Quế Long, Quế Phú")
_PLACES_COUNTED_IN = re.compile(r"\b(?:tại|ở|trên)\s+(?:các|những)\b.*$", CASE | re.DOTALL)


def _not_each(levels: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(level for level in levels if not level.startswith("each_"))


#: a comma after "việc" or "hoàn thành" and one verb: verbs listed over one object ("việc rà
#: soát, sửa đổi …", "Hoàn thành sắp xếp, kiện toàn …")
_VERBS_LISTED = re.compile(
    # ("Rà soát, đánh giá thủ tục … trước ngày …": a verb alone before the comma)
    rf"(?:\bviệc|^\s*hoàn\s+(?:thành|tất))\s+\w+(?:\s+\w+)?\s*,\s*$|^\s*(?:{lx.TASK_VERB_WORDS})\s*,\s*$",
    CASE,
)
#: a tier's own activity or apparatus a task acts on ("chấm dứt hoạt động của cấp huyện"),
#: not who does it
_TIER_ACTED_ON = re.compile(
    r"\b(?:hoạt\s+động|bộ\s+máy|tổ\s+chức)\s+(?:của\s+)?cấp\s+(?:tỉnh|huyện|xã)\b", CASE
)
#: who a task is done for ("tập huấn … cho cán bộ, công chức cấp xã"), not who does it
_FOR_OR_WITH_WHOM = re.compile(
    r"\bcho\s+(?:(?:đội\s+ngũ|toàn\s+thể|các|những)\s+)?"
    r"(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+dân|học\s+viên)\b[^;.]*|"
    # ("100% cuộc họp của UBND tỉnh với UBND cấp xã …": with whom it is held)
    r"(?<=\w\s)với\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân)\b[^;.,]*",
    CASE,
)

#: whose thing a task acts on ("xác định Chỉ số cải cách hành chính của các sở, ban, ngành và
#: UBND cấp xã"), not who does it
_OF_WHOM = re.compile(
    r"(?<=\w\s)của\s+(?:các\s+)?(?:sở|ubnd|ủy\s+ban|cơ\s+quan|đơn\s+vị|xã|phường|huyện|"
    # ("bàn giao hồ sơ, tài liệu của cấp huyện cho cấp xã": whose records are handed over)
    r"cấp\s+(?:tỉnh|huyện|xã))\b[^;.]*",
    CASE,
)


def _each_unit_of(level: str) -> str:
    """A task at a tier is done by each unit of it ("đưa vào vận hành các trung tâm … cấp xã
    tại các xã, phường": each commune's), not pooled as a figure is."""
    return f"each_{level}" if level in _POOLED_TIERS else level


def _agencies_and_tier(doers: str, context: Context, text: str = "") -> list[str]:
    """``each_agency`` and ``each_<tier>`` when who a task is given to names the agencies and
    the units of a tier ("các phòng, ban, đơn vị thuộc huyện, UBND các xã, thị trấn", "các
    đơn vị, địa phương"); none otherwise. A province's "địa phương" are its districts before
    the 2025 reform and its communes after (in a document of 2025, as the days ``text`` names
    fall)."""
    agencies = lx.AGENCY_GROUP.search(doers)
    units = lx.TIER_GROUP.search(doers)
    if agencies is None or units is None or lx.EVERY_MINISTRY_AND_LOCALITY.search(doers):
        return []  # "các bộ, ngành, địa phương": every unit, one target
    if units["tier"]:
        tier = _tier_named(units["tier"])
    elif context.issuer_level in ("district", "province"):
        tier = _tier_of_localities(context, text) or ""
    else:
        tier = ""
    return ["each_agency", f"each_{tier}"] if tier else []


#: what a directive asks its addressees to advise on or draft, not to reach themselves
_ADVISES = re.compile(r"\b(?:phối\s+hợp|tham\s+mưu|phương\s+án|đề\s+xuất|dự\s+thảo)\b", CASE)
_LOCALITIES = re.compile(r"\b(?:các|mọi|mỗi|từng)\s+địa\s+phương\b", CASE)
_LOCALITIES_FIRST = re.compile(r"\s*(?:UBND\s+)?(?:các|mỗi|từng)\s+địa\s+phương\b(?!\s*,)", CASE)


def _tier_of_localities(context: Context, text: str = "") -> str | None:
    """The tier an issuer's "địa phương" are: a province's districts before the 2025 reform
    and its communes after (in a document of 2025, as the days the sentence names fall: "Các
    địa phương phải hoàn thành … trước 23/7/2025" are communes; with none, no tier), a
    district's communes, the nation's and a ministry's provinces."""
    if context.issuer_level == "district":
        return "commune"
    if context.issuer_level == "province":
        if context.year == REFORM_2025.year:
            # (the days it is due by, as deadlines are read everywhere)
            days = [due for _, due in deadlines_in(text, context.year)]
            if not days:
                return None
            return "commune" if max(days) >= REFORM_2025 else "district"
        if context.year is None:
            return None
        return "district" if context.year < REFORM_2025.year else "commune"
    if context.issuer_level in ("nation", "ministry"):
        return "province"
    return None


def task_set_out(task: str, when: str, by: str, offset: int, context: Context) -> Reading | None:
    """A task set out over lines, as plans list them: the task (``task``, "Rà soát, đơn giản
    hóa thủ tục hành chính"), then when it is due (``when``, "Quý II/2026", "tháng 01/2026",
    "31/12/2026") and who leads it (``by``, "Sở Nội vụ"; see
    :data:`~cchc_model.text.lexicon.TASK_DETAIL`; it opens with what is to be done,
    :data:`~cchc_model.text.lexicon.TASK_LINE`). None when it tells what was done or its
    time states no date and no recurrence ("Thường xuyên")."""
    if lx.PAST.search(task) or lx.REPORT.search(task):
        return None
    deadlines: list[tuple[int, date]] = []
    for lead in ("đến hết", "trong", "trước ngày"):  # "… tháng 01/2026", "… 31/12/2026"
        written = f"{lead} {when}"
        deadlines = [*deadlines_in(written, context.year), *task_quarters_in(written, context.year)]
        if deadlines:
            break
    recurrence = recurrence_in(when)
    if not deadlines and not recurrence:
        return None
    return _led_task(
        task,
        by,
        context,
        deadline=deadlines[0][1] if deadlines else None,
        recurrence=recurrence or context.recurrence,
        period=context.period,
        span=(offset, offset + len(task.rstrip(" .;"))),
        note="a task set out over lines: its time and who leads it on lines of their own",
    )


def _led_task(
    what: str,
    by: str,
    context: Context,
    *,
    deadline: date | None,
    recurrence: str | None,
    period: str | None,
    span: tuple[int, int],
    note: str,
    exclusions: tuple[str, ...] = (),
) -> Reading | None:
    """A task named with who leads it, as a row of a task table or a task set out over lines
    gives it: its words without why it is done, measured where its leader says
    (:func:`_led_by`); none when nothing is left of its words."""
    phrase = ph.clean(lx.TASK_PURPOSE.sub("", what))
    if not phrase:
        return None
    aspiration = _aspiration(what)
    return Reading(
        phrase,
        "yes",
        "",
        "none",
        level=_led_by(by, context),
        aspirational=bool(context.aspirational if aspiration is None else aspiration),
        deadline=deadline,
        period=period,
        recurrence=recurrence,
        exclusions=exclusions,
        span=span,
        notes=(note,),
    )


_PERIODIC_DUTY = re.compile(r"\bđịnh\s+kỳ\b", CASE)


#: a verb that names a task
_TASK_VERB = re.compile(rf"\b(?:{lx.TASK_VERB_WORDS})\b", CASE)
#: "hoàn thành", "đưa … vào vận hành": a task that ends (a pilot or an activity goes on)
_COMPLETES = re.compile(
    r"\b(?:hoàn\s+thành|hoàn\s+tất|đưa\s+[^.;]{0,80}?vào\s+(?:vận\s+hành|sử\s+dụng|"
    r"khai\s+thác|hoạt\s+động))\b",
    CASE,
)

#: a directive given ("UBND tỉnh đã chỉ đạo các đơn vị … hoàn thành …", "đã yêu cầu", "đã có
#: văn bản đề nghị", "đã ký Công điện yêu cầu", "đã tham mưu UBND tỉnh chỉ đạo"): what it
#: directs is still to be done
_DIRECTED_BEFORE = re.compile(
    r"\bđã\s+(?:tham\s+mưu\s+(?:cho\s+)?(?:\S+\s+){1,6}?)?"
    r"(?:(?:có|ban\s+hành|ký(?:\s+ban\s+hành)?|gửi)\s+(?:văn\s+bản|công\s+văn|"
    r"công\s+điện|chỉ\s+thị|thông\s+báo)(?:\s+(?:số\s+)?\S*\d\S*)?\s+)?"
    r"(?:chỉ\s+đạo|yêu\s+cầu|giao|đề\s+nghị)\b",
    CASE,
)


def _addressed(who: str) -> tuple[str, ...]:
    """The level of who a directive names first (:data:`~cchc_model.text.lexicon.ADDRESSED`)."""
    named = [
        (m.start(), order, level)
        for order, (p, level) in enumerate(lx.ADDRESSED)
        if (m := p.search(who))
    ]  # the first named; at one place, the table's first ("các bộ, ngành, địa phương")
    return (min(named)[2],) if named else ()


def _led_by(by: str, context: Context) -> str:
    """Where a listed task is measured, by who leads it: every unit of a kind
    (:data:`~cchc_model.text.lexicon.LEAD_AGENCIES`, "UBND các xã, phường"), else the issuer."""
    for pattern, level in lx.LEAD_AGENCIES:
        if pattern.search(by):
            return level
    return _addressee_level(_levels(by) or context.levels, context.issuer_level)


def _addressee_level(levels: tuple[str, ...], issuer_level: str | None) -> str:
    """Who a task binds: one tier named ("UBND các xã, phường hoàn thành …"), or every bộ and
    every tỉnh together ("Bộ trưởng …, Chủ tịch UBND các tỉnh …") as every unit."""
    if set(levels) == {"each_ministry", "each_province"}:
        return "each_unit"
    if len(levels) != 1 or levels[0] in (issuer_level, f"each_{issuer_level}"):
        return "self"
    return levels[0]


#: a body of the state, named ("Sở Tư pháp", "UBND tỉnh", "Chủ tịch UBND …")
_BODY = re.compile(lx.BODY)
#: a body named as the one that does a task, opening what is said of it ("Sở Nội vụ chủ trì
#: …", given it: "Giao Sở Nội vụ …"; not who tells it: "Theo UBND tỉnh, …")
_BODY_DOES = re.compile(rf"\W*(?:{lx.BODY})")
#: to whom a paper is submitted, before the paper ("Thủ tướng Chính phủ “Chương trình …”")
_SUBMITTED_TO = re.compile(
    r"^(?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chính\s+phủ|Quốc\s+hội|Bộ\s+Chính\s+trị|"
    r"(?:Chủ\s+tịch\s+)?(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân)"
    r"(?:\s+(?:tỉnh|thành\s+phố|huyện|xã|phường|cấp\s+\w+))?)\s+"
    rf"(?=[“\"]|{lx.DOCUMENT_KIND}|(?:dự\s+thảo|báo\s+cáo|tờ\s+trình|danh\s+mục|phương\s+án|"
    r"hồ\s+sơ)\b)",
    CASE,
)
_TASK_OPENS_PART = re.compile(
    # ("…; định kỳ trước ngày 15/12/2025 báo cáo kết quả về Sở Nội vụ": the day before the verb)
    r"\s*(?:định\s+kỳ\s+)?(?:(?:trước|chậm\s+nhất(?:\s+là)?)\s+(?:ngày\s+)?[\d/.-]{3,10}\s*,?\s*)?"
    rf"{lx.TASK_AT_START.pattern[1:]}",
    CASE,
)
#: the results or the state of work a report tells ("kết quả thực hiện", "tình hình …")
_RESULTS_REPORTED = re.compile(r"(?:kết\s+quả|tình\s+hình|tiến\s+độ)\b", CASE)
#: to whom something is sent or reported: "về Sở …", "Chính phủ", a body named
_RECIPIENT = re.compile(
    rf"(?:về|lên|tới|cho)\s|(?:Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội)\b|{_BODY.pattern}"
)


def _passive_object(m: re.Match[str], text: str) -> str:
    """What a task done to its opening object acts on: the object, and what is done with it
    unless that is only to complete it ("Số liệu phải được gửi về Bộ Nội vụ": "Số liệu gửi về
    Bộ Nội vụ"; "Việc số hóa … phải hoàn thành": "Việc số hóa …")."""
    what = ph.clean(m["what"])
    # (what is done, named: "Việc lắp đặt camera tại … các xã sẽ hoàn thành …"; what is to
    # work: "Trung tâm … sẽ chính thức đi vào hoạt động …")
    if what and re.fullmatch(r"đi\s+vào\s+hoạt\s+động", m["verb"], CASE):
        return f"{what} {m['verb']}"
    named = re.match(r"việc\b", what, CASE)
    if (
        not what
        or (not named and _addressed(what))
        or _BODY.match(what)
        or _LOCALITIES.fullmatch(what)
    ):
        return ""  # "Các đơn vị phải …", "Sở Tư pháp cần …": who does it, not what
    if re.fullmatch(r"hoàn\s+(?:thành|tất)|xong", m["verb"], CASE):
        return what
    done = _task_object(text[m.end() :])
    if not done and re.match(r"đưa\s+vào\b", m["verb"], CASE):
        return what  # "hệ thống sẽ được đưa vào vận hành …": the system, to be in use
    if re.fullmatch(r"thực\s+hiện|áp\s+dụng", m["verb"], CASE) and re.match(
        r"(?:tập\s+trung\s+)?(?:tại|ở)\b", done, CASE
    ):
        return what  # "việc tiếp nhận hồ sơ … được thực hiện tại Trung tâm …": where, not what
    return f"{what} {m['verb']} {done}".strip()


_LED_BY_NOTE = re.compile(r"\s*\((?:do\s+)?[^()]*?\bchủ\s+trì\b[^()]*\)?", CASE)


#: "Hằng tháng, … báo cáo … trước ngày 20": the day of each period a recurring task is due by
_DAY_OF_PERIOD = re.compile(
    r"\s*(?:trước|chậm\s+nhất(?:\s+là)?)\s+ngày\s+(?P<day>\d{1,2})\b(?!\s*[/.-]\s*\d)"
    # ("trước ngày 15 tháng cuối quý": the day of a month of each period)
    r"(?:\s+(?:của\s+)?tháng\s+(?P<month>cuối|đầu)\s+(?:quý|năm|kỳ))?",
    CASE,
)
_MONTH_OF_PERIOD = {"": "", "cuối": "the last month of ", "đầu": "the first month of "}


def _month_of_period(day: re.Match[str]) -> str:
    """Which month of each period a day is of ("tháng cuối quý"), as a note says it."""
    return _MONTH_OF_PERIOD[(day["month"] or "").lower()]


#: a second task joined to the first ("đào tạo kỹ năng số … và duy trì các hoạt động này")
_NEXT_TASK = re.compile(rf"(?<=\w)\s+và\s+(?:{lx.TASK_VERB_WORDS}|duy\s+trì)\b.*$", CASE)


def _first_part(body: str) -> str:
    """What a task acts on runs to the first comma, unless what is before it is only a verb or
    two ("rà soát, sắp xếp các thôn": the verbs listed, then their object)."""
    out, *rest = body.split(",")
    for part in rest:
        if not out.strip():
            break
        if _PAIR_FIRST.search(out.rstrip()) and re.match(rf"\s*{_PAIR_SECOND}", part, CASE):
            out += "," + part  # "… cho đội ngũ cán bộ, công chức cấp xã": one of the pair
            continue
        if re.search(r"\bHĐND$", out.rstrip()) and re.match(r"\s*UBND\b", part):
            out += "," + part  # "văn bản … do HĐND, UBND xã ban hành": the two who issue them
            continue
        if _ENDS_WITH_LISTED_VERB.search(out.rstrip()) and _OPENS_WITH_LISTED_VERB.match(part):
            # "Nghị định sửa đổi, bổ sung Nghị định số …", "Quy chế đánh giá, xếp loại chất
            # lượng …": verbs listed of one object
            out += "," + part
            continue
        if re.search(
            rf"\b(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|{lx.UNITS_OF_A_TIER})$", out.rstrip(), CASE
        ) and re.match(rf"\s*(?:ban|ngành|đơn\s+vị|địa\s+phương|{lx.UNITS_OF_A_TIER})", part, CASE):
            out += "," + part  # "… của các sở, ban, ngành và UBND cấp xã": units listed
            continue
        named = out.strip()[:1].isupper()  # "Nghị định, trình Chính phủ …": a name, no verb
        short = len(re.sub(r"^\s*việc\s", "", out, flags=CASE).split()) < 3
        if (named or not short) and not (len(part.split()) <= 3 and not _NOT_LISTED.match(part)):
            break
        out += "," + part
    return out


#: what opens a clause after a comma, not one more of the things listed
_NOT_LISTED = re.compile(
    rf"\s*(?:{lx.TASK_VERB_WORDS}|bảo\s+đảm|đảm\s+bảo|góp\s+phần|nhằm|để|theo|với|trong|từ|"
    r"đến|tại|trước|sau|khi|nhưng|song|đồng\s+thời|phấn\s+đấu|tiếp\s+tục|thực\s+hiện|"
    r"hướng\s+tới|đáp\s+ứng|gắn\s+với|kết\s+hợp)\b|\s*$",
    CASE,
)


#: a further day listed after a deadline ("trước ngày 15/6 và 15/12", "…, ngày 15/12")
_MORE_DAYS = re.compile(
    r"\s*(?:,|\svà)\s*(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*(?:19|20)\d\d)?(?![\d/])",
    CASE,
)


#: the period a review covers, all its object ("6 tháng đầu năm", "năm 2026", "công tác năm")
_PERIOD_REVIEWED = re.compile(
    r"\s+(?P<period>(?:công\s+tác\s+)?(?:(?:0?6|9|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?"
    r"|năm|quý\s+[IV]+))(?:\s+(?:nay|\d{4}))?"
    r"(?=\s+(?:trước|trong|vào|chậm|định|theo)\b|\s*[,.;(]|\s*$)",
    CASE,
)


#: brackets left empty ("… () và ()": the "và" left at the end is cleaned with the phrase)
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")


def _task_object(body: str) -> str:
    """What a task's verb acts on, up to the first clause break, without its deadline."""
    # ("… năm 2026 (thời gian hoàn thành: …)", "… - Thời gian: …": when it is due, set apart)
    body = re.split(
        rf":|\.\s|;|(?:\(|\s[-–])\s*(?={lx.TIME_LABEL_WORDS})", body, maxsplit=1, flags=CASE
    )[0]
    body = _LED_BY_NOTE.sub("", body)  # "(Sở Tư pháp chủ trì, …)": who leads it, and when
    dated = body
    for pattern, _ in (*lx.DEADLINES, *lx.YEARLESS_DEADLINES):
        body = pattern.sub("", body)
    if body != dated:
        body = _MORE_DAYS.sub("", body)  # "… trước ngày 15/6 và 15/12": the days after it
    body = lx.YEARLESS_QUARTER.sub("", lx.TASK_QUARTER.sub("", body))
    body = _DAY_OF_PERIOD.sub("", body)
    for pattern, _ in lx.RECURRENCES:  # "… định kỳ hằng quý gửi Sở Nội vụ": how often
        body = pattern.sub("", body)
    body = re.sub(r"\s+định\s+kỳ(?=\s|$)", "", body, flags=CASE)
    # ("… 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)": the times gone, their
    # brackets and what joined them too)
    body = _EMPTY_BRACKETS.sub("", body)
    body = re.sub(r"\s+(?=,)", "", body)  # ("… hành chính định kỳ hằng quý, gửi …")
    body = lx.TASK_PURPOSE.sub("", body)  # how or why it is done
    body = _NEXT_TASK.sub("", body)  # "… cho người dân và duy trì các hoạt động này …"
    # "Rà soát, đơn giản hóa thủ tục …": the verbs listed, then what they act on
    # (not a duty said after a clause: "…, sẽ tập trung vào việc …" is read for its own verb)
    listed = re.match(r"\s*,(?!\s*(?:sẽ|cần|phải)\b)\s*", body, CASE)
    if listed:
        body = body[listed.end() :]
    body = re.sub(
        r"^\s*(?:ngay|mạnh|dứt\s+điểm|kịp\s+thời|thành\s+công|chính\s+thức|(?:có\s+)?hiệu\s+quả)\b",
        "",
        _first_part(body),
        flags=CASE,
    )
    body = re.sub(r"\s+ngay[\s.]*$", "", body, flags=CASE)  # "… với VPBank ngay (trong ngày D)"
    body = _FROM_WHEN.sub("", body)  # "Triển khai thí điểm mô hình từ tháng 9/2026": its start
    # "triển khai hoàn thành số hóa … xong": the verbs chained before what is done, its "xong"
    body = re.sub(r"^\s*(?:(?:hoàn\s+thành|hoàn\s+tất|thực\s+hiện)\s+)+", "", body, flags=CASE)
    body = re.sub(r"\s+xong[\s.]*$|^\s*xong\b", "", body, flags=CASE)
    # "đưa vào vận hành Trung tâm …": what is put into use follows the phrase of the verb
    body = re.sub(
        r"^\s*(?:và\s+)?(?:đưa\s+)?vào\s+(?:vận\s+hành|sử\s+dụng|khai\s+thác|hoạt\s+động)\s+",
        "",
        body,
        flags=CASE,
    )
    body = ph.clean(body)
    # ("… xong trong năm nay", "… đầu năm 2027": what is left once the time is cut)
    body = ph.clean(_TIME_LEFT.sub("", body))
    # "Các đơn vị triển khai ngay từ tháng 01/2026": a time is no object of the verb
    return "" if _ONLY_A_TIME.fullmatch(body) else body


#: what is left of a time once its date is read ("… này", "… tới", "đầu năm 2027", "… xong
#: trong năm nay")
_TIME_LEFT = re.compile(
    r"\s+(?:này|tới|sắp\s+tới|đầu|giữa|từ\s+nay|trước\s+khi\s+kết\s+thúc|xong)[\s.]*$", CASE
)
_FROM_WHEN = re.compile(
    r"\s+(?:kể\s+)?từ\s+(?:ngày\s+|tháng\s+|quý\s+|năm\s+)?[\dIVX][\dIVX/.\s-]*(?:năm\s+\d{4})?"
    r"[\s.]*$",
    CASE,
)
_ONLY_A_TIME = re.compile(
    r"(?:(?:kể\s+)?(?:từ|trong|trước|đến|vào)\s+)?(?:ngày|tháng|quý|năm)?[\s\dIVX/.–-]*", CASE
)

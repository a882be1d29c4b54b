"""A whole document read: pieces, the lead in force for each, and what each piece gave."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import attrs

from . import lexicon as lx
from . import phrases as ph
from .rules import (
    NO_COMMITMENT,
    Context,
    Reading,
    context_of,
    group_to_meet,
    in_group,
    measured_before,
    names_back,
    names_no_measure,
    not_in_group,
    part_phrase,
    read_piece,
    set_apart,
    task_set_out,
    tier_only,
    within_reading,
)
from .segment import Piece, joined_lines, pieces
from .tables import Readable, readable
from .timing import periods_in

__all__ = ["PieceReading", "normalise", "read_document"]


@attrs.frozen
class PieceReading:
    """One sentence or list item and what was read from it.

    Attributes:
        piece: The sentence or item, with its span and the span of its lead.
        targets: The targets read from it.
        unread: Why a piece holding a number or a target phrase gave no target; none
            when it gave targets or holds neither.
        context: What its lead carried to it.
    """

    piece: Piece
    targets: tuple[Reading, ...]
    unread: str | None
    context: Context


def normalise(document: str) -> str:
    """The text the spans refer to: NFC, with line ends as ``\\n`` and a line break inside a
    sentence as a space (:func:`~cchc_model.text.segment.joined_lines`)."""
    text = unicodedata.normalize("NFC", document).replace("\r\n", "\n").replace("\r", "\n")
    return joined_lines(text)


def read_document(
    document: str, issuer_level: str | None = None, year: int | None = None
) -> tuple[str, tuple[PieceReading, ...]]:
    """Every piece of ``document`` with its targets, in order; spans refer to the result's text.

    ``issuer_level`` (``province``, ``district``, ``commune``): a commune's plan that names
    its own tier ("ở cấp xã") means the commune itself; a province's "cấp tỉnh" stays one
    tier of its territory. ``year``, the year the document was issued, completes a date
    written without its year ("trước ngày 30/8", "trong tháng 10", "6 tháng cuối năm").
    """
    text = normalise(document)
    read = readable(text)  # Markdown tables of targets as leads and items
    root = Context(issuer_level=issuer_level, planned=_plan_titled(read.text), year=year)
    contexts: dict[tuple[int, int], Context] = {}
    out: list[PieceReading] = []
    # "Năm 2025, A đạt 90%. B đạt 80%.": a period a sentence states stays in force for the
    # sentences after it under the same lead, until one states its own
    running: str | None = None
    running_lead: tuple[int, int] | None = None
    subjects: dict[tuple[int, int], str] = {}  # per sentence, the phrase its first item read
    counted: dict[tuple[int, int], str] = {}  # per sentence, the tier its first item counts
    uncommitted: set[tuple[int, int]] = set()  # sentences an item of which nothing committed
    uncommitted_parts: set[tuple[int, int]] = set()  # "…, trong đó:" leads nothing committed
    set_out: _SetOut | None = None  # a task whose detail lines may follow
    previous: Piece | None = None  # the sentence before, for a measure named back to it
    lead_tasks: dict[tuple[int, int], set[date | None]] = {}  # a lead's tasks' deadlines
    lead_bases: dict[tuple[int, int], str] = {}  # what a "…, trong đó:" lead's figure measures
    # "Phấn đấu ít nhất 2 trong 3 chỉ tiêu sau:": how many of its items' targets to meet, and
    # where those items are among the readings
    groups: dict[tuple[int, int], tuple[int, int, str]] = {}
    members: dict[tuple[int, int], list[int]] = {}
    headings: dict[tuple[int, int], int] = {}  # leads read as a task in their lead's period
    for piece in pieces(read.text):
        outer = contexts.get(piece.lead, root) if piece.lead else root
        if piece.is_lead:
            contexts[(piece.start, piece.end)] = context_of(piece.text, outer)
            if (group := group_to_meet(piece.text)) is not None:
                groups[(piece.start, piece.end)] = group
        if piece.lead in groups:
            members.setdefault(piece.lead, []).append(len(out))
        if piece.lead != running_lead or piece.is_lead:
            running, running_lead = None, piece.lead
        a, b = piece.sentence_span
        reading_context = outer
        if outer.period is None and running is not None:
            reading_context = attrs.evolve(outer, period=running, period_said_before=True)
        targets, unread = read_piece(piece.text, piece.start, reading_context, read.text[a:b])
        if (
            piece.is_lead
            and targets
            and all(_within_lead_s_period(r, outer) or _LIST_NAMED.match(r.phrase) for r in targets)
        ):
            # (so is one that names the list it opens: "Phấn đấu hoàn thành các mục tiêu sau
            # đến năm 2030:")
            headings[(piece.start, piece.end)] = len(out)
        if (
            piece.lead is not None
            and targets
            and all(r.op == "yes" for r in targets)
            and {r.deadline for r in targets} <= lead_tasks.get(piece.lead, set())
        ):
            # "…, huyện sẽ tổ chức các hoạt động (01/10 - 10/10/2024): A; B; C": the parts
            # of the task its lead is, due when it is, no tasks of their own
            targets, unread = [], None
        if piece.is_lead and unread == NO_COMMITMENT and _WITHIN_LEADS.search(piece.text):
            uncommitted_parts.add((piece.start, piece.end))
            # (what its figure measures, for a part whose own words commit it)
            if told := read_piece(
                piece.text, piece.start, attrs.evolve(reading_context, committed=True)
            )[0]:
                lead_bases[(piece.start, piece.end)] = told[-1].phrase
        elif piece.lead in uncommitted_parts and targets and not lx.COMMITMENT.search(piece.text):
            # "Tỷ lệ … đạt 80%, trong đó: + Cấp tỉnh: 90%": the parts of a figure that
            # nothing committed are told as it is
            targets, unread = [], NO_COMMITMENT
        if piece.sentence is not None and unread == NO_COMMITMENT:
            uncommitted.add(piece.sentence)
        elif piece.sentence in uncommitted and targets and not lx.COMMITMENT.search(piece.text):
            # "Tỷ lệ … đạt 100% đối với cấp tỉnh; 90% đối với cấp xã": an item goes as the item
            # before it, which nothing committed, unless its own words commit
            targets, unread = [], NO_COMMITMENT
        if piece.lead in lead_bases:
            targets = _parts_of(targets, lead_bases[piece.lead])
        # (what the sentence's first item measures, read before this item)
        first = subjects.get(piece.sentence) if piece.sentence is not None else None
        targets = _subject_shared(targets, piece, (subjects, counted), read.text, a, issuer_level)
        if first is not None and lx.WITHIN_OPENS.match(piece.text):
            targets = _parts_of(targets, first)  # "…; trong đó trên 60% …"
        if previous is not None and previous.lead == piece.lead:
            targets = _named_in_sentence_before(targets, previous.text)
        previous = None if piece.is_lead else piece
        stated = [] if piece.is_lead else list(periods_in(piece.text, year))
        if reading_context is not outer and not stated:
            # "Năm 2025, …. Trước 30/6/2026, …": a deadline of another year ends the period
            # (one its lead gives does not)
            targets = [
                attrs.evolve(r, period=None)
                if _outside(r, running, outer.deadline)
                else _carried(r)
                if r.period == running
                else r
                for r in targets
            ]
        # a period a task's time states is its deadline, and dates nothing after it
        dated = bool(stated) and (not targets or any(r.period == stated[-1][1] for r in targets))
        # ("… được tập huấn trong quý I/2026. Giải quyết hồ sơ …": a period said after its
        # figure is that figure's own, not the sentences' after it)
        if dated and targets and piece.start + stated[-1][0] > min(r.span[0] for r in targets):
            dated = False
        # (nor does a task's time told after it: "1. Rà soát …. Thời gian: Quý I/2026.")
        if dated and lx.TASK_DETAIL.match(piece.text):
            dated = False
        if dated and not (lx.REPORT.search(piece.text) or lx.PAST.search(piece.text)):
            running = stated[-1][1]
        if year is not None and targets:
            lead_text = read.text[piece.lead[0] : piece.lead[1]] if piece.lead else ""
            targets = [_year_given(r, year, piece.text + lead_text) for r in targets]
        if piece.is_lead and not targets and "%" not in piece.text:
            unread = None  # a lead's year or deadline is read: it carries them to what follows
        detail = set_out.detail(piece) if set_out is not None else None
        if set_out is not None and detail is None:
            set_out = None  # the task's detail lines have ended
        if set_out is not None and detail is not None:
            found = set_out.take(detail, piece)
            if found is not None:  # the task read with its time: it replaces the task's piece
                task = set_out.piece
                read_task = [found]
                if read.changed:
                    task, read_task = _as_written(task, read_task, read, text)
                out[set_out.index] = PieceReading(task, tuple(read_task), None, set_out.context)
            unread = None  # a detail of the task above, read with it
        as_read = piece
        if read.changed:
            piece, targets = _as_written(piece, targets, read, text)
        if as_read.is_lead and targets:
            lead_tasks[(as_read.start, as_read.end)] = {
                r.deadline for r in targets if r.op == "yes"
            }
            if _WITHIN_LEADS.search(as_read.text):
                lead_bases[(as_read.start, as_read.end)] = targets[-1].phrase
        elif as_read.is_lead and as_read.lead in lead_bases:
            # ("+ Lĩnh vực đất đai: tối thiểu 90%": a part's own label, under the lead)
            lead_bases[(as_read.start, as_read.end)] = lead_bases[as_read.lead]
        out.append(PieceReading(piece, tuple(targets), unread, outer))
        if targets and as_read.lead in headings:
            # "2. Chỉ tiêu năm 2026 / d) Xây dựng chính quyền số / - 100% …": a heading over
            # targets, whose only time is its own lead's, is no task of its own (one over the
            # lines that set it out, "- Cơ quan chủ trì: …", is)
            at = headings.pop(as_read.lead)
            out[at] = attrs.evolve(out[at], targets=())
        if not targets and lx.TASK_LINE.match(as_read.text):
            set_out = _SetOut.of(len(out) - 1, as_read, reading_context)
        elif targets and all(r.op == "yes" for r in targets) and not piece.is_lead:
            # a task read with its own date: the detail lines under it are read as its own
            set_out = _SetOut(len(out) - 1, as_read, reading_context, as_read.text, read=True)
    for lead, (n, m, kind) in groups.items():
        parts = [r for i in members.get(lead, []) for r in out[i].targets]
        if n >= m:
            continue  # ("ít nhất 3/3 chỉ tiêu": all of them, each a target)
        for i in members.get(lead, []):
            grouped = tuple(
                in_group(r, n, m, kind, lead[0]) if len(parts) == m else not_in_group(r, n, m, kind)
                for r in out[i].targets
            )
            out[i] = attrs.evolve(out[i], targets=grouped)
    return text, tuple(out)


#: what a lead names as the list after it ("các mục tiêu sau", "các chỉ tiêu chủ yếu")
_LIST_NAMED = re.compile(
    r"(?:các|những)?\s*(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ|nội\s+dung|giải\s+pháp)\b",
    re.IGNORECASE,
)
#: a lead whose figure the items after it break down ("… đạt tối thiểu 95%, trong đó:")
_WITHIN_LEADS = re.compile(r"\btrong\s+(?:số\s+)?đó\s*:\s*$", re.IGNORECASE)


def _within_lead_s_period(reading: Reading, lead: Context) -> bool:
    """Whether ``reading`` is a task with no time but the period ``lead`` carries."""
    return (
        reading.op == "yes"
        and reading.deadline is None
        and reading.recurrence is None
        and lead.period is not None
        and reading.period == lead.period
    )


def _parts_of(targets: list[Reading], base: str) -> list[Reading]:
    """The figures after "trong đó" read apart from the figure before it: the items under a
    "…, trong đó:" lead ("+ Lĩnh vực đất đai: tối thiểu 90%"), an item after ";" ("…; trong
    đó trên 60% hồ sơ được trả trước hạn"): parts of what that figure measures, as "trong
    đó" makes them in one clause."""
    out = []
    for r in targets:
        if r.base is not None:
            out.append(r)
            continue
        phrase = part_phrase(r.phrase, base)
        breakdown, note = within_reading(phrase, base)
        out.append(
            attrs.evolve(r, phrase=phrase, base=base, breakdown=breakdown, notes=(*r.notes, note))
        )
    return out


@attrs.define
class _SetOut:
    """A task set out over lines ("1. Rà soát …", "- Cơ quan chủ trì: Sở Nội vụ.", "- Thời
    gian hoàn thành: Quý II/2026."), as its detail lines are read."""

    index: int  # where its piece stands among the readings
    piece: Piece  # the task's piece, as read
    context: Context
    task: str  # what is to be done: the piece, or a lead's words before its detail label
    by: str = ""
    when: str = ""
    label: tuple[str, tuple[int, int]] | None = None  # "Thời gian hoàn thành:" over its value
    read: bool = False  # the task was read with its time: its detail lines change nothing

    @classmethod
    def of(cls, index: int, piece: Piece, context: Context) -> _SetOut | None:
        """A task awaiting its detail lines: an item, or a lead that names a task and ends
        with the label of its first detail ("Tổ chức hội nghị sơ kết, thời gian thực
        hiện:")."""
        if not piece.is_lead:
            return cls(index, piece, context, piece.text)
        comma = piece.text.rfind(",")
        label = lx.TASK_DETAIL.match(piece.text[comma + 1 :]) if comma > 0 else None
        if label is None:
            # a heading that names the task, its details the items under it ("1. Rà soát …",
            # "- Thời gian hoàn thành: …")
            return cls(index, piece, context, piece.text.rstrip(" :"))
        if label["value"]:
            return None
        span = (piece.start, piece.end)
        return cls(index, piece, context, piece.text[:comma], label=(_kind(label), span))

    def detail(self, piece: Piece) -> tuple[str, str] | None:
        """What a piece says of the task: ``(kind, value)``, kind ``time``, ``by`` or
        ``other``; none when it is no detail line."""
        if self.label is not None and piece.lead == self.label[1] and not piece.is_lead:
            kind, _ = self.label
            self.label = None
            return kind, piece.text.strip(" .;")
        m = lx.TASK_DETAIL.match(piece.text)
        if m is None:
            return None
        kind = _kind(m)
        if piece.is_lead and not m["value"]:
            self.label = (kind, (piece.start, piece.end))
        return kind, m["value"]

    def take(self, detail: tuple[str, str], piece: Piece) -> Reading | None:
        """The task read with what it is now known to have, once its time is known."""
        kind, value = detail
        if not value or self.read:
            return None
        if kind == "by":
            self.by = value
        elif kind == "time":
            self.when = value
        if not self.when:
            return None
        return task_set_out(self.task, self.when, self.by, self.piece.start, self.context)


def _kind(detail: re.Match[str]) -> str:
    """Which detail of a task a :data:`~cchc_model.text.lexicon.TASK_DETAIL` line gives."""
    return next(name for name in ("time", "by", "other") if detail[name])


#: the kind of measure a pointer names ("tỷ lệ này", "chỉ số đó")
_POINTED_HEAD = re.compile(r"t[ỷỉ]\s+lệ|chỉ\s+số|mức\s+độ", re.IGNORECASE)
#: a measure of a kind, named before what it reaches ("tỷ lệ hồ sơ … đạt 72%")
_MEASURE_OF_A_KIND = re.compile(
    r"\b(?P<kind>t[ỷỉ]\s+lệ|chỉ\s+số|mức\s+độ)\s+[^,;.%\d]{3,150}?"
    r"(?=\s+(?:đạt|là|chiếm|tăng|giảm|ở\s+mức|lên)\b)",
    re.IGNORECASE,
)


def _measure_kind(said: str) -> str:
    """A kind of measure as said, in one spelling ("Tỉ  lệ" is "tỷ lệ")."""
    return re.sub(r"\s+", " ", said.lower()).replace("tỉ", "tỷ")


def _named_in_sentence_before(targets: list[Reading], before: str) -> list[Reading]:
    """A measure named by pointing back with nothing before it in its own sentence ("…, tỷ lệ
    hồ sơ trực tuyến toàn trình đạt 72%. Tỉnh đặt mục tiêu năm 2026 nâng tỷ lệ này lên 80%."):
    the last measure of the kind it names ("tỷ lệ …") that the sentence before names."""
    pointer = next((r.phrase for r in targets if names_back(r.phrase)), None)
    head = _POINTED_HEAD.match(pointer or "")
    if head is None:
        return targets
    # (the words just before it: a bounded look back keeps the reading linear)
    named = ""
    for m in _MEASURE_OF_A_KIND.finditer(before[-300:]):
        if _measure_kind(m["kind"]) == _measure_kind(head.group(0)):
            named = ph.clean(m.group(0))
    if not named or names_back(named):
        return targets
    return [
        attrs.evolve(
            r,
            phrase=named,
            notes=(*r.notes, f"'{r.phrase}' is the measure the sentence before names"),
        )
        if names_back(r.phrase)
        else r
        for r in targets
    ]


def _subject_shared(
    targets: list[Reading],
    piece: Piece,
    said: tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]],
    text: str,
    sentence_start: int,
    issuer_level: str | None,
) -> list[Reading]:
    """An item of a sentence cut at ";" that names nothing it measures, names it by pointing
    back ("tỷ lệ này"), names only a tier or only whose it is, measures what the sentence's
    first item does ("Phấn đấu Chỉ số SIPAS đạt từ 85% trở lên; nằm trong nhóm 20/63 … dẫn
    đầu"; "Tối thiểu 70% hồ sơ …; riêng cấp xã đạt tối thiểu 60%", at that tier; "Chỉ số …
    của các sở đạt 80 điểm; của UBND cấp xã đạt 75 điểm", of those), or, where that item
    told a result, what the result measured ("Năm 2024, tỷ lệ … đạt 65%; năm 2025 phấn đấu
    nâng tỷ lệ này lên 80%"); where that item is a share of units, a share of them too ("… có
    50% xã, phường thành lập Tổ …; đến năm 2027 đạt 100%": each commune). ``said`` holds,
    per sentence, the phrase its first item read and the tier of the units it counts."""
    if piece.sentence is None or not targets:
        return targets

    def names_none(r: Reading) -> bool:
        return (
            not r.phrase
            or names_no_measure(r.phrase)
            or tier_only(r.phrase, issuer_level) is not None
            or set_apart(subject or "", r.phrase) is not None
        )

    subjects, counted = said
    subject = subjects.get(piece.sentence)
    if subject is None:
        first = next((r for r in targets if not names_none(r)), None)
        if first is not None:
            subjects[piece.sentence] = first.phrase
            if first.of_units:
                counted[piece.sentence] = first.level.removeprefix("each_")
            return targets
        # (the words just before it: a bounded look back keeps the reading linear)
        subject = measured_before(text[max(sentence_start, piece.start - 300) : piece.start])
        if not subject:
            return targets
    note = "the measured phrase is the one the sentence's first item names"
    tier = counted.get(piece.sentence)
    shared = []
    for r in targets:
        if names_none(r):
            said_of = set_apart(subject, r.phrase) or subject
            why = f"'{r.phrase}' is the measure named before it" if r.phrase else note
            r = attrs.evolve(
                r, phrase=said_of, level=_tier_level(r, issuer_level), notes=(*r.notes, why)
            )
            if tier and r.unit == "percent" and r.level == "self":
                # "… có 50% xã, phường thành lập Tổ …; đến năm 2027 đạt 100%": a share of the
                # units the first item counts, each of them at 100 %, their tier's pool below
                r = attrs.evolve(
                    r,
                    level=f"each_{tier}" if r.value == "100" else tier,
                    of_units=True,
                    notes=(*r.notes, "a share of the units the sentence's first item counts"),
                )
        shared.append(r)
    return shared


def _tier_level(reading: Reading, issuer_level: str | None) -> str:
    """The level of a reading whose phrase names only a tier: that tier's, unless the reading
    has one of its own."""
    tier = tier_only(reading.phrase, issuer_level) if reading.phrase else None
    return tier if tier is not None and reading.level == "self" else reading.level


def _outside(reading: Reading, running: str | None, lead_deadline: date | None) -> bool:
    """Whether a target given the period in force has a deadline of its own (not its lead's)
    in another year."""
    return (
        running is not None
        and reading.period == running
        and reading.deadline is not None
        and reading.deadline != lead_deadline
        and running[:4].isdigit()
        and reading.deadline.year != int(running[:4])
    )


def _carried(reading: Reading) -> Reading:
    note = (
        "the period is the one stated before it, still in force (the other reading: "
        "no period of its own)"
    )
    return attrs.evolve(reading, notes=(*reading.notes, note))


def _year_given(reading: Reading, year: int, written: str) -> Reading:
    """``reading`` with a note where its date or period took the document's ``year``, the text
    around it naming none."""
    dated = (reading.deadline is not None and reading.deadline.year == year) or (
        reading.period is not None and reading.period.startswith(f"{year}-H")  # "6 tháng cuối năm"
    )
    if not dated or str(year) in written:
        return reading
    note = f"a date written without its year, read in {year}, the document's year"
    return attrs.evolve(reading, notes=(*reading.notes, note))


def _plan_titled(text: str) -> bool:
    """Whether the document's first line is the title of a plan (see
    :data:`~cchc_model.text.lexicon.PLAN_TITLE`) and not of a report."""
    first = next((line for line in text.split("\n", 8)[:8] if line.strip()), "")
    return (
        len(first) <= 200
        and bool(lx.PLAN_TITLE.search(first))
        and not lx.REPORT_TITLE.search(first)
        # "Toàn huyện có 15/18 chỉ tiêu đạt và vượt kế hoạch.": a result told, no title
        and not lx.REPORT.search(first)
    )


def _as_written(
    piece: Piece, targets: list[Reading], read: Readable, text: str
) -> tuple[Piece, list[Reading]]:
    """A piece of the rewritten text, and its targets, with the spans and words of the
    document as written (a piece read from a table row is that row)."""
    start, end = read.span((piece.start, piece.end))
    moved = attrs.evolve(
        piece,
        start=start,
        end=end,
        text=text[start:end],
        lead=read.span(piece.lead) if piece.lead else None,
        sentence=read.span(piece.sentence) if piece.sentence else None,
    )
    return moved, [attrs.evolve(r, span=read.span(r.span)) for r in targets]

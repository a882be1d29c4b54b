"""Cutting a document into sentences and list items, each with the lead in force.

A *lead* is a clause that opens a list or a passage and carries its context to what
follows: a sentence ending with ":" ("Chỉ tiêu cụ thể năm 2024:"), the part of a
sentence before ":" when targets follow it on the same line ("Phấn đấu đến năm 2025:
100% …; 80% …"), a numbered heading without a full stop ("(2) Cắt giảm giấy tờ"), or an
opening clause ending with "," ("Đến hết năm 2025,"). A lead stays in force until the
next lead or heading; a lead right under another, nothing between them, goes on from it,
and a heading goes on from the heading over it in the outline its markers draw ("a) Về …:"
under "2. Mục tiêu cụ thể năm 2026", "I." over "1." over "1.1" over "a)" over "-" over "+");
a lead ending with ":" right over a heading opens it and its siblings ("…, huyện đạt được
các chỉ tiêu sau:" over "1. Về …", "2. Về …"), until a heading of a higher rank; a marked
line ends whatever a line of its rank or deeper led ("b) …" after "a) …:" and its items).
A title that names a period and no figure ("Mục tiêu đến năm 2025") leads what follows it
too. Every piece keeps its character span in the document.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import attrs

from . import lexicon as lx

__all__ = ["Piece", "goes_on", "joined_lines", "pieces"]

_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[ \t]+(?=[\"“(]?[A-ZĐÀ-ỸÂĂÊÔƠƯ0-9])|"
    # "… kiểu mẫu.Mỗi tỉnh …": a stop a copied text lost its space after ("Tp.Hồ" is a name)
    r"(?<=[a-zđà-ỹ]{2}\.)(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])"
)
# An abbreviation written before a name: its stop ends no sentence ("TP. Hải Phòng",
# "TX. Sơn Tây", "ThS. Nguyễn …").
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:TP|Tp|TX|TS|ThS|PGS|GS)\.$")
_OPEN_END = re.compile(
    r"(?:^|\s)(?:là|gồm|bao\s+gồm|như\s+sau|phấn\s+đấu|hướng\s+(?:tới|đến)|quyết\s+tâm|"
    r"(?:đặt\s+(?:ra\s+)?)?mục\s+tiêu|yêu\s+cầu|đạt)$",
    re.IGNORECASE,
)
"""A line that ends mid-clause, its colon left out, opens the list after it ("… mục tiêu
đặt ra trong năm 2022 là", "Trong lĩnh vực kinh tế số, huyện phấn đấu", "Mục tiêu đến hết năm
2025, đạt")."""
_ACRONYM_IN_TEXT = re.compile(r"[A-ZĐ]{2,}\s+[a-zđà-ỹ]")
"""An acronym going on in lower case ("TTHC trước ngày …"); a heading is capitals
throughout ("KẾ HOẠCH …")."""


def goes_on(line: str, following: str) -> bool:
    """Whether ``following`` goes on with the sentence ``line`` left open: the line ends
    with a lower-case word, a comma or an acronym after one ("… giải quyết TTHC"), and the
    next starts with a lower-case word, an acronym going on in lower case or a number, and
    no list marker ("… trước ngày" / "15/9/2026."; not "a) …")."""
    if not line or not following:
        return False
    words = line.split()
    in_acronym = len(words) > 1 and words[-1].isupper() and words[-2].islower()  # "… TTHC"
    opened = line[-1].islower() or line[-1] == "," or in_acronym
    first = following[0]
    # (not a lettered item: "… các chỉ tiêu sau" / "a) 100% …")
    carried = (first.islower() or first.isdigit()) and not lx.LIST_MARKER.match(following)
    return opened and (carried or bool(_ACRONYM_IN_TEXT.match(following)))


#: the least width of a line a page wrapped, in characters
_WRAPPED_WIDTH = 40


def joined_lines(text: str) -> str:
    """``text`` with each line break inside a sentence (:func:`goes_on`) made a space, as a
    PDF or a copied page wraps them ("… tỷ lệ hồ sơ được" / "số hóa đạt 100%."), so that the
    sentence is read whole; every offset stays where it was. A line that ends open, its colon
    left out ("… tỉnh phấn đấu"), keeps its break: it leads the lines after it; so does a
    short line (a heading, "1. Mục đích"): a page wraps a line at its width.

    Example:
        >>> wrapped = "- Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được\\nsố hóa đạt 100%.\\n- 90%"
        >>> joined_lines(wrapped)
        '- Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 100%.\\n- 90%'
    """
    lines = text.split("\n")
    out = [lines[0]]
    for line, following in itertools.pairwise(lines):
        said = line.rstrip()
        joined = (
            len(said) >= _WRAPPED_WIDTH
            and goes_on(said, following.lstrip())
            and not _OPEN_END.search(said)
        )
        out.append((" " if joined else "\n") + following)
    return "".join(out)


_FIGURE_HINT = re.compile(r"\d|toàn bộ|tất cả|dẫn đầu|tốp|trở lên", re.IGNORECASE)
#: a colon after words that announce a list ("… đề ra 12 chỉ tiêu cụ thể:", "… như sau:"), where
#: the list opens even when an earlier colon stands in the sentence ("Với phương châm: …")
_ANNOUNCING_COLON = re.compile(
    r"(?:\b(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)(?:\s+(?:cụ\s+thể|chủ\s+yếu))?|\bnhư\s+sau|"
    r"\bsau\s+đây|\bcụ\s+thể)\s*:",
    re.IGNORECASE,
)


@attrs.frozen
class Piece:
    """A sentence or list item of a document.

    Attributes:
        start: Where it begins in the document (a character offset).
        end: Where it ends (exclusive).
        text: ``document[start:end]``.
        lead: The span of the lead in force, or none.
        is_lead: Whether this piece is itself a lead (it opens what follows).
        sentence: The span of the whole sentence an item was cut from (its own span
            when it was not cut).
    """

    start: int
    end: int
    text: str
    lead: tuple[int, int] | None = None
    is_lead: bool = False
    sentence: tuple[int, int] | None = None

    @property
    def sentence_span(self) -> tuple[int, int]:
        """The span of the sentence this piece belongs to."""
        return self.sentence or (self.start, self.end)


def _lines(document: str) -> Iterator[tuple[int, str, bool, int]]:
    """Each non-blank line as (offset of its text, text, whether it is marked as an item, the
    rank of its marker)."""
    offset = 0
    for line in document.split("\n"):
        marker = lx.LIST_MARKER.match(line)
        body_start = marker.end() if marker else len(line) - len(line.lstrip())
        body = line[body_start:].rstrip()
        if body:
            yield offset + body_start, body, marker is not None, _rank(marker)
        offset += len(line) + 1


def _rank(marker: re.Match[str] | None) -> int:
    """How deep a marker sits in a plan's outline: "I." over "1." over "1.1" over "a)" over
    "-" over "+" (no marker: none deeper)."""
    if marker is None:
        return len(_RANKS) + 1
    said = marker.group(0).strip()
    for rank, pattern in enumerate(_RANKS):
        if pattern.fullmatch(said):
            return rank
    return len(_RANKS)


_RANKS = (
    re.compile(r"[IVXLC]+[.)]"),
    re.compile(r"\(?\d{1,2}[.)]"),
    re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?"),
    re.compile(r"\(?[a-zđ]\)"),
    re.compile(r"[-–—•▪●◦*]"),
    re.compile(r"\+"),
)


def _sentences(start: int, text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for cut in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, cut.start() - 5), cut.start()):
            continue
        yield from _bounded(start + position, text[position : cut.start()])
        position = cut.end()
    yield from _bounded(start + position, text[position:])


#: The longest sentence read whole; a longer run of text without a full stop (no plan
#: writes one) is read in parts, so that reading stays linear in the text's length.
LONGEST_SENTENCE = 3000


def _bounded(start: int, sentence: str) -> Iterator[tuple[int, str]]:
    """``sentence``, or its parts of at most :data:`LONGEST_SENTENCE` characters, each cut
    after the last ";", else ",", else space before the limit."""
    position = 0
    while len(sentence) - position > LONGEST_SENTENCE:
        window = sentence[position : position + LONGEST_SENTENCE]
        cut = max(window.rfind(";"), window.rfind(","))
        cut = cut + 1 if cut > LONGEST_SENTENCE // 2 else window.rfind(" ") + 1
        cut = cut if cut > 0 else LONGEST_SENTENCE
        yield start + position, window[:cut]
        position += cut
    yield start + position, sentence[position:]


def _trimmed(start: int, text: str) -> tuple[int, str]:
    stripped = text.lstrip(" \t")
    start += len(text) - len(stripped)
    return start, stripped.rstrip(" \t")


def _split_items(start: int, text: str) -> Iterator[tuple[int, str]]:
    """A sentence cut at ";" into items, when more than one part holds a figure."""
    parts = text.split(";")
    with_figures = sum(1 for part in parts if _FIGURE_HINT.search(part))
    # "90% hồ sơ cấp tỉnh; 60% hồ sơ cấp xã được xử lý trên môi trường mạng": the parts before
    # the last have no verb of their own and share its verb, so the sentence stays whole
    # (a last part that names its own measure, "Tỷ lệ … được …", lends none)
    figured = [part for part in parts if _FIGURE_HINT.search(part)]
    verbless = [not lx.VERB.search(part) and not lx.ITEM_HEAD.match(part) for part in figured]
    last = figured[-1] if figured else ""
    lends_verb = bool(lx.VERB.search(last)) and not lx.ITEM_HEAD.match(last)
    if len(parts) < 2 or with_figures < 2 or (all(verbless[:-1]) and lends_verb):
        yield start, text
        return
    position = start
    for part in parts:
        begin, body = _trimmed(position, part)
        if body:
            yield begin, body
        position += len(part) + 1


def _is_heading(text: str, marked: bool) -> bool:
    """A marked line without figures or a full stop; a year is no figure ("II. MỤC TIÊU NĂM
    2025")."""
    body = lx.YEAR.sub("", text.split(" ", 1)[-1])
    return marked and not _FIGURE_HINT.search(body) and not text.endswith((".", ";"))


def pieces(document: str) -> list[Piece]:
    """The sentences and list items of ``document``, each with the lead in force.

    Example:
        >>> doc = "Chỉ tiêu năm 2024:\\n- 100% hồ sơ trực tuyến;\\n- 90% TTHC công khai."
        >>> [(p.text, p.is_lead, p.lead) for p in pieces(doc)]
        [('Chỉ tiêu năm 2024:', True, None), ('100% hồ sơ trực tuyến;', False, (0, 18)), \
('90% TTHC công khai.', False, (0, 18))]
    """
    found: list[Piece] = []
    lead: tuple[int, int] | None = None
    items_under_lead = False
    # the headings in force, outermost first, each with its marker's rank: "a) Về …:" under
    # "2. Mục tiêu cụ thể năm 2026" is read in its context
    # (and whether it is a marked line's lead, "b) …, trong đó:", which an item of its rank
    # ends, as it does no heading: "(1) 100% xã …" stays under "2. Mục tiêu …")
    headings: list[tuple[float, tuple[int, int], bool]] = []
    lines = list(_lines(document))
    for index, (line_start, line, marked, rank) in enumerate(lines):
        if marked:
            # "b) …" after "a) …:" and its items: a sibling ends what "a)" led (and any lead
            # under it); the lead in force is the one over them both
            structural = _is_heading(line, marked) or line.endswith(":")
            while headings and headings[-1][0] >= rank and (structural or headings[-1][2]):
                _, ended, _ = headings.pop()
                if lead is not None and lead[0] >= ended[0]:
                    lead = headings[-1][1] if headings else None
            items_under_lead = lead is not None
        elif items_under_lead:  # an unmarked paragraph after a lead's list ends the list
            lead, items_under_lead = None, False
        # "Mục tiêu đến năm 2025" over a list of marked items (not of headings): a title
        # whose colon was left out
        followed = index + 1 < len(lines)
        open_ended = not line.endswith((".", ";", "!", "?", "…"))
        titles_a_list = (
            followed
            and lines[index + 1][2]
            and not _is_heading(lines[index + 1][1], True)
            and open_ended
        )
        # "Mục tiêu đến năm 2025" over a paragraph: a title naming a period and no figure (a
        # document's number is none: "Mục tiêu đến năm 2030 (Nghị quyết 57-NQ/TW)"); a title
        # cut short with "…" still leads what follows
        titles_a_period = (
            followed
            and (open_ended or line.endswith("…"))
            and bool(lx.YEAR.search(line))
            and not _FIGURE_HINT.search(lx.YEAR.sub("", lx.DOCUMENT_NUMBER.sub("", line)))
        )
        if _is_heading(line, marked) or (
            not marked
            and len(line) < 120
            and (line.endswith(":") or _OPEN_END.search(line) or titles_a_list or titles_a_period)
        ):
            # a lead right under another, nothing between them, goes on from it ("Các chỉ tiêu
            # năm 2026:" / "Chỉ tiêu:" over a table): it is read in the one above's context
            above = (
                lead
                if lead is not None
                and found
                and (found[-1].start, found[-1].end) == lead
                and not _is_heading(line, marked)
                else None
            )
            lead, items_under_lead = (line_start, line_start + len(line)), False
            if _is_heading(line, marked):
                above = headings[-1][1] if headings else None  # (those it ends, ended above)
                headings.append((rank, lead, False))
            elif line.endswith(":") and followed and _is_heading(*lines[index + 1][1:3]):
                # "Phấn đấu đến hết năm 2024, huyện đạt được các chỉ tiêu sau:" over "1. Về …":
                # the headings it opens, and their siblings, go on from it
                opened = lines[index + 1][3] - 0.5
                if not headings or headings[-1][0] < opened:
                    headings.append((opened, lead, False))
            found.append(Piece(line_start, lead[1], line, above, True))
            continue
        for sentence_start, raw in _sentences(line_start, line):
            start, sentence = _trimmed(sentence_start, raw)
            if not sentence:
                continue
            colon = sentence.find(":")
            announcing = [m.end() - 1 for m in _ANNOUNCING_COLON.finditer(sentence)]
            if announcing and announcing[-1] > colon:
                colon = announcing[-1]
            rest = sentence[colon + 1 :] if colon >= 0 else ""
            whole = (start, start + len(sentence))
            figure_only = re.fullmatch(r"\s*(?:[<>≤≥]=?\s*)?[\d.,]+\s*%?\s*[.;]?\s*", rest)
            if (
                colon > 0
                # (a year alone is no figure: "… các chỉ số: PAR INDEX, SIPAS năm 2026")
                and _FIGURE_HINT.search(lx.YEAR.sub("", rest))
                and not re.match(r"\d", rest)
                and not figure_only
                and not lx.TIME_LABEL_ENDS.search(sentence, 0, colon)
                and not lx.TIME_ALONE.fullmatch(rest)
                and not lx.ROLE_LABEL_ENDS.search(sentence, 0, colon)
                and not lx.TIER_LABEL.fullmatch(sentence, 0, colon + 1)
            ):
                head_end = start + colon + 1
                found.append(Piece(start, head_end, sentence[: colon + 1], lead, True, whole))
                inner_lead = (start, head_end)
                rest_start, rest_text = _trimmed(head_end, rest)
                for item_start, item in _split_items(rest_start, rest_text):
                    found.append(
                        Piece(item_start, item_start + len(item), item, inner_lead, False, whole)
                    )
                continue
            if sentence.endswith(":") or (
                sentence.endswith(",") and not _FIGURE_HINT.search(lx.YEAR.sub("", sentence))
            ):
                found.append(Piece(start, start + len(sentence), sentence, lead, True))
                lead = (start, start + len(sentence))
                if (
                    marked
                    and sentence.endswith(":")
                    and start + len(sentence) == len(line) + line_start
                ):
                    headings.append((rank, lead, True))  # "b) …, trong đó:": in the outline too
                continue
            for item_start, item in _split_items(start, sentence):
                found.append(Piece(item_start, item_start + len(item), item, lead, False, whole))
    return found

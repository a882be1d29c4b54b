"""From Vietnamese plan text to a draft plan: :func:`extract`.

>>> from cchc_model.text import extract
>>> draft = extract("Năm 2024, phấn đấu 100% hồ sơ công việc tại cấp tỉnh, cấp huyện và "
...                 "85% tại cấp xã được xử lý trên môi trường mạng.", issuer="38")
>>> [str(t.target) for t in draft.targets]
['≥ 100 % (pooled at cấp tỉnh), in 2024', '≥ 100 % (pooled at cấp huyện), in 2024', \
'≥ 85 % (pooled at cấp xã), in 2024']

Rules over the raw text, offline and deterministic: a lead ("Chỉ tiêu cụ thể năm
2024:") carries its aspiration, period, deadline, recurrence and levels to the items
after it; every target keeps the sentence and span it came from; every sentence with a
figure that gave no target is listed in :attr:`Draft.unread` with the reason.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..exceptions import CchcError
from ..model.periods import Period
from .draft import Draft, DraftTarget, Unread, build_draft
from .readers import DocumentError, read_text, unwrap_lines
from .reading import read_document
from .rules import Reading

__all__ = [
    "DocumentError",
    "Draft",
    "DraftTarget",
    "Reading",
    "Unread",
    "extract",
    "extract_file",
    "read_text",
    "unwrap_lines",
]


def extract(
    text: str,
    *,
    issuer: str | None = None,
    period: Period | str | None = None,
    plan_id: str = "draft",
    title: str | None = None,
    source: str = "",
    year: int | None = None,
) -> Draft:
    """A draft plan read from the text of a plan.

    Args:
        text: The plan's text (any length; never raises on odd characters).
        issuer: The issuing unit's code; a placeholder (``x-issuer``) when not given.
        period: The plan's period; when not given, the span of the periods and
            deadlines read, else the year the text names most often.
        plan_id: The id of the draft plan.
        title: Its title.
        source: Where the text came from (a file name), kept in the plan.
        year: The year the document was issued: a date written without its year ("trước
            ngày 30/8", "trong tháng 10", "6 tháng cuối năm") is read in it, with a note.
            When not given, the year of a ``period`` within one year; else such dates are
            not read.
    """
    chosen = Period.parse(period) if isinstance(period, str) else period
    if year is None and chosen is not None and chosen.start.year == chosen.last_day.year:
        year = chosen.start.year
    normalised, pieces = read_document(text, issuer_level=_issuer_level(issuer, chosen), year=year)
    return build_draft(
        normalised, pieces, issuer=issuer, period=chosen, plan_id=plan_id, title=title,
        source=source,
    )  # fmt: skip


def _issuer_level(issuer: str | None, period: Period | None) -> str | None:
    """The issuer's tier on the national tree ("province" …), when the code is found there."""
    from ..model.jurisdictions import PLACEHOLDER_PREFIX, national_hierarchy

    if not issuer or issuer.startswith(PLACEHOLDER_PREFIX):
        return None
    try:
        found = national_hierarchy().find(issuer, period.last_day if period else None)
    except CchcError:  # several versions and no period to choose one
        found = national_hierarchy().find(issuer, date.today())
    return found.level.key if found is not None else None


def extract_file(path: str | Path, **options: object) -> Draft:
    """:func:`extract` on a .txt, .md, .docx or .pdf file (see :func:`read_text`)."""
    return extract(read_text(path), source=str(Path(path).name), **options)  # type: ignore[arg-type]

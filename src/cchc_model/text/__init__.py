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

from pathlib import Path

from ..model.periods import Period
from .draft import Draft, DraftTarget, Unread, build_draft
from .reading import read_document
from .readers import DocumentError, read_text
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
]


def extract(
    text: str,
    *,
    issuer: str | None = None,
    period: Period | str | None = None,
    plan_id: str = "draft",
    title: str | None = None,
    source: str = "",
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
    """
    normalised, pieces = read_document(text)
    return build_draft(
        normalised, pieces, issuer=issuer, period=period, plan_id=plan_id, title=title,
        source=source,
    )  # fmt: skip


def extract_file(path: str | Path, **options: object) -> Draft:
    """:func:`extract` on a .txt, .md, .docx or .pdf file (see :func:`read_text`)."""
    return extract(read_text(path), source=str(Path(path).name), **options)  # type: ignore[arg-type]

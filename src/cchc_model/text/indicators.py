"""Matching a measured phrase to an indicator of the built-in catalogues.

A phrase is compared, word by word, with each catalogue indicator's name and with the
phrases the synonym table (``cchc_model/data/extract/synonyms.yaml``) lists for it; the
closest one whose word overlap (F1) reaches :data:`THRESHOLD`, whose measure fits the
figure (a percentage needs a ratio, a band an ordinal …), which counts the same things
(dossiers, procedures or work records) and which agrees on every word that tells sibling
indicators apart ("toàn trình", "mức độ 3, 4", "số hóa", "đúng hạn", "thời gian" …) is
chosen. An unmatched phrase becomes a custom indicator named by the phrase, flagged for
review: a wrong catalogue indicator would be evaluated against the wrong data.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from importlib import resources

import attrs
import yaml

from ..model.indicators import Indicator, MeasureKind

__all__ = ["THRESHOLD", "IndicatorMatch", "match_indicator", "slug", "words"]

THRESHOLD = 0.6
"""The least word-overlap F1 between a phrase and a known name that counts as a match."""

_FITS: dict[str, frozenset[MeasureKind]] = {
    "percent": frozenset({MeasureKind.RATIO}),
    "count": frozenset({MeasureKind.COUNT}),
    "points": frozenset({MeasureKind.SCORE}),
    "rank": frozenset({MeasureKind.SCORE}),
    "level": frozenset({MeasureKind.ORDINAL}),
    "days": frozenset({MeasureKind.AMOUNT}),
    "hours": frozenset({MeasureKind.AMOUNT}),
    "minutes": frozenset({MeasureKind.AMOUNT}),
    "none": frozenset({MeasureKind.BOOLEAN}),
}
_DROP = frozenset({"tỷ", "lệ", "các", "số", "những", "được", "của", "và", "trên", "đạt"})


# What is counted, by the first word that names it: a phrase about dossiers never matches
# an indicator counting procedures, however many other words they share.
_HEADS = re.compile(
    r"(?P<work_record>hồ\s+sơ\s+công\s+việc|văn\s+bản)|"
    r"(?P<dossier>hồ\s+sơ|kết\s+quả\s+giải\s+quyết)|"
    r"(?P<procedure>thủ\s+tục|tthc|dịch\s+vụ\s+công)",
    re.IGNORECASE,
)
# Words that tell sibling indicators apart ("trực tuyến" from "trực tuyến toàn trình",
# the dossiers handled online from their digitisation): a phrase and a name match only
# when they agree on each, both saying it or neither.
_BOTH_DUE = r"đúng\s+(?:và|hoặc)\s+trước\s+hạn|trước\s+(?:và|hoặc)\s+đúng\s+hạn"
_QUALIFIERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"toàn\s+trình|hoàn\s+toàn\s+trực\s+tuyến",
        r"một\s+phần",
        r"mức\s+độ\s+[34]",
        r"số\s+hóa",
        r"thanh\s+toán",
        # on time, ahead of time, or both ("đúng và trước hạn", "trước hoặc đúng hạn"): ahead
        # of time alone is not on time, which counts both
        rf"đúng\s+hạn|{_BOTH_DUE}",
        rf"trước\s+hạn|{_BOTH_DUE}",
        r"trễ\s+hạn|quá\s+hạn|chậm\s+(?:trễ|giải\s+quyết)",  # the late, not the on time
        r"nâng\s+cấp",  # upgraded to a standard, not applying it
        r"định\s+danh|xác\s+thực",  # an identity, not the services used with it
        r"ký\s+số|chữ\s+ký\s+số",  # signed digitally, not merely handled online
        r"sự\s+phục\s+vụ",
        r"y\s+tế|giáo\s+dục",
        r"thời\s+gian",
        r"chi\s+phí",
        r"một\s+cửa",
        r"chứng\s+thực",
        r"phản\s+ánh|kiến\s+nghị",
        r"trực\s+tuyến|môi\s+trường\s+(?:mạng|điện\s+tử|số)|toàn\s+trình|hoàn\s+toàn\s+trực\s+tuyến",
        # handled wherever the applicant is, not online
        r"phi\s+địa\s+giới|không\s+phụ\s+thuộc\s+(?:vào\s+)?địa\s+giới",
    )
)


def _kind(phrase: str) -> tuple[str | None, tuple[bool, ...]]:
    """What a phrase counts and which distinguishing words it says."""
    head = _HEADS.search(phrase)
    return (
        head.lastgroup if head else None,
        tuple(bool(q.search(phrase)) for q in _QUALIFIERS),
    )


def _agree(
    mine: tuple[str | None, tuple[bool, ...]], theirs: tuple[str | None, tuple[bool, ...]]
) -> bool:
    heads_differ = mine[0] is not None and theirs[0] is not None and mine[0] != theirs[0]
    return not heads_differ and mine[1] == theirs[1]


@attrs.frozen
class IndicatorMatch:
    """The indicator a phrase was matched to, and how closely."""

    indicator: Indicator
    score: float
    via: str


def words(phrase: str) -> Counter[str]:
    """The content words of a phrase, lower case, without "tỷ lệ", "các", "được" …"""
    return Counter(w for w in re.findall(r"\w+", phrase.lower()) if w not in _DROP)


def _f1(a: Counter[str], b: Counter[str]) -> float:
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


@functools.cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    text = resources.files("cchc_model.data").joinpath("extract/synonyms.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {str(key): tuple(str(v) for v in values) for key, values in data.items()}


@functools.cache
def _names() -> tuple[
    tuple[Indicator, str, Counter[str], tuple[str | None, tuple[bool, ...]]], ...
]:
    """Every catalogue indicator with each name it goes by, that name's words and kind."""
    from ..indices.catalogues import catalogue_indicators

    synonyms = _synonyms()
    return tuple(
        (indicator, via, words(via), _kind(via))
        for key, indicator in catalogue_indicators().items()
        for via in (indicator.name, *synonyms.get(key, ()))
    )


@functools.lru_cache(maxsize=4096)
def match_indicator(phrase: str, unit: str) -> IndicatorMatch | None:
    """The catalogue indicator closest to ``phrase`` that fits a figure in ``unit``.

    Example:
        >>> m = match_indicator("hồ sơ công việc được xử lý trên môi trường mạng", "percent")
        >>> m.indicator.id
        'work_records_online'
    """
    mine = words(phrase)
    if not mine:
        return None
    fits = _FITS.get(unit, frozenset())
    kind = _kind(phrase)
    best: IndicatorMatch | None = None
    for indicator, via, theirs, their_kind in _names():
        if indicator.measure not in fits or not _agree(kind, their_kind):
            continue
        score = _f1(mine, theirs)
        if score >= THRESHOLD and (best is None or score > best.score):
            best = IndicatorMatch(indicator, score, via)
    return best


def slug(phrase: str, limit: int = 6) -> str:
    """An ASCII id from the first words of a phrase ("hồ sơ công việc" → "ho-so-cong-viec")."""
    plain = unicodedata.normalize("NFKD", phrase.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    parts = re.findall(r"[a-z0-9]+", plain)[:limit]
    return "-".join(parts)[:48].strip("-") or "target"  # ids stay well inside 128 characters

"""Agencies (cơ quan, đơn vị): the bodies many plan targets are set for.

"mỗi sở, ban, ngành đạt từ 90% trở lên", "Trung tâm Phục vụ hành chính công tỉnh",
"các sở, ban, ngành và UBND các huyện": a target may be set for agencies rather than
for a tier of the territorial tree. An :class:`Agency` belongs to one jurisdiction (its
``jurisdiction``, the code of a unit); it is a unit of its own kind
(:class:`AgencyKind`), not a level of the tree (docs/semantics.md §12.3). A plan
declares its agencies (:attr:`cchc_model.model.plans.Plan.agencies`); observations name
an agency by its ``code``; an agency's figures roll up into its jurisdiction as the
authorities at that unit's own level (docs/concepts.md, "Agencies").

>>> snv = Agency(code="SNV", name="Sở Nội vụ", kind="sở", jurisdiction="38")
>>> print(snv)
Sở Nội vụ (SNV, sở of 38)
>>> AgencyKind.parse("Trung tâm Phục vụ hành chính công").key
'service_centre'

No clean public list of the agencies of every province is shipped: a plan names the
ones its targets reach.
"""

from __future__ import annotations

import enum
import unicodedata
from typing import Any

import attrs

from .. import validators
from ..validators import fail

__all__ = ["Agency", "AgencyKind"]


class AgencyKind(enum.Enum):
    """The kind of an agency; the value is its key in files, :attr:`vi` its Vietnamese name.

    Example:
        >>> AgencyKind.parse("ban").vi, AgencyKind.parse("department").vi
        ('ban', 'sở')
    """

    DEPARTMENT = "department"
    BOARD = "board"
    SECTOR = "sector"
    SERVICE_CENTRE = "service_centre"
    PUBLIC_SERVICE_UNIT = "public_service_unit"
    LOWER_COMMITTEE = "lower_committee"
    OTHER = "other"

    @property
    def key(self) -> str:
        """The English key used in files, e.g. ``"department"``."""
        return self.value

    @property
    def vi(self) -> str:
        """The Vietnamese name, e.g. ``"sở"``."""
        return _KIND_VI[self]

    @classmethod
    def spellings(cls) -> tuple[str, ...]:
        """Every spelling :meth:`parse` reads (in lower case; it reads any case)."""
        return tuple(sorted({*_KIND_ALIASES, *(k.vi for k in cls), *(k.key for k in cls)}))

    @classmethod
    def parse(cls, text: AgencyKind | str, path: str = "kind") -> AgencyKind:
        """Read a kind from its key, member name or Vietnamese name (case and accents as
        written): ``"department"``, ``"sở"``, ``"Trung tâm Phục vụ hành chính công"``,
        ``"UBND cấp dưới"``, ``"đơn vị sự nghiệp công lập"``.

        Raises:
            ValidationError: the text names no kind.
        """
        if isinstance(text, AgencyKind):
            return text
        found = _KIND_ALIASES.get(_norm(text)) if isinstance(text, str) else None
        if found is None:
            fail(
                path,
                text,
                f"{text!r} is not a kind of agency; expected one of "
                + ", ".join(f"{k.key}/{k.vi}" for k in cls),
                "unknown-agency-kind",
            )
        return found


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().replace("_", " ").split())


_KIND_VI = {
    AgencyKind.DEPARTMENT: "sở",
    AgencyKind.BOARD: "ban",
    AgencyKind.SECTOR: "ngành",
    AgencyKind.SERVICE_CENTRE: "trung tâm phục vụ hành chính công",
    AgencyKind.PUBLIC_SERVICE_UNIT: "đơn vị sự nghiệp",
    AgencyKind.LOWER_COMMITTEE: "UBND cấp dưới",
    AgencyKind.OTHER: "cơ quan khác",
}

_KIND_ALIASES: dict[str, AgencyKind] = {}
for _kind, _words in {
    AgencyKind.DEPARTMENT: ("sở", "department"),
    AgencyKind.BOARD: ("ban", "board"),
    AgencyKind.SECTOR: ("ngành", "sector"),
    AgencyKind.SERVICE_CENTRE: (
        "trung tâm",
        "trung tâm phục vụ hành chính công",
        "service centre",
        "service center",
    ),
    AgencyKind.PUBLIC_SERVICE_UNIT: (
        "đơn vị sự nghiệp",
        "đơn vị sự nghiệp công lập",
        "public service unit",
    ),
    AgencyKind.LOWER_COMMITTEE: (
        "ubnd cấp dưới",
        "ủy ban nhân dân cấp dưới",
        "uỷ ban nhân dân cấp dưới",
        "lower committee",
    ),
    AgencyKind.OTHER: ("khác", "cơ quan khác", "other"),
}.items():
    for _word in (*_words, _kind.name, _kind.value):
        _KIND_ALIASES[_norm(_word)] = _kind
del _kind, _words, _word


def _to_kind(value: AgencyKind | str) -> AgencyKind:
    return AgencyKind.parse(value, "kind")


def _agency_code(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    validators.identifier(instance, attribute, value)
    if value.isdigit() or value.upper() == "VN":
        fail(
            attribute.name,
            value,
            f"{value!r} looks like an administrative-unit code; expected an agency code "
            "with a letter in it, e.g. 'SNV'",
            "agency-code",
        )


@attrs.frozen(kw_only=True)
class Agency:
    """An agency a plan sets targets for: a sở, ban, ngành, the public-service centre, a
    public service unit, a lower-tier People's Committee.

    Attributes:
        code: Its code in the plan and in observations, e.g. ``"SNV"``: an id with at
            least one letter, so that it never reads as a unit code (those are digits).
        name: Its name, e.g. ``"Sở Nội vụ"``.
        kind: Its kind (:class:`AgencyKind`), from the key or the Vietnamese name.
        jurisdiction: The code of the unit it belongs to, e.g. ``"38"``.
    """

    code: str = attrs.field(validator=_agency_code)
    name: str = attrs.field(validator=validators.text)
    kind: AgencyKind = attrs.field(
        converter=_to_kind, validator=validators.is_instance(AgencyKind, "a kind of agency")
    )
    jurisdiction: str = attrs.field(validator=validators.text)

    def __str__(self) -> str:
        return f"{self.name} ({self.code}, {self.kind.vi} of {self.jurisdiction})"

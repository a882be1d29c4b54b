"""Reform areas (lĩnh vực cải cách hành chính).

The union of the areas of the national programme 2021–2030 (Nghị quyết 76/NQ-CP),
the eight areas of the provincial PAR Index (Quyết định 876/QĐ-BNV), and the
"hiện đại hóa hành chính" area of the 2011–2020 programme (Nghị quyết 30c/NQ-CP)
that plans of 2020 and earlier still use.
"""

from __future__ import annotations

import enum
import unicodedata

from ..exceptions import ValidationError

__all__ = ["ReformArea"]


class ReformArea(enum.Enum):
    """A reform area; the value is a stable id used in plan files.

    Example:
        "cải cách thủ tục hành chính" is ``ReformArea.PROCEDURES``.
    """

    DIRECTION = "direction"
    INSTITUTIONS = "institutions"
    PROCEDURES = "procedures"
    ORGANISATION = "organisation"
    CIVIL_SERVICE = "civil_service"
    PUBLIC_FINANCE = "public_finance"
    DIGITAL_GOVERNMENT = "digital_government"
    MODERNISATION = "modernisation"
    IMPACT = "impact"

    @property
    def vi(self) -> str:
        """The Vietnamese name of the area."""
        return _VI[self]

    @property
    def in_national_programme_2021_2030(self) -> bool:
        """Whether the area is one of the six of Nghị quyết 76/NQ-CP."""
        return self in _NATIONAL_2021_2030

    @property
    def in_par_index(self) -> bool:
        """Whether the area is one of the eight areas of the provincial PAR Index."""
        return self is not ReformArea.MODERNISATION

    @classmethod
    def parse(cls, text: str, path: str = "") -> ReformArea:
        """Read an area from its id or its Vietnamese name (case and accents as written)."""
        key = unicodedata.normalize("NFC", text.strip()).casefold()
        for area in cls:
            if key in (area.value, area.name.casefold(), area.vi.casefold()):
                return area
        raise ValidationError.single(
            path,
            text,
            f"unknown reform area {text!r}; expected one of " + ", ".join(a.value for a in cls),
            "unknown-area",
        )


_VI = {
    ReformArea.DIRECTION: "công tác chỉ đạo, điều hành cải cách hành chính",
    ReformArea.INSTITUTIONS: "cải cách thể chế",
    ReformArea.PROCEDURES: "cải cách thủ tục hành chính",
    ReformArea.ORGANISATION: "cải cách tổ chức bộ máy hành chính nhà nước",
    ReformArea.CIVIL_SERVICE: "cải cách chế độ công vụ",
    ReformArea.PUBLIC_FINANCE: "cải cách tài chính công",
    ReformArea.DIGITAL_GOVERNMENT: "xây dựng và phát triển chính quyền điện tử, chính quyền số",
    ReformArea.MODERNISATION: "hiện đại hóa nền hành chính",
    ReformArea.IMPACT: "tác động của cải cách hành chính đến người dân, tổ chức "
    "và phát triển kinh tế - xã hội",
}

_NATIONAL_2021_2030 = frozenset(
    {
        ReformArea.INSTITUTIONS,
        ReformArea.PROCEDURES,
        ReformArea.ORGANISATION,
        ReformArea.CIVIL_SERVICE,
        ReformArea.PUBLIC_FINANCE,
        ReformArea.DIGITAL_GOVERNMENT,
    }
)

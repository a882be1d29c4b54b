"""A small test province shared by the evaluation and conformance tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cchc_model import Hierarchy, Jurisdiction, Kind, Level

#: The start of validity of the test units (the snapshot's convention).
START = date(2008, 8, 1)


def province_tree(districts: int = 3, communes_per_district: int = 2) -> Hierarchy:
    """A province 99 with districts 901… and communes 90101… under them."""
    return province_tree_of([communes_per_district] * districts)


def province_tree_of(communes: Sequence[int]) -> Hierarchy:
    """A province 99 with a district 901, 902 … per item, holding that many communes."""
    units = [
        Jurisdiction(
            code="99", name="Tỉnh Thử", level=Level.PROVINCE, kind=Kind.TINH, valid_from=START
        )
    ]
    for d, count in enumerate(communes, start=1):
        district = f"9{d:02d}"
        units.append(
            Jurisdiction(
                code=district,
                name=f"Huyện {d}",
                level=Level.DISTRICT,
                kind=Kind.HUYEN,
                parent="99",
                valid_from=START,
            )
        )
        for c in range(1, count + 1):
            units.append(
                Jurisdiction(
                    code=f"{district}{c:02d}",
                    name=f"Xã {d}.{c}",
                    level=Level.COMMUNE,
                    kind=Kind.XA,
                    parent=district,
                    valid_from=START,
                )
            )
    return Hierarchy(tuple(units))

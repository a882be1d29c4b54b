"""Build the shipped administrative-unit data from the ``vietnamadminunits`` wheel.

Reads ``vietnamadminunits==1.0.4`` (MIT, © 2025 Tran Ngoc Minh Hieu): the SQLite
``data/dataset.db`` (tables ``admin_units_legacy`` and ``admin_units``) and
``data/converter_2025.json``, and writes two sorted UTF-8 CSV files into
``src/cchc_model/data/``:

* ``admin_units_vn.csv`` — ``code,name,level,kind,parent,valid_from,valid_to``
* ``successions_vn.csv`` — ``old,new,on``

Usage::

    .venv/bin/python scripts/build_admin_units.py              # pip download the wheel
    .venv/bin/python scripts/build_admin_units.py --wheel PATH  # use a wheel on disk
    .venv/bin/python scripts/build_admin_units.py --check       # fail if files differ

The script checks the counts against the GSO/NSO figures (63/696/10,035 before the
reform; 34/3,321 after) and loads the result with
:func:`cchc_model.model.jurisdictions.load_hierarchy_csv` before it writes anything: alone,
and with the amendments below when they are present in the output directory.

The two files it writes are a snapshot of 2025-06-30, backdated to 2008-08-01. The
corrections to that snapshot are **hand-kept**, not built:
``admin_units_vn_amendments.csv`` (the unit columns plus ``source`` and ``confidence``)
and ``successions_vn_amendments.csv`` (``old,new,on,source,confidence``), in the same
directory. This script never writes or regenerates them; they are applied at load time
by :func:`cchc_model.model.jurisdictions.national_hierarchy`, where each amendment row
replaces every snapshot version of its code that it overlaps (for example Huế: province
46 is Tỉnh Thừa Thiên Huế and district 474 Thành phố Huế until 2025-01-01). After a
rebuild, check that they still apply (the load below does).
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cchc_model.model.jurisdictions import (
    REFORM_2025,
    SUCCESSIONS_AMENDMENTS_FILE,
    SUCCESSIONS_COLUMNS,
    SUCCESSIONS_FILE,
    UNITS_AMENDMENTS_FILE,
    UNITS_COLUMNS,
    UNITS_FILE,
    Kind,
    Level,
    load_hierarchy_csv,
)

PACKAGE = "vietnamadminunits"
VERSION = "1.0.4"
# sha256 of vietnamadminunits-1.0.4-py3-none-any.whl as published on PyPI.
WHEEL_SHA256 = "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35"

# The legacy table is a snapshot of 2025-06-30; the last province-level change before
# 2025 was Hà Tây merging into Hà Nội on 2008-08-01, so every legacy row starts then.
LEGACY_FROM = date(2008, 8, 1)
NATION_CODE = "VN"
NATION_NAME = "Việt Nam"

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "cchc_model" / "data"

DISTRICT_KINDS = {
    "Huyện": Kind.HUYEN,
    "Quận": Kind.QUAN,
    "Thị xã": Kind.THI_XA,
    "Thành phố": Kind.THANH_PHO_THUOC_TINH,
}
COMMUNE_KINDS = {
    "Xã": Kind.XA,
    "Phường": Kind.PHUONG,
    "Thị trấn": Kind.THI_TRAN,
    "Đặc khu": Kind.DAC_KHU,
}
ISLAND_DISTRICTS = {"318", "471", "498", "536", "755"}  # no communes in the legacy data

# Units whose name starts with another type than their type column. The type column is
# the GSO list's "Cấp" (it gives the published counts), so it decides the kind; the
# name is kept as the source spells it. Listed in data/SOURCES.md.
KNOWN_TYPE_MISMATCHES = {
    # legacy (before 2025-07-01)
    "15061": ("Thị trấn Ngọc Lặc", "Xã"),
    "27046": ("Phường 5", "Xã"),
    "27076": ("Phường 15", "Xã"),
    # from 2025-07-01
    "10543": ("Phường Việt Hòa", "Xã"),
    "11848": ("Xã Vĩnh Hòa", "Phường"),
    "31213": ("Phường Tân Lộc", "Xã"),
    "31299": ("Xã Phong Điền", "Phường"),
}

EXPECTED_LEGACY: dict[str, dict[Any, int]] = {
    "levels": {Level.PROVINCE: 63, Level.DISTRICT: 696, Level.COMMUNE: 10_035},
    "kinds": {
        Kind.TINH: 57,
        Kind.THANH_PHO_TRUNG_UONG: 6,  # Hà Nội, Hải Phòng, Đà Nẵng, TP.HCM, Cần Thơ, Huế
        Kind.HUYEN: 508,
        Kind.THANH_PHO_THUOC_TINH: 87,
        Kind.THI_XA: 52,
        Kind.QUAN: 49,
        Kind.XA: 7_695,
        Kind.PHUONG: 1_724,
        Kind.THI_TRAN: 616,
    },
}
EXPECTED_2025: dict[str, dict[Any, int]] = {
    "levels": {Level.PROVINCE: 34, Level.COMMUNE: 3_321},
    "kinds": {
        Kind.TINH: 28,
        Kind.THANH_PHO_TRUNG_UONG: 6,
        Kind.XA: 2_621,
        Kind.PHUONG: 687,
        Kind.DAC_KHU: 13,
    },
}

Row = tuple[str, str, str, str, str, str, str]


class BuildError(Exception):
    """The source does not look as expected; nothing is written."""


def clean(text: str) -> str:
    """NFC-normalise and collapse whitespace in a name from the source."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def download_wheel(into: Path) -> Path:
    """Download the pinned wheel with pip and return its path."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--dest",
            str(into),
            f"{PACKAGE}=={VERSION}",
        ],
        check=True,
    )
    wheels = sorted(into.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    if len(wheels) != 1:
        raise BuildError(f"expected one {PACKAGE} {VERSION} wheel in {into}, found {wheels}")
    return wheels[0]


def read_wheel(wheel: Path, workdir: Path) -> tuple[sqlite3.Connection, dict[str, Any]]:
    """Check the wheel's hash, then open its SQLite database and converter JSON."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise BuildError(f"{wheel} has sha256 {digest}; expected {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as zf:
        db_path = workdir / "dataset.db"
        db_path.write_bytes(zf.read(f"{PACKAGE}/data/dataset.db"))
        converter = json.loads(zf.read(f"{PACKAGE}/data/converter_2025.json"))
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    return conn, converter


def province_kind(name: str) -> Kind:
    """Tỉnh … is a tỉnh; Thành phố … at province level is centrally governed."""
    if name.startswith("Tỉnh "):
        return Kind.TINH
    if name.startswith("Thành phố "):
        return Kind.THANH_PHO_TRUNG_UONG
    raise BuildError(f"province name {name!r} starts with neither 'Tỉnh' nor 'Thành phố'")


def typed(kinds: dict[str, Kind], type_: str, name: str, code: str, seen: set[str]) -> Kind:
    """The kind for a type column, checking the name against it.

    A name whose type prefix differs only in case ("Thị Xã Buôn Hồ") is accepted as
    it is; any other disagreement must be one of :data:`KNOWN_TYPE_MISMATCHES`.
    """
    if type_ not in kinds:
        raise BuildError(f"unknown unit type {type_!r} for {code} {name!r}")
    if not name.casefold().startswith(type_.casefold() + " "):
        if KNOWN_TYPE_MISMATCHES.get(code) != (name, type_):
            raise BuildError(f"{code} {name!r} does not start with its type {type_!r}")
        seen.add(code)
    return kinds[type_]


def row(
    code: str,
    name: str,
    kind: Kind,
    parent: str,
    valid_from: date,
    valid_to: date | None,
) -> Row:
    return (
        code,
        name,
        kind.level.key,
        kind.value,
        parent,
        valid_from.isoformat(),
        valid_to.isoformat() if valid_to else "",
    )


def legacy_units(conn: sqlite3.Connection, seen: set[str]) -> tuple[list[Row], dict[str, str]]:
    """Rows for the 2008-08-01 … 2025-07-01 tree, and source key → code."""
    rows: dict[str, Row] = {}
    keys: dict[str, str] = {}
    query = (
        "select province, provinceCode, provinceKey, district, districtType, districtCode,"
        " districtKey, ward, wardType, wardCode, wardKey from admin_units_legacy"
    )
    for (
        p_name,
        p_code,
        p_key,
        d_name,
        d_type,
        d_code,
        d_key,
        w_name,
        w_type,
        w_code,
        w_key,
    ) in conn.execute(query):
        p_name, d_name = clean(p_name), clean(d_name)
        keys[p_key] = p_code
        rows.setdefault(
            p_code,
            row(p_code, p_name, province_kind(p_name), NATION_CODE, LEGACY_FROM, REFORM_2025),
        )
        rows.setdefault(
            d_code,
            row(
                d_code,
                d_name,
                typed(DISTRICT_KINDS, clean(d_type), d_name, d_code, seen),
                p_code,
                LEGACY_FROM,
                REFORM_2025,
            ),
        )
        if w_code is None:
            if d_code not in ISLAND_DISTRICTS:
                raise BuildError(f"district {d_code} ({d_name}) has a row without a commune")
            keys[f"{p_key}_{d_key}_"] = d_code
            continue
        w_name = clean(w_name)
        new = row(
            w_code,
            w_name,
            typed(COMMUNE_KINDS, clean(w_type), w_name, w_code, seen),
            d_code,
            LEGACY_FROM,
            REFORM_2025,
        )
        if rows.setdefault(w_code, new) != new:
            raise BuildError(f"legacy commune code {w_code} appears twice with different data")
        keys[f"{p_key}_{d_key}_{w_key}"] = w_code
    return sorted(rows.values()), keys


def units_2025(
    conn: sqlite3.Connection, seen: set[str]
) -> tuple[list[Row], dict[tuple[str, str], str]]:
    """Rows for the tree from 2025-07-01, and (province key, ward key) → code."""
    rows: dict[str, Row] = {}
    keys: dict[tuple[str, str], str] = {}
    query = (
        "select province, provinceCode, provinceKey, ward, wardType, wardCode, wardKey"
        " from admin_units"
    )
    for p_name, p_code, p_key, w_name, w_type, w_code, w_key in conn.execute(query):
        p_name, w_name = clean(p_name), clean(w_name)
        rows.setdefault(
            p_code, row(p_code, p_name, province_kind(p_name), NATION_CODE, REFORM_2025, None)
        )
        if w_code in rows:
            raise BuildError(f"2025 commune code {w_code} appears twice")
        rows[w_code] = row(
            w_code,
            w_name,
            typed(COMMUNE_KINDS, clean(w_type), w_name, w_code, seen),
            p_code,
            REFORM_2025,
            None,
        )
        keys[(p_key, w_key)] = w_code
        keys[(p_key, "")] = p_code
    return sorted(rows.values()), keys


def successions(
    converter: dict[str, Any],
    legacy_keys: dict[str, str],
    new_keys: dict[tuple[str, str], str],
) -> list[tuple[str, str, str]]:
    """Province and commune successions on 2025-07-01 from the converter tables."""
    on = REFORM_2025.isoformat()
    found: set[tuple[str, str, str]] = set()
    for new_p, olds in converter["DICT_PROVINCE"].items():
        for old_p in olds:
            found.add((legacy_keys[old_p], new_keys[(new_p, "")], on))
    covered: set[str] = set()
    for new_p, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_w, olds in wards.items():
            for old in olds:
                found.add((legacy_keys[old], new_keys[(new_p, new_w)], on))
                covered.add(old)
    for new_p, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in olds.items():
            for part in parts:
                found.add((legacy_keys[old], new_keys[(new_p, part["newWardKey"])], on))
            covered.add(old)
    missing = {k for k in legacy_keys if "_" in k} - covered
    if missing:
        raise BuildError(f"legacy units with no successor in the converter: {sorted(missing)}")
    return sorted(found)


def count(rows: Iterable[Row], on: date) -> dict[str, collections.Counter[Any]]:
    levels: collections.Counter[Level] = collections.Counter()
    kinds: collections.Counter[Kind] = collections.Counter()
    for r in rows:
        start, end = date.fromisoformat(r[5]), (date.fromisoformat(r[6]) if r[6] else None)
        if start <= on and (end is None or on < end):
            levels[Level.parse(r[2])] += 1
            kinds[Kind(r[3])] += 1
    return {"levels": levels, "kinds": kinds}


def check_counts(rows: Sequence[Row]) -> None:
    """Compare the rows with the published counts; raise on any difference."""
    for when, expected in ((date(2025, 6, 30), EXPECTED_LEGACY), (REFORM_2025, EXPECTED_2025)):
        got = count(rows, when)
        for what in ("levels", "kinds"):
            want = collections.Counter(expected[what])
            have = collections.Counter(
                {k: v for k, v in got[what].items() if k not in (Level.NATION, Kind.QUOC_GIA)}
            )
            if have != want:
                raise BuildError(f"{what} on {when}: got {dict(have)}, expected {dict(want)}")


def to_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def build(wheel: Path) -> dict[str, str]:
    """The file name → text of every data file built from ``wheel``."""
    with tempfile.TemporaryDirectory() as tmp:
        conn, converter = read_wheel(wheel, Path(tmp))
        try:
            seen: set[str] = set()
            legacy, legacy_keys = legacy_units(conn, seen)
            current, new_keys = units_2025(conn, seen)
        finally:
            conn.close()
    if seen != set(KNOWN_TYPE_MISMATCHES):
        missing = sorted(set(KNOWN_TYPE_MISMATCHES) - seen)
        raise BuildError(f"known name/type mismatches not found in the source: {missing}")
    nation = row(NATION_CODE, NATION_NAME, Kind.QUOC_GIA, "", LEGACY_FROM, None)
    level_order = {level.key: level.value for level in Level}
    rows = sorted([nation, *legacy, *current], key=lambda r: (level_order[r[2]], r[0], r[5]))
    check_counts(rows)
    succ = successions(converter, legacy_keys, new_keys)
    return {
        UNITS_FILE: to_csv(UNITS_COLUMNS, rows),
        SUCCESSIONS_FILE: to_csv(SUCCESSIONS_COLUMNS, succ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wheel", type=Path, help="use this wheel instead of pip download")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the files on disk differ; write nothing"
    )
    args = parser.parse_args(argv)
    try:
        if args.wheel is not None:
            files = build(args.wheel)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                files = build(download_wheel(Path(tmp)))
    except BuildError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2

    out: Path = args.out
    if args.check:
        stale = [
            n
            for n, t in files.items()
            if not (out / n).is_file() or (out / n).read_text(encoding="utf-8") != t
        ]
        for name in stale:
            print(f"{out / name} is out of date", file=sys.stderr)
        return 1 if stale else 0

    # Load the result as the library will before replacing anything.
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in files.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8", newline="")
        hierarchy = load_hierarchy_csv(Path(tmp) / UNITS_FILE, Path(tmp) / SUCCESSIONS_FILE)
        amendments = out / UNITS_AMENDMENTS_FILE
        succession_amendments = out / SUCCESSIONS_AMENDMENTS_FILE
        if amendments.is_file() and succession_amendments.is_file():
            load_hierarchy_csv(
                Path(tmp) / UNITS_FILE,
                Path(tmp) / SUCCESSIONS_FILE,
                amendments=amendments,
                succession_amendments=succession_amendments,
            )
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8", newline="")
        print(f"wrote {out / name} ({len(text.encode('utf-8')):,} bytes)")
    print(f"{len(hierarchy):,} unit versions, {len(hierarchy.successions):,} successions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

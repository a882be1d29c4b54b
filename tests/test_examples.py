"""The example plans in examples/: each loads, round-trips, fits the JSON Schema, names a
real issuer (or a marked placeholder) and keeps the plan's own words for every target."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from cchc_model.cli import main
from cchc_model.io.schema import plan_schema
from cchc_model.io.serialization import dumps, load, loads
from cchc_model.model.jurisdictions import PLACEHOLDER_PREFIX, Kind, national_hierarchy
from cchc_model.model.plans import Plan
from cchc_model.model.targets import Rank

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
README = ROOT / "examples" / "README.md"
SEEDS = ROOT.parent / "shared" / "seeds"

#: The issuer of each example: an official code with its name on the plan period's
#: last day, or None for a placeholder.
ISSUERS: dict[str, tuple[str, str, Kind] | None] = {
    "000-thanh-hoa-2021.yaml": ("38", "Tỉnh Thanh Hóa", Kind.TINH),
    "001-province-2020.yaml": None,
    "002-hue-2021.yaml": ("474", "Thành phố Huế", Kind.THANH_PHO_THUOC_TINH),
    "003-bac-kan-2023.yaml": ("06", "Tỉnh Bắc Kạn", Kind.TINH),
    "004-district-2020.yaml": None,
}


def ids(path: Path) -> str:
    return path.name


def as_json(text: str) -> Any:
    """A YAML document as JSON data (a date the YAML loader read becomes ISO text)."""
    return json.loads(json.dumps(yaml.safe_load(text), default=str))


def normalised(text: str) -> str:
    """Text compared with a seed: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(plan_schema())


@pytest.fixture(scope="module", params=EXAMPLES, ids=ids)
def example(request: pytest.FixtureRequest) -> tuple[Path, Plan]:
    path: Path = request.param
    return path, load(path)


def test_every_example_is_listed() -> None:
    """The table of issuers covers exactly the example files."""
    assert sorted(ISSUERS) == [p.name for p in EXAMPLES]


def test_cli_validates_all(capsys: pytest.CaptureFixture[str]) -> None:
    """`cchc validate examples/*.yaml` exits 0 with one ok line per file."""
    assert main(["validate", *map(str, EXAMPLES)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(EXAMPLES)
    assert all(line.startswith("ok ") for line in out)


def test_cli_shows_all(capsys: pytest.CaptureFixture[str]) -> None:
    """`cchc show examples/*.yaml` describes every file; Huế is the 2021 city."""
    assert main(["show", *map(str, EXAMPLES)]) == 0
    out = capsys.readouterr().out
    assert "issuer: Thành phố Huế (474)\n" in out  # named once, code beside it
    assert out.count("(a local placeholder, not looked up)") == 2  # the two x- issuers
    assert "(not in the shipped units)" not in out


class TestEachExample:
    def test_round_trip(self, example: tuple[Path, Plan]) -> None:
        """Dumping and loading again gives an equal plan, in YAML and in JSON."""
        _, plan = example
        assert loads(dumps(plan)) == plan
        assert loads(dumps(plan, "json"), "json") == plan

    def test_schema(self, example: tuple[Path, Plan], validator: Any) -> None:
        """The file as written, and as dumped, fits the published JSON Schema."""
        path, plan = example
        for data in (as_json(path.read_text(encoding="utf-8")), as_json(dumps(plan))):
            problems = [e.message for e in validator.iter_errors(data)]
            assert problems == [], problems

    def test_issuer(self, example: tuple[Path, Plan]) -> None:
        """An official issuer exists on the plan period's last day with the expected name;
        a placeholder starts with "x-", is in no hierarchy and is explained in the file."""
        path, plan = example
        expected = ISSUERS[path.name]
        vn = national_hierarchy()
        if expected is None:
            assert plan.issuer.startswith(PLACEHOLDER_PREFIX)
            assert plan.issuer not in vn
            assert "chưa xác định" in plan.issuer_name
            header = path.read_text(encoding="utf-8").split("schema_version:")[0]
            assert "PLACEHOLDER" in header
            assert plan.issuer in header
            return
        code, name, kind = expected
        assert not plan.issuer.startswith(PLACEHOLDER_PREFIX)
        assert plan.issuer == code
        unit = vn.get(code, plan.period.last_day)
        assert (unit.name, unit.kind) == (name, kind)

    def test_source_text(self, example: tuple[Path, Plan]) -> None:
        """Every target, nested parts included, keeps the plan's words."""
        _, plan = example
        for target in plan.all_targets():
            assert target.source_text.strip(), target.id

    def test_source_text_is_in_the_seed(self, example: tuple[Path, Plan]) -> None:
        """Each piece of a target's source_text (split at "…") is in the seed article."""
        path, plan = example
        seeds = sorted(SEEDS.glob(f"{path.name[:3]}_*.txt"))
        if not seeds:
            pytest.skip(f"no seed article for {path.name} in {SEEDS}")
        seed = normalised(seeds[0].read_text(encoding="utf-8"))
        for target in plan.all_targets():
            for piece in target.source_text.split("…"):
                piece = normalised(piece).strip(" ,;.")
                if piece:
                    assert piece in seed, (target.id, piece)

    def test_indicators_defined_once(self, example: tuple[Path, Plan]) -> None:
        """Every indicator a target measures is defined in the file, and all are used."""
        _, plan = example
        defined = {i.id for i in plan.indicators}
        used = {i.id for i in plan.used_indicators()}
        assert used == defined

    def test_tasks_have_areas(self, example: tuple[Path, Plan]) -> None:
        """Every task and objective belongs to a reform area the plan lists."""
        _, plan = example
        for item in (*plan.tasks, *plan.objectives):
            assert item.area is not None, item.id
            assert item.area in plan.areas, item.id

    def test_readme_maps_every_id(self, example: tuple[Path, Plan]) -> None:
        """examples/README.md names the file and every target and task id of the plan."""
        path, plan = example
        readme = README.read_text(encoding="utf-8")
        assert path.name in readme
        sections = [s for s in readme.split("\n## ") if path.name in s.splitlines()[0]]
        assert len(sections) == 1, f"expected one section headed {path.name}"
        section = sections[0]
        mentioned = set(re.findall(r"`([a-z0-9][a-z0-9-]*)`", section))
        for target in plan.all_targets():
            assert target.id in mentioned, target.id
        for task in plan.tasks:
            assert task.id in mentioned, task.id


def test_hue_rank_peers_match_the_plan() -> None:
    """ "1 trong 5 đơn vị dẫn đầu trong 9": 474 has 9 district-level peers on 2021-12-31."""
    plan = load(ROOT / "examples" / "002-hue-2021.yaml")
    rank = plan.target("par-index-top-5")
    assert isinstance(rank, Rank)
    assert (rank.k, rank.group_size, rank.aspirational) == (5, 9, True)
    vn = national_hierarchy()
    city = vn.get(plan.issuer, plan.period.last_day)
    assert city.parent is not None
    peers = vn.children(city.parent, plan.period.last_day)
    assert len(peers) == rank.group_size

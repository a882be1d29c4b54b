"""Schema and size checks for the labelled target-sentence corpus (tests/data/extract_corpus)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).parent / "data" / "extract_corpus"

ENTRY_KEYS = {"id", "source", "document", "year", "issuer_level", "lead", "text", "targets"}
TARGET_KEYS = {
    "phrase",
    "op",
    "value",
    "unit",
    "level",
    "aspirational",
    "deadline",
    "period",
    "recurrence",
    "exclusions",
    "base",
    "note",
}
ISSUER_LEVELS = {"nation", "ministry", "province", "district", "commune"}
OPS = {
    ">=",
    ">",
    "<=",
    "<",
    "=",
    "between",
    "change_increase",
    "change_decrease",
    "rank_top",
    "rank_improve",
    "rank_keep",
    "ordinal_at_least",
    "yes",
}
UNITS = {"percent", "count", "rank", "level", "points", "days", "hours", "minutes", "none"}
TARGET_LEVELS = {
    "self",
    "nation",
    "ministry",
    "province",
    "district",
    "commune",
    "agency",
    "each_agency",
    "each_ministry",
    "each_province",
    "each_district",
    "each_commune",
    "each_unit",
    "all_levels",
}
RECURRENCES = {None, "yearly", "half_yearly", "quarterly", "monthly"}
ORDINALS = {"yếu", "trung bình", "khá", "tốt", "xuất sắc"}
NUMBER = re.compile(r"^\d+(\.\d+)?$")
RANGE = re.compile(r"^\d+(\.\d+)?\.\.\d+(\.\d+)?$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
PERIOD = re.compile(r"^20\d\d(-20\d\d|-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$")

# Floors that keep the corpus from shrinking unnoticed (the counts reached, see README.md).
MIN_WITH_TARGETS = 682
MIN_NOT_SEED_WITH_TARGETS = 632
MIN_TEST_WITH_TARGETS = 318
MIN_TEST = 506
MIN_NEAR_MISSES = 397


def load(name: str) -> list[dict]:
    data = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{name}.yaml must be a list"
    return data


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    return {"train": load("train"), "test": load("test")}


def check_value(target: dict) -> None:
    op, value, unit = target["op"], target["value"], target["unit"]
    assert isinstance(value, str), "value is a string"
    if op == "yes":
        assert value == ""
        assert unit == "none"
    elif op == "between":
        assert RANGE.match(value), value
    elif op == "rank_improve":
        assert NUMBER.match(value) or RANGE.match(value) or value == "", value
        assert unit == "rank"
    elif op == "rank_top":
        assert NUMBER.match(value) or value == "", value
        assert unit == "rank"
    elif op == "rank_keep":
        assert unit == "rank"
    elif op == "ordinal_at_least":
        assert value in ORDINALS, value
        assert unit == "level"
    else:
        assert NUMBER.match(value), value
        assert unit in UNITS - {"none"}


def check_target(target: dict) -> None:
    assert set(target) == TARGET_KEYS, sorted(set(target) ^ TARGET_KEYS)
    assert isinstance(target["phrase"], str)
    assert target["phrase"].strip()
    assert target["op"] in OPS, target["op"]
    assert target["unit"] in UNITS, target["unit"]
    assert target["level"] in TARGET_LEVELS, target["level"]
    assert isinstance(target["aspirational"], bool)
    assert target["deadline"] is None or DATE.match(str(target["deadline"])), target["deadline"]
    assert target["period"] is None or PERIOD.match(str(target["period"])), target["period"]
    assert target["recurrence"] in RECURRENCES, target["recurrence"]
    assert isinstance(target["exclusions"], list)
    assert all(isinstance(x, str) and x for x in target["exclusions"])
    assert target["base"] is None or (isinstance(target["base"], str) and target["base"])
    assert isinstance(target["note"], str)
    check_value(target)


def test_entries_have_the_schema(splits: dict[str, list[dict]]) -> None:
    for name, entries in splits.items():
        for entry in entries:
            where = f"{name}:{entry.get('id')}"
            assert set(entry) == ENTRY_KEYS, (where, sorted(set(entry) ^ ENTRY_KEYS))
            assert isinstance(entry["id"], str), where
            assert re.match(r"^[a-z0-9-]+$", entry["id"]), where
            assert isinstance(entry["source"], str), where
            assert entry["source"].startswith(("http://", "https://", "seeds/", "github:")), where
            assert isinstance(entry["document"], str), where
            assert entry["document"], where
            assert isinstance(entry["year"], int), where
            assert 2019 <= entry["year"] <= 2026, where
            assert entry["issuer_level"] in ISSUER_LEVELS, where
            assert isinstance(entry["lead"], str), where
            assert isinstance(entry["text"], str), where
            assert entry["text"].strip(), where
            assert isinstance(entry["targets"], list), where
            for target in entry["targets"]:
                check_target(target)


def test_ids_are_unique(splits: dict[str, list[dict]]) -> None:
    ids = [e["id"] for entries in splits.values() for e in entries]
    assert len(ids) == len(set(ids))


def test_no_source_in_both_splits(splits: dict[str, list[dict]]) -> None:
    train = {e["source"] for e in splits["train"]}
    test = {e["source"] for e in splits["test"]}
    assert not train & test


def test_no_document_in_both_splits(splits: dict[str, list[dict]]) -> None:
    train = {e["document"] for e in splits["train"]}
    test = {e["document"] for e in splits["test"]}
    assert not train & test


def test_seed_sentences_are_quoted_exactly(splits: dict[str, list[dict]]) -> None:
    seeds = Path(__file__).parents[2] / "shared"
    for entries in splits.values():
        for entry in entries:
            path = seeds / entry["source"]
            if entry["source"].startswith("seeds/") and path.exists():
                assert entry["text"] in path.read_text(encoding="utf-8"), entry["id"]


def test_sizes(splits: dict[str, list[dict]]) -> None:
    everything = splits["train"] + splits["test"]
    with_targets = [e for e in everything if e["targets"]]
    near_misses = [e for e in everything if not e["targets"]]
    assert len(with_targets) >= MIN_WITH_TARGETS
    assert sum(1 for e in with_targets if not e["source"].startswith("seeds/")) >= (
        MIN_NOT_SEED_WITH_TARGETS
    )
    assert len(splits["test"]) >= MIN_TEST
    assert sum(1 for e in splits["test"] if e["targets"]) >= MIN_TEST_WITH_TARGETS
    assert len(near_misses) >= MIN_NEAR_MISSES

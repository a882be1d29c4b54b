"""Score `cchc extract` against the labelled corpus: per field and overall, per split.

    python benchmarks/extract_score.py            # both splits
    python benchmarks/extract_score.py --show train   # list the train entries missed

Each corpus entry is read as a small document, its lead on the line before its text and its
`year` given as the document's year (as `cchc extract --year` takes it: a date written without
its year is read in it), and the targets whose anchor lies in the text are compared with the
labels. A predicted target
is paired with a labelled one of the same entry (same operator family and value first,
then the closest phrase). Precision counts predicted targets, recall labelled ones; a
field is right only in a pair. A phrase is right when, after dropping the words a label
adds in brackets and "…", case, punctuation and the words "các", "số", "tỷ lệ" at its
start, its words and the label's overlap with an F1 of at least 0.75. A target is exact
when every field is right.

The catalogue matching is scored apart, on the train split's labelled phrases, each
labelled with the indicator (or indicators) it measures (`tests/data/extract_matching.yaml`):
a wrong indicator is worse than none, since a custom one is flagged for review. The five
seed articles are also read whole, as documents, and compared with their plans encoded by
hand in `examples/` (form, operator, figure and scope of each target).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

import cchc_model as cm
from cchc_model.text import extract
from cchc_model.text.indicators import match_indicator
from cchc_model.text.reading import read_document
from cchc_model.text.rules import Reading

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "extract_corpus"
MATCHING = CORPUS.parent / "extract_matching.yaml"
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIELDS = (
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
)
OPTIONAL = ("deadline", "period", "recurrence", "exclusions", "base")
PHRASE_F1 = Fraction(3, 4)


def words(phrase: str | None) -> list[str]:
    if not phrase:
        return []
    phrase = re.sub(r"\([^)]*\)|…|\.\.\.", " ", phrase.lower())
    tokens = re.findall(r"\w+", phrase)
    while tokens and tokens[0] in ("các", "số", "tỷ", "lệ", "những"):
        tokens = tokens[1:]
    return tokens


def phrase_f1(a: str | None, b: str | None) -> Fraction:
    """The F1 of the two phrases' words, exact: 2·common / (words of one + words of the
    other), so that an F1 of exactly 3/4 is at least :data:`PHRASE_F1`."""
    x, y = Counter(words(a)), Counter(words(b))
    if not x and not y:
        return Fraction(1)
    common = sum((x & y).values())
    return Fraction(2 * common, sum(x.values()) + sum(y.values()))


def predicted(entry: dict[str, Any]) -> list[dict[str, Any]]:
    lead = entry["lead"]
    doc = f"{lead}\n{entry['text']}" if lead else entry["text"]
    _, readings = read_document(doc, issuer_level=entry["issuer_level"], year=entry["year"])
    begin = len(lead) + 1 if lead else 0
    out = []
    for piece in readings:
        for r in piece.targets:
            if r.span[0] >= begin or (piece.piece.start >= begin):
                out.append(as_label(r))
    return out


def as_label(r: Reading) -> dict[str, Any]:
    return {
        "phrase": r.phrase,
        "op": r.op,
        "value": r.value,
        "unit": r.unit,
        "level": r.level,
        "aspirational": r.aspirational,
        "deadline": r.deadline.isoformat() if r.deadline else None,
        "period": r.period,
        "recurrence": r.recurrence,
        "exclusions": list(r.exclusions),
        "base": r.base,
    }


def same(field: str, p: dict[str, Any], g: dict[str, Any]) -> bool:
    if field == "phrase":
        return phrase_f1(p["phrase"], g["phrase"]) >= PHRASE_F1
    if field == "base":
        if (p["base"] is None) != (g["base"] is None):
            return False
        return p["base"] is None or phrase_f1(p["base"], g["base"]) >= PHRASE_F1
    if field == "exclusions":
        return len(p["exclusions"]) == len(g["exclusions"]) and all(
            phrase_f1(a, b) >= PHRASE_F1
            for a, b in zip(p["exclusions"], g["exclusions"], strict=True)
        )
    gv = g[field]
    if field == "deadline" and gv is not None:
        gv = str(gv)
    if field == "period" and gv is not None:
        gv = str(gv)
    return bool(p[field] == gv)


def pair(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    scored = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            key = (p["value"] == g["value"]) + (p["op"] == g["op"]) + (p["level"] == g["level"])
            f1 = phrase_f1(p["phrase"], g["phrase"])
            if p["value"] == g["value"] or f1 >= 0.5:
                scored.append((-(key + f1), i, j))
    scored.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score(entries: list[dict[str, Any]], show: bool = False) -> dict[str, Any]:
    n_pred = n_gold = n_pair = n_exact = 0
    right = Counter[str]()
    opt_pred = Counter[str]()
    opt_gold = Counter[str]()
    opt_right = Counter[str]()
    invented_in_near_misses = 0
    for entry in entries:
        preds = predicted(entry)
        golds = entry["targets"]
        n_pred += len(preds)
        n_gold += len(golds)
        if not golds:
            invented_in_near_misses += len(preds)
        for f in OPTIONAL:
            opt_pred[f] += sum(1 for p in preds if p[f])
            opt_gold[f] += sum(1 for g in golds if g[f])
        pairs = pair(preds, golds)
        n_pair += len(pairs)
        exact_here = 0
        wrong: list[str] = []
        for i, j in pairs:
            p, g = preds[i], golds[j]
            ok = [f for f in FIELDS if same(f, p, g)]
            for f in ok:
                right[f] += 1
                if f in OPTIONAL and g[f]:
                    opt_right[f] += 1
            if len(ok) == len(FIELDS):
                n_exact += 1
                exact_here += 1
            else:
                wrong.append(", ".join(f"{f}: {p[f]!r} ≠ {g[f]!r}" for f in FIELDS if f not in ok))
        if show and (exact_here < len(golds) or len(preds) > len(pairs)):
            print(f"## {entry['id']}: {entry['text'][:160]}")
            for w in wrong:
                print("   wrong:", w)
            for i, p in enumerate(preds):
                if i not in {a for a, _ in pairs}:
                    print("   invented:", p["op"], p["value"], p["level"], repr(p["phrase"][:80]))
            for j, g in enumerate(golds):
                if j not in {b for _, b in pairs}:
                    print("   missed:", g["op"], g["value"], g["level"], repr(g["phrase"][:80]))

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    fields = {}
    for f in FIELDS:
        if f in OPTIONAL:
            fields[f] = (ratio(opt_right[f], opt_pred[f]), ratio(opt_right[f], opt_gold[f]))
        else:
            fields[f] = (ratio(right[f], n_pred), ratio(right[f], n_gold))
    return {
        "entries": len(entries),
        "gold": n_gold,
        "predicted": n_pred,
        "paired": n_pair,
        "precision": ratio(n_pair, n_pred),
        "recall": ratio(n_pair, n_gold),
        "exact": ratio(n_exact, n_gold),
        "exact_n": n_exact,
        "fields": fields,
        "invented_in_near_misses": invented_in_near_misses,
    }


def match_score(rows: list[dict[str, Any]], show: bool = False) -> Counter[str]:
    """How the catalogue matching fares on phrases labelled with the indicator they measure
    (or the ones acceptable, ``null`` where no catalogue indicator is): ``right``, ``wrong``
    (another indicator), ``missed`` (none, where one was expected) and ``none`` (rightly
    none)."""
    counts: Counter[str] = Counter()
    for row in rows:
        wanted = row["indicator"] if isinstance(row["indicator"], list) else [row["indicator"]]
        found = match_indicator(row["phrase"], row["unit"])
        got = found.indicator.id if found else None
        outcome = ("right" if got else "none") if got in wanted else ("wrong" if got else "missed")
        counts[outcome] += 1
        if show and outcome in ("wrong", "missed"):
            print(f"   {outcome}: {row['phrase'][:70]!r} → {got}, wanted {wanted}")
    return counts


def _form(target: Any) -> tuple[str, ...]:
    """What a target says, apart from its ids, notes and timing: form, operator, figure,
    scope (a compound is its own form, which the extractor does not build)."""
    said = [type(target).__name__, str(getattr(target, "scope", ""))]
    for name in ("op", "threshold", "low", "high", "k", "top", "level", "delta", "places"):
        value = getattr(target, name, None)
        if value is not None:
            said.append(f"{name}={value}")
    return tuple(said)


def seed_score() -> tuple[int, int, int]:
    """The five seed articles read whole, against their plans encoded by hand in
    ``examples/``: (hand-encoded targets, of them found with the same form, operator,
    figure and scope, targets read that the hand encoding does not have)."""
    wanted = found = extra = 0
    for text, plan_file in zip(
        sorted(SEEDS.glob("*.txt")), sorted((ROOT / "examples").glob("00*.yaml")), strict=True
    ):
        plan = cm.load(plan_file)
        draft = extract(text.read_text(encoding="utf-8"), period=plan.period)
        hand = Counter(_form(t) for t in plan.targets)
        read = Counter(_form(t.target) for t in draft.targets)
        wanted += sum(hand.values())
        found += sum((hand & read).values())
        extra += sum((read - hand).values())
    return wanted, found, extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", choices=("train", "test"), help="list the entries not read exactly"
    )
    args = parser.parse_args(argv)
    for split in ("train", "test"):
        entries = yaml.safe_load((CORPUS / f"{split}.yaml").read_text(encoding="utf-8"))
        started = time.perf_counter()
        s = score(entries, show=args.show == split)
        took = time.perf_counter() - started
        print(
            f"\n{split}: {s['entries']} entries, {s['gold']} labelled targets, "
            f"{s['predicted']} read ({took:.2f} s)"
        )
        print(
            f"  targets  precision {s['precision']:.1%}  recall {s['recall']:.1%}  "
            f"exact {s['exact']:.1%} ({s['exact_n']} of {s['gold']})  "
            f"read in near-misses {s['invented_in_near_misses']}"
        )
        print(f"  {'field':<13}{'precision':>10}{'recall':>9}")
        for f, (p, r) in s["fields"].items():
            print(f"  {f:<13}{p:>10.1%}{r:>9.1%}")
    rows = yaml.safe_load(MATCHING.read_text(encoding="utf-8"))
    m = match_score(rows, show=args.show == "train")
    print(
        f"\ncatalogue matching ({len(rows)} labelled phrases, from the train split): "
        f"{m['right']} right, {m['wrong']} wrong indicator, {m['missed']} missed, "
        f"{m['none']} rightly left custom"
    )
    if SEEDS.is_dir():
        wanted, found, extra = seed_score()
        print(
            f"seed articles read whole (../shared/seeds/, encoded by hand in examples/): "
            f"{found} of {wanted} targets found (form, operator, figure, scope), {extra} more read"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

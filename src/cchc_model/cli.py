"""The ``cchc`` command line.

::

    cchc validate [--strict] FILE...
                            check plan files; one line per problem, warnings marked
                            ``warning:`` (``--strict`` fails on them too)
    cchc show FILE...       describe plan files: issuer, period, every target as it reads
    cchc evaluate PLAN --observations CSV|XLSX|JSON [--map MAPPING] [--period P]
                            [--code C] [--on DATE] [--format table|json|csv]
                            [--output OUT.json|.csv|.parquet] [--chart OUT.png]
                            [--overwrite] [--fail-on not-met|unknown]
    cchc evaluate-many PLAN --observations PARQUET|CSV [--level L | --codes C,…]
                            [--periods P,…] [--on DATE] --output OUT.parquet|.csv
                            evaluate a plan for many units and periods at once
    cchc demo               evaluate the five seed plans on their sample data
    cchc schema             print the JSON Schema of plan files
    cchc catalogue [ID [INDICATOR]]
                            list the built-in indicator catalogues, describe one, or
                            one of its indicators with its dimensions and members
    cchc score DATA --index NAME [--code C] [--period P] [--explain | --table]
                            [--reading ID=NAME] [--points ID=N] [--chart OUT.png]
                            [--overwrite]
                            score an index (Decision 766 as the portal scores it, …)
                            for each unit and period of a table of rates
    cchc extract PLAN.txt|PLAN.docx|PLAN.pdf [--issuer CODE] [--period P] [--id ID]
                            [--year YYYY] [-o DRAFT.yaml] [--overwrite] [--explain]
                            read a plan's text into a draft plan file, each target with
                            the sentence it came from; --explain tells sentence by
                            sentence what was read and what was not, and why
    cchc --version

Exit status: 0 when everything is fine (warnings, printed as ``FILE: warning: path:
message``, included), 1 when a file has problems (each printed as ``FILE: path:
message``; warnings too under ``validate --strict``), 2 when the command itself is
wrong, 3 when ``evaluate --fail-on`` finds a binding target that fails.

Each subcommand is one function taking the parsed arguments and returning the exit
status; :data:`COMMANDS` registers them. Heavy modules (the loader, pint, the schema
generator) are imported inside the functions, so ``cchc --version`` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from ._version import __version__
from .exceptions import CchcError, CchcWarning, ValidationError

if TYPE_CHECKING:
    from .model.targets import Target

__all__ = ["COMMANDS", "Command", "main"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


@attrs.frozen
class Command:
    """A subcommand: its name, a one-line help, how to add its arguments, and what it does."""

    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    arguments: Callable[[argparse.ArgumentParser], None] = lambda parser: None


def _one_line(text: str) -> str:
    """Text on one line: control characters (a newline in a value) shown escaped."""
    return "".join(
        ch if ch.isprintable() or ch == "\t" else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def _out(text: str, stream: TextIO | None = None) -> None:
    print(_one_line(text), file=stream or sys.stdout)


def _output_problem(path: str, inputs: list[str], overwrite: bool = False) -> str | None:
    """Why ``path`` may not be written by a command reading ``inputs``, if it may not:
    a symbolic link (written through, it would change another file), one of the inputs
    (which the output would replace), or a file that exists unless ``overwrite``."""
    import os

    if os.path.islink(path):
        return f"{path} is a symbolic link; expected the path of a regular file to write"
    if os.path.exists(path):
        for name in inputs:
            try:
                if os.path.samefile(path, name):
                    return f"{path} is also an input of this command; expected another file"
            except OSError:
                continue
        if not overwrite:
            return f"{path} exists; expected a new file (--overwrite replaces it)"
    return None


def _overwrite_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an output file that exists (never an input, never through a link)",
    )


def _count(n: int, noun: str) -> str:
    """ "1 target", "2 targets"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _said(problem: object) -> str:
    """A problem as printed: its text, then where it is in its file when that is known
    ("… (line 12, column 5)")."""
    place = getattr(problem, "place", "")
    return f"{problem} ({place})" if place else str(problem)


def _known() -> dict[str, Any]:
    """The built-in catalogues' indicators, which plan files may reference by id."""
    from .indices.catalogues import catalogue_indicators

    return catalogue_indicators()


# --- validate -------------------------------------------------------------------------


def _decimal_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--decimal",
        choices=(",", "."),
        help=f"the decimal mark of the numbers in {what}, the other mark grouping digits "
        "(default: either, and 1.500 or 1,500 refused as ambiguous)",
    )


def _validate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="plan files (.yaml or .json)")
    _decimal_argument(parser, "the plan files")


def _validate_command_arguments(parser: argparse.ArgumentParser) -> None:
    _validate_arguments(parser)
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 1) on warnings too: what is right on some date but not on the plan's "
        "last day (an abolished issuer, a tier that no longer exists, a rank's group size)",
    )


def _validate(args: argparse.Namespace) -> int:
    """Errors as ``FILE: path: message``, warnings as ``FILE: warning: path: message``;
    exit 1 on an error, or on a warning with ``--strict``."""
    from .io.serialization import load
    from .model.plan_checks import check_plan

    status = EXIT_OK
    for name in args.files:
        try:
            plan = load(name, known=_known(), decimal=args.decimal)
        except CchcError as exc:
            status = EXIT_PROBLEMS
            problems = getattr(exc, "problems", None) or (str(exc),)
            for problem in problems:
                _out(f"{name}: {_said(problem)}")
            continue
        found = check_plan(plan)
        for error in found.errors:
            _out(f"{name}: {_said(error)}")
        for warning in found.warnings:
            _out(f"{name}: warning: {_said(warning)}")
        if found.errors or (args.strict and found.warnings):
            status = EXIT_PROBLEMS
            continue
        warned = f" ({_count(len(found.warnings), 'warning')})" if found.warnings else ""
        _out(f"ok {name}: {_count(len(plan.targets), 'target')}{warned}")
    return status


# --- show ---------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    from .io.serialization import load
    from .model.plan_checks import issuer_standing

    status = EXIT_OK
    for index, name in enumerate(args.files):
        try:
            plan = load(name, known=_known(), decimal=args.decimal)
        except CchcError as exc:
            status = EXIT_PROBLEMS
            for problem in getattr(exc, "problems", None) or (str(exc),):
                _out(f"{name}: {_said(problem)}")
            continue
        issuer = issuer_standing(plan)
        if index:
            _out("")
        _out(f"{plan.title} — {plan.issuer_name or issuer}")
        _out(f"  file: {name}")
        _out(f"  issuer: {issuer}")
        _out(f"  period: {plan.period.label} ({plan.period.vi})")
        if plan.document is not None:
            _out(f"  document: {plan.document}")
        binding, aspirational = len(plan.binding_targets()), len(plan.aspirational_targets())
        _out(
            f"  {_count(len(plan.targets), 'target')} ({binding} binding, {aspirational} "
            f"aspirational), {_count(len(plan.tasks), 'task')}, "
            f"{_count(len(plan.objectives), 'objective')}"
        )
        if plan.agencies:
            many = len(plan.agencies)
            _out(f"  {many} agenc{'y' if many == 1 else 'ies'}:")
            for agency in plan.agencies:
                _out(f"  * {agency.code}: {agency.name} ({agency.kind.vi}, {agency.jurisdiction})")
        for target in plan.targets:
            _show_target(target, "  ")
    return status


def _show_target(target: Target, indent: str) -> None:
    """A target as the plan reads it, with its parts (a share's condition) below it."""
    indicator = getattr(target, "indicator", None)
    measured = f"{indicator.id} " if indicator is not None else ""
    mark = " (phấn đấu)" if target.aspirational else ""
    _out(f"{indent}- {target.id}: {measured}{target}{mark}")
    for part in getattr(target, "parts", ()):
        _show_target(part, indent + "    ")
    condition = getattr(target, "condition", None)
    if condition is not None:
        _show_target(condition, indent + "    ")


# --- evaluate -------------------------------------------------------------------------


def _evaluate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN", help="a plan file (.yaml or .json)")
    parser.add_argument(
        "--observations",
        "-O",
        metavar="FILE",
        help='observations: a CSV file, an Excel workbook (.xlsx; needs the "excel" '
        "extra), a DHIS2 dataValueSets export (.json or .csv, with --map) or an SDMX-CSV "
        "message",
    )
    parser.add_argument(
        "--map",
        metavar="FILE",
        help="a mapping (YAML or JSON): which column of the observations holds which field, "
        "for a report in its own layout; which DHIS2 data element and organisation unit is "
        "which indicator and unit (data_elements, org_units); or which SDMX dimension is which",
    )
    parser.add_argument("--period", "-p", help="the period to evaluate (default: the plan's)")
    parser.add_argument("--code", help="the jurisdiction (default: the plan's issuer)")
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="the date of the units' tree (default: the period's last day)",
    )
    parser.add_argument(
        "--fail-on",
        choices=("not-met", "unknown"),
        help="exit 3 when a binding target is NOT MET (not-met), or NOT MET or UNKNOWN "
        "(unknown): for a CI job",
    )
    _decimal_argument(parser, "the plan and the observations")
    parser.add_argument(
        "--format", "-f", choices=("table", "json", "csv"), default="table", help="output format"
    )
    parser.add_argument(
        "--min-coverage",
        default="1",
        metavar="SHARE",
        help="least share of units that must report for a roll-up (default 1)",
    )
    parser.add_argument("--parts", action="store_true", help="show parts in the table")
    parser.add_argument(
        "--progress",
        action="store_true",
        help="also show each target's progress toward its horizon beside MET / NOT MET: "
        "target achieved, on track, moderate, limited, deterioration or not available "
        "(the baseline is the year before the plan's period unless the target states one); "
        "JSON output, to the screen or --output, has a progress section",
    )
    parser.add_argument(
        "--method",
        choices=("growth", "linear"),
        default="growth",
        help="how --progress measures the rate of change (default: growth, sdg-build's "
        "compound annual growth rate)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 1) when observation rows name a code that is not a unit on the tree "
        "date; without it they are reported on standard error",
    )
    parser.add_argument(
        "--chart",
        metavar="FILE",
        help="also draw threshold against observed value to FILE (.png, .svg, .pdf; "
        'needs the "charts" extra)',
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the results to FILE instead of standard output, by its suffix: .json, "
        '.csv or .parquet (typed columns; needs the "batch" extra)',
    )
    _overwrite_argument(parser)


#: The files ``--output`` writes, by suffix.
_RESULT_SUFFIXES = (".json", ".csv", ".parquet")


def _write_results(evaluation: Any, path: str) -> None:
    """The results written to ``path`` as its suffix says, whole or not at all."""
    from .io.files import write_atomic
    from .outputs.parquet import write_parquet

    if path.lower().endswith(".parquet"):
        write_parquet(evaluation.to_records(), path)
        return
    text = evaluation.to_json() if path.lower().endswith(".json") else evaluation.to_csv()

    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)

    write_atomic(path, write)


def _evaluate(args: argparse.Namespace) -> int:
    from .engines.reference.aggregation import Policy
    from .evaluation import evaluate
    from .io.serialization import load
    from .io.tables import read_observations
    from .model.periods import Period, parse_date

    if args.observations is None:
        if args.output is None:
            _out("cchc evaluate: --observations FILE (-O FILE) is required", sys.stderr)
            return EXIT_USAGE
        # ``-o`` meant --observations before it meant --output: read it so for one release
        _out(
            "cchc evaluate: -o now means --output; read as --observations this once (write "
            "--observations FILE or -O FILE: -o will stop meaning it in the next release)",
            sys.stderr,
        )
        args.observations, args.output = args.output, None
    inputs = [args.plan, args.observations, *([args.map] if args.map else [])]
    if args.output:
        problem = _output_problem(args.output, inputs, args.overwrite)
        if problem is None and not args.output.lower().endswith(_RESULT_SUFFIXES):
            problem = f"{args.output}: expected a file ending in {', '.join(_RESULT_SUFFIXES)}"
        if problem:
            _out(f"cchc evaluate: --output: {problem}", sys.stderr)
            return EXIT_PROBLEMS
    if args.chart:
        problem = _output_problem(args.chart, [args.plan, args.observations], args.overwrite)
        if problem:
            _out(f"cchc evaluate: --chart: {problem}", sys.stderr)
            return EXIT_PROBLEMS
    where = args.plan
    try:
        plan = load(args.plan, known=_known(), decimal=args.decimal)
        where = args.observations
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always", CchcWarning)
            observations = read_observations(
                args.observations, plan.used_indicators(), mapping=args.map, decimal=args.decimal
            )
        for warning in said:
            said_text = str(warning.message)  # a reader's warning may name the file itself
            named = said_text.startswith(args.observations)
            _out(
                f"cchc evaluate: {said_text if named else f'{args.observations}: {said_text}'}",
                sys.stderr,
            )
        where = ""
        period = Period.parse(args.period) if args.period else None
        on = parse_date(args.on) if args.on else None
        report = None
        policy = Policy(min_coverage=args.min_coverage)
        if args.progress:  # the period read is evaluated once, for both
            from .evaluation import _with_progress
            from .rules.progress import ProgressMethod

            method = ProgressMethod(args.method)
            evaluation, report = _with_progress(
                plan, observations, None, period, args.code, policy, on, "auto", method
            )
        else:
            evaluation = evaluate(
                plan, observations, period=period, code=args.code, policy=policy, on=on
            )
    except (CchcError, OSError) as exc:
        for problem in getattr(exc, "problems", None) or (str(exc),):
            text = _said(problem)
            named = not where or text.startswith(where)  # a plan file's problems name it
            _out(f"cchc evaluate: {text if named else f'{where}: {text}'}", sys.stderr)
        return EXIT_PROBLEMS
    for unmatched in evaluation.unmatched:
        _out(f"cchc evaluate: {args.observations}: {unmatched.message}", sys.stderr)
    hint = _no_data_hint(observations.row_counts(), evaluation.period)
    if hint:
        _out(f"cchc evaluate: {args.observations}: {hint}", sys.stderr)
    if args.strict and evaluation.unmatched:
        _out(
            f"cchc evaluate: --strict: {len(evaluation.unmatched)} code(s) of the observations "
            "are not units; nothing evaluated",
            sys.stderr,
        )
        return EXIT_PROBLEMS
    if args.output:
        try:
            _write_results(evaluation, args.output)
        except (CchcError, OSError) as exc:
            _out(f"cchc evaluate: --output {args.output}: {exc}", sys.stderr)
            return EXIT_PROBLEMS
    elif args.format == "json":
        sys.stdout.write(evaluation.to_json())  # with its progress section, if asked
    elif args.format == "csv":
        sys.stdout.write(evaluation.to_csv())
    else:
        print(evaluation.table(parts=args.parts, colour=_colour_wanted(sys.stdout)))
        if report is not None:
            print()
            print(report.table(parts=args.parts, width=None))
    if args.chart:
        from .outputs.charts import save_chart

        try:
            save_chart(evaluation, args.chart)
        except (CchcError, OSError, ValueError) as exc:
            _out(f"cchc evaluate: --chart {args.chart}: {exc}", sys.stderr)
            return EXIT_PROBLEMS
    return _failed_on(evaluation, args.fail_on)


#: The exit status of ``--fail-on`` when a binding target fails it.
EXIT_TARGETS = 3


def _failed_on(evaluation: Any, fail_on: str | None) -> int:
    """EXIT_TARGETS when a binding target is NOT MET (or, with ``unknown``, UNKNOWN)."""
    from .rules.status import Status

    failing = {Status.NOT_MET} | ({Status.UNKNOWN} if fail_on == "unknown" else set())
    found = [r.target_id for r in evaluation.binding() if r.status in failing]
    if fail_on is None or not found:
        return EXIT_OK
    shown = ", ".join(found[:10]) + (" …" if len(found) > 10 else "")
    _out(f"cchc evaluate: --fail-on {fail_on}: {len(found)} binding: {shown}", sys.stderr)
    return EXIT_TARGETS


def _no_data_hint(row_counts: Any, period: Any) -> str | None:
    """A hint when no observation row lies in ``period``: the periods the rows are for."""
    read = {p for _, p in row_counts}
    if not read or any(p.overlaps(period) for p in read):
        return None
    labels = sorted({p.label for p in read})
    shown = ", ".join(labels[:6]) + (" …" if len(labels) > 6 else "")
    return (
        f"no observation is for {period.label}; the observations are for {shown} "
        f"(--period {labels[-1]}?)"
    )


def _colour_wanted(stream: TextIO) -> bool:
    """Colour on a terminal; none when the output is piped or redirected, or when
    NO_COLOR is set (https://no-color.org)."""
    return not os.environ.get("NO_COLOR") and stream.isatty()


# --- demo ---------------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    from .demo import report, run_demo

    print(report(run_demo()))
    return EXIT_OK


# --- schema ---------------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    from .io.schema import schema_json

    sys.stdout.write(schema_json())
    return EXIT_OK


# --- catalogue ----------------------------------------------------------------------


def _catalogue_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "name",
        nargs="?",
        metavar="ID",
        help="a built-in catalogue (e.g. qd-766-2022) or a catalogue file; omit to list them",
    )
    parser.add_argument(
        "indicator",
        nargs="?",
        metavar="INDICATOR",
        help="one indicator of the catalogue: every field, its dimensions and their members",
    )
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="with a catalogue id such as qd-766: the version in force on DATE (or a period's "
        "last day)",
    )


def _catalogue(args: argparse.Namespace) -> int:
    from .indices.catalogues import (
        catalogue_in_force,
        describe,
        describe_indicator,
        listing,
        load_catalogue,
    )
    from .model.periods import Period

    try:
        if args.name is None:
            print(listing())
            return EXIT_OK
        if args.on:
            catalogue = catalogue_in_force(args.name, Period.parse(args.on))
        else:
            catalogue = load_catalogue(args.name)
    except CchcError as exc:
        for problem in getattr(exc, "problems", None) or (str(exc),):
            _out(f"cchc catalogue: {problem}", sys.stderr)
        return EXIT_PROBLEMS
    if args.indicator is None:
        print(describe(catalogue))
        return EXIT_OK
    ids = [indicator.id for indicator in catalogue]
    if args.indicator not in ids:
        import difflib

        close = difflib.get_close_matches(args.indicator, ids, n=3)
        meant = f"; did you mean {', '.join(close)}?" if close else ""
        _out(
            f"cchc catalogue: {catalogue.key} has no indicator {args.indicator!r}{meant} "
            f"(cchc catalogue {args.name} lists its {len(ids)})",
            sys.stderr,
        )
        return EXIT_PROBLEMS
    print(describe_indicator(catalogue.get(args.indicator)))
    return EXIT_OK


# --- score ----------------------------------------------------------------------------


def _score_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "data",
        metavar="DATA",
        help="a CSV of rates: code, period, indicator (id or number), rate or numerator and "
        "denominator",
    )
    parser.add_argument(
        "--index",
        required=True,
        metavar="NAME",
        help="a built-in catalogue with an index (qd-766-portal, qd-766-2022) or a catalogue "
        "file; a catalogue id (qd-766) scores each period by the version in force then",
    )
    parser.add_argument("--code", help="only this unit")
    parser.add_argument("--period", "-p", help="only this period")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--explain", action="store_true", help="each point lost, with its working")
    shown.add_argument("--table", action="store_true", help="every item and group")
    parser.add_argument(
        "--reading",
        action="append",
        default=[],
        metavar="ID=NAME",
        help="read an item another way where the sources disagree (qd766.4.2=formula-document)",
    )
    parser.add_argument(
        "--points",
        action="append",
        default=[],
        metavar="ID=N",
        help="points of an item the sources do not give (qd766.3.1=4)",
    )
    parser.add_argument(
        "--chart",
        metavar="FILE",
        help='also draw the points lost to FILE (.png, .svg, .pdf; needs the "charts" extra)',
    )
    _overwrite_argument(parser)


def _pairs(texts: list[str], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for text in texts:
        key, sep, value = text.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValidationError.single(option, text, f"{text!r}; expected ID=VALUE", "usage")
        pairs[key.strip()] = value.strip()
    return pairs


def _score_definitions(args: argparse.Namespace) -> Any:
    """The index ``--index`` names, adjusted by ``--reading`` and ``--points``: one
    definition, or for a catalogue id with several versions the version in force in
    each period (an option then applies to the versions that score its indicator)."""
    from .indices.catalogues import builtin_catalogues, load_catalogue
    from .indices.scoring import IndexDefinition
    from .indices.tables import in_force

    readings = _pairs(args.reading, "--reading")
    points = _pairs(args.points, "--points")

    def adjust(definition: IndexDefinition) -> IndexDefinition:
        ids = set(definition.indicator_ids)
        mine = {k: v for k, v in readings.items() if k in ids}
        if mine:
            definition = definition.with_readings(mine)
        given = {k: v for k, v in points.items() if k in ids}
        if given:
            definition = definition.with_points(given, source="--points")
        return definition

    versions = [c for c in builtin_catalogues() if c.id == args.index and c.index is not None]
    if len(versions) <= 1:  # a catalogue's name or file: one index
        versions = [load_catalogue(args.index)]
        if versions[0].index is None:
            raise ValidationError.single(
                "--index", args.index, f"{versions[0].key} has no index; expected one that has"
            )
    scored = {i for c in versions if c.index for i in c.index.indicator_ids}
    unknown = sorted(k for k in [*readings, *points] if k not in scored)
    if unknown:
        raise ValidationError.single(
            "--index",
            unknown,
            f"not scored by {'any version of' if len(versions) > 1 else 'this index,'} "
            f"{args.index}: " + ", ".join(unknown),
            "unknown-indicator",
        )
    if len(versions) > 1:
        return in_force(args.index, adjust=adjust)
    assert versions[0].index is not None
    return adjust(versions[0].index)


def _score(args: argparse.Namespace) -> int:
    from .indices.tables import read_index_values, score_table

    if args.chart:
        problem = _output_problem(args.chart, [args.data], args.overwrite)
        if problem:
            _out(f"cchc score: --chart: {problem}", sys.stderr)
            return EXIT_PROBLEMS
    try:
        definitions = _score_definitions(args)
        values = read_index_values(args.data, definitions)
        chosen = {
            key: found
            for key, found in values.items()
            if (args.code is None or key[0] == args.code)
            and (args.period is None or key[1] == args.period)
        }
        if not chosen:
            raise ValidationError.single(
                "", args.data, "no unit and period to score; expected rows for --code/--period"
            )
        scores = score_table(definitions, chosen)
    except CchcError as exc:
        for problem in getattr(exc, "problems", None) or (str(exc),):
            _out(f"cchc score: {problem}", sys.stderr)
        return EXIT_PROBLEMS
    for (code, period), score in scores.items():
        if args.explain:
            print(f"{code} {period}  {score.explain()}")
        elif args.table:
            print(f"{code} {period}  {score}")
            print(score.table())
        else:
            print(f"{code} {period}  {score}")
    unknown = sorted({i for s in scores.values() for i in s.unknown_points})
    if unknown:
        _out(
            "cchc score: the sources give no points for "
            + ", ".join(unknown)
            + "; give them with --points ID=N for a total",
            sys.stderr,
        )
    if args.chart:
        from .outputs.score_charts import save_points_lost

        try:
            one = next(iter(scores.values()))
            save_points_lost(one if len(scores) == 1 else scores, args.chart)
        except (CchcError, OSError, ValueError) as exc:
            _out(f"cchc score: --chart {args.chart}: {exc}", sys.stderr)
            return EXIT_PROBLEMS
    return EXIT_OK


# --- evaluate-many --------------------------------------------------------------------


def _evaluate_many_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN", help="a plan file (.yaml or .json)")
    parser.add_argument(
        "--observations",
        "-O",
        required=True,
        metavar="FILE",
        help="observations with the columns of an observation CSV: .parquet, or .csv (every "
        'column read as text, so codes keep their leading zeros); needs the "batch" extra',
    )
    units = parser.add_mutually_exclusive_group()
    units.add_argument(
        "--level",
        choices=("province", "district", "commune"),
        help="evaluate the plan for every unit of this level, on the tree of --on or of the "
        "first period's last day",
    )
    units.add_argument("--codes", metavar="C,C,…", help="evaluate it for these units")
    parser.add_argument(
        "--periods", metavar="P,P,…", help="the periods (default: the plan's period)"
    )
    parser.add_argument(
        "--on", metavar="DATE", help="the date of the tree (default: each period's last day)"
    )
    parser.add_argument(
        "--min-coverage", default="1", metavar="SHARE", help="as for evaluate (default 1)"
    )
    parser.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="FILE",
        help="the result table: .parquet (typed) or .csv, one row per result and per part",
    )
    _overwrite_argument(parser)


def _evaluate_many(args: argparse.Namespace) -> int:
    from .io.serialization import load
    from .model.jurisdictions import Level, national_hierarchy
    from .model.periods import Period, parse_date
    from .rules.rollup import Policy

    if not args.output.lower().endswith((".parquet", ".csv")):
        _out(f"cchc evaluate-many: --output {args.output}: expected .parquet or .csv", sys.stderr)
        return EXIT_USAGE
    problem = _output_problem(args.output, [args.plan, args.observations], args.overwrite)
    if problem:
        _out(f"cchc evaluate-many: --output: {problem}", sys.stderr)
        return EXIT_PROBLEMS
    with _phases() as phase:
        try:
            plan = load(args.plan, known=_known())
            periods = (
                [Period.parse(p) for p in args.periods.split(",")]
                if args.periods
                else [plan.period]
            )
            on = parse_date(args.on) if args.on else None
            if args.codes:
                codes = [c.strip() for c in args.codes.split(",") if c.strip()]
            elif args.level:
                level = Level[args.level.upper()]
                tree = national_hierarchy().as_of(on or periods[0].last_day)
                codes = [u.code for u in tree if u.level is level]
            else:
                codes = [plan.issuer]
            phase(f"evaluating {len(codes)} units × {len(periods)} periods")
            frame = _scan(args.observations)
            from .batch import evaluate_many

            batch = evaluate_many(
                plan,
                frame,
                periods=periods,
                codes=codes,
                policy=Policy(min_coverage=args.min_coverage),
                on=on,
            )
            phase(f"writing {args.output}")
            _write_batch(batch, args.output)
        except (CchcError, OSError) as exc:
            for found in getattr(exc, "problems", None) or (str(exc),):
                _out(f"cchc evaluate-many: {_said(found)}", sys.stderr)
            return EXIT_PROBLEMS
    for warning in batch.warnings:
        _out(f"cchc evaluate-many: {warning}", sys.stderr)
    counts = batch.summary()
    _out(
        f"{args.output}: {batch.table.height} rows; top-level results: "
        + ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in counts.items())
    )
    return EXIT_OK


def _scan(path: str) -> Any:
    """The observations as a polars LazyFrame; a CSV's columns all as text."""
    from .outputs.parquet import polars_module

    pl = polars_module()
    if not os.path.isfile(path):
        raise CchcError(f"{path}: no such file; expected a .parquet or .csv file")
    if path.lower().endswith(".parquet"):
        return pl.scan_parquet(path)
    return pl.scan_csv(path, infer_schema=False)


def _write_batch(batch: Any, path: str) -> None:
    from .io.files import write_atomic

    if path.lower().endswith(".parquet"):
        batch.to_parquet(path)
    else:
        typed = batch.typed_table
        write_atomic(path, lambda temporary: typed.write_csv(temporary))


@contextlib.contextmanager
def _phases() -> Iterator[Callable[[str], None]]:
    """A spinner with the phase and the time taken, on a terminal where the ``rich``
    package is installed (the ``cli`` extra); nothing otherwise."""
    import importlib.util

    if not sys.stderr.isatty() or importlib.util.find_spec("rich") is None:
        yield lambda text: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    console = Console(file=sys.stderr)
    with Progress(*columns, transient=True, console=console) as progress:
        task = progress.add_task("reading the plan")
        yield lambda text: progress.update(task, description=text)


# --- extract ------------------------------------------------------------------------


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="PLAN", help="the plan's text: .txt, .md, .docx or .pdf; - reads stdin"
    )
    parser.add_argument("--issuer", metavar="CODE", help="the issuing unit's code (e.g. 38)")
    parser.add_argument(
        "--period", metavar="P", help="the plan's period (default: what the text names)"
    )
    parser.add_argument(
        "--year",
        type=_year_argument,
        metavar="YYYY",
        help="the year the document was issued: dates written without their year take it "
        "(default: the year of a one-year --period)",
    )
    parser.add_argument("--id", dest="plan_id", default="draft", help="the draft plan's id")
    parser.add_argument("-o", "--output", metavar="DRAFT.yaml", help="write the draft here")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print, sentence by sentence, what was read and why, and the sentences unread",
    )
    _overwrite_argument(parser)


def _year_argument(written: str) -> int:
    if not re.fullmatch(r"(?:19|20)\d\d", written.strip()):
        raise argparse.ArgumentTypeError(f"expected a year such as 2025, got {written!r}")
    return int(written)


def _extract(args: argparse.Namespace) -> int:
    """The draft plan file on stdout (or in ``--output``); ``--explain`` the account."""
    from .io.files import write_atomic
    from .model.periods import Period
    from .text import DocumentError, extract, read_text

    if args.output:
        problem = _output_problem(args.output, [args.file], args.overwrite)
        if problem:
            _out(f"cchc extract: --output: {problem}", sys.stderr)
            return EXIT_PROBLEMS
    try:
        period = Period.parse(args.period) if args.period else None
    except CchcError as exc:
        _out(f"cchc extract: --period: {exc}", sys.stderr)
        return EXIT_USAGE
    try:
        text = sys.stdin.read() if args.file == "-" else read_text(args.file)
    except (DocumentError, OSError) as exc:
        _out(f"cchc extract: {exc}", sys.stderr)
        return EXIT_PROBLEMS
    source = "" if args.file == "-" else os.path.basename(args.file)
    draft = extract(
        text, issuer=args.issuer, period=period, plan_id=args.plan_id, source=source,
        year=args.year,
    )  # fmt: skip
    if args.explain:
        print(draft.explain())
        print(
            f"{_count(len(draft.targets), 'target')} read, "
            f"{_count(len(draft.unread), 'sentence')} with figures unread"
        )
    document = draft.to_yaml()
    if args.output:
        write_atomic(args.output, lambda temporary: _write_text(temporary, document))
        review = sum(1 for t in draft.targets if t.review)
        _out(
            f"wrote {args.output}: {_count(len(draft.targets), 'target')} ({review} to review), "
            f"{_count(len(draft.unread), 'sentence')} with figures unread",
            sys.stderr,
        )
    elif not args.explain:
        sys.stdout.write(document)
    return EXIT_OK


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


# --- registry -------------------------------------------------------------------------

#: Every subcommand, in the order ``cchc --help`` lists them.
COMMANDS: tuple[Command, ...] = (
    Command(
        "validate",
        "check plan files and report every problem",
        _validate,
        _validate_command_arguments,
    ),
    Command("show", "describe plan files and every target", _show, _validate_arguments),
    Command(
        "evaluate",
        "evaluate a plan against observations",
        _evaluate,
        _evaluate_arguments,
    ),
    Command(
        "evaluate-many",
        "evaluate a plan for many units and periods at once",
        _evaluate_many,
        _evaluate_many_arguments,
    ),
    Command(
        "demo",
        "evaluate the seed plans on their synthetic sample data",
        _demo,
    ),
    Command("schema", "print the JSON Schema of plan files", _schema),
    Command(
        "catalogue",
        "list the built-in indicator catalogues, or describe one",
        _catalogue,
        _catalogue_arguments,
    ),
    Command(
        "score",
        "score an index for each unit and period of a table of rates",
        _score,
        _score_arguments,
    ),
    Command(
        "extract",
        "read a plan's text (.txt, .docx, .pdf) into a draft plan file",
        _extract,
        _extract_arguments,
    ),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cchc",
        description="Vietnamese administrative-reform (CCHC) plans: check and describe plan files.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        sub = commands.add_parser(command.name, help=command.help, description=command.help)
        command.arguments(sub)
        sub.set_defaults(run=command.run)
    return parser


def _encodable_output() -> None:
    """Let a terminal that cannot show Vietnamese (``PYTHONIOENCODING=ascii``) print
    ``\\u1ebf`` for what it cannot encode, instead of failing with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    """Run ``cchc`` with ``argv`` (default: the process's arguments); the exit status."""
    _encodable_output()
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if getattr(args, "run", None) is None:
        parser.print_usage(sys.stderr)
        print("cchc: error: a command is required", file=sys.stderr)
        return EXIT_USAGE
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # the reader stopped early (``cchc show … | head``)
        sys.stderr.close()
        return EXIT_OK
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Run a command as a whole process and measure its wall time and peak memory.

Two ways of measuring the peak, chosen per contender by ``run.py``:

* ``own``: the peak resident set of the contender's process, from GNU time's ``%M``
  (``/usr/bin/time``, Debian package ``time``). GNU time forks the contender from its own
  small process and reports the ``ru_maxrss`` of that child, which Linux defines as the
  largest peak of the child and of the descendants it waited for (none, for the
  single-process contenders). Reading ``ru_maxrss`` from ``os.wait4`` in the harness
  instead overstates small processes: at ``exec`` Linux carries the high-water mark of
  the address space the child was forked from, the harness's, into the child's figure.
* ``tree``: the peak of the SUM of the resident sets of every process in the contender's
  tree (the process and all its descendants: Dask's scheduler, nannies and workers, or
  the Spark JVM under the Python driver), sampled with psutil every ``interval`` seconds
  (25 ms by default). A sum of resident sets counts a page shared by two processes twice
  (shared libraries, pages a forked child has not yet written); a sample can miss a peak
  shorter than the interval. A child that is still a copy of its parent (same
  executable, command line and RSS: vforked, not yet exec'd, as the JVM starts every
  ``chmod`` and ``rm`` it runs) is left out: until it execs it shares its parent's very
  pages, and one such sample of the 2.5 GB Spark JVM doubled the sum. A worker forked
  without exec (PySpark's Python workers) counts as soon as its RSS differs from its
  parent's by 1 % (or 1 MiB).

Run ``.venv/bin/python benchmarks/national/measure.py`` to check both on toy programs of
known peak (``run.py --verify-memory`` does the same).
"""

from __future__ import annotations

import compileall
import contextlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import psutil

GNU_TIME = shutil.which("time", path="/usr/bin:/bin")
MIB = 2**20
OWN = "own"
TREE = "tree"
METHODS = {
    OWN: "the process's own peak RSS (GNU time %M)",
    TREE: "peak of the summed RSS of the process tree, sampled every {ms} ms (psutil)",
}


@dataclass
class Measurement:
    """One run of one command."""

    exit_code: int
    wall: float  # seconds, from start to the end of the process
    method: str  # OWN or TREE
    peak_mib: float | None  # by ``method``
    own_mib: float | None = None  # the main process's own peak (GNU time), in both methods
    largest_mib: float | None = None  # TREE: the largest peak of a single process
    processes: int = 0  # TREE: how many processes were seen in the tree
    samples: int = 0  # TREE: how many samples were taken
    forks: int = 0  # TREE: process samples left out as forks not yet exec'd
    naive_mib: float | None = None  # TREE: the peak had those forks been counted
    timed_out: bool = False
    leftovers: list[int] = field(default_factory=list)  # processes still alive at the end


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.done = threading.Event()
        self.peak = 0
        self.by_pid: dict[int, int] = {}
        self.samples = 0
        self.forks = 0  # samples of a process skipped as a fork not yet exec'd
        self.naive_peak = 0  # the peak with the forks counted (for the check on toys)
        self.seen: dict[int, psutil.Process] = {}

    def sample(self) -> None:
        try:
            processes = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:  # the root has exited
            return
        found: dict[int, tuple[int, int, tuple[str, list[str]]]] = {}
        for process in processes:
            try:
                with process.oneshot():
                    found[process.pid] = (
                        process.ppid(),
                        process.memory_info().rss,
                        (process.exe(), process.cmdline()),
                    )
            except psutil.Error:  # exited between the listing and the reading
                continue
            self.seen.setdefault(process.pid, process)
        total = 0
        self.naive_peak = max(self.naive_peak, sum(rss for _, rss, _ in found.values()))
        for pid, (ppid, rss, identity) in found.items():
            parent = found.get(ppid)
            if parent is not None and parent[2] == identity and same_size(rss, parent[1]):
                # A fork that has not exec'd yet (the JVM and Python start their helpers
                # so, by vfork): it shares its parent's pages, and its RSS repeats the
                # parent's. (Its name may differ: it takes the name of the thread that
                # forked.) A forked worker (PySpark's) soon differs in size, and counts.
                self.forks += 1
                continue
            total += rss
            self.by_pid[pid] = max(self.by_pid.get(pid, 0), rss)
        self.peak = max(self.peak, total)
        self.samples += 1

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(self.interval)

    def stop(self) -> None:
        self.done.set()
        self.join()


def compile_library() -> None:
    """Write the library's bytecode, as pip does when it installs a package.

    An editable install run with ``PYTHONDONTWRITEBYTECODE`` set compiles every module
    from source in every process (about 0.1 s here) and never keeps the result; the
    other contenders' packages were compiled when pip installed them.
    """
    spec = importlib.util.find_spec("cchc_model")
    for location in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(location, quiet=1)


def same_size(rss: int, parent_rss: int) -> bool:
    """Whether a child's RSS is its parent's, read a moment apart (within 1 %, 1 MiB)."""
    return abs(rss - parent_rss) <= max(MIB, parent_rss // 100)


def own_peak(path: Path) -> float | None:
    """GNU time's ``%M`` (KiB) from its ``-o`` file, in MiB: the file's last line."""
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    try:
        return int(lines[-1]) / 1024
    except (IndexError, ValueError):
        return None


def run(
    command: Sequence[str],
    *,
    tree: bool,
    cwd: Path | None = None,
    log: IO[bytes] | None = None,
    interval: float = 0.025,
    timeout: float | None = None,
) -> Measurement:
    """Run ``command`` and measure it: the own peak, or with ``tree`` the tree's peak.

    The command runs in a session of its own, so that on a timeout, or if it leaves
    processes behind, exactly the processes it started can be killed.
    """
    method = TREE if tree or GNU_TIME is None else OWN
    with tempfile.TemporaryDirectory(prefix="measure-") as scratch:
        peak_file = Path(scratch) / "peak"
        full = [GNU_TIME, "-f", "%M", "-o", str(peak_file), *command] if GNU_TIME else command
        sink = log if log is not None else subprocess.DEVNULL
        start = time.perf_counter()
        process = subprocess.Popen(
            full, cwd=cwd, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        sampler = TreeSampler(process.pid, interval) if method == TREE else None
        if sampler:
            sampler.start()
        timed_out = False
        try:
            exit_code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            exit_code = process.wait()
        wall = time.perf_counter() - start
        if sampler:
            sampler.stop()
        own = own_peak(peak_file) if GNU_TIME and peak_file.exists() else None
    leftovers = kill_leftovers(process.pid, sampler)
    if method == OWN:
        return Measurement(exit_code, wall, OWN, own, own, timed_out=timed_out)
    assert sampler is not None
    return Measurement(
        exit_code,
        wall,
        TREE,
        sampler.peak / MIB,
        own_mib=own,
        largest_mib=max(sampler.by_pid.values(), default=0) / MIB,
        processes=len(sampler.by_pid),
        samples=sampler.samples,
        forks=sampler.forks,
        naive_mib=sampler.naive_peak / MIB,
        timed_out=timed_out,
        leftovers=leftovers,
    )


def kill_leftovers(session: int, sampler: TreeSampler | None, grace: float = 10.0) -> list[int]:
    """Kill what the command left running; the pids killed.

    Its processes are those of its session and those the sampler saw. Some may still be
    ending on their own (PySpark does not wait for its JVM to exit): they get ``grace``
    seconds before being killed, by pid.
    """
    candidates = list(sampler.seen.values()) if sampler else []
    for process in psutil.process_iter():
        with contextlib.suppress(psutil.Error, OSError):
            if os.getsid(process.pid) == session:
                candidates.append(process)
    deadline = time.monotonic() + grace
    while (alive := [p for p in candidates if running(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    for process in alive:
        with contextlib.suppress(psutil.Error):
            process.kill()
    return sorted({p.pid for p in alive})


def running(process: psutil.Process) -> bool:
    """Whether a process is still running (a zombie has ended)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


# --- the check on toy programs of known peak -------------------------------------------------

#: A Python process that touches ``MIB_A`` MiB, then (optionally) starts a child that
#: touches ``MIB_B`` MiB, and holds both for a while.
TOY = """
import subprocess, sys, time
own, child = int(sys.argv[1]), int(sys.argv[2])
block = bytearray(b"\\x01") * (own << 20)  # every page written, so resident
if child:
    subprocess.run([sys.executable, "-c", sys.argv[3], str(child), "0", ""], check=True)
else:
    time.sleep(0.6)
"""
#: A Python process that touches 500 MiB, then starts many short helpers (as the JVM
#: starts ``chmod``): each is a fork of it until it execs.
TOY_FORKS = """
import subprocess, time
block = bytearray(b"\\x01") * (500 << 20)
end = time.monotonic() + 1.5
while time.monotonic() < end:
    subprocess.run(["true"], close_fds=False)
"""


def old_method(command: Sequence[str]) -> float:
    """The previous harness's figure: ``ru_maxrss`` of the child from ``os.wait4``."""
    process = subprocess.Popen(command)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


def verify(ballast_mib: int = 800) -> bool:
    """Measure toy programs of known peak with each method; True if the new ones agree.

    The harness first holds ``ballast_mib`` MiB itself, as a harness that has read data
    does: the old method then reports the harness's size for a small child.
    """
    ballast = bytearray(b"\x01") * (ballast_mib * MIB)
    python = sys.executable
    bare = [python, "-c", "import time; time.sleep(0.3)"]
    baseline = run(bare, tree=False).peak_mib or 0.0
    print(
        f"the harness holds {psutil.Process().memory_info().rss / MIB:.0f} MiB; a bare "
        f"Python process peaks at {baseline:.1f} MiB (GNU time), "
        f"{run(bare, tree=True).peak_mib or 0:.1f} MiB (tree sampler, GNU time included)"
    )
    toys = [  # name, command, expected tree sum, expected largest single process
        ("one process, 500 MiB", [python, "-c", TOY, "500", "0", ""], 500, 500),
        ("parent 200 MiB + child 500 MiB", [python, "-c", TOY, "200", "500", TOY], 700, 500),
        ("500 MiB starting short helpers", [python, "-c", TOY_FORKS], 500, 500),
    ]
    print(
        f"{'toy':31s} {'expected':>8s} {'time %M':>8s} {'tree sum':>9s} {'largest':>8s} "
        f"{'old wait4':>10s} {'forks in':>10s} {'forks':>6s}"
    )
    good = True
    for name, command, total, largest in toys:
        n = 1 if total == largest else 2
        expected_sum, expected_largest = total + n * baseline, largest + baseline
        own = run(command, tree=False)
        tree = run(command, tree=True)
        old = old_method(command)
        print(
            f"{name:31s} {expected_sum:8.0f} {own.peak_mib or 0:8.1f} {tree.peak_mib or 0:9.1f} "
            f"{tree.largest_mib or 0:8.1f} {old:10.1f} {tree.naive_mib or 0:10.1f} {tree.forks:6d}"
        )
        # GNU time's %M is the largest peak of the process and of the children it waited
        # for; the tree sum adds GNU time's own ~2 MiB.
        good &= abs((own.peak_mib or 0) - expected_largest) <= 0.02 * expected_largest + 4
        good &= abs((tree.peak_mib or 0) - expected_sum) <= 0.02 * expected_sum + 6
        good &= abs((tree.largest_mib or 0) - expected_largest) <= 0.02 * expected_largest + 4
    del ballast
    print(
        "MiB; expected: allocated + a bare Python's peak per process; 'forks in': the tree "
        "sum had not-yet-exec'd forks been counted, 'forks': how many readings were left out"
    )
    print(
        "the new methods agree with the known peaks (within 2 % + a few MiB)"
        if good
        else "MEMORY METHODS DISAGREE with the known peaks"
    )
    return good


if __name__ == "__main__":
    if GNU_TIME is None:
        print("GNU time is missing: apt-get install time (the own-peak method needs it)")
    sys.exit(0 if verify() else 1)

"""Kill a run at random moments and check what it leaves (shared by tests and bench_fuzz.py).

Two targets:

* ``assess``: the real command, ``reassure assess ukraine-request --runs 1 --no-sensitivity
  --out OUT`` into a folder holding an earlier good run;
* ``writer``: a loop of `write_set` calls whose every file carries the same generation number,
  so a kill always lands in the writing and a mixed set would show as two generations.

After each kill: the folder holds the complete previous set or the complete new one (same file
names as a good run, every file parseable, one generation), no staging folder is left after a
SIGTERM/SIGINT (after a SIGKILL the next run's `recover` removes it), and no process the run
started is still alive.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ASSESS = ["-m", "reassure.cli", "assess", "ukraine-request", "--runs", "1", "--no-sensitivity",
          "--format", "json"]

WRITER = r'''
import signal, sys
signal.signal(signal.SIGTERM, lambda s, f: (_ for _ in ()).throw(KeyboardInterrupt()))
try:
    import itertools, json
    from reassure.run.outputs import write_set
    out = sys.argv[1]
    for gen in itertools.count(1):
        texts = {f"part{i}.csv": f"{gen}\n" + "x" * 300_000 + "\n" for i in range(6)}
        texts["results.json"] = json.dumps({"generation": gen})
        write_set(out, texts)
        print(gen, flush=True)
except KeyboardInterrupt:
    sys.exit(130)
'''


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def default_signals() -> None:
    """In the child before exec: SIGINT and SIGTERM at their defaults. A shell starts
    background jobs with SIGINT ignored, and Python then never installs its Ctrl-C handler, so
    a SIGINT kill would test nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def children(pid: int) -> list[int]:
    """Live descendants of ``pid`` (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        found += kids
        todo += kids
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


@dataclass
class Tally:
    kills: int = 0
    mixed: int = 0
    stray: int = 0
    orphans: int = 0
    missing: int = 0
    recovered: int = 0
    tracebacks: int = 0
    finished_first: int = 0
    notes: list[str] = field(default_factory=list)

    def bad(self) -> int:
        return self.mixed + self.stray + self.orphans + self.missing + self.tracebacks


def folder_state(out: Path, expected: set[str] | None) -> str | None:
    """None if ``out`` is one whole result set, else what is wrong."""
    from reassure.run.outputs import MARKER

    if not out.is_dir():
        return "missing"
    names = {p.name for p in out.iterdir()}
    if MARKER not in names:
        return f"no marker: {sorted(names)[:5]}"
    if expected is not None and names != expected:
        return f"files differ: {sorted(names ^ expected)[:5]}"
    generations = set()
    for p in out.iterdir():
        if p.suffix == ".json" or p.suffix == ".geojson":
            data = json.loads(p.read_text(encoding="utf-8"))
            if "generation" in data:
                generations.add(data["generation"])
        elif p.suffix == ".csv":
            first = p.read_text(encoding="utf-8").split("\n", 1)[0]
            if first.isdigit():
                generations.add(int(first))
        elif p.suffix == ".html":
            text = p.read_text(encoding="utf-8")
            if "</html>" not in text[-200:]:
                return "report.html is cut"
    if len(generations) > 1:
        return f"mixed generations {sorted(generations)}"
    return None


def good_run(out: Path) -> tuple[set[str], float]:
    """Run `assess --out` to completion twice (the first warms the caches); return the file
    names written and the wall time of the second run."""
    for _ in range(2):
        start = time.monotonic()
        proc = subprocess.run([sys.executable, *ASSESS, "--out", str(out)], env=_env(),
                              capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr[-2000:]
    return {p.name for p in out.iterdir()}, time.monotonic() - start


def kill_once(target: str, out: Path, sig: int, delay_s: float, expected: set[str] | None,
              tally: Tally) -> None:
    """Start ``target`` writing into ``out``, send ``sig`` after ``delay_s``, check the result."""
    from reassure.run.outputs import recover, staging_folders

    if target == "assess":
        cmd = [sys.executable, *ASSESS, "--out", str(out)]
    else:
        cmd = [sys.executable, "-c", WRITER, str(out)]
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, preexec_fn=default_signals)
    time.sleep(delay_s)
    kids = children(proc.pid)
    if proc.poll() is not None:
        tally.finished_first += 1
    else:
        proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        tally.notes.append(f"{target} {signal.Signals(sig).name}: did not stop in 120 s")
        tally.orphans += 1
    tally.kills += 1
    if "Traceback" in err:
        tally.tracebacks += 1
        tally.notes.append(err.strip()[-300:])
    deadline = time.monotonic() + 10
    while any(alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [k for k in kids if alive(k)]
    if left:
        tally.orphans += 1
        tally.notes.append(f"{target} {signal.Signals(sig).name} at {delay_s:.2f}s: orphans {left}")
        for k in left:
            os.kill(k, signal.SIGKILL)
    state = folder_state(out, expected)
    if state == "missing":
        tally.missing += 1
        tally.notes.append(f"{target} {signal.Signals(sig).name} at {delay_s:.2f}s: folder missing")
    elif state is not None:
        tally.mixed += 1
        tally.notes.append(f"{target} {signal.Signals(sig).name} at {delay_s:.2f}s: {state}")
    leftovers = staging_folders(out) + [p for p in out.parent.glob(f".{out.name}*")
                                        if p not in staging_folders(out)]
    leftovers += [p for p in out.glob(".*") if p.name != ".reassure-results"] if out.is_dir() else []
    if leftovers:
        if sig == signal.SIGKILL:
            recover(out)
            tally.recovered += 1
            if staging_folders(out) or folder_state(out, expected) is not None:
                tally.stray += 1
                tally.notes.append(f"recover left {staging_folders(out)}")
        else:
            tally.stray += 1
            tally.notes.append(f"{target} {signal.Signals(sig).name} at {delay_s:.2f}s: "
                               f"left {[p.name for p in leftovers]}")


#: Kills of `assess` start this long after launch: a Ctrl-C while the interpreter itself is
#: still starting (before reassure is imported) gets Python's own handling, not reassure's.
ASSESS_FIRST_S = 0.3


def run_kills(target: str, out: Path, n: int, seed: int, span_s: float,
              expected: set[str] | None) -> Tally:
    """``n`` kills with signals and moments drawn from ``seed`` over ``[first, span_s]``."""
    rng = random.Random(seed)
    tally = Tally()
    signals = (signal.SIGINT, signal.SIGTERM, signal.SIGKILL)
    first = ASSESS_FIRST_S if target == "assess" else 0.05
    for i in range(n):
        kill_once(target, out, signals[i % 3], rng.uniform(first, max(span_s, first + 0.1)),
                  expected, tally)
    return tally

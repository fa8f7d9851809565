"""Fault tests: a run killed at a random moment leaves the previous result set or the new one,
whole; no temporary files after SIGINT/SIGTERM (after SIGKILL the next run removes them); no
process left behind. benchmarks/bench_fuzz.py repeats this with 50+ kills.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kill_harness import REPO, folder_state, good_run, kill_once, run_kills

from reassure.errors import ReassureError
from reassure.run.outputs import MARKER, check_destination, recover, staging_folders, write_set


def _first_set(out: Path) -> set[str]:
    write_set(out, {f"part{i}.csv": "0\n" for i in range(6)} | {"results.json": '{"generation": 0}'})
    return {p.name for p in out.iterdir()}


def test_write_set_survives_kills_at_random_moments(tmp_path: Path) -> None:
    out = tmp_path / "out"
    expected = _first_set(out)
    tally = run_kills("writer", out, n=12, seed=16, span_s=1.5, expected=expected)
    assert tally.kills == 12
    assert tally.bad() == 0, tally.notes
    assert folder_state(out, expected) is None
    assert not staging_folders(out)


def test_assess_killed_at_random_moments_keeps_a_whole_set(tmp_path: Path) -> None:
    out = tmp_path / "run"
    expected, wall_s = good_run(out)
    assert MARKER in expected and "report.html" in expected and "results.json" in expected
    # moments from half a second (past interpreter start-up) to just past a whole run
    tally = run_kills("assess", out, n=6, seed=16, span_s=max(wall_s * 1.1, 1.0), expected=expected)
    assert tally.bad() == 0, tally.notes
    assert folder_state(out, expected) is None
    assert not staging_folders(out)


@pytest.mark.parametrize("module", ["reassure.cli", "reassure"])
def test_ctrl_c_while_starting_is_one_word_and_status_130(tmp_path: Path, module: str) -> None:
    """(s26) Ctrl-C while the interpreter still imports the command line: Python's default
    handler raised KeyboardInterrupt inside an import and printed a traceback (under load, 3 of
    12 kills at 0.05-1 s did). Now one word on stderr and status 130, at every early moment."""
    from kill_harness import _env, default_signals

    for delay_s in (0.05, 0.15, 0.3, 0.5):
        for _attempt in range(5):
            proc = subprocess.Popen(
                [sys.executable, "-m", module, "assess", "ukraine-request", "--runs", "1",
                 "--no-sensitivity", "--out", str(tmp_path / f"run{delay_s}")], env=_env(),
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                preexec_fn=default_signals)
            time.sleep(delay_s)
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=120)
            # s40: under load the 50 ms signal can land while CPython itself still imports runpy
            # for `-m`, before any line of reassure runs (CPython prints "Could not import runpy
            # module" and its own traceback): not the start-up this test is about, so that
            # moment is tried again; the moments our code runs in are asserted below
            if "Could not import runpy module" not in err:
                break
        if "Could not import runpy module" in err:
            continue  # five times before reassure started: this machine is too loaded to say
        assert "Traceback" not in err and "Exception ignored" not in err, (delay_s, err[-500:])
        assert proc.returncode == 130, (delay_s, proc.returncode, err[-300:])
        assert err.strip().splitlines()[-1].startswith("interrupted"), (delay_s, err[-300:])


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_writer_killed_mid_write_each_signal(tmp_path: Path, sig: int) -> None:
    from kill_harness import Tally

    out = tmp_path / "out"
    expected = _first_set(out)
    tally = Tally()
    for delay in (0.4, 0.7, 1.0):
        kill_once("writer", out, sig, delay, expected, tally)
    assert tally.bad() == 0, tally.notes


def test_recover_restores_a_set_caught_between_two_renames(tmp_path: Path) -> None:
    """The fallback swap (no atomic exchange): killed after `out -> .old`, before `new -> out`."""
    out = tmp_path / "out"
    _first_set(out)
    dead_pid = 999_999_99  # above any pid Linux hands out
    old = tmp_path / f".out.reassure-{dead_pid}-abcd.old"
    new = tmp_path / f".out.reassure-{dead_pid}-abcd"
    out.rename(old)
    new.mkdir()
    (new / "results.json").write_text("{")  # an unfinished new set
    done = recover(out)
    assert (out / "results.json").read_text() == '{"generation": 0}', done
    assert not staging_folders(out)


def test_recover_leaves_a_live_runs_staging_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _first_set(out)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        staging = tmp_path / f".out.reassure-{live.pid}-beef"
        staging.mkdir()
        recover(out)
        assert staging.is_dir()  # a parallel run's folder is not ours to delete
    finally:
        live.kill()
        live.wait()
    recover(out)
    assert not staging_folders(out)


def test_a_failed_render_keeps_the_previous_set(tmp_path: Path) -> None:
    out = tmp_path / "out"
    expected = _first_set(out)

    class Boom(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_set(out, {"a.csv": "1\n", "b.csv": Boom("2\n")})
    assert folder_state(out, expected) is None
    assert not staging_folders(out)


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda tmp: Path(""), "current folder"),
        (lambda tmp: Path("/proc"), "mount point"),
        (lambda tmp: Path("/proc/sys/kernel"), "other files"),
        (lambda tmp: (tmp / "f.txt", (tmp / "f.txt").write_text("x"))[0], "is a file"),
        (lambda tmp: (tmp / "mine", (tmp / "mine").mkdir(), (tmp / "mine" / "thesis.docx").write_text("x"))[0],
         "holds other files"),
    ],
    ids=["empty", "proc", "proc-sys", "a-file", "foreign-files"],
)
def test_unusable_destinations_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           make: object, needle: str) -> None:
    monkeypatch.chdir(tmp_path)
    target = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ReassureError, match=needle):
        check_destination(target)


def test_out_proc_is_refused_before_running(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "reassure.cli", "assess", "europe-2025", "--out", "/proc"],
        capture_output=True, text=True, timeout=300, env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("error: --out /proc:"), proc.stderr
    assert "assessing" not in proc.stderr and proc.stdout == ""


@pytest.mark.parametrize("command", ["assess", "compare"])
def test_out_empty_is_refused_by_name(run_cli, command: str) -> None:  # type: ignore[no-untyped-def]
    """`--out ''` names no folder: refused before any work, not read as the current folder."""
    result = run_cli(command, "iiss-small", "--out", "")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --out: is empty; give the folder to write the report into"


def test_ctrl_c_during_assess_says_so(tmp_path: Path) -> None:
    """Typer turns Ctrl-C into a silent exit 130; the user is told the run stopped (review r6 L9)."""
    import os
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "reassure", "assess", str(REPO / "scenarios" / "europe-2025.toml"),
         "--runs", "200000", "--out", str(tmp_path / "run")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.0)  # well inside a run of 200,000 replications
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted" in err
    assert "Traceback" not in err
    assert not (tmp_path / "run" / "results.json").exists()


def test_a_signal_raised_as_the_swap_hold_ends_leaves_no_staging_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(s35) A SIGTERM held during the swap is raised when the hold ends; Python may raise it on
    entry to the clean-up call of `write_set`'s `finally`, before that call's own hold. The
    swapped-out set is removed inside the swap's hold, so nothing is left behind then."""
    from reassure.run import outputs

    out = tmp_path / "out"
    _first_set(out)
    real = outputs._remove_leftovers
    calls: list[int] = []

    def interrupted_on_the_last_call(paths: tuple[Path | None, ...]) -> None:
        calls.append(1)
        if len(calls) == 2:  # the `finally`'s call: the held signal raised on entry
            raise KeyboardInterrupt
        real(paths)

    monkeypatch.setattr(outputs, "_remove_leftovers", interrupted_on_the_last_call)
    with pytest.raises(KeyboardInterrupt):
        write_set(out, {"results.json": '{"generation": 1}'})
    assert not staging_folders(out)
    assert (out / "results.json").read_text() == '{"generation": 1}'

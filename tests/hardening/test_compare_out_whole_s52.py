"""`compare --out` is written in staging and swapped in whole, as `assess --out` is (robustness
review, s52).

Each plan's report was swapped into the folder as its assessment finished and compare.* written
last, so a Ctrl-C during the second plan of `compare europe-2025 iiss-small --out cmp4` left
cmp4/compare.json of the earlier comparison beside cmp4/europe-2025 of the interrupted one (and
"an --out folder keeps its previous results, whole" was said); a finished comparison of other
plans left the earlier plan's folder (no-us-backstop/) beside the new files.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kill_harness import _env, default_signals

from reassure.run.outputs import MARKER, staging_folders


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_comparison_of_other_plans_leaves_none_of_the_last(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cmp3"
    first = run_cli("compare", "europe-2025", "no-us-backstop", "--runs", "2", "--out", str(out), "--format", "json")
    assert first.exit_code == 0, first.stderr
    assert (out / "no-us-backstop" / "report.html").is_file()
    second = run_cli("compare", "europe-2025", "iiss-small", "--runs", "2", "--out", str(out), "--format", "json")
    assert second.exit_code == 0, second.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [MARKER, "compare.csv", "compare.html", "compare.json", "europe-2025", "iiss-small"])
    assert json.loads((out / "compare.json").read_text())["plans"] == ["europe-2025", "iiss-small"]
    # the marker lists every file of the set, the plans' reports included, and nothing else
    listed = (out / MARKER).read_text().split(": ", 1)[1].strip().split(", ")
    assert sorted(listed) == sorted(n for n in _digest(out) if n != MARKER)
    assert not staging_folders(out)


def test_ctrl_c_during_a_comparison_keeps_the_previous_one_byte_for_byte(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's case, made exact: the Ctrl-C lands once the first plan of the new
    comparison is written (in staging now; it used to be written into the folder itself)."""
    out = tmp_path / "cmp4"
    first = run_cli("compare", "europe-2025", "no-us-backstop", "--runs", "2", "--out", str(out), "--format", "json")
    assert first.exit_code == 0, first.stderr
    before = _digest(out)
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", "reassure", "compare", "europe-2025", "iiss-small", "iiss-medium",
         "--runs", "2", "--out", str(out), "--format", "json"],
        env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        preexec_fn=default_signals)
    deadline = time.monotonic() + 300
    written = False
    while time.monotonic() < deadline and proc.poll() is None and not written:
        time.sleep(0.05)
        written = any(p.stat().st_mtime > start for p in tmp_path.glob("*cmp4*/europe-2025/results.json"))
    assert written, "the first plan was never written"
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert _digest(out) == before
    assert json.loads((out / "compare.json").read_text())["plans"] == ["europe-2025", "no-us-backstop"]
    assert not staging_folders(out)


def test_compare_refuses_a_comparison_holding_notes_before_any_work(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cmp"
    assert run_cli("compare", "iiss-small", "--runs", "2", "--out", str(out), "--format", "json").exit_code == 0
    (out / "iiss-small" / "notes.txt").write_text("mine")
    again = run_cli("compare", "iiss-small", "--runs", "2", "--out", str(out), "--format", "json")
    assert again.exit_code == 2
    assert again.error_lines[0].startswith(f"error: --out {out}: holds other files (iiss-small/notes.txt)")
    assert again.stdout == ""
    assert (out / "iiss-small" / "notes.txt").read_text() == "mine"

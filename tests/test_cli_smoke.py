"""Every command family once in a real `python -m reassure` process (scenario commands, force,
monitor, posture and respond, incidents, assess and compare, evidence).

The other CLI tests run in the test process (``run_cli``); these check what only a real process
shows: the exit status the shell sees, and that stderr holds the one-line message and nothing
else (no traceback, no warning printed at import).
"""

from __future__ import annotations

import pytest

# (arguments, words the one error line must contain): one command of each family
BAD_INPUT = [
    (("validate", "no-such-plan"), "no-such-plan"),
    (("force", "europe-2025", "--format", "xml"), "--format must be one of"),
    (("monitor", "europe-2025", "--format", "jsn"), "did you mean 'json'"),
    (("posture", "no-such-scenario"), "no-such-scenario"),
    (("incidents", "europe-2025", "--runs", "0"), "--runs must lie between"),
    (("assess", "no-such-plan"), "no-such-plan"),
    (("evidence", "tests", "--format", "jsn"), "did you mean 'json'"),
]


@pytest.mark.parametrize(("args", "needle"), BAD_INPUT, ids=[a[0] for a, _ in BAD_INPUT])
def test_bad_input_is_one_line_and_exit_2_in_a_real_process(args, needle, run_cli_process) -> None:
    result = run_cli_process(*args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert len(result.error_lines) == 1, result.stderr
    assert result.stderr.startswith("error: ") and needle in result.stderr, result.stderr


def test_help_lists_every_command(run_cli_process) -> None:
    result = run_cli_process("--help")
    assert result.exit_code == 0 and result.stderr == ""
    for name in ("assess", "compare", "scenarios", "validate", "show", "force", "monitor",
                 "posture", "respond", "incidents", "evidence"):
        assert name in result.stdout


def test_the_script_ends_after_exit_handlers_and_whole_output(tmp_path) -> None:
    """`reassure.cli.run` (the script) skips the interpreter's teardown, not what a normal exit
    does: exit handlers run, stdout is complete (75 kB of JSON through a pipe), the status is
    main()'s."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    marker = tmp_path / "handler-ran"
    code = ("import atexit, pathlib, sys; from reassure import cli; "
            f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes'); "
            "sys.argv = ['reassure', *sys.argv[1:]]; cli.run()")
    shown = subprocess.run([sys.executable, "-c", code, "show", "europe-2025", "--format", "json"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)  # the whole document arrived
    assert marker.read_text() == "yes"
    marker.unlink()
    bad = subprocess.run([sys.executable, "-c", code, "show", "no-such-plan"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and bad.stderr.startswith("error: "), bad.stderr
    assert marker.read_text() == "yes"

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

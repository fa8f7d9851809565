"""A hypothesis-driven fuzzer of scenario files: every mutated file either validates or is
refused with one line naming the file (and its line), at most 300 characters, never a
traceback, an internal error or a hang.

A few hundred cases run in process (what `reassure validate` runs); a handful also run through
the real command line to show the two agree. benchmarks/bench_fuzz.py runs 10,000 more.
"""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scenario_fuzz import REPO, mutate, problems, validate_in_process

_COUNTER = itertools.count()


@settings(max_examples=300, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rng=st.randoms(use_true_random=False))
def test_fuzzed_scenarios_fail_cleanly(rng: random.Random, tmp_path: Path) -> None:
    description, text = mutate(rng)
    path = tmp_path / f"fuzz-{next(_COUNTER)}.toml"
    path.write_text(text, encoding="utf-8")
    status, message = validate_in_process(path)
    assert not problems(path, status, message), (description, status, message)


def test_fuzzed_cases_agree_with_the_command_line(tmp_path: Path) -> None:
    """The in-process check is what the CLI does: same exit status, same message."""
    env_path = str(REPO / "src")
    statuses = set()
    from scenario_fuzz import base_data, to_toml

    cases = [mutate(random.Random(seed)) for seed in range(7)]
    cases.append(("unmutated", to_toml(base_data("iiss-small"))))
    for seed, (description, text) in enumerate(cases):
        path = tmp_path / f"cli-{seed}.toml"
        path.write_text(text, encoding="utf-8")
        status, message = validate_in_process(path)
        proc = subprocess.run([sys.executable, "-m", "reassure.cli", "validate", str(path)],
                              capture_output=True, text=True, timeout=300,
                              env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
        assert proc.returncode == status, (description, proc.stderr)
        if status == 2:
            assert proc.stderr.strip() == message, (description, proc.stderr, message)
            assert "Traceback" not in proc.stderr
        statuses.add(status)
    assert statuses == {0, 2}  # the seeds cover both outcomes


def test_the_fuzzer_writes_valid_toml_when_it_mutates_nothing(tmp_path: Path) -> None:
    """The writer round-trips a shipped scenario: failures are the mutation's, not the writer's."""
    import tomllib

    from scenario_fuzz import base_data, to_toml

    from reassure.spec import load_scenario

    data = base_data("europe-2025")
    text = to_toml(data)
    assert tomllib.loads(text) == data
    path = tmp_path / "copy.toml"
    path.write_text(text, encoding="utf-8")
    assert load_scenario(path).force.target_troops.low == 25000

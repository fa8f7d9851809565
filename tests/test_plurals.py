"""Counts read as English: "1 run", "2 runs", never "1 runs" or "run(s)"."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reassure.vocabulary import plural

SRC = Path(__file__).resolve().parents[1] / "src" / "reassure"


@given(st.integers(0, 10**9), st.sampled_from(["run", "day", "garrison", "fighter base"]))
def test_singular_for_one_plural_otherwise(n: int, noun: str) -> None:
    text = plural(n, noun)
    assert text.startswith(f"{n:,} ")
    assert text.endswith(noun if n == 1 else noun + "s")
    assert not text.endswith("ss") or noun.endswith("s")


def test_irregular_plural_and_whole_floats() -> None:
    assert plural(2, "activity", "activities") == "2 activities"
    assert plural(1, "activity", "activities") == "1 activity"
    assert plural(1.0, "day") == "1 day"
    assert plural(0.5, "day") == "0.5 days"


def test_no_maybe_plural_in_what_the_commands_print() -> None:
    """No "(s)" after a word in the strings present/, commands/ and run/ print (explore's
    reports are another port's)."""
    offenders = []
    for folder in ("present", "commands", "run"):
        for path in (SRC / folder).rglob("*.py"):
            if "explore" in path.name or "explore" in path.parts:
                continue
            for i, line in enumerate(path.read_text().splitlines(), start=1):
                # a word then "(s)" then a space or the string's end ("_describe(s)}" is a call)
                if re.search(r"(?<![\w.])[a-z]+\(s\)[ \"']", line):
                    offenders.append(f"{path.relative_to(SRC)}:{i}: {line.strip()}")
    assert offenders == []


def test_one_incident_run_reads_one_run(run_cli) -> None:  # noqa: ANN001
    out = run_cli("incidents", "europe-2025", "--runs", "1", env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.stderr
    assert "(1 run, seed" in out.stdout
    assert "1 runs" not in out.stdout


def test_validate_counts_read_as_english(capsys) -> None:  # noqa: ANN001
    from reassure.present.scenarios import print_validation

    print_validation([{"path": "x.toml", "ok": True, "name": "x", "parameters": 1, "sources": 1},
                      {"path": "y.toml", "ok": True, "name": "y", "parameters": 12, "sources": 0}])
    out = capsys.readouterr().out
    assert "(x: 1 parameter, 1 source)" in out
    assert "(y: 12 parameters, 0 sources)" in out

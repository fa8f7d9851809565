"""`reassure explore run` reports every mistake of an experiment file at once, whatever stage of
the checking finds it (review s12 #8: a misspelt factor path was reported only after the schema's
problems were fixed, although docs/explore.md promises one line for each mistake up front)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassure.errors import ScenarioError
from reassure.run.explore.design import build_plan
from reassure.spec.experiment import load_experiment

DRONES = Path(__file__).parents[2] / "experiments" / "drone-orbits-80.toml"
PATHS = ("monitoring.jamming_events", "monitoring.jamming_outage", "monitoring.cloud_fraction",
         "monitoring.band.line_length")


def _edited(tmp_path: Path, *edits: tuple[str, str], name: str = "bad.toml") -> Path:
    text = DRONES.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_schema_problems_and_a_misspelt_path_are_reported_together(tmp_path: Path, run_cli) -> None:
    path = _edited(tmp_path, ('kind = "nolh"', 'kind = "sobel"'),
                   ('"monitoring.jamming_events"', '"monitoring.jaming_events"'),
                   ("low = 0.5\n", "low = 5.0\n"))
    proc = run_cli("explore", "run", path, "--out", tmp_path / "out")
    assert proc.exit_code == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 3, lines
    where = [int(re.match(rf"error: {re.escape(str(path))}:(\d+): ", line).group(1)) for line in lines]
    assert where == [_line_of(path, "sobel"), _line_of(path, "jaming_events"), _line_of(path, "low = 5.0")]
    assert "did you mean 'sobol'" in lines[0]
    assert "has no field 'jaming_events'; did you mean 'jamming_events'?" in lines[1]
    assert "low must be <= high" in lines[2]
    assert not (tmp_path / "out").exists()  # nothing was run


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(misspelt=st.sets(st.sampled_from(PATHS), min_size=1), bad_range=st.booleans())
def test_every_misspelt_path_and_refused_value_is_reported(tmp_path: Path, misspelt: set[str],
                                                           bad_range: bool) -> None:
    """A file the schema accepts: the plan's own checks collect every problem."""
    edits = [(f'"{p}"', f'"{p}x"') for p in sorted(misspelt)]
    if bad_range and "monitoring.jamming_outage" not in misspelt:
        # accepted by the schema (low <= high), refused by the scenario (a negative outage)
        edits.append(("low = 0.5\n", "low = -2.0\n"))
    path = _edited(tmp_path, *edits, name=f"bad-{len(misspelt)}-{bad_range}.toml")
    with pytest.raises(ScenarioError) as info:
        build_plan(load_experiment(path))
    problems = info.value.problems or (info.value,)
    expected = {_line_of(path, f'"{p}x"') for p in misspelt}
    if len(edits) > len(misspelt):
        expected.add(_line_of(path, "low = -2.0"))
    assert {p.line for p in problems} == expected
    assert len(problems) == len(expected)

"""Review 19 #3: a value of the wrong type for a whole-number key of an experiment file
(``runs = "two"``, ``seed = "x"``, ``batch_size = "x"``, ``design.samples = "x"``) is reported at
the key's own line, as a wrong value of the right type is and as scenario files do; it was
reported at line 1 (the strict-scalar check is a table-level check, placed on the table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.errors import ScenarioFieldError
from reassure.spec.experiment import load_experiment

REPO = Path(__file__).resolve().parents[2]
SHIPPED = (REPO / "experiments" / "drone-orbits-80.toml").read_text(encoding="utf-8")


def _with(tmp_path: Path, key: str, value: str) -> tuple[Path, int]:
    """The shipped experiment with the first ``key = ...`` line set to ``value``; that line."""
    lines = SHIPPED.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{key} = "))
    lines[at] = f"{key} = {value}"
    path = tmp_path / "x.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, at + 1


@pytest.mark.parametrize("key,field", [("runs", "runs"), ("seed", "seed"), ("batch_size", "batch_size"),
                                       ("replications", "replications"), ("samples", "design.samples")])
def test_a_string_for_a_whole_number_is_reported_at_its_line(tmp_path: Path, key: str, field: str) -> None:
    if key == "samples":  # the shipped file leaves it to its default: give it under [design]
        text = SHIPPED.replace("[design]\n", '[design]\nsamples = "x"\n', 1)
        path = tmp_path / "x.toml"
        path.write_text(text, encoding="utf-8")
        line = text.splitlines().index('samples = "x"') + 1
    else:
        path, line = _with(tmp_path, key, '"x"')
    with pytest.raises(ScenarioFieldError) as caught:
        load_experiment(path)
    err = caught.value
    assert (err.line, err.field) == (line, field), str(err)
    assert str(err) == f"{path}:{line}: {field} must be a whole number (got 'x')"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["runs", "seed", "batch_size"]),
       st.one_of(st.text(alphabet="abcxyz two", min_size=1, max_size=8).map(lambda s: f'"{s}"'),
                 st.sampled_from(["2.5", "true", "[2]"])))
def test_any_wrong_type_points_at_the_key_not_the_top(tmp_path_factory, key: str, value: str) -> None:
    path, line = _with(tmp_path_factory.mktemp("x"), key, value)
    with pytest.raises(ScenarioFieldError) as caught:
        load_experiment(path)
    assert caught.value.line == line and caught.value.field == key, str(caught.value)
    assert line > 1

"""Session 52 (an analyst's review): a horizon written in months where years were meant, and a
TOML slip located by its column."""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import pytest

import reassure
from reassure.errors import ScenarioError, ScenarioSyntaxError
from reassure.spec import ScenarioWarning

SHIPPED = Path(__file__).resolve().parents[2] / "scenarios" / "europe-2025.toml"


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "variant.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("low", "high", "warned"), [(3, 5, True), (8, 11, True), (1, 2, False), (20, 30, False)])
def test_a_horizon_of_months_is_a_likely_slip_for_years(tmp_path: Path, low: int, high: int, warned: bool) -> None:
    unit = "month" if warned else "year"
    path = _variant(tmp_path, 'horizon = { low = 20, high = 30, unit = "year"',
                    f'horizon = {{ low = {low}, high = {high}, unit = "{unit}"')
    with pytest.warns(ScenarioWarning) if warned else nullcontext():
        plan = reassure.load_scenario(path)
    said = [w for w in plan.load_warnings if "horizon is" in w]
    if warned:
        assert said and f"did you mean {low}-{high} year?" in said[0] and "variant.toml:14:" in said[0]
    else:
        assert not said


def test_a_missing_comma_in_an_inline_table_is_shown_where_it_goes(tmp_path: Path) -> None:
    path = _variant(tmp_path, 'standoff = { value = ', 'standoff = { value = 150 unit = "km", note = ')
    with pytest.raises(ScenarioSyntaxError) as caught:
        reassure.load_scenario(path)
    text = str(caught.value)
    assert "unclosed inline table, at column" in text
    assert "after `standoff = { value = 150`" in text
    assert "separated by commas: `value = 150, unit = ...`" in text


def test_a_statement_cut_short_gives_its_column_and_the_words_before(tmp_path: Path) -> None:
    path = _variant(tmp_path, 'schema = 1', 'schema = 1 2')
    with pytest.raises(ScenarioSyntaxError) as caught:
        reassure.load_scenario(path)
    assert "at column 12, after `schema = 1`" in str(caught.value)


def test_a_plan_with_no_contributor_is_refused_at_load(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    head, _, rest = text.partition("[[contributors]]")
    # drop every [[contributors]] table, up to the next table header that is not one
    kept = [block for block in rest.split("\n[") if not block.startswith("[contributors]]")]
    tail = "\n[".join(kept[1:])
    path = tmp_path / "nobody.toml"
    path.write_text(head + "[" + tail if tail else head, encoding="utf-8")
    assert "[[contributors]]" not in path.read_text(encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        reassure.load_scenario(path)
    assert "nobody.toml:" in str(caught.value) and "contributors lists no nation" in str(caught.value)

"""Session 65 (a newcomer analyst's test, finding 1): a copy named as a shipped plan beside a
variant silently became its parent. `extends` still reads the file next to the child first
(docs/scenario-format.md, "Where extends looks"), but the plan now names the files its chain was
read from (`Scenario.extends_files`, `scenario_summary`, results.json's ``scenario`` block) and,
where a shipped plan has the copy's name, says so in one line naming both files
(`Scenario.extends_warnings`; a `ScenarioWarning` for a Python user)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from reassure.run.assess import Assessment
from reassure.spec import ScenarioWarning, load_scenario, scenario_summary
from reassure.spec._load import shipped_scenario_dir

SHIPPED = shipped_scenario_dir() / "europe-2025.toml"
LOW_TARGET = ("target_troops = { low = 25000, high = 30000", "target_troops = { low = 15000, high = 20000")


def _folder(tmp_path: Path, extends: str = "europe-2025") -> Path:
    """A folder holding a tweaked copy of europe-2025 under its own name and a variant of it."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert LOW_TARGET[0] in text
    (tmp_path / "europe-2025.toml").write_text(text.replace(*LOW_TARGET), encoding="utf-8")
    child = tmp_path / "thr.toml"
    child.write_text(f'schema = 1\nextends = "{extends}"\n', encoding="utf-8")
    return child


def _quiet_load(path: Path | str) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ScenarioWarning)
        return load_scenario(path)


def test_the_copy_is_the_parent_and_is_named_with_the_shipped_plan(tmp_path: Path) -> None:
    child = _folder(tmp_path)
    plan = _quiet_load(child)
    # the documented rule is kept: the file next to the child is read
    assert plan.force.target_troops.text() == "15,000–20,000 troops"
    assert plan.extends_files == (tmp_path / "europe-2025.toml",)
    [said] = plan.extends_warnings
    assert said.startswith(f"{child}:2: extends = \"europe-2025\" reads the file next to it, "
                           f"{tmp_path / 'europe-2025.toml'}, not the shipped plan europe-2025 ({SHIPPED.resolve()})")
    assert 'write extends = "./europe-2025.toml"' in said and "rename" in said
    assert "\n" not in said


def test_a_python_user_is_warned_at_the_call(tmp_path: Path) -> None:
    child = _folder(tmp_path)
    with pytest.warns(ScenarioWarning, match=r"reads the file next to it.*not the shipped plan europe-2025"):
        load_scenario(child)


def test_a_path_to_the_copy_says_it_is_meant(tmp_path: Path) -> None:
    child = _folder(tmp_path, extends="./europe-2025.toml")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ScenarioWarning)
        plan = load_scenario(child)
    assert plan.extends_files == (tmp_path / "europe-2025.toml",) and plan.extends_warnings == ()
    assert plan.force.target_troops.text() == "15,000–20,000 troops"


def test_a_shipped_parent_and_a_chain_are_named_without_a_warning(tmp_path: Path) -> None:
    child = tmp_path / "v.toml"
    child.write_text('schema = 1\nextends = "mnf-u-2026"\n', encoding="utf-8")
    plan = _quiet_load(child)
    shipped = shipped_scenario_dir().resolve()
    assert plan.extends_files == tuple(shipped / f"{n}.toml" for n in ("mnf-u-2026", "coalition-2025-09", "europe-2025"))
    assert plan.extends_warnings == ()
    assert load_scenario("europe-2025").extends_files == ()  # extends nothing


def test_a_shadow_further_up_the_chain_is_said_at_its_own_line(tmp_path: Path) -> None:
    _folder(tmp_path)
    grandchild = tmp_path / "g.toml"
    grandchild.write_text('schema = 1\n# a variant of thr\nextends = "thr"\n', encoding="utf-8")
    plan = _quiet_load(grandchild)
    assert plan.extends_files == (tmp_path / "thr.toml", tmp_path / "europe-2025.toml")
    [said] = plan.extends_warnings
    assert said.startswith(f"{tmp_path / 'thr.toml'}:2: extends = \"europe-2025\"")


def test_the_chain_survives_with_overrides_and_reaches_the_summary_and_results_json(tmp_path: Path) -> None:
    plan = _quiet_load(_folder(tmp_path))
    changed = plan.with_overrides({"posture.standoff": "120 km"}, assumption="a wider standoff for the test")
    assert changed.extends_files == plan.extends_files and changed.extends_warnings == plan.extends_warnings
    summary = scenario_summary(changed)
    assert summary["extends"] == "europe-2025"
    assert summary["extends_files"] == [str(tmp_path / "europe-2025.toml")]
    assert summary["extends_warnings"] == list(plan.extends_warnings)
    # results.json's scenario block (what `assess --out` writes, `Assessment.to_dict`)
    block = Assessment(plan, {"runs": 1}, (), ()).to_dict()["scenario"]
    assert block["extends_files"] == [str(tmp_path / "europe-2025.toml")]
    assert block["extends_warnings"] == list(plan.extends_warnings)
    assert Assessment(load_scenario("europe-2025"), {}, (), ()).to_dict()["scenario"]["extends_files"] == []

"""Session 53 (an analyst's review): a child's switches kept the parent's sources, a flipped US
flag passed without a word, a sum error hid what was inherited, and `reassure scenarios` said
nothing of how to write a plan."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import reassure
from reassure.errors import ScenarioError
from reassure.spec import scenario_summary


def _child(tmp_path: Path, body: str, name: str = "child.toml") -> Path:
    path = tmp_path / name
    path.write_text('schema = 1\nextends = "europe-2025"\n' + body, encoding="utf-8")
    return path


WHOLE = """[us_backstop]
ground_troops = false
isr = false
air_defence = true
air_support = false
airlift = false
tanker = false
logistics = false
assumption = "stress case: the US backstop is air defence alone"
"""


def test_a_restated_backstop_with_an_assumption_drops_the_parents_sources(tmp_path: Path) -> None:
    plan = reassure.load_scenario(_child(tmp_path, WHOLE))
    backstop = plan.us_backstop
    assert backstop.source == ()  # seed-000, seed-001, seed-004 backed the parent's isr = true
    assert backstop.assumption == "stress case: the US backstop is air defence alone"
    assert backstop.provenance_of("isr").source == ()
    said = {s["path"]: s for s in scenario_summary(plan)["statements"]}
    assert said["us_backstop"]["source"] == []


def test_one_switch_changed_with_a_table_assumption_is_scoped_to_that_switch(tmp_path: Path) -> None:
    parent = reassure.load_scenario("europe-2025").us_backstop
    plan = reassure.load_scenario(_child(
        tmp_path, '[us_backstop]\nisr = false\nassumption = "Washington withdraws its ISR support"\n'))
    backstop = plan.us_backstop
    isr = backstop.provenance_of("isr")
    assert isr.source == () and isr.assumption == "Washington withdraws its ISR support"
    # the switches left alone keep what backed them in the parent
    assert backstop.source == parent.source and backstop.assumption == parent.assumption
    assert backstop.provenance_of("air_defence") is backstop


def test_compare_cites_no_parent_source_for_a_switch_turned_off(tmp_path: Path) -> None:
    from reassure.present.compare_inputs import input_rows

    child = reassure.load_scenario(_child(tmp_path, WHOLE))
    rows = {r["key"]: r for r in input_rows([reassure.load_scenario("europe-2025"), child])}
    row = rows["input:us_backstop.isr"]
    assert "seed-000" in row["provenance"][0]
    assert "seed" not in row["provenance"][1] and "stress case" in row["provenance"][1]


def test_a_contributors_switch_changed_keeps_its_status_sourced(tmp_path: Path) -> None:
    plan = reassure.load_scenario(_child(
        tmp_path, '[[contributors]]\nnation = "GBR"\nrequires_us_backstop = false\n'
        'assumption = "the UK goes ahead without a US backstop"\n'))
    gbr = next(c for c in plan.contributors if c.nation == "GBR")
    assert "seed-000" in gbr.source  # what backed its status, still
    why = gbr.provenance_of("requires_us_backstop")
    assert why.source == () and why.assumption == "the UK goes ahead without a US backstop"


def test_a_too_short_table_assumption_is_told_at_the_table(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as err:
        reassure.load_scenario(_child(tmp_path, '[us_backstop]\nisr = false\nassumption = "x"\n'))
    assert "child.toml:3: us_backstop" in str(err.value) and "switch_provenance" not in str(err.value)


def test_a_flipped_us_flag_is_warned_at_its_line_and_shown(tmp_path: Path, run_cli) -> None:
    path = _child(tmp_path, '[[air.bases]]\nbase = "LRCK"\nus = false\n')
    plan = reassure.load_scenario(path)
    said = [w for w in plan.load_warnings if w.startswith("us-flag:")]
    assert len(said) == 1
    assert f"{path}:5: air.bases[LRCK].us changes true (europe-2025.toml) to false" in said[0]
    assert "restate aircraft" in said[0]
    flags = {(f["path"], f["flag"]): f["value"] for f in scenario_summary(plan)["us_flags"]}
    assert flags[("air.bases[LRCK]", "us")] is False
    assert flags[("monitoring.fleets[us-male]", "us_asset")] is True
    out = run_cli("show", str(path), env={"COLUMNS": "200"})
    assert "US assets" in out.stdout and "us = false (not a US asset)" in out.stdout
    out = run_cli("validate", str(path))
    assert out.exit_code == 0 and "us-flag:" in out.stderr


def test_a_flag_flipped_with_its_numbers_restated_is_not_warned(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[air.bases]]\nbase = "LRCK"\nus = false\naircraft = { value = 12, '
                  'unit = "aircraft", assumption = "Romania\'s own fighters at Câmpia Turzii" }\n')
    assert not [w for w in reassure.load_scenario(path).load_warnings if w.startswith("us-flag:")]


def test_a_flipped_fleet_us_asset_is_warned(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[monitoring.fleets]]\nid = "eu-male"\nus_asset = true\n')
    said = [w for w in reassure.load_scenario(path).load_warnings if w.startswith("us-flag:")]
    assert said and "monitoring.fleets[eu-male].us_asset changes false" in said[0]


def test_compare_lists_a_us_flag_that_differs(tmp_path: Path) -> None:
    from reassure.present.compare_inputs import input_rows

    child = reassure.load_scenario(_child(tmp_path, '[[air.bases]]\nbase = "LRCK"\nus = false\n'))
    rows = {r["key"]: r for r in input_rows([reassure.load_scenario("europe-2025"), child])}
    assert rows["input:air.bases[LRCK].us"]["values"] == ["true", "false"]


def test_the_role_mix_error_names_the_inherited_shares(tmp_path: Path) -> None:
    path = _child(tmp_path, '[force.role_mix]\nmanoeuvre = { value = 0.7, unit = "fraction", '
                  'assumption = "mostly manoeuvre units assumed" }\n')
    with pytest.raises(ScenarioError) as err:
        reassure.load_scenario(path)
    text = str(err.value)
    assert "child.toml:3: force.role_mix shares must add up to 1" in text
    assert "0.55 inherited from europe-2025 (reconnaissance, engineers" in text
    assert "0.7 set here (manoeuvre)" in text and text.endswith("(got 1.25)")


def test_the_regimes_initial_error_names_the_inherited_regimes(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[incidents.regimes]]\nid = "holding"\ninitial = { value = 0.9, '
                  'unit = "probability", assumption = "mostly holding at the start" }\n')
    with pytest.raises(ScenarioError) as err:
        reassure.load_scenario(path)
    assert "inherited from europe-2025 (eroding, breaking_down), 0.9 set here (holding)" in str(err.value)


def test_a_stand_alone_sum_error_is_unchanged(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
    old = 'manoeuvre = { value = 0.45,'
    assert old in text
    path = tmp_path / "alone.toml"
    path.write_text(text.replace(old, 'manoeuvre = { value = 0.5,', 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as err:
        reassure.load_scenario(path)
    assert "inherited" not in str(err.value) and "shares must add up to 1" in str(err.value)


def test_scenarios_says_how_to_write_a_plan(run_cli) -> None:
    out = run_cli("scenarios", env={"COLUMNS": "80"})
    last = out.stdout.strip().splitlines()[-1]
    assert 'extends = "europe-2025"' in last and "docs/scenario-format.md" in last


def test_the_docs_say_a_fleet_beyond_the_line_is_cut_with_a_warning() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    assert "must lie within the line's length" not in docs
    assert "cut to the line's end, with a warning" in docs


def test_the_readme_gives_the_evidence_accuracy_data_files_count() -> None:
    import tomllib

    repo = Path(__file__).resolve().parents[2]
    data = tomllib.loads((repo / "src" / "reassure" / "data" / "evidence_accuracy.toml").read_text(encoding="utf-8"))
    reports = int(data["measured"]["reports"]["value"])
    readme = " ".join((repo / "README.md").read_text(encoding="utf-8").split())
    # the sessions' range the data file's header names ("sessions 43\n# to 61") is the README's
    last = re.search(r"sessions 43\s*#?\s*to (\d+)", (repo / "src" / "reassure" / "data" /
                                                    "evidence_accuracy.toml").read_text(encoding="utf-8"))
    assert last is not None
    assert f"on {reports:,} such reports" in readme and f"sessions 43–{last.group(1)}" in readme


def test_a_regimes_next_error_names_the_inherited_probabilities(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[incidents.regimes]]\nid = "eroding"\nnext = { breaking_down = { value = 0.9, '
                  'unit = "probability", assumption = "mostly breaks down when it ends" } }\n')
    with pytest.raises(ScenarioError) as err:
        reassure.load_scenario(path)
    assert ("incidents.regimes[eroding].next probabilities must sum to 1: 0.3 inherited from europe-2025 "
            "(holding), 0.9 set here (breaking_down)") in str(err.value)

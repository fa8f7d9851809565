"""Review 19 #2: a force nobody can field says what keeps it at 0 troops. A minimum contribution
above every nation's capacity, or no contributor able to take part, read "binding: none"; the
rotation ratio of a force of 0 troops is n/a, with the reason, not the force-wide 3.00."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.run.pipeline import run_capability
from reassure.run.section_force import force_section
from reassure.spec import load_scenario

HEADER = 'schema = 1\nname = "{name}"\ntitle = "t"\nextends = "europe-2025"\n\n'
SHIPPED = load_scenario("europe-2025")
NATIONS = [c.nation for c in SHIPPED.contributors]


def _child(tmp_path: Path, body: str, name: str = "child"):
    path = tmp_path / f"{name}.toml"
    path.write_text(HEADER.format(name=name) + body, encoding="utf-8")
    return load_scenario(path)


def _minimum(value: int, target: int | None = None) -> str:
    body = (f'[force]\nmin_contribution = {{ value = {value}, unit = "troops", '
            'assumption = "test: a minimum above every offer" }\n')
    if target is not None:
        # review 20 #2: a target below the minimum contribution is refused at validation, so a
        # minimum above the shipped target (25,000-30,000) comes with a target at or above it
        body += (f'target_troops = {{ value = {target}, unit = "troops", '
                 'assumption = "test: a target the minimum allows" }\n')
    return body


def _largest_capacity() -> tuple[str, int]:
    rows = run_capability("force", SHIPPED, draws=200).to_dict()["nations"]
    top = max(rows, key=lambda r: r["cap_troops"])
    return top["nation"], top["cap_troops"]


@pytest.mark.filterwarnings("ignore::reassure.spec.ScenarioWarning")  # a target over 200,000 is unusual (s51)
@settings(max_examples=6, deadline=None)
@given(st.integers(min_value=10_001, max_value=1_000_000))
def test_a_minimum_above_every_offer_is_named_as_what_binds(tmp_path_factory, minimum: int) -> None:
    nation, cap = _largest_capacity()
    assert cap < minimum
    body = _minimum(minimum, target=minimum)
    r = run_capability("force", _child(tmp_path_factory.mktemp("m"), body), draws=200).to_dict()
    for side in (r, r["without_us"]):
        assert side["deployed_total"] == 0
        assert "binding: none" not in side["verdict"], side["verdict"]
        assert (f"binding: force.min_contribution {minimum:,} troops exceeds every nation's capacity "
                f"(largest: {nation} {cap:,})") in side["verdict"], side["verdict"]


def test_a_minimum_above_some_offers_names_the_nations_left_out(tmp_path: Path) -> None:
    r = run_capability("force", _child(tmp_path, _minimum(5_000)), draws=200).to_dict()
    verdict = r["without_us"]["verdict"]
    assert r["without_us"]["deployed_total"] > 0
    assert "force.min_contribution 5,000 troops exceeds the capacity of " in verdict
    assert "left out (largest: " in verdict


def test_no_contributor_able_to_take_part_is_named(tmp_path: Path) -> None:
    body = "".join(f'[[contributors]]\nnation = "{n}"\nstatus = "ruled-out"\np_join = '
                   '{ value = 0, unit = "probability", assumption = "test (for a test)" }\nassumption = "test (for a test)"\n\n'
                   for n in NATIONS)
    scenario = _child(tmp_path, body)
    out = run_capability("force", scenario, draws=200).to_dict()
    for side in (out, out["without_us"]):
        assert side["deployed_total"] == 0
        assert "binding: no contributor can take part (ruled out: " in side["verdict"], side["verdict"]
    section = force_section(scenario, {}, out)
    ratio = next(f for f in section.figures if f.key == "units_per_deployed")
    assert ratio.with_us is None and ratio.without_us is None
    assert any("rotation ratio n/a: no troops are deployed" in w for w in section.warnings)


def test_the_shipped_plan_keeps_its_rotation_ratio_and_verdict() -> None:
    out = run_capability("force", SHIPPED, draws=200).to_dict()
    section = force_section(SHIPPED, {}, out)
    ratio = next(f for f in section.figures if f.key == "units_per_deployed")
    assert ratio.with_us == out["units_per_deployed"] and ratio.with_us > 1
    assert not any("rotation ratio n/a" in w for w in section.warnings)
    assert "force.min_contribution" not in out["verdict"]


def test_the_force_command_says_n_a_for_a_force_of_none(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    path = tmp_path / "child.toml"
    path.write_text(HEADER.format(name="child") + _minimum(50_000, target=50_000), encoding="utf-8")
    out = run_cli("force", path, env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.stderr
    assert "Units per deployed: n/a;" in out.stdout
    assert "note: rotation ratio n/a: no troops are deployed" in out.stdout
    assert "binding: none" not in out.stdout

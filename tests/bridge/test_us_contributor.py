"""US troops listed as a contributor are the US backstop: the side without it never counts them
(review s12 #1: a USA contributor raised the without-US force from 14,224 to 19,224)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.bridge.force import build_force_problem
from reassure.models.forcegen.assess import fieldable_troops
from reassure.run.pipeline import run_capability
from reassure.spec import load_scenario

HEADER = 'schema = 1\nname = "{name}"\ntitle = "t"\nextends = "europe-2025"\n\n'
# US ground troops on, so the with-US side may count the US contributor.
GROUND = ('[us_backstop]\nground_troops = true\nisr = true\nair_defence = true\n'
          'air_support = true\nairlift = true\nlogistics = true\nassumption = "test: US troops"\n\n')


def _usa(pledge_troops: int) -> str:
    return ('[[contributors]]\nnation = "USA"\nstatus = "willing"\n'
            f'pledge_troops = {{ value = {pledge_troops}, unit = "troops", assumption = "test (for a test)" }}\n'
            'assumption = "test: US troops in the force"\n')


def _plan(tmp_path: Path, name: str, body: str):
    path = tmp_path / f"{name}.toml"
    path.write_text(HEADER.format(name=name) + body)
    return load_scenario(path)


def _deployed(result, iso3: str) -> float:
    return next(float(n["deployed"]) for n in result.to_dict()["nations"] if n["nation"] == iso3)


def test_the_without_us_force_drops_a_usa_contributor_and_the_with_us_force_keeps_it(tmp_path):
    base = run_capability("force", _plan(tmp_path, "base", GROUND), draws=200)
    with_usa = run_capability("force", _plan(tmp_path, "usa", GROUND + _usa(5000)), draws=200)
    # With the US: the pledge is fielded and adds to what can be fielded at best.
    assert _deployed(with_usa.results.with_us.result, "USA") > 0
    assert (with_usa.results.with_us.result.capacity_troops
            > base.results.with_us.result.capacity_troops)
    # Without the US: no US troops, and the same strength as the plan without them.
    no_us = with_usa.results.without_us.result
    assert _deployed(no_us, "USA") == 0
    assert no_us.capacity_troops == base.results.without_us.result.capacity_troops
    assert any("USA" in note and "do not take part" in note for note in no_us.notes)


@settings(max_examples=8, deadline=None)
@given(pledge_troops=st.integers(min_value=1, max_value=60_000))
def test_any_usa_pledge_leaves_the_without_us_capacity_unchanged(tmp_path_factory, pledge_troops):
    tmp_path = tmp_path_factory.mktemp("usa")
    base, _ = build_force_problem(_plan(tmp_path, "base", GROUND))
    usa, _ = build_force_problem(_plan(tmp_path, "usa", GROUND + _usa(pledge_troops)))
    assert fieldable_troops(usa, us_backstop=False) == fieldable_troops(base, us_backstop=False)
    # A pledge below the smallest useful contribution may add nothing, never take away.
    assert fieldable_troops(usa, us_backstop=True) >= fieldable_troops(base, us_backstop=True)

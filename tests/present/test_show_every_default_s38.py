"""`reassure show` lists every participation default the model uses (review s38 1): a willing
nation's p_join (100%, sourced to AFP's count of willing nations in data/participation.toml) was
left out, so the probability the model used for the core of the force had no source on screen,
while every other status's default was listed with its source or assumption."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reassure.present.scenarios import shipped_default_rows
from reassure.spec import load_scenario

SHIPPED = ("europe-2025", "mnf-u-2026", "no-us-backstop")


def _rows(name: str) -> dict[str, dict[str, Any]]:
    return {r["path"]: r for r in shipped_default_rows(load_scenario(name))}


@pytest.mark.parametrize("name", SHIPPED)
def test_a_willing_nations_p_join_is_listed_with_its_source(name: str) -> None:
    scn = load_scenario(name)
    rows = _rows(name)
    willing = [c for c in scn.contributors if c.status == "willing" and c.p_join is None]
    assert willing, f"{name} has no willing nation without its own p_join"
    for c in willing:
        row = rows[f"contributors[{c.nation}].p_join"]
        assert row["value"] == 1 and row["unit"] == "probability"
        assert row["shipped_default"] == "data/participation.toml, status willing"
        assert row["source"] == ["afp-six-willing"] and row["assumption"]
        delay = rows[f"contributors[{c.nation}].delay"]  # none: the model deploys it with the force
        assert delay["value"] == 0 and delay["shipped_default"] == "data/participation.toml, status willing"


@pytest.mark.parametrize("name", SHIPPED)
def test_every_contributor_without_its_own_p_join_has_one_listed(name: str) -> None:
    scn = load_scenario(name)
    rows = _rows(name)
    for c in scn.contributors:
        assert (f"contributors[{c.nation}].p_join" in rows) == (c.p_join is None), c.nation
        # a ruled-out nation never joins: no delay of it is used, so none is listed
        assert (f"contributors[{c.nation}].delay" in rows) == (c.delay is None and c.status != "ruled-out"), c.nation


def test_the_listed_defaults_are_the_values_the_force_model_uses(run_cli) -> None:  # noqa: ANN001
    shown = json.loads(run_cli("show", "europe-2025", "--format", "json").stdout)
    forced = json.loads(run_cli("force", "europe-2025", "--format", "json").stdout)
    rows = {r["path"]: r for r in shown["shipped_defaults"]}
    scn = load_scenario("europe-2025")
    checked = 0
    for n in forced["nations"]:  # with the US backstop: every nation's US condition is met
        row = rows.get(f"contributors[{n['nation']}].p_join")
        if row is not None:
            assert n["p_join"] == pytest.approx(row["value"]), n["nation"]
            checked += 1
        delay = rows.get(f"contributors[{n['nation']}].delay")
        if delay is not None:
            assert n["delay_months"] == pytest.approx(delay["value"]), n["nation"]
    assert checked == sum(c.p_join is None for c in scn.contributors)
    # the source a willing nation's default cites is among the sources `show` lists
    assert "afp-six-willing" in {s["id"] for s in shown["sources"]}


@pytest.mark.parametrize("width", ["200", "80"])
def test_show_prints_the_willing_default_as_the_others(run_cli, width: str) -> None:  # noqa: ANN001
    text = " ".join(run_cli("show", "europe-2025", env={"COLUMNS": width}).stdout.split())
    defaults = text[text.index("Shipped defaults"):text.index("Sourced statements")]
    assert "contributors[FRA].p_join" in defaults
    assert "shipped default (data/participation.toml, status willing); source: afp-six-willing; assumption:" in defaults
    assert "100%" in defaults


def test_a_willing_nation_with_its_own_p_join_is_not_listed(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
    scn = load_scenario("europe-2025")
    nation = next(c.nation for c in scn.contributors if c.status == "willing" and c.p_join is None)
    marker = f'nation = "{nation}"'
    assert text.count(marker) == 1
    own = 'p_join = { value = 0.9, unit = "probability", assumption = "a willing nation doubted (for a test)" }'
    f = tmp_path / "plan.toml"
    f.write_text(text.replace(marker, f"{marker}\n{own}", 1), encoding="utf-8")
    rows = {r["path"] for r in shipped_default_rows(load_scenario(f))}
    assert f"contributors[{nation}].p_join" not in rows

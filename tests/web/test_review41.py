"""Review 41, the API and the files it writes: a changed switch carries the edit's own
provenance, never its old value's sources, and the switches left alone carry no word of it
(12); a pledge the nation's own plan caps is said (13); one seed range (11); the page without
a token is a page (14); a bound's message with its unit (14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import TOKEN

US_SOURCES = ["seed-000", "seed-001", "seed-004"]  # europe-2025's [us_backstop]


def _save(client: Any, name: str, *changes: dict[str, Any], parent: str = "europe-2025") -> Any:
    return client.post(f"/api/scenarios/{parent}/variants",
                       json={"name": name, "changes": list(changes), "replace": True})


# -- 12 --------------------------------------------------------------------------------------
def test_a_switch_turned_off_shows_its_own_reason_on_the_page_and_in_the_comparison(served: Any) -> None:
    from reassure.present.compare_inputs import input_rows
    from reassure.spec import load_scenario

    client, user = served
    why = {e: f"Washington gives no {e} backstop (a test)" for e in ("isr", "air_defence")}
    r = _save(client, "r41-us-off", *({"path": f"us_backstop.{e}", "value": False, "assumption": w}
                                      for e, w in why.items()))
    assert r.status_code == 201, r.text
    fields = {f["path"]: f for f in client.get("/api/scenarios/r41-us-off").json()["fields"]}
    for e, w in why.items():  # the "now" column: the edit's reason, not the sources that backed "on"
        assert fields[f"us_backstop.{e}"]["source"] == [] and fields[f"us_backstop.{e}"]["assumption"] == w
    for e in ("ground_troops", "logistics", "air_support"):  # left alone: their own, and no word of the change
        assert fields[f"us_backstop.{e}"]["source"] == US_SOURCES
        assert fields[f"us_backstop.{e}"]["assumption"] == ""
    rows = {r["path"]: r for r in input_rows([load_scenario("europe-2025"), load_scenario(user / "r41-us-off.toml")])}
    isr = rows["us_backstop.isr"]
    assert isr["values"] == ["on", "off"]
    assert isr["provenance"][0].startswith("source: seed-000")
    assert "seed-000" not in isr["provenance"][1] and why["isr"] in isr["provenance"][1], isr["provenance"]
    assert "us_backstop.ground_troops" not in rows


def test_a_changed_number_carries_only_the_edits_provenance(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    r = _save(client, "r41-target", {"path": "force.target_troops", "low": 10000, "high": 12000,
                                     "assumption": "a smaller force, assumed"})
    assert r.status_code == 201, r.text
    target = load_scenario(user / "r41-target.toml").force.target_troops
    assert target.source == () and target.assumption == "a smaller force, assumed"
    tour = load_scenario(user / "r41-target.toml").force.tour
    assert tour == load_scenario("europe-2025").force.tour  # unchanged, its own provenance


def test_a_child_that_changes_a_switch_drops_the_parents_reason_for_the_old_value(tmp_path: Path) -> None:
    from reassure.spec import load_scenario

    base = tmp_path / "base.toml"
    base.write_text('schema = 1\nname = "base"\ntitle = "t"\nextends = "europe-2025"\n\n[us_backstop]\nisr = false\n\n'
                    '[us_backstop.switch_provenance.isr]\nassumption = "no ISR in this test plan"\n')
    child = tmp_path / "child.toml"
    child.write_text('schema = 1\nname = "child"\ntitle = "t"\nextends = "base.toml"\n\n[us_backstop]\nisr = true\n'
                     'assumption = "every enabler back, for a test"\n')
    us = load_scenario(child).us_backstop
    assert us.isr and us.provenance_of("isr").source == ()  # the parent's reason was for false
    assert us.provenance_of("isr").assumption == "every enabler back, for a test"
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\nname = "bad"\ntitle = "t"\nextends = "europe-2025"\n\n[us_backstop]\nisr = false\n\n'
                   '[us_backstop.switch_provenance.isrr]\nassumption = "a slip of the name, for a test"\n')
    from reassure.errors import ReassureError

    with pytest.raises(ReassureError, match="not a switch of this table; did you mean 'isr'"):
        load_scenario(bad)


def test_a_switch_changed_in_code_has_its_own_reason() -> None:
    from reassure.spec import load_scenario

    plan = load_scenario("europe-2025")
    new = plan.with_overrides({"us_backstop.isr": False}, assumption="no US ISR in this sweep")
    assert new.us_backstop.source == plan.us_backstop.source and new.us_backstop.assumption == plan.us_backstop.assumption
    own = new.us_backstop.provenance_of("isr")
    assert own.source == () and own.assumption == "no US ISR in this sweep (changed in code: isr true -> false)"
    assert new.us_backstop.provenance_of("air_defence") is new.us_backstop
    # a report's footnote on the switch cites its own reason, not the table's sources
    from reassure.present.report import Footnotes

    fn = Footnotes(new)
    assert fn._resolve(["us_backstop.isr"]) == ((), (1,))
    assert fn.assumptions == [("us_backstop.isr", own.assumption)]
    assert fn._resolve(["us_backstop.air_defence"])[0] == tuple(US_SOURCES)


# -- 13 --------------------------------------------------------------------------------------
def test_a_pledge_above_the_nations_sustainable_troops_is_said(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    r = _save(client, "r41-gbr-20k", {"path": "contributors[GBR].pledge_troops", "value": 20000,
                                      "assumption": "a doubled UK pledge, for a test"})
    assert r.status_code == 201, r.text
    said = "pledge 20,000 troops is above GBR's sustainable 5,000–8,000 troops (sustainable_troops), which caps what it provides"
    assert any(said in w for w in r.json()["warnings"]), r.json()["warnings"]
    assert not any(str(user) in w or ".toml:" in w for w in r.json()["warnings"])  # no file, no line
    # `reassure validate` says it too, of the variant; the shipped plan's own pledge is not a change
    assert any(said in w for w in load_scenario(user / "r41-gbr-20k.toml").load_warnings)
    assert not any("sustainable_troops), which caps" in w for w in load_scenario("europe-2025").load_warnings)
    r = _save(client, "r41-gbr-7k", {"path": "contributors[GBR].pledge_troops", "value": 7000,
                                     "assumption": "a smaller UK pledge, for a test"})
    assert r.status_code == 201 and r.json()["warnings"] == [], r.json()


# -- 11 --------------------------------------------------------------------------------------
def test_the_page_takes_the_seeds_the_command_line_takes(served: Any) -> None:
    from reassure.present.web import app as web
    from reassure.run.assess import MAX_SEED

    client, _ = served
    assert web.MAX_SEED == MAX_SEED == 2**63 - 1
    jobs = client.app.state.jobs
    taken: list[int | None] = []

    def fake(scenario: str, path: Path, runs: int, seed: int | None) -> Any:
        taken.append(seed)
        return web.Job(id="fake", scenario=scenario, runs=runs, seed=seed, key=())

    real, jobs.submit = jobs.submit, fake
    try:
        r = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 2, "seed": 5_000_000_000})
        assert r.status_code == 202 and taken == [5_000_000_000], r.text
        r = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 2, "seed": MAX_SEED + 1})
        assert r.status_code == 422
        assert r.json()["detail"].startswith(f"seed: a whole number >= 0 and <= 2**63 - 1 ({MAX_SEED})"), r.json()
    finally:
        jobs.submit = real


# -- 14 --------------------------------------------------------------------------------------
def test_the_page_without_a_token_says_how_to_get_in() -> None:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    with TestClient(create_app(Path("/nonexistent-r41"), TOKEN)) as client:
        r = client.get("/", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
        assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
        assert "A token is needed" in r.text and "?token=" in r.text and "reassure serve" in r.text
        r = client.get("/api/scenarios")  # a script still gets JSON
        assert r.status_code == 403 and r.json()["detail"].startswith("a valid token is required")


def test_a_range_upside_down_is_said_with_its_unit(served: Any) -> None:
    client, _ = served
    r = _save(client, "r41-upside", {"path": "force.target_troops", "low": 30000, "high": 10000,
                                     "assumption": "an upside-down range, for a test"})
    assert r.status_code == 422
    assert "low must be <= high (got low 30,000 troops, high 10,000 troops)" in r.json()["detail"], r.json()

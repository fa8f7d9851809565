"""`reassure serve` through FastAPI's test client: token, limits, scenarios, variants, runs, compare."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from reassure.present.web.app import MAX_BODY, wait_for
from reassure.run.assess import DEFAULT_RUNS

from .conftest import TOKEN


def test_every_request_needs_the_token(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    with TestClient(create_app(tmp_path, TOKEN, workdir=tmp_path / "w")) as bare:
        for url in ("/", "/api/scenarios", "/api/scenarios/europe-2025", "/static/maplibre/maplibre-gl.js"):
            assert bare.get(url).status_code == 403, url
            assert bare.get(url, params={"token": "wrong-" + TOKEN}).status_code == 403, url
        assert bare.post("/api/runs", json={"scenario": "iiss-small"}).status_code == 403
        # the token once in the address, then the cookie carries it
        first = bare.get("/", params={"token": TOKEN})
        assert first.status_code == 200 and "reassure" in first.text
        assert bare.get("/api/scenarios").status_code == 200
        assert bare.get("/api/scenarios", headers={"X-Reassure-Token": TOKEN}).status_code == 200


@pytest.mark.parametrize("name", ["..", "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", ".hidden", "a..b",
                                  "Europe-2025", "x" * 70, "europe-2025.toml"])
def test_traversal_and_odd_names_are_refused(served: Any, name: str) -> None:
    client, _ = served
    r = client.get(f"/api/scenarios/{name}")
    assert r.status_code in (400, 404), (name, r.status_code)
    assert "root:" not in r.text


def test_traversal_in_bodies_is_refused(served: Any) -> None:
    client, user = served
    r = client.post("/api/runs", json={"scenario": "../../etc/passwd"})
    assert r.status_code == 400
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "../escape", "changes": [{"path": "force.target_troops", "value": 1, "assumption": "x"}]})
    assert r.status_code == 400
    assert not (user.parent / "escape.toml").exists()


def test_oversized_bodies_get_413(served: Any) -> None:
    client, _ = served
    big = b"{" + b" " * (MAX_BODY + 10) + b"}"
    r = client.post("/api/runs", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(40):
            yield b" " * 10_000

    r = client.post("/api/runs", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_list_and_open_scenarios(served: Any) -> None:
    client, _ = served
    d = client.get("/api/scenarios").json()
    names = {s["name"]: s for s in d["scenarios"]}
    assert {"europe-2025", "iiss-small", "no-us-backstop"} <= set(names)
    assert names["no-us-backstop"]["extends"] == "europe-2025"
    assert d["default_runs"] == DEFAULT_RUNS == 100
    s = client.get("/api/scenarios/europe-2025").json()
    paths = {f["path"]: f for f in s["fields"]}
    pledge = paths["contributors[FRA].pledge_troops"]
    assert pledge["kind"] == "quantity" and pledge["unit"] == "troops" and pledge["source"]
    assert paths["us_backstop.isr"]["kind"] == "switch"
    assert client.get("/api/scenarios/nope").status_code == 404
    assert "did you mean" in client.get("/api/scenarios/europe-2026").json()["detail"]


def test_a_changed_number_needs_a_source_or_an_assumption(served: Any) -> None:
    client, user = served
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "no-reason", "changes": [{"path": "contributors[0].pledge_troops", "value": 5000}]})
    assert r.status_code == 422 and "source or an assumption" in r.json()["detail"]
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "bad-source", "changes": [{"path": "contributors[0].pledge_troops", "value": 5000,
                                           "source": ["no-such-source"]}]})
    assert r.status_code == 422 and "no-such-source" in r.json()["detail"]
    assert not (user / "no-reason.toml").exists() and not (user / "bad-source.toml").exists()
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "europe-2025", "changes": [{"path": "force.target_troops", "value": 1, "assumption": "x"}]})
    assert r.status_code == 409  # a shipped name is never overwritten


def test_variant_is_toml_that_extends_its_parent_and_loads(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "fra-doubles", "title": "France doubles its pledge",
        "changes": [{"path": "contributors[0].pledge_troops", "value": 20000,
                     "assumption": "what if France sent twice as many"},
                    {"path": "us_backstop.isr", "value": False, "assumption": "no US ISR in this variant"}]})
    assert r.status_code == 201, r.text
    text = (user / "fra-doubles.toml").read_text()
    data = tomllib.loads(text)
    assert data["extends"] == "europe-2025"
    assert data["contributors"] == [{"nation": "FRA", "pledge_troops": {
        "value": 20000.0, "unit": "troops", "assumption": "what if France sent twice as many"}}]
    s = load_scenario(user / "fra-doubles.toml")
    fra = next(c for c in s.contributors if c.nation == "FRA")
    assert fra.pledge_troops.value == 20000 and fra.pledge_troops.assumption.startswith("what if")
    assert s.us_backstop.isr is False
    listed = {x["name"]: x for x in client.get("/api/scenarios").json()["scenarios"]}
    assert listed["fra-doubles"]["origin"] == "user"


def test_run_summary_and_compare_show_the_change(served: Any) -> None:
    client, _ = served
    fields = {f["path"]: f for f in client.get("/api/scenarios/europe-2025").json()["fields"]}
    assert fields["contributors[GBR].pledge_troops"]["text"].startswith("10,000")  # GBR
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "europe-small-gbr", "changes": [{"path": "contributors[1].pledge_troops", "value": 2000,
                                                 "assumption": "the UK sends a battlegroup only"}]})
    assert r.status_code == 201, r.text
    plans = "europe-2025,europe-small-gbr"
    r = client.get("/api/compare", params={"plans": plans, "runs": 2})
    assert r.status_code == 409
    # review s34: it says which run each missing plan needs (its runs and its own seed)
    detail = r.json()["detail"]
    assert detail["runs"] == 2 and set(detail["seeds"]) == set(detail["missing"]) == set(plans.split(","))
    ids = []
    for name in ("europe-2025", "europe-small-gbr"):
        r = client.post("/api/runs", json={"scenario": name, "runs": 2})
        assert r.status_code == 202
        ids.append(r.json()["id"])
    for job_id in ids:
        state = wait_for(client.app, job_id)
        assert state["state"] == "done", state
        assert state["steps"], "no progress was reported"
        # the page shows "step N of M": every step counted, none beyond the total (review r5)
        assert len(state["steps"]) == state["steps_total"], state["steps"]
    again = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 2}).json()
    assert again["id"] == ids[0]  # cached
    s = client.get(f"/api/runs/{ids[1]}/summary").json()
    assert "troops" in s["headline_html"] and s["verdicts"]
    assert s["map"]["sites"]["features"] and s["map"]["occupied"]["features"]
    report = client.get(f"/runs/{ids[1]}/report.html")
    assert report.status_code == 200 and "What changed from the parent plan" in report.text
    c = client.get("/api/compare", params={"plans": plans, "runs": 2}).json()
    assert c["plans"] == ["europe-2025", "europe-small-gbr"]
    mean = next(r for r in c["rows"] if r["key"] == "force.strength_mean")
    assert mean["with_us"][0] != mean["with_us"][1] and mean["with_us_differs"] == [False, True]
    # the UK takes part only with a US backstop (europe-2025), so without it nothing changes
    assert mean["without_us_differs"] == [False, False] and mean["differs"] is True
    # a figure over the detected incidents: no plan's share in the label, each plan's own below it (r8 item 1)
    keys = [r["key"] for r in c["rows"]]
    detect = c["rows"][keys.index("incidents.detect_h_p50")]
    share = c["rows"][keys.index("incidents.detect_h_p50") + 1]
    assert detect["label"] == "Time from start to report, median, of detected incidents (hours)"
    assert share["key"] == "incidents.detect_h_p50.denominator" and share["kind"] == "denominator"
    assert all(v.endswith("%") for v in share["with_us"] + share["without_us"])


def test_compare_of_plans_with_different_targets_names_neither_target(served: Any) -> None:
    # One label for two plans: "the high end of the target (30,000 troops)" over a plan whose
    # target is 21,000 would be wrong; the label keeps its words and drops the number (review r5)
    client, _ = served
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "europe-21k", "changes": [{"path": "force.target_troops", "value": 21000,
                                           "assumption": "a smaller target, to compare"}]})
    assert r.status_code == 201, r.text
    for name in ("europe-2025", "europe-21k"):
        job = client.post("/api/runs", json={"scenario": name, "runs": 2}).json()
        assert wait_for(client.app, job["id"])["state"] == "done"
    rows = client.get("/api/compare", params={"plans": "europe-2025,europe-21k", "runs": 2}).json()["rows"]
    target_rows = [r for r in rows if "target" in r["label"]]
    assert target_rows
    assert not [r["label"] for r in target_rows if "30,000" in r["label"] or "21,000" in r["label"]]


def test_a_run_can_be_cancelled(served: Any) -> None:
    client, _ = served
    job = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 50, "seed": 7}).json()
    r = client.delete(f"/api/runs/{job['id']}")
    assert r.status_code == 200
    state = wait_for(client.app, job["id"], 60)
    assert state["state"] == "cancelled"
    assert client.get(f"/api/runs/{job['id']}/summary").status_code == 409
    assert client.get("/api/runs/nope").status_code == 404


def test_ids_endpoint(served: Any) -> None:
    client, _ = served
    d = client.get("/api/ids/ukraine-2025").json()
    assert any(b["id"] == "EPRZ" for b in d["bases"]) and any(n["id"] == "DEU" for n in d["nations"])
    assert client.get("/api/ids/nowhere").status_code == 404


def test_variant_api_refuses_what_it_would_drop_or_overwrite(served: Any) -> None:
    # review r5: an extra "unit" was silently ignored, a second save overwrote the user's own
    # variant, an empty change list answered with pydantic's raw error list, and troop counts
    # were written 20000.0
    client, user = served
    url = "/api/scenarios/europe-2025/variants"
    change = {"path": "contributors[1].pledge_troops", "value": 2000, "assumption": "a test of the page"}
    # a unit is read since review 20 3, and one of another dimension is refused, in words
    r = client.post(url, json={"name": "v-unit", "changes": [{**change, "unit": "km"}]})
    assert r.status_code == 422 and isinstance(r.json()["detail"], str)
    assert r.json()["detail"] == ("contributors[GBR].pledge_troops is in troops: 'km' is not a unit of troops; "
                                  "give the value in troops"), r.json()
    assert not (user / "v-unit.toml").exists()
    # any other unknown key is refused, the change named by its parameter (review s12 1)
    r = client.post(url, json={"name": "v-unit", "changes": [{**change, "units": "km"}]})
    assert r.json()["detail"].startswith("changes[0].units (contributors[1].pledge_troops): is not a known field"), r.json()
    r = client.post(url, json={"name": "v-empty", "changes": []})
    assert r.status_code == 422 and r.json()["detail"] == "changes: at least one change is needed"
    assert client.post(url, json={"name": "v-once", "changes": [change]}).status_code == 201
    assert "value = 2000," in (user / "v-once.toml").read_text()
    assert "2000.0" not in (user / "v-once.toml").read_text()
    again = {"name": "v-once", "changes": [{**change, "value": 3000}]}
    r = client.post(url, json=again)
    assert r.status_code == 409 and "exists already" in r.json()["detail"]
    assert "3000" not in (user / "v-once.toml").read_text()
    assert client.post(url, json={**again, "replace": True}).status_code == 201
    assert "3000" in (user / "v-once.toml").read_text()
    r = client.post(url, json={"name": "v-bad", "changes": [
        {"path": "contributors[1].pledge_troops", "value": -5, "assumption": "a test of the page"}]})
    assert r.status_code == 422 and r.json()["detail"].startswith("not saved: "), r.json()


def test_save_as_variant_never_overwrites_its_parent_or_a_plan_others_extend(served: Any) -> None:
    # review r6 H0: saving a variant of 'mine' under the name 'mine' (the page asks "Replace
    # it?") replaced the hand-written plan with a one-change file extending itself; its own
    # variants then could not be opened either
    from reassure.spec import load_scenario

    client, user = served
    change = {"path": "force.target_troops", "value": 8000, "assumption": "a test of the page"}
    base = client.post("/api/scenarios/europe-2025/variants", json={"name": "h0-base", "changes": [
        {"path": "force.target_troops", "value": 12000, "assumption": "hand-written plan"}]})
    assert base.status_code == 201, base.text
    original = (user / "h0-base.toml").read_text()
    r = client.post("/api/scenarios/h0-base/variants", json={"name": "h0-base", "replace": True, "changes": [change]})
    assert r.status_code == 409 and "'h0-base' is the plan this variant extends" in r.json()["detail"], r.text
    assert (user / "h0-base.toml").read_text() == original
    assert client.post("/api/scenarios/h0-base/variants", json={"name": "h0-child", "changes": [change]}).status_code == 201
    # 'h0-base' is now the parent of 'h0-child': replacing it from anywhere is refused, naming the child
    r = client.post("/api/scenarios/europe-2025/variants", json={"name": "h0-base", "replace": True, "changes": [change]})
    assert r.status_code == 409 and "extended by your plan 'h0-child'" in r.json()["detail"], r.text
    r = client.post("/api/scenarios/h0-child/variants", json={"name": "h0-base", "replace": True, "changes": [change]})
    assert r.status_code == 409 and "'h0-child'" in r.json()["detail"], r.text
    assert (user / "h0-base.toml").read_text() == original
    assert load_scenario(user / "h0-child.toml").force.target_troops.value == 8000
    # replacing a plan nobody extends keeps the old file as a backup, and says so
    r = client.post("/api/scenarios/europe-2025/variants", json={"name": "h0-child", "replace": True, "changes": [
        {**change, "value": 9000}]})
    assert r.status_code == 201, r.text
    backup = user / r.json()["backup"]
    assert backup.name.startswith("h0-child.toml.") and backup.name.endswith(".bak")
    assert r.json()["note"] == f"the previous h0-child.toml is kept as {backup.name}"
    assert "8000" in backup.read_text() and "9000" in (user / "h0-child.toml").read_text()
    listed = {s["name"] for s in client.get("/api/scenarios").json()["scenarios"]}
    assert "h0-child" in listed and not any(".bak" in n for n in listed)


def test_editor_rows_name_the_nation_site_and_fleet(served: Any) -> None:
    # review r6 M3: rows were named contributors[8], posture.sites[0], monitoring.fleets[2];
    # a key-named change was refused with "did you mean 'contributors[9]...'" (Finland, not
    # Sweden). L8: a switch's value read None.
    import re

    from reassure.spec import load_scenario

    client, user = served
    (user / "m3-nb.toml").write_text(
        'schema = 1\nname = "m3-nb"\ntitle = "t"\ndescription = "d"\nextends = "europe-2025"\n'
        '[[contributors]]\nnation = "SWE"\npledge_troops = { value = 3000, unit = "troops", assumption = "x (for a test)" }\n'
        '[[contributors]]\nnation = "FIN"\npledge_troops = { value = 2500, unit = "troops", assumption = "x (for a test)" }\n')
    fields = {f["path"]: f for f in client.get("/api/scenarios/m3-nb").json()["fields"]}
    assert {"contributors[SWE].pledge_troops", "contributors[FIN].pledge_troops", "posture.sites[rivne-npp].weight",
            "monitoring.fleets[eu-male].orbits", "contributors[FRA].requires_us_backstop"} <= set(fields)
    assert not [p for p in fields if re.search(r"(contributors|sites|fleets|bases|sources)\[\d+\]", p)]
    assert fields["contributors[FRA].requires_us_backstop"]["text"] == "false"
    assert fields["us_backstop.isr"]["text"] in ("true", "false")
    url = "/api/scenarios/m3-nb/variants"
    r = client.post(url, json={"name": "m3-swe", "changes": [
        {"path": "contributors[SWE].pledge_troops", "value": 4000, "assumption": "a test of the page"}]})
    assert r.status_code == 201, r.text
    written = tomllib.loads((user / "m3-swe.toml").read_text())["contributors"]
    assert written == [{"nation": "SWE", "pledge_troops": {"value": 4000, "unit": "troops", "assumption": "a test of the page"}}]
    assert next(c for c in load_scenario(user / "m3-swe.toml").contributors if c.nation == "FIN").pledge_troops.value == 2500
    r = client.post(url, json={"name": "m3-typo", "changes": [
        {"path": "contributors[SWD].pledge_troops", "value": 4000, "assumption": "a test of the page"}]})
    assert r.status_code == 422
    assert r.json()["detail"] == ("contributors[SWD].pledge_troops: not an editable parameter; "
                                  "did you mean 'contributors[SWE].pledge_troops'?"), r.json()
    # the index form is still accepted, and names the same nation
    index = [c.nation for c in load_scenario(user / "m3-nb.toml").contributors].index("SWE")
    r = client.post(url, json={"name": "m3-index", "changes": [
        {"path": f"contributors[{index}].pledge_troops", "value": 4000, "assumption": "a test of the page"}]})
    assert r.status_code == 201, r.text
    assert tomllib.loads((user / "m3-index.toml").read_text())["contributors"] == written

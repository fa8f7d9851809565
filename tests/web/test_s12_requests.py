"""Review s12: non-finite edits, switch provenance, the run's seed and runs, strict run requests,
and the compare table's noise rule."""

from __future__ import annotations

import json
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassure.present.web.app import Job, _overlap, create_app, wait_for

from .conftest import TOKEN

HEADERS = {"X-Reassure-Token": TOKEN, "Content-Type": "application/json"}
_user = Path(tempfile.mkdtemp(prefix="reassure-s12-"))
APP = create_app(_user, TOKEN, workdir=_user / "work")
SUBMITTED: list[Job] = []


def _fake_submit(scenario: str, path: Path, runs: int, seed: int | None) -> Job:
    # fuzzed requests must not start real assessments
    job = Job(id=f"fake{len(SUBMITTED)}", scenario=scenario, runs=runs, seed=seed, key=(str(path), 0, runs, seed))
    SUBMITTED.append(job)
    APP.state.jobs.jobs[job.id] = job
    return job


APP.state.jobs.submit = _fake_submit


@pytest.fixture(scope="module")
def client() -> Any:
    from fastapi.testclient import TestClient

    with TestClient(APP, raise_server_exceptions=False) as c:  # a crash must show as a 500, not raise
        yield c


def _post(client: Any, url: str, body: dict[str, Any]) -> Any:
    # json.dumps writes NaN and Infinity as JSON readers (and FastAPI's) accept them
    return client.post(url, content=json.dumps(body, allow_nan=True), headers=HEADERS)


NON_FINITE = st.sampled_from([float("nan"), float("inf"), float("-inf")])
ODD_NUMBERS = st.one_of(NON_FINITE, st.floats(min_value=1e15, max_value=1e308), st.floats(max_value=-1e15, min_value=-1e308),
                        st.integers(min_value=2**53, max_value=2**200), st.integers(max_value=-(2**63), min_value=-(2**200)))
PATHS = st.sampled_from(["force.target_troops", "contributors[GBR].pledge_troops", "contributors[NLD].p_join",
                         "contributors[GBR].requires_us_backstop", "us_backstop.isr"])


@given(path=PATHS, key=st.sampled_from(["value", "low", "high", "both"]), number=ODD_NUMBERS)
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_edit_with_odd_numbers_is_a_server_error(client: Any, path: str, key: str, number: float) -> None:
    change: dict[str, Any] = {"path": path, "assumption": "fuzz of odd numbers"}
    if key == "both":
        change.update(low=number, high=number)
    else:
        change[key] = number
    r = _post(client, "/api/scenarios/europe-2025/variants", {"name": "fuzz-edit", "changes": [change]})
    assert r.status_code == 422, (change, r.status_code, r.text[:300])
    detail = r.json()["detail"]
    assert isinstance(detail, str) and path in detail, detail
    assert not list(_user.glob("fuzz-edit.toml"))


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_name_the_field_and_ask_for_a_finite_number(client: Any, number: str) -> None:
    # review s12 1: 500 "Internal Server Error" and a traceback (the TOML writer's ValueError)
    body = '{"name":"t1","changes":[{"path":"force.target_troops","value":' + number + ',"assumption":"a test of the page"}]}'
    r = client.post("/api/scenarios/europe-2025/variants", content=body, headers=HEADERS)
    assert r.status_code == 422
    assert r.json()["detail"] == ("changes[0].value (force.target_troops): "
                                  "a finite number (or true/false for a switch) is expected")


RUN_VALUES = st.one_of(st.none(), st.booleans(), NON_FINITE, st.floats(allow_nan=False), st.integers(min_value=-(2**70), max_value=2**70),
                       st.text(max_size=5), st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@given(runs=RUN_VALUES, seed=RUN_VALUES, extra=st.sampled_from([None, "sede", "run", "Seed"]))
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_run_request_is_a_server_error_and_only_whole_numbers_in_range_run(client: Any, runs: Any, seed: Any,
                                                                             extra: str | None) -> None:
    body: dict[str, Any] = {"scenario": "europe-2025", "runs": runs, "seed": seed}
    if extra:
        body[extra] = 5
    SUBMITTED.clear()
    r = _post(client, "/api/runs", body)
    assert r.status_code < 500, (body, r.text[:300])
    runs_ok = type(runs) is int and 1 <= runs <= 400
    seed_ok = seed is None or (type(seed) is int and 0 <= seed <= 2**63 - 1)
    if runs_ok and seed_ok and not extra:
        assert r.status_code == 202 and len(SUBMITTED) == 1, (body, r.text)
        assert SUBMITTED[0].runs == runs
    else:
        assert r.status_code == 422 and not SUBMITTED, (body, r.status_code, r.text)
        detail = r.json()["detail"]
        named = extra if extra else ("runs" if not runs_ok else "seed")
        assert f"{named}:" in detail, detail


@given(runs=st.one_of(st.integers(max_value=0, min_value=-(2**40)), st.integers(min_value=401, max_value=2**40)))
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_compare_refuses_runs_out_of_range_naming_the_range(client: Any, runs: int) -> None:
    r = client.get("/api/compare", params={"plans": "europe-2025,no-us-backstop", "runs": runs}, headers=HEADERS)
    assert r.status_code == 422 and "runs: a whole number of runs from 1 to 400" in r.json()["detail"], r.text


def test_run_requests_refuse_unknown_keys_and_true_as_a_count(client: Any) -> None:
    # review s12 5: "sede": 5 was dropped and "runs": true ran once
    r = _post(client, "/api/runs", {"scenario": "europe-2025", "sede": 5, "runs": 3})
    assert r.status_code == 422
    assert r.json()["detail"] == "sede: is not a known field (known: scenario, runs, seed)"
    for runs in (True, 0, None, 2.0, "3"):
        r = _post(client, "/api/runs", {"scenario": "europe-2025", "runs": runs})
        assert r.status_code == 422, runs
        assert r.json()["detail"] == "runs: a whole number of runs from 1 to 400 is expected", (runs, r.json())


def test_a_run_states_the_seed_it_uses(client: Any) -> None:
    # review s12 4: "seed": null while the scenario's seed was used
    from reassure.spec import list_scenarios, load_scenario

    own = load_scenario(next(p for p in list_scenarios() if p.stem == "europe-2025")).seed
    SUBMITTED.clear()
    r = _post(client, "/api/runs", {"scenario": "europe-2025", "runs": 3})
    assert r.status_code == 202 and r.json()["seed"] == own and r.json()["runs"] == 3
    assert SUBMITTED[0].seed == own  # the job is keyed (and cached) on the seed it states
    r = _post(client, "/api/runs", {"scenario": "europe-2025", "runs": 3, "seed": 7})
    assert r.json()["seed"] == 7


def test_a_switch_edit_carries_only_its_own_provenance(client: Any) -> None:
    # review s12 2: requires_us_backstop = false kept fg-antiwar-pollard, which backs true.
    # Review 41 12: the switch has its own provenance (`switch_provenance`), the edit's alone;
    # the table keeps its sources and assumption, which back its other values (GBR's status).
    from reassure.spec import load_scenario

    r = _post(client, "/api/scenarios/europe-2025/variants", {"name": "sw-asm", "changes": [
        {"path": "contributors[GBR].requires_us_backstop", "value": False, "assumption": "UK goes without"}]})
    assert r.status_code == 201, r.text
    gbr = next(c for c in load_scenario(_user / "sw-asm.toml").contributors if c.nation == "GBR")
    assert gbr.requires_us_backstop is False
    own = gbr.provenance_of("requires_us_backstop")
    assert own.assumption == "UK goes without" and own.source == ()
    assert gbr.assumption is not None and gbr.assumption.startswith("Pollard"), gbr.assumption
    r = _post(client, "/api/scenarios/europe-2025/variants", {"name": "sw-src", "changes": [
        {"path": "contributors[GBR].requires_us_backstop", "value": False, "source": ["seed-001"]}]})
    assert r.status_code == 201, r.text
    written = tomllib.loads((_user / "sw-src.toml").read_text())["contributors"][0]
    assert "source" not in written and "assumption" not in written
    assert written["switch_provenance"] == {"requires_us_backstop": {"source": ["seed-001"]}}
    gbr = next(c for c in load_scenario(_user / "sw-src.toml").contributors if c.nation == "GBR")
    assert gbr.provenance_of("requires_us_backstop").source == ("seed-001",)
    fields = {f["path"]: f for f in client.get("/api/scenarios/sw-src", headers=HEADERS).json()["fields"]}
    assert fields["contributors[GBR].requires_us_backstop"]["source"] == ["seed-001"]
    assert fields["contributors[GBR].requires_us_backstop"]["assumption"] == ""


def test_interval_overlap() -> None:
    assert _overlap((11.3, 15.6), (11.1, 15.4)) and _overlap((1, 2), (2, 3))
    assert not _overlap((1, 2), (2.1, 3)) and not _overlap((1, 2), None) and not _overlap(None, None)


def test_compare_flags_only_differences_beyond_the_intervals(tmp_path: Path) -> None:
    # review s12 3: 13.5% against 13.2% with overlapping intervals was highlighted
    from fastapi.testclient import TestClient

    app = create_app(tmp_path, TOKEN, workdir=tmp_path / "w")
    with TestClient(app) as c:
        c.cookies.set("reassure_token", TOKEN)
        r = c.post("/api/scenarios/europe-2025/variants", json={"name": "small", "changes": [
            {"path": "force.target_troops", "value": 20000, "assumption": "a smaller target"}]})
        assert r.status_code == 201, r.text
        for name in ("europe-2025", "small"):
            job = c.post("/api/runs", json={"scenario": name, "runs": 4}).json()
            assert wait_for(c.app, job["id"])["state"] == "done"
        d = c.get("/api/compare", params={"plans": "europe-2025,small", "runs": 4}).json()
    assert "do not overlap" in d["rule"] and d["runs"] == [4, 4] and all(isinstance(s, int) for s in d["seeds"])
    with_ci = 0
    for row in d["rows"]:
        for side in ("with_us", "without_us"):
            for i in range(2):
                ci = row[f"{side}_ci"][i]
                if ci is not None:
                    with_ci += 1
                    assert "–" in row[side][i].split("(")[-1], row  # the interval is shown in the cell
                if row[f"{side}_differs"][i]:
                    assert row[side][i] != row[side][0] and not _overlap(ci, row[f"{side}_ci"][0]), row
    assert with_ci, "no Monte Carlo figure carried an interval"


def test_errors_of_a_variant_not_saved_are_worded_for_the_page(client: Any) -> None:
    # review s12 6: "ui-small.toml:12: ... or unit = \"percent\"?" and "add it to [[sources]]"
    url = "/api/scenarios/europe-2025/variants"
    details = []
    for change in ({"path": "contributors[NLD].p_join", "value": 60, "assumption": "a test of the page"},
                   {"path": "contributors[GBR].pledge_troops", "value": 5000, "source": ["nope-1"]}):
        r = _post(client, url, {"name": "bad-page", "changes": [change]})
        assert r.status_code == 422
        details.append(r.json()["detail"])
        assert details[-1].startswith(f"not saved: {change['path']}"), details[-1]
    assert "contributors[NLD].p_join must be <= 1" in details[0] and "did you mean 0.60?" in details[0], details
    assert "'nope-1'; choose one of the plan's sources or of the shipped data's, or give an assumption" in details[1], details
    for detail in details:
        assert ".toml" not in detail and "unit =" not in detail and "[[sources]]" not in detail, detail
    assert not (_user / "bad-page.toml").exists()

"""Review s44: explore, the web API and the bounds of `validate`.

1. `explore` reports a factor's wrong `unit` (a check against the scenario) together with the
   schema's problems (`runs = 0`), not only once those are fixed (docs/explore.md: "The lines
   come from every stage of the checking at once").
2. After a `--limit` trial of a design that already asks for enough experiments, the "Rough
   answers" box says to complete the run, not to set `samples` to what the file already has;
   when a lever given as choices swamps the variance (`SWAMP_SHARE`) it advises no more
   experiments at all, only `--where`.
3. A JSON body POSTed under another Content-Type (curl's `-d`) with the token in the header or
   the address is read as JSON; with the token in the cookie alone it is refused, naming the
   Content-Type to send (a page of another local server may send the cookie, never a JSON body).
4. A bound is stated in the unit the value is written in when it is a plain number there:
   "force.tour must be <= 60 month: ... (got 900 month)", not "<= 43,830 h (got 900 month =
   657,450 h)".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
TOKEN = "test-token-s44-0123456789abcdef"


# -- 1: every stage of the checking at once ------------------------------------------------------
EXPERIMENT = f"""schema = 1
name = "e12"
title = "A broken experiment"
scenarios = ["{REPO / 'scenarios' / 'europe-2025.toml'}"]
seed = 1
runs = 0
outcomes = ["force.p_target_met_pct"]

[design]
kind = "lhs"
samples = 8

[[uncertainties.factor]]
path = "force.tour"
low = 4
high = 8
unit = "km"
assumption = "a tour of four to eight months, for the test"
"""


def test_a_wrong_unit_is_reported_with_the_schemas_problems(tmp_path: Path, run_cli: Any) -> None:
    path = tmp_path / "e12.toml"
    path.write_text(EXPERIMENT, encoding="utf-8")
    proc = run_cli("explore", path, "--out", tmp_path / "out")
    assert proc.exit_code == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"error: {path}:6: runs must be greater than or equal to 1 (got 0)")
    assert lines[1].startswith(f"error: {path}:17: uncertainties.factor[0].unit must be the unit of force.tour")
    assert "write unit = \"month\"" in lines[1] and "(got 'km')" in lines[1]
    assert not (tmp_path / "out").exists()


def test_the_unit_problem_alone_is_said_as_before(tmp_path: Path, run_cli: Any) -> None:
    path = tmp_path / "e13.toml"
    path.write_text(EXPERIMENT.replace("runs = 0", "runs = 1"), encoding="utf-8")
    proc = run_cli("explore", path, "--out", tmp_path / "out")
    assert proc.exit_code == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and ":17: uncertainties.factor[0].unit must be the unit of force.tour" in lines[0]


# -- 2: the advice of the "Rough answers" box ----------------------------------------------------
@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import invoke

    out = tmp_path_factory.mktemp("s44") / "x5"
    proc = invoke("explore", REPO / "experiments" / "what-drives-25000.toml", "--out", out, "--limit", "8",
                  "--no-report", "--workers", "1")
    assert proc.exit_code == 0, proc.stderr
    return out


def test_a_limit_trial_is_told_to_complete_its_design_not_to_enlarge_it(trial: Path, run_cli: Any) -> None:
    proc = run_cli("explore", "analyse", trial, "--outcome", "force.p_target_met_pct", "--case", "without_us",
                   "--no-report")
    assert proc.exit_code == 0, proc.stderr
    text = " ".join(proc.stdout.split())
    rough = text[text.index("Rough answers:"):text.index("In detail:")]
    assert "samples = 90" not in rough and "set [design]" not in rough
    assert "run without --limit (or resume) to complete the 128 experiments" in rough
    assert "--resume" in rough


def test_a_swamping_lever_gets_no_advice_of_more_experiments(trial: Path) -> None:
    from reassure.run.explore.analyse import analyse

    a = analyse(trial, "force.p_target_met_pct", case="with_us")
    assert any(p["swamps"] for p in a.pooled)
    assert a.rough.startswith("Rough answers: 8 experiments give")
    # docs/explore.md, SWAMP_SHARE: the box does not say that more experiments would separate them
    for advice in ("samples =", "need about", "complete the", "run without --limit"):
        assert advice not in a.rough, advice
    assert "more experiments will not make these indices separate them" in a.rough
    assert '--where "force_target_troops = 25000"' in a.rough


def test_rough_text_of_a_design_too_small_still_says_how_to_enlarge_it() -> None:
    from reassure.run.explore.analyse import rough_text

    manifest = {"design": {"kind": "lhs", "samples": 17, "rows": 17}, "n_experiments": 17, "replications": 2}
    text = rough_text(17, 65, 4, manifest)
    assert 'set [design] kind = "lhs" and samples = 65 or more' in text and "130 evaluations" in text
    killed = {"design": {"kind": "lhs", "samples": 128, "rows": 128}, "n_experiments": 128,
              "experiment": {"file": "x.toml"}}
    # the stored design is complete but only 40 have a value: nothing to complete, enlarge
    assert "samples = 90" in rough_text(40, 90, 9, killed)
    partial = {**killed, "n_experiments": 40}
    assert "run without --limit (or resume) to complete the 128 experiments" in rough_text(40, 90, 9, partial)


def test_the_docs_state_the_rule_the_text_follows() -> None:
    docs = " ".join((REPO / "docs" / "explore.md").read_text(encoding="utf-8").split())
    assert "run without --limit (or resume) to complete the N experiments" in docs
    assert "neither the \"Rough answers\" box nor the headline then says that more experiments would" in docs


# -- 3: a JSON body whatever its Content-Type ---------------------------------------------------
@pytest.fixture()
def client(tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    (tmp_path / "plans").mkdir()
    app = create_app(tmp_path / "plans", TOKEN, workdir=tmp_path / "work")
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


RUN = json.dumps({"scenario": "europe-2025", "runs": 3, "seed": 1})
VARIANT = json.dumps({"name": "s44-tour", "changes": [
    {"path": "force.tour", "value": 5, "assumption": "a five-month tour for the test"}]})


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "text/plain", None])
def test_a_json_run_is_taken_whatever_its_content_type(client: Any, content_type: str | None) -> None:
    headers = {"X-Reassure-Token": TOKEN}
    if content_type:
        headers["Content-Type"] = content_type
    r = client.post("/api/runs", content=RUN, headers=headers)
    assert r.status_code == 202, r.text
    assert r.json()["runs"] == 3 and r.json()["seed"] == 1
    client.delete(f"/api/runs/{r.json()['id']}", headers={"X-Reassure-Token": TOKEN})


def test_a_json_variant_is_taken_under_a_form_content_type(client: Any) -> None:
    r = client.post(f"/api/scenarios/europe-2025/variants?token={TOKEN}", content=VARIANT,
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 201, r.text
    assert r.json()["name"] == "s44-tour"


def test_a_form_body_is_told_to_be_sent_as_json(client: Any) -> None:
    r = client.post("/api/runs", content="scenario=europe-2025&runs=3",
                    headers={"X-Reassure-Token": TOKEN, "Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 422
    assert "send the body as JSON (Content-Type: application/json)" in r.json()["detail"]
    assert "application/x-www-form-urlencoded" in r.json()["detail"]


def test_the_cookie_alone_does_not_carry_a_body_that_is_not_sent_as_json(client: Any) -> None:
    """A page of another local server (same site, other port) may post a form or text/plain with
    the cookie and no preflight: such a body is refused, saying what to send."""
    client.cookies.set("reassure_token", TOKEN)
    r = client.post("/api/runs", content=RUN, headers={"Content-Type": "text/plain"})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail.startswith("send the body as JSON (Content-Type: application/json)")
    assert "text/plain" in detail
    r = client.post("/api/runs", content=RUN, headers={"Content-Type": "application/json"})
    assert r.status_code == 202, r.text  # the page's own requests are as before
    client.delete(f"/api/runs/{r.json()['id']}")


def test_no_token_is_still_refused_first(client: Any) -> None:
    r = client.post("/api/runs", content=RUN, headers={"Content-Type": "text/plain"})
    assert r.status_code == 403


# -- 4: a bound in the unit written ---------------------------------------------------------------
def _scenario(tmp_path: Path, section: str, line: str) -> Path:
    path = tmp_path / "bound.toml"
    path.write_text(f'schema = 1\nname = "bound"\ntitle = "t"\ndescription = "d"\nextends = "europe-2025"\n\n'
                    f"[{section}]\n{line}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("section", "line", "said"), [
    ("force", 'tour = { value = 900, unit = "month", assumption = "a very long tour for the test" }',
     "force.tour must be <= 60 month: a tour of a day to five years (got 900 month)"),
    ("force", 'tour = { value = 10, unit = "year", assumption = "a very long tour for the test" }',
     "force.tour must be <= 5 year: a tour of a day to five years (got 10 year)"),
    ("force", 'tour = { value = 0.5, unit = "day", assumption = "a very short tour for the test" }',
     "force.tour must be >= 1 day: a tour of a day to five years (got 0.5 day)"),
    ("monitoring", 'window = { value = 100, unit = "day", assumption = "a long window for the test" }',
     "monitoring.window must be <= 90 day: a window of 1 hour to 90 days (got 100 day)"),
    ("posture", 'standoff = { value = 600000, unit = "m", assumption = "a far standoff for the test" }',
     "posture.standoff must be <= 500,000 m: garrisons within 500 km"),
    ("force", 'interval = { value = -2, unit = "month", assumption = "a negative interval for the test" }',
     "force.interval must be >= 0 month (got -2 month)"),
    # no plain number in the unit written: the canonical unit, the value converted (no 59.99999)
    ("posture", 'standoff = { value = 400, unit = "mi", assumption = "a far standoff for the test" }',
     "posture.standoff must be <= 500 km: garrisons within 500 km of the line (Ukraine is ~1,300 km wide) "
     "(got 400 mi = 643.738 km)"),
    ("force", 'tour = { value = 0.01, unit = "month", assumption = "a very short tour for the test" }',
     "force.tour must be >= 24 h: a tour of a day to five years (got 0.01 month = 7.305 h)"),
    # a value in the canonical unit: as before
    ("monitoring", 'window = { value = 3000, unit = "h", assumption = "a long window for the test" }',
     "monitoring.window must be <= 2,160 h: a window of 1 hour to 90 days (got 3,000 h)"),
])
def test_a_bound_is_said_in_the_unit_written(tmp_path: Path, run_cli: Any, section: str, line: str,
                                             said: str) -> None:
    proc = run_cli("validate", _scenario(tmp_path, section, line))
    assert proc.exit_code != 0
    message = " ".join(proc.stderr.split())
    assert said in message, message
    assert not re.search(r"\d\.\d{4,}", message.split(" (got")[0]), message  # no 59.99999


def test_bound_in_names_the_unit_only_for_a_plain_number() -> None:
    from reassure.spec._bounds import bound_in

    assert bound_in(5 * 8766.0, "h", "month") == ("60 month", "month")
    assert bound_in(1.0, "fraction", "percent") == ("100 percent", "percent")
    assert bound_in(10_000, "km", "mi") == ("10,000 km", "km")
    assert bound_in(1 / 360, "h", "min") == ("10 s", "s")  # 0.1666... min: the usual 10 s
    assert bound_in(24.0, "h", None) == ("24 h", "h")

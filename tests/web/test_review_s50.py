"""Review s50: the serve token can come from the environment (REASSURE_TOKEN), out of the
process list, where `--token` is readable by every user of the machine (`ps`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from .conftest import first_answer


def test_the_token_is_read_from_the_environment(tmp_path: Path) -> None:
    token = "from-the-environment-123"
    proc = subprocess.Popen([sys.executable, "-m", "reassure.cli", "serve", "--port", "0",
                             "--scenarios", str(tmp_path / "plans")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONUNBUFFERED="1", REASSURE_TOKEN=token))
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        m = re.search(r"(http://127\.0\.0\.1:\d+/)\?token=(\S+)", lines[1])
        assert m and unquote(m.group(2)) == token, lines
        assert token not in " ".join(proc.args)  # not on the command line
        r = first_answer(f"{m.group(1)}api/scenarios?token={m.group(2)}")
        assert r.status_code == 200  # type: ignore[attr-defined]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_short_token_from_the_environment_is_refused_by_name(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "reassure.cli", "serve", "--port", "0", "--scenarios", str(tmp_path / "p")],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, REASSURE_TOKEN="short"))
    assert proc.returncode != 0 and "--token (or REASSURE_TOKEN) must be at least 16 characters" in proc.stderr


def test_an_edit_that_changes_nothing_is_not_saved(served: Any) -> None:
    """review s49: setting a value to the one the plan has saved a variant that changed nothing."""
    client, user = served
    url = "/api/scenarios/europe-2025/variants"
    # europe-2025's standoff is 100 km (scenarios/europe-2025.toml)
    same = {"path": "posture.standoff", "value": 100, "unit": "km", "assumption": "the same standoff, for the test"}
    r = client.post(url, json={"name": "s50-same", "changes": [same]})
    assert r.status_code == 422 and r.json()["detail"].startswith("not saved: no change: posture.standoff"), r.json()
    assert not (user / "s50-same.toml").exists()
    # with a real change beside it, the request is saved
    other = {"path": "contributors[GBR].pledge_troops", "value": 4000, "assumption": "a smaller UK pledge, for the test"}
    r = client.post(url, json={"name": "s50-some", "changes": [same, other]})
    assert r.status_code == 201, r.json()


def test_a_source_id_given_twice_is_written_once(served: Any) -> None:
    client, user = served
    url = "/api/scenarios/europe-2025/variants"
    change = {"path": "contributors[GBR].pledge_troops", "value": 4500, "source": ["seed-000", "seed-000"]}
    r = client.post(url, json={"name": "s50-twice", "changes": [change]})
    assert r.status_code == 201, r.json()
    text = (user / "s50-twice.toml").read_text(encoding="utf-8")
    assert text.count('"seed-000"') == 1, text


@pytest.mark.parametrize("name, refused", [("y.", True), ("plan.", True), ("plan-", False)])
def test_a_name_ending_in_a_dot_is_refused(served: Any, name: str, refused: bool) -> None:
    """review s49: `y.` was a name (its file `y..toml`); a trailing '-' stays allowed, as variants
    saved under such names must still load."""
    client, user = served
    change = {"path": "contributors[GBR].pledge_troops", "value": 4200, "assumption": "a smaller UK pledge, for the test"}
    r = client.post("/api/scenarios/europe-2025/variants", json={"name": name, "changes": [change]})
    if refused:
        assert r.status_code == 400 and "may not end with '.'" in r.json()["detail"], r.json()
        assert not any(user.glob(f"{name}*"))
    else:
        assert r.status_code == 201, r.json()


def test_a_finished_run_offers_its_results_and_figures_to_download(served: Any) -> None:
    """review s49 (a journalist): the page offered no CSV or JSON; the terminal's --out writes them."""
    import csv
    import io
    import json

    from reassure.present.web.app import wait_for

    client, _ = served
    job = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 2}).json()
    state = wait_for(client.app, job["id"])
    assert state["state"] == "done", state
    links = client.get(f"/api/runs/{job['id']}").json()["downloads"]
    assert set(links) == {"results.json", "figures.csv"}
    r = client.get(links["results.json"])
    assert r.status_code == 200 and "europe-2025-results.json" in r.headers["content-disposition"]
    assert json.loads(r.text)["scenario"]["name"] == "europe-2025"
    rows = list(csv.reader(io.StringIO(client.get(links["figures.csv"]).text)))
    assert len(rows) > 10 and any("force." in cell for cell in rows[1])
    assert client.get(f"/runs/{job['id']}/manifest.toml").status_code == 404  # only the named files
    assert client.get(f"/runs/{job['id']}/..%2Fx").status_code == 404


@pytest.mark.parametrize("change, saved", [
    ({"path": "force.target_troops", "low": 25000, "high": 30000}, False),  # europe-2025's own range
    ({"path": "force.target_troops", "low": 24000, "high": 30000}, True),   # one end moved
    ({"path": "us_backstop.isr", "value": True}, False),                     # the switch as it is
    ({"path": "us_backstop.isr", "value": False}, True),
])
def test_a_range_or_switch_set_to_what_it_is_is_no_change(served: Any, change: dict[str, Any], saved: bool) -> None:
    client, user = served
    import zlib

    name = f"s50-rs-{zlib.crc32(str(change).encode())}"
    body = {"name": name, "changes": [{**change, "assumption": "a range or switch edit, for the test"}]}
    r = client.post("/api/scenarios/europe-2025/variants", json=body)
    if saved:
        assert r.status_code == 201, r.json()
    else:
        assert r.status_code == 422 and "no change" in r.json()["detail"], r.json()
        assert not (user / f"{name}.toml").exists()


def test_the_page_asks_about_a_ranges_high_end_as_the_terminal_does(served: Any) -> None:
    """review of s50: the terminal, report and compare asked about "the high end of the target
    range"; the page still said "the full target"."""
    from reassure.present.web.app import wait_for

    client, _ = served
    job = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 2}).json()
    assert wait_for(client.app, job["id"])["state"] == "done"
    questions = [v["question"] for v in client.get(f"/api/runs/{job['id']}/summary").json()["verdicts"]]
    assert any("the high end of the target range" in q for q in questions), questions
    assert not any("the full target" in q for q in questions), questions

"""The review of `reassure serve` (its files in /tmp/review-web): a variant's cached plan and
runs stale when a parent file of its `extends` chain changes (1), a ruled-out nation's values
refused as having no effect (2), concurrent saves of a new name (3), a value with a range (4), a
source of the shipped data cited (5), empty and unreadable bodies (6), a number as text (7), a
compare while its runs are under way (8), wording (9) and a variant's title (10)."""

from __future__ import annotations

import os
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reassure.present.web.app import create_app, wait_for

from .conftest import TOKEN

URL = "/api/scenarios/europe-2025/variants"
JSON = {"Content-Type": "application/json"}


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    """An app of its own on an empty folder of plans."""
    from fastapi.testclient import TestClient

    user = tmp_path / "plans"
    user.mkdir()
    app = create_app(user, TOKEN, workdir=tmp_path / "work")
    with TestClient(app, raise_server_exceptions=False) as client:
        client.cookies.set("reassure_token", TOKEN)
        yield client, user


def _save(client: Any, name: str, *changes: dict[str, Any], replace: bool = False, parent: str = "europe-2025") -> Any:
    return client.post(f"/api/scenarios/{parent}/variants",
                       json={"name": name, "changes": list(changes), "replace": replace})


# -- 1: a parent edited on disk makes its variants' cached plan and runs stale ------------------
BASE = ('schema = 1\nname = "rw-base"\ntitle = "base"\ndescription = "d"\nextends = "europe-2025"\n'
        '[posture]\nstandoff = {{ value = {km}, unit = "km", assumption = "a standoff set by the test" }}\n')
CHILD = ('schema = 1\nname = "rw-child"\ntitle = "child"\ndescription = "d"\nextends = "rw-base"\n'
         '[force]\ntour = { value = 5, unit = "month", assumption = "a tour set by the test" }\n')


def _edit_keeping_time(path: Path, text: str) -> None:
    """Rewrite ``path`` and put its modification time back: a key on the time alone misses it."""
    before = path.stat()
    path.write_text(text)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_parent_edited_on_disk_is_seen_by_its_variant_and_its_runs(fresh: tuple[Any, Path]) -> None:
    client, user = fresh
    (user / "rw-base.toml").write_text(BASE.format(km=110))
    (user / "rw-child.toml").write_text(CHILD)

    def standoff() -> str:
        fields = {f["path"]: f for f in client.get("/api/scenarios/rw-child").json()["fields"]}
        return fields["posture.standoff"]["text"]

    assert standoff() == "110 km"
    run = client.post("/api/runs", json={"scenario": "rw-child", "runs": 1}).json()
    assert wait_for(client.app, run["id"])["state"] == "done"
    assert client.post("/api/runs", json={"scenario": "rw-child", "runs": 1}).json()["id"] == run["id"]  # cached
    # the parent edited, the child's own file untouched: same size, same modification time
    _edit_keeping_time(user / "rw-base.toml", BASE.format(km=220))
    again = client.post("/api/runs", json={"scenario": "rw-child", "runs": 1}).json()
    assert again["id"] != run["id"]  # not the old run of the old numbers
    client.delete(f"/api/runs/{again['id']}")
    assert standoff() == "220 km"  # nor the old plan
    # and a compare does not take the old run as the plan's either
    r = client.get("/api/compare", params={"plans": "rw-child,europe-2025", "runs": 1})
    assert r.status_code == 409 and "rw-child" in str(r.json()["detail"])
    # the key: every file of the chain, by its bytes
    from reassure.present.web.app import chain_key

    key = chain_key(user / "rw-child.toml")
    assert [Path(p).name for p, _ in key] == ["rw-child.toml", "rw-base.toml", "europe-2025.toml"]
    _edit_keeping_time(user / "rw-base.toml", BASE.format(km=330))
    assert chain_key(user / "rw-child.toml") != key


# -- 2: a value of a ruled-out nation cannot take effect: refused, and not offered --------------
def test_an_edit_of_a_ruled_out_nations_value_is_refused_saying_why(fresh: tuple[Any, Path]) -> None:
    client, user = fresh
    r = _save(client, "rw-pol", {"path": "contributors[POL].p_join", "value": 0.5, "source": ["seed-004"]})
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == (
        "contributors[POL].p_join: not editable: it has no effect: POL's status is ruled-out, which takes "
        "part with probability 0 whatever p_join says; p_join has no effect unless status is changed, "
        "and a nation's status cannot be changed on this page")
    assert not (user / "rw-pol.toml").exists()
    # the index form names the same field, and is refused the same way
    index = [c.nation for c in client.app.state.library.load("europe-2025").contributors].index("POL")
    r = _save(client, "rw-pol", {"path": f"contributors[{index}].p_join", "value": 0.5, "source": ["seed-004"]})
    assert r.status_code == 422 and r.json()["detail"].startswith("contributors[POL].p_join: not editable: "), r.text
    fields = {f["path"]: f for f in client.get("/api/scenarios/europe-2025").json()["fields"]}
    pol = fields["contributors[POL].p_join"]
    assert pol["editable"] is False and "ruled-out" in pol["why_not"]
    assert fields["contributors[NLD].p_join"]["editable"] is True
    assert all(f["editable"] is False for p, f in fields.items() if p.startswith(("contributors[ITA].", "contributors[FIN].")))
    # the page shows such a row without boxes, and saves none of them
    page = client.get("/").text
    assert "if (f.editable === false) {" in page and "data-fixed=\"1\"" in page
    assert page.count(".fields tr[data-path]:not([data-fixed])") == 4  # the save, its two checks and the unsaved-edit keeper (review 41 1)


def test_a_field_the_nation_does_not_have_is_said_for_that_nation(fresh: tuple[Any, Path]) -> None:
    client, _ = fresh
    # review: "did you mean 'contributors[GBR].pledge_troops'?", another nation's pledge
    r = _save(client, "rw-x", {"path": "contributors[POL].pledge_troops", "value": 3000, "source": ["seed-004"]})
    detail = r.json()["detail"]
    assert r.status_code == 422 and "GBR" not in detail, detail
    assert detail.startswith("contributors[POL].pledge_troops: not editable: it has no effect: POL's status "
                             "is ruled-out"), detail
    # a slip is offered the same nation's field; a field the plan does not set is said so
    r = _save(client, "rw-x", {"path": "contributors[GBR].pledge_troop", "value": 3000, "source": ["seed-004"]})
    assert r.json()["detail"] == ("contributors[GBR].pledge_troop: not an editable parameter; did you mean "
                                  "'contributors[GBR].pledge_troops'?")
    r = _save(client, "rw-x", {"path": "contributors[DNK].pledge_troops", "value": 3000, "source": ["seed-004"]})
    detail = r.json()["detail"]
    assert detail.startswith("contributors[DNK].pledge_troops: not an editable parameter: europe-2025 does not "
                             "set DNK's pledge_troops"), detail
    assert "GBR" not in detail


# -- 3: concurrent saves of one new name: one is saved, the others refused ---------------------
def test_concurrent_saves_of_a_new_name_save_one_and_refuse_the_others(fresh: tuple[Any, Path],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import reassure.spec

    client, user = fresh
    client.get("/api/scenarios/europe-2025")  # the parent loaded once, before the saves
    n = 4
    # every save holds at its check of the new file until all have passed the "exists?" test:
    # the window in which each found no file and each wrote its own
    gate = threading.Barrier(n, timeout=60)
    load = reassure.spec.load_scenario

    def held(path: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(path).name.startswith(".rw-race."):
            try:
                gate.wait()
            except threading.BrokenBarrierError:
                pass
        return load(path, *args, **kwargs)

    monkeypatch.setattr(reassure.spec, "load_scenario", held)
    codes: list[tuple[int, str]] = []

    def save(km: int) -> None:
        r = _save(client, "rw-race", {"path": "posture.standoff", "value": km, "source": ["seed-004"]})
        codes.append((r.status_code, r.text))

    threads = [threading.Thread(target=save, args=(150 + i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(c for c, _ in codes) == [201, 409, 409, 409], codes
    assert all("exists already" in text for c, text in codes if c == 409), codes
    import json

    saved = json.loads(next(text for c, text in codes if c == 201))
    # the file is the one whose save was answered 201, and nothing else was written beside it
    assert (user / "rw-race.toml").read_text() == saved["toml"]
    assert sorted(p.name for p in user.iterdir()) == ["rw-race.toml"]


# -- 4, 7: a value with a range; a number written as text ---------------------------------------
def test_a_value_with_low_and_high_and_a_number_as_text_are_refused(fresh: tuple[Any, Path]) -> None:
    client, user = fresh
    r = _save(client, "rw-both", {"path": "posture.standoff", "value": 200, "low": 100, "high": 300,
                                  "source": ["seed-004"]})
    assert r.status_code == 422 and r.json()["detail"] == "posture.standoff: give a value, or low and high, not both"
    for key in ("value", "low"):
        change: dict[str, Any] = {"path": "force.target_troops", "low": 20000, "high": 25000, "source": ["seed-004"]}
        change[key] = "200"
        if key == "value":
            change.pop("low"), change.pop("high")
        r = _save(client, "rw-text", change)
        assert r.status_code == 422, r.text
        assert r.json()["detail"] == (f"changes[0].{key} (force.target_troops): a finite number"
                                      f"{' (or true/false for a switch)' if key == 'value' else ''} is expected "
                                      '(got the text "200": write the number without quotes)')
    assert not list(user.glob("rw-*.toml"))


# -- 5: a source of the shipped data, cited in an edit -----------------------------------------
def test_an_edit_may_cite_a_source_of_the_shipped_data(fresh: tuple[Any, Path]) -> None:
    from reassure.spec import load_scenario

    client, user = fresh
    s = client.get("/api/scenarios/europe-2025").json()
    fields = {f["path"]: f for f in s["fields"]}
    assert "sz-lit" in fields["force.cost_per_troop_year"]["source"]
    sources = {x["id"]: x for x in s["sources"]}
    assert sources["sz-lit"]["shipped"] is True and sources["sz-lit"]["outlet"] == "Süddeutsche Zeitung"
    assert sources["seed-004"]["shipped"] is False
    r = _save(client, "rw-cost", {"path": "force.cost_per_troop_year", "value": 210000, "source": ["sz-lit"]})
    assert r.status_code == 201, r.text
    doc = tomllib.loads((user / "rw-cost.toml").read_text())
    assert [x["id"] for x in doc["sources"]] == ["sz-lit"]
    assert doc["sources"][0]["url"].startswith("https://www.sueddeutsche.de/")
    variant = load_scenario(user / "rw-cost.toml")
    assert variant.force.cost_per_troop_year.source == ("sz-lit",)
    assert variant.source("sz-lit").outlet == "Süddeutsche Zeitung"
    # a source neither the plan nor the shipped data has is still refused, in words
    r = _save(client, "rw-cost2", {"path": "force.cost_per_troop_year", "value": 210000, "source": ["sz-lot"]})
    assert r.status_code == 422 and "or of the shipped data's" in r.json()["detail"], r.text
    # the page lists them apart in the picker
    assert "the shipped data's sources" in client.get("/").text


# -- 6: an empty body, bytes that are not UTF-8, JSON nested thousands deep ---------------------
def test_empty_and_unreadable_bodies_are_said_in_words(fresh: tuple[Any, Path]) -> None:
    client, _ = fresh
    r = client.post("/api/runs", content=b"", headers=JSON)
    assert r.status_code == 422
    assert r.json()["detail"].startswith('the body is empty; a JSON object is expected: {"scenario": name, "runs"')
    r = client.post(URL, content=b"", headers=JSON)
    assert r.status_code == 422
    assert r.json()["detail"].startswith('the body is empty; a JSON object is expected: {"name": new name, "changes"')
    bad_utf8 = b'{"name":"rw-utf","changes":[{"path":"posture.standoff","value":150,"assumption":"\xff\xfe bytes"}]}'
    deep = b'{"name":"rw-deep","changes":[{"path":"posture.standoff","value":150,"source":' + b"[" * 5000 + b"]" * 5000 + b"}]}"
    for url in ("/api/runs", URL):
        for body in (bad_utf8, deep, b"{"):
            r = client.post(url, content=body, headers=JSON)
            assert r.status_code == 422, (url, body[:20], r.text)
            assert r.json()["detail"].startswith("the body is not valid JSON"), r.text


def test_a_chunked_body_reaches_the_endpoint(fresh: tuple[Any, Path]) -> None:
    # the middleware counted a chunked upload and handed on an empty body
    client, _ = fresh

    def chunks() -> Iterator[bytes]:
        yield b'{"name": "rw-chunked", "changes": [{"path": "posture.standoff", '
        yield b'"value": 150, "source": ["seed-004"]}]}'

    r = client.post(URL, content=chunks(), headers=JSON)
    assert r.status_code == 201, r.text


# -- 8: compare while the runs are under way ----------------------------------------------------
def test_compare_while_the_runs_are_under_way_says_so(fresh: tuple[Any, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = fresh
    jobs = client.app.state.jobs
    monkeypatch.setattr(jobs.pending, "put", lambda job: None)  # submitted, never started: queued
    plans = ("europe-2025", "no-us-backstop")
    ids = {name: client.post("/api/runs", json={"scenario": name, "runs": 3}).json()["id"] for name in plans}
    r = client.get("/api/compare", params={"plans": ",".join(plans), "runs": 3})
    assert r.status_code == 409
    detail = r.json()["detail"]
    assert detail["message"].startswith("the runs of europe-2025, no-us-backstop are under way (europe-2025: "
                                        "queued; no-us-backstop: queued): ask again when they are done"), detail
    assert "run them first" not in detail["message"]
    assert detail["under_way"] == ids
    # one under way, one never run: both said
    jobs.cancel(jobs.jobs[ids["no-us-backstop"]])
    detail = client.get("/api/compare", params={"plans": ",".join(plans), "runs": 3}).json()["detail"]
    assert detail["message"].endswith("(europe-2025: queued): ask again when they are done (GET /api/runs/ID "
                                      "until its state is done); no-us-backstop not run yet with these runs and "
                                      "seeds: run them first (POST /api/runs with the seed given here)"), detail
    jobs.cancel(jobs.jobs[ids["europe-2025"]])


# -- 9: wording ---------------------------------------------------------------------------------
def test_wording_of_units_names_and_warnings(fresh: tuple[Any, Path]) -> None:
    client, _ = fresh
    # no "check the unit" on troops (one unit) nor on a probability; said on a time
    r = _save(client, "rw-w1", {"path": "contributors[GBR].pledge_troops", "value": 100, "source": ["seed-004"]},
              {"path": "contributors[NLD].p_join", "value": 0.05, "source": ["seed-004"]},
              {"path": "force.tour", "value": 60, "source": ["seed-004"]})
    assert r.status_code == 201, r.text
    assert r.json()["warnings"] == [
        "contributors[GBR].pledge_troops: was 10,000 troops, now 100 troops: 100 times smaller — check the number",
        "contributors[NLD].p_join: was 0.6 probability, now 0.05 probability: 12 times smaller — check the number",
        "force.tour: was 4 months, now 60 months: 15 times larger — check the unit"]
    # a name that starts with a dot: the rule it breaks
    r = _save(client, ".hidden", {"path": "posture.standoff", "value": 150, "source": ["seed-004"]})
    assert r.status_code == 400
    assert r.json()["detail"].startswith("not a scenario name: '.hidden': a name must start with a lower-case "
                                         "letter or a digit"), r.text
    # "years", and the units smallest first
    r = _save(client, "rw-w2", {"path": "horizon", "low": 2, "high": 3, "unit": "kg", "source": ["seed-004"]})
    assert r.json()["detail"] == ("horizon is in years: 'kg' is not a unit of time; give the value in years, "
                                  "or with one of the units s, min, h, day, week, month")


# -- 10: a variant's title says what changed; long names in a tooltip ----------------------------
def test_a_saved_variants_title_says_what_changed(fresh: tuple[Any, Path]) -> None:
    client, user = fresh
    r = _save(client, "rw-x", {"path": "posture.standoff", "value": 200, "source": ["seed-004"]})
    assert r.status_code == 201, r.text
    title = tomllib.loads((user / "rw-x.toml").read_text())["title"]
    assert title == ("European reassurance force for Ukraine, as reported in February 2025 "
                     "(variant rw-x: posture.standoff 100 km -> 200 km)")
    r = _save(client, "rw-y", *({"path": p, "value": v, "source": ["seed-004"]} for p, v in (
        ("posture.standoff", 120), ("force.tour", 5), ("us_backstop.isr", False), ("incidents.response_threshold", 2))))
    title = tomllib.loads((user / "rw-y.toml").read_text())["title"]
    assert title.endswith("(variant rw-y: posture.standoff 100 km -> 120 km; force.tour 4 months -> 5 months; "
                          "us_backstop.isr true -> false; and 1 more change)"), title
    # a title given is kept as given
    r = client.post(URL, json={"name": "rw-z", "title": "my own", "changes": [
        {"path": "posture.standoff", "value": 150, "source": ["seed-004"]}]})
    assert tomllib.loads((user / "rw-z.toml").read_text())["title"] == "my own"
    # the list names each plan whole in a tooltip (a long name is not cut off unread)
    page = client.get("/").text
    assert '<button class="open" data-name="${esc(s.name)}" title="${esc(s.name + (s.title ?' in page


def test_a_run_whose_files_change_while_it_waits_is_not_filed_under_the_old_ones(
        fresh: tuple[Any, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    client, user = fresh
    (user / "rw-base.toml").write_text(BASE.format(km=110))
    (user / "rw-child.toml").write_text(CHILD)
    jobs = client.app.state.jobs
    held: list[Any] = []
    monkeypatch.setattr(jobs.pending, "put", held.append)  # asked for, not started yet
    job = client.post("/api/runs", json={"scenario": "rw-child", "runs": 1}).json()
    _edit_keeping_time(user / "rw-base.toml", BASE.format(km=220))
    monkeypatch.undo()
    jobs.pending.put(held[0])  # now it starts, with the parent changed under it
    state = wait_for(client.app, job["id"])
    assert state["state"] == "failed" and "changed after this run was asked for" in state["error"], state
    again = client.post("/api/runs", json={"scenario": "rw-child", "runs": 1}).json()
    assert again["id"] != job["id"]
    client.delete(f"/api/runs/{again['id']}")

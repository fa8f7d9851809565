"""Review 19b, the page (`reassure serve`) without a browser: the sources the edit form shows,
a range saved through the API, the comparison's shares as the report writes them, the favicon."""

from __future__ import annotations

import tomllib
from types import SimpleNamespace
from typing import Any

from reassure.present.web.page import page
from reassure.run.results import Denominator, Figure, SectionResult


# -- 6: the edit form: a range as low and high, and each source by what it is ------------------
def test_the_scenario_gives_each_source_its_title_outlet_and_date(served: Any) -> None:
    client, _ = served
    s = client.get("/api/scenarios/europe-2025").json()
    sources = {x["id"]: x for x in s["sources"]}
    assert len(sources) > 20
    assert all(x["title"] and x["outlet"] for x in sources.values())
    assert any(x["date"] for x in sources.values())
    # the current value's sources are named by id in its field, and each id is one the form lists
    target = next(f for f in s["fields"] if f["path"] == "force.target_troops")
    assert target["value"] is None and (target["low"], target["high"]) == (25000, 30000)
    assert target["source"] and set(target["source"]) <= set(sources)


def test_the_page_edits_a_range_by_its_two_ends_and_labels_sources() -> None:
    html = page("0")
    # a range row has a low and a high box, and the page sends low/high for it
    assert 'class="val lo"' in html and 'class="val hi"' in html and "data-range" in html
    assert "change.low = Number(lo)" in html and "change.high = Number(hi)" in html
    # the picker's options carry the title, and the "now" cell the current value's sources
    assert "x.title" in html and 'class="nowsrc">source: ' in html


def test_a_range_edit_is_saved_as_a_range(served: Any) -> None:
    client, user = served
    r = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "europe-range-19b", "changes": [{"path": "force.target_troops", "low": 18000, "high": 22000,
                                                 "source": ["seed-001"]}]})
    assert r.status_code == 201, r.text
    doc = tomllib.loads((user / "europe-range-19b.toml").read_text())
    assert doc["force"]["target_troops"] == {"low": 18000, "high": 22000, "unit": "troops", "source": ["seed-001"]}
    one_end = client.post("/api/scenarios/europe-2025/variants", json={
        "name": "europe-range-19b-2", "changes": [{"path": "force.target_troops", "low": 18000,
                                                   "assumption": "a smaller force ask"}]})
    assert one_end.status_code == 422 and "give both low and high" in one_end.json()["detail"]


# -- 7: the comparison writes a subset's share as the report does -------------------------------
def _job(name: str, answered: tuple[float, float]) -> Any:
    figure = Figure("respond_h_p50", f"Response time, median, of answered calls: {answered[0]}% ...", 1.2, 1.5, "h",
                    digits=2, common_label="Response time, median, of answered calls (hours)",
                    denominator=Denominator("answered calls, share of incidents needing a response",
                                            *answered, digits=1))
    side = {k: {"value": None} for k in ("within_threshold_incidents_fraction", "within_threshold_fraction")}
    sections = (SectionResult("incidents", "Incidents", figures=(figure,), data={"with_us": side, "without_us": side}),)
    scenario = SimpleNamespace(name=name, us_backstop=SimpleNamespace(any=True))
    return SimpleNamespace(assessment=SimpleNamespace(scenario=scenario, sections=sections, verdicts=()),
                           runs=20, seed=7)


def test_the_compared_share_near_all_reads_as_the_report_writes_it() -> None:
    """Review 19b 7: 99.953% of incidents answered read "100.0%" on the page, ">99.9%" in the
    report and the command line (`share_pct`)."""
    from reassure.present.web.app import comparison
    from reassure.run.section_incidents import share_pct

    c = comparison([_job("europe-2025", (99.953, 46.4)), _job("no-us-backstop", (0.02, 0.02))])
    row = next(r for r in c["rows"] if r["kind"] == "denominator")
    assert row["with_us"] == [">99.9%", "<0.1%"] and row["without_us"] == ["46%", "<0.1%"]
    assert row["with_us"][0] == share_pct(99.953)


# -- 10: a favicon, shipped and served ------------------------------------------------------------
def test_the_favicon_is_served_and_linked(served: Any) -> None:
    client, _ = served
    html = client.get("/").text
    assert '<link rel="icon" href="/static/favicon.svg"' in html
    for url in ("/favicon.ico", "/static/favicon.svg"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("image/svg+xml")
        assert r.text.startswith("<svg") and len(r.content) < 2000


def test_the_favicon_needs_the_token_as_everything_else(tmp_path: Any) -> None:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    from .conftest import TOKEN

    with TestClient(create_app(tmp_path, TOKEN, workdir=tmp_path / "w")) as bare:
        assert bare.get("/favicon.ico").status_code == 403

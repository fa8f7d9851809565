"""Review 20 (a reader's pass), the page and its API without a browser: footnote numbers as the
report's (1), units and assumptions of an edit (3), the user's folder apart from the shipped
plans (5), shipped defaults as editable rows (6), a second cue on the map (7), a bound in the
field's own unit (9)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from reassure.present.web.app import wait_for
from reassure.present.web.page import page

URL = "/api/scenarios/europe-2025/variants"


def _save(client: Any, name: str, *changes: dict[str, Any]) -> Any:
    return client.post(URL, json={"name": name, "changes": list(changes), "replace": True})


# -- 1: the page's footnote numbers are the report's, and open it in a new tab ------------------
def test_the_page_numbers_its_footnotes_as_the_report_and_opens_them_in_a_new_tab(served: Any) -> None:
    client, _ = served
    job = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 2}).json()
    assert wait_for(client.app, job["id"])["state"] == "done"
    d = client.get(f"/api/runs/{job['id']}/summary").json()
    report = client.get(d["job"]["report"]).text
    html = d["headline_html"] + d["key_numbers_html"]
    marks = re.findall(r'<span class="num" data-fn="(\d+)">([^<]+)</span><sup class="fn"><a ([^>]*)>\[(\d+)\]</a>', html)
    assert len(marks) >= 8, html[:500]
    for n, text, attrs, shown in marks:
        assert n == shown
        # the report's number n is on the same figure
        assert f'data-fn="{n}">{text}</span>' in report, (n, text)
        assert f'href="{d["job"]["report"]}#fn-{n}"' in attrs and 'target="_blank"' in attrs, attrs
        assert f'id="fn-{n}"' in report
    # "30,000 troops" is the report's [2]: its [1] is the plan as the reports describe it
    assert re.search(r'data-fn="1">[^<]*</span>', html) is None


# -- 3: a unit beside each box and in its label; a unit in a change; a real assumption --------
def test_the_edit_form_shows_each_unit_and_a_list_of_sources_that_takes_several() -> None:
    html = page("0")
    assert '<span class="unit">${esc(f.unit)}</span>' in html
    assert "aria-label=\"new value of ${esc(f.path)}${inUnit}\"" in html and "', in ' + esc(f.unit)" in html
    assert "aria-label=\"new low end of ${esc(f.path)}${inUnit}\"" in html
    assert 'multiple size="1"' not in html and 'class="src" multiple size="4"' in html
    assert "one or several" in html


def test_a_change_in_another_unit_is_converted_and_noted(served: Any) -> None:
    client, user = served
    r = _save(client, "r20-half-hour", {"path": "incidents.response_threshold", "value": 30, "unit": "minutes",
                                        "assumption": "half an hour, i.e. 30 minutes"})
    assert r.status_code == 201, r.text
    q = tomllib.loads((user / "r20-half-hour.toml").read_text())["incidents"]["response_threshold"]
    assert q == {"value": 0.5, "unit": "h", "note": "given as 30 min", "assumption": "half an hour, i.e. 30 minutes"}
    r = _save(client, "r20-pct", {"path": "contributors[NLD].p_join", "value": 70, "unit": "%",
                                  "assumption": "the Dutch cabinet is split"})
    assert r.status_code == 201, r.text
    q = tomllib.loads((user / "r20-pct.toml").read_text())["contributors"][0]["p_join"]
    assert q["value"] == 0.7 and q["unit"] == "probability"
    # the field's own unit, said, is the same as none
    r = _save(client, "r20-own", {"path": "force.tour", "value": 6, "unit": "month", "assumption": "six-month tours"})
    assert r.status_code == 201 and "note" not in tomllib.loads((user / "r20-own.toml").read_text())["force"]["tour"]


@pytest.mark.parametrize("unit", ["km", "parsecs"])
def test_a_unit_the_field_cannot_take_is_refused_naming_the_expected_unit(served: Any, unit: str) -> None:
    client, user = served
    r = _save(client, "r20-km", {"path": "incidents.response_threshold", "value": 30, "unit": unit,
                                 "assumption": "half an hour, i.e. 30 minutes"})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail.startswith(f"incidents.response_threshold is in h: '{unit}' is not"), detail
    assert "min" in detail and "day" in detail
    assert not (user / "r20-km.toml").exists()


def test_an_assumption_says_why_in_a_few_words(served: Any) -> None:
    client, user = served
    for short in ("x", "a guess"):
        r = _save(client, "r20-short", {"path": "force.target_troops", "value": 20000, "assumption": short})
        assert r.status_code == 422
        detail = r.json()["detail"]
        assert detail.startswith("force.target_troops: the assumption") and "too short" in detail, detail
        assert "at least 12 characters" in detail and "or choose a source" in detail
    assert not (user / "r20-short.toml").exists()
    r = _save(client, "r20-short", {"path": "force.target_troops", "value": 20000, "assumption": "a smaller ask"})
    assert r.status_code == 201, r.text


# -- 5: the user's folder is not the shipped one, and no plan is listed twice -------------------
def test_no_shipped_plan_is_listed_as_the_users(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app
    from reassure.spec._load import shipped_scenario_dir

    from .conftest import TOKEN

    for folder in (shipped_scenario_dir(), tmp_path / "mine"):
        if folder != shipped_scenario_dir():
            folder.mkdir()
            (folder / "europe-2025.toml").write_text((shipped_scenario_dir() / "europe-2025.toml").read_text())
        with TestClient(create_app(folder, TOKEN, workdir=tmp_path / "w")) as client:
            client.cookies.set("reassure_token", TOKEN)
            d = client.get("/api/scenarios").json()
        names = [s["name"] for s in d["scenarios"]]
        assert len(names) == len(set(names)), names
        assert [s for s in d["scenarios"] if s["origin"] == "user"] == []
        if folder == shipped_scenario_dir():
            assert d["not_listed"] == []
        else:
            [note] = d["not_listed"]  # (s65) and what the copy does meanwhile
            assert note.startswith("europe-2025.toml: a shipped plan has this name; rename the file to open it")


def test_serve_keeps_variants_in_my_plans_by_default_and_refuses_the_shipped_folder(tmp_path: Path) -> None:
    from reassure.spec._load import shipped_scenario_dir

    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen([sys.executable, "-m", "reassure.cli", "serve", "--port", "0"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert first.strip() == (f"reassure serve: your plans in {(tmp_path / 'my-plans').resolve()} "
                             "(created when you first save a variant)"), first
    assert not (tmp_path / "my-plans").exists()
    refused = subprocess.run([sys.executable, "-m", "reassure.cli", "serve", "--port", "0", "--scenarios",
                              str(shipped_scenario_dir())], capture_output=True, text=True, timeout=60, env=env)
    assert refused.returncode == 2 and "is the folder of the shipped plans" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr


# -- 6: the shipped defaults a plan uses are rows of the form, and can be set --------------------
def test_the_shipped_defaults_are_editable_rows(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    fields = {f["path"]: f for f in client.get("/api/scenarios/europe-2025").json()["fields"]}
    for path, where in (("force.sustainable_share", "data/roles.toml"), ("force.min_contribution", "data/roles.toml"),
                        ("force.cost_per_troop_year", "data/costs.toml")):
        assert fields[path]["shipped_default"] == where and fields[path]["kind"] == "quantity", path
        assert fields[path]["text"] and fields[path]["unit"]
    assert fields["force.sustainable_share"]["unit"] == "fraction"
    # each row follows its own table's rows
    paths = list(fields)
    assert paths.index("force.sustainable_share") == paths.index("force.min_contribution") - 1
    assert all(p.startswith("force.") for p in paths[paths.index("force.sustainable_share") - 1:
                                                      paths.index("force.cost_per_troop_year") + 1])
    r = _save(client, "r20-share", {"path": "force.sustainable_share", "value": 0.3,
                                    "assumption": "a third of each army can rotate"},
              {"path": "force.cost_per_troop_year", "value": 250, "unit": "EUR/troop-year",
               "assumption": "a test of a cheap troop-year"})
    assert r.status_code == 422 and "force.cost_per_troop_year must be >= 10,000" in r.json()["detail"]
    r = _save(client, "r20-share", {"path": "force.sustainable_share", "value": 0.3,
                                    "assumption": "a third of each army can rotate"})
    assert r.status_code == 201, r.text
    assert tomllib.loads((user / "r20-share.toml").read_text())["force"] == {
        "sustainable_share": {"value": 0.3, "unit": "fraction", "assumption": "a third of each army can rotate"}}
    assert load_scenario(user / "r20-share.toml").force.sustainable_share.value == 0.3
    # and the page marks such a row
    assert "<b>shipped default</b>" in page("0")


# -- 7: a second cue besides colour on the map ---------------------------------------------------
def test_each_map_class_has_a_shape_or_dash_and_a_legend_row_of_its_own() -> None:
    from reassure.present.maplibre import LEGEND, MAP_JS

    rows = {lid: (text, kind) for lid, text, _, kind in LEGEND}
    for lid, word in (("cells-ok", "dot"), ("cells-near", "ring"), ("cells-bad", "cross"),
                      ("rings", "dashed"), ("rings-us", "dotted")):
        assert rows[lid][0].endswith(word), rows[lid]
    assert "within target" in rows["cells-ok"][0] and "within 3×" in rows["cells-near"][0]
    assert "beyond 3×" in rows["cells-bad"][0]
    assert "European" in rows["rings"][0] and "US" in rows["rings-us"][0]
    assert len({rows[k][1] for k in ("cells-ok", "cells-near", "cells-bad", "rings", "rings-us")}) == 5
    # drawn so: dashed and dotted rings, a dot, a hollow ring and a cross for the cells
    assert "{id:'rings-us', type:'line'" in MAP_JS and "'line-dasharray':[0.1,2.5]" in MAP_JS
    assert "{id:'cells-near', type:'circle'" in MAP_JS and "'circle-opacity':0" in MAP_JS
    assert "{id:'cells-bad', type:'symbol'" in MAP_JS and "'icon-image':'rmap-cross'" in MAP_JS


# -- 9: a bound stated in the field's own unit ------------------------------------------------
def test_an_out_of_range_value_is_answered_in_the_fields_unit(served: Any) -> None:
    client, user = served
    for path in ("force.tour", "contributors[GBR].tour"):
        r = _save(client, "r20-tour", {"path": path, "value": 180, "assumption": "six-month tours (180 days)"})
        assert r.status_code == 422
        detail = r.json()["detail"]
        assert detail.startswith(f"not saved: {path} is in months: it must be <= 60 months: "
                                 "a tour of a day to five years (got 180 months, i.e. 15 years)"), detail
        assert "did you mean 180 days (5.91 months)?" in detail and " h" not in detail, detail
    # a bound in a unit the user gave: still the field's, and the value as a duration
    r = _save(client, "r20-tour", {"path": "force.tour", "value": 30, "unit": "min", "assumption": "a test of short tours"})
    detail = r.json()["detail"]
    assert "force.tour is in months: it must be >= 0.0329 months" in detail and "i.e. 30 min" in detail, detail
    assert not (user / "r20-tour.toml").exists()
    # a field whose unit is the bound's keeps its words
    r = _save(client, "r20-tour", {"path": "force.target_troops", "value": -5, "assumption": "a sign slip here"})
    assert "force.target_troops must be >= 1 troop" in r.json()["detail"]

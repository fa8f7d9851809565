"""Review s32, the variant API: a switch edit keeps the sources of every other value of its table
(1), a parameter changed twice in one request is refused (4), every bad change is named at once
(5), and a share given in percent is refused in percent (6)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from typing import Any

URL = "/api/scenarios/europe-2025/variants"
US_SOURCES = ("seed-000", "seed-001", "seed-004")  # europe-2025's [us_backstop]


def _save(client: Any, name: str, *changes: dict[str, Any], parent: str = "europe-2025") -> Any:
    return client.post(f"/api/scenarios/{parent}/variants",
                       json={"name": name, "changes": list(changes), "replace": True})


def _gbr(scenario: Any) -> Any:
    return next(c for c in scenario.contributors if c.nation == "GBR")


# -- 1: one switch edited, the other values of its table keep their sources -----------------
# review 41 12: and the changed switch carries the edit's own provenance, never the sources that
# backed its old value; the switches left alone carry no word of the change
def test_a_switch_edit_keeps_the_sources_of_the_other_switches(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    parent = load_scenario("europe-2025")
    assert parent.us_backstop.source == US_SOURCES and not parent.us_backstop.assumption
    r = _save(client, "s32-noisr", {"path": "us_backstop.isr", "value": False,
                                    "assumption": "Washington withdraws ISR support"})
    assert r.status_code == 201, r.text
    written = tomllib.loads((user / "s32-noisr.toml").read_text())["us_backstop"]
    assert "source" not in written and "assumption" not in written  # the table's, inherited
    assert written["switch_provenance"] == {"isr": {"assumption": "Washington withdraws ISR support"}}
    us = load_scenario(user / "s32-noisr.toml").us_backstop
    assert us.isr is False and us.air_defence and us.logistics
    assert us.source == US_SOURCES and not us.assumption  # they back air_defence, logistics ... as before
    isr = us.provenance_of("isr")
    assert isr.source == () and isr.assumption == "Washington withdraws ISR support"
    # the page's "now" column: an untouched switch names its sources, the changed one its reason
    fields = {f["path"]: f for f in client.get("/api/scenarios/s32-noisr").json()["fields"]}
    assert fields["us_backstop.air_defence"]["source"] == list(US_SOURCES)
    assert fields["us_backstop.air_defence"]["assumption"] == ""
    assert fields["us_backstop.isr"]["source"] == []
    assert fields["us_backstop.isr"]["assumption"] == "Washington withdraws ISR support"
    # and so does `reassure show`
    shown = subprocess.run([sys.executable, "-m", "reassure.cli", "show", str(user / "s32-noisr.toml")],
                           capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    block = " ".join(shown.stdout.split("\nus_backstop\n", 1)[1].split("\nSources\n", 1)[0].split())
    assert "isr=false (assumption: Washington withdraws ISR support)" in block, block
    assert "seed-000, seed-001, seed-004; assumption" not in block, block


def test_a_nations_switch_keeps_the_sources_behind_its_status(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    before = _gbr(load_scenario("europe-2025"))
    r = _save(client, "s32-gbr", {"path": "contributors[GBR].requires_us_backstop", "value": False,
                                  "assumption": "London commits regardless of Washington"})
    assert r.status_code == 201, r.text
    gbr = _gbr(load_scenario(user / "s32-gbr.toml"))
    assert gbr.requires_us_backstop is False and gbr.status == "willing"
    assert gbr.source == before.source  # seed-000, seed-004: behind status = "willing"
    assert gbr.assumption == before.assumption  # the table's, about its status, as it was
    own = gbr.provenance_of("requires_us_backstop")
    assert own.source == () and own.assumption == "London commits regardless of Washington"


def test_two_switches_of_one_table_each_keep_their_own_reason(served: Any) -> None:
    # before: "a table holds one provenance: two switches edited at once share the last one's"
    from reassure.spec import load_scenario

    client, user = served
    r = _save(client, "s32-two", {"path": "us_backstop.isr", "value": False, "source": ["seed-002"]},
              {"path": "us_backstop.logistics", "value": False, "assumption": "no US logistics either, assumed"})
    assert r.status_code == 201, r.text
    us = load_scenario(user / "s32-two.toml").us_backstop
    assert us.source == US_SOURCES and not us.assumption  # the table's, unchanged
    assert us.provenance_of("isr").source == ("seed-002",) and not us.provenance_of("isr").assumption
    assert us.provenance_of("logistics").assumption == "no US logistics either, assumed"
    assert us.provenance_of("logistics").source == ()


def test_a_variant_of_a_variant_says_what_its_parent_said(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    assert _save(client, "s32-base", {"path": "us_backstop.isr", "value": False,
                                      "assumption": "Washington withdraws ISR support"}).status_code == 201
    r = _save(client, "s32-back", {"path": "us_backstop.isr", "value": True,
                                   "assumption": "ISR restored after talks"}, parent="s32-base")
    assert r.status_code == 201, r.text
    us = load_scenario(user / "s32-back.toml").us_backstop
    assert us.isr is True and us.source == US_SOURCES
    # the new value's own reason replaces the parent's reason for the old value, never mixed
    assert us.provenance_of("isr").assumption == "ISR restored after talks"
    assert us.provenance_of("isr").source == ()


# -- 4: one parameter changed twice in one request ------------------------------------------
def test_a_parameter_changed_twice_is_refused(served: Any) -> None:
    from reassure.spec import load_scenario

    client, user = served
    r = _save(client, "s32-dup", {"path": "force.tour", "value": 6, "source": ["emat-2024"]},
              {"path": "force.tour", "value": 5, "source": ["emat-2024"]})
    assert r.status_code == 422
    assert r.json()["detail"] == ("force.tour: changed twice in this request (changes 1 and 2); "
                                  "give one change per parameter"), r.json()
    # the same nation by its key and by its place in the list is the same parameter
    index = [c.nation for c in load_scenario("europe-2025").contributors].index("GBR")
    r = _save(client, "s32-dup", {"path": "contributors[GBR].pledge_troops", "value": 6000, "source": ["seed-000"]},
              {"path": f"contributors[{index}].pledge_troops", "value": 7000, "source": ["seed-000"]})
    assert r.status_code == 422 and "contributors[GBR].pledge_troops: changed twice" in r.json()["detail"], r.json()
    assert not (user / "s32-dup.toml").exists()


# -- 5: every bad change named at once -------------------------------------------------------
def test_every_bad_change_is_named_at_once(served: Any) -> None:
    client, user = served
    r = _save(client, "s32-many", {"path": "force.tour", "value": 6},
              {"path": "posture.standoff", "value": -3, "assumption": "a test of a negative standoff"},
              {"path": "force.interval", "value": 900, "assumption": "a test of a long interval"})
    assert r.status_code == 422
    lines = r.json()["detail"].removeprefix("not saved: ").split("\n")
    assert r.json()["detail"].startswith("not saved: ")
    assert len(lines) == 3, lines
    assert lines[0] == "force.tour: a changed number needs a source or an assumption (why it is believed)"
    assert lines[1].startswith("posture.standoff must be >= 0 km"), lines
    assert lines[2].startswith("force.interval is in months: it must be <= 240 months"), lines
    assert not (user / "s32-many.toml").exists()
    assert not [p for p in user.iterdir() if p.name.startswith(".s32-many.")]  # no checked copy left


def test_problems_of_the_request_and_of_the_values_are_said_together(served: Any) -> None:
    client, user = served
    r = _save(client, "s32-mixed",
              {"path": "force.tourr", "value": 6, "source": ["emat-2024"]},  # no such parameter
              {"path": "force.tour", "value": 900, "assumption": "x"},  # too short, and too long a tour
              {"path": "incidents.response_threshold", "value": 30, "unit": "km", "assumption": "half an hour in km"},
              {"path": "us_backstop.isr", "value": 1, "assumption": "a number for a switch"},
              {"path": "contributors[DEU].p_join", "value": 150, "unit": "%", "source": ["seed-004"]},
              {"path": "force.target_troops", "value": 20000, "assumption": "a smaller ask"})  # fine
    assert r.status_code == 422
    detail = r.json()["detail"]
    lines = detail.removeprefix("not saved: ").split("\n")
    assert [line.split(":")[0].split(" ")[0] for line in lines] == [
        "force.tourr", "force.tour", "force.tour", "incidents.response_threshold", "us_backstop.isr",
        "contributors[DEU].p_join"], lines
    assert "did you mean 'force.tour'" in lines[0]
    assert "too short" in lines[1] and "must be <= 60 months" in lines[2], lines
    assert "'km' is not a unit of time" in lines[3] and "true or false is expected" in lines[4], lines
    assert "force.target_troops" not in detail
    assert not (user / "s32-mixed.toml").exists()


# -- 6: a share given in percent, refused in percent -----------------------------------------
def test_a_percentage_out_of_range_is_refused_in_percent(served: Any) -> None:
    client, user = served
    r = _save(client, "s32-pct", {"path": "contributors[DEU].p_join", "value": 150, "unit": "%", "source": ["seed-004"]})
    assert r.status_code == 422
    assert r.json()["detail"] == "not saved: contributors[DEU].p_join must be <= 100 % (got 150 %)", r.json()
    r = _save(client, "s32-pct", {"path": "contributors[DEU].p_join", "value": -5, "unit": "percent", "source": ["seed-004"]})
    assert r.json()["detail"] == "not saved: contributors[DEU].p_join must be >= 0 % (got -5 %)", r.json()
    r = _save(client, "s32-pct", {"path": "force.sustainable_share", "low": 20, "high": 120, "unit": "%",
                                  "assumption": "a test of a range in percent"})
    assert r.json()["detail"].startswith("not saved: force.sustainable_share must be <= 100 % "), r.json()
    assert r.json()["detail"].endswith("(got 20–120 %)"), r.json()
    # without a unit, in the field's own unit, not another name for it
    r = _save(client, "s32-pct", {"path": "contributors[DEU].p_join", "value": 1.5, "source": ["seed-004"]})
    assert r.json()["detail"] == "not saved: contributors[DEU].p_join must be <= 1 probability (got 1.5 probability)"
    assert not (user / "s32-pct.toml").exists()


def test_a_switch_edit_with_a_problem_is_named_with_the_others(served: Any) -> None:
    client, user = served
    r = _save(client, "s32-sw", {"path": "us_backstop.isr", "value": False},
              {"path": "contributors[GBR].requires_us_backstop", "value": False, "source": ["nope-1"]})
    assert r.status_code == 422
    lines = r.json()["detail"].removeprefix("not saved: ").split("\n")
    assert lines[0] == "us_backstop.isr: a changed switch needs a source or an assumption (why it is believed)"
    assert lines[1].startswith("contributors[GBR]") and "'nope-1'" in lines[1], lines
    assert not (user / "s32-sw.toml").exists()


def test_a_saved_variant_is_unchanged_by_the_checks(served: Any) -> None:
    # the checked copies are never the saved file: a good request writes one file, as before
    client, user = served
    r = _save(client, "s32-good", {"path": "force.tour", "value": 5, "source": ["emat-2024"]},
              {"path": "us_backstop.isr", "value": False, "assumption": "Washington withdraws ISR support"})
    assert r.status_code == 201, r.text
    assert r.json()["toml"] == (user / "s32-good.toml").read_text()
    assert 'tour = { value = 5, unit = "month", source = ["emat-2024"] }' in r.json()["toml"]


def test_a_refused_variant_leaves_no_folder_behind(tmp_path: Any) -> None:
    # the checks write a copy in the user's folder: one created for them goes with them
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    from .conftest import TOKEN

    user = tmp_path / "plans"
    with TestClient(create_app(user, TOKEN, workdir=tmp_path / "work")) as client:
        client.cookies.set("reassure_token", TOKEN)
        r = _save(client, "s32-none", {"path": "posture.standoff", "value": -3, "assumption": "a negative standoff"},
                  {"path": "force.tour", "value": 6})
        assert r.status_code == 422 and "posture.standoff" in r.json()["detail"]
        assert not user.exists()
        assert _save(client, "s32-one", {"path": "force.tour", "value": 5, "source": ["emat-2024"]}).status_code == 201
        assert sorted(p.name for p in user.iterdir()) == ["s32-one.toml"]

"""Review s34 (a researcher's own plan): a variant that protects no nuclear plant is not asked
the two plant questions nor headlined as reaching "every protected nuclear plant"; the air
stations say which site each covers and that their transit is base to station (not "to the
line"); a station moved to another site is a row of "What changed from the parent plan"."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from reassure.present.compare import comparison_rows
from reassure.present.files import write_outputs
from reassure.present.headers import column_header
from reassure.run.assess import Settings, assess
from reassure.run.section_posture import (
    PLANTS_COVERED_QUESTION,
    PLANTS_NOT_ASKED,
    PLANTS_WITHIN_QUESTION,
)
from reassure.spec import load_scenario

PLANTS = ("rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp", "znpp")
VARIANT = """schema = 1
name = "tripwire"
title = "No plant protection"
description = "mnf-u-2026 without the plants, a station moved"
description_source = ["paris-2026-size"]
extends = "mnf-u-2026"
""" + "".join(f"""
[[posture.sites]]
site = "{p}"
weight = {{ value = 0, unit = "weight", assumption = "not protected in this variant" }}
""" for p in PLANTS) + """
[[air_policing.stations]]
id = "cap-west"
kind = "cap"
platform = "f16"
base = "EPRZ"
site = "lviv"
aircraft = { value = 2, unit = "aircraft", source = ["skyshield"] }
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object, Path]:
    folder = tmp_path_factory.mktemp("s34")
    (folder / "tripwire.toml").write_text(VARIANT, encoding="utf-8")
    settings = Settings(runs=2, sensitivity=False, workers=1)
    mine = assess(load_scenario(folder / "tripwire.toml"), settings)
    parent = assess(load_scenario("mnf-u-2026"), settings)
    write_outputs(mine, folder / "out")
    return mine, parent, folder / "out"


def test_a_plan_protecting_no_plant_is_not_asked_about_plants(run) -> None:
    mine, parent, _ = run
    verdicts = {v.question: v for v in mine.verdicts}
    for q in (PLANTS_COVERED_QUESTION, PLANTS_WITHIN_QUESTION):
        assert (verdicts[q].with_us, verdicts[q].without_us) == (None, None)
        assert verdicts[q].detail == PLANTS_NOT_ASKED
        # the parent protects them: still asked there
        assert {v.question: v for v in parent.verdicts}[q].with_us is not None
    keys = {f.key for s in mine.sections for f in s.figures}
    assert not any(k.startswith("fastest_response_min_") for k in keys)
    rows = {r["key"]: r for r in comparison_rows([mine, parent])}
    assert rows[f"verdict:{PLANTS_COVERED_QUESTION}"]["notes"][0] == PLANTS_NOT_ASKED


def test_the_report_does_not_call_unprotected_plants_protected(run) -> None:
    html = (run[2] / "report.html").read_text(encoding="utf-8")
    assert "every protected nuclear plant" not in html
    assert "overhead the nuclear plants" not in html


def test_air_stations_name_their_site_and_a_base_to_station_transit(run) -> None:
    with (run[2] / "air-stations.csv").open(encoding="utf-8") as f:
        rows = {r["station"]: r for r in csv.DictReader(f)}
    assert rows["cap-west"]["site"] == "lviv" and rows["cap-kyiv"]["site"] == "kyiv"
    assert column_header("air-stations", "transit_km") == "Transit, base to the station (km)"
    assert column_header("band-classes", "transit_km") == "Transit to the line (km)"


def test_a_station_moved_to_another_site_is_a_change_from_the_parent(run) -> None:
    html = (run[2] / "report.html").read_text(encoding="utf-8")
    changes = html[html.index('<section id="changes">'):]
    changes = changes[:changes.index("</section>")]
    text = re.sub(r"<[^>]+>", " ", changes)
    assert re.search(r"air_policing\.stations\[cap-west\]\.site\s.*?rivne-npp\s+lviv", text)
    assert "sources[" not in text  # a source's title is not a setting of the plan


def test_compare_gives_the_covered_shares_denominator(run) -> None:
    mine, parent, _ = run
    rows = {r["key"]: r for r in comparison_rows([mine, parent])}
    d = rows["posture.covered_weight_percent.denominator"]
    assert d["kind"] == "denominator"
    # each plan's own unit (review, analyst: the first plan's was every plan's): this variant's
    # plants at weight 0 leave its weights out of MW; mnf-u-2026's are MW
    assert d["units"] == ["weight", "MW"] and d["unit"] == "weight (tripwire); MW (mnf-u-2026)"
    # the protectable weight, plants at weight 0 counting nothing: not one total for both plans
    assert d["values"][0] == 2000.0 and d["values"][1] > d["values"][0]


def test_results_json_says_what_with_us_holds(tmp_path: Path) -> None:
    import json

    from reassure.spec import load_scenario as load

    for name, has in (("no-us-backstop", False), ("europe-2025", True)):
        a = assess(load(name), Settings(runs=2, sensitivity=False, workers=1))
        scenario = json.loads(json.dumps(a.to_dict()))["scenario"]
        assert scenario["us_backstop_in_plan"] is has
        assert scenario["with_us_means"] == ("with US backstop" if has else "as planned (no US backstop)")


def test_posture_says_its_garrisons_are_manned_from_the_best_case_force() -> None:
    from reassure.run.section_posture import MANNED_FROM

    a = assess(load_scenario("europe-2025"), Settings(runs=2, sensitivity=False, workers=1))
    notes = next(s for s in a.sections if s.name == "posture").notes
    note = next(n for n in notes if n.startswith(MANNED_FROM))
    assert "28,264 fieldable at best" in note and "14,224 fieldable at best" in note

"""Review s49 (a parliamentary researcher and a journalist reading the reports): the map of a plan
that switches US air support off drew the US fighters' radius; the headline wrote a 45-minute
threshold "0.8 h"; a spare garrison sat beside an uncovered site with no word on why; `respond`'s
"-" had no legend."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

THR45 = ('schema = 1\nname = "thr45"\nextends = "europe-2025"\n[incidents]\n'
         'response_threshold = { value = 45, unit = "min", assumption = "a tighter standard for the test" }\n')


def test_a_plan_without_us_air_support_draws_no_us_fighter_ring(run_cli: Any, tmp_path: Path) -> None:
    out = run_cli("assess", "no-us-backstop", "--runs", "2", "--no-sensitivity", "--out", tmp_path / "a")
    assert out.exit_code == 0, out.stderr
    layers = json.loads((tmp_path / "a" / "layers.geojson").read_text(encoding="utf-8"))
    rings = [f["properties"] for f in layers["features"] if f["properties"].get("layer") == "layer-air-rings"
             or "radius_km" in f["properties"]]
    assert rings and not [p for p in rings if p.get("us")], rings  # the Typhoons' ring stays
    # a plan with US air support keeps the US ring
    out = run_cli("assess", "europe-2025", "--runs", "2", "--no-sensitivity", "--out", tmp_path / "b")
    layers = json.loads((tmp_path / "b" / "layers.geojson").read_text(encoding="utf-8"))
    assert [f for f in layers["features"] if f["properties"].get("us") and "radius_km" in f["properties"]]


def test_the_headline_writes_a_threshold_under_an_hour_in_minutes(run_cli: Any, tmp_path: Path) -> None:
    plan = tmp_path / "thr45.toml"
    plan.write_text(THR45, encoding="utf-8")
    out = run_cli("assess", str(plan), "--runs", "2", "--no-sensitivity", "--out", tmp_path / "a")
    assert out.exit_code == 0, out.stderr
    html = (tmp_path / "a" / "report.html").read_text(encoding="utf-8")
    head = re.sub(r"<[^>]+>", "", html.split('class="headline">', 1)[1].split("</p>", 1)[0])
    assert "within the 45 min" in head and "0.8 h" not in head, head


def test_spare_garrisons_beside_an_uncovered_site_say_none_reaches_it(run_cli: Any) -> None:
    out = run_cli("posture", "europe-2025", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    note = next(line for line in out.stdout.splitlines() if "add no cover" in line and "port-odesa has" in line)
    assert re.search(r"port-odesa has no candidate garrison site \(beyond the standoff\) within \d+ road km", note), note


def test_respond_says_what_a_dash_means(run_cli: Any) -> None:
    out = run_cli("respond", "europe-2025", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    assert "- = no unit of that kind reaches it: none in the plan or switched off, or out of range" in " ".join(out.stdout.split())


def test_fewer_calls_waiting_without_the_us_is_said_to_come_from_fewer_detected() -> None:
    import reassure
    from reassure.run.section_incidents import WAIT_QUESTION

    a = reassure.assess("europe-2025", runs=10, sensitivity=False, workers=1)
    v = next(x for x in a.verdicts if x.question == WAIT_QUESTION)
    waited = next(f for s in a.sections if s.name == "incidents" for f in s.figures if f.key == "waited_pct")
    assert waited.without_us < waited.with_us  # the model's queueing: fewer calls without the US
    assert "fewer wait without the US backstop because fewer incidents are detected" in v.detail, v.detail
    assert "not because there are more units" in v.detail
    # the share is over answered calls, and its label says so with the denominator's own share
    assert "share of answered calls: " in waited.label and "of incidents needing a response" in waited.label


def test_a_threshold_of_100_minutes_reads_100_min_in_the_headline_and_the_verdicts(run_cli: Any, tmp_path: Path) -> None:
    plan = tmp_path / "thr100.toml"
    plan.write_text(THR45.replace("thr45", "thr100").replace("value = 45", "value = 100"), encoding="utf-8")
    out = run_cli("assess", str(plan), "--runs", "2", "--no-sensitivity", "--out", tmp_path / "a")
    assert out.exit_code == 0, out.stderr
    html = (tmp_path / "a" / "report.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert re.search(r"within the 100 min(\[\d+\])? response threshold", text) and "response threshold of 100 min" in text
    assert "1.67 h" not in text and "1.66667 h" not in text

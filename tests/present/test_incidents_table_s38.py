"""The `incidents` command's table labels its figures as the report and `assess` do (review s38 2:
it kept its own, older labels after s37 relabelled the report: "within 1 h (assumed)", "% of the
horizon committed", no word that a fighter pass counts as a unit on scene, no flag on a median
set by incidents.max_wait), and says in words why a value is missing, not "-"."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from reassure.present.tables import _missing_text, _without_na_key, print_incidents
from reassure.present.units import label_beside_value
from reassure.run.section_incidents import (
    UNIT_ON_SCENE,
    incidents_section,
    threshold_assumed,
    threshold_setting,
)
from reassure.spec import load_scenario

RUNS = "5"
# the labels the table printed before s38, none of which the report uses
OLD_LABELS = (", % of incidents needing a response", ", % of calls", "- = more than", "of the horizon committed",
              "start to first unit on scene, p90 h", "mean [95% CI]", "within 1 h (assumed)")


def _table(run_cli: Any, name: str) -> tuple[str, dict[str, Any]]:  # noqa: ANN401
    """The table at 400 columns (each label on one line) and the same run's results."""
    text = run_cli("incidents", name, "--runs", RUNS, env={"COLUMNS": "400"})
    assert text.exit_code == 0, text.stderr
    r = json.loads(run_cli("incidents", name, "--runs", RUNS, "--format", "json").stdout)
    return text.stdout, r


def _rows(text: str) -> dict[str, list[str]]:
    """Each table row's label (its lines joined) and its value cells (on its first line)."""
    rows: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("│"):
            label, *values = (c.strip() for c in line.strip().strip("│").split("│"))
            if rows and not any(values):  # the label's next line
                rows[-1] = (f"{rows[-1][0]} {label}", rows[-1][1])
            else:
                rows.append((label, values))
    return dict(rows)


@pytest.mark.parametrize("name", ["europe-2025", "mnf-u-2026", "no-us-backstop"])
def test_every_figure_is_labelled_as_the_report_labels_it(run_cli, name: str) -> None:  # noqa: ANN001
    text, r = _table(run_cli, name)
    scn = load_scenario(name)
    section = incidents_section(scn, {"runs": int(RUNS), "seed": scn.seed}, r)
    rows = _rows(text)
    per_type = {f"detected_pct_{t['name']}" for t in r["types"]}
    for f in section.figures:
        if f.key in per_type:  # each type's share: in the table by type, as the report words it
            assert f.label in rows, f.key  # the report's own label (a self-reported type says so)
            continue
        assert _without_na_key(label_beside_value(f.label, f.unit)) in rows, f.label
    assert UNIT_ON_SCENE in text and "a unit on scene (a fighter pass overhead counts)" in text
    assert "over the 90 days simulated" in text and "share of the 90 days simulated" in text
    for old in OLD_LABELS:
        assert old not in text, old
    # the threshold, which the labels name without a value, in the row under its figures
    threshold = threshold_setting(scn)
    under = [line for line in text.splitlines() if f"↳ {threshold.label}" in line]
    # under the share of incidents, the share of calls and (s40) the share of calls at the sites
    assert len(under) == 2 + ("sites_within_threshold_pct" in {f.key for f in section.figures}), under
    for label, values in rows.items():
        if label.startswith("↳"):
            assert values == [threshold.text, threshold.text], (label, values)
    assert threshold_assumed(scn) == all("(an assumption of the plan)" in label for label in rows
                                         if label.startswith("↳"))
    # the section's notes as `assess` prints them: what the intervals are
    assert f"note: The 95% intervals of these figures are Monte Carlo sampling noise only ({RUNS} runs" in text


def test_a_median_set_by_the_max_wait_is_flagged_in_the_table(run_cli, monkeypatch,  # noqa: ANN001
                                                                capsys) -> None:  # noqa: ANN001
    # (s54) the allowed wait decides only under first come, first served (triage is the default)
    scn = load_scenario("europe-2025").with_overrides(
        {"incidents.dispatch": "first_come"}, assumption="s54: the rule under which the allowed wait decides")
    r = json.loads(run_cli("incidents", "europe-2025", "--runs", RUNS, "--format", "json").stdout)
    r["inputs"].update(dispatch="first_come", max_wait_h=12.0)
    r["report_to_scene_h"]["p50"]["value"] = 11.8  # at the 12 h allowed wait, with the US backstop
    r["without_us"]["report_to_scene_h"]["p50"]["value"] = 6.0
    text = _print(r, scn, monkeypatch, capsys)
    row = next(label for label in _rows(text) if label.startswith("Report to first unit on scene, median"))
    assert ("set by incidents.max_wait (12 h, an assumption of the plan) with the US backstop: calls queue until "
            "escalated, so it measures that setting, not how fast a unit arrives") in row


def _print(r: dict[str, Any], scn: Any, monkeypatch: Any, capsys: Any) -> str:  # noqa: ANN401
    monkeypatch.setenv("COLUMNS", "400")
    section = incidents_section(scn, {"runs": int(RUNS), "seed": scn.seed}, r)
    capsys.readouterr()
    print_incidents(r, section, "with US", threshold=threshold_setting(scn), assumed=threshold_assumed(scn))
    return str(capsys.readouterr().out)


def test_no_value_is_a_dash(run_cli) -> None:  # noqa: ANN001
    for name in ("europe-2025", "no-us-backstop"):
        text, _ = _table(run_cli, name)
        for label, values in _rows(text).items():
            assert "-" not in values and "n/a" not in values, (label, values)
            assert "n/a" not in label, label


def test_never_reached_is_said_in_words(run_cli) -> None:  # noqa: ANN001
    text, r = _table(run_cli, "no-us-backstop")
    assert r["incident_respond_h"]["p50"]["value"] is None  # more than half never reached
    assert r["unreached_fraction"]["value"] > 0.5
    rows = _rows(text)
    median = next(v for k, v in rows.items() if k.startswith("Start to first unit on scene, median, of all"))
    p90 = next(v for k, v in rows.items() if k.startswith("Start to first unit on scene, 90th percentile, of all"))
    assert median == ["more than half never reached"] * 2
    assert p90 == ["more than a tenth never reached"] * 2


def test_an_empty_set_is_said_with_the_runs_it_was_empty_in(run_cli, monkeypatch, capsys) -> None:  # noqa: ANN001
    """No call escalated (or none detected, none answered) in any run: the time over them has no
    value, and the table says none was, in how many runs of how many days."""
    scn = load_scenario("europe-2025")
    r = json.loads(run_cli("incidents", "europe-2025", "--runs", RUNS, "--format", "json").stdout)
    r = copy.deepcopy(r)
    side = r["without_us"]
    side["escalated_fraction"] = {"value": 0.0, "ci95": [0.0, 0.0]}
    side["reinforcement_h"]["p50"] = {"value": None, "ci95": [None, None]}
    side["in_theatre_report_to_scene_h"]["p90"] = {"value": None, "ci95": [None, None]}
    text = _print(r, scn, monkeypatch, capsys)
    rows = _rows(text)
    reinforce = next(v for k, v in rows.items() if k.startswith("Report to support force on scene"))
    assert reinforce[1] == f"none escalated in {RUNS} runs of 90 days"
    in_theatre = next(v for k, v in rows.items() if k.startswith("Report to first unit on scene, 90th percentile, of "
                                                                  "calls answered by in-theatre units"))
    assert in_theatre[1] == f"none answered in theatre in {RUNS} runs of 90 days"
    assert re.fullmatch(r"[\d.]+ h \([\d.]+–[\d.]+\)", reinforce[0]), reinforce


@pytest.mark.parametrize(("key", "side", "words"), [
    ("detect_h_p50", {}, "none detected in 3 runs of 90 days"),
    ("respond_h_p90", {}, "none answered in 3 runs of 90 days"),
    ("within_threshold_pct", {}, "no calls in 3 runs of 90 days"),
    ("unreached_pct", {}, "none needing a response in 3 runs of 90 days"),
    ("incident_respond_h_p50", {"unreached_fraction": {"value": None}}, "none needing a response in 3 runs of 90 days"),
    ("incident_respond_h_p50", {"unreached_fraction": {"value": 0.6}}, "more than half never reached"),
    ("incident_respond_h_p90", {"unreached_fraction": {"value": 0.2}}, "more than a tenth never reached"),
    ("reinforcement_h_p50", {"escalated_fraction": {"value": 0.1}}, "the support force reached none in 3 runs of 90 days"),
    ("utilisation_max_pct", {}, "no response units"),
    ("detected_pct_incursion", {}, "no incursion incidents in 3 runs of 90 days"),
])
def test_each_missing_value_says_why(key: str, side: dict[str, Any], words: str) -> None:
    assert _missing_text(key, {**side, "run": {"replications": 3, "horizon_days": 90}}) == words


def test_one_run_reads_one_run() -> None:
    assert _missing_text("detect_h_p50", {"run": {"replications": 1, "horizon_days": 1}}) == "none detected in 1 run of 1 day"

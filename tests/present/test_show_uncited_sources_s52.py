"""`reassure show` lists apart the sources the plan lists but no input cites (validator, s52:
report.html lists them under "Listed in the plan, cited by no input", `show` still mixed them
with the cited ones). One function decides what is cited (`reassure.present.report.
uncited_sources`); `show` asks it, in its table, its narrow blocks and its JSON."""

from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stdout
from typing import Any

import pytest

from reassure.present.report import UNCITED_HEADING, uncited_sources
from reassure.present.scenarios import print_show, with_shipped_defaults
from reassure.spec import list_scenarios, load_scenario, scenario_summary


@pytest.mark.parametrize("name", ["europe-2025", "mnf-u-2026"])
def test_show_json_marks_the_sources_no_input_cites(name: str, run_cli: Any) -> None:
    shown = json.loads(run_cli("show", name, "--format", "json").stdout)
    apart = {s["id"] for s in shown["sources"] if not s["cited"]}
    assert apart == set(uncited_sources(load_scenario(name)))
    assert apart  # each shipped plan inherits a source none of its inputs cites (europe-2025: rand-cadre)


@pytest.mark.parametrize("width", ["250", "80"])
def test_show_prints_them_under_the_reports_heading(width: str, run_cli: Any) -> None:
    text = run_cli("show", "europe-2025", env={"COLUMNS": width}).stdout
    assert text.count(UNCITED_HEADING) == 1
    cited_part, apart_part = text.split(UNCITED_HEADING, 1)
    uncited = set(uncited_sources(load_scenario("europe-2025")))
    assert "rand-cadre" in uncited
    for sid in uncited:
        assert sid in apart_part
        # not among the cited sources (listed above the heading)
        cited_sources = re.split(r"^Sources\s*$", cited_part, flags=re.M)[-1]
        assert not re.search(rf"(^|[\s│]){re.escape(sid)}([\s│]|$)", cited_sources, re.M), sid


def test_a_plan_whose_sources_are_all_cited_has_no_such_heading() -> None:
    """Every shipped plan lists one uncited source at least; one whose every source is cited
    prints no heading (the same rule: the report has none either)."""
    assert all(uncited_sources(load_scenario(n)) for n in list_scenarios())
    plan = load_scenario("iiss-small")
    used = plan.model_copy(update={"sources": tuple(s for s in plan.sources if s.id not in uncited_sources(plan))})
    assert uncited_sources(used) == ()

    buf = io.StringIO()
    with redirect_stdout(buf):
        print_show(used, with_shipped_defaults(used, scenario_summary(used)))
    assert UNCITED_HEADING not in buf.getvalue()

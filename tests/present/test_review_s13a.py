"""s13 review, presentation findings: 10 (a plan with no US backstop is never labelled "with the
US backstop": report captions, `monitor` and `incidents` headers) and 11 (a point shown as a
point, a cost never split across lines)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

WITH_US = re.compile(r"\(with (the )?US backstop\)")


def test_the_as_planned_case_is_named_where_captions_are_built() -> None:
    """s14: captions are titled from the plan's own case where a section builds them, not
    rewritten when the report is drawn (headers.as_planned is gone)."""
    import reassure
    import reassure.present.headers as headers
    from reassure.run.results import plan_case
    from reassure.run.sensitivity import METRICS, metric_title

    assert not hasattr(headers, "as_planned")
    europe, alone = reassure.load_scenario("europe-2025"), reassure.load_scenario("no-us-backstop")
    assert plan_case(europe) == "with the US backstop" and plan_case(europe, article=False) == "with US backstop"
    assert plan_case(alone) == plan_case(alone, article=False) == "as planned, no US backstop"
    title = METRICS["p_target_met"][0]
    assert metric_title(title, europe).endswith("% (with US backstop)")
    assert metric_title(title, alone).endswith("% (as planned, no US backstop)")


def test_report_of_a_plan_without_backstop_never_says_with_the_us_backstop(tmp_path: Path, run_cli) -> None:
    out = tmp_path / "r"
    result = run_cli("assess", "no-us-backstop", "--out", str(out), "--runs", "2", "--no-sensitivity")
    assert result.exit_code == 0, result.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    assert not WITH_US.search(html), WITH_US.search(html)
    assert "(as planned, no US backstop)" in html
    # at the source: the sections' own titles (results.json) say it, as the report draws them
    import json

    sections = json.loads((out / "results.json").read_text(encoding="utf-8"))["sections"]
    titles = {t["id"]: t["title"] for s in sections.values() for t in s["tables"]}
    for table in ("allocation", "fleet", "incident_types"):
        assert titles[table].endswith("(as planned, no US backstop)"), titles[table]
    assert not [t for t in titles.values() if WITH_US.search(t)], titles
    assert "Line cells coloured by worst revisit (as planned, no US backstop)" in html  # the map's layer


@pytest.mark.parametrize("command", ["monitor", "incidents"])
def test_command_headers_of_a_plan_without_backstop(command: str, run_cli) -> None:
    args = [command, "no-us-backstop"] + (["--runs", "2"] if command == "incidents" else [])
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "as planned (no US" in text  # a narrow header may wrap before "backstop)"
    assert "with US backstop" not in text and "┃ with US ┃" not in result.stdout


@given(low=st.integers(0, 10**7), extra=st.integers(0, 10**7))
def test_a_span_is_a_point_when_its_ends_agree(low: int, extra: int) -> None:
    from reassure.present.tables import _span

    text = _span(low, low + extra, lambda n: f"{n:,}")
    assert text == (f"{low:,}" if extra == 0 else f"{low:,}-{low + extra:,}")


def test_force_prints_no_point_as_a_range_and_keeps_each_cost_on_one_line(run_cli) -> None:  # noqa: ANN001
    # `run_cli` sets COLUMNS=80 unless told: the table at 120 columns (`force` no longer widens
    # its console past the terminal, s32 review 1; at 80 it prints one block per nation)
    result = run_cli("force", "europe-2025", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    m = re.search(r"over (\d+)-(\d+) years", result.stdout)
    assert m is None or m.group(1) != m.group(2), m
    table = result.stdout.split("Contributors", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("│")]
    costs = [line.rsplit("│", 2)[1].strip() for line in rows]
    assert not [c for c in costs if c in ("billion", "million")], costs  # never wrapped alone
    assert any(c.endswith(("billion", "million")) and c.startswith("EUR") for c in costs), costs

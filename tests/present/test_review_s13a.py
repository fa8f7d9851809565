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


@given(prefix=st.text(alphabet="abcdefghij ,:%", max_size=30),
       phrase=st.sampled_from(["(with the US backstop)", "(with US backstop)"]))
def test_as_planned_rewrites_only_a_plan_without_a_backstop(prefix: str, phrase: str) -> None:
    from reassure.present.headers import as_planned

    text = f"{prefix}{phrase}"
    assert as_planned(text, "with US backstop") == text
    out = as_planned(text, "as planned (no US backstop)")
    assert not WITH_US.search(out) and out.endswith("(as planned, no US backstop)")


def test_report_of_a_plan_without_backstop_never_says_with_the_us_backstop(tmp_path: Path, run_cli) -> None:
    out = tmp_path / "r"
    result = run_cli("assess", "no-us-backstop", "--out", str(out), "--runs", "2", "--no-sensitivity")
    assert result.exit_code == 0, result.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    assert not WITH_US.search(html), WITH_US.search(html)
    assert "(as planned, no US backstop)" in html


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


def test_force_prints_no_point_as_a_range_and_keeps_each_cost_on_one_line(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    result = run_cli("force", "europe-2025")
    assert result.exit_code == 0, result.stderr
    m = re.search(r"over (\d+)-(\d+) years", result.stdout)
    assert m is None or m.group(1) != m.group(2), m
    table = result.stdout.split("Contributors", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("│")]
    costs = [line.rsplit("│", 2)[1].strip() for line in rows]
    assert not [c for c in costs if c in ("billion", "million")], costs  # never wrapped alone
    assert any(c.endswith(("billion", "million")) and c.startswith("EUR") for c in costs), costs

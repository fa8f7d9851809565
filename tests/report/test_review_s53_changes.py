"""(review s53) "What changed from the parent plan": a number the parent leaves to the shipped
defaults (the UK's chance of joining, 100% for a willing nation) was shown as "(not set)" beside
the variant's own, as if the parent had used no value at all."""

from __future__ import annotations

import html
import re
from pathlib import Path

from reassure.present.report import Footnotes, changes_from_parent
from reassure.spec import load_scenario

VARIANT = '''schema = 1
name = "uk-vote"
title = "The UK after a Commons vote"
extends = "europe-2025"

[[contributors]]
nation = "GBR"
status = "conditional-parliament"
p_join = { value = 0.8, unit = "probability", assumption = "a Commons vote on the numbers; a high chance assumed" }
delay = { value = 3, unit = "month", assumption = "a Commons vote after the ceasefire; three months assumed" }
assumption = "the UK as a parliamentary nation in this test variant"
'''


def _rows(tmp_path: Path) -> list[str]:
    path = tmp_path / "uk-vote.toml"
    path.write_text(VARIANT, encoding="utf-8")
    scenario = load_scenario(path)
    page = changes_from_parent(scenario, Footnotes(scenario))
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", row)).split())
            for row in re.findall(r"<tr>.*?</tr>", page, re.S)]


def test_a_number_the_parent_took_from_the_shipped_defaults_shows_that_default(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    p_join = next(r for r in rows if r.startswith("contributors[GBR].p_join"))
    assert "100% (shipped default)" in p_join and "(not set)" not in p_join, p_join
    delay = next(r for r in rows if r.startswith("contributors[GBR].delay"))
    assert "0 months (shipped default)" in delay, delay


def test_a_number_unset_on_both_sides_is_no_change(tmp_path: Path) -> None:
    # every other nation keeps the parent's defaults: no row for them
    assert not [r for r in _rows(tmp_path) if r.startswith("contributors[FRA]")]

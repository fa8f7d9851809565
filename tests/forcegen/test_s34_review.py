"""Review s34: a limit set by a nation's own plan (``sustainable_troops``) is named as its
national plan in the binding limits, not as an "army-share cap (43% ...)" no source sets; the
distinct-individuals figure says it is the fewest people who can hold the force."""

from __future__ import annotations

import reassure


def _force(name: str):
    return reassure.run_capability("force", name, seed=1)


def test_a_national_plan_that_binds_is_named_as_one() -> None:
    result = _force("europe-2025").with_us.result
    gbr = [b for b in result.binding if b.nation == "GBR"]
    # (review s51: "the figure the plan gives for GBR", not "GBR national plan", an official plan)
    assert gbr and all("the figure the plan gives for GBR (6,500 troops deployed" in b.text for b in gbr)
    assert not any("GBR army-share cap" in b.text for b in result.binding)
    # a nation capped by the common share is still an army-share cap
    assert any("army-share cap" in b.text and b.nation != "GBR" for b in result.binding)


def test_distinct_individuals_is_labelled_a_floor() -> None:
    a = reassure.assess("europe-2025", runs=2, sensitivity=False, workers=1)
    label = next(f.label for s in a.sections for f in s.figures if f.key == "cumulative_individuals_high")
    # review s51 6: "at least this many", each end over its own horizon ("at fewest ..., low-high" before)
    assert "at least this many" in label and "each serving every tour allowed" in label


def test_the_sensitivity_charts_as_planned_is_the_reports_figure(tmp_path) -> None:
    # review s34: the tornado's "as planned, 74.2" beside the report's 73.4 (2,000 draws there)
    (tmp_path / "small.toml").write_text(
        'schema = 1\nname = "small"\ntitle = "15,000"\ndescription = "a smaller target"\n'
        'description_source = ["paris-2026-size"]\nextends = "mnf-u-2026"\n[force]\n'
        'target_troops = { value = 15000, unit = "troops", source = ["paris-2026-size"] }\n',
        encoding="utf-8")
    a = reassure.assess(str(tmp_path / "small.toml"), runs=2, sensitivity=True, workers=1)
    chart = next(c for c in a.extra_charts if c.id == "tornado-p_target_met")
    figure = next(f for s in a.sections for f in s.figures if f.key == "p_target_met_pct")
    assert 0 < figure.with_us < 100 and chart.base == figure.with_us


def test_a_chance_from_the_draws_has_its_95_percent_interval() -> None:
    a = reassure.assess("europe-2025", runs=2, sensitivity=False, workers=1)
    f = next(f for s in a.sections for f in s.figures if f.key == "p_target_low_met_pct")
    lo, hi = f.ci_with_us
    assert lo < f.with_us < hi and 1.4 < hi - lo < 2.0  # about +-0.9 points at 10,000 draws
    # review s38 2: without the US the best case (14,224 troops) is below the low end (25,000): no
    # draw can field it, so its 0 is by construction and has no interval; the label says why
    assert f.without_us == 0 and f.ci_without_us is None
    assert "without the US backstop not reachable: the best case, 14,224 troops, is below the low end" in f.label

"""Review r10: the explore report is readable by a non-developer.

1. A design too small for sensitivity indices with intervals says so before anything else
   ("Rough answers") and how to get full ones; the README features an example that gives them.
2. A lever effect that cannot be told from noise says "cannot be told from noise with N
   experiments", "not evidence of no effect", and names a sibling outcome the lever clearly moves.
3. The headline is for a reader: short sentences, at most about 80 words, the failure condition
   with the outcome's label and unit, inputs by their plain names (the path in a tooltip), no
   results-column names; the details are folded below.
4. A caution inside a PRIM or CART row is a block with room for descenders, not an inline
   highlight whose next line's background covers the line above ("design" read "desian").
5. The PRIM peeling chart runs both axes from 0 to 1; a trajectory without a trade-off is said
   in words, not drawn flat.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from tests.explore.test_analysis import synthetic_store
from tests.explore.test_report_wording import _title_store

from reassure.present.explore_report import (
    EXPLORE_CSS,
    _box_table,
    _lever_table,
    peeling_figure,
    render_explore_report,
)
from reassure.run.explore.analyse import Analysis, _mark_noise, analyse, min_sample, plain_name
from reassure.run.explore.design import unit_design
from reassure.run.explore.store import read_manifest, results

REPO = Path(__file__).resolve().parents[2]


def _drone_like_store(out: Path, samples: int = 18) -> Path:
    """The drone experiment's shape: a lever with a path and a unit that decides the outcome, a
    second lever the outcome never sees, and an uncertainty."""
    unit = unit_design("lhs", 3, samples=samples, levels=4, second_order=False, seed=3)
    synthetic_store(out, "lhs", unit, ["european_orbits", "european_orbits_end_km", "jam"], 0.0, 1.0,
                    lambda x: 100 * x[:, 0] + np.random.default_rng(5).normal(0, 2, len(x)),
                    levers={"european_orbits", "european_orbits_end_km"},
                    paths=["monitoring.fleets[2].orbits", "monitoring.fleets[2].end", "monitoring.jamming_events"])
    return out


def test_a_small_design_says_rough_answers_first_and_how_to_get_full_ones(tmp_path: Path) -> None:
    out = _drone_like_store(tmp_path)
    a = analyse(out, "test.y", fail="test_y_with_us < 60")
    assert a.rough.startswith("Rough answers: 18 experiments give no sensitivity indices with 95% intervals")
    assert f"need about {min_sample(3)} experiments" in a.rough and 'kind = "lhs"' in a.rough
    page = render_explore_report(read_manifest(out), a, results(out))
    # said before the design, the description and every technical note
    assert page.index('class="warn rough"') < page.index("<h2>The design</h2>")
    assert page.index('class="warn rough"') < page.index('class="meta">Explore run')
    assert "rough answers only" in a.summary
    # said once, in the box: no older "only 18 experiments" note repeats it below
    assert page.count("too few for RBD-FAST") == 1 and page.count("Loeppky") == 1
    assert "only 18 experiments" not in page and "see the rough answers above" in page


def test_a_design_large_enough_says_no_rough_answers(tmp_path: Path) -> None:
    out = _drone_like_store(tmp_path, samples=min_sample(3) + 5)
    a = analyse(out, "test.y", fail="test_y_with_us < 60")
    assert a.rough == "" and "rough" not in a.summary
    assert "warn rough" not in render_explore_report(read_manifest(out), a, results(out))


def test_the_readme_features_an_example_that_gives_indices_with_intervals() -> None:
    from reassure.run.explore import plan_from_file

    readme = (REPO / "README.md").read_text()
    featured = re.search(r"reassure explore (experiments/\S+\.toml)", readme)
    assert featured, "the README shows no explore command"
    plan = plan_from_file(REPO / featured.group(1))
    continuous = [f for f in plan.factors if getattr(f, "values", None) is None]
    assert plan.n_experiments >= min_sample(len(continuous)), featured.group(1)
    assert "seconds on 2 cores" in readme  # how long it takes, said
    # the quick screen is said to be one, in the README and in its own description
    assert "quick screen" in readme and "Rough" in readme
    small = (REPO / "experiments" / "drone-orbits-80.toml").read_text()
    assert "drone-orbits-80-full.toml" in small and "too few" in small


def _noise_analysis() -> Analysis:
    a = Analysis(outcome="x.a", column="x_a_without_us", label="Share", n_evaluations=34, n_experiments=17,
                 complete=True, stats={}, case="without_us")
    a.within_noise, a.dummy_score = {"end": 0.146}, 0.151
    a.lever_effects = [
        {"lever": "end", "path": "p.end", "outcome": "x.a", "label": "Share of all incidents detected", "unit": "%",
         "first": "top third", "last": "bottom third", "read": True,
         "with_us": 27.1, "with_us_conf": 30.0, "without_us": 27.1, "without_us_conf": 21.2},
        {"lever": "end", "path": "p.end", "outcome": "x.b", "label": "Chance an hour-long event is detected",
         "unit": "%", "first": "top third", "last": "bottom third", "read": True,
         "with_us": 10.9, "with_us_conf": 5.56, "without_us": 38.3, "without_us_conf": 17.9},
    ]
    return a


def test_within_noise_is_not_no_effect_and_names_the_sibling_outcome_moved() -> None:
    a = _noise_analysis()
    _mark_noise(a, {"outcomes": ["x.a", "x.b"]})
    scored, sibling = a.lever_effects
    assert scored["without_us_noise"] == (
        "cannot be told from noise with 17 experiments: its feature score (0.146) is at or below the dummy's "
        "(0.151); not evidence of no effect: the same lever moves chance an hour-long event is detected by "
        "38.3 percentage points (95% interval ± 17.9)")
    assert scored["with_us_noise"].startswith("cannot be told from noise with 17 experiments: its 95% interval "
                                              "reaches 0; not evidence of no effect: the same lever moves chance")
    assert sibling["with_us_noise"] == sibling["without_us_noise"] == ""
    table = _lever_table(a)
    assert "within noise" not in table and "no effect this" not in table
    assert "That is not evidence of no effect" in table and "17 experiments cannot show" in table
    # the note wraps (a table cell of numbers does not)
    assert "<div class='meta noise'>" in table and "td div.noise{white-space:normal" in EXPLORE_CSS


def test_a_lone_noisy_effect_still_says_it_is_not_evidence_of_no_effect() -> None:
    a = _noise_analysis()
    a.lever_effects = a.lever_effects[:1]
    _mark_noise(a, {"outcomes": ["x.a"]})
    assert a.lever_effects[0]["without_us_noise"].endswith("(0.151); not evidence of no effect")


def test_the_headline_is_short_in_words_with_labels_and_the_details_below(tmp_path: Path) -> None:
    out = _drone_like_store(tmp_path)
    (out / "outcome_figures.json").write_text('{"test.y": {"label": "Share of all incidents detected", "unit": "%"}}')
    a = analyse(out, "test.y", fail="test_y_with_us < 60")
    assert a.summary.startswith("A plan fails when the share of all incidents detected, with the US backstop, "
                                "is below 60%. With the US, "), a.summary
    assert len(a.summary.split()) <= 80, a.summary
    assert "The lever that matters most is European orbits: top third" in a.summary
    assert "_with_us" not in a.summary and "monitoring." not in a.summary and "_" not in a.summary
    assert all(len(s.split()) <= 40 for s in a.summary.split(". ")), a.summary
    page = render_explore_report(read_manifest(out), a, results(out))
    head = page[page.index('<p class="headline">'):]
    head = head[:head.index("</p>")]
    assert '<abbr title="european_orbits (monitoring.fleets[2].orbits)">European orbits</abbr>' in head
    assert "<b>" not in head and "_with_us" not in head
    # the long headline (columns, paths) is still there, folded below the summary
    details = page.index('<details class="headline-details">')
    assert page.index('<p class="headline">') < details < page.index("<h2>The design</h2>")
    assert a.headline.replace("<", "&lt;")[:40] in page[details:]
    assert ".headline{" in EXPLORE_CSS and "font-weight:600" in EXPLORE_CSS


def test_the_headline_answers_the_setting_the_title_asks_about_in_words(tmp_path: Path) -> None:
    _title_store(tmp_path)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    at = next(g for g in a.discovery if g["setting"] == {"target": 25000})
    assert a.summary.split(". ")[1].startswith(f"At 25,000 troops, with the US, {at['n'] - at['failing']} of "
                                               f"{at['n']} plans hold"), a.summary
    assert len(a.summary.split()) <= 80 and "(target)" not in a.summary


def test_a_label_keeps_its_acronym_inside_a_sentence() -> None:
    from reassure.run.explore.analyse import lower_first

    assert lower_first("UAV airframes the fleet needs") == "UAV airframes the fleet needs"
    assert lower_first("Share of all incidents detected") == "share of all incidents detected"


def test_plain_names_drop_units_and_paths() -> None:
    """Derived from a column name or a path, a label is in sentence case as the report's other
    labels are, its proper adjectives and acronyms spelt as a reader does."""
    assert plain_name({"name": "european_orbits_end_km", "path": "monitoring.fleets[2].end", "unit": "km"}) == \
        "European orbits end"
    assert plain_name({"name": "european_orbits", "path": "monitoring.fleets[2].orbits", "unit": "orbits"}) == \
        "European orbits"
    assert plain_name({"name": "monitoring_jamming_events", "path": "monitoring.jamming_events",
                       "unit": "1/day"}) == "Jamming events"
    assert plain_name({"name": "us_backstop_isr", "path": "us_backstop.isr", "unit": ""}) == "ISR"
    # inputs of keyed list items keep their key: what-drives-25000's four chances of joining were
    # four "p join"s (and the headline's tooltip named one of them for all four)
    names = {plain_name({"name": f"contributors_{k}_p_join", "path": f"contributors[{k}].p_join", "unit": ""})
             for k in ("DEU", "NLD", "SWE", "NOR")}
    assert names == {"DEU chance of joining", "NLD chance of joining", "SWE chance of joining", "NOR chance of joining"}


def test_a_derived_label_inside_a_sentence_keeps_its_proper_words_and_its_tooltip() -> None:
    from reassure.present.explore_report import _named
    from reassure.run.explore.analyse import lower_first

    assert lower_first("Jamming events") == "jamming events"
    assert lower_first("European orbits") == "European orbits" and lower_first("US backstop") == "US backstop"
    factors = [{"name": "monitoring_jamming_events", "path": "monitoring.jamming_events"}]
    a = SimpleNamespace(plain={"monitoring_jamming_events": "Jamming events"},
                        labels={"monitoring_jamming_events": "monitoring.jamming_events"})
    text = _named("Jamming events matter. The lever is jamming events.", a, factors)
    assert text.count('<abbr title="monitoring.jamming_events">') == 2, text


def test_a_box_caution_is_a_block_with_room_for_descenders() -> None:
    box = SimpleNamespace(caveat="the design cannot separate european_orbits from the inputs",
                          coverage=1.0, density=1.0, mass=0.88, words=lambda labels: "european_orbits at most 10")
    row = _box_table([box], {}, "PRIM", "x < 1")
    assert "<div class='warn caution'>Caution: the design cannot separate european_orbits" in row
    assert "<span class='warn'>" not in row and "<br>" not in row
    rule = re.search(r"td \.warn,td div\.caution\{([^}]*)\}", EXPLORE_CSS)
    assert rule, EXPLORE_CSS
    assert "display:block" in rule.group(1)
    height = re.search(r"line-height:([\d.]+)", rule.group(1))
    assert height and float(height.group(1)) >= 1.4


def _box(traj: list[tuple[float, float]], cov: float, den: float) -> SimpleNamespace:
    return SimpleNamespace(trajectory=[{"coverage": c, "density": d, "mass": c, "restricted": 0} for c, d in traj],
                           coverage=cov, density=den)


def test_a_peeling_without_trade_off_is_said_in_words() -> None:
    # drone-orbits-80: density 0.882 at the whole space, 1 from the third box on, coverage then falls
    traj = [(1.0, 0.882), (1.0, 0.9375), (1.0, 1.0)] + [(1 - i / 15, 1.0) for i in range(1, 15)]
    text = peeling_figure(_box(traj, 1.0, 1.0))
    assert "<svg" not in text and "no trade-off to chart" in text
    assert "where 88% of the cases fail" in text and "keeps 100% of the failures at a density of 100%" in text


def test_a_peeling_with_a_trade_off_is_charted_from_zero() -> None:
    traj = [(1.0, 0.3), (0.9, 0.4), (0.7, 0.6), (0.4, 0.9)]
    text = peeling_figure(_box(traj, 0.7, 0.6))
    assert "<svg" in text and "Both axes run from 0 to 1" in text
    labels = re.findall(r">([\d.]+)</text>", text)
    assert labels.count("0") == 2 and labels.count("1") == 2, labels  # x and y axes, 0 to 1

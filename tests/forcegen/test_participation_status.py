"""Participation driven by status (issue 12): defaults, inherited values, coherence, caps."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.bridge.force import build_force_problem, force_defaults
from reassure.run.pipeline import run_capability
from reassure.spec import list_scenarios, load_scenario

HEADER = 'schema = 1\nname = "{name}"\ntitle = "t"\nextends = "europe-2025"\n\n'
# A target the contributors can reach, so that P(target) is not pinned at 0 or 1.
TARGET = ('[force]\ntarget_troops = { value = 20000, unit = "troops", '
          'assumption = "test: a reachable target" }\n\n')


def force_report(scenario, draws):
    return run_capability("force", scenario, draws=draws).to_dict()


def _child(tmp_path: Path, name: str, body: str):
    path = tmp_path / f"{name}.toml"
    path.write_text(HEADER.format(name=name) + TARGET + body)
    return load_scenario(path)


def test_changing_a_nation_to_willing_changes_the_odds_and_the_allocation(tmp_path):
    base = _child(tmp_path, "base", "")
    joins = _child(tmp_path, "deu-joins",
                   '[[contributors]]\nnation = "DEU"\nstatus = "willing"\n'
                   'source = ["seed-004"]\nassumption = "test: Germany joins"\n')
    # The parent's p_join 0.3 and 3-month delay belong to `premature`: reset, with a warning.
    problem, used = build_force_problem(joins)
    deu = next(n for n in problem.nations if n.iso3 == "DEU")
    assert deu.p_join is None and deu.delay_months == 0.0  # willing: certain, no delay
    assert any(u.startswith("participation-reset:") and "DEU" in u and "europe-2025.toml:" in u
               and "deu-joins.toml:" in u for u in used)
    a, b = force_report(base, draws=4000), force_report(joins, draws=4000)
    assert b["p_target_met"] > a["p_target_met"]
    deployed = {r["nation"]: r["deployed"] for r in a["nations"]}
    deployed_b = {r["nation"]: r["deployed"] for r in b["nations"]}
    assert deployed_b["DEU"] > deployed["DEU"]
    assert b["participation"]["strength_mean"] > a["participation"]["strength_mean"]


def test_a_restated_value_is_kept_and_not_warned_about(tmp_path):
    scn = _child(tmp_path, "deu-cautious",
                 '[[contributors]]\nnation = "DEU"\nstatus = "conditional-parliament"\n'
                 'source = ["seed-004"]\n'
                 'p_join = { value = 0.45, unit = "probability", assumption = "test (for a test)" }\n')
    problem, used = build_force_problem(scn)
    deu = next(n for n in problem.nations if n.iso3 == "DEU")
    assert deu.p_join == pytest.approx(0.45)
    # delay was not restated: dropped from the parent, the new status's default applies.
    table = force_defaults()["status_delay"]["conditional-parliament"]
    assert deu.delay_months == pytest.approx(table.in_("month"))
    assert any("participation-reset" in u and "delay" in u and "p_join" not in u.split(";")[1]
               for u in used)


def test_status_defaults_apply_without_a_stated_p_join(tmp_path):
    scn = _child(tmp_path, "esp", '[[contributors]]\nnation = "ESP"\nstatus = "open"\n'
                 'source = ["seed-004"]\nassumption = "test (for a test)"\n')
    problem, used = build_force_problem(scn)
    esp = next(n for n in problem.nations if n.iso3 == "ESP")
    assert esp.p_join == pytest.approx(force_defaults()["status_p_join"]["open"].nominal)
    assert 0 < esp.p_join < 1  # "open to" is not certain
    assert any(u.startswith("ESP p_join") for u in used)


def test_every_status_default_is_sourced_or_an_explicit_assumption():
    d = force_defaults()
    assert set(d["status_p_join"]) == set(d["status_delay"])
    for table in (d["status_p_join"], d["status_delay"]):
        for q in table.values():
            assert q.source or q.assumption
            assert all(s in d["sources"] for s in q.source)
    p = {k: q.nominal for k, q in d["status_p_join"].items()}
    assert p["willing"] == 1 and p["ruled-out"] == 0
    assert p["willing"] > p["conditional-parliament"] > p["premature"] > p["constitutional-limit"] > 0


def test_the_same_quote_gives_the_same_status_in_every_shipped_scenario():
    """Italy was p_join 0.1 in europe-2025 and ruled out in iiss-*, citing the same quote."""
    seen: dict[tuple[str, str], set[tuple[str, float | None]]] = {}
    for path in list_scenarios():
        scn = load_scenario(path)
        problem, _ = build_force_problem(scn)
        p_join = {n.iso3: n.p_join for n in problem.nations}
        for c in scn.contributors:
            for src in c.source:
                seen.setdefault((c.nation, src), set()).add((c.status, p_join[c.nation]))
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert not clashes, clashes


def test_open_statements_are_not_counted_certain():
    for name in ("iiss-small", "iiss-medium", "iiss-large"):
        problem, _ = build_force_problem(load_scenario(name))
        p = {n.iso3: (1.0 if n.p_join is None else n.p_join) for n in problem.nations}
        for iso in ("CAN", "AUS", "NZL", "BEL"):
            assert p[iso] < 1, (name, iso)


def test_the_uk_is_capped_by_its_published_plans_not_the_common_share():
    r = force_report(load_scenario("europe-2025"), draws=200)
    gbr = next(n for n in r["nations"] if n["nation"] == "GBR")
    assert 5_000 <= gbr["cap_troops"] <= 8_000
    assert gbr["limited_by"] == "national_plan"
    assert any("common sustainable share" in u and "GBR" not in u.split("caps ")[1]
               for u in r["defaults_used"])


def test_standing_commitments_are_deducted_before_the_share(tmp_path):
    base = force_report(_child(tmp_path, "lt", ""), draws=0)
    scn = _child(tmp_path, "lt-efp",
                 '[[contributors]]\nnation = "LTU"\nstatus = "willing"\nsource = ["seed-004"]\n'
                 'standing_commitments = { value = 1000, unit = "troops", assumption = "test (for a test)" }\n')
    after = force_report(scn, draws=0)
    cap = {n["nation"]: n["cap_troops"] for n in base["nations"]}
    cap_after = {n["nation"]: n["cap_troops"] for n in after["nations"]}
    # 1,000 on a standing task with the force's 1:3 rotation tie up 3,000 of the army;
    # a 25 % share of the rest, over 3, is 250 fewer troops here.
    assert cap["LTU"] - cap_after["LTU"] == pytest.approx(250, abs=1)


def test_tornado_swings_p_join_and_the_correlation():
    from reassure.run.sensitivity import run_sensitivity

    charts = {c.id: c for c in run_sensitivity(load_scenario("iiss-medium"))}
    chart = charts["tornado-p_target_met"]
    rows = dict(zip(chart.labels, zip(chart.series["low"], chart.series["high"], strict=True),
                    strict=True))
    lo, hi = rows["uncertain nations' chance of joining x0.5 / x1.5"]
    assert lo < chart.base < hi
    lo, hi = rows["correlation of joining decisions 0 / x2"]
    assert lo != hi
    lo, hi = rows["troops each nation keeps deployed, as the plan gives them (sustainable_troops), low / high end"]
    assert lo < hi
    assert "contributors.p_join" in chart.refs


@pytest.mark.parametrize("name", ["europe-2025", "iiss-medium", "no-us-backstop"])
def test_the_sensitivity_metrics_are_the_full_models_figures(name):
    """The sensitivity pass reads P(target met) from the participation Monte Carlo alone and the
    deployed strength from the allocation alone: each must equal what the whole force model
    reports for the same swung scenario."""
    from reassure.bridge.force import DRAWS
    from reassure.models.forcegen import assess_force_case
    from reassure.run.sensitivity import SWINGS, _deployed, _p_target_met, _swung

    scenario = load_scenario(name)
    for swing in [s for s in SWINGS if s.metric in ("p_target_met", "deployed_without_us")][:4]:
        swung = _swung(scenario, swing, swing.high)
        problem, _ = build_force_problem(swung)
        # (s34: the main run's draws, so the chart's "as planned" is the report's figure)
        full = assess_force_case(problem, us_backstop=problem.us_backstop_available, draws=DRAWS,
                                 seed=swung.seed)
        assert _p_target_met(swung) == 100.0 * full.p_target_met
        alone = assess_force_case(problem, us_backstop=False, draws=0, seed=swung.seed)
        assert _deployed(swung) == float(alone.deployed_total)

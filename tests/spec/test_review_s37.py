"""Review s37 (scenario loading, validation and Python overrides).

1. a type left out of a regime's `rates` became rate 0 without a word;
2. `validate` passed a file `assess` refused (a rate at the sites, no site of weight > 0);
3. `assumption = "x"` passed in files and in `with_overrides`, the web editor wanted 12 characters;
4. `[[sources]]`: a url that is no address, a date that is no date or in the future, no title;
   a `javascript:` url was a link in report.html;
5. `with_overrides("force.target_troops", ...)` raised AttributeError;
6. a switch or a status changed in code (or by a child file) kept the old provenance;
7. a Quantity's own note was lost in an override, and a plan changed in code looked unchanged;
8. `{ valeu = 15000 }` had no "did you mean"; bounds as ">= 0.0166667 h"; `pledge_troops = 300.5`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reassure
from reassure.errors import ReassureError, ScenarioFieldError
from reassure.spec import Quantity, list_scenarios

REPO = Path(__file__).resolve().parents[2]
EUROPE = REPO / "scenarios" / "europe-2025.toml"
EUROPE_TEXT = EUROPE.read_text(encoding="utf-8")
HEAD = 'schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n'
FIXTURE = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _child(tmp_path: Path, body: str, name: str = "v.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def _refused(path: Path) -> ScenarioFieldError:
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    return caught.value


def _line_of(text: str, pattern: str, after: int = 0) -> int:
    """1-based line of the first line at or after line ``after`` matching ``pattern``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if number >= after and re.search(pattern, line):
            return number
    raise AssertionError(pattern)


# -- 1. every type has a rate in every regime ------------------------------------------------------
REGIMES = ("holding", "eroding", "breaking_down")
TYPES = ("violation", "incursion", "strike")


def _without_rate(regime: str, kind: str) -> tuple[str, int]:
    """europe-2025's text with ``kind`` taken out of ``regime``'s inline `rates`, and that line."""
    lines = EUROPE_TEXT.splitlines()
    start = _line_of(EUROPE_TEXT, rf'^id = "{regime}"$')
    at = _line_of(EUROPE_TEXT, r"^rates = \{", after=start)
    line = lines[at - 1]
    cut = re.sub(r",\s*}$", " }", re.sub(rf"\b{kind} = \{{[^{{}}]*\}}(, )?", "", line))
    assert cut != line and kind not in tomllib.loads(cut)["rates"]
    lines[at - 1] = cut
    return "\n".join(lines) + "\n", at


@FIXTURE
@given(st.sampled_from(REGIMES), st.sampled_from(TYPES))
def test_a_regime_without_a_rate_for_a_type_is_refused_naming_both(tmp_path: Path, regime: str, kind: str) -> None:
    text, line = _without_rate(regime, kind)
    path = tmp_path / "no-rate.toml"
    path.write_text(text, encoding="utf-8")
    message = str(_refused(path))
    assert message.startswith(f"{path}:{line}: incidents.regimes[{regime}].rates gives no rate for type {kind!r}")
    assert "every type needs a rate in every regime" in message
    unit = "1/day" if kind == "strike" else "1/km/day"
    assert f'write {kind} = {{ value = 0, unit = "{unit}", assumption = "..." }}' in message


def test_a_rate_written_as_zero_with_its_reason_is_accepted(tmp_path: Path) -> None:
    text, _ = _without_rate("holding", "strike")
    text = text.replace(' }\n\n[[incidents.regimes]]\nid = "eroding"',
                        ', strike = { value = 0, unit = "1/day", assumption = "no strikes while the truce holds" }'
                        ' }\n\n[[incidents.regimes]]\nid = "eroding"', 1)
    path = tmp_path / "zero-rate.toml"
    path.write_text(text, encoding="utf-8")
    holding = reassure.load_scenario(path).incidents.regimes[0]
    assert holding.rates["strike"].nominal == 0


def test_a_type_a_child_adds_needs_its_rate_in_the_parents_regimes(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[incidents.types]]\nid = "blockade"\nwhere = "line"\n'
                  'duration = { value = 4, unit = "h", assumption = "a road blocked for hours" }\nresponse = false\n')
    message = str(_refused(path))
    assert "incidents.regimes[holding].rates gives no rate for type 'blockade'" in message


def test_every_shipped_scenario_still_validates(run_cli) -> None:
    result = run_cli("validate", *map(str, list_scenarios()))
    assert result.exit_code == 0, result.stderr


# -- 2. what `assess` refuses, `validate` refuses ----------------------------------------------------
def _no_site_weights() -> str:
    sites = [s.site for s in reassure.load_scenario("europe-2025").posture.sites]
    return "".join(f'[[posture.sites]]\nsite = "{s}"\nweight = {{ value = 0, unit = "weight", '
                   'assumption = "not protected in this variant" }\n' for s in sites)


def test_a_rate_at_the_sites_with_no_weighted_site_is_refused_by_validate(tmp_path: Path, run_cli) -> None:
    path = _child(tmp_path, _no_site_weights())
    result = run_cli("validate", str(path))
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    line = _line_of(EUROPE_TEXT, r"^rates = \{", after=_line_of(EUROPE_TEXT, r'^id = "holding"$'))
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"error: {EUROPE}:{line}: incidents.regimes[holding].rates.strike is a rate at "
                            "the protected sites, but no [[posture.sites]] entry has a weight above 0")
    assert first.endswith("(got '0.05 1/day')")


def test_the_same_refusal_names_the_override_in_code() -> None:
    plan = reassure.load_scenario("europe-2025")
    zero = {f"posture.sites[{s.site}].weight": 0 for s in plan.posture.sites}
    with pytest.raises(ScenarioFieldError, match=r"^with_overrides on europe-2025: incidents\.regimes\[holding\]"
                                                 r"\.rates\.strike is a rate at the protected sites"):
        plan.with_overrides(zero, assumption="no site is protected in this variant")


def test_zero_rates_at_the_sites_with_no_weighted_site_pass(tmp_path: Path) -> None:
    zero = "".join(f'[[incidents.regimes]]\nid = "{r}"\nrates = {{ strike = {{ value = 0, unit = "1/day", '
                   'assumption = "nothing to strike in this variant" } }\n' for r in REGIMES)
    assert reassure.load_scenario(_child(tmp_path, _no_site_weights() + zero))


def test_an_airlift_type_without_seats_needs_tonnes_per_troop_at_validate(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[support_force.airlift]]\nid = "c5"\ntype = "c5m"\n'
                  'aircraft = { value = 2, unit = "aircraft", assumption = "two US C-5M on call" }\n')
    message = str(_refused(path))
    assert message.startswith(f"{path}:7: support_force.airlift[c5].type has no troop figure")
    assert "set support_force.tonnes_per_troop" in message


def test_an_air_base_with_fighters_but_no_type_is_refused_by_validate(tmp_path: Path, run_cli) -> None:
    path = _child(tmp_path, '[[air.bases]]\nbase = "EPLK"\n'
                  'aircraft = { value = 4, unit = "aircraft", assumption = "four fighters at Rzeszow" }\n'
                  'readiness = { value = 15, unit = "min", assumption = "quick reaction alert" }\n')
    result = run_cli("validate", str(path))
    assert result.exit_code == 2, result.stdout
    assert "air.bases[EPLK].type is needed by the response model" in result.stderr


# -- 3. one rule for an assumption ---------------------------------------------------------------------
SHORT = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=11).filter(
    lambda t: t.strip() and '"' not in t and "\\" not in t and len(t.strip()) < 12)


@FIXTURE
@given(SHORT)
def test_a_short_assumption_is_refused_in_a_file(tmp_path: Path, why: str) -> None:
    path = _child(tmp_path, f'[force]\ninterval = {{ value = 12, unit = "month", assumption = "{why}" }}\n')
    message = str(_refused(path))
    assert message.startswith(f"{path}:6: force.interval has an assumption that is too short to say why")
    assert "at least 12" in message


@FIXTURE
@given(SHORT)
def test_a_short_assumption_is_refused_in_code(why: str) -> None:
    plan = reassure.load_scenario("europe-2025")
    with pytest.raises(ReassureError, match=r"^with_overrides: assumption=.* is too short"):
        plan.with_overrides({"force.target_troops": 20_000}, assumption=why)
    with pytest.raises(ReassureError, match="has an assumption that is too short"):
        plan.with_overrides({"force.tour": Quantity(value=4, unit="month", assumption=why)},
                            assumption="shorter tours in this variant")


def test_a_statement_with_a_short_assumption_is_refused_at_its_entry(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[contributors]]\nnation = "FRA"\nstatus = "open"\nassumption = "."\n')
    assert "contributors[FRA] has an assumption that is too short" in str(_refused(path))


def test_every_short_assumption_of_a_file_is_told_at_once(tmp_path: Path) -> None:
    path = _child(tmp_path, '[force]\ntour = { value = 4, unit = "month", assumption = "x" }\n'
                  'interval = { value = 8, unit = "month", assumption = "-" }\n')
    err = _refused(path)
    assert [p.field for p in err.problems] == ["force.tour", "force.interval"]


def test_the_web_editor_and_the_files_share_the_rule() -> None:
    from reassure.present.web import app, rules
    from reassure.spec import _quantity

    assert rules.MIN_ASSUMPTION is _quantity.MIN_ASSUMPTION == 12
    assert app.MIN_ASSUMPTION is _quantity.MIN_ASSUMPTION
    assert _quantity.assumption_fault("a" * 11) and not _quantity.assumption_fault("a" * 12)


def test_an_experiment_factor_with_a_short_assumption_is_refused(tmp_path: Path) -> None:
    from reassure.spec.experiment import load_experiment

    text = (REPO / "experiments" / "what-drives-25000.toml").read_text(encoding="utf-8")
    assert re.search(r'^assumption = "[^"]{12,}"$', text, re.M)
    bad = re.sub(r'^assumption = "[^"]*"$', 'assumption = "x"', text, count=1, flags=re.M)
    path = tmp_path / "exp.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ScenarioFieldError, match=r"assumption is too short to say why"):
        load_experiment(path)


def _assumptions(node: object, where: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        own = [(where, node["assumption"])] if isinstance(node.get("assumption"), str) else []
        return own + [hit for k, v in node.items() for hit in _assumptions(v, f"{where}.{k}")]
    if isinstance(node, list):
        return [hit for i, v in enumerate(node) for hit in _assumptions(v, f"{where}[{i}]")]
    return []


SHIPPED = sorted([*(REPO / "scenarios").glob("*.toml"), *(REPO / "experiments").glob("*.toml"),
                  *(REPO / "src" / "reassure" / "data").glob("*.toml"),
                  *(REPO / "src" / "reassure" / "theatres").glob("*/*.toml")])


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_assumption_says_why(path: Path) -> None:
    from reassure.spec._quantity import assumption_fault

    found = _assumptions(tomllib.loads(path.read_text(encoding="utf-8")))
    assert not [(w, a) for w, a in found if assumption_fault(a)]


# -- 4. sources ------------------------------------------------------------------------------------
SOURCE = ('[[sources]]\nid = "mine"\ntitle = "A note"\noutlet = "A think tank"\n{extra}\n'
          '[force]\ntarget_troops = {{ value = 20000, unit = "troops", source = ["mine"] }}\n')


@pytest.mark.parametrize(("extra", "field", "says"), [
    ('date = 2025-03-01\nurl = "see my notes"', "url", "must be a web address starting with http:// or https://"),
    ('date = 2025-03-01\nurl = "javascript:alert(1)"', "url", "must be a web address"),
    ('date = 2025-03-01\nurl = "ftp://example.org/x"', "url", "must be a web address"),
    ('date = 2025-03-01\nurl = ""', "url", "must be a web address"),
    ('date = "yesterday"\nurl = "https://example.org/x"', "date", "must be a date"),
    ('date = "2025-13"\nurl = "https://example.org/x"', "date", "must be a date"),
    ('date = 2099-01-01\nurl = "https://example.org/x"', "date", "is in the future"),
    ('date = "2099"\nurl = "https://example.org/x"', "date", "is in the future"),
])
def test_a_bad_source_entry_is_refused_at_its_field(tmp_path: Path, extra: str, field: str, says: str) -> None:
    path = _child(tmp_path, SOURCE.format(extra=extra))
    message = str(_refused(path))
    assert re.match(rf"^{re.escape(str(path))}:\d+: sources\[mine\]\.{field} {says}", message), message


def test_a_source_without_a_title_is_refused(tmp_path: Path) -> None:
    path = _child(tmp_path, SOURCE.format(extra='url = "https://example.org/x"').replace('"A note"', '" "'))
    assert f"{path}:7: sources[mine].title is empty" in str(_refused(path))


@pytest.mark.parametrize("date", ['"2025"', '"2025-03"', '"2025-03-01"', '"2021-09/2021-12"', '"n.d."', "2025-03-01"])
def test_the_dates_the_shipped_files_write_are_accepted(tmp_path: Path, date: str) -> None:
    path = _child(tmp_path, SOURCE.format(extra=f'date = {date}\nurl = "https://example.org/x"'))
    assert reassure.load_scenario(path).source("mine").url == "https://example.org/x"


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=40), st.sampled_from(["javascript:alert(1)", "JaVaScRiPt:alert(1)",
                                                         " javascript:x", "data:text/html,x", "vbscript:x"])))
def test_the_report_makes_a_link_of_web_addresses_only(url: str) -> None:
    from reassure.present.report import _address
    from reassure.spec._quantity import is_web_address

    html = _address(url)
    assert ("href=" in html) == is_web_address(url)
    if "href=" in html:
        assert re.match(r'^<a href="https?://', html, re.I)


def test_no_other_source_link_is_written_without_the_guard() -> None:
    text = (REPO / "src" / "reassure" / "present" / "report.py").read_text(encoding="utf-8")
    assert len(re.findall(r'href="\{_e\((?!f"#)', text)) == 1  # _address's own


# -- 5. overrides must be a dict -------------------------------------------------------------------
@pytest.mark.parametrize("given_", ["force.target_troops", ["force.target_troops"], None, 20_000])
def test_overrides_that_are_not_a_dict_are_a_reassure_error(given_: object) -> None:
    plan = reassure.load_scenario("europe-2025")
    with pytest.raises(ReassureError, match=r"^with_overrides: give a dict of path -> value, e\.g\. "):
        plan.with_overrides(given_, assumption="a smaller force in this variant")  # type: ignore[arg-type]


# -- 6. a changed statement carries the reason for the change ------------------------------------------
def test_a_switch_and_a_status_changed_in_code_carry_the_calls_reason() -> None:
    plan = reassure.load_scenario("no-us-backstop")
    nation = plan.contributors[-1].nation
    assert plan.contributors[-1].status == "willing"  # so the override below changes it
    reason = "UNIQUE-REASON-42 for this variant"
    new = plan.with_overrides({"us_backstop.isr": True, f"contributors[{nation}].status": "ruled-out"},
                              assumption=reason)
    backstop = new.us_backstop
    # review 41 12: the switch has the call's reason as its own provenance; the table's sources
    # and assumption, which back the switches left alone (s32 1), are kept as they were
    isr = backstop.provenance_of("isr")
    assert backstop.isr and isr.assumption.startswith(reason) and isr.source == ()
    assert "changed in code: isr false -> true" in isr.assumption
    assert backstop.assumption == plan.us_backstop.assumption
    assert backstop.source == plan.us_backstop.source
    entry = next(c for c in new.contributors if c.nation == nation)
    assert entry.assumption.startswith(reason) and "status 'willing' -> 'ruled-out'" in entry.assumption
    assert entry.source == ()  # they said what the old status was
    from reassure.spec import scenario_summary

    statements = scenario_summary(new)["statements"]
    assert any(s["path"] == "us_backstop.isr" and s["statement"] == "isr=true" and reason in s["assumption"]
               for s in statements)
    assert not any(s["path"] == "us_backstop" and reason in (s["assumption"] or "") for s in statements)


def test_a_child_that_changes_a_status_without_provenance_is_refused(tmp_path: Path) -> None:
    path = _child(tmp_path, '[[contributors]]\nnation = "GBR"\nstatus = "ruled-out"\n')
    message = str(_refused(path))
    assert message.startswith(f"{path}:7: contributors[GBR].status changes 'willing' (europe-2025.toml) to "
                              "'ruled-out' without a provenance of its own")


def test_a_child_that_switches_an_enabler_without_provenance_is_refused(tmp_path: Path) -> None:
    path = _child(tmp_path, "[us_backstop]\nisr = false\n")
    assert f"{path}:6: us_backstop.isr changes true (europe-2025.toml) to false" in str(_refused(path))


def test_a_childs_own_provenance_replaces_the_parents_whole(tmp_path: Path) -> None:
    parent = reassure.load_scenario("europe-2025")
    gbr = next(c for c in parent.contributors if c.nation == "GBR")
    assert gbr.source  # the parent's source, for 'willing'
    path = _child(tmp_path, '[[contributors]]\nnation = "GBR"\nstatus = "ruled-out"\n'
                  'assumption = "London steps back in this variant"\n')
    child = next(c for c in reassure.load_scenario(path).contributors if c.nation == "GBR")
    assert child.status == "ruled-out" and child.source == ()
    assert child.assumption == "London steps back in this variant"
    assert child.pledge_troops == gbr.pledge_troops  # its quantities are still the parent's


def test_a_child_that_switches_an_enabler_with_its_reason_keeps_the_other_switches_sources(tmp_path: Path) -> None:
    parent = reassure.load_scenario("europe-2025").us_backstop
    path = _child(tmp_path, '[us_backstop]\nisr = false\nassumption = "isr changed to false: Washington withdraws ISR"\n')
    child = reassure.load_scenario(path).us_backstop
    # s53: the child's reason is the changed switch's own; the table keeps the parent's whole
    assert not child.isr and child.source == parent.source and child.assumption == parent.assumption
    assert child.provenance_of("isr").source == ()
    assert child.provenance_of("isr").assumption.startswith("isr changed")


# -- 7. the caller's note is kept; a plan changed in code says so ------------------------------------------
def test_a_quantitys_own_note_survives_the_override() -> None:
    plan = reassure.load_scenario("europe-2025")
    sid = plan.sources[0].id
    new = plan.with_overrides({"force.tour": Quantity(value=4, unit="month", source=(sid,), note="RUSI p.3")},
                              assumption="shorter tours in this variant")
    tour = new.force.tour
    assert tour.note is not None and tour.note.startswith("RUSI p.3 (overrides ")
    assert tour.note.endswith("; changed in code: shorter tours in this variant)") and tour.source == (sid,)


def test_a_plan_changed_in_code_is_marked_once_and_lists_its_changes() -> None:
    plan = reassure.load_scenario("europe-2025")
    assert plan.overrides == () and not plan.title.endswith("(modified in code)")
    once = plan.with_overrides({"contributors[0].pledge_troops": 9_000}, assumption="a larger French pledge")
    twice = once.with_overrides({"force.target_troops": 20_000}, assumption="a smaller force as well")
    assert twice.title == plan.title + " (modified in code)" and twice.name == plan.name
    assert twice.overrides == (
        {"path": "contributors[FRA].pledge_troops", "value": "9000", "assumption": "a larger French pledge"},
        {"path": "force.target_troops", "value": "20000", "assumption": "a smaller force as well"})
    assert plan.with_overrides({}, assumption="nothing changed at all") == plan


# -- 8. minor ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typo", "meant"), [("valeu", "value"), ("vlaue", "value"), ("lwo", "low")])
def test_a_typo_for_value_gets_a_did_you_mean(tmp_path: Path, typo: str, meant: str) -> None:
    path = _child(tmp_path, f'[force]\ntarget_troops = {{ {typo} = 15000, unit = "troops", '
                  'assumption = "a smaller force assumed" }\n')
    assert f"needs `value`, or `low` and `high` (got `{typo}`; did you mean `{meant}`?)" in str(_refused(path))


def test_a_bound_under_an_hour_is_written_in_minutes(tmp_path: Path) -> None:
    path = _child(tmp_path, '[monitoring]\ntarget_revisit = { value = 30, unit = "s", '
                  'assumption = "a revisit every half minute" }\n')
    message = str(_refused(path))
    assert "monitoring.target_revisit must be >= 1 min: a revisit of a minute to a year (got 30 s = 0.5 min)" in message
    assert "0.0166667" not in message


@FIXTURE
@given(st.floats(0.01, 0.99).map(lambda f: round(300 + f, 2)).filter(lambda x: not float(x).is_integer()))
def test_a_pledge_of_part_of_a_person_is_refused(tmp_path: Path, pledge: float) -> None:
    path = _child(tmp_path, f'[[contributors]]\nnation = "FRA"\npledge_troops = {{ value = {pledge}, '
                  'unit = "troops", assumption = "a company, give or take" }\n')
    assert f"contributors[FRA].pledge_troops must be a whole number of troops (got {pledge:g} troops)" in str(_refused(path))


def test_a_design_in_code_may_sample_a_pledge_between_whole_troops() -> None:
    """`reassure explore` draws a pledge from its sourced range (9,339.85 troops): a sample of a
    range in code, not a figure an author typed, so `with_overrides` takes it."""
    plan = reassure.load_scenario("europe-2025")
    new = plan.with_overrides({"contributors[FRA].pledge_troops": 9_339.85},
                              assumption="a sample of the sourced range")
    assert new.contributors[0].pledge_troops is not None
    assert new.contributors[0].pledge_troops.nominal == pytest.approx(9_339.85)

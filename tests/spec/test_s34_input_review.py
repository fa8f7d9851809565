"""Review s34 (a parliamentary researcher's own scenario file): scenario input.

1. the docs and the validator disagreed on whether a `[[sources]]` entry needs an address;
2. `force.tour = 6 day` and `incidents.response_threshold = 60 h` passed without a word;
3. the Units table offered `GBP/troop-year`, which no field accepts;
4. a bound printed as `1e+06`, with the lower bound's reason for an upper-bound breach;
5. an unknown source id came to light only once the other errors were fixed;
6. `assess tripwire-2026` beside `tripwire-2026.toml` did not point at the file.
"""

from __future__ import annotations

import re
import sys
import warnings as warnings_module
from pathlib import Path

import pytest

import reassure
from reassure.errors import InputFileError, ScenarioFieldError
from reassure.spec import ScenarioWarning, list_scenarios, resolve_scenario

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "scenario-format.md").read_text(encoding="utf-8")

HEAD = 'schema = 1\nname = "v"\ntitle = "v"\nextends = "mnf-u-2026"\n'


def _write(tmp_path: Path, body: str, name: str = "v.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def _section(title: str) -> str:
    start = DOC.index(title)
    end = DOC.find("\n#", start + len(title))
    return DOC[start:] if end < 0 else DOC[start:end]


# -- 1. a source needs an address a reader can open ------------------------------------------------
NOTE_ONLY = ('[[sources]]\nid = "hoc-note"\ntitle = "Working note"\noutlet = "House of Commons Library"\n'
             'note = "no single address: my own working"\n'
             '[force]\ntarget_troops = { value = 15000, unit = "troops", source = ["hoc-note"] }\n')


def test_a_source_with_only_a_note_is_refused_and_told_what_to_write_instead(tmp_path: Path) -> None:
    path = _write(tmp_path, NOTE_ONLY)
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    text = str(err.value)
    assert f"{path}:5: sources[hoc-note] needs `url` or `file` so a reader can find it" in text
    assert "a `note` cannot stand in for them" in text
    assert 'write `assumption = "..."` on the value' in text
    assert not text.endswith("..."), text  # fits its line whole


def test_a_source_kept_as_a_file_with_its_reason_still_reads(tmp_path: Path) -> None:
    body = NOTE_ONLY.replace('note = "no single', 'file = "hoc-note.pdf"\nnote = "no single')
    scenario = reassure.load_scenario(_write(tmp_path, body))
    assert scenario.source("hoc-note").file == "hoc-note.pdf"


def test_the_docs_say_what_the_validator_enforces() -> None:
    text = _section("### Where a reader finds a source")
    assert "`validate` therefore refuses a\n`[[sources]]` entry that gives neither a `url` nor a `file`" in text
    assert "a `note` cannot stand in for an address" in text
    assert 'give the value\n`assumption = "..."`' in text
    # the old sentence read as if a note could replace an address
    assert "An entry without a `url` says why in its `note`" not in DOC
    assert "An entry with a `file` but no `url` says why in its `note`" in text
    row = next(line for line in DOC.splitlines() if line.startswith("| `sources[].url` |"))
    assert "an entry needs `url` or `file`" in row


# -- 2. a time outside its usual span is warned, with the unit probably meant ----------------------
@pytest.mark.parametrize(("body", "line", "expected"), [
    ('[force.tour]\nvalue = 6\nunit = "day"\nassumption = "six-month tours"\n', 5,
     "force.tour is 6 day, less than a month: a tour usually lasts a month to two years (national "
     "tours run 4 to 12 months); did you mean 6 month?"),
    ('[incidents.response_threshold]\nvalue = 60\nunit = "h"\nassumption = "meant 60 minutes"\n', 5,
     "incidents.response_threshold is 60 h, more than a day: a response threshold is usually 5 minutes "
     "to a day (on scene within the hour is the usual aim); did you mean 60 min?"),
    ('[force]\ninterval = { value = 24, unit = "day", assumption = "x (for a test)" }\n', 6,
     "force.interval is 24 day, less than a month"),
    ('[posture]\ncover_time = { value = 3, unit = "day", assumption = "x (for a test)" }\n', 6,
     "posture.cover_time is 3 day, more than two days"),
    ('[[contributors]]\nnation = "GBR"\nstatus = "conditional-parliament"\nsource = ["indep-uk-vote"]\n'
     'tour = { value = 6, unit = "week", assumption = "x (for a test)" }\n', 9, None),
    ('[[contributors]]\nnation = "GBR"\nstatus = "conditional-parliament"\nsource = ["indep-uk-vote"]\n'
     'tour = { value = 6, unit = "day", assumption = "x (for a test)" }\n', 9,
     "contributors[GBR].tour is 6 day, less than a month"),
    # (s48 review) a length too: metres for kilometres put every garrison "beyond" the standoff
    ('[posture]\nstandoff = { value = 100, unit = "m", assumption = "x (for a test)" }\n', 6,
     "posture.standoff is 100 m, less than 1 km: a standoff from the line is usually tens to "
     "hundreds of km (the force is stationed away from the front line); did you mean 100 km?"),
    ('[posture]\nstandoff = { value = 0, unit = "km", assumption = "x (for a test)" }\n', 6, None),
    # (s48 review) a million troops is within the plausible bound, but no force discussed
    ('[force]\ntarget_troops = { value = 1000000, unit = "troops", assumption = "x (for a test)" }\n',
     6, "force.target_troops is 1,000,000 troops, more than 200,000: a reassurance force is usually "
     "hundreds to about 150,000 troops (the European plans: 25,000-64,000; Ukraine asked for "
     "100,000-150,000); check the number"),
])
def test_a_likely_unit_slip_in_a_time_is_warned(tmp_path: Path, body: str, line: int,
                                                 expected: str | None) -> None:
    path = _write(tmp_path, body)
    with warnings_module.catch_warnings(record=True) as said:  # review s51 11: warned at the call too
        warnings_module.simplefilter("always")
        warnings = [w for w in reassure.load_scenario(path).load_warnings if "usually" in w]
    assert [str(w.message) for w in said if issubclass(w.category, ScenarioWarning)] == warnings
    if expected is None:  # six weeks is short, but no slip: no warning
        assert warnings == []
        return
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith(f"{path}:{line}: {expected}"), warnings[0]


def test_the_researchers_slips_are_warned_by_validate(run_cli, tmp_path: Path) -> None:
    path = _write(tmp_path, '[force.tour]\nvalue = 6\nunit = "day"\nassumption = "six-month tours"\n')
    proc = run_cli("validate", path)
    assert proc.exit_code == 0
    assert f"warning: {path}:5: force.tour is 6 day, less than a month" in proc.stdout + proc.stderr
    assert "did you mean 6 month?" in proc.stdout + proc.stderr


@pytest.mark.parametrize("name", [p.stem for p in list_scenarios()])
def test_no_shipped_scenario_is_warned_for_an_unusual_time(name: str) -> None:
    assert [w for w in reassure.load_scenario(name).load_warnings if "usually" in w] == []


def test_the_usual_spans_sit_within_the_plausible_ones() -> None:
    from reassure.spec._bounds import LIKELY, span_for

    for path, likely in LIKELY.items():
        # (s48) standoffs are lengths, the force's target a count (no unit a slip could mean)
        dimension = "length" if path.endswith("standoff") else \
            "troops" if path.endswith("troops") else "time"
        span = span_for(path.replace("[]", "[0]").replace("*", "x"), dimension)
        assert span is not None, path
        assert likely.meant or dimension == "troops", path
        if likely.lo is not None and span.lo is not None:
            assert likely.lo >= span.lo, path
        if likely.hi is not None and span.hi is not None:
            assert likely.hi <= span.hi, path


# -- 3. a cost per troop-year is in EUR: the docs offer no other unit for it ------------------------
def test_the_units_table_offers_only_the_troop_year_units_a_field_accepts() -> None:
    units = _section("### Units")
    assert "| a cost per troop-year | `EUR/troop-year` |" in units
    assert "No scenario field accepts `GBP/troop-year`" in units
    for field in ("force.cost_per_troop_year", "contributors[].cost_per_troop_year"):
        row = next(line for line in DOC.splitlines() if line.startswith(f"| `{field}` |"))
        assert "in EUR only: a figure published in GBP or USD is converted at a sourced exchange rate" in row


def test_the_field_reference_is_what_the_generator_writes() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import gen_scenario_doc
    finally:
        sys.path.remove(str(REPO / "scripts"))
    start, end = DOC.index(gen_scenario_doc.BEGIN), DOC.index(gen_scenario_doc.END) + len(gen_scenario_doc.END)
    assert DOC[start:end] == gen_scenario_doc.render(), "run .venv/bin/python scripts/gen_scenario_doc.py"


def test_a_troop_year_cost_in_gbp_is_told_how_to_convert(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[contributors]]\nnation = "GBR"\nstatus = "conditional-parliament"\n'
                            'source = ["indep-uk-vote"]\ncost_per_troop_year = { value = 180000, '
                            'unit = "GBP/troop-year", assumption = "MoD (for a test)" }\n')
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    text = str(err.value)
    assert f"{path}:9: contributors[GBR].cost_per_troop_year must be in EUR/troop-year" in text
    assert "convert the GBP figure to EUR at a sourced exchange rate" in text
    assert text.endswith("(got unit 'GBP/troop-year')")


# -- 4. bounds as people write them, with the reason for the bound broken -------------------------
def test_an_upper_bound_is_written_whole_with_its_own_reason(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntarget_troops = { value = 15000000, unit = "troops", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    text = str(err.value)
    assert "force.target_troops must be <= 1,000,000 troops: a million troops is beyond any reassurance" in text
    assert "e+" not in text
    assert "at least one troop" not in text


def test_a_lower_bound_gives_the_lower_bounds_reason(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntarget_troops = { value = 0, unit = "troops", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    text = str(err.value)
    assert "must be >= 1 troop: a force needs at least one troop (got 0 troops)" in text
    assert "million" not in text


def test_no_bound_prints_in_computer_notation() -> None:
    from reassure.spec._bounds import BY_DIMENSION, BY_FIELD, number_text

    assert number_text(1e6) == "1,000,000" and number_text(2e9) == "2,000,000,000"
    assert number_text(1 / 360) == "0.00278" and number_text(0.5) == "0.5"
    for key, span in {**BY_FIELD, **BY_DIMENSION}.items():
        for bound in (span.lo, span.hi):
            if bound is not None:
                assert not re.search(r"e[+-]", number_text(bound)), (key, bound)
        for side in ("lo", "hi"):
            assert span.why(side).strip(), key


def test_the_largest_magnitude_is_written_out(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntarget_troops = { value = 1e300, unit = "troops", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    assert "magnitude <= 1,000,000,000,000,000 (10^15)" in str(err.value)
    assert "1e+15" not in str(err.value)


# -- 5. an unknown source id in the same round as the other errors --------------------------------
def test_an_unknown_source_is_reported_with_a_bad_unit_and_a_misspelt_field(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntarget_troops = { value = 15000, unit = "soldier", '
                            'source = ["paris-2026-sise"] }\n'
                            '[[posture.sites]]\nsite = "kyiv"\nwieght = { value = 0, unit = "weight" }\n')
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    lines = [str(p) for p in err.value.problems]
    assert any(line.startswith(f"{path}:6: force.target_troops.source names unknown source "
                               "'paris-2026-sise'; did you mean 'paris-2026-size'?") for line in lines), lines
    assert any("force.target_troops.unit is not a known unit" in line for line in lines), lines
    assert any(f"{path}:9: posture.sites[kyiv].wieght is not a known field" in line for line in lines), lines


def test_an_unknown_source_alone_is_reported_once(tmp_path: Path) -> None:
    path = _write(tmp_path, '[force]\ntarget_troops = { value = 15000, unit = "troops", '
                            'source = ["paris-2026-sise"] }\n')
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    assert len(err.value.problems) == 1, [str(p) for p in err.value.problems]


def test_unknown_sources_in_a_list_and_a_description_are_each_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, 'description_source = ["nope-a"]\n'
                            '[force]\ntarget_troops = { value = 15000, unit = "soldier", source = ["nope-b"] }\n'
                            '[[contributors]]\nnation = "GBR"\nstatus = "willing"\nsource = "nope-c"\n')
    with pytest.raises(ScenarioFieldError) as err:
        reassure.load_scenario(path)
    text = "\n".join(str(p) for p in err.value.problems)
    for field, sid in (("description_source", "nope-a"), ("force.target_troops.source", "nope-b"),
                       ("contributors[GBR].source", "nope-c")):
        assert f"{field} names unknown source '{sid}'" in text, text


# -- 6. a bare name beside a file of that name ------------------------------------------------------
def test_a_bare_name_points_at_the_file_in_this_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "", name="tripwire-2026.toml")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputFileError, match=r"did you mean \./tripwire-2026\.toml \(a file in this folder\)\?"):
        resolve_scenario("tripwire-2026")
    assert resolve_scenario("./tripwire-2026.toml").name == "tripwire-2026.toml"


def test_assess_with_a_bare_name_suggests_the_local_file(run_cli, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "", name="tripwire-2026.toml")
    monkeypatch.chdir(tmp_path)
    proc = run_cli("assess", "tripwire-2026")
    assert proc.exit_code == 2
    assert "did you mean ./tripwire-2026.toml" in proc.stderr


def test_a_bare_name_with_no_such_file_is_told_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputFileError, match="no such scenario file or shipped scenario"):
        resolve_scenario("tripwire-2026")

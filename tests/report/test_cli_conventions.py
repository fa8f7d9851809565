"""Author lookups and CLI conventions: `reassure ids`, suggestions that know names and synonyms,
`--version`, `-h`, one `--format` spelling, the same default run count, rounded CSV numbers."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from reassure.cli import app

runner = CliRunner()


def test_version_and_short_help() -> None:
    from reassure import __version__

    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output.strip() == f"reassure {__version__}"
    r = runner.invoke(app, ["-h"])
    assert r.exit_code == 0 and "serve" in r.output and "ids" in r.output
    r = runner.invoke(app, ["assess", "-h"])
    assert r.exit_code == 0 and "--runs" in r.output


def test_ids_lists_bases_sites_and_nations() -> None:
    r = runner.invoke(app, ["ids", "ukraine-2025", "bases", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert {"EPRZ", "LRCK"} <= {b["id"] for b in data["bases"]} and "nations" not in data
    r = runner.invoke(app, ["ids", "europe-2025", "--format", "json"])  # a scenario: its theatre
    data = json.loads(r.output)
    assert data["theatre"] == "ukraine-2025"
    assert {"sites", "bases", "nations"} <= set(data)
    assert any(s["id"] == "rivne-npp" and s["kind"] == "nuclear" for s in data["sites"])
    r = runner.invoke(app, ["ids", "ukraine-2025", "nations"])
    assert r.exit_code == 0 and "DEU" in r.output and "Germany" in r.output


def test_one_format_spelling_and_the_same_default_runs() -> None:
    import inspect

    from reassure.commands import assess, compare
    from reassure.present.output import check_format
    from reassure.run.assess import DEFAULT_RUNS

    assert check_format("text") == "table" and check_format("table") == "table"
    default = {n: inspect.signature(f).parameters["runs"].default
               for n, f in (("assess", assess.command), ("compare", compare.compare))}
    assert default == {"assess": DEFAULT_RUNS, "compare": DEFAULT_RUNS}
    assert inspect.signature(assess.command).parameters["format"].default == "table"


@pytest.mark.parametrize(("typed", "expected"), [
    ("Germany", "DEU"), ("German", "DEU"), ("GER", "DEU"), ("germany", "DEU"), ("DE", "DEU"),
    ("Dutch", "NLD"), ("NED", "NLD"), ("British", "GBR"), ("UK", "GBR"), ("Polish", "POL"),
    ("Swedish", "SWE"), ("French", "FRA"), ("Grmany", "DEU"),
])
def test_nation_suggestions_know_names_demonyms_and_codes(typed: str, expected: str) -> None:
    from reassure.spec._aliases import nation_suggestion
    from reassure.theatres import load_theatre

    nations = {n.iso3: n.name for n in load_theatre("ukraine-2025").nations}
    assert f"did you mean '{expected}'" in nation_suggestion(typed, nations)


@given(st.sampled_from(["ukraine-2025"]), st.data())
def test_every_nation_name_suggests_its_code(theatre: str, data: st.DataObject) -> None:
    from reassure.spec._aliases import nation_suggestion
    from reassure.theatres import load_theatre

    nations = {n.iso3: n.name for n in load_theatre(theatre).nations}
    iso3 = data.draw(st.sampled_from(sorted(nations)))
    spelled = data.draw(st.sampled_from([nations[iso3], nations[iso3].lower(), nations[iso3].upper(), iso3.lower()]))
    assert f"did you mean '{iso3}'" in nation_suggestion(spelled, nations)


@pytest.mark.parametrize(("typed", "expected"), [("soldiers", "troops"), ("personnel", "troops"),
                                                 ("hours", "h"), ("kilometres", "km"), ("troop", "troops")])
def test_unit_synonyms(typed: str, expected: str) -> None:
    from reassure.spec import units
    from reassure.spec._aliases import unit_suggestion

    assert unit_suggestion(typed, units.UNITS) == f"; did you mean '{expected}'?"


def _variant(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "v.toml"
    path.write_text('schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n' + body)
    return path


def test_loader_errors_suggest_what_the_author_meant(tmp_path: Path) -> None:
    from reassure.errors import ReassureError
    from reassure.spec import load_scenario

    path = _variant(tmp_path, '\n[[contributors]]\nnation = "Germany"\nstatus = "willing"\n'
                              'assumption = "a test"\n')
    with pytest.raises(ReassureError) as err:
        load_scenario(path)
    assert "did you mean 'DEU' (Germany)" in str(err.value)
    path = _variant(tmp_path, '\n[force]\ntarget_troops = { value = 1000, unit = "soldiers", '
                              'assumption = "a test" }\n')
    with pytest.raises(ReassureError) as err:
        load_scenario(path)
    assert "did you mean 'troops'" in str(err.value) and "sorties" not in str(err.value)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(min_value=0, max_value=3))
def test_csv_and_report_numbers_carry_no_float_noise(value: float, digits: int) -> None:
    from reassure.present.output import csv_number
    from reassure.present.report import value_text

    cell = str(csv_number(value, digits))
    decimals = cell.split(".")[1] if "." in cell else ""
    assert len(decimals) <= digits, cell
    text = value_text(value, "", digits)
    assert math.isclose(float(text.replace(",", "")), value, rel_tol=0.01, abs_tol=10 ** -digits)


def test_short_id_lists_are_printed_in_errors(tmp_path: Path) -> None:
    from reassure.errors import ReassureError
    from reassure.spec import load_scenario

    path = _variant(tmp_path, '\n[support_force]\nbase = "EPRX"\n')
    with pytest.raises(ReassureError) as err:
        load_scenario(path)
    assert "did you mean 'EPRZ'" in str(err.value) and "(valid: EPLK, EPRZ," in str(err.value)


@given(st.floats(min_value=1e-3, max_value=1e6, allow_nan=False).filter(lambda v: not v.is_integer()),
       st.integers(min_value=0, max_value=3))
def test_report_numbers_show_no_digit_beyond_their_significant_ones(value: float, digits: int) -> None:
    # 16.612 h at two decimals and three significant digits reads "16.6", never "16.60": a
    # padded zero claims a precision the figure does not have (review r5)
    from reassure.present.report import value_text

    text = value_text(value, "", digits).replace(",", "")
    decimals = len(text.split(".")[1]) if "." in text else 0
    assert decimals <= max(0, min(digits, 3 - 1 - math.floor(math.log10(value)))), (value, text)
    assert value_text(16.612, "h", 2) == "16.6 h" and value_text(11.2507, "h", 2) == "11.3 h"


def test_plain_words_drop_input_paths_the_footnote_already_gives() -> None:
    # review r5: "readiness (the readiness)", "after the max wait wait for", "US airlift is
    # off: the airlift = false" in the HTML report
    from reassure.present.story import plain_words

    assert plain_words("the support force's readiness (support_force.readiness), for calls",
                       {}) == "the support force's readiness, for calls"
    assert plain_words("European aircraft only (US airlift is off: us_backstop.airlift = false);",
                       {}) == "European aircraft only (US airlift is off);"
    assert plain_words("below incidents.response_threshold in ITA", {"ITA": "Italy"}) == (
        "below the response threshold in Italy")

"""Review s32 #1: the parties to the ceasefire cannot contribute troops to the reassurance force.

`/tmp/review/s/v4.toml` listed RUS and UKR as `willing` contributors with 20,000 troops each:
`validate` said ok and the verdict flipped to "30,000 troops feasible". The parties are the
theatre's own (`[theatre] parties` of its sources.toml), not a list kept in the code, and a
contributor naming one is an error naming file, line and field, like the other contributor
errors, in Python and from the command line (exit 2, no traceback).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassure.errors import ScenarioFieldError, TheatreError
from reassure.spec import load_scenario
from reassure.theatres import Theatre, load_theatre

THEATRE = load_theatre("ukraine-2025")
STATUSES = ("willing", "conditional-parliament", "conditional-mandate", "constitutional-limit",
            "premature", "open", "ruled-out", "unknown")
# Nations already in europe-2025 would be merged with the parent's entry: pick new ones.
PARENT = {c.nation for c in load_scenario("europe-2025").contributors}
NEW = sorted(n.iso3 for n in THEATRE.nations if n.iso3 not in PARENT and n.iso3 != "USA")


def _child(tmp_path: Path, nation: str, status: str = "willing") -> Path:
    path = tmp_path / f"party-{nation}-{status}.toml"
    path.write_text(
        'schema = 1\nname = "party"\nextends = "europe-2025"\n\n'
        "[[contributors]]\n"
        f'nation = "{nation}"\n'  # line 6
        f'status = "{status}"\n'
        'pledge_troops = { value = 20000, unit = "troops", assumption = "test (for a test)" }\n'
        'assumption = "test (for a test)"\n', encoding="utf-8")
    return path


def test_the_theatre_names_the_parties_in_its_data() -> None:
    assert THEATRE.parties == ("UKR", "RUS")
    text = (THEATRE.directory / "sources.toml").read_text(encoding="utf-8")
    assert 'parties = ["UKR", "RUS"]' in text
    assert {p: THEATRE.nation(p).name for p in THEATRE.parties} == {"UKR": "Ukraine", "RUS": "Russia"}


@pytest.mark.parametrize("nation, name", [("RUS", "Russia"), ("UKR", "Ukraine")])
def test_a_party_as_contributor_is_an_error_naming_file_line_and_field(
        tmp_path: Path, nation: str, name: str) -> None:
    path = _child(tmp_path, nation)
    with pytest.raises(ScenarioFieldError) as err:
        load_scenario(path)
    text = str(err.value)
    assert text.startswith(f"{path}:6: contributors[{nation}].nation is {name}, a party to the ceasefire")
    assert "leave it out of [[contributors]]" in text and f"(got '{nation}')" in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(nation=st.sampled_from(NEW), status=st.sampled_from(STATUSES))
def test_a_contributor_is_refused_exactly_when_it_is_a_party(tmp_path: Path, nation: str,
                                                            status: str) -> None:
    """Whatever its status, a nation of the theatre is refused as a contributor iff it is one of
    the theatre's parties (the other contributor checks may still refuse a nation, but never
    for being a party)."""
    path = _child(tmp_path, nation, status)
    try:
        load_scenario(path)
        refused = ""
    except ScenarioFieldError as exc:
        refused = str(exc)
    assert ("a party to the ceasefire" in refused) == (nation in THEATRE.parties), refused


def test_the_parties_come_from_the_theatre_not_the_code(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the theatre whose parties are other nations: those are refused, RUS is not."""
    copy = tmp_path / "theatre"
    shutil.copytree(THEATRE.directory, copy)
    sources = copy / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        'parties = ["UKR", "RUS"]', 'parties = ["UKR", "HUN"]'), encoding="utf-8")
    other = Theatre.from_directory(copy, "ukraine-2025")
    assert other.parties == ("UKR", "HUN")
    import reassure.theatres as theatres

    monkeypatch.setattr(theatres, "load_theatre", lambda name: other)
    with pytest.raises(ScenarioFieldError, match=r"contributors\[HUN\]\.nation is Hungary, a party"):
        load_scenario(_child(tmp_path, "HUN"))
    try:
        load_scenario(_child(tmp_path, "RUS"))
    except ScenarioFieldError as exc:  # refused for another reason, never as a party
        assert "party to the ceasefire" not in str(exc)


@pytest.mark.parametrize("value, expected", [
    ('["UKR", "XXX"]', "theatre.parties names 'XXX', not an iso3 code of nations.csv"),
    ('"UKR"', "theatre.parties must be a list of ISO 3166 alpha-3 codes"),
])
def test_a_theatre_with_bad_parties_says_where_and_what(tmp_path: Path, value: str, expected: str) -> None:
    copy = tmp_path / "theatre"
    shutil.copytree(THEATRE.directory, copy)
    sources = copy / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        'parties = ["UKR", "RUS"]', f"parties = {value}"), encoding="utf-8")
    with pytest.raises(TheatreError) as err:
        Theatre.from_directory(copy)
    assert str(err.value).startswith(f"{sources}: ") and expected in str(err.value)


def test_a_theatre_without_parties_refuses_no_contributor_as_one(tmp_path: Path) -> None:
    copy = tmp_path / "theatre"
    shutil.copytree(THEATRE.directory, copy)
    sources = copy / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8").replace('parties = ["UKR", "RUS"]\n', ""),
                       encoding="utf-8")
    assert Theatre.from_directory(copy).parties == ()


@pytest.mark.parametrize("command", ["validate", "force"])
def test_the_cli_refuses_the_review_file_with_one_line_and_exit_2(tmp_path: Path, run_cli,
                                                                  command: str) -> None:
    path = _child(tmp_path, "RUS")
    result = run_cli(command, str(path))
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{path}:6: contributors[RUS].nation is Russia, a party to the ceasefire" in result.stderr
    assert "feasible" not in result.stdout

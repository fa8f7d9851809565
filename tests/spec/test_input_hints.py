"""Review r6 L1, L2: the usual newcomer mistakes get a hint saying what was probably meant,
on the same one line that names the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEAD = 'schema = 1\nname = "x"\ntitle = "t"\ndescription = "d"\nextends = "europe-2025"\n'


def _first_error(run_cli: Any, tmp_path: Path, body: str) -> tuple[Path, str]:
    path = tmp_path / "x.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    r = run_cli("validate", path)
    assert r.exit_code == 2 and "Traceback" not in r.stderr, r.stderr
    return path, r.stderr.splitlines()[0]


@pytest.mark.parametrize(("body", "line", "hint"), [
    ('[force]\nparticipation_correlation = { value = 30, unit = "fraction", assumption = "x (for a test)" }\n', 7,
     'force.participation_correlation must be <= 0.99 fraction; did you mean 0.30, or unit = "percent"? (got 30 fraction)'),
    ('[[contributors]]\nnation = "SWE"\np_join = { value = 60, unit = "probability", assumption = "x (for a test)" }\n', 8,
     'did you mean 0.60, or unit = "percent"?'),
    ('[force.role_mix]\nmanoeuvre = { low = 40, high = 60, unit = "fraction", assumption = "x (for a test)" }\n', 7,
     'did you mean 0.40-0.60, or unit = "percent"?'),
])
def test_a_share_written_as_a_percentage_gets_a_hint(run_cli: Any, tmp_path: Path, body: str, line: int,
                                                     hint: str) -> None:
    path, first = _first_error(run_cli, tmp_path, body)
    assert first.startswith(f"error: {path}:{line}: "), first
    assert hint in first, first


def test_a_share_over_100_gets_no_percent_hint(run_cli: Any, tmp_path: Path) -> None:
    _, first = _first_error(run_cli, tmp_path, '[force]\nparticipation_correlation = { value = 300, '
                            'unit = "fraction", assumption = "x (for a test)" }\n')
    assert "must be <= 0.99" in first and "did you mean" not in first


@pytest.mark.parametrize(("body", "line", "hint"), [
    ('[[contributors]]\nnation = "SWE"\nstatus = "willing"\n[contributors]\nnation = "EST"\n', 9,
     "cannot declare ('contributors',) twice; [contributors] is a single table: write [[contributors]] "
     "for each item of the list"),
    ('[force]\nseed = 2\n[us_backstop]\nisr = true\n[force]\nx = 1\n', 10,
     "the table [force] appears twice in this file: put its keys under one [force]"),
    ('[[contributors]]\nnation = NOR\n', 7, 'invalid value; a text value needs quotes: nation = "NOR"'),
    ('[force]\ntour = { value = 6, unit = "month", assumption = "x (for a test)" }\n'
     'tour = { value = 5, unit = "month", assumption = "y (for a test)" }\n', 8,
     "cannot overwrite a value; the key 'tour' is set twice in the same table (first at line 7): keep one"),
    ('[[sources]]\nid = "s"\ntitle = "t"\noutlet = "o"\nurl = "u"\ndate = 2026-13-30\n', 11,
     "2026-13-30 is not a date (YYYY-MM-DD, a month 01-12, a day that exists in it)"),
])
def test_toml_mistakes_get_a_hint_at_their_line(run_cli: Any, tmp_path: Path, body: str, line: int,
                                                hint: str) -> None:
    path, first = _first_error(run_cli, tmp_path, body)
    assert first.startswith(f"error: {path}:{line}: is not valid TOML: "), first
    assert hint in first, first


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('[]="x 0-:\n{}.,#\'')), max_size=80))
def test_any_broken_toml_is_one_line_with_a_line_number(text: str) -> None:
    # the hint never turns a parse error into a traceback, whatever the text holds
    import tomllib

    from reassure.errors import ScenarioSyntaxError
    from reassure.spec._load import parse_toml

    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        with pytest.raises(ScenarioSyntaxError) as err:
            parse_toml(text, Path("x.toml"))
        assert "\n" not in str(err.value) and err.value.line is not None

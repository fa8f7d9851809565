"""Bad scenario input, through the real command line: exit 2, one line naming file and field.

Each case writes a small scenario (most `extends` the shipped europe-2025 and break one thing),
runs `reassure validate` (in this process, through the CLI's ``main``), and checks the message a
user would read. tests/test_cli_smoke.py checks the same in a real process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
EUROPE = (REPO / "scenarios" / "europe-2025.toml").read_text()


def _child(body: str) -> str:
    return 'schema = 1\nname = "bad"\ntitle = "bad"\nextends = "europe-2025"\n' + body


# (case id, file content (str or bytes), text the message must contain (all of them))
CASES: list[tuple[str, str | bytes, tuple[str, ...]]] = [
    ("malformed-toml", 'schema = 1\nname = "x\n', ("not valid TOML", ":2:")),
    ("unknown-key", _child('[force]\ntarget_trops = { value = 1, unit = "troops", assumption = "x (for a test)" }\n'),
     ("force.target_trops", "not a known field", "did you mean 'target_troops'")),
    ("unknown-top-level-key", _child('horizon_years = 3\n'), ("horizon_years", "not a known field", "did you mean 'horizon'")),
    ("wrong-type", _child('[force]\ntarget_troops = { value = "many", unit = "troops", assumption = "x (for a test)" }\n'),
     ("force.target_troops.value", "must be a number")),
    ("negative-troops", _child('[force]\ntarget_troops = { value = -5, unit = "troops", assumption = "x (for a test)" }\n'),
     ("force.target_troops", "must be >= 1 troop", "a force needs at least one troop", "(got -5 troops)")),
    ("low-above-high", _child('[force]\ntarget_troops = { low = 30000, high = 25000, unit = "troops", assumption = "x (for a test)" }\n'),
     ("force.target_troops", "low must be <= high", "low 30,000 troops, high 25,000 troops")),
    ("unknown-nation", _child('[[contributors]]\nnation = "XYZ"\nstatus = "willing"\nassumption = "x (for a test)"\n'),
     ("contributors[XYZ].nation", "not a nation of theatre", "'XYZ'")),
    ("nation-typo", _child('[[contributors]]\nnation = "FRAN"\nstatus = "willing"\nassumption = "x (for a test)"\n'),
     ("nation", "did you mean 'FRA'")),
    ("unknown-source-id", _child('[force]\ntarget_troops = { value = 5, unit = "troops", source = ["seed-999"] }\n'),
     ("force.target_troops.source", "unknown source 'seed-999'")),
    ("missing-provenance", _child('[force]\ntarget_troops = { value = 5, unit = "troops" }\n'),
     ("force.target_troops", "needs provenance")),
    ("blank-assumption", _child('[force]\ntarget_troops = { value = 5, unit = "troops", assumption = "  " }\n'),
     ("force.target_troops", "has an empty assumption")),
    ("unit-mismatch", _child('[force]\ntour = { value = 6, unit = "km", assumption = "x (for a test)" }\n'),
     ("force.tour", "must be in a unit of time", "'km'")),
    ("unknown-unit", _child('[force]\ntour = { value = 6, unit = "fortnights", assumption = "x (for a test)" }\n'),
     ("force.tour.unit", "not a known unit")),
    ("unknown-theatre", _child('theatre = "mars-2090"\n'), ("theatre", "not a known theatre", "ukraine-2025")),
    ("missing-required", 'schema = 1\nname = "x"\ntitle = "x"\ntheatre = "ukraine-2025"\nseed = 1\n',
     ("is required",)),
    ("no-schema", 'name = "x"\n', ("schema", "needs `schema = 1`")),
    ("schema-2", 'schema = 2\nname = "x"\n', ("schema", "must be 1")),
    ("bad-status", _child('[[contributors]]\nnation = "FRA"\nstatus = "wiling"\nsource = ["seed-000"]\n'),
     ("contributors[FRA].status", "did you mean 'willing'")),
    ("value-and-range", _child('[force]\ntarget_troops = { value = 1, low = 1, high = 2, unit = "troops", assumption = "x (for a test)" }\n'),
     ("force.target_troops", "both `value` and `low`/`high`")),
    ("range-without-high", _child('[force]\ntarget_troops = { low = 1, unit = "troops", assumption = "x (for a test)" }\n'),
     ("force.target_troops", "without `high`")),
    ("fraction-above-one", _child('[force.role_mix]\nmanoeuvre = { value = 1.5, unit = "fraction", assumption = "x (for a test)" }\n'),
     ("force.role_mix.manoeuvre", "must be <= 1")),
    ("unknown-site", _child('[[posture.sites]]\nsite = "moon-base"\nweight = { value = 1, unit = "weight", assumption = "x (for a test)" }\n'),
     ("posture.sites[moon-base].site", "not a site of theatre")),
    ("unknown-base", _child('[support_force]\nbase = "EGLL"\n'), ("support_force.base", "not an air base")),
    ("duplicate-source", _child('[[sources]]\nid = "x1"\ntitle = "t"\noutlet = "o"\nurl = "u"\n[[sources]]\nid = "x1"\ntitle = "t"\noutlet = "o"\nurl = "u"\n'),
     ("sources[1].id repeats 'x1'", "unique")),
    ("source-without-location", _child('[[sources]]\nid = "x2"\ntitle = "t"\noutlet = "o"\n'),
     ("sources", "needs `url` or `file`")),
    ("quantity-not-table", _child('[force]\ntarget_troops = 25000\n'), ("force.target_troops", "must be a table")),
    ("empty-file", "", ("is empty",)),
    ("whitespace-only", "   \n\n", ("is empty",)),
    ("binary-file", b"\x00\x01\x02schema = 1\x00", ("binary file",)),
    ("not-utf8", b"schema = 1\nname = \"caf\xe9\"\n", ("not UTF-8",)),
    ("huge-file", "# " + "x" * (5 * 1024 * 1024 + 10) + "\n", ("MB", "at most 5 MB")),
    ("extends-missing", 'schema = 1\nname = "x"\nextends = "no-such-plan"\n', ("extends", "names no scenario")),
    ("child-quantity-without-unit", _child('[force]\ntour = { value = 6, assumption = "x (for a test)" }\n'),
     ("child-quantity-without-unit.toml:6:", "force.tour", "needs a `unit`")),
    ("merge-key-not-a-string", _child('[[sources]]\nid = { a = 1 }\ntitle = "t"\noutlet = "o"\nurl = "u"\n'),
     ("sources[0].id", "must be a string")),
    ("unknown-helicopter-base", _child('[[air.helicopters]]\nid = "h"\ntype = "nh90"\nbase = "NOWHERE"\n'
                                       'aircraft = { value = 2, unit = "aircraft", assumption = "x (for a test)" }\n'
                                       'readiness = { value = 1, unit = "h", assumption = "x (for a test)" }\n'),
     ("air.helicopters[h].base", "not a site or air base")),
    ("section-check-points-at-child-line",
     _child('[[incidents.regimes]]\nid = "eroding"\nnext = { breaking_down = { value = 0.5, unit = "probability", '
            'assumption = "x (for a test)" }, holding = { value = 0.3, unit = "probability", assumption = "y (for a test)" } }\n'),
     ("section-check-points-at-child-line.toml:7:", "incidents.regimes[eroding].next", "sum to 1")),
    ("unknown-arrival", _child('[support_force]\narrival = "NOWHERE"\n'), ("support_force.arrival", "not a site or air base")),
]


def _assert_clean_failure(proc: Any, file_name: str, needles: tuple[str, ...]) -> None:
    err = proc.stderr.strip()
    assert proc.exit_code == 2, (proc.exit_code, proc.stdout, err)
    assert "Traceback" not in err and "Traceback" not in proc.stdout
    # `validate` prints one line a problem (each naming the file); the first is the cause
    lines = err.splitlines()
    assert lines and all(line.startswith("error: ") and file_name in line for line in lines), err
    for needle in needles:
        assert needle in lines[0], f"{needle!r} not in {lines[0]!r}"


@pytest.mark.parametrize(("case", "content", "needles"), CASES, ids=[c[0] for c in CASES])
def test_bad_scenario_gives_one_clear_line(tmp_path: Path, case: str, content: str | bytes, needles: tuple[str, ...], run_cli) -> None:
    path = tmp_path / f"{case}.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    proc = run_cli("validate", str(path))
    _assert_clean_failure(proc, path.name, needles)


def test_circular_extends(tmp_path: Path, run_cli) -> None:
    (tmp_path / "a.toml").write_text('schema = 1\nname = "a"\nextends = "b"\n')
    (tmp_path / "b.toml").write_text('schema = 1\nname = "b"\nextends = "a.toml"\n')
    proc = run_cli("validate", str(tmp_path / "a.toml"))
    _assert_clean_failure(proc, ".toml", ("extends", "forms a cycle", "a.toml -> b.toml -> a.toml"))


def test_missing_path_and_directory(tmp_path: Path, run_cli) -> None:
    proc = run_cli("validate", str(tmp_path / "nope.toml"))
    _assert_clean_failure(proc, "nope.toml", ("no such file",))
    proc = run_cli("show", str(tmp_path) + "/")
    _assert_clean_failure(proc, str(tmp_path), ("is a directory, not a scenario file",))


def test_unknown_shipped_name_suggests(run_cli) -> None:
    proc = run_cli("show", "europe-2024")
    _assert_clean_failure(proc, "europe-2024", ("did you mean 'europe-2025'",))


def test_unknown_format(run_cli) -> None:
    proc = run_cli("show", "europe-2025", "--format", "jsn")
    _assert_clean_failure(proc, "--format", ("did you mean 'json'",))


def test_error_line_points_at_the_offending_line(tmp_path: Path, run_cli) -> None:
    """The line number in the message is the line of the bad key in the file."""
    text = EUROPE.replace(
        'tour = { value = 4, unit = "month"', 'tour = { value = 4, unit = "kilometre"', 1
    )
    path = tmp_path / "europe-copy.toml"
    path.write_text(text)
    expected_line = next(n for n, line in enumerate(text.splitlines(), 1) if "kilometre" in line)
    proc = run_cli("validate", str(path))
    _assert_clean_failure(proc, f"europe-copy.toml:{expected_line}:", ("force.tour.unit",))


def test_line_numbers_skip_multiline_strings(tmp_path: Path, run_cli) -> None:
    """A key-like line inside a multi-line string is text, not the field the error is about."""
    path = tmp_path / "ml.toml"
    path.write_text(_child('description = """\n[force]\ntour = 1\n"""\n[force]\n'
                           'tour = { value = 6, unit = "parsec", assumption = "x (for a test)" }\n'))
    proc = run_cli("validate", str(path))
    _assert_clean_failure(proc, "ml.toml:10:", ("force.tour.unit",))


def test_error_in_parent_names_the_parent_file(tmp_path: Path, run_cli) -> None:
    """A child that inherits a broken field reports the parent's file and line."""
    (tmp_path / "parent.toml").write_text(
        EUROPE.replace('value = 0.45, unit = "fraction"', 'value = 0.45, unit = "furlong"', 1)
    )
    (tmp_path / "child.toml").write_text('schema = 1\nname = "child"\nextends = "parent"\n')
    proc = run_cli("validate", str(tmp_path / "child.toml"))
    _assert_clean_failure(proc, "parent.toml:", ("force.role_mix.manoeuvre.unit",))


def test_validate_prints_every_problem_with_the_cause_first(tmp_path: Path, run_cli) -> None:
    # A misspelt field makes the real one "required": both lines are printed, the misspelling
    # (the cause, with its did-you-mean) first, each with its own line number.
    shipped = (Path(__file__).parents[2] / "scenarios" / "europe-2025.toml").read_text()
    assert "\ntarget_troops = " in shipped
    path = tmp_path / "typo.toml"
    path.write_text(shipped.replace("\ntarget_troops = ", "\ntarget_troop = ", 1))
    proc = run_cli("validate", str(path))
    lines = proc.stderr.strip().splitlines()
    assert proc.exit_code == 2 and "Traceback" not in proc.stderr
    assert len(lines) == 2, lines
    assert "force.target_troop is not a known field; did you mean 'target_troops'" in lines[0]
    assert "force.target_troops is required" in lines[1]
    assert all(line.startswith("error: ") and "typo.toml:" in line for line in lines), lines
    assert "more problem" not in proc.stderr
    # Elsewhere (assess) every problem is printed too, never "[and 1 more problem]" (r8 12).
    proc = run_cli("assess", str(path))
    assert proc.exit_code == 2
    assert proc.stderr.strip().splitlines() == lines
    assert "more problem" not in proc.stderr

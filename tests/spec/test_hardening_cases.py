"""The cases of issue #16, one by one: each bad file is refused with the one-line template
``FILE:LINE: field expected ... (got ...)``, blamed on the right file and line, quickly.

Run in process (what `reassure validate` runs, see tests/hardening/scenario_fuzz.py); the
subprocess path is covered by tests/spec/test_bad_input_cli.py and tests/hardening.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reassure.errors import MAX_MESSAGE_CHARS, ReassureError, ScenarioError, counted_length
from reassure.spec import load_scenario
from reassure.spec._bounds import BY_DIMENSION, BY_FIELD, span_for

H = 'schema = 1\nextends = "europe-2025"\n'
TEMPLATE = re.compile(r"^(?P<file>\S+?\.toml):(?P<line>\d+): ")

# (case, text, the file:line it must name (as "NAME:LINE" or "NAME"), needles)
CASES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("inf-horizon", H + 'horizon = { value = inf, unit = "year", assumption = "x (for a test)" }\n',
     "inf-horizon.toml:3", ("horizon", "finite", "(got inf year)")),
    ("inf-standoff", H + '[posture]\nstandoff = { value = inf, unit = "km", assumption = "x (for a test)" }\n',
     "inf-standoff.toml:4", ("posture.standoff", "finite")),
    ("huge-standoff", H + '[posture]\nstandoff = { value = 900, unit = "km", assumption = "x (for a test)" }\n',
     "huge-standoff.toml:4", ("posture.standoff", "must be <= 500 km", "(got 900 km)")),
    ("inf-max-tours", H + '[force]\nmax_tours = { value = inf, unit = "count", assumption = "x (for a test)" }\n',
     "inf-max-tours.toml:4", ("force.max_tours", "finite")),
    ("orbits-1e308", H + '[[monitoring.fleets]]\nid = "us-male"\n'
     'orbits = { value = 1e308, unit = "orbits", assumption = "x (for a test)" }\n',
     "orbits-1e308.toml:5", ("monitoring.fleets[us-male].orbits", "1,000,000,000,000,000 (10^15)")),
    ("orbits-500", H + '[[monitoring.fleets]]\nid = "us-male"\n'
     'orbits = { value = 500, unit = "orbits", assumption = "x (for a test)" }\n',
     "orbits-500.toml:5", ("monitoring.fleets[us-male].orbits", "must be <= 200")),
    ("tiny-cell", H + '[monitoring]\ncell = { value = 1e-300, unit = "km", assumption = "x (for a test)" }\n',
     "tiny-cell.toml:4", ("monitoring.cell", "must be >= 0.5 km")),
    ("tiny-dispersion", H + '[incidents]\ndispersion = { value = 1e-300, unit = "ratio", '
     'assumption = "x (for a test)" }\n', "tiny-dispersion.toml:4", ("incidents.dispersion", ">= 0.01")),
    ("no-troops", H + '[force]\ntarget_troops = { value = 0, unit = "troops", assumption = "x (for a test)" }\n',
     "no-troops.toml:4", ("force.target_troops", "must be >= 1 troop", "(got 0 troops)")),
    ("fine-step", H + '[monitoring]\nstep = { value = 1, unit = "s", assumption = "x (for a test)" }\n',
     "fine-step.toml:4", ("monitoring.step", "must be >=")),
    ("many-samples", H + '[monitoring]\nwindow = { value = 80, unit = "day", assumption = "x (for a test)" }\n'
     'step = { value = 20, unit = "s", assumption = "x (for a test)" }\n',
     "many-samples.toml", ("monitoring.step", "samples")),
    ("sub-table-under-quantity", H + '[force.target_troops.low]\nx = 1\n',
     "sub-table-under-quantity.toml:3", ("force.target_troops",)),
    ("sub-table-under-switch", H + '[us_backstop.isr.d]\nx = 1\n',
     "sub-table-under-switch.toml:3", ("us_backstop.isr", "true or false")),
    ("inline-fleet-item", H + '[monitoring]\nfleets = [{ id = "zz", sensor = "male-uav", '
     'base = "EPRZ", orbits = { value = -1, unit = "orbits", assumption = "x (for a test)" } }]\n',
     "inline-fleet-item.toml:4", ("monitoring.fleets[zz].orbits", ">= 0")),
    ("digit-key", H + '[force]\n"9lives" = 1\n', "digit-key.toml:4",
     ('force."9lives" is not a known field',)),
    ("spaced-key", H + '"a key" = 1\n', "spaced-key.toml:3", ('"a key" is not a known field',)),
    ("rtl-key", H + '"ab\u200f" = 1\n', "rtl-key.toml:3", ('"ab\\u200f" is not a known field',)),
    ("non-ascii-key", H + '[force]\n"héllo" = 1\n', "non-ascii-key.toml:4",
     ("is not a known field",)),
    ("isr-yes", H + '[us_backstop]\nisr = "yes"\n', "isr-yes.toml:4",
     ("us_backstop.isr", "true or false", "'yes'")),
    ("air-defence-1", H + '[us_backstop]\nair_defence = 1\n', "air-defence-1.toml:4",
     ("us_backstop.air_defence", "true or false")),
    ("seed-string", H + 'seed = "1"\n', "seed-string.toml:3", ("seed", "whole number", "'1'")),
    ("seed-bool", H + 'seed = true\n', "seed-bool.toml:3", ("seed", "whole number")),
    ("seed-huge", H + 'seed = 99999999999999999999\n', "seed-huge.toml:3", ("seed",)),
    ("deep-array", H + "x = " + "[" * 1000 + "]" * 1000 + "\n", "deep-array.toml:3",
     ("nests", "at most 16")),
    ("deep-inline", H + "x = " + "{a = " * 300 + "1" + "}" * 300 + "\n", "deep-inline.toml:3",
     ("nests", "at most 16")),
    ("deep-header", H + "[" + ".".join(["a"] * 1000) + "]\nb = 1\n", "deep-header.toml:3",
     ("nests", "at most 16")),
    ("long-string", H + 'title = "' + "x" * 30_000 + '"\n', "long-string.toml:3",
     ("title", "30,000 characters")),
    ("huge-integer", H + "seed = " + "9" * 5000 + "\n", "huge-integer.toml:3", ("not valid TOML",)),
    # Enough "../" to reach / from any temporary folder (pytest-xdist's are one level deeper).
    ("extends-outside", 'schema = 1\nextends = "' + "../" * 40 + 'etc/passwd"\n', "extends-outside.toml:2",
     ("extends", "outside", "REASSURE_ALLOW_EXTENDS_OUTSIDE")),
    ("missing-table", 'schema = 1\nname = "x"\ntitle = "x"\ntheatre = "ukraine-2025"\nseed = 1\n',
     "missing-table.toml:1", ("is required",)),
    ("nan-low", H + '[force]\ntarget_troops = { low = nan, high = 5, unit = "troops", '
     'assumption = "x (for a test)" }\n', "nan-low.toml:4", ("force.target_troops.low", "NaN")),
]


def _message(path: Path) -> str:
    try:
        load_scenario(path)
    except ReassureError as err:
        return str(err)
    raise AssertionError(f"{path.name} validated")


@pytest.mark.parametrize(("case", "text", "where", "needles"), CASES, ids=[c[0] for c in CASES])
def test_refused_with_the_template(tmp_path: Path, case: str, text: str, where: str,
                                   needles: tuple[str, ...]) -> None:
    path = tmp_path / f"{case}.toml"
    path.write_text(text, encoding="utf-8")
    message = _message(path)
    assert TEMPLATE.match(message), message
    assert f"{path.parent}/{where}" in message, message
    assert counted_length(message) <= MAX_MESSAGE_CHARS and "\n" not in message, message
    for needle in needles:
        assert needle in message, f"{needle!r} not in {message!r}"


def test_nine_lives_does_not_suggest_its_own_table(tmp_path: Path) -> None:
    path = tmp_path / "nine.toml"
    path.write_text(H + '[force]\n"9lives" = 1\n')
    assert "did you mean 'force'" not in _message(path)


def test_thousands_of_spaces_are_read(tmp_path: Path) -> None:
    """A line of 20,000 spaces is blank: the file validates (key location is linear in the
    line; it was cubic). The speed itself is measured in benchmarks/bench_fuzz.py."""
    path = tmp_path / "spaces.toml"
    path.write_text(H + " " * 20_000 + "\n[" + " " * 20_000 + "\n")
    assert "not valid TOML" in _message(path)
    path.write_text(H + " " * 20_000 + "\n")
    assert load_scenario(path).name == "spaces"


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + H.encode())
    assert load_scenario(path).name == "bom"


def test_a_long_extends_chain_is_refused(tmp_path: Path) -> None:
    (tmp_path / "c0.toml").write_text(H)
    for i in range(1, 1000):
        (tmp_path / f"c{i}.toml").write_text(f'schema = 1\nextends = "c{i - 1}"\n')
    message = _message(tmp_path / "c999.toml")
    assert TEMPLATE.match(message) and "chain of more than 16 files" in message, message


def test_extends_is_resolved_next_to_the_child_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "here").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "here" / "child.toml").write_text('schema = 1\nextends = "parent"\n')
    (tmp_path / "elsewhere" / "parent.toml").write_text(H)
    monkeypatch.chdir(tmp_path / "elsewhere")  # the old rule found ./parent.toml here
    assert "names no scenario" in _message(tmp_path / "here" / "child.toml")
    (tmp_path / "here" / "parent.toml").write_text(H + 'title = "mine"\n')
    assert load_scenario(tmp_path / "here" / "child.toml").extends == "parent"


def test_extends_outside_is_allowed_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "parent.toml").write_text(H)
    (tmp_path / "a" / "child.toml").write_text('schema = 1\nextends = "../parent.toml"\n')
    assert "outside this scenario's folder" in _message(tmp_path / "a" / "child.toml")
    monkeypatch.setenv("REASSURE_ALLOW_EXTENDS_OUTSIDE", "1")
    assert load_scenario(tmp_path / "a" / "child.toml").name == "child"


def test_every_shipped_number_is_inside_its_span() -> None:
    from reassure.spec import list_scenarios

    for path in list_scenarios():
        load_scenario(path)  # raises if a shipped value were outside its documented span


def test_every_span_has_a_reason_and_is_ordered() -> None:
    for table in (BY_FIELD, BY_DIMENSION):
        for key, span in table.items():
            assert span.reason.strip(), key
            assert span.lo is None or span.hi is None or span.lo <= span.hi, key
    assert span_for("monitoring.fleets[3].orbits", "count") is BY_FIELD["monitoring.fleets[].orbits"]
    assert span_for("incidents.regimes[0].rates.violation", "rate_per_km") is \
        BY_FIELD["incidents.regimes[].rates.*"]


def test_scenario_errors_carry_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(H + '[force]\ntour = { value = 6, unit = "km", assumption = "x (for a test)" }\n')
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert (Path(info.value.file).name, info.value.line, info.value.field) == ("s.toml", 4, "force.tour")

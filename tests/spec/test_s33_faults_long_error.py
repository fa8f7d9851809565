"""Review s33 fault 2: a long error dropped its bad value. `validate` on a cost of EUR 200 a
troop-year printed "... costs EUR 10,000 to 2 million ..." and no "(got 200 EUR/troop-year)":
the line limit cut the end of the message, where the value stood. Now the explanation is cut."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from reassure.cli import app
from reassure.errors import MAX_MESSAGE_CHARS, ScenarioFieldError, counted_length

ROOT = Path(__file__).resolve().parents[2]


def test_validate_keeps_the_bad_value_of_a_long_message(tmp_path: Path) -> None:
    text = (ROOT / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
    assert "\n[force]\n" in text
    text = text.replace("\n[force]\n", '\n[force]\ncost_per_troop_year = { value = 200, unit = '
                        '"EUR/troop-year", source = ["seed-000"] }\n', 1)
    path = tmp_path / "cost.toml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 2, result.output
    line = next(ln for ln in result.output.splitlines() if "cost_per_troop_year" in ln)
    assert line.endswith("(got 200 EUR/troop-year)"), line
    assert "must be >= 10,000 EUR/troop-year: a deployed troop-year costs EUR 10,000" in line
    assert " ... (got" in line  # the explanation was cut, and says so
    assert counted_length(line.removeprefix("error: ")) <= MAX_MESSAGE_CHARS


def test_a_value_in_the_message_outlasts_any_explanation() -> None:
    err = ScenarioFieldError("x.toml", "must be one of a few things: " + "word " * 100
                             + "(got 'zzz'); did you mean 'zz'?", field="a.b", line=3)
    assert str(err).endswith(" ... (got 'zzz'); did you mean 'zz'?"), str(err)
    assert counted_length(str(err)) <= MAX_MESSAGE_CHARS
    # a short message is printed as it always was
    short = ScenarioFieldError("x.toml", "must be >= 1 (got 0)", field="a.b", line=3)
    assert str(short) == "x.toml:3: a.b must be >= 1 (got 0)"

"""Review s33, loose ends of "errors name units as a user writes them": the generated field
reference, `show`'s shares, a `Quantity` built in Python, `--seed`'s range, and a bad value
in the middle of a long message."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

from reassure.errors import MAX_MESSAGE_CHARS, ReassureError, ScenarioFieldError, counted_length
from reassure.spec import Quantity, load_scenario
from reassure.spec import units as units_mod

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "scenario-format.md"
BEGIN = "<!-- BEGIN FIELD REFERENCE"


def _reference() -> str:
    text = DOC.read_text(encoding="utf-8")
    return text[text.index(BEGIN):]


# -- 1. the field reference says what each number is, in the errors' words ------------------------
def test_the_field_reference_is_up_to_date() -> None:
    render = runpy.run_path(str(ROOT / "scripts" / "gen_scenario_doc.py"))["render"]
    assert render() in DOC.read_text(encoding="utf-8"), (
        "docs/scenario-format.md is stale: run .venv/bin/python scripts/gen_scenario_doc.py")


def test_the_field_reference_names_no_internal_dimension() -> None:
    reference = _reference()
    internal = sorted({d for d, _ in units_mod.UNITS.values() if "_" in d})
    assert internal and not [d for d in internal if d in reference]
    # the ship-year cost reads as the error does, its units as a file writes them
    assert ("a cost per ship-year, in one of the units `EUR/ship-year`, `EUR million/ship-year`, "
            "`USD/ship-year`, `USD million/ship-year`") in reference
    assert "| `horizon` | quantity, in a unit of time (`h`, `day`, " in reference
    assert "| a share or probability | `fraction`, `percent`, `probability` |" in reference


# -- 2. `show` prints a share or probability as a reader writes it ---------------------------------
def test_show_prints_shares_in_percent_with_the_file_value(run_cli) -> None:  # noqa: ANN001
    wide = run_cli("show", "europe-2025", env={"COLUMNS": "200"})
    assert wide.exit_code == 0, wide.stderr
    assert "60% (0.6 probability in the file)" in wide.stdout
    assert "25% (0.25 fraction as shipped)" in wide.stdout
    out = run_cli("show", "europe-2025", env={"COLUMNS": "80"})
    text = out.stdout
    # a block's head is the value as a reader writes it; the value as written opens its body
    assert "contributors[NLD].p_join = 60%\n    0.6 probability in the file; source: " in text
    assert "force.role_mix.manoeuvre = 45%\n    0.45 fraction in the file; assumption: " in text
    assert "force.sustainable_share = 25%\n    0.25 fraction as shipped; shipped default " in text
    others = text.replace("force.participation_correlation = 0.3 fraction\n", "")
    assert not re.search(r"= [\d.]+ (probability|fraction)\n", others)
    # a correlation is a coefficient, not a share
    assert "force.participation_correlation = 0.3 fraction" in text


# -- 3. a Quantity built in Python: the project's error, not pydantic's -----------------------------
def test_a_quantity_without_provenance_is_refused_in_the_projects_words() -> None:
    with pytest.raises(ScenarioFieldError) as caught:
        Quantity(value=2, unit="month")
    text = str(caught.value)
    assert text == ("Quantity(value=2, unit='month'): needs provenance: give `source = [\"id\", ...]` "
                    "or `assumption = \"why\"`")
    assert "pydantic" not in text and "validation error" not in text
    with pytest.raises(ReassureError, match=r"unit is not a known unit; did you mean 'month'\? \(got 'monht'\)"):
        Quantity(value=2, unit="monht", assumption="x (for a test)")
    assert Quantity(value=2, unit="month", assumption="a vote first").text() == "2 month"


def test_a_quantity_in_a_file_is_still_reported_at_its_line(tmp_path: Path) -> None:
    f = tmp_path / "plan.toml"
    f.write_text('schema = 1\nname = "plan"\ntitle = "t"\nextends = "europe-2025"\n\n[force]\n'
                 'tour = { value = 4, unit = "month" }\n', encoding="utf-8")
    with pytest.raises(ScenarioFieldError) as caught:
        load_scenario(f)
    assert (caught.value.line, caught.value.field) == (7, "force.tour")
    assert str(caught.value).startswith(f"{f}:7: force.tour needs provenance")


# -- 4. --seed: the allowed range, named ------------------------------------------------------------
@pytest.mark.parametrize("command", [("assess",), ("incidents", "europe-2025")])
@pytest.mark.parametrize("seed", ["-1", "99999999999999999999", "9223372036854775808"])
def test_a_seed_out_of_range_is_refused_naming_the_range(run_cli, command, seed) -> None:  # noqa: ANN001
    out = run_cli(*command, "--seed", seed, "--runs", "1")
    assert out.exit_code == 2, out.stdout
    assert out.error_lines == [f"error: --seed must be a whole number >= 0 and <= 2**63 - 1 "
                               f"(9223372036854775807) (got {seed})"]


def test_settings_name_the_upper_end_of_the_seed() -> None:
    from reassure.run.assess import Settings

    with pytest.raises(ReassureError, match=re.escape("<= 2**63 - 1 (9223372036854775807), or None")):
        Settings(seed=2**64)


# -- 5. a bad value in the middle of a long message survives the cut ---------------------------------
@pytest.mark.parametrize("before, after", [
    ("nolh tables here take at most 16 factors " + "and a long reason " * 20, "; use lhs"),
    ("is in EUR in the base scenario", "; give low/high or values in " + "the unit it has, " * 20),
    ("must be one of: " + "a, " * 60, ", then " + "more words " * 30),
    ("must match the base scenario because " + "reason " * 30, "; give " + "advice " * 20),
])
def test_a_value_before_a_long_clause_is_kept(before: str, after: str) -> None:
    err = ScenarioFieldError("x.toml", f"{before} (got 'sobel'){after}", field="design.kind", line=3)
    text = str(err)
    assert " (got 'sobel')" in text, text
    assert counted_length(text) <= MAX_MESSAGE_CHARS
    assert text.startswith("x.toml:3: design.kind " + before[:20])
    assert " ..." in text  # the cut says so

"""The docs quote the tool's current output for the shipped scenarios: check they still do.

``scripts/docs_figures.py`` lists every such figure: the tables it generates between
``<!-- figures:NAME -->`` markers, and the phrases (doc, text rendered from the tool's result
with the doc's rounding) a doc must contain. Each is computed here from the capability itself
(force, posture, response, air policing, maritime, monitoring band, costs; no Monte Carlo
assessment), once per scenario and capability for the whole module. When a model change moves a
figure, these tests fail and name the doc and the new text: edit the sentence (its reasoning may
have to change too) or regenerate the tables with
``PYTHONPATH=src .venv/bin/python scripts/docs_figures.py --write``.
"""

from __future__ import annotations

import copy
import importlib.util
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("docs_figures",
                                                  REPO / "scripts" / "docs_figures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


FIGURES = _script()


def _doc(path: str) -> str:
    return (REPO / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("table", FIGURES.TABLES, ids=lambda t: t.name)
def test_generated_table_is_the_tools_output(table) -> None:
    text = _doc(table.doc)
    found = FIGURES.block_pattern(table.name).search(text)
    assert found, f"{table.doc} has no <!-- figures:{table.name} --> block"
    want = FIGURES.block(table.name, table.render(FIGURES.result))
    assert found.group(0) == want, (
        f"{table.doc}: table {table.name} is not what the tool prints now; regenerate with "
        f"PYTHONPATH=src .venv/bin/python scripts/docs_figures.py --write\nnow:\n{want}")


@pytest.mark.parametrize("phrase", FIGURES.PHRASES, ids=lambda p: f"{Path(p.doc).stem}:{p.what}")
def test_quoted_figure_is_the_tools_output(phrase) -> None:
    want = FIGURES.squash(phrase.render(FIGURES.result))
    assert want in FIGURES.squash(_doc(phrase.doc)), (
        f"{phrase.doc} should say what the tool gives now ({phrase.what}):\n    {want}\n"
        "Edit the sentence (and its reasoning if it no longer holds).")


def test_every_marked_block_is_generated() -> None:
    """A `<!-- figures:name -->` marker the script does not know would never be checked (an
    upper-case NAME is a placeholder in prose, as in docs/testing.md)."""
    known = {(t.doc, t.name) for t in FIGURES.TABLES}
    docs = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
    marked = {(str(p.relative_to(REPO)), m)
              for p in docs for m in re.findall(r"<!-- figures:([a-z0-9-]+)", p.read_text("utf-8"))}
    assert marked <= known, f"markers without a generator: {sorted(marked - known)}"


def test_a_moved_figure_is_caught() -> None:
    """The check has teeth: one troop more in europe-2025's plan, or one percentage point on
    iiss-medium's chance, and the docs no longer match."""
    def moved(scenario: str, capability: str) -> dict:
        r = copy.deepcopy(FIGURES.result(scenario, capability))
        if (scenario, capability) == ("europe-2025", "force"):
            r["deployed_total"] += 1
        if (scenario, capability) == ("iiss-medium", "force"):
            r["participation"]["p_target_met"] += 0.01
            r["p_target_met"] += 0.01
        return r

    found = FIGURES.problems(moved)
    assert any("table force-shipped" in x for x in found)
    assert any("europe-2025: deployed, P" in x for x in found)
    assert any("iiss-medium: P(target met)" in x for x in found)


# -- s52: money as the report writes it, by the package's formatter -------------------------------
def test_the_docs_write_money_as_the_report_does() -> None:
    """The generated table wrote a horizon cost of EUR 49.1–96.2 billion as "EUR 49–96bn" (the
    script's own formatter, whole billions) while the reports keep three significant figures
    (`reassure.present.units.money_digits`): the docs now ask the package."""
    table = FIGURES.force_table(FIGURES.result)
    row = next(line for line in table.splitlines() if line.startswith("| no-us-backstop |"))
    assert "EUR 49.1–96.2 billion over 20–30 years" in row and "bn" not in row
    assert "EUR 49.1–96.2 billion" in _doc("docs/models/forcegen.md")


@given(st.floats(1e7, 1e12), st.floats(1.0, 4.0), st.sampled_from(["EUR billion", "EUR million"]))
def test_a_docs_money_range_is_the_reports(low: float, ratio: float, unit: str) -> None:
    from reassure.present.report import figure_text
    from reassure.run.results import Figure

    scale = 1e9 if "billion" in unit else 1e6
    high = low * ratio
    fig = Figure("cost", "Cost, low-high", high / scale, high / scale, unit, low_with_us=low / scale,
                 low_without_us=low / scale)
    assert FIGURES.money({"low": low, "high": high}, unit) == figure_text(fig, "with_us")

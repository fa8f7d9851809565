"""Review s32 follow-ups in what a reader sees.

1. The maritime tasks table's new `held_by` / `held_by_without_us` columns were headed in the
   HTML report by their raw keys.
3. `figures.csv` and `Assessment.to_frame()` are written from one place: `FIGURE_COLUMNS` and
   `figure_cells` (reassure.run.assess), `figures_csv` rounding those cells.
4. `reassure ids ukraine-2025 nations` listed UKR and RUS among the contributors an author could
   use, though `validate` refuses them (the theatre's parties to the ceasefire).
5. `reassure compare europe-2025 ui-thr` (ui-thr: a 45 min response threshold) showed 13.5%
   against 6.5% within "the response threshold" with no row saying the threshold differs.
6. The no-US-backstop plan's sector table read "Monitoring by sector (with / without the US
   backstop)".
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reassure.spec import load_scenario

REPO = Path(__file__).resolve().parents[2]


def _section(name: str, scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, [name])
    return caps[name].section(done[name], Context(scenario, {}, done))


# -- 1. every column of the air and maritime tables has words ----------------------------------


@pytest.mark.parametrize("capability", ["maritime", "air_policing"])
def test_the_air_and_maritime_tables_have_a_header_in_words_for_every_column(capability: str) -> None:
    from reassure.present.headers import column_header

    section = _section(capability, load_scenario("mnf-u-2026"))
    for table in section.tables:
        raw = [c for c in table.columns if column_header(table.id, c) == c]
        assert raw == [], (table.id, raw)


def test_who_holds_a_maritime_task_is_headed_with_the_plans_case() -> None:
    from reassure.present.headers import column_header

    assert column_header("maritime-tasks", "held_by") == "Held by, with US backstop"
    assert column_header("maritime-tasks", "held_by", "as planned (no US backstop)") == \
        "Held by, as planned (no US backstop)"
    assert column_header("maritime-tasks", "held_by_without_us") == "Held by, without US backstop"
    # as the air stations' "Flown by", its neighbour in the report
    assert column_header("air-stations", "flown_by_without_us") == "Flown by, without US backstop"


# -- 3. figures.csv is to_frame's cells, rounded ------------------------------------------------


def test_figures_csv_takes_its_columns_and_cells_from_figure_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    """A column added where to_frame's columns are declared reaches figures.csv with no second edit."""
    import reassure.run.assess as assess_mod
    from reassure.present.output import figures_csv
    from reassure.run.results import Figure, SectionResult

    cells = assess_mod.figure_cells
    monkeypatch.setattr(assess_mod, "FIGURE_COLUMNS", (*assess_mod.FIGURE_COLUMNS, "source_note"))
    monkeypatch.setattr(assess_mod, "figure_cells", lambda f: (*cells(f), f"note on {f.key}"))
    section = SectionResult("s", "S", figures=(Figure("troops", "Troops", 28264, 13359.0, "troops"),))
    header, row = list(csv.reader(io.StringIO(figures_csv((section,)))))
    assert header[-1] == "source_note" and row[-1] == "note on troops"
    assert row[:7] == ["s", "troops", "Troops", "troops", "28264", "", ""]


def _figures_csv_as_it_was(sections: Any) -> str:
    """figures.csv as `figures_csv` wrote it before it read `figure_cells` (s32), for the check below."""
    from reassure.present.output import csv_number
    from reassure.present.units import money_digits

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["section", "key", "label", "unit", "with_us", "with_us_ci95_low", "with_us_ci95_high",
                "without_us", "without_us_ci95_low", "without_us_ci95_high",
                "with_us_range_low", "without_us_range_low"])
    for s in sections:
        for f in s.figures:
            # review (analyst): money in billions to 3 significant figures (a horizon cost of
            # EUR 2.79-5.89 billion was written 3 and 6), the one change since s32
            digits = money_digits(f.unit, f.digits)
            d = digits + 1 if (f.ci_with_us or f.ci_without_us) else digits
            est = f.is_estimate

            def ci(c: Any, k: int, d: int = d) -> Any:
                return csv_number(c[k], d, estimate=True) if c else ""

            def low(v: Any, digits: int = digits) -> Any:
                return "" if v is None else csv_number(v, digits, estimate=True)

            w.writerow([s.name, f.key, f.label, f.unit,
                        csv_number(f.with_us, d, est), ci(f.ci_with_us, 0), ci(f.ci_with_us, 1),
                        csv_number(f.without_us, d, est), ci(f.ci_without_us, 0), ci(f.ci_without_us, 1),
                        low(f.low_with_us), low(f.low_without_us)])
    return buf.getvalue()


@pytest.mark.parametrize("plan", ["europe-2025", "mnf-u-2026", "no-us-backstop"])
def test_figures_csv_is_byte_identical_to_what_it_was(plan: str) -> None:
    import reassure
    from reassure.present.output import figures_csv

    a = reassure.assess(plan, runs=2, seed=1, sensitivity=False, workers=1)
    assert figures_csv(a.sections) == _figures_csv_as_it_was(a.sections)


# -- 4. the parties to the ceasefire are not offered as contributors ----------------------------


def test_ids_marks_the_parties_to_the_ceasefire(run_cli: Any) -> None:
    import json

    from reassure.present.ids import CONTRIBUTOR, PARTY, theatre_ids
    from reassure.theatres import load_theatre

    nations = {n["id"]: n for n in theatre_ids("ukraine-2025")["nations"]}
    parties = set(load_theatre("ukraine-2025").parties)
    assert parties == {"UKR", "RUS"}
    assert {i for i, n in nations.items() if n["role"] == PARTY} == parties
    assert {n["role"] for i, n in nations.items() if i not in parties} == {CONTRIBUTOR}
    out = run_cli("ids", "ukraine-2025", "nations", "--format", "json")
    assert {n["id"]: n["role"] for n in json.loads(out.stdout)["nations"]}["RUS"] == "party to the ceasefire"
    out = run_cli("ids", "europe-2025", "nations")  # a scenario: its theatre
    assert out.exit_code == 0, out.stderr
    assert "UKR, RUS: parties to the ceasefire, not contributors" in " ".join(out.stdout.split())
    ukr = next(line for line in out.stdout.splitlines() if "│ UKR" in line)
    assert "party to the ceasefire" in ukr and "contributor" not in ukr
    deu = next(line for line in out.stdout.splitlines() if "│ DEU" in line)
    assert "contributor" in deu


# -- 5. compare: each plan's response threshold in a setting row ---------------------------------

WITHIN = ("incidents.within_threshold_incidents_pct", "incidents.within_threshold_pct")


@pytest.fixture(scope="module")
def threshold_rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    from reassure.present.compare import comparison_rows

    path = tmp_path_factory.mktemp("thr") / "ui-thr.toml"
    path.write_text('schema = 1\nname = "ui-thr"\nextends = "europe-2025"\n[incidents]\n'
                    'response_threshold = { value = 45, unit = "min", assumption = "a tighter standard" }\n',
                    encoding="utf-8")
    plans = [load_scenario("europe-2025"), load_scenario(str(path))]
    return comparison_rows([SimpleNamespace(scenario=s, verdicts=(), sections=(_section("incidents", s),))
                            for s in plans], ["europe-2025", "ui-thr"])


def test_compare_gives_each_plans_response_threshold_under_the_figures_counted_within_it(
        threshold_rows: list[dict[str, Any]]) -> None:
    rows = {r["key"]: r for r in threshold_rows}
    keys = [r["key"] for r in threshold_rows]
    for key in WITHIN:
        setting = rows[f"{key}.setting"]
        assert keys.index(f"{key}.setting") == keys.index(key) + 1  # right under its figure
        assert setting["kind"] == "setting" and setting["label"] == "its response threshold"
        assert setting["values"] == setting["without_us"] == ["1 h", "45 min"]
        assert setting["differs"] == [False, True]
        assert "45" not in rows[key]["label"] and " 1 h" not in rows[key]["label"]


def test_the_threshold_row_is_in_the_csv_and_the_html(threshold_rows: list[dict[str, Any]]) -> None:
    from reassure.present.compare import compare_csv, compare_html

    table = list(csv.reader(io.StringIO(compare_csv(["europe-2025", "ui-thr"], threshold_rows))))
    line = next(r for r in table if r[0] == f"{WITHIN[0]}.setting")
    assert line[1:7] == ["its response threshold", "", "1 h", "1 h", "45 min", "45 min"]
    html = compare_html(["europe-2025", "ui-thr"], ["a", "b"], threshold_rows)
    assert ('<tr class="denominator"><td>its response threshold</td><td class="">1 h</td>'
            '<td class="">1 h</td><td class="diff">45 min</td>') in html


# -- 6. a plan without the backstop is not told it has one ---------------------------------------


def test_the_sector_table_of_a_plan_without_the_backstop_says_so() -> None:
    alone = next(t for t in _section("monitoring", load_scenario("no-us-backstop")).tables if t.id == "sectors")
    assert alone.title == "Monitoring by sector (as planned, no US backstop)"
    with_us = next(t for t in _section("monitoring", load_scenario("europe-2025")).tables if t.id == "sectors")
    assert with_us.title == "Monitoring by sector (with / without the US backstop)"

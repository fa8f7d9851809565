"""At 80 columns `reassure scenarios` and `reassure show` keep every identifier whole and
crop no row: the other columns wrap (or, for the scenario titles, move below the table)."""

from __future__ import annotations

import re

import pytest

from reassure.spec import list_scenarios, load_scenario, scenario_summary

BORDERS = ("│", "┃", "┓", "┩", "┘", "┐", "┤")


def _table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("│", "┃", "┏", "┡", "└"))]


def _words(text: str) -> str:
    """The text with table rules and runs of spaces collapsed: what a reader can read."""
    return " ".join(re.sub(r"[│┃━╇┏┓┡┩└┘┳┻┴╋─]", " ", text).split())


@pytest.mark.parametrize("columns", ["80", "100", "120"])
def test_scenarios_names_are_whole_and_no_row_is_cropped(run_cli, columns: str) -> None:  # noqa: ANN001
    out = run_cli("scenarios", env={"COLUMNS": columns})
    assert out.exit_code == 0, out.stderr
    assert "…" not in out.stdout
    rows = _table_rows(out.stdout)
    assert rows and all(row.rstrip().endswith(BORDERS) for row in rows), "a row is cropped"
    assert all(len(line) <= int(columns) for line in out.stdout.splitlines())
    words = _words(out.stdout)
    for path in list_scenarios():
        s = load_scenario(path)
        assert re.search(rf"(^|\s){re.escape(s.name)}(\s|:|$)", words), s.name
        if columns == "80":  # titles below the table, word for word
            assert f"{s.name}: {' '.join(s.title.split())}" in words


def test_scenarios_titles_sit_beside_the_names_when_there_is_room(run_cli) -> None:  # noqa: ANN001
    out = run_cli("scenarios", env={"COLUMNS": "160"})
    header = next(line for line in out.stdout.splitlines() if "name" in line and "extends" in line)
    assert "title" in header


@pytest.mark.parametrize("name", ["europe-2025", "mnf-u-2026"])
def test_show_keeps_every_parameter_path_whole_at_80_columns(run_cli, name: str) -> None:  # noqa: ANN001
    """Below 120 columns `show` prints one block a parameter (issue r2): the path starts its
    line whole (``path = value``), the source or assumption indented below it."""
    out = run_cli("show", name, env={"COLUMNS": "80"})
    assert out.exit_code == 0, out.stderr
    assert "…" not in out.stdout
    assert all(len(line) <= 80 for line in out.stdout.splitlines())
    heads = {line.split(" = ")[0].split()[0] for line in out.stdout.splitlines()
             if line.strip() and not line.startswith(" ")}
    summary = scenario_summary(load_scenario(name))
    for p in summary["parameters"]:
        assert p["path"] in heads, p["path"]
    for row in summary["statements"]:
        assert row["path"] in heads, row["path"]
    for src in summary["sources"]:
        assert src["id"] in heads, src["id"]

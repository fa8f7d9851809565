"""Review s65 item 6: at 300 columns the side-by-side `compare` broke units and ids inside a word:
"1,320 │ incidents/da │ y (1,200– │ 1,440)", "hale-uav@LRC │ K". A cell now breaks between words
(after a range's dash, and in a long key path after its dots and underscores), never inside a
word, a unit or an id: a value column is as wide as the longest of these, in any row."""

from __future__ import annotations

import re
from typing import Any

import pytest

from reassure.commands.compare import DEFAULT_COMPARISON
from reassure.present.compare import cell_text, print_comparison, table_width

PLANS = list(DEFAULT_COMPARISON)
N = len(PLANS)
SETTING = ("95%; 4.5 outages a day of 1 h each, at random times; hale-uav@LRCK, male-uav@LRFT; "
           "support-force reinforcements wait in the queue (incidents.support_force_responses)")
WHOLE = ("incidents/day", "hale-uav@LRCK,", "male-uav@LRFT;", "support-force", "reinforcements")


def _rows() -> list[dict[str, Any]]:
    def row(key: str, label: str, kind: str, values: list[Any], **more: Any) -> dict[str, Any]:
        return {"key": key, "label": label, "kind": kind, "values": values, "without_us": values,
                "differs": [False] * N, "differs_without_us": [False] * N, **more}

    return [
        row("incidents.incidents_per_day", "Incidents a day over the days simulated", "figure", [1320.0] * N,
            unit="incidents/day", digits=0, estimate=True, ci=[(1200.0, 1440.0)] * N,
            ci_without_us=[(1200.0, 1440.0)] * N),
        row("incidents.incidents_per_day.setting", "its share, jamming and UAV classes", "setting", [SETTING] * N,
            of="incidents.incidents_per_day"),
    ]


def _texts(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [[t for i in range(N) for t in (cell_text(r, i), cell_text(r, i, "without_us"))] for r in rows]


def _cells(lines: list[str]) -> list[list[str]]:
    """Each value column's lines (the body rows of the table, split at its borders)."""
    body = [ln for ln in lines if ln.startswith("│")]
    columns: list[list[str]] = []
    for ln in body:
        parts = [p.strip() for p in ln.strip("│").split("│")][1:]
        columns += [[] for _ in range(len(parts) - len(columns))]
        for c, p in zip(columns, parts, strict=True):
            c.append(p)
    return columns


@pytest.mark.parametrize("extra", [0, 40])  # at the least width that fits, and wider
def test_cells_break_between_words_never_inside_a_unit_or_id(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str], extra: int) -> None:
    rows = _rows()
    headers = [h for p in PLANS for h in (p, f"{p} without US")]
    width = table_width(headers, rows, _texts(rows)) + extra
    monkeypatch.setenv("COLUMNS", str(width))
    print_comparison(PLANS, rows, 2)
    lines = capsys.readouterr().out.splitlines()
    assert any(ln.startswith("┃") for ln in lines), "\n".join(lines)  # the side-by-side table
    columns = _cells(lines)
    assert len(columns) == 2 * N
    for col in columns:
        words = [w for ln in col for w in ln.split()]
        for token in WHOLE:
            assert token in words, (token, col)
        # no fragment of one of them on a line of its own ("incidents/da", "y", "hale-uav@LRC", "K")
        assert not [w for w in words if any(t.startswith(w) and w != t for t in WHOLE)
                    and w not in WHOLE and len(w) > 2], col
        # a range whole, or broken after its dash
        assert "(1,200–1,440)" in words or ("(1,200–" in words and "1,440)" in words), col
        # the key path breaks only after its dots and underscores
        path = "".join(w for w in words if "support_" in w or "force_" in w or "responses" in w
                       or w.startswith("(incidents."))
        assert path == "(incidents.support_force_responses)", (path, col)
    assert not re.search(r"│ +[a-z]{1,2} │", "\n".join(lines)), "a word's last letters alone on a line"


def test_the_inputs_table_fits_the_terminal_and_keeps_ids_whole() -> None:
    """At 300 columns rich made the inputs table wider than the terminal, which cut the last
    plan's column off mid-id ("times-150" for times-15000) and dropped its right border."""
    from rich.console import Console

    from reassure.present.compare import _print_inputs

    sources = "source: paris-2026-size, paris-2026-particle, times-15000 + 1 more"
    lines_of_ids = "source: mon-ap-1000km, mon-defence-express-1200, mon-delfi-charap"
    inputs = [
        {"key": "input:force.target_troops", "label": "Troops target (force.target_troops)",
         "values": ["25,000–30,000 troops"] * N, "short": [sources] * N, "differs": [False] * N},
        {"key": "input:monitoring.band.line_length", "label": "Contact line length used by the monitoring "
         "and incident models, km (monitoring.band.line_length)",
         "values": ["1,100 km used (1,000–1,200 km reported)"] * (N - 1) + ["24 nations (21 not ruled out); "
                                                                           "status=conditional-parliament, x"],
         "short": [lines_of_ids] * N, "differs": [False] * N},
    ]
    for width in (300, 320):
        con = Console(width=width, highlight=False, markup=False)
        with con.capture() as cap:
            _print_inputs(con, PLANS, inputs)
        body = [ln for ln in cap.get().splitlines() if ln.startswith(("│", "┃", "┏", "└"))]
        assert body and all(len(ln) <= width and ln.rstrip()[-1] in "│┃┓┘" for ln in body), "\n".join(body)
        words = {w for ln in body for w in ln.replace("│", " ").replace("┃", " ").split()}
        for token in ("times-15000", "mon-defence-express-1200,", "status=conditional-parliament,", "mnf-u-2026"):
            assert token in words, (width, token)

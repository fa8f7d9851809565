"""Review s33 fault 3: the wide `compare` table squeezed its labels (15-20 characters at 280-400
columns, a label over 5-8 lines, while the value columns grew) and cut plan names in its headers
("ukraine-reque…", "coalition-202…"). The label column now gets a readable width first, and a
header is never narrower than its plan's name."""

from __future__ import annotations

from typing import Any

import pytest

from reassure.commands.compare import DEFAULT_COMPARISON
from reassure.present.compare import _LABEL_MIN, compare_width, print_comparison

PLANS = list(DEFAULT_COMPARISON)  # the eight shipped plans, "coalition-2025-09" the longest name
N = len(PLANS)


def _rows() -> list[dict[str, Any]]:
    def row(key: str, label: str, kind: str, values: list[Any], **more: Any) -> dict[str, Any]:
        return {"key": key, "label": label, "kind": kind, "values": values, "without_us": values,
                "differs": [False] * N, "differs_without_us": [False] * N, **more}

    return [
        row("verdict:a", "Is the full target fielded with better-than-even odds, given who may not join?",
            "verdict", [True, False] * (N // 2)),
        row("incidents.t", "Time from start to report, median, of detected incidents", "figure",
            [86.0 + i for i in range(N)], unit="h", digits=1),
        row("incidents.t.setting", "its response threshold", "setting", ["1 h"] * N, of="incidents.t"),
        row("force.deployed_total", "Troops deployed", "figure", [1_174_380.0] * N, unit="people", digits=0),
        row("costs.total", "Operating cost of the plan over the horizon, low-high, counted from the "
            "first deployment to the end of the horizon, with every contributor's own cost where it "
            "gives one and the common cost elsewhere", "figure", [98_765.4] * N, unit="EUR million",
            digits=0, lows=[12_345.6] * N, lows_without_us=[12_345.6] * N),
    ]


def _print(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], width: int) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    print_comparison(PLANS, _rows(), 2)
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("width", [300, 400])  # 300: the least that fits (test below)
def test_labels_are_readable_and_names_whole(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], width: int) -> None:
    lines = _print(monkeypatch, capsys, width)
    heads = [ln for ln in lines if ln.startswith("┃")]
    assert heads, "\n".join(lines)  # the side-by-side table, not the per-plan listing
    assert not any("…" in ln for ln in lines)
    header_words = {w for ln in heads for cell in ln.split("┃") for w in cell.split()}
    assert set(PLANS) <= header_words  # every plan's name whole, on one line
    label_cell = heads[0].split("┃")[1]
    assert len(label_cell) - 2 >= _LABEL_MIN, heads[0]
    assert max(len(ln) for ln in lines) <= width
    # the 79-character question takes three lines at most, not five to eight
    first = next(i for i, ln in enumerate(lines) if "Is the full target fielded" in ln)
    after = next(i for i, ln in enumerate(lines) if "Time from start" in ln)
    assert after - first <= 3, "\n".join(lines[first:after])


def test_too_narrow_for_whole_names_lists_each_plan(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    need = compare_width(N, PLANS)
    assert need == _LABEL_MIN + 2 * (12 * N + 3 + 5 + 2) + 3 * (2 * N + 1) + 1 == 300
    lines = _print(monkeypatch, capsys, need - 1)
    assert not any(ln.startswith("┃") for ln in lines)
    assert f"side-by-side table ({need} columns)" in " ".join(lines)
    assert [ln for ln in lines if ln in PLANS] == PLANS

"""Session 32 leftover 2: `reassure compare europe-2025 ui-thr` (ui-thr: a 45 min response
threshold) gave each plan's threshold ("↳ its response threshold: 1 h / 45 min") under the two
figures counted within it, but not under the two verdicts asked of it, which name no value
either ("Are more than half of all incidents needing a unit reached within the response threshold ...?", "Is an idle response unit
within the threshold of every operating plant ...?"): compare had setting rows for figures only.
A verdict now carries its `Setting` as a figure does, and compare shows it the same way, in the
terminal (wide and narrow), the CSV, the HTML, compare.json and the web page's comparison.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reassure.spec import load_scenario

PLANS = ["europe-2025", "ui-thr"]
CALLS = "verdict:Are more than half of all incidents needing a unit reached within the response threshold, counted from when the incident is reported (an undetected incident counts as not reached)?"
# (review s38 3, review s49: the question says what counts as a unit there)
PLANTS = ("verdict:Is an idle ground unit or helicopter within the threshold of every operating plant (notice and "
          "travel; fighters do not count)?")
UI_THR = ('schema = 1\nname = "ui-thr"\nextends = "europe-2025"\n[incidents]\n'
          'response_threshold = { value = 45, unit = "min", assumption = "a tighter standard" }\n')


def _setting(key: str) -> str:
    """The key of a verdict's setting row: ``setting:<question>`` (a ``verdict:`` key is yes/no)."""
    return "setting:" + key.removeprefix("verdict:")


def _section(name: str, scenario: Any) -> Any:
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=2, draws=300)
    done = run_capabilities(scenario, caps, [name])
    return caps[name].section(done[name], Context(scenario, {}, done))


@pytest.fixture(scope="module")
def thr_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("thr") / "ui-thr.toml"
    path.write_text(UI_THR, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def assessments(thr_path: Path) -> list[Any]:
    out = []
    for s in (load_scenario("europe-2025"), load_scenario(str(thr_path))):
        sections = (_section("response", s), _section("incidents", s))
        out.append(SimpleNamespace(scenario=s, sections=sections,
                                   verdicts=tuple(v for sec in sections for v in sec.verdicts)))
    return out


@pytest.fixture(scope="module")
def rows(assessments: list[Any]) -> list[dict[str, Any]]:
    from reassure.present.compare import comparison_rows

    return comparison_rows(assessments, PLANS)


def test_each_verdict_on_the_threshold_carries_the_plans_threshold(assessments: list[Any]) -> None:
    for a, text in zip(assessments, ("1 h", "45 min"), strict=True):
        by_question = {f"verdict:{v.question}": v for v in a.verdicts}
        for key in (CALLS, PLANTS):
            setting = by_question[key].setting
            assert setting is not None and (setting.label, setting.text) == ("its response threshold", text)
        # a verdict on no threshold carries none
        assert by_question["verdict:Are the operating nuclear plants covered by a garrison?"].setting is None


def test_compare_gives_a_threshold_row_right_under_each_verdict(rows: list[dict[str, Any]]) -> None:
    keys = [r["key"] for r in rows]
    by_key = {r["key"]: r for r in rows}
    for key in (CALLS, PLANTS):
        setting = by_key[_setting(key)]
        assert keys.index(_setting(key)) == keys.index(key) + 1
        assert setting["kind"] == "setting" and setting["of"] == key
        assert setting["label"] == "its response threshold"
        assert setting["values"] == setting["without_us"] == ["1 h", "45 min"]
        assert setting["differs"] == setting["differs_without_us"] == [False, True]
        assert by_key[key]["kind"] == "verdict"  # the verdict row itself is unchanged


def test_the_csv_and_html_hold_the_verdicts_threshold_rows(rows: list[dict[str, Any]]) -> None:
    from reassure.present.compare import compare_csv, compare_html

    table = list(csv.reader(io.StringIO(compare_csv(PLANS, rows))))
    for key in (CALLS, PLANTS):
        i = next(n for n, r in enumerate(table) if r[0] == _setting(key))
        assert table[i - 1][0] == key
        assert table[i][1:7] == ["its response threshold", "", "1 h", "1 h", "45 min", "45 min"]
    assert all(r[2] == "yes/no" for r in table[1:] if r[0].startswith("verdict:"))  # a verdict: key is yes/no
    html = compare_html(PLANS, ["a", "b"], rows)
    cells = ('<tr class="denominator"><td>its response threshold</td><td class="">1 h</td>'
             '<td class="">1 h</td><td class="diff">45 min</td>')
    assert html.count(cells) == 5  # three figures (s40: the calls at the sites), two verdicts
    for key in (CALLS, PLANTS):  # the row after each verdict's row is its threshold
        after = html[html.index(key.removeprefix("verdict:")):]
        assert after[after.index("<tr"):].startswith(cells)


def test_the_web_pages_comparison_has_them(assessments: list[Any]) -> None:
    from reassure.present.web.app import comparison

    jobs = [SimpleNamespace(assessment=a, runs=2, seed=1) for a in assessments]
    out = comparison(jobs)  # type: ignore[arg-type]
    keys = [r["key"] for r in out["rows"]]
    for key in (CALLS, PLANTS):
        row = out["rows"][keys.index(_setting(key))]
        assert keys.index(_setting(key)) == keys.index(key) + 1
        assert row["with_us"] == row["without_us"] == ["1 h", "45 min"] and row["differs"]


def test_compare_command_wide_narrow_and_files(thr_path: Path, tmp_path: Path, run_cli: Any) -> None:
    out = tmp_path / "cmp"
    wide = run_cli("compare", "europe-2025", thr_path, "--runs", "2", "--out", out, env={"COLUMNS": "260"})
    assert wide.exit_code == 0, wide.stderr
    lines = wide.stdout.splitlines()
    for question in ("Is an idle ground unit or helicopter within the threshold of every",
                     "Are more than half of all incidents needing a unit reached within the response threshold, counted from when"):
        at = next(i for i, ln in enumerate(lines) if question in ln)
        # the next row (a wrapped question's further lines have empty value cells)
        below = next(ln for ln in lines[at + 1:] if any(c.strip() for c in ln.split("│")[2:]))
        assert "↳ its response threshold" in below and "1 h" in below and "45 min" in below, below
    data = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert {r["key"] for r in data["rows"]} >= {_setting(CALLS), _setting(PLANTS)}
    verdicts = json.loads((out / "ui-thr" / "results.json").read_text(encoding="utf-8"))["verdicts"]
    assert sum(v["setting"] == {"label": "its response threshold", "text": "45 min"} for v in verdicts) == 2
    narrow = run_cli("compare", "europe-2025", thr_path, "--runs", "2")  # COLUMNS=80: a block a plan
    assert narrow.exit_code == 0, narrow.stderr
    block = narrow.stdout.split("ui-thr\n", 1)[1]
    assert block.count("↳ its response threshold: 45 min") == 3  # two verdicts, one key figure
    for question_end in (r"fighters do not count\)\?", r"counts as not reached\)\?"):  # right under each verdict's answer
        assert re.search(question_end + r": [^\n]*\n    ↳ its response threshold: 45 min\n", block), question_end

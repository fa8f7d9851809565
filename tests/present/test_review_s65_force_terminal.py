"""Review s65 (a newcomer analyst's test run), item 2, in `reassure force`'s terminal.

2. "Smallest relaxations that close the gap" named no case (it is the plan as planned, with the
   US backstop) and printed 6 of 13 without a word, while "Binding limits" above it said
   "... and 10 more (--format json lists them all)".
"""

from __future__ import annotations

import json
from typing import Any


def _flat(text: str) -> str:
    return " ".join(text.split())


def _force(run_cli: Any, plan: str = "europe-2025", columns: str = "80") -> tuple[str, dict[str, Any]]:  # noqa: ANN401
    out = run_cli("force", plan, env={"COLUMNS": columns})
    assert out.exit_code == 0, out.stderr
    data = json.loads(run_cli("force", plan, "--format", "json").stdout)
    return out.stdout, data


# -- 2 ---------------------------------------------------------------------------------------
def test_relaxations_name_their_case_and_how_many_more_json_lists(run_cli: Any) -> None:  # noqa: ANN401
    text, data = _force(run_cli)
    n = len(data["relaxations"])
    assert n > 6  # 13 for the plan as planned
    section = text.split("Smallest relaxations that close the gap (with the US backstop)\n")[1]
    shown = section.split("Politics")[0]
    assert f"  ... and {n - 6} more (--format json lists them all)" in shown
    assert shown.count("\n  - ") == 5  # six listed (the first has no newline before it)
    assert "Binding limits (with the US backstop; largest shadow price first)" in text


def test_a_plan_without_the_us_names_its_one_case(run_cli: Any) -> None:  # noqa: ANN401
    text, data = _force(run_cli, "no-us-backstop")
    assert "Binding limits (as planned, no US backstop;" in text
    assert "Smallest relaxations that close the gap (as planned, no US backstop)" in text
    assert f"... and {len(data['relaxations']) - 6} more" in text

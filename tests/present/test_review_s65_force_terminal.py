"""Review s65 (a newcomer analyst's test run), items 2 and 5, in `reassure force`'s terminal.

2. "Smallest relaxations that close the gap" named no case (it is the plan as planned, with the
   US backstop) and printed 6 of 13 without a word, while "Binding limits" above it said
   "... and 10 more (--format json lists them all)".
5. Troop counts had no unit: "Strength 5-50-95 %: 18,749 / 21,873 / 28,264", a Roles table of
   bare numbers, and blocks per nation reading "cap: 10,000; deployed: 10,000; pool: 30,000".
"""

from __future__ import annotations

import json
import re
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


# -- 5 ---------------------------------------------------------------------------------------
def test_troop_counts_carry_their_unit(run_cli: Any) -> None:  # noqa: ANN401
    text, data = _force(run_cli)
    flat = _flat(text)
    q = data["participation"]["strength_quantiles"]
    assert (f"Strength at the 5th / 50th / 95th percentile of the draws: {q['p05']:,.0f} / "
            f"{q['p50']:,.0f} / {q['p95']:,.0f} troops") in flat
    assert "5-50-95 %" not in flat
    assert "Roles (troops)" in text
    assert f"rotation pool {data['pool_total']:,.0f} troops" in flat
    # the blocks of a terminal too narrow for the contributors table (80 columns)
    assert "one block per nation" in flat
    fra = next(n for n in data["nations"] if n["nation"] == "FRA")
    block = _flat(text.split("\nFRA\n")[1].split("\nGBR\n")[0])
    for head, value in (("cap", fra["cap_troops"]), ("deployed", fra["deployed"]), ("pool", fra["pool"])):
        assert f"{head}: {value:,.0f} troops" in block, block
    total = _flat(text.split("\ntotal\n")[1].split("cost/yr (low):")[0])
    assert f"deployed: {data['deployed_total']:,} troops" in total
    # no bare count left in a block: every cap, deployed, pool and no-US value says troops
    blocks = text.split("one block per nation")[1].split("cost/yr (low): deployed troops")[0]
    assert not re.search(r"\b(cap|deployed|pool|no US): [\d,]+(?! troops)(;|\n|$)", blocks), blocks


def test_the_wide_contributors_table_heads_its_counts_with_the_unit(run_cli: Any) -> None:  # noqa: ANN401
    text, _ = _force(run_cli, columns="250")
    lines = text[text.index("Contributors (plan"):].splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("┏"))
    header = [cell.strip() for cell in lines[top + 1].strip("┃").split("┃")]
    assert {"cap (troops)", "deployed (troops)", "pool (troops)", "no US (troops)"} <= set(header), header

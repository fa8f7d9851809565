"""Review 19b 9: the report's allocation table wrote "25%" for a nation at exactly a quarter of
its army and "25.0%" for the rows beside it; every share cell now has one decimal."""

from __future__ import annotations

import re

from reassure.present.report import Footnotes, _table
from reassure.run.results import Table
from reassure.spec import load_scenario


def test_every_share_of_the_army_in_the_allocation_table_has_one_decimal() -> None:
    shares = (0.2499999, 0.25, 0.17, 0.0917, 0.0, 1.0)
    rows = tuple((f"N{i}", "infantry", 1000, 4000, s) for i, s in enumerate(shares))
    table = Table("allocation", "Allocation by nation and role", ("nation", "role", "deployed", "pool", "share_of_army"),
                  rows, ("force.target_troops",))
    html = _table(table, Footnotes(load_scenario("europe-2025")), {})
    cells = [c for c in re.findall(r"<tr>(.*?)</tr>", html) if "<td" in c]
    texts = [re.findall(r'<span class="num"[^>]*>([^<]*)</span>', c)[-1] for c in cells]
    assert texts == ["25.0%", "25.0%", "17.0%", "9.2%", "0.0%", "100.0%"], texts
    # counts stay whole
    assert all(re.findall(r'<span class="num"[^>]*>([^<]*)</span>', c)[:2] == ["1,000", "4,000"] for c in cells)

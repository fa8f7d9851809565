"""Review s33, the compare API: each plan's note on a row (why its n/a), as compare.html and the
terminal give it, and every setting row kept as such for the page to mark."""

from __future__ import annotations

from typing import Any

from reassure.present.web.app import wait_for


def test_compare_rows_carry_each_plans_note_and_their_kind(served: Any) -> None:
    client, _ = served
    plans = ("europe-2025", "mnf-u-2026")
    for name in plans:
        job = client.post("/api/runs", json={"scenario": name, "runs": 2}).json()
        assert wait_for(client.app, job["id"])["state"] == "done"
    rows = client.get("/api/compare", params={"plans": ",".join(plans), "runs": 2}).json()["rows"]
    mcm = next(r for r in rows if "mine-countermeasures" in r["label"])
    assert mcm["with_us"][0] == "n/a"
    assert mcm["notes"] == ["europe-2025: not asked: no [maritime] in this plan"]
    assert all(isinstance(r["notes"], list) for r in rows)
    # the threshold under each verdict resting on it: a setting row, right under its verdict
    at = [i for i, r in enumerate(rows) if r["label"] == "its response threshold" and r["key"].startswith("setting:")]
    assert len(at) == 2
    for i in at:
        assert rows[i]["kind"] == "setting" and rows[i - 1]["kind"] == "verdict"
        assert rows[i]["key"] == "setting:" + rows[i - 1]["label"]

"""Review s51 2, in `reassure serve`: the comparison's "whose share, over the common one" row gave
europe-2025's without-US cell the with-US nation (United Kingdom, 43.3%) beside its 25.0%, and
the headline's "without the US" did not say which nations the plan counts only with a US backstop."""

from __future__ import annotations

import html
import re
from typing import Any

from reassure.present.web.app import wait_for


def _run(client: Any, name: str) -> str:
    r = client.post("/api/runs", json={"scenario": name, "runs": 2})
    assert r.status_code == 202, r.text
    job = r.json()["id"]
    assert wait_for(client.app, job)["state"] == "done"
    return job


def test_each_side_of_the_whose_share_row_is_its_own(served: Any) -> None:
    client, _ = served
    for name in ("europe-2025", "mnf-u-2026"):
        _run(client, name)
    c = client.get("/api/compare", params={"plans": "europe-2025,mnf-u-2026", "runs": 2}).json()
    rows = {r["key"]: r for r in c["rows"]}
    share, whose = rows["force.max_burden_pct"], rows["force.max_burden_pct.setting"]
    assert share["without_us"][0].startswith("25")  # europe-2025 without the US: the common share
    assert whose["with_us"][0].startswith("United Kingdom, 43.3%")
    assert "United Kingdom" not in whose["without_us"][0] and "with the US" not in whose["without_us"][0]
    assert whose["without_us"][1].startswith("United Kingdom, 43.3%")  # mnf-u-2026 keeps the UK either way


def test_the_headline_names_the_nations_left_out_without_the_us(served: Any) -> None:
    client, _ = served
    job = _run(client, "europe-2025")
    head = html.unescape(re.sub(r"<[^>]+>", "", client.get(f"/api/runs/{job}/summary").json()["headline_html"]))
    head = re.sub(r" ?\[\d+\]", "", " ".join(head.split()))
    assert "without the US backstop, as the United Kingdom, Germany, the Netherlands and Latvia join only with one" in head
    assert "for only" not in head

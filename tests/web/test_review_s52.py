"""Session 52 (a robustness review of the web API): a nation's status, which the plan sets, was
refused as "does not set FRA's status", and the word "ruled-out" was told to be written as a
number without quotes."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reassure.present.web.app import create_app

from .conftest import TOKEN


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    (tmp_path / "plans").mkdir()
    with TestClient(create_app(tmp_path / "plans", TOKEN, workdir=tmp_path / "work"),
                    raise_server_exceptions=False) as c:
        c.cookies.set("reassure_token", TOKEN)
        yield c


def _change(client: Any, change: dict[str, Any]) -> Any:
    return client.post("/api/scenarios/europe-2025/variants",
                       json={"name": "s52-status", "changes": [{**change, "assumption": "a change for the test"}]})


def test_a_status_the_plan_sets_is_said_to_be_set_and_changed_in_the_file(client: Any) -> None:
    r = _change(client, {"path": "contributors[FRA].status", "value": 3})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "does not set" not in detail
    assert "sets FRA's status ('willing')" in detail and "change it in the scenario file" in detail


def test_a_word_given_as_a_value_is_not_told_to_drop_its_quotes(client: Any) -> None:
    r = _change(client, {"path": "contributors[GBR].status", "value": "ruled-out"})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "without quotes" not in detail and "a word such as a nation's status" in detail


def test_the_run_queue_is_bounded(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import reassure.present.web.app as web

    monkeypatch.setattr(web, "MAX_QUEUED", 2)
    answers = [client.post("/api/runs", json={"scenario": "europe-2025", "runs": 400, "seed": seed})
               for seed in range(1, 7)]
    codes = [a.status_code for a in answers]
    try:
        # at most one running and two waiting: the rest are refused, and say why
        assert codes.count(202) <= 3 and 429 in codes, codes
        refused = next(a for a in answers if a.status_code == 429).json()["detail"]
        assert "the most this page queues (2)" in refused and "cancel one" in refused
        # the same run again is answered from the queue, not refused
        again = client.post("/api/runs", json={"scenario": "europe-2025", "runs": 400, "seed": 1})
        assert again.status_code == 202 and again.json()["id"] == answers[0].json()["id"]
    finally:
        for a in answers:
            if a.status_code == 202:
                client.delete(f"/api/runs/{a.json()['id']}")

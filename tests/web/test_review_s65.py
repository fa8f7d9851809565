"""Session 65 (a newcomer analyst's test, finding 1): with a copy of europe-2025.toml in the user's
folder, the page listed no such plan and opened the shipped one by that name, yet a variant saved
from it extended the hidden copy (`extends` reads the file next to it first) and ran on its
numbers. A save that would extend another file than the plan the page opened is now refused,
naming the file and what to do; the list says what the copy still does; a plan's view names the
parent files read, with the warning where a copy stands for a shipped plan."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reassure.present.web.app import create_app
from reassure.spec._load import shipped_scenario_dir

from .conftest import TOKEN

SHIPPED = shipped_scenario_dir() / "europe-2025.toml"
CHANGE = {"path": "incidents.response_threshold", "value": 30, "unit": "min", "assumption": "tighter threshold test"}


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    """The app on a folder holding a copy of europe-2025.toml that asks for fewer troops."""
    from fastapi.testclient import TestClient

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "europe-2025.toml").write_text(SHIPPED.read_text(encoding="utf-8").replace(
        "target_troops = { low = 25000, high = 30000", "target_troops = { low = 15000, high = 20000"), encoding="utf-8")
    with TestClient(create_app(plans, TOKEN, workdir=tmp_path / "work"), raise_server_exceptions=False) as c:
        c.cookies.set("reassure_token", TOKEN)
        yield c, plans


def _save(c: Any, name: str) -> Any:
    return c.post("/api/scenarios/europe-2025/variants", json={"name": name, "changes": [CHANGE]})


def test_a_variant_of_the_shipped_plan_is_not_saved_onto_a_copy_of_it(client: tuple[Any, Path]) -> None:
    c, plans = client
    r = _save(c, "thr")
    assert r.status_code == 409, r.text
    detail = r.json()["detail"]
    assert detail.startswith(f"not saved: {plans / 'europe-2025.toml'} has the name of the shipped plan 'europe-2025'")
    assert f"rename europe-2025.toml in {plans}" in detail and "save again" in detail
    assert not (plans / "thr.toml").exists() and not [p for p in plans.iterdir() if p.name.startswith(".thr")]
    # renamed, the copy is one of the user's plans, and the variant extends the shipped plan
    (plans / "europe-2025.toml").rename(plans / "europe-copy.toml")
    assert _save(c, "thr").status_code == 201
    view = c.get("/api/scenarios/thr").json()
    assert view["extends_files"] == [str(SHIPPED.resolve())] and view["extends_warnings"] == []
    assert next(f for f in view["fields"] if f["path"] == "force.target_troops")["text"] == "25,000–30,000 troops"


def test_the_list_says_what_the_copy_still_does_and_a_plan_on_it_says_so(client: tuple[Any, Path]) -> None:
    c, plans = client
    (plans / "mine.toml").write_text('schema = 1\nextends = "europe-2025"\n', encoding="utf-8")
    [note] = c.get("/api/scenarios").json()["not_listed"]
    assert note.startswith("europe-2025.toml: a shipped plan has this name; rename the file to open it")
    assert "variants of the shipped plan europe-2025 cannot be saved here" in note
    assert "mine extends this file, not the shipped plan" in note
    view = c.get("/api/scenarios/mine").json()
    assert view["extends_files"] == [str(plans / "europe-2025.toml")]
    [said] = view["extends_warnings"]
    assert f"reads the file next to it, {plans / 'europe-2025.toml'}, not the shipped plan europe-2025" in said
    # the page shows it under the plan's head, and the parent's file in the head's tooltip
    page = c.get("/").text
    assert "extends-warnings" in page and "s.extends_warnings" in page and "read from " in page

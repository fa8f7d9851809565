"""Review s33 fault 1: an unknown or invalid setting of `run_capability` / `assess` was silently
ignored (``drawz=3`` ran with the defaults, ``detail="some"`` ran as "all"). Each is now a
`ReassureError` naming the setting, the capability and what it takes, before anything runs."""

from __future__ import annotations

import pytest

import reassure
from reassure.errors import ReassureError
from reassure.run.capabilities import Response, registry
from reassure.run.pipeline import build_inputs


def _refused(*args: object, **settings: object) -> str:
    with pytest.raises(ReassureError) as caught:
        reassure.run_capability(*args, **settings)  # type: ignore[arg-type]
    return str(caught.value)


def test_a_misspelt_setting_is_named_with_the_one_meant() -> None:
    text = _refused("force", "europe-2025", drawz=3)
    assert text == ("force takes no setting 'drawz'; did you mean 'draws'? "
                    "(force and what it needs take: draws)")


def test_a_setting_of_another_capability_says_whose_it_is() -> None:
    text = _refused("force", "europe-2025", runs=3)
    assert "force takes no setting 'runs'" in text and "a setting of incidents only" in text
    assert "monitoring and what it needs take no settings" in _refused("monitoring", "europe-2025",
                                                                        draws=5)


def test_a_capability_takes_the_settings_of_what_it_needs() -> None:
    text = _refused("incidents", "europe-2025", rns=2)
    assert "did you mean 'runs'?" in text
    assert text.endswith("(incidents and what it needs take: detail, draws, runs, workers)")


@pytest.mark.parametrize(("name", "settings", "expected"), [
    ("response", {"detail": "some"}, "response setting 'detail' must be one of 'sites' "
                                      "(the protected sites), 'all' (every theatre site) (got 'some')"),
    ("force", {"draws": -1}, "force setting 'draws' must be a whole number from 0 to 1,000,000 (got -1)"),
    ("force", {"draws": 2.0}, "(got 2.0)"),
    ("incidents", {"runs": True}, "incidents setting 'runs' must be a whole number from 1 to 1,000,000"),
    ("incidents", {"workers": 0}, "incidents setting 'workers' must be a whole number from 1 to 64"),
    ("force", {"seed": "1"}, "run_capability setting 'seed' must be a whole number >= 0"),
])
def test_a_bad_value_names_what_is_allowed(name: str, settings: dict, expected: str) -> None:
    assert expected in _refused(name, "europe-2025", **settings)


def test_registry_and_build_inputs_refuse_too() -> None:
    with pytest.raises(ReassureError) as caught:
        registry(detial="all")
    assert str(caught.value) == ("no capability takes a setting 'detial'; did you mean 'detail'? "
                                 "(the settings: detail, draws, runs, workers)")
    with pytest.raises(ReassureError, match="response setting 'detail'"):
        Response(detail="every")
    with pytest.raises(ReassureError, match="posture takes no setting 'runs'"):
        build_inputs("posture", reassure.load_scenario("europe-2025"), runs=2)


@pytest.mark.parametrize(("settings", "expected"), [
    ({"sensitivity": "no"}, "assess setting 'sensitivity' must be True or False (got 'no')"),
    ({"workers": 3}, "assess setting 'workers' must be 1 or 2 (got 3)"),
    ({"seed": 1.5}, "assess setting 'seed' must be a whole number >= 0"),
    ({"runs": 0}, "assess setting 'runs' must be a whole number from 1 to 1,000,000 (got 0)"),
])
def test_assess_refuses_a_bad_setting(settings: dict, expected: str) -> None:
    with pytest.raises(ReassureError) as caught:
        reassure.assess("europe-2025", **settings)
    assert expected in str(caught.value)


def test_the_python_api_doc_quotes_the_message() -> None:
    from pathlib import Path

    doc = " ".join((Path(__file__).resolve().parents[1] / "docs" / "python-api.md")
                   .read_text(encoding="utf-8").split())
    assert f'`ReassureError` "{_refused("force", "europe-2025", drawz=3)}"' in doc

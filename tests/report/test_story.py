"""The headline and key numbers read figures by key: a missing or renamed figure shortens the
story (another port may rename figure ids) instead of breaking the report."""

from __future__ import annotations

from typing import Any

from reassure.present.story import headline, key_numbers
from reassure.run.results import Figure, SectionResult


def _num(value: Any, refs: Any, unit: str = "", digits: int = 0, **_: Any) -> str:
    return f"{value:.{digits}f} {unit}".strip()


FORCE = SectionResult("force", "Force", figures=(
    Figure("target_troops", "Target", 30_000, 30_000, "troops"),
    Figure("deployed_total", "Best case", 30_000, 22_557, "troops"),
))


def test_headline_and_key_numbers_from_force_alone() -> None:
    text = headline(None, [FORCE], _num, True)
    assert "only with the US backstop" in text and "22557 troops" in text
    assert "Troops that can be fielded" in key_numbers(None, [FORCE], _num, "as planned")


def test_missing_figures_are_skipped_not_fatal() -> None:
    renamed = SectionResult("incidents", "Incidents", figures=(Figure("renamed_fraction", "x", 0.5, 0.4, "%"),))
    assert headline(None, [renamed], _num, True) == ""
    assert key_numbers(None, [renamed], _num, "as planned") == ""
    # a figure present with no value on one side is skipped too
    half = SectionResult("force", "Force", figures=(
        Figure("target_troops", "Target", 30_000, None, "troops"),
        Figure("deployed_total", "Best case", 30_000, 22_557, "troops"),
    ))
    assert "22557 troops" in headline(None, [half], _num, True)

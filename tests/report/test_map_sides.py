"""The interactive map shows both sides of the US question, not only the with-US plan."""

from __future__ import annotations

from typing import Any

import pytest

from reassure.present.maplibre import LEGEND, map_data
from reassure.run.results import Layer


@pytest.fixture(scope="module")
def europe() -> Any:
    import reassure

    return reassure.assess("scenarios/europe-2025.toml", runs=2, sensitivity=False)


def test_a_garrison_not_manned_without_the_us_is_marked(europe: Any) -> None:
    manned_alone = europe["posture"].without_us.n_garrisons
    data = map_data(europe.layers, europe.scenario, europe.sections)
    feats = data["garrisons"]["features"]
    flags = [f["properties"]["without_us"] for f in feats]
    # europe-2025: the force mans fewer garrisons without the US backstop
    assert True in flags and False in flags
    for f in feats:
        tip = f["properties"]["tip"]
        assert ("not manned without the US backstop" in tip) == (not f["properties"]["without_us"])
    assert sum(flags) <= manned_alone


def test_garrisons_placed_only_without_the_us_get_their_own_layer(europe: Any) -> None:
    layers = list(europe.layers)
    extra = Layer("layer-garrisons-without-us", "Garrisons placed only without the US backstop", "point",
                  ({"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
                    "properties": {"id": "x", "name": "garrison Kyiv (without the US backstop)",
                                   "label": "garrison at Kyiv, placed only without the US backstop",
                                   "covers": ""}},), ())
    data = map_data([*layers, extra], europe.scenario, europe.sections)
    assert len(data["garrisons_alone"]["features"]) == 1
    assert "placed only without the US backstop" in data["garrisons_alone"]["features"][0]["properties"]["tip"]
    assert "garrisons-alone" not in data["empty_layers"]
    # and with none, the legend row is left out rather than describing nothing
    plain = map_data(layers, europe.scenario, europe.sections)
    assert plain["empty_layers"] == ["garrisons-alone"]
    assert "garrisons-alone" in {row[0] for row in LEGEND}

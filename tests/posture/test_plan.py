"""The theatre posture: standoff rule, protectable sites, garrisons and notes; the catalogue."""

from __future__ import annotations

import math

import numpy as np
import pytest

from reassure.errors import InfeasibleError
from reassure.models.posture import plan_posture, select_candidates

DEG_KM = 6378.137 * math.pi / 180.0


def test_select_candidates_applies_the_standoff_strictly() -> None:
    c = select_candidates(["a", "b", "c", "d"], [150.0, 100.0, 20.0, 300.0], 100.0,
                          eligible=[True, True, True, False], reasons=["", "", "", "occupied"])
    assert c.ids == ("a",)
    assert "within the 100 km standoff" in c.excluded["b"]
    assert c.excluded["d"] == "occupied"


def _toy(**kw):  # noqa: ANN003, ANN202
    # five sites on the equator: a plant on the line (occupied), a city 50 km behind it, two
    # cities and a plant far behind; weights on three of them
    args = dict(
        site_ids=["plant-line", "city-near", "city-far", "plant-far", "town"],
        site_names=["Plant on line", "Near city", "Far city", "Far plant", "Town"],
        site_lonlat=[[0.0, 0.0], [0.45, 0.0], [2.0, 0.0], [2.5, 0.0], [4.0, 0.0]],
        site_line_km=[0.5, 50.0, 222.0, 278.0, 445.0],
        site_weight=[5700.0, 1000.0, 800.0, 2000.0, 0.0],
        site_protectable=[False, True, True, True, True],
        site_reason=["held by the other side", "", "", "", ""],
        standoff_km=100.0, cover_radius_km=120.0, detour_factor=1.2, n_garrisons=3,
    )
    args.update(kw)
    return plan_posture(**args)


def test_plan_posture_toy_theatre() -> None:
    r = _toy()
    d = r.to_dict()
    # city-near (50 km from the line) cannot host; its nearest candidate, city-far, is 1.55 deg
    # = 172.5 km x 1.2 = 207 road km away > 120 km: uncovered
    assert d["uncovered_sites"] == ["city-near"]
    assert set(d["covered_sites"]) == {"city-far", "plant-far"}
    # the weight of the occupied plant is reported but not in the denominator
    assert d["covered_weight_percent"] == pytest.approx(100 * 2800 / 3800)
    assert [x["id"] for x in d["not_protected"]] == ["plant-line"]
    assert any("Plant on line lies under 1 km" in n and "no garrison" in n for n in d["notes"])
    assert any(n.startswith("Near city lies 50 km") and "not covered" in n for n in d["notes"])
    # garrisons stand on the protected sites themselves (tie-break), not in the empty town
    assert {g["id"] for g in d["garrisons"]} <= {"city-far", "plant-far"}
    assert d["full_cover"]["feasible"] is False
    assert d["full_cover"]["unreachable"] == ["city-near"]
    assert d["full_cover"]["needed_radius_km"] == pytest.approx(1.55 * DEG_KM * 1.2, rel=1e-6)
    assert d["preview"]["gap_percent"] >= 0


def test_plan_posture_with_neighbour_candidate_and_existing_garrison() -> None:
    # an airfield outside the theatre, west of the line, 0.3 deg from the near city
    r = _toy(extra_ids=["XBAS"], extra_names=["Air base"], extra_lonlat=[[0.75, 0.0]],
             existing=["town"])
    d = r.to_dict()
    ids = [g["id"] for g in d["garrisons"]]
    assert "town" in ids and "XBAS" in ids
    assert d["uncovered_sites"] == []
    assert d["covered_weight_percent"] == pytest.approx(100.0)
    with pytest.raises(InfeasibleError, match="within the 100 km standoff"):
        _toy(existing=["city-near"])


def test_catalogue_every_number_is_sourced_and_sources_are_locatable() -> None:
    from reassure.spec import Quantity, walk_provenanced
    from reassure.spec.sections.posture import load_aircraft_catalogue

    cat = load_aircraft_catalogue()
    quantities = [(p, q) for p, q in walk_provenanced(cat) if isinstance(q, Quantity)]
    assert len(quantities) > 40
    for path, q in quantities:
        assert q.source or q.assumption, path
    assert all(s.url or s.file for s in cat.sources)
    assert cat.qra.readiness.in_("min") == 15
    assert {"a400m", "c17", "c130j"} <= set(cat.type_ids("airlift"))
    assert cat.get("fighters", "typhoon").combat_radius.in_("km") == 1389


def test_scenario_aircraft_types_must_exist() -> None:
    from pydantic import ValidationError

    from reassure.spec.sections.posture import AirBaseUse

    q = {"value": 1, "unit": "aircraft", "assumption": "x"}
    with pytest.raises(ValidationError, match="did you mean 'typhoon'"):
        AirBaseUse.model_validate({"base": "EPRZ", "type": "typhon", "aircraft": q,
                                   "readiness": {"value": 15, "unit": "min", "assumption": "x"}})


def test_europe_2025_posture_report() -> None:
    from reassure.run.capabilities import posture_report, registry
    from reassure.run.pipeline import run_capabilities
    from reassure.spec import load_scenario

    done = run_capabilities(load_scenario("europe-2025"), registry(), ["response"])
    r = posture_report(done["posture"], done["response"])
    for plant in ("rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp"):
        assert plant in r["covered_sites"]
    assert "znpp" not in r["covered_sites"] and "znpp" not in r["uncovered_sites"]
    assert [x["id"] for x in r["not_protected"] if x["weight"] > 0] == ["znpp"]
    assert any(n.startswith("Zaporizhzhia NPP") and "standoff" in n for n in r["notes"])
    # floor(30,000 (the high end force generation plans for) x 0.45 / 1,800) = 7 (issue 12)
    assert np.isclose(r["n_garrisons"], 7)
    # Without the US backstop GBR, NLD and DEU stay out: 14,224 troops fieldable at best,
    # floor(14,224 x 0.45 / 1,800) = 3 garrisons, planned afresh (review r5: not the with-US plan)
    assert r["without_us"]["n_garrisons"] == 3 and r["without_us"]["fieldable_troops"] == 14_224
    assert len(r["without_us"]["garrisons"]) <= 3 < len(r["garrisons"])
    assert set(r["without_us"]["uncovered_sites"]) == {"kyiv", "port-odesa"}
    sites = {x["site"]: x for x in r["site_response_h"]}
    alone = {x["site"]: x for x in r["without_us"]["site_response_h"]}
    # the US F-16s in Romania make South Ukraine NPP faster to reach by air; never slower
    assert sites["south-ukraine-npp"]["air"] < alone["south-ukraine-npp"]["air"]
    assert all(sites[s]["air"] <= alone[s]["air"] for s in sites if alone[s]["air"] is not None)
    troops = [b["troops"] for b in r["buildup"]]
    assert troops == sorted(troops) and troops[-1] > 0

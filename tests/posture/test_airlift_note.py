"""The note on `buildup_if_us_airlift` says why the US aircraft add nothing when the curves match."""

from __future__ import annotations

from types import SimpleNamespace

from reassure.run.capabilities import us_airlift_note

CURVE = [{"day": 1, "troops": 0.0}, {"day": 2, "troops": 3155.2}]
FASTER = [{"day": 1, "troops": 1000.0}, {"day": 2, "troops": 5000.0}]


def _inputs(rate: float, rate_lifted: float, mog: float | None = 4.0) -> SimpleNamespace:
    europe = {"airlift_troops_per_day": rate} | ({"max_on_ground_aircraft": mog} if mog else {})
    lifted = {"airlift_troops_per_day": rate_lifted} | ({"max_on_ground_aircraft": mog} if mog else {})
    return SimpleNamespace(buildup=SimpleNamespace(detail=europe),
                           buildup_if_us_airlift=SimpleNamespace(detail=lifted))


def test_equal_curves_name_the_full_airfield() -> None:
    note = us_airlift_note({"buildup": CURVE, "buildup_if_us_airlift": list(CURVE)},
                           _inputs(3155.2, 3155.2))
    assert "would add" not in note
    assert "add nothing here" in note
    assert "limit of 4 aircraft on the ground" in note
    assert "already filled by European aircraft" in note


def test_equal_curves_with_more_lift_blame_readiness() -> None:
    note = us_airlift_note({"buildup": CURVE, "buildup_if_us_airlift": list(CURVE)},
                           _inputs(3155.2, 6000.0))
    assert "add nothing here" in note and "not ready to move any sooner" in note
    assert "on the ground" not in note


def test_different_curves_say_what_the_us_adds() -> None:
    note = us_airlift_note({"buildup": CURVE, "buildup_if_us_airlift": FASTER},
                           _inputs(3155.2, 6000.0))
    assert note.endswith("shows what the US aircraft listed would add")


def test_europe_2025_posture_says_the_us_airlift_adds_nothing(run_cli) -> None:  # noqa: ANN001
    import json

    out = run_cli("posture", "europe-2025", "--format", "json")
    assert out.exit_code == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["buildup_if_us_airlift"] == d["buildup"]
    note = next(n for n in d["notes"] if "buildup_if_us_airlift" in n)
    assert "would add" not in note
    assert "limit of 4 aircraft on the ground" in note
    assert d["buildup_detail"]["max_on_ground_aircraft"] == 4

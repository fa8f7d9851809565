"""The note under the build-up says, for a reader, whose build-up it is and why US airlift would
or would not speed it (no internal key names such as `buildup_if_us_airlift`)."""

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
    assert "would land troops sooner" not in note
    assert "US airlift would not speed it" in note
    assert "already takes its limit of 4 aircraft on the ground" in note
    assert "`" not in note and "buildup_if_us_airlift" not in note


def test_note_says_whose_build_up_it_is() -> None:
    close = [{"troops": 5000.0, "day": 7}, {"troops": 8000.0, "day": 21}]
    note = us_airlift_note({"buildup": CURVE, "buildup_if_us_airlift": list(CURVE), "buildup_close": close},
                           _inputs(3155.2, 3155.2))
    # review s33: names the build-up rather than "the build-up above" (a note in the report's list)
    assert note.startswith("The outside support force's build-up (troops in theatre by day)")
    assert "first echelon of 5,000 troops arrives by day 7" in note
    assert "not the reassurance force itself" in note


def test_equal_curves_with_more_lift_blame_readiness() -> None:
    note = us_airlift_note({"buildup": CURVE, "buildup_if_us_airlift": list(CURVE)},
                           _inputs(3155.2, 6000.0))
    assert "would not speed it" in note and "not ready to move any sooner" in note
    assert "on the ground" not in note


def test_different_curves_say_what_the_us_adds() -> None:
    note = us_airlift_note({"buildup": CURVE, "buildup_if_us_airlift": FASTER},
                           _inputs(3155.2, 6000.0))
    assert "would land troops sooner" in note and "would not speed it" not in note


def test_europe_2025_posture_says_the_us_airlift_adds_nothing(run_cli) -> None:  # noqa: ANN001
    import json

    out = run_cli("posture", "europe-2025", "--format", "json")
    assert out.exit_code == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["buildup_if_us_airlift"] == d["buildup"]
    note = next(n for n in d["notes"] if "US airlift" in n)
    assert "would not speed it" in note
    # (review s51 4: with that day's count, follow-on forces included, where it is more)
    assert "as many troops as its first echelon, 5,000, are in theatre by day 7 (6,310 that day, " \
        "follow-on forces included)" in note
    assert "limit of 4 aircraft on the ground" in note
    assert d["buildup_detail"]["max_on_ground_aircraft"] == 4

"""Review: setting a switch or a status to the value it already has (the US backstop's `isr`
true -> true, a contributor's status 'willing' -> 'willing') was recorded as a change
("changed in code: isr true -> true"), dropped the item's sources and marked the plan
"(modified in code)". A no-op override changes nothing: no record, no new title, the same
provenance; a real change beside it is recorded alone."""

from __future__ import annotations

import reassure
from reassure.spec import Quantity
from reassure.spec._overrides import MODIFIED

REASON = "a variant that restates the plan as it is"


def test_a_switch_set_to_its_own_value_is_no_change() -> None:
    plan = reassure.load_scenario("europe-2025")
    assert plan.us_backstop.isr is True
    same = plan.with_overrides({"us_backstop.isr": True}, assumption=REASON)
    assert same.us_backstop == plan.us_backstop  # its assumption and sources as the file has them
    assert "changed in code" not in (same.us_backstop.assumption or "")
    assert same.title == plan.title and not same.title.endswith(MODIFIED)
    assert same.overrides == ()
    assert same == plan


def test_a_status_set_to_its_own_value_keeps_its_sources_and_records_nothing() -> None:
    plan = reassure.load_scenario("no-us-backstop")
    ltu = next(c for c in plan.contributors if c.nation == "LTU")
    assert ltu.status == "willing" and ltu.source
    same = plan.with_overrides({"contributors[LTU].status": "willing"}, assumption=REASON)
    after = next(c for c in same.contributors if c.nation == "LTU")
    assert after == ltu and after.source == ltu.source and "changed in code" not in (after.assumption or "")
    assert same.title == plan.title and same.overrides == ()


def test_a_number_set_to_the_number_it_holds_is_no_change() -> None:
    plan = reassure.load_scenario("europe-2025")
    tour, target = plan.force.tour, plan.force.target_troops
    assert tour.value is not None and target.value is None and target.low is not None
    same = plan.with_overrides({"force.tour": tour.value, "force.target_troops": (target.low, target.high)},
                               assumption=REASON)
    assert same.force.tour == tour and same.force.target_troops == target
    assert same.title == plan.title and same.overrides == ()
    # a Quantity of the same number with a provenance of its own changes what it rests on: recorded
    sid = plan.sources[0].id
    resourced = plan.with_overrides({"force.tour": Quantity(value=tour.value, unit=tour.unit, source=(sid,))},
                                    assumption=REASON)
    assert resourced.force.tour.source == (sid,) and resourced.title.endswith(MODIFIED)
    assert [o["path"] for o in resourced.overrides] == ["force.tour"]


def test_only_the_real_change_beside_a_no_op_is_recorded() -> None:
    plan = reassure.load_scenario("no-us-backstop")
    assert plan.us_backstop.isr is False and plan.us_backstop.air_defence is False
    new = plan.with_overrides({"us_backstop.isr": True, "us_backstop.air_defence": False,
                               "contributors[LTU].status": "willing"}, assumption=REASON)
    assert new.title == plan.title + MODIFIED
    assert [o["path"] for o in new.overrides] == ["us_backstop.isr"]
    assert "changed in code: isr false -> true)" in new.us_backstop.provenance_of("isr").assumption
    assert set(new.us_backstop.switch_provenance) == {"isr"}
    assert new.us_backstop.assumption == plan.us_backstop.assumption
    ltu = next(c for c in new.contributors if c.nation == "LTU")
    assert ltu == next(c for c in plan.contributors if c.nation == "LTU")  # status and sources kept


def test_a_switch_is_not_the_number_one() -> None:
    import pytest

    from reassure.errors import ReassureError

    plan = reassure.load_scenario("europe-2025")
    with pytest.raises(ReassureError):  # still refused as a file's `isr = 1` is, not taken as `true`
        plan.with_overrides({"us_backstop.isr": 1}, assumption=REASON)

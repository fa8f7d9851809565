"""Scenario section `[incidents]`: how the ceasefire is tested, and what counts as in time.

The table feeds :mod:`reassure.models.incidents` (through ``reassure.bridge.incidents``):

* ``types``: the kinds of incident, where they happen (along the line, or at the protected
  sites of ``[posture]``), how long they stay observable, whether they call for a unit and which
  kinds of unit may answer, and how long each kind stays on scene;
* ``regimes``: the ceasefire's states (holding, eroding, breaking down) as a Markov chain over
  days: the mean stay in each, where it goes next, and the rate of each type while in it;
* ``dispersion``: the gamma shape of the line-wide daily intensity (negative-binomial counts);
* the response threshold (``response_threshold``), how long a call may wait (``max_wait``), how calls get units
  (``dispatch``: first come, first served, or triage by the response threshold),
  reporting latency, QRFs per garrison, responses the outside support force can send at once,
  and the horizon of one replication.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from reassure.spec._quantity import Dim, Model, Quantity

__all__ = ["RESPONDER_KINDS", "IncidentSpec", "IncidentTypeSpec", "RegimeSpec"]

#: Kinds of responder, as in :data:`reassure.models.incidents.UNIT_KINDS`.
RESPONDER_KINDS = ("ground_qrf", "helicopter", "air", "outside_support")

Responder = Literal["ground_qrf", "helicopter", "air", "outside_support"]


class IncidentTypeSpec(Model):
    """One kind of incident."""

    id: str = Field(description="short name, e.g. `violation`, `strike`, `incursion`")
    where: Literal["line", "sites"] = Field(
        default="line",
        description="`line`: along the contact line, rates per km; `sites`: at the protected "
        "sites of [posture], rates per day, shared by site weight",
    )
    duration: Annotated[Quantity, Dim("time", ge=0)] = Field(
        description="how long it stays observable by a sensor pass"
    )
    response: bool = Field(description="whether a detected incident calls for a unit")
    self_reported: bool = Field(
        default=False,
        description="known without a sensor pass, after the reporting latency (a strike on a "
        "site is reported by the site)",
    )
    responders: tuple[Responder, ...] = Field(
        default=(), description="kinds of unit that may answer: ground_qrf, helicopter, air, "
        "outside_support"
    )
    on_scene: dict[Responder, Annotated[Quantity, Dim("time", ge=0)]] = Field(
        default_factory=dict,
        description="mean time on scene by kind of unit (exponentially distributed)",
    )

    @model_validator(mode="after")
    def _consistent(self) -> IncidentTypeSpec:
        if self.response and not self.responders:
            raise ValueError("calls for a response but names no `responders`")
        missing = [r for r in self.responders if r not in self.on_scene]
        if missing:
            raise ValueError(f"needs `on_scene` for {', '.join(missing)}")
        return self


class RegimeSpec(Model):
    """One state of the ceasefire."""

    id: str = Field(description="short name, e.g. `holding`, `eroding`, `breaking_down`")
    initial: Annotated[Quantity, Dim("fraction", ge=0, le=1)] = Field(
        description="probability that a replication starts in this regime"
    )
    mean_duration: Annotated[Quantity, Dim("time", ge=24)] = Field(
        description="mean stay in the regime (at least a day: the chain steps daily)"
    )
    next: dict[str, Annotated[Quantity, Dim("fraction", ge=0, le=1)]] = Field(
        default_factory=dict,
        description="where the regime goes when it ends: regime id -> probability (sum 1)",
    )
    rates: dict[str, Annotated[Quantity, Dim(("rate", "rate_per_km"), ge=0)]] = Field(
        description="incidents of each type while in this regime: type id -> rate (per km per "
        "day for `line` types, per day for `sites` types)"
    )


class IncidentSpec(Model):
    """Ceasefire incidents, how they are answered, and the response threshold."""

    response_threshold: Annotated[Quantity, Dim("time", gt=0)] = Field(
        description="response threshold: a call counts as answered in time if its first unit is "
        "on scene within this long of the incident being reported")
    horizon: Annotated[Quantity, Dim("time", ge=24)] | None = Field(
        default=None, description="days simulated in one replication (default 90 days)"
    )
    max_wait: Annotated[Quantity, Dim("time", ge=0)] | None = Field(
        default=None,
        description="a call that would wait longer than this for a free in-theatre unit is "
        "escalated to the outside support force, or unanswered without one (default: it waits "
        "however long it takes)",
    )
    dispatch: Literal["first_come", "in_time"] = Field(
        default="in_time",
        description="how calls get units: `in_time` (triage, the default: an in-theatre unit is "
        "sent only to a call it can reach within the response threshold; a call none reaches in "
        "time is passed at once to the outside support force) or `first_come` (every call waits "
        "for the in-theatre unit free first, however late it will arrive, up to `max_wait`)",
    )
    report_latency: Annotated[Quantity, Dim("time", ge=0)] | None = Field(
        default=None, description="from detection to a report that can task a unit (default 0)"
    )
    dispersion: Annotated[Quantity, Dim("ratio", gt=0)] | None = Field(
        default=None,
        description="gamma shape k of the line-wide daily intensity: counts are negative "
        "binomial with variance m + m^2/k (default: Poisson)",
    )
    qrf_per_garrison: Annotated[Quantity, Dim("count", ge=0)] | None = Field(
        default=None, description="ground QRFs on call at each garrison (default 1)"
    )
    support_force_responses: Annotated[Quantity, Dim("count", ge=0)] | None = Field(
        default=None,
        description="company-sized responses the outside support force can send at once once "
        "activated, each an escalation unit; its readiness is paid once per activation "
        "(default 1)",
    )
    types: tuple[IncidentTypeSpec, ...] = Field(description="kinds of incident")
    regimes: tuple[RegimeSpec, ...] = Field(description="ceasefire regimes (Markov chain over days)")

    @model_validator(mode="after")
    def _consistent(self) -> IncidentSpec:
        type_ids = [t.id for t in self.types]
        regime_ids = [r.id for r in self.regimes]
        for what, ids in (("types", type_ids), ("regimes", regime_ids)):
            if not ids:
                raise ValueError(f"{what}: needs at least one entry")
            if len(ids) != len(set(ids)):
                raise ValueError(f"{what}: an id is used twice")
        where = {t.id: t.where for t in self.types}
        initial = sum(r.initial.in_("fraction") for r in self.regimes)
        if abs(initial - 1.0) > 1e-6:
            raise ValueError(f"regimes: `initial` must sum to 1 over the regimes (got {initial:g})")
        for i, r in enumerate(self.regimes):
            unknown = sorted(set(r.rates) - set(type_ids))
            if unknown:
                raise ValueError(f"regimes[{i}].rates: unknown type {unknown[0]!r} "
                                 f"(types: {', '.join(type_ids)})")
            # review s37 1: a type left out of a regime's `rates` was read as rate 0 without a
            # word; a rate of 0 is a claim like any other, so it is written (with its reason)
            missing = [t for t in type_ids if t not in r.rates]
            if missing:
                unit = "1/km/day" if where[missing[0]] == "line" else "1/day"
                raise ValueError(
                    f"regimes[{i}].rates gives no rate for type {missing[0]!r}"
                    f"{' (nor ' + ', '.join(repr(m) for m in missing[1:]) + ')' if missing[1:] else ''}: "
                    f"every type needs a rate in every regime; write {missing[0]} = "
                    f'{{ value = 0, unit = "{unit}", assumption = "..." }} if it does not occur here')
            for tid, q in r.rates.items():
                want = "rate_per_km" if where[tid] == "line" else "rate"
                if q.dimension != want:
                    unit = "1/km/day" if want == "rate_per_km" else "1/day"
                    raise ValueError(f"regimes[{i}].rates.{tid}: a `{where[tid]}` type needs a "
                                     f"rate in {unit} (got unit {q.unit!r})")
            bad = sorted(set(r.next) - set(regime_ids))
            if bad:
                from reassure.errors import did_you_mean

                hint = did_you_mean(bad[0], regime_ids) or f" (regimes: {', '.join(regime_ids)})"
                raise ValueError(f"regimes[{i}].next: unknown regime {bad[0]!r}{hint}")
            if len(self.regimes) > 1:
                total = sum(q.in_("fraction") for q in r.next.values())
                if abs(total - 1.0) > 1e-6:
                    raise ValueError(f"regimes[{i}].next: probabilities must sum to 1 "
                                     f"(got {total:g})")
        return self

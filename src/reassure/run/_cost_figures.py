"""The three cost figures every costed component reports (yearly operating cost low and high,
capital cost), in EUR million, with and without the US backstop."""

from __future__ import annotations

from typing import Any

from reassure.run.results import Figure, Setting

__all__ = ["capital_note", "capital_said", "cost_figures", "eur_m", "no_price"]


def eur_m(x: float | None) -> float | None:
    """Euros as EUR million, unrounded (``None`` stays ``None``): a figure is stored as computed
    and rounded once where it is shown (`reassure.run.results.Figure`; review: 241.48 stored as
    241.5 read "242" in figures.csv).

    >>> eur_m(241_475_000.0), eur_m(None)
    (241.475, None)
    """
    return None if x is None else x / 1e6


def no_price(assets: str, fields: str) -> str:
    """Why a capital figure is n/a (review s33: "Capital: purchase cost of those aircraft" read
    n/a in mnf-u-2026 without saying that no price was given), in the plan's report and in compare.

    >>> no_price("aircraft", "air_policing.platforms[*].capital_cost")
    'no purchase price is given for the aircraft (air_policing.platforms[*].capital_cost), so their capital cost is n/a'
    """
    return f"no purchase price is given for the {assets} ({fields}), so their capital cost is n/a"


def capital_note(assets: str, fields: str, with_us: float | None, without_us: float | None) -> tuple[str, ...]:
    """The section note that says why its capital figure is n/a, where it is on both sides."""
    if with_us is None and without_us is None:
        return (f"Capital: {no_price(assets, fields)}.",)
    return ()


def capital_said(fig: Figure, clause: str, setting: str) -> Figure:
    """A capital figure with ``clause`` closing its label (review s50: what it prices, or leaves out
    for want of a price), and the same words as its `Setting` (``setting`` its row's label) for a
    table of several plans, whose shared label keeps the words without it (`Figure.common_label`);
    ``fig`` as it is where ``clause`` is "".

    >>> f = capital_said(Figure("capital_cost_eur_m", "Capital", 1.0, 1.0), "frigates only", "what it prices")
    >>> f.label, f.common_label, f.setting.text
    ('Capital; frigates only', 'Capital', 'frigates only')
    """
    import dataclasses

    if not clause:
        return fig
    return dataclasses.replace(fig, label=f"{fig.label}; {clause}", common_label=fig.common_label or fig.label,
                               setting=fig.setting or Setting(setting, clause))


def cost_figures(component: str, cost_basis: str, assets: str, with_us: Any, without_us: Any,
                 refs: tuple[str, ...], capital_refs: tuple[str, ...] | None = None) -> tuple[Figure, Figure, Figure]:
    """Figures ``cost_per_year_low_eur_m``, ``cost_per_year_high_eur_m`` and ``capital_cost_eur_m``
    of a component result with ``operating_cost_eur_per_year_low/high`` and ``capital_cost_eur``.

    ``component`` names it in the labels ("Air"), ``cost_basis`` says how the yearly cost is
    counted ("flying hours x cost per hour"), ``assets`` what the capital buys ("aircraft").
    ``refs`` are what the yearly cost reads, ``capital_refs`` what the capital reads (the assets
    held and their price; ``refs`` when not given).
    """
    r, a = with_us, without_us
    return (
        Figure("cost_per_year_low_eur_m", f"{component} operating cost a year, low ({cost_basis})",
               eur_m(r.operating_cost_eur_per_year_low), eur_m(a.operating_cost_eur_per_year_low), "EUR million/year",
               refs, 1),
        Figure("cost_per_year_high_eur_m", f"{component} operating cost a year, high ({cost_basis})",
               eur_m(r.operating_cost_eur_per_year_high), eur_m(a.operating_cost_eur_per_year_high), "EUR million/year",
               refs, 1),
        Figure("capital_cost_eur_m", f"Capital: purchase cost of those {assets}, the midpoint of each price range given (not in the "
               "yearly cost)",
               eur_m(r.capital_cost_eur), eur_m(a.capital_cost_eur), "EUR million",
               refs if capital_refs is None else capital_refs, 0),
    )

"""Terminal tables of the model commands (`reassure force`, `posture`, `respond`, `monitor`,
`incidents`): each prints the report data its capability gives (``Outcome.to_dict()``)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from reassure.models.forcegen.explanation import AT_START_WHY
from reassure.present.output import styled
from reassure.vocabulary import plural, years_span, years_text

if TYPE_CHECKING:
    from reassure.run.results import SectionResult, Setting

__all__ = ["few_runs_caveat", "force_verdict_lines", "print_force", "print_incidents", "print_monitor", "print_posture", "print_respond",
           "print_sensitivity", "respond_reach_table", "swing_text"]


def _table(title: str, columns: Sequence[str], *, left: Collection[str] | None = None,
           row_ids: bool = True, words: Collection[str] = (), units: Mapping[str, str] | None = None) -> Any:
    """A rich table titled on the left: the columns named in ``left`` are left-justified and the
    others right-justified (all left when ``left`` is None). Print it with `_show`.

    ``units``: the unit of a column's numbers, by column (``{"pool": "troops"}``), in its header
    (``pool (troops)``) and, where `_show` prints one block per row, after each value
    (``pool: 30,000 troops``) (review s65 5: the blocks read "cap: 10,000; pool: 30,000").

    A cell is never split inside a number (s32 review 1: "0.7" over "4" at 80 columns): the
    first column (with ``row_ids``, identifiers: a nation, site, group) and every column not
    named in ``words`` hold numbers or single terms and never wrap; the columns named in
    ``words`` (lists of names, terms) and, without ``row_ids``, the first column (labels) wrap
    between words only. Headers wrap between words. No cell is ever truncated with an ellipsis."""
    from rich.table import Table

    table: Any = Table(title=title, title_justify="left")
    units = units or {}
    for col in columns:
        table.add_column(f"{col} ({units[col]})" if col in units else col,
                         justify="left" if left is None or col in left else "right", overflow="fold")
    # each column's header and unit as a block writes them (`_show`)
    table.block_heads = [(col, units.get(col, "")) for col in columns]
    # the columns whose cells may wrap between their words: `_show` reads it
    table.wrapping = frozenset(i for i, col in enumerate(columns) if col in words or (i == 0 and not row_ids))
    return table


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


def _narrowest(table: Any) -> list[int]:
    """Each column's narrowest width (characters, padding left out) at which no cell of it is
    split inside a number or a word: its header's longest word, and its longest cell, or in a
    column that wraps (`_table`'s ``words``), its longest word."""
    out = []
    for i, col in enumerate(table.columns):
        cells = [str(c) for c in col._cells]
        longest = _longest_word if i in table.wrapping else len
        out.append(max([_longest_word(str(col.header)), *(longest(c) for c in cells)]))
    return out


def table_width(table: Any) -> int:
    """The terminal width (characters) ``table`` needs for no cell to split a number or a word."""
    return sum(w + table._get_padding_width(i) for i, w in enumerate(_narrowest(table))) + table._extra_width


def _show(con: Any, table: Any, row: str = "row") -> None:
    """Print ``table`` on ``con`` when its columns fit at their narrowest (`table_width`); else,
    as `compare` does with its side-by-side table, say the terminal is too narrow and print one
    block per ``row``: its first cell, then each column's header and value, a value never split
    (s32 review 1: at 80 columns the fleet table split "0.74" over two lines)."""
    narrowest = _narrowest(table)
    needed = table_width(table)
    if needed <= con.width:
        pads = sum(table._get_padding_width(i) for i in range(len(table.columns)))
        room = con.width - table._extra_width - pads
        widest = [max([len(str(col.header)), *(len(str(c)) for c in col._cells)]) for col in table.columns]
        if sum(widest) > room:
            # Too narrow for every cell on one line: rich would shrink the widest columns first,
            # below what keeps a number whole. Each column gets its narrowest width here, and
            # the room left is shared in proportion to what each needs for one line.
            spare, slack = room - sum(narrowest), [w - n for w, n in zip(widest, narrowest, strict=True)]
            widths = [n + spare * s // sum(slack) for n, s in zip(narrowest, slack, strict=True)]
            for col, w in zip(table.columns, widths, strict=True):
                col.width = w
        con.print(table)
        return
    from rich.text import Text

    if table.title:
        con.print(Text(str(table.title), style="italic"))
    con.print(f"The terminal is too narrow for this table ({needed} columns); one block per {row} below: "
              "widen the terminal for the table, or use --format json.")
    heads = getattr(table, "block_heads", None) or [(str(c.header), "") for c in table.columns]
    for cells in zip(*(col._cells for col in table.columns), strict=True):
        head, *rest = (str(c) for c in cells)
        con.print(Text(head, style="bold"))
        pairs = [(h, f"{v} {unit}" if unit else v) for (h, unit), v in zip(heads[1:], rest, strict=True) if v]
        for line in _pack(pairs, con.width - 4):
            con.print("    " + line)


def _pack(pairs: Sequence[tuple[str, str]], width: int, sep: str = "; ") -> list[str]:
    """Each ``(header, value)`` as ``header: value``, joined with ``sep`` into lines of at most
    ``width`` characters, a pair never split; a pair longer than a line gives its header a line
    (wrapped between words) and its value the next, whole.

    >>> _pack([("ab", "1"), ("cd", "2.5"), ("ef", "10")], 14)
    ['ab: 1; cd: 2.5', 'ef: 10']
    >>> _pack([("a long header", "10 troops")], 14)
    ['a long header:', '  10 troops']
    """
    lines: list[str] = []
    for header, value in pairs:
        item = f"{header}: {value}" if header else value
        if len(item) > width and header:
            lines += [f"{header}:", f"  {value}"]
        elif lines and len(lines[-1]) + len(sep) + len(item) <= width and not lines[-1].endswith(":"):
            lines[-1] += sep + item
        else:
            lines.append(item)
    return lines


def _span(low: Any, high: Any, text: Callable[[Any], str]) -> str:
    """``low-high`` in words, or one value where the two are the same (a point is shown as a
    point: "20 years", not "20-20 years"; s13 review 11).

    >>> _span(20, 20, lambda y: f"{y:g}"), _span(20, 30, lambda y: f"{y:g}")
    ('20', '20-30')
    """
    a, b = text(low), text(high)
    return a if a == b else f"{a}-{b}"


def _eur(v: float) -> str:
    """Money as the report writes it, the currency first and the scale in words, to three
    significant figures (s32 review 5: the cost over the horizon read "EUR 183.92 billion").

    Under a billion in millions, as the report writes a cost kept in billions (review s40: the
    100-troop plan's cost over its horizon read "EUR 0.34 billion-EUR 0.70 billion" here and
    "EUR 345–698 million" in its report):

    >>> _eur(5.0612e9), _eur(6.9e8), _eur(4.2e7), _eur(183.92e9)
    ('EUR 5.06 billion', 'EUR 690 million', 'EUR 42 million', 'EUR 184 billion')
    """
    from reassure.present.report import value_text

    if abs(v) >= 1e9:
        return f"EUR {value_text(v / 1e9, '', 2, estimate=True)} billion"
    return f"EUR {value_text(v / 1e6, '', 0, estimate=True)} million"


def _people(n: float) -> str:
    """A head count the model estimates (people who serve over a horizon), to three
    significant figures as `assess` writes it.

    >>> _people(782_920), _people(1_174_380)
    ('783,000', '1,170,000')
    """
    from reassure.present.report import value_text

    return value_text(n, "", 0, estimate=True)


_WITHOUT_US = "without the US backstop: "


def force_verdict_lines(report: dict[str, Any]) -> list[str]:
    """The force verdicts, with and without the US backstop. A plan with no US enabler has one
    case only: its verdict once, labelled as `assess` labels it (review s12 9).

    >>> force_verdict_lines({"us_backstop": False, "verdict": "without the US backstop: ok",
    ...                      "without_us": {"verdict": "without the US backstop: ok"}})
    ['as planned (no US backstop): ok']
    >>> force_verdict_lines({"us_backstop": True, "verdict": "with the US backstop: ok",
    ...                      "without_us": {"verdict": "without the US backstop: short"}})
    ['with the US backstop: ok', 'without the US backstop: short']
    """
    planned, alone = str(report["verdict"]), str(report["without_us"]["verdict"])
    if report.get("us_backstop", True):
        return [planned, alone]
    return ["as planned (no US backstop): " + planned.removeprefix(_WITHOUT_US)]


#: The contributors table's cost column is the low end of each nation's cost per troop-year
#: (review 19 #7: headed "cost/yr", it read as the cost); the Cost line gives the range.
COST_COLUMN = "cost/yr (low)"
COST_COLUMN_NOTE = (
    f"{COST_COLUMN}: deployed troops x the low end of the nation's cost per troop-year (its own "
    "cost_per_troop_year, else its row of data/costs.toml, else force.cost_per_troop_year, else the "
    "data/costs.toml default); the Cost line below gives the low-high range"
)


def _chance(participation: dict, side: dict) -> str:
    """The chance the target is fielded, or why it is 0 by construction (review s38: a best case
    below the target read "0.0%" as if the draws had found it)."""
    if side["capacity_troops"] < side["target_troops"]:
        return (f"0% (not reachable: the best case, {side['capacity_troops']:,} troops, is below "
                f"{side['target_troops']:,})")
    return f"{participation['p_target_met']:.1%}"


def print_force(report: dict[str, Any], names: dict[str, str] | None = None) -> None:
    """The force tables; ``names`` (nation code -> name) writes the sentences with the nations'
    names, as the report does (the narrow ``nation`` column keeps its codes)."""
    from reassure.present.output import console
    from reassure.present.story import nation_names

    def words(text: str) -> str:
        return nation_names(text, names or {})

    con = console()
    wus, nus = report, report["without_us"]
    _print_force_verdicts(con, report, words)
    # A cost is one figure: never split "EUR 1.03" from "billion" (s13 review 11): `_show`
    # keeps every value cell whole.
    _show(con, _contributors_table(wus, nus), "nation")
    con.print(COST_COLUMN_NOTE)
    _show(con, _roles_table(wus, nus), "role")
    _print_rotation(con, wus, nus)
    _print_binding_limits(con, wus, words)
    _print_politics(con, wus, nus)
    if wus["enablers"]:
        _show(con, _enablers_table(wus, nus), "enabler")
    _print_force_cost(con, report, wus, nus)
    _print_force_notes(con, report, words)


def _print_force_verdicts(con: Any, report: dict[str, Any], words: Callable[[str], str]) -> None:
    """The title line with the target, each side's verdict, and the low end of a target range."""
    con.print(styled("[bold]reassure force {}[/bold]: target {} deployed troops",
                     report["scenario"], f"{report['target_troops']:,}"))
    for line in force_verdict_lines(report):
        con.print(f"  {words(line)}")
    if "target_low" in report:
        lo = report["target_low"]
        low_end = (f"  low end of the target ({lo['target_troops']:,}): deployed {lo['deployed_total']:,}, "
                   f"chance of fielding it {lo['p_target_met']:.0%}")
        con.print(low_end + (f" with the US, {lo['without_us']['deployed_total']:,} and "
                             f"{lo['without_us']['p_target_met']:.0%} without"
                             if report.get("us_backstop", True) else " (no US backstop)"))


def _contributors_table(wus: dict[str, Any], nus: dict[str, Any]) -> Any:
    """One row per nation that may take part (deployed without the US beside), then the total."""
    from reassure.present.headers import cell_words

    nations = _table(
        "Contributors (plan: every nation that may take part joins)",
        ("nation", "status", "P(join)", "cap", "deployed", "pool", "share of army", "limit", "no US",
         COST_COLUMN),
        left=("nation", "status", "limit"), words=("status", "limit"),
        units=dict.fromkeys(("cap", "deployed", "pool", "no US"), "troops"),
    )
    nus_by = {n["nation"]: n for n in nus["nations"]}
    for n in wus["nations"]:
        nations.add_row(
            n["nation"],
            # in words ("conditional parliament"), so the column wraps between them
            n["status"].replace("_", " ").replace("-", " "),
            f"{n['p_join']:.0%}",
            f"{n['cap_troops']:,}",
            f"{n['deployed']:,}",
            f"{n['pool']:,.0f}",
            f"{n['share_of_army']:.1%} / {n['sustainable_share']:.0%}",
            # a nation's own figure in the report's words (review s51); the other kinds as before
            cell_words(limit) if "national_plan" in (limit := n["limited_by"] or "") else limit.replace("_", " "),
            f"{nus_by[n['nation']]['deployed']:,}",
            _eur(n["cost_eur_per_year"]["low"]) if n["deployed"] else "",
        )
    nations.add_row(
        "total",
        "",
        "",
        "",
        f"{wus['deployed_total']:,}",
        f"{wus['pool_total']:,.0f}",
        "",
        "",
        f"{nus['deployed_total']:,}",
        "",
    )
    return nations


def _roles_table(wus: dict[str, Any], nus: dict[str, Any]) -> Any:
    """Each role's target, troops deployed and shortfall, and its shortfall without the US."""
    roles = _table("Roles (troops)", ("role", "target", "deployed", "short", "short without US"), left=("role",))
    for role, target in wus["role_targets"].items():
        roles.add_row(
            role,
            f"{target:,}",
            f"{wus['deployed_by_role'][role]:,}",
            f"{wus['shortfall_by_role'][role]:,}",
            f"{nus['shortfall_by_role'][role]:,}",
        )
    return roles


def _print_rotation(con: Any, wus: dict[str, Any], nus: dict[str, Any]) -> None:
    """Units per deployed soldier, the rotation pool and the capacity within the limits."""
    from reassure.run.section_force import NO_ROTATION, rotation_ratio

    ratio = rotation_ratio(wus)
    con.print(
        f"Units per deployed: {'n/a' if ratio is None else f'{ratio:.2f}'}; rotation pool "
        f"{wus['pool_total']:,.0f} troops; capacity within the stated limits "
        f"{wus['capacity_troops']:,} troops ({nus['capacity_troops']:,} without the US)"
    )
    if ratio is None:
        con.print(f"note: {NO_ROTATION}")


def _print_binding_limits(con: Any, wus: dict[str, Any], words: Callable[[str], str]) -> None:
    """The eight limits that bind hardest, then the six smallest relaxations that close the gap,
    each list of the plan as planned and saying so, and how many more JSON lists (review s65 2:
    the relaxations named no case and stopped at six of 13 without a word)."""
    case = "with the US backstop" if wus.get("us_backstop", True) else "as planned, no US backstop"
    con.print(styled("[bold]Binding limits[/bold] ") + f"({case}; largest shadow price first)")
    binding = sorted(wus["binding"], key=lambda b: -abs(b["shadow_price"] or 0.0))
    for b in binding[:8] or [{"text": "none"}]:
        con.print(f"  - {words(b['text'])}")
    _print_more(con, len(binding), 8)
    if wus["relaxations"]:
        con.print(styled("[bold]Smallest relaxations that close the gap[/bold] ") + f"({case})")
        for r in wus["relaxations"][:6]:
            con.print(f"  - {words(r['text'])}")
        _print_more(con, len(wus["relaxations"]), 6)


def _print_more(con: Any, n: int, shown: int) -> None:
    """``... and N more`` under a list cut at ``shown`` of its ``n`` items."""
    if n > shown:
        con.print(f"  ... and {n - shown} more (--format json lists them all)")


def _print_politics(con: Any, wus: dict[str, Any], nus: dict[str, Any]) -> None:
    """The chance the target is fielded over the participation draws, and the strength's spread."""
    p, q = wus["participation"], nus["participation"]
    con.print(
        styled("[bold]Politics[/bold] ")
        + f"({plural(p['draws'], 'draw')}, seed {p['seed']}): chance "
        f"{wus['target_troops']:,} troops are fielded {_chance(p, wus)} ({p['p_target_met_at_start']:.1%} on the day of the "
        f"ceasefire, {AT_START_WHY}); without the US {_chance(q, nus)}. Strength at the 5th / 50th / 95th "
        f"percentile of the draws: {p['strength_quantiles']['p05']:,.0f} / {p['strength_quantiles']['p50']:,.0f} / "
        f"{p['strength_quantiles']['p95']:,.0f} troops"
    )


def _enablers_table(wus: dict[str, Any], nus: dict[str, Any]) -> Any:
    """Each enabler's share of need from Europe and the US, its gap, and its gap without the US."""
    en = _table("Enablers (share of need)", ("enabler", "Europe", "US", "gap", "gap without US"),
                left=("enabler",))
    nus_en = {e["name"]: e for e in nus["enablers"]}
    for e in wus["enablers"]:
        en.add_row(
            e["name"],
            f"{e['europe']:.0%}",
            f"{e['us']:.0%}",
            f"{e['gap']:.0%}",
            f"{nus_en[e['name']]['gap']:.0%}",
        )
    return en


def _print_force_cost(con: Any, report: dict[str, Any], wus: dict[str, Any], nus: dict[str, Any]) -> None:
    """The best case's cost a year and over the horizon, and the people it takes to hold it."""
    c, h = wus["cost_per_year"], wus["cost_over_horizon"]
    yrs = wus["horizon_years"]
    ppl = wus["cumulative_individuals"]
    # the troops it prices: the best case, not the target nor the expected strength (s32 review 4)
    con.print(
        styled("[bold]Cost[/bold]")
        + f" of the {wus['deployed_total']:,} troops deployed in the best case: "
        f"{_span(c['low'], c['high'], _eur)} a year; "
        f"{_span(h['low'], h['high'], _eur)} over {years_span(yrs['low'], yrs['high'])} "
        + (f"({_span(nus['cost_per_year']['low'], nus['cost_per_year']['high'], _eur)} a year "
           f"without the US, {nus['deployed_total']:,} troops)" if report.get("us_backstop", True) else
           "(no US backstop)")
        # review s51 6: each end is a floor over its own horizon, not "at fewest ..., low-high"
        + ". Distinct people deployed over the horizon to hold those best-case troops, at least (each serving "
        "every tour allowed): "
        + (f"{_people(ppl['low'])}" if yrs["low"] == yrs["high"] else
           f"{_people(ppl['low'])} over {years_text(yrs['low'])} to {_people(ppl['high'])} over "
           f"{years_text(yrs['high'])}")
    )


def _print_force_notes(con: Any, report: dict[str, Any], words: Callable[[str], str]) -> None:
    """The model's conflicts, then its notes and warnings and the defaults the plan used."""
    from reassure.models.forcegen.assess import OVER_PLAUSIBLE_POOL

    for text in report["conflicts"]:
        con.print(styled("[bold]conflict[/bold]: {}", words(text)))
    for text in report["notes"] + report["defaults_used"]:
        # the model gives its warning on a rotation pool beyond the plausible share among its notes
        # (review s53 3), told apart by its wording as `own_limit_sources` tells the own-limit note
        con.print(f"{'warning' if OVER_PLAUSIBLE_POOL in text else 'note'}: {words(text)}")


def _site_response_table(title: str, r: dict[str, Any], modes: Sequence[str]) -> Any:
    """Hours to each protected site by mode, then without the US: the last mode's hours, and
    each other mode's where it differs (without the US the force may man fewer garrisons)."""
    from reassure.present.output import hours_text as _h

    alone = {x["site"]: x for x in r["without_us"]["site_response_h"]}
    rows = r["site_response_h"]
    apart = [m for m in modes[:-1] if any(alone[x["site"]][m] != x[m] for x in rows)]
    apart.append(modes[-1])
    t = _table(title, ("site", *modes, *(f"{m} without US" for m in apart)))
    for row in rows:
        t.add_row(row["site"], *(_h(row[m]) for m in modes), *(_h(alone[row["site"]][m]) for m in apart))
    return t


def _placed_words(r: dict[str, Any]) -> str:
    """``; 4 placed, 3 add no cover`` where fewer garrisons are placed than the force mans (review
    s53, a newcomer: "7 garrisons" above a table of 4; the reason was a warning further down)."""
    placed = len(r.get("garrisons", ()))
    idle = r.get("n_garrisons", placed) - placed
    return f"; {placed} placed, {idle} add no cover" if idle > 0 else ""


def print_posture(r: dict[str, Any]) -> None:
    from reassure.present.output import console
    from reassure.run.section_posture import places_limit

    out = console()
    # the posture section's clause on a site no candidate place can cover (review s53 6), in names
    names = {s["id"]: s.get("name") or s["id"] for s in r.get("sites", ())}
    out.print(styled("[bold]{}[/bold]: ", r["scenario"])
              + f"{plural(r['n_garrisons'], 'garrison')} "
              f"({r['n_garrisons_rule']}){_placed_words(r)}, standoff {r['standoff_km']:g} km, cover radius "
              f"{r['cover_radius_road_km']:g} road km (detour x{r['detour_factor']:g})")
    out.print(styled("covered weight: [bold]{} %[/bold]; uncovered: {}{}",
                     f"{r['covered_weight_percent']:.1f}", ", ".join(r["uncovered_sites"]) or "none",
                     places_limit(r, {}, names)))
    alone = r["without_us"]
    g = _table("Garrisons", ("garrison", "lat", "lon", "covers"), words=("covers",))
    for row in r["garrisons"]:
        g.add_row(row["name"], f"{row['lat']:.2f}", f"{row['lon']:.2f}", ", ".join(row["covers"]))
    _show(out, g, "garrison")
    if "n_garrisons" in alone and (alone["garrisons"] != r["garrisons"]
                                   or alone["n_garrisons"] != r["n_garrisons"]):
        # Without the US backstop the contributors that require it drop out: a smaller force
        # may man fewer garrisons, placed afresh.
        out.print(styled("[bold]without the US backstop[/bold]: ")
                  + f"{plural(alone['n_garrisons'], 'garrison')} ({alone['n_garrisons_rule']}){_placed_words(alone)}")
        out.print(styled("covered weight: [bold]{} %[/bold]; uncovered: {}{}",
                         f"{alone['covered_weight_percent']:.1f}",
                         ", ".join(alone["uncovered_sites"]) or "none", places_limit(alone, {}, names)))
        g = _table("Garrisons without the US backstop", ("garrison", "lat", "lon", "covers"), words=("covers",))
        for row in alone["garrisons"]:
            g.add_row(row["name"], f"{row['lat']:.2f}", f"{row['lon']:.2f}", ", ".join(row["covers"]))
        _show(out, g, "garrison")
    _show(out, _site_response_table("Response to protected sites (with US / without US)", r,
                                    ("ground", "heli", "air")), "site")
    close = ", ".join(f"{c['troops']:,.0f} troops by day {c['day'] if c['day'] else '>horizon'}"
                      for c in r["buildup_close"])
    # Whose build-up: the support force (reinforcements from outside Ukraine), not the force itself.
    out.print(f"support force build-up (reinforcements from outside Ukraine; first echelon first): {close}")
    days = {1, 3, 7, 14, 30}
    out.print("troops in theatre: " + ", ".join(
        f"D{b['day']} {b['troops']:,.0f}" for b in r["buildup"] if b["day"] in days))
    for note in r["notes"]:
        out.print(f"- {note}")


def _pct(x: Any) -> str:
    """A chance stored as a fraction, written as a percentage (whole ones without a decimal).

    >>> _pct(0.175), _pct(1.0), _pct(0.0), _pct(None)
    ('17.5%', '100%', '0%', 'never')
    """
    if x is None or not math.isfinite(float(x)):
        return _fmt(x)
    pct = 100 * float(x)
    return f"{pct:.0f}%" if pct.is_integer() else f"{pct:.1f}%"


def _fmt(x: Any, digits: int = 2) -> str:
    if x is None:
        return "never"
    x = float(x)
    if math.isnan(x):
        return "n/a"
    if math.isinf(x):
        return "never"
    return f"{x:.{digits}f}"


def print_monitor(result: dict[str, Any], title: str, label: str = "with US backstop",
                  horizon: tuple[float, float] | None = None, *, figures: Sequence[Any] = (),
                  sizing: tuple[Sequence[Any], Any] | None = None, left_out: Sequence[str] = (),
                  notes: Sequence[str] = ()) -> None:
    """``label``: the as-planned column's name (`run.results.plan_label`: "as planned (no US
    backstop)" for a plan without one, never "with US backstop": s13 review 10); ``horizon``: the
    plan's horizon, shortest and longest (years), to say which part of it the losses are over;
    ``figures``: the monitoring section's line figures (`run.section_monitoring.line_figures`),
    printed with its labels and roundings (review s38 3: "Worst revisit (h) 2.93" here, "2.9 h" in
    the report); ``sizing``: the section's sizing figures and table (`sizing_figures`,
    `sizing_table`), from ``--size``; ``left_out``: the plan's US fleets that do not count
    (``us_backstop.isr`` false), said under the fleet table (review s53 6); ``notes``: the
    section's own notes to print (the jamming reading, `run.section_monitoring.jamming_note`)."""
    from reassure.present.output import console

    con = console()
    w, wo = result, result["without_us"]
    q = next(k for k in w["response_h"] if k.startswith("p"))  # the response times' quantile ("p90")
    _show(con, _line_table(w, wo, title, label, q, figures))
    _show(con, _sector_table(w, wo, label, q), "sector")
    _show(con, _fleet_table(w, horizon), "group")
    if left_out:
        con.print(f"off: {', '.join(left_out)} (US fleets; us_backstop.isr = false: the plan does not count on "
                  "US ISR, so they fly on neither side)")
    geo = w.get("geometry") or {}
    if geo:
        con.print(f"geometry: {geo['description']}")
    by_class = w.get("detection_by_class") or []
    if by_class:
        _show(con, _detection_by_class_table(by_class), "group")
    for note in (*w["notes"], *notes):
        con.print(f"note: {note}")
    if sizing is not None:
        _print_sizing(con, result, sizing, label)
    con.print(f"gap rule: {w['settings']['gap_rule']}, window {w['settings']['window_h']:g} h, "
              f"step {w['settings']['step_min']:g} min")


def _line_table(w: dict[str, Any], wo: dict[str, Any], title: str, label: str, q: str,
                figures: Sequence[Any]) -> Any:
    """The line's figures, each side: the section's own, then response and detection."""
    from reassure.present.report import figure_text

    t = _table(f"Monitoring: {title}", ("figure", label, "without US backstop"), left=("figure",),
               row_ids=False)
    for f in figures:  # as the report writes them: the same labels, units and rounding
        t.add_row(f.label, figure_text(f, "with_us"), figure_text(f, "without_us"))
    t.add_row(f"Time from an event to its first sensor pass, {q}, hours",
              *(f"{_fmt(x['response_h'][q], 2)} h" if _finite(x["response_h"][q]) else _fmt(x["response_h"][q])
                for x in (w, wo)))
    # a chance the model gives as a fraction, shown as a percentage (review s12 10)
    t.add_row("Chance one sensor pass detects an event (mean, % of passes)", _pct(w["pd_per_pass"]),
              _pct(wo["pd_per_pass"]))
    for i, point in enumerate(w["pd_by_duration"]):
        t.add_row(f"Chance an event of {point['duration_h']:g} h is detected (% of such events, averaged along the "
                  "line)", _pct(point["pd"]), _pct(wo["pd_by_duration"][i]["pd"]))
    return t


def _sector_table(w: dict[str, Any], wo: dict[str, Any], label: str, q: str) -> Any:
    """Each sector's coverage, revisit, response and revisit in time, both sides in each cell."""
    # review s53 7: each cell's pair says its order, not only the title
    pair = "with US / without" if label == "with US backstop" else "as planned / without US"
    s = _table(f"By sector ({label} / without US backstop)",
               ("sector", f"time under a sensor (%), {pair}", f"worst revisit (h), {pair}",
                f"event to first pass, {q} (h), {pair}", f"length revisited in time (%), {pair}"), left=("sector",))
    for a, b in zip(w["sectors"], wo["sectors"], strict=True):
        s.add_row(a["sector"],
                  f"{_fmt(a['coverage_percent'], 0)} / {_fmt(b['coverage_percent'], 0)}",
                  f"{_fmt(a['revisit_h']['max'])} / {_fmt(b['revisit_h']['max'])}",
                  f"{_fmt(a['response_h'][q])} / {_fmt(b['response_h'][q])}",
                  f"{_fmt(a['percent_satisfied'], 0)} / {_fmt(b['percent_satisfied'], 0)}")
    return s


def _fleet_table(w: dict[str, Any], horizon: tuple[float, float] | None) -> Any:
    """One row per group of the as-planned fleet: its orbits, airframes, transit, time on
    station, losses and airframes to procure."""
    from reassure.run.section_monitoring_band import horizon_words

    # transit is the mean over the group's orbits, time on station its shortest (the orbit that
    # sets the airframes): the headers say which, so a row can be checked by hand. Losses are
    # over the years the model counts (the middle of a horizon given as a range), and say so:
    # `assess` sizes the band's fleet over the horizon's long end (s32 review 3).
    years = float(w["settings"]["horizon_years"])
    over = (horizon_words(years, *horizon) if horizon is not None else years_text(years))
    # review s53 6: a satellite group is not bought by the force (an existing constellation or a
    # bought service), so it has no "to procure"; US fleets the plan does not count are said
    f = _table("Fleet (orbits: satellites for a constellation; a satellite group's airframes are its "
               f"satellites as the model counts them, not counted in the airframes above and not procured: an "
               f"existing constellation or imagery bought as a service; lost and to procure over {over}; "
               "transit: mean over the group's orbits; on station: its farthest orbit's)",
               ("group", "type", "base", "orbits", "airframes", "mean transit (km)",
                "shortest time on station (h)", f"lost over {years_text(years)}", "to procure", "US"),
               left=("group", "type", "base"))
    from reassure.bridge.monitoring import shipped_platforms

    catalogue = shipped_platforms()
    for r in w["fleet"]:
        air = r["kind"] == "patrol"
        f.add_row(r["id"], r["type"], r["base"], str(r["orbits"]),
                  str(r["airframes"]) if r["kind"] != "satellite" else _satellites(r, catalogue),
                  _fmt(r["transit_km"], 0) if air else "",
                  _fmt(r["time_on_station_h"], 1) if air else "",
                  _fmt(r["attrition_over_horizon"], 0) if air else "",
                  str(r["airframes_to_procure"]) if r["kind"] != "satellite" else "not procured",
                  "yes" if r["us_asset"] else "")
    return f


def _satellites(r: dict[str, Any], catalogue: dict[str, Any]) -> str:
    """A satellite group's airframes in words: its satellites, or its constellations."""
    # a class with a fixed revisit and no orbit (a commercial daily constellation of hundreds
    # of satellites) is counted as one unit: a constellation, not "1 satellite" (review s53 6)
    pt = catalogue.get(r["type"])
    whole = pt is not None and not pt.revs_per_day and pt.revisit_h
    return plural(r["airframes"], "constellation" if whole else "satellite")


def _detection_by_class_table(by_class: Sequence[dict[str, Any]]) -> Any:
    """The closed-form chance one event is detected, per sensor class and event length."""
    d = _table("Chance one event is detected, by sensor class (closed form: a pass must fall within "
               "the event; %; a satellite's revisit is the mean gap between the passes simulated over the line's "
               "cells, at its latitude, not the published revisit at the equator)",
               ("group", "revisit (h)", "revisit from", "chance per pass (%)",
                                 *(f"{pt['duration_h']:g} h event (%)" for pt in by_class[0]["p_detect"])),
               left=("group", "revisit from"), words=("revisit from",))
    for c in by_class:
        d.add_row(c["id"], _fmt(c["revisit_h"]), str(c.get("revisit_from", "")), _pct(c["pd_per_pass"]),
                  *(_pct(pt["p"]) for pt in c["p_detect"]))
    return d


def _print_sizing(con: Any, result: dict[str, Any], sizing: tuple[Sequence[Any], Any], label: str) -> None:
    """review s38 1: the sizing `assess` reports, with the same labels: the fleet for the plan's
    jamming first, the one by geometry alone beside it, each with the share it keeps; then the
    sizing's figures, each side."""
    from reassure.present.report import cell_text, figure_text
    from reassure.run.section_monitoring import SIZING_LOST

    sized, table = sizing
    share = f"{100 * float(result['sizing']['target_fraction']):g}%" if "sizing" in result else "the planned share"
    jam = result["sizing"]["jamming_assumed"] if "sizing" in result else "the plan's jamming"
    # the report's table, its title and losses column with the plan's numbers (the report
    # footnotes every number; here they are said)
    title = table.title.replace("the planned share", share).replace("with the plan's jamming",
                                                                      f"with the plan's jamming ({jam})")
    columns = tuple(f"lost over {years_text(float(result['settings']['horizon_years']))}" if c == SIZING_LOST
                    else c for c in table.columns)
    p = _table(title, columns, left=columns[:3], words=(columns[0],))
    for row in table.rows:  # numbers rounded once here, as the report's table (stored unrounded)
        p.add_row(*(cell_text(v) if isinstance(v, int | float) and not isinstance(v, bool) else str(v)
                    for v in row))
    _show(con, p, "fleet")
    z = _table("Fleet sizing", ("figure", label, "without US backstop"), left=("figure",), row_ids=False)
    for f in sized:
        z.add_row(f.label, figure_text(f, "with_us"), figure_text(f, "without_us"))
    _show(con, z)


def _finite(x: Any) -> bool:
    return x is not None and math.isfinite(float(x))


def _est(e: dict[str, Any], digits: int = 2, pct: bool = False) -> str:
    """An estimate and its 95% interval in parentheses, as `assess` writes a Monte Carlo figure;
    a share (``pct``) as a percentage. A missing value is the caller's to explain in words.

    >>> _est({"value": 0.549, "ci95": [0.548, 0.551]}, 1, True)
    '54.9% (54.8–55.1)'
    >>> _est({"value": 1232.04, "ci95": [1108.6, 1355.4]}, _count_digits(1232.04))
    '1,232 (1,109–1,355)'
    """
    v = e.get("value")
    if v is None:
        return "n/a"
    lo, hi = e.get("ci95", [None, None])
    k, sign = (100.0, "%") if pct else (1.0, "")
    text = f"{v * k:,.{digits}f}{sign}"
    if lo is not None and hi is not None:
        text += f" ({lo * k:,.{digits}f}–{hi * k:,.{digits}f})"
    return text


def _count_digits(value: float | None) -> int:
    """Decimals for a mean count (incidents a day): none from 100 up, where a tenth is noise
    beside the interval; one below, where a rate such as 1.9 strikes a day needs it."""
    return 0 if value is not None and abs(value) >= 100 else 1


#: Why an incidents figure has no value, by the estimate it reads: the set it is taken over was
#: empty in every run (review s38 2: the `incidents` table printed "-" for each). Each is
#: followed by the runs ("in 100 runs of 90 days"). `_missing_text` gives the others.
_NONE_IN_RUNS = {
    "detected_pct": "no incidents",
    "within_threshold_incidents_pct": "none needing a response",
    "unreached_pct": "none needing a response",
    "detect_h": "none detected",
    "report_to_scene_h": "none answered",
    "respond_h": "none answered",
    "in_theatre_report_to_scene_h": "none answered in theatre",
    "within_threshold_pct": "no calls",
    "unanswered_pct": "no calls",
    "escalated_pct": "no calls",
}


def _estimate_value(e: Any) -> float | None:
    return e.get("value") if isinstance(e, dict) else None


def _missing_text(key: str, d: dict[str, Any]) -> str:
    """Why the incidents figure ``key`` (a `reassure.run.section_incidents` figure key) has no
    value on the side whose results are ``d``, in words a reader can act on, read from how the
    model sets it (`reassure.models.incidents.summary`): a time over all incidents needing a
    response has none where more than half of them (a tenth, for the 90th percentile) were never
    reached; any other figure where the set it is taken over (calls, detected incidents,
    escalated calls...) was empty in every run.

    >>> runs = {"run": {"replications": 100, "horizon_days": 90}, "unreached_fraction": {"value": 0.53},
    ...         "escalated_fraction": {"value": 0.0}}
    >>> _missing_text("incident_respond_h_p50", runs), _missing_text("incident_respond_h_p90", runs)
    ('more than half never reached', 'more than a tenth never reached')
    >>> _missing_text("reinforcement_h_p50", runs), _missing_text("detected_pct_strike", runs)
    ('none escalated in 100 runs of 90 days', 'no strike incidents in 100 runs of 90 days')
    """
    from reassure.run.section_incidents import DETECTED_TYPE

    run = d.get("run") or {}
    span = (f"in {plural(run.get('replications', 0), 'run')} of {plural(run.get('horizon_days', 0), 'day')}"
            if run else "in any run")
    m = re.fullmatch(r"(.+)_(p50|p90)", key)
    base = m[1] if m else key
    if base == "incident_respond_h" and m is not None:
        if _estimate_value(d.get("unreached_fraction")) is None:
            return f"none needing a response {span}"
        return "more than half never reached" if m[2] == "p50" else "more than a tenth never reached"
    if base == "reinforcement_h":
        if not _estimate_value(d.get("escalated_fraction")):
            return f"none escalated {span}"
        return f"the support force reached none {span}"
    if base == "utilisation_max_pct":
        return "no response units"
    if base.startswith(DETECTED_TYPE):
        return f"no {base.removeprefix(DETECTED_TYPE)} incidents {span}"
    words = _NONE_IN_RUNS.get(base)
    return f"{words} {span}" if words else "n/a"


def _without_na_key(label: str) -> str:
    """``label`` without its key to "n/a" (``n/a = more than half never reached``): the
    `incidents` table says in each cell why a value is missing, so it prints no "n/a".

    >>> _without_na_key("Start to scene, median (set by X; n/a = more than half never reached)")
    'Start to scene, median (set by X)'
    >>> _without_na_key("Start to scene, median (n/a = more than half never reached)")
    'Start to scene, median'
    """
    label = re.sub(r";\s*n/a = [^;)]*", "", label)
    label = re.sub(r"\(n/a = [^;)]*;\s*", "(", label)
    return re.sub(r"\s*\(n/a = [^;)]*\)", "", label)


def print_incidents(r: dict[str, Any], section: SectionResult, label: str = "with US",
                    threshold: Setting | None = None, assumed: bool = False) -> None:
    """The `incidents` tables: every figure of the report's incidents section (``section``,
    `reassure.run.section_incidents.incidents_section` of ``r``), labelled and rounded as the
    report and `assess` write it (review s38 2: this table kept its own, older labels), then the
    incidents by type and the days in each regime, the section's notes and warnings.

    A figure with no value says why in words ("more than half never reached", "none escalated
    in 100 runs of 90 days"), not "-". ``label``: the as-planned column's name ("as planned (no
    US backstop)" for a plan without one: s13 review 10); ``threshold``: the plan's response
    threshold (`section_incidents.threshold_setting`), given in a row under each figure counted
    within it, whose labels name no value; ``assumed``: it is an assumption of the plan."""
    from reassure.present.output import console
    from reassure.present.report import figure_text
    from reassure.present.units import label_beside_value
    from reassure.run.section_incidents import DETECTED_TYPE

    con = console()
    w, o = r, r["without_us"]
    run = r["run"]
    short = "with US" if label in ("with US", "with US backstop") else "as planned"
    sides = (("with_us", w), ("without_us", o))
    caveat = few_runs_caveat(run["replications"])
    # review s65 3: under 5 runs no interval is promised, and a line above the figures says why
    intervals = "" if caveat else "; 95% interval in parentheses"
    t = _table(f"{r['scenario']}: ceasefire incidents over {plural(run['horizon_days'], 'day')} "
               f"({plural(run['replications'], 'run')}, seed {run['seed']}{intervals})",
               ("figure", label, "without US"), left=("figure",), row_ids=False)
    if caveat:
        con.print(f"warning: {caveat}")
    per_type = {f"{DETECTED_TYPE}{ty['name']}" for ty in w["types"]}
    for f in section.figures:
        if f.key in per_type:  # each type's detected share: in the table by type below
            continue
        t.add_row(_without_na_key(label_beside_value(f.label, f.unit)),
                  *(figure_text(f, side, ci_words=False) if getattr(f, side) is not None
                    else _missing_text(f.key, {**d, "run": run}) for side, d in sides))
        if threshold is not None and f.setting == threshold:
            t.add_row(f"  ↳ {threshold.label}{' (an assumption of the plan)' if assumed else ''}",
                      threshold.text, threshold.text)
    _show(con, t)
    by = _table("Incidents a day by type and regime days", ("", label, "without US"), left=("",),
                row_ids=False)
    days = run["horizon_days"]
    for ta, tb in zip(w["types"], o["types"], strict=True):
        name = ta["name"]
        digits = _count_digits(ta["incidents_per_day"].get("value"))
        by.add_row(f"{name.capitalize()} incidents a day", _est(ta["incidents_per_day"], digits),
                   _est(tb["incidents_per_day"], digits))
        # the report's own figure `detected_pct_<type>` where it has one (review s38: a self-reported
        # strike's 100% is an assumption, shown without an interval, as the report does)
        fig = next((f for f in section.figures if f.key == f"{DETECTED_TYPE}{name}"), None)
        if fig is not None:
            from reassure.present.report import figure_text

            by.add_row(fig.label, figure_text(fig, "with_us", ci_words=False), figure_text(fig, "without_us", ci_words=False))  # as its neighbours (s49)
            continue
        by.add_row(f"Share of {name} incidents detected (of all {name} incidents)",
                   *(_est(x["detected_fraction"], 1, True) if _estimate_value(x["detected_fraction"]) is not None
                     else _missing_text(f"{DETECTED_TYPE}{name}", {"run": run}) for x in (ta, tb)))
    for name, e in w["regime_day_fraction"].items():
        # review s52: the runs' estimate, beside the headline's exact shares from the plan's chain
        by.add_row(f"Days {name.replace('_', ' ')}, share of the {days:g} days simulated, in the runs "
                   "(the plan's chain expects the shares the headline gives)", _est(e, 1, True),
                   _est(o["regime_day_fraction"][name], 1, True))
    _show(con, by)
    for side, data in ((short, w), ("without US", o)):
        unit = data["utilisation_max"].get("unit")
        if unit:
            con.print(f"{side}: busiest unit {unit}")
    for note in section.notes:
        con.print(f"note: {note}")
    for warning in section.warnings:
        con.print(f"warning: {warning}")


def few_runs_caveat(runs: int, of_model: bool = False) -> str | None:
    """The one line a command prints above its Monte Carlo figures under `FEW_RUNS` runs (the web
    page's caveat, docs/web.md; review s65 3), None from `FEW_RUNS` runs up. ``of_model``: the
    runs are the incident model's alone, among figures of other models (`assess`).

    >>> few_runs_caveat(1)[:60]
    'very few runs (1): each Monte Carlo figure is a rough estima'
    >>> few_runs_caveat(2, of_model=True)[:72]
    'very few runs of the incident model (2): each of its figures is a rough '
    >>> few_runs_caveat(5) is None
    True
    """
    from reassure.run.section_incidents import FEW_RUNS, FEW_RUNS_SAY, FEW_RUNS_WORDS

    if runs >= FEW_RUNS:
        return None
    from reassure.bridge.incidents import DEFAULT_RUNS

    said = f"of the incident model ({runs:,}): each of its figures {FEW_RUNS_SAY}" if of_model else \
        f"({runs:,}): {FEW_RUNS_WORDS}"
    return f"very few runs {said}; use --runs {FEW_RUNS} or more (the default is {DEFAULT_RUNS:,})"


def _us_base(s: dict[str, Any]) -> str:
    """What `respond` says beside a fighter base of the US: the results count it as planned only,
    or, where the plan's US air support is off, in none (review s40b 2: "f16 at LRCK (ROU, US)"
    read as a base of the plan's)."""
    if not s["us"]:
        return ""
    return ", US: counted as planned, not without the US" if s.get("counted", True) else ", US: off in this plan, not counted"


def _reach_cell(with_us: float, without_us: float) -> str:
    """A share reached, as planned and without the US, in one cell (percent, whole).

    >>> _reach_cell(62.0, 50.6), _reach_cell(100.0, 100.0)
    ('62 / 51 %', '100 / 100 %')
    """
    return f"{with_us:.0f} / {without_us:.0f} %"


def respond_reach_table(r: dict[str, Any], label: str = "with US") -> Any:
    """The shares of Ukraine and of the contact line reached within 1 h and 3 h by each mode,
    each cell as planned / without the US (review s44 1: three of the four without-US shares
    were in the JSON only), each share over its own denominator, named in the title: the
    points of the grid laid over Ukraine (`run.respond`: one a roughly square cell of
    ``grid_km``, so a share of its area) and the cells the active contact line is cut into (at
    most half the grid spacing each but of unequal lengths, each counted once: a share of the
    cells, not of the line's length)."""
    grid, line = r["grid"], r["line"]
    alone = r["without_us"]
    t = _table(f"Share reached within 1 h and 3 h ({label} / without US in each cell): of Ukraine, % of its "
               f"area ({plural(grid['cells'], 'grid cell')} of {r['grid_km']:g} km); of the active contact "
               f"line, % of its {plural(line['cells'], 'cell')} (up to {r['grid_km'] / 2:g} km each, counted alike: "
               "not weighted by length)",
               ("mode", "Ukraine 1 h", "Ukraine 3 h", "line 1 h", "line 3 h"), left=("mode",))
    for m in ("ground", "heli", "air", "fastest"):
        t.add_row(m, *(_reach_cell(r[part][m]["within_percent"][h], alone[part][m]["within_percent"][h])
                       for part in ("grid", "line") for h in ("1h", "3h")))
    return t


def print_respond(r: dict[str, Any], label: str = "with US") -> None:
    """The `respond` tables; ``label``: the as-planned case ("as planned" for a plan with no US
    enabler, never "with US": s13 review 10)."""
    from reassure.present.output import console

    out = console()
    # s39: "placed": the posture may man more garrisons than it places (the rest add no cover;
    # `posture` says 7 where 4 are placed), and responses are timed from the placed ones
    out.print(styled("[bold]{}[/bold]: ", r["scenario"]) + f"{plural(len(r['garrisons']), 'garrison')} placed "
              f"({len(r['without_us']['garrisons'])} without US), "
              f"{plural(sum(1 for u in r['units'] if u['mode'] == 'air'), 'air responder')} ("
              + ("fighter bases and air-policing alert stations; " if any(s.get("alert") for s in r["skyshield"])
                 else "") + f"{sum(1 for u in r['without_us']['units'] if u['mode'] == 'air')} without US)")
    _show(out, _site_response_table(("Fastest response to each site from notice (hours, or minutes under an hour; - = no unit of "
                                     "that kind reaches it: none in the plan or switched off, or out of range)"),
                                    r, ("ground", "heli", "air", "fastest")), "site")
    _show(out, respond_reach_table(r, label), "mode")
    for s in r["skyshield"]:
        # s40: an air-policing alert (QRA) station's reach is one scramble out, on scene and back
        what = (f"alert station {s['station']} ({s['type']}) at {s['base']} ({s['country']}{_us_base(s)}): "
                f"scramble reach" if s.get("alert") else
                f"{s['type']} at {s['base']} ({s['country']}{_us_base(s)}): combat radius")
        out.print(f"{what} {s['combat_radius_km']:,.0f} km reaches {len(s['sites_within'])} of "
                  f"{plural(len(s['sites_within']) + len(s['sites_beyond']), 'site')}"
                  + (f"; not: {', '.join(s['sites_beyond'])}" if s["sites_beyond"] else ""))


#: The largest swings of each sensitivity chart the terminal shows; the report draws them all.
SENSITIVITY_ROWS = 3

def _as_planned_chart(chart_id: str) -> bool:
    """Whether a sensitivity chart (``tornado-<metric>``) is run as planned and its title names no
    case: `run.sensitivity` times the response to its site (`response_site`) with the US backstop
    as planned."""
    from reassure.run.sensitivity import response_metric_site

    metric = chart_id.removeprefix("tornado-")
    return response_metric_site(metric) is not None and not metric.endswith("_without_us")


def swing_text(value: float, chart: Any) -> str:
    """A value of a sensitivity chart in the unit its axis names.

    >>> from types import SimpleNamespace as N
    >>> swing_text(25.96, N(x_label="chance the target is fielded, %")), swing_text(16213.0, N(x_label="troops deployed"))
    ('26.0%', '16,213 troops')
    >>> swing_text(36.704, N(x_label="minutes")), swing_text(float("nan"), N(x_label="minutes"))
    ('37 min', 'n/a')
    """
    if not math.isfinite(value):
        return "n/a"
    axis = str(chart.x_label)
    if axis.endswith("%"):
        return f"{value:.1f}%"
    if "troops" in axis:
        return f"{value:,.0f} troops"
    if axis == "minutes":
        return f"{value:.0f} min"
    return f"{value:,.3g} {axis}".strip()


def _chart_heading(chart: Any, scenario: Any) -> str:
    """A sensitivity chart's title, without its "Sensitivity: ", the case it is run in named
    (each chart is run for one case only)."""
    from reassure.run.results import plan_case

    title = str(chart.title).removeprefix("Sensitivity: ")
    if "US backstop" not in title and _as_planned_chart(chart.id):
        title += f" ({plan_case(scenario, article=False)})"
    return title


def print_sensitivity(charts: Any, scenario: Any, out: Any, *, written: bool = False) -> None:
    """The one-at-a-time sensitivity pass in short (review s44 2: `assess` ran it by default
    and printed none of it): for each chart, the figure as planned and its largest swings, each
    assumption at the low and the high end of its swing, in the chart's unit; the swings that do
    not move it are named in a line. Where the whole charts are: the report, the JSON. `assess`
    prints it after its sections (`terminal.print_summary`)."""
    from rich.padding import Padding
    from rich.text import Text

    charts = tuple(charts)
    if not charts:
        return
    where = ("report.html" if written else "report.html (add --out DIR)") + " or --format json (\"sensitivity\")"
    out.print(styled("[bold]Sensitivity[/bold]: {}", (
        f"one assumption at a time, each chart for the one case its title names; the "
        f"{SENSITIVITY_ROWS} largest swings of each chart here, all of them in {where}")))
    for chart in charts:
        lows, highs = chart.series.get("low", ()), chart.series.get("high", ())
        rows = list(zip(chart.labels, lows, highs, strict=True))
        moved = [r for r in rows if r[1] != r[2] or r[1] != chart.base]
        still = [r[0] for r in rows if r not in moved]
        base = "n/a" if chart.base is None else swing_text(chart.base, chart)
        t = _table(f"{_chart_heading(chart, scenario)}: as planned {base}",
                   ("assumption swung (low / high end)", "at the low end", "at the high end"),
                   row_ids=False, left=("assumption swung (low / high end)",))
        for label, lo, hi in moved[:SENSITIVITY_ROWS]:
            t.add_row(label, swing_text(lo, chart), swing_text(hi, chart))
        if moved:
            _show(out, t, "assumption")
        else:
            out.print(t.title)
        rest = len(moved) - SENSITIVITY_ROWS
        if rest > 0:
            out.print(Padding(Text(f"{rest} more {'swings move' if rest > 1 else 'swing moves'} it less"),
                              (0, 0, 0, 2)))
        if still:
            out.print(Padding(Text(f"not moved by: {'; '.join(still)}"), (0, 0, 0, 2)))
        if getattr(chart, "note", ""):  # review s51: e.g. a chance that is 0% by construction
            out.print(Padding(Text(chart.note), (0, 0, 0, 2)))
    from reassure.run.sensitivity import no_response_chart

    why = no_response_chart(scenario)  # review: not a chart of a site outside the plan, all n/a
    if why:
        out.print(Text(why))

"""The report read by an analyst who is not a developer (session 11's polish): each place a reader
stumbled, checked where it is printed.

1. Table headers were the CSV's keys (``share_of_army`` without its denominator, ``ground_h``,
   ``coverage_pct``) and cells identifiers (``hq_signals``, ``pledge_and_army_share``).
2. The relaxations and binding limits wrote nation codes (``ITA (ruled out) taking part ...``)
   where the verdicts write names; the terminal wrote codes in its verdicts and warnings.
3. The sensitivity charts' footnotes cited whole sections (``force``, ``contributors``).
4. The band's table caption printed a scenario path (``monitoring.band.event_durations``).
5. Money read "5.06 EUR billion/year" in the tables and "EUR 5.1 billion a year" in the prose.
6. The chance of fielding the target did not say what it is a share of.

The numbers are not touched: the CSVs keep their keys, the values their digits.
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from reassure.present.headers import cell_words, column_header
from reassure.present.report import figure_text, range_text, sensitivity_refs, value_text
from reassure.run.results import Chart, Figure, SectionResult, Table


def _text(page: str) -> str:
    page = re.sub(r"<sup.*?</sup>", "", page)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def page(report_dir: Path) -> str:
    return (report_dir / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def text(page: str) -> str:
    return _text(page)


def _headers(page: str, table_id: str) -> list[str]:
    m = re.search(rf'<figure class="table" id="table-{re.escape(table_id)}">.*?<tr>(.*?)</tr>', page, re.S)
    assert m, table_id
    return [html.unescape(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", m.group(1))]


# -- 1. headers and identifier cells ---------------------------------------------------------------
def test_every_report_table_is_headed_in_words(page: str, report_dir: Path) -> None:
    """No header of any table is a bare key (a word with an underscore, or a lower-case key), and
    the CSV beside it keeps the keys its readers join on."""
    ids = re.findall(r'<figure class="table" id="table-([^"]+)">', page)
    assert {"allocation", "binding", "relaxations", "site_response", "sectors", "units", "band-classes"} <= set(ids)
    for table_id in ids:
        for header in _headers(page, table_id):
            assert "_" not in header and not re.fullmatch(r"[a-z@ ]+", header), (table_id, header)
    with (report_dir / "allocation.csv").open(encoding="utf-8") as f:
        assert next(csv.reader(f)) == ["nation", "role", "deployed", "pool", "share_of_army"]


def test_shares_and_times_name_their_denominator_and_unit(page: str) -> None:
    allocation = _headers(page, "allocation")
    # shares as percentages, as the figures write them (review s12 10); the times to a site
    # carry their unit in each cell ("33 min", "1 h 59 min"), as the headline writes them
    assert "Share of the army in the rotation pool (% of the nation's army strength)" in allocation
    assert "Ground time, with US backstop" in _headers(page, "site_response")
    assert "Fastest, without US backstop" in _headers(page, "site_response")
    assert "Time under a sensor (% of the time), with US backstop" in _headers(page, "sectors")
    assert "Share detected (% of the incidents of this type)" in _headers(page, "incident_types")


def test_identifier_cells_read_as_words(page: str) -> None:
    """In the tables (the footnotes keep the parameter paths, ``force.role_mix.hq_signals``)."""
    tables = " ".join(_text(part.split("</figure>")[0]) for part in page.split('<figure class="table"')[1:])
    assert "hq_signals" not in tables and "HQ and signals" in tables
    assert "pledge_and_army_share" not in tables and "pledge and army-share cap" in tables
    assert "ground_qrf" not in tables and "ground QRF" in tables


def test_column_header_words_follow_the_plan_label() -> None:
    assert column_header("sectors", "revisit_mean_h", "as planned (no US backstop)") == \
        "Mean revisit (h), as planned (no US backstop)"
    assert column_header("plan-costs", "low") == "Low (EUR million a year), with US backstop"
    # an unknown key is shown as it is (nothing invented)
    assert column_header("x", "mystery_key") == "mystery_key"
    assert column_header("band-classes", "p_seen_third").startswith("Chance an event of the third shortest")
    assert cell_words("army_share") == "army-share cap" and cell_words("Fetești") == "Fetești"


# -- 2. names, not codes ---------------------------------------------------------------------------
def test_relaxations_and_binding_limits_use_nation_names(page: str) -> None:
    for table_id in ("relaxations", "binding"):
        body = _text(page.split(f'id="table-{table_id}"')[1].split("</figure>")[0])
        codes = set(re.findall(r"\b(?:DEU|ITA|FRA|GBR|POL|NLD|LVA|FIN|DNK|NOR|SWE|EST|LTU)\b", body))
        assert not codes, (table_id, codes)
    relax = _text(page.split('id="table-relaxations"')[1].split("</figure>")[0])
    assert "Italy (ruled out) taking part at its limits" in relax
    assert "Germany (premature; only with a US backstop)" in relax


def test_the_terminal_summary_uses_nation_names() -> None:
    from rich.console import Console

    from reassure.present.terminal import print_summary
    from reassure.run.results import Verdict

    section = SectionResult("force", "Force", figures=(Figure("x", "Troops", 1.0, 2.0, "troops", ()),),
                            warnings=("no army figure for SWE, EST: army taken as 59% of active personnel",))
    assessment = SimpleNamespace(
        scenario=SimpleNamespace(name="p", title="t", theatre="ukraine-2025", us_backstop=SimpleNamespace(any=True)),
        settings={"seed": 1, "runs": 2}, sections=(section,),
        verdicts=(Verdict("Could it be fielded?", False, False, "binding: DEU, DNK; enablers uncovered: ISR", ()),))
    out = Console(file=io.StringIO(), width=200)
    print_summary(assessment, out)
    printed = out.file.getvalue()
    assert "binding: Germany, Denmark; enablers uncovered: ISR" in printed
    assert "no army figure for Sweden, Estonia" in printed
    assert "DEU" not in printed and "SWE" not in printed


# -- 3. the sensitivity charts' footnotes --------------------------------------------------------
def test_sensitivity_footnotes_cite_the_swung_figure_and_inputs_not_whole_sections() -> None:
    from reassure.spec import load_scenario

    scenario = load_scenario("europe-2025")
    figure_refs = ("force.target_troops", "contributors[0].p_join")
    force = SectionResult("force", "Force", figures=(Figure("p_target_met_pct", "Chance", 1.0, 0.0, "%", figure_refs),))
    posture = SectionResult("posture", "Posture", figures=(
        Figure("fastest_response_min_south-ukraine-npp", "Fastest", 44.0, 58.0, "min", ("posture", "air")),))
    chart = Chart("tornado-p_target_met", "Sensitivity", "tornado", labels=("tour length x0.5 / x1.5",),
                  refs=("force", "contributors", "force.tour"))
    refs, label = sensitivity_refs(chart, (force, posture), scenario)
    assert label == "Chance"
    assert "force" not in refs and "contributors" not in refs
    assert refs == (*figure_refs, "force.tour")
    # a list swung item by item is cited item by item, as the figures' footnotes cite it
    air = Chart("tornado-response_south_ukraine", "S", "tornado", labels=("air readiness x0.5 / x2",),
                refs=("posture", "air", "air.bases.readiness"))
    refs, _ = sensitivity_refs(air, (force, posture), scenario)
    n_bases = len(scenario.air.bases)
    assert n_bases and [r for r in refs if r.startswith("air.bases[")] == [
        f"air.bases[{i}].readiness" for i in range(n_bases)]
    # a chart whose figure the report lacks keeps its own refs (nothing is dropped)
    other = Chart("tornado-other", "S", "tornado", refs=("force",))
    assert sensitivity_refs(other, (force,), scenario) == (("force",), "")


def test_the_report_footnotes_of_the_force_sensitivity_charts_cite_no_whole_section(page: str) -> None:
    for metric in ("p_target_met", "deployed_without_us"):
        m = re.search(rf'data-chart="tornado-{metric}".*?href="#fn-(\d+)"', page, re.S)
        assert m, metric
        note = _text(re.search(rf'<li id="fn-{m.group(1)}".*?</li>', page, re.S).group(0))
        params = note.split("(computed from the inputs:")[1]
        listed = [p.strip(" )") for p in params.split(",")]
        assert "force" not in listed and "contributors" not in listed, listed
        assert "force.tour" in listed or "force.interval" in listed


# -- 4. the band caption ---------------------------------------------------------------------------
def test_the_band_caption_is_in_words(page: str) -> None:
    caption = re.search(r'id="table-band-classes"><figcaption>(.*?)<sup', page, re.S)
    assert caption
    assert "monitoring.band" not in caption.group(1)
    assert "each duration the plan considers" in caption.group(1)


# -- 5. money --------------------------------------------------------------------------------------
def test_money_reads_the_same_in_tables_and_prose(text: str) -> None:
    assert "EUR billion/year" not in text
    assert re.search(r"Cost per year of the troops deployed in the best case \(every uncertain nation joins\), low "
                     r"\(enablers not costed\) EUR \d+\.\d\d billion a year", text)
    assert re.search(r"EUR \d+–\d+ billion", text)  # the cost over the horizon, currency first
    assert re.search(r"EUR \d+\.\d – ?\d+\.\d billion a year|EUR \d+\.\d–\d+\.\d billion a year", text)


def test_money_keeps_its_digits() -> None:
    f = Figure("c", "Cost", 5.0612, 2.4467, "EUR billion/year", (), 2)
    assert figure_text(f, "with_us") == "EUR 5.06 billion a year"
    # review s33: a billion or more in billions (as the troops' cost), 3 significant digits as before
    assert value_text(1234.5, "EUR million/year", 1) == "EUR 1.23 billion a year"
    assert value_text(234.6, "EUR million/year", 1) == "EUR 235 million a year"
    assert range_text(48.6, 96.3, "EUR billion", 0) == "EUR 49–96 billion"
    assert value_text(30_000, "troops") == "30,000 troops"  # other units as before


# -- 6. the chance's denominator -------------------------------------------------------------------
def test_the_chance_of_fielding_the_target_names_its_target_and_denominator(text: str) -> None:
    # (review s38 2: the best case is below the high end, so its chance is no draw's: it says so)
    assert ("Chance the high end of the target (30,000 troops) is fielded, given who may not join: not reachable: "
            "the best case, 28,264 troops (14,224 without the US backstop), is below the high end") in text
    assert ("Chance the low end of the target (25,000 troops) is fielded, given who may not join "
            "(share of the draws over who joins)") in text
    assert "Chance the target is met" not in text


def test_the_example_notebook_names_the_target_and_the_denominator() -> None:
    import json

    nb = json.loads((Path(__file__).resolve().parents[2] / "examples" / "assess-and-compare.ipynb")
                    .read_text(encoding="utf-8"))
    source = "".join("".join(c["source"]) for c in nb["cells"])
    assert "Chance the target is met" not in source and "chance the target is met" not in source
    assert "share of the draws over who joins" in source
    assert 'ylabel="chance of fielding the target, % of draws over who joins"' in source


def test_tables_keep_their_numbers(page: str, report_dir: Path) -> None:
    """The headers changed, not the cells: the allocation table's numbers are the CSV's."""
    with (report_dir / "allocation.csv").open(encoding="utf-8") as f:
        first = next(r for i, r in enumerate(csv.reader(f)) if i == 1)
    body = page.split('id="table-allocation"')[1].split("</figure>")[0]
    row = _text(body.split("</tr>")[1])
    assert f"{int(first[2]):,}" in row and f"{int(first[3]):,}" in row
    assert f"{100 * float(first[4]):.1f}%" in row  # the CSV's fraction, as a percentage


def test_table_cells_of_a_synthetic_table() -> None:
    from reassure.present.report import Footnotes, _table
    from reassure.spec import load_scenario

    fn = Footnotes(load_scenario("europe-2025"))
    t = Table("binding", "Limits", ("nation", "limit", "in words"),
              (("DEU", "army_share", "DEU army-share cap (25% of army) binds"),), ("force.sustainable_share",))
    out = _text(_table(t, fn, {"DEU": "Germany"}))
    assert "Nation Limit that binds What relaxing it is worth" in out
    assert "Germany army-share cap Germany army-share cap (25% of army) binds" in out


def test_the_force_command_writes_nation_names_in_its_sentences(run_cli) -> None:
    result = run_cli("force", "europe-2025")
    assert result.exit_code == 0, result.stderr
    out = re.sub(r"\s+", " ", result.stdout)
    assert "binding: Germany, Denmark" in out
    assert "France pledge (10,000 troops)" in out and "FRA pledge" not in out
    assert re.search(r"EUR \d+\.\d\d billion-EUR \d+\.\d\d billion a year", out)  # no "bn"
    assert "bn" not in re.findall(r"EUR [\d.,]+(\w+)", out)


def test_the_monitor_command_heads_its_rows_and_columns_in_words(run_cli) -> None:
    result = run_cli("monitor", "europe-2025")
    assert result.exit_code == 0, result.stderr
    out = re.sub(r"[\s│┃]+", " ", result.stdout)
    for key in ("pd per pass", "P(detect)", "shortest on stn", "revisit max h", "coverage %"):
        assert key not in out, key
    # (a label may wrap inside its cell: look for its words, not the whole line)
    # review s38 3: the monitoring section's own labels (`line_figures`), not labels of its own
    assert "Chance an event of 1 h" in out and "Worst revisit: the longest gap" in out
    assert "Share of the line whose longest gap" in out and "worst revisit" in out

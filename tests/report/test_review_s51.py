"""Review s51 (a parliamentary researcher reading `assess europe-2025`, `compare` and `evidence`):
words that said more, or other, than the figures beside them.

2. compare's "whose share, over the common one" row put the with-US nation (United Kingdom, 43.3%)
   in europe-2025's without-US cell, beside its 25.0%; and the headline's "14,224 troops without
   the US" did not say that it is the nations the plan counts only with a US backstop staying out;
3. the UK's figure was "its own national plan", though its sources are press and commentary;
4. the support force's "troops in theatre after one week: 6,310" beside "its first echelon of
   5,000 troops arrives by day 7"; the evidence's "0 of 6 judged stances" beside a table of 4;
5. no glossary (QRF, QRA, ISR, MOG, band, revisit, ...), and "for only 13.6%" in the headline;
6. "Distinct individuals ..., at fewest ..., low-high" read as if the low end were the floor, and
   neither horizon figure named the horizon's source.

Every check reads real output of the shipped plans (the CLI or the Python API).
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "evidence" / "corpus" / "samples"
WIDE = {"COLUMNS": "400"}


def _text(page: str) -> str:
    """The visible text of a page, footnote marks ``[12]`` dropped."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    return re.sub(r" ?\[\d+\]", "", text).replace(" )", ")").replace("( ", "(")


@pytest.fixture(scope="module")
def europe(run_cli: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("europe-s51")
    done = run_cli("assess", "europe-2025", "--runs", "4", "--no-sensitivity", "--out", out, env=WIDE)
    assert done.exit_code == 0, done.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    with (out / "figures.csv").open(encoding="utf-8") as fh:
        figures = {r["key"]: r for r in csv.DictReader(fh)}
    return {"page": page, "text": _text(page), "figures": figures, "stdout": " ".join(done.stdout.split())}


@pytest.fixture(scope="module")
def compared(run_cli: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("compare-s51")
    done = run_cli("compare", "europe-2025", "mnf-u-2026", "iiss-small", "--runs", "2", "--out", out, env=WIDE)
    assert done.exit_code == 0, done.stderr
    with (out / "compare.csv").open(encoding="utf-8") as fh:
        rows = {r["key"]: r for r in csv.DictReader(fh)}
    return {"rows": rows, "html": (out / "compare.html").read_text(encoding="utf-8"), "out": out}


# -- 2. each side's cell describes its own side --------------------------------------------------
def test_compare_whose_share_cell_without_the_us_is_its_own(compared: dict[str, Any]) -> None:
    rows = compared["rows"]
    assert rows["force.max_burden_pct"]["europe-2025_without_us"] == "25.0"
    setting = rows["force.max_burden_pct.setting"]
    # as planned: the UK, over the common share; without the US the UK is not deployed at all
    assert setting["europe-2025"].startswith("United Kingdom, 43.3%")
    alone = setting["europe-2025_without_us"]
    assert "United Kingdom" not in alone and "with the US backstop" not in alone, alone
    assert alone == "no nation over the common sustainable share of 25%"
    # mnf-u-2026 counts the UK without the US backstop too: its cell names it on both sides
    assert rows["force.max_burden_pct"]["mnf-u-2026_without_us"] == "43.3"
    assert setting["mnf-u-2026_without_us"].startswith("United Kingdom, 43.3%")
    # a plan with no nation over the common share says so, not n/a
    assert setting["iiss-small"].startswith("no nation over the common sustainable share")
    cells = re.search(r"whose share, over the common one</td>(.*?)</tr>", compared["html"], re.S)
    assert cells and "with the US backstop: United Kingdom" not in cells.group(1)


def test_the_headline_says_what_without_the_us_changes_for_the_force(europe: dict[str, Any]) -> None:
    text = europe["text"]
    assert ("28,264 troops at best; 14,224 troops without the US backstop, as the United Kingdom, Germany, "
            "the Netherlands and Latvia join only with one") in text
    assert ("14,224 troops without the US (without the United Kingdom, Germany, the Netherlands and Latvia, "
            "which the plan counts only with a US backstop)") in text


def test_the_nations_named_are_the_plans_own(run_cli: Any, tmp_path: Path) -> None:
    """mnf-u-2026 counts the UK and Germany in either way: only the Netherlands and Latvia are named."""
    done = run_cli("assess", "mnf-u-2026", "--runs", "2", "--no-sensitivity", "--out", tmp_path, env=WIDE)
    assert done.exit_code == 0, done.stderr
    text = _text((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert "16,724 troops without the US backstop, as the Netherlands and Latvia join only with one" in text
    assert "United Kingdom, Germany" not in text.split("Glossary")[0].split("What is protected")[0]


def test_a_nation_made_unconditional_drops_out_of_the_words() -> None:
    import reassure
    from reassure.present.story import us_conditional_nations

    plan = reassure.load_scenario("europe-2025")
    assert us_conditional_nations(reassure.assess(plan, runs=2, sensitivity=False).sections) == [
        "United Kingdom", "Germany", "Netherlands", "Latvia"]
    i = next(i for i, c in enumerate(plan.contributors) if c.nation == "LVA")
    variant = plan.model_copy(update={"contributors": [
        c.model_copy(update={"requires_us_backstop": False}) if k == i else c
        for k, c in enumerate(plan.contributors)]})
    assert us_conditional_nations(reassure.assess(variant, runs=2, sensitivity=False).sections) == [
        "United Kingdom", "Germany", "Netherlands"]


# -- 3. the UK's figure is the plan's, not a "national plan" ------------------------------------
def test_the_uk_figure_claims_no_national_plan(europe: dict[str, Any], run_cli: Any) -> None:
    text = europe["text"]
    assert "own national plan" not in text and "United Kingdom national plan" not in text
    assert ("United Kingdom, 43.3%, by the figure the plan gives for it, over the common sustainable share of "
            "25% applied to the others") in text
    assert ("the figure the plan gives for it (sustainable_troops: 6,500 troops kept deployed), not the common "
            "share, sets its limit") in text
    assert "sources: fg-spectator-brigade, fg-worldnewsera-arrc" in text
    force = run_cli("force", "europe-2025", env=WIDE)
    assert force.exit_code == 0, force.stderr
    out = " ".join(force.stdout.split())
    assert "national plan" not in out, re.findall(r".{60}national plan.{60}", out)
    assert "the figure the plan gives for United Kingdom (6,500 troops deployed" in out


# -- 4. the support force's count and the notes agree; the stance check's unit -------------------
def test_the_support_force_notes_and_figure_agree(europe: dict[str, Any]) -> None:
    text = europe["text"]
    day7 = float(europe["figures"]["posture.buildup_day_7"]["with_us"])
    assert round(day7) == 6310
    assert "Support-force troops in theatre after one week (its first echelon and follow-on forces together)" in text
    assert (f"as many troops as its first echelon, 5,000, are in theatre by day 7 ({day7:,.0f} that day, "
            "follow-on forces included)") in text
    assert "has 5,000 troops, as many as its first echelon, in theatre on day 7" in text
    assert "its first echelon of 5,000 troops arrives by day 7" not in text
    assert "has its 5,000 troops in theatre on day 7" not in text


def test_the_stance_check_counts_readings_and_says_so(run_cli: Any) -> None:
    from reassure.evidence import build_ledger

    ledger = build_ledger([str(SAMPLES)], stance_check=True)  # as the command runs it
    rows = sum(len(p.stances) for p in ledger.positions)
    readings = len({c for p in ledger.positions for v in p.stances for c in v.claim_ids})
    judged = sum(s.check is not None for s in ledger.stances) + len(ledger.withheld_stances)
    # more readings than rows: copies, two sentences; (s60) the two readings of "The Riigikogu
    # approved the deployment" are a house's approval, kept unjudged; (s63) so are the two of
    # "Britain would provide up to 10,000 of the troops", an offer of a figure: 2 judged
    assert (rows, readings, judged) == (4, 8, 2)
    done = run_cli("evidence", str(SAMPLES), env=WIDE)
    assert done.exit_code == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert f"Stance check: 0 of {judged} judged stance readings withheld (a reading is one sentence of one " \
           f"report, each copy of a story counted: the stances shown gather {readings} readings into {rows} rows;" in out
    assert "judged stances withheld" not in out


# -- 5. a glossary, and no "only" before a figure in the headline --------------------------------
def test_the_report_has_a_glossary_of_the_terms_it_uses(europe: dict[str, Any]) -> None:
    from reassure.present.report import GLOSSARY

    page = europe["page"]
    m = re.search(r'<section id="glossary"><h2>Glossary</h2>(.*?)</section>', page, re.S)
    assert m, "no glossary"
    terms = re.findall(r"<dt>(.*?)</dt>", m.group(1))
    for want in ("QRF", "QRA", "ISR", "MALE / HALE UAV", "MOG", "regime", "band", "revisit", "standoff",
                 "rotation pool", "US backstop", "with / without the US"):
        assert html.escape(want) in terms, (want, terms)
    # only the terms the report uses: each listed one occurs outside the glossary
    rest = _text(page.replace(m.group(0), ""))
    for term, pattern, _words in GLOSSARY:
        assert (html.escape(term) in terms) == bool(re.search(pattern, rest)), term
    # one line each, no number in it (every number in the report is footnoted)
    for dd in re.findall(r"<dd>(.*?)</dd>", m.group(1)):
        assert not re.search(r"\d", dd) and len(dd) < 240, dd
    assert "the US support the plan counts on (here: ISR, air defence, air support and logistics)" in _text(m.group(1))


def test_the_headline_gives_the_share_without_only(europe: dict[str, Any]) -> None:
    head = _text(re.search(r'<p class="headline">(.*?)</p>', europe["page"], re.S).group(1))
    assert "for only" not in head
    assert re.search(r"response threshold \(assumed\), counted from when the incident is reported, for "
                     r"\d+\.\d% \(\d+\.\d% without the US\) of all incidents needing one", head), head


# -- 6. the distinct individuals, each end with its horizon; the horizon's source ---------------
def test_the_individuals_label_reads_each_end_with_its_horizon(europe: dict[str, Any]) -> None:
    text = europe["text"]
    assert ("Distinct individuals deployed over the horizon to hold the troops deployed in the best case (every "
            "uncertain nation joins), at least this many (each serving every tour "
            "allowed): the low end over the shortest horizon, 20 years, the high end over the longest, 30 years "
            "(horizon from source seed-004; at most 2 tours per person) 783,000–1,170,000 people") in text
    assert "at fewest" not in text
    assert ("(low cost per year over the shortest horizon, 20 years, to high cost per year over the longest, "
            "30 years; horizon from source seed-004)") in text
    row = europe["figures"]["force.cumulative_individuals_high"]
    assert "at least this many" in row["label"]


def test_the_force_command_gives_each_end_with_its_horizon(run_cli: Any) -> None:
    done = run_cli("force", "europe-2025", env=WIDE)
    assert done.exit_code == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert ("Distinct people deployed over the horizon to hold those best-case troops, at least (each serving every "
            "tour allowed): 783,000 over 20 years to 1,170,000 over 30 years") in out

"""Review 2: labels an analyst can read (which target, n/a, parentheses, units, whose build-up) and
narrow terminals (`compare`, `show` at 80 columns: no 2-character columns, identifiers whole)."""

from __future__ import annotations

import re

import pytest

from reassure.present.compare import compare_width


def _narrow_columns(text: str) -> list[str]:
    """Table rows whose cells are 1-3 characters wide (rich squeezing a table: "│ qu │ es │")."""
    return [line for line in text.splitlines()
            if line.count("│") >= 4 and all(len(c.strip()) <= 3 for c in line.split("│")[1:-1])
            and any(c.strip() for c in line.split("│")[1:-1])]


@pytest.fixture(scope="module")
def assess_text(run_cli) -> str:  # noqa: ANN001
    out = run_cli("assess", "europe-2025", "--runs", "2", env={"COLUMNS": "400"})  # labels on one line
    assert out.exit_code == 0, out.stderr
    return re.sub(r"\s+", " ", out.stdout)


def test_each_chance_names_its_target(assess_text: str) -> None:
    assert "Chance the high end of the target (30,000 troops) is fielded" in assess_text
    assert "Chance the low end of the target (25,000 troops) is fielded" in assess_text
    assert "Chance the target is met" not in assess_text
    assert "P(target met)" not in assess_text
    assert "P(25,000 troops fielded) = 28%" in assess_text


def test_assess_labels_agree_with_cells(assess_text: str) -> None:
    assert "blank =" not in assess_text and "n/a = more than half never reached" in assess_text
    assert "in brackets" not in assess_text and "interval in parentheses" in assess_text
    # r8 6: the count says what it counts (the fleet table also lists satellites)
    assert re.search(r"UAV airframes in the plan's fleet \(satellites not counted\) │ +\d+ airframes", assess_text)


def test_posture_note_is_for_readers(run_cli) -> None:  # noqa: ANN001
    out = run_cli("posture", "europe-2025", env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.stderr
    text = re.sub(r"\s+", " ", out.stdout)
    assert "support force build-up" in text
    assert "The outside support force's build-up (troops in theatre by day)" in text  # review s33
    assert "buildup_if_us_airlift" not in text and "`buildup`" not in text


def test_respond_header_does_not_claim_hours_over_minutes(run_cli) -> None:  # noqa: ANN001
    out = run_cli("respond", "europe-2025", env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.stderr
    assert "Fastest response to each site (h)" not in out.stdout
    assert "hours, or minutes under an hour" in out.stdout
    assert " min " in out.stdout  # the cells the header now describes


def test_show_at_80_columns_prints_blocks_with_whole_paths_and_plural_units(run_cli) -> None:  # noqa: ANN001
    out = run_cli("show", "europe-2025")  # COLUMNS=80
    assert out.exit_code == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) < 1_000  # 2,190 with the squeezed table
    assert not _narrow_columns(out.stdout)
    assert "support_force.readiness = 2–7 days" in lines
    assert "horizon = 20–30 years" in lines
    heads = [line.split(" = ")[0] for line in lines if " = " in line and not line.startswith(" ")]
    assert "monitoring.band.event_durations[2]" in heads  # a long path, whole on its line


def test_show_wide_keeps_the_table_with_plural_units(run_cli) -> None:  # noqa: ANN001
    out = run_cli("show", "europe-2025", env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.stderr
    assert "┃ parameter" in out.stdout and "2–7 days" in out.stdout and "2–7 day " not in out.stdout


def test_compare_at_80_columns_lists_key_figures_per_plan(run_cli) -> None:  # noqa: ANN001
    out = run_cli("compare", "europe-2025", "iiss-small", "--runs", "1")  # COLUMNS=80
    assert out.exit_code == 0, out.stderr
    assert compare_width(2) > 80
    assert not _narrow_columns(out.stdout)
    assert len(out.stdout.splitlines()) < 200  # 3,446 lines for the 8 plans before
    assert "compare.html" in out.stdout
    blocks = [line for line in out.stdout.splitlines() if line in ("europe-2025", "iiss-small")]
    assert blocks == ["europe-2025", "iiss-small"]
    text = re.sub(r"\s+", " ", out.stdout)
    europe, small = text.split(" iiss-small ", 1)
    # review 20 #1: the label both plans share names neither plan's target; each plan's own low
    # end is the key figure listed just above the chance (iiss-small's target is no range)
    assert "(25,000 troops)" not in text
    assert ("Target deployed strength (low end): 25,000 troops "
            "Chance the low end of the target is fielded, given who may not join") in europe
    # review s40b 1: its n/a says why, under it
    assert ("Target deployed strength (low end): n/a not given: one target number (10,000 troops), no low end "
            "Chance the low end of the target is fielded, given who may not join") in small


def test_narrow_column_detector_catches_a_squeezed_table() -> None:
    assert _narrow_columns("│ qu │ es │ ti │ on │\n")
    assert not _narrow_columns("│ Chance 30,000 troops │ 0.0% │ 0.0% │\n")


def test_compare_drops_a_target_number_the_plans_do_not_share() -> None:
    from types import SimpleNamespace

    from reassure.present.compare import comparison_rows
    from reassure.run.results import Figure

    def plan(target: int) -> SimpleNamespace:
        label = f"Chance the high end of the target ({target:,} troops) is fielded, given who may not join"
        section = SimpleNamespace(name="force", figures=(Figure("p_target_met_pct", label, 10.0, 5.0, "%", ()),))
        # (s53) ranged targets: compare words the row by the plans' kinds of target
        return SimpleNamespace(verdicts=(), sections=(section,),
                               scenario=SimpleNamespace(us_backstop=SimpleNamespace(any=True),
                                                        force=SimpleNamespace(target_troops=SimpleNamespace(is_range=True))))

    (same,) = comparison_rows([plan(30_000), plan(30_000)])
    assert "(30,000 troops)" in same["label"]
    (mixed,) = comparison_rows([plan(30_000), plan(10_000)])
    assert mixed["label"] == "Chance the high end of the target is fielded, given who may not join"


def test_compare_puts_the_low_end_of_each_target_beside_its_chance() -> None:
    """r6 M7: "Chance the low end of the target is fielded" lost its number when plans' targets
    differ; a "Target deployed strength (low end)" row just above keeps the chances comparable."""
    from types import SimpleNamespace

    from reassure.present.compare import comparison_rows
    from reassure.run.results import Figure

    def plan(low: int, high: int) -> SimpleNamespace:
        label = f"Chance the low end of the target ({low:,} troops) is fielded, given who may not join"
        section = SimpleNamespace(name="force", figures=(
            Figure("target_troops", "Target deployed strength (high end)", high, high, "troops", ()),
            Figure("p_target_low_met_pct", label, 27.7, 5.0, "%", ())))
        target = SimpleNamespace(low=low, high=high, is_range=True)
        return SimpleNamespace(verdicts=(), sections=(section,), scenario=SimpleNamespace(
            us_backstop=SimpleNamespace(any=True), force=SimpleNamespace(target_troops=target)))

    rows = comparison_rows([plan(25_000, 30_000), plan(10_000, 14_000)])
    keys = [r["key"] for r in rows]
    assert keys == ["force.target_troops", "force.target_troops_low", "force.p_target_low_met_pct"]
    low = rows[1]
    assert low["label"] == "Target deployed strength (low end)" and low["unit"] == "troops"
    assert low["values"] == [25_000, 10_000] and low["differs"] == [False, True]
    assert "(25,000 troops)" not in rows[2]["label"]

"""The headline says why answered calls wait longer with the US backstop (review s12,
observation): queueing, as the incidents notes say; its numbers are the figures' own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.story import _queueing_text
from reassure.run.results import Figure


def _num(value, refs, unit="", digits=0, **kw) -> str:  # type: ignore[no-untyped-def]  # noqa: ANN001
    return f"{value:.{digits}f} {unit}".strip()


def _figs(wait_with: float, wait_without: float, det_with: float = 55.0, det_without: float = 19.0) -> dict:
    return {"incidents.report_to_scene_h_p50": Figure("report_to_scene_h_p50", "wait", wait_with, wait_without, "h", digits=1),
            "incidents.detected_pct": Figure("detected_pct", "detected", det_with, det_without, "%", digits=1)}


@given(st.floats(0.1, 200), st.floats(0.1, 200))
def test_the_sentence_appears_exactly_when_the_wait_is_longer_with_the_us(a: float, b: float) -> None:
    text = _queueing_text(_figs(a, b), _num, True)
    assert bool(text) == (round(a, 1) > round(b, 1))
    if text:
        assert "queue" in text and f"{a:.1f} h" in text and f"{b:.1f} h" in text


def test_no_sentence_for_a_plan_without_us_backstop() -> None:
    assert _queueing_text(_figs(12.0, 6.0), _num, False) == ""


def test_the_reason_names_more_detections_only_when_there_are_more() -> None:
    assert "sensors report more incidents" in _queueing_text(_figs(12.0, 6.0), _num, True)
    assert "sensors" not in _queueing_text(_figs(12.0, 6.0, 19.0, 55.0), _num, True)


def test_the_europe_report_headline_explains_the_longer_wait(tmp_path, run_cli) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("assess", "europe-2025", "--runs", "4", "--out", str(tmp_path / "eu"))
    assert out.exit_code == 0, out.stderr
    page = (tmp_path / "eu" / "report.html").read_text(encoding="utf-8")
    item = page.split("How fast help arrives")[1].split("</li>")[0]
    # (s54) europe-2025 dispatches by triage, the default: no call queues for an in-theatre unit; the
    # calls none reaches in time go at once to the support force and queue for its responses
    assert "waits longer with the US backstop" in item and "queue for the same units" not in item
    assert "go at once to the outside support force" in item and "that median is the support force" in item

"""Every number in the report has a footnote that resolves to a source or an assumption."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

SKIP_TAGS = {"style", "script", "title", "code", "svg", "sup"}
REFERENCE_LISTS = {"notes", "sources", "sources-uncited", "assumptions", "theatre-sources", "data-sources"}


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.nums: list[tuple[str, str]] = []  # (data-fn, text)
        self.tallies: list[str] = []
        self.bare: list[str] = []
        self.links: dict[str, set[str]] = {}  # footnote id -> hrefs inside it
        self.captions_without_fn: list[str] = []
        self._num_text: list[str] | None = None
        self._caption: list[str] | None = None
        self._caption_has_fn = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href", "").startswith("#"):
            for _, outer in reversed(self.stack):
                if outer.get("id", "").startswith("fn-"):
                    self.links.setdefault(outer["id"], set()).add(a["href"][1:])
                    break
            if self._caption is not None:
                self._caption_has_fn = True
        if tag == "span" and "num" in a.get("class", "").split():
            self._num_text = []
            self._num_fn = a.get("data-fn", "")
        if tag == "figcaption":
            self._caption, self._caption_has_fn = [], False
        if tag not in ("br", "meta", "rect", "circle", "line", "path", "polyline"):
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._num_text is not None:
            self.nums.append((self._num_fn, "".join(self._num_text)))
            self._num_text = None
        if tag == "figcaption" and self._caption is not None:
            if not self._caption_has_fn:
                self.captions_without_fn.append("".join(self._caption))
            self._caption = None
        if any(t == tag for t, _ in self.stack):
            while self.stack:
                t, _ = self.stack.pop()
                if t == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self._num_text is not None:
            self._num_text.append(data)
            return
        if self._caption is not None:
            self._caption.append(data)
        if any(t in SKIP_TAGS for t, _ in self.stack):
            return
        if any("tally" in a.get("class", "").split() for _, a in self.stack):
            self.tallies.append(data)  # a count of the report's own notes (checked below)
            return
        if any(a.get("id") in REFERENCE_LISTS for _, a in self.stack):
            return
        if any("data-fn" in a for _, a in self.stack):  # a footnoted block (the description)
            return
        # "90th percentile" names a statistic; the value beside it is the footnoted figure.
        if re.search(r"\d", re.sub(r"\b\d+(st|nd|rd|th) percentile", "", data)):
            self.bare.append(data.strip())


def _walk(report_dir: Path) -> _Walker:
    w = _Walker()
    w.feed((report_dir / "report.html").read_text())
    return w


def test_every_number_has_a_resolving_footnote(report_dir: Path) -> None:
    w = _walk(report_dir)
    assert len(w.nums) >= 30, "the report shows too few figures to be an assessment"
    for fn, text in w.nums:
        assert fn, f"number {text!r} has no footnote"
        note = f"fn-{fn}"
        assert note in w.ids, f"footnote {note} of {text!r} is missing"
        targets = w.links.get(note, set())
        assert targets, f"footnote {note} lists no source or assumption"
        for t in targets:
            assert re.match(r"^(src|asm|tsrc|dsrc)-", t), t
            assert t in w.ids, f"footnote {note} points at missing #{t}"


def test_no_number_outside_a_footnoted_figure(report_dir: Path) -> None:
    w = _walk(report_dir)
    assert w.bare == [], f"numbers without footnotes: {w.bare[:10]}"
    assert w.captions_without_fn == [], w.captions_without_fn


def test_sources_section_cites_the_seeds_by_file_name(report_dir: Path) -> None:
    html = (report_dir / "report.html").read_text()
    assert "004_e6bd231cd2f2ab5e.txt" in html and "000_e2a977955cc9bd59.txt" in html
    assert 'id="sources-and-assumptions"' in html


def test_results_json_is_schema_versioned_with_every_section(report_dir: Path) -> None:
    data = json.loads((report_dir / "results.json").read_text())
    assert data["schema_version"] == 1
    for name in ("force", "posture", "monitoring", "incidents"):
        section = data["sections"][name]
        assert "with_us" in section["data"] and "without_us" in section["data"], name
    layers = json.loads((report_dir / "layers.geojson").read_text())
    assert layers["type"] == "FeatureCollection" and len(layers["features"]) > 50
    assert (report_dir / "figures.csv").read_text().count("\n") > 10


def test_assumptions_and_notes_name_list_items_by_key(report_dir: Path) -> None:
    # review r6 M2: "contributors[8].pledge_troops: hypothetical" named no nation
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    assumptions = html.split('<ul id="assumptions">', 1)[1].split("</ul>", 1)[0]
    notes = html.split('<ul id="notes" class="notes">', 1)[1].split("</ul>", 1)[0]
    assert re.search(r"<code>contributors\[[A-Z]{3}\]", assumptions), assumptions
    for text in (assumptions, notes):
        assert not re.search(r"(contributors|sources|sites|fleets|bases)\[\d+\]", text)


def test_the_caveat_tally_counts_the_caveats_and_cites_nothing(report_dir: Path) -> None:
    """The number of folded caveats is the report's own count of what follows it: it cited the
    scenario's first source (europe-2025's seed-000), which says nothing of the report's notes."""
    page = (report_dir / "report.html").read_text()
    w = _walk(report_dir)
    caveats = page[page.index('<details class="caveats"'):]
    caveats = caveats[:caveats.index("</details>")]
    assert w.tallies == [str(caveats.count('<p class="warn"'))]
    assert "count of caveats" not in page

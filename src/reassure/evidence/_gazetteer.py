"""The nation gazetteer: country names from pycountry, plus the aliases, demonyms, capitals and
leaders that news reports use for them (all mapped to ISO 3166 alpha-3 codes).

The hand-written tables are small and cover the nations and people of the Feb-Apr 2025 debate on a
reassurance force (shared/reference/nations.md §3); pycountry supplies every other country name.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["actor_name", "entity_patterns"]

# Names pycountry spells differently from the news, and short forms.
ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "the United Kingdom"),
    "USA": ("US", "U.S.", "USA", "U.S.A.", "United States", "the United States", "America",
            "United States of America"),
    "RUS": ("Russia", "Russian Federation"),
    "NLD": ("Netherlands", "the Netherlands", "Holland"),
    "CZE": ("Czechia", "Czech Republic", "the Czech Republic"),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "MDA": ("Moldova",),
    "KOR": ("South Korea",),
    "PRK": ("North Korea",),
    "IRN": ("Iran",),
    "SYR": ("Syria",),
    "VNM": ("Vietnam",),
    "UKR": ("Ukraine",),
}
DEMONYMS: dict[str, tuple[str, ...]] = {
    "GBR": ("British",), "FRA": ("French",), "DEU": ("German",),
    "POL": ("Polish",), "ITA": ("Italian",), "NLD": ("Dutch",), "ESP": ("Spanish",),
    "SWE": ("Swedish",), "FIN": ("Finnish",), "NOR": ("Norwegian",), "DNK": ("Danish",),
    "EST": ("Estonian",), "LVA": ("Latvian",), "LTU": ("Lithuanian",), "CZE": ("Czech",),
    "SVK": ("Slovak", "Slovakian"), "HUN": ("Hungarian",), "ROU": ("Romanian",),
    "BGR": ("Bulgarian",), "GRC": ("Greek",), "PRT": ("Portuguese",), "IRL": ("Irish",),
    "AUT": ("Austrian",), "BEL": ("Belgian",), "HRV": ("Croatian",), "SVN": ("Slovenian",),
    "LUX": ("Luxembourgish",), "ISL": ("Icelandic",), "USA": ("American",),
    "CAN": ("Canadian",), "AUS": ("Australian",), "NZL": ("New Zealander",),
    "TUR": ("Turkish",), "JPN": ("Japanese",), "UKR": ("Ukrainian",), "RUS": ("Russian",),
    "BLR": ("Belarusian",), "CHN": ("Chinese",), "GEO": ("Georgian",), "MDA": ("Moldovan",),
    "CHE": ("Swiss",), "IND": ("Indian",), "BRA": ("Brazilian",), "ISR": ("Israeli",),
}
# Capitals standing for governments ("Washington has not dismissed ..."). Only those of the main
# actors; "in Paris" is excluded later because a preposition governs it.
CAPITALS: dict[str, tuple[str, ...]] = {
    "USA": ("Washington",), "RUS": ("Moscow", "the Kremlin", "Kremlin"), "UKR": ("Kyiv", "Kiev"),
    "GBR": ("London", "Downing Street"), "DEU": ("Berlin",), "POL": ("Warsaw",),
    "FRA": ("Paris", "the Elysee", "the Élysée"), "ITA": ("Rome",),
}
# Leaders and ministers named without their nation (Feb-Apr 2025).
PERSONS: dict[str, tuple[str, ...]] = {
    "FRA": ("Macron", "Emmanuel Macron", "Barrot", "Lecornu", "Bayrou"),
    "GBR": ("Starmer", "Keir Starmer", "Healey", "John Healey", "Lammy", "David Lammy"),
    "DEU": ("Scholz", "Olaf Scholz", "Merz", "Friedrich Merz", "Pistorius", "Baerbock"),
    "POL": ("Tusk", "Donald Tusk", "Kosiniak-Kamysz", "Sikorski", "Duda"),
    "ITA": ("Meloni", "Giorgia Meloni", "Crosetto", "Tajani"),
    "NLD": ("Schoof", "Dick Schoof", "Brekelmans", "Ruben Brekelmans"),
    "USA": ("Trump", "Donald Trump", "Hegseth", "Pete Hegseth", "Rubio", "Marco Rubio",
            "Vance", "JD Vance", "Witkoff", "Kellogg"),
    "UKR": ("Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy",
            "Vladimir Zelensky", "Sybiha", "Andrii Sybiha"),
    "RUS": ("Putin", "Vladimir Putin", "Lavrov", "Sergei Lavrov", "Peskov", "Dmitry Peskov"),
    "LTU": ("Sakaliene", "Dovile Sakaliene", "Nauseda", "Nausėda"),
    "DNK": ("Frederiksen", "Løkke Rasmussen"), "SWE": ("Kristersson",),
    "NOR": ("Støre", "Store"), "FIN": ("Orpo", "Stubb"), "ESP": ("Albares", "Sánchez"),
    "SVK": ("Fico",), "HUN": ("Orbán", "Orban"), "ROU": ("Ciolacu",), "GRC": ("Mitsotakis",),
    "EST": ("Michal",), "LVA": ("Rinkēvičs", "Rinkevics"), "CZE": ("Fiala",),
    "HRV": ("Milanović", "Milanovic"), "BGR": ("Radev",),
}
# Names that contain a place but are not actors: matched first so they win.
BLOCKERS = (
    "Washington Post", "The Washington Post", "New York Times", "Paris Agreement",
    "Moscow Times", "Kyiv Independent", "Kyiv Post", "Kyiv Independent's", "Daily Sabah",
    "Associated Press", "Russia Today", "Voice of America", "Radio Free Europe",
)
# pycountry names that are also common first names or words in news text.
_SKIP = frozenset({"Chad", "Jordan", "Georgia", "Guinea", "Niger", "Turkey", "Man", "Jersey",
                   "Iran, Islamic Republic of", "Mali", "Peru"})


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        out[c.alpha_3] = getattr(c, "common_name", None) or c.name
    out.update({"GBR": "United Kingdom", "USA": "United States", "RUS": "Russia",
                "NLD": "Netherlands", "CZE": "Czechia", "TUR": "Turkey", "KOR": "South Korea",
                "MDA": "Moldova", "IRN": "Iran", "SYR": "Syria", "VNM": "Vietnam",
                "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "LAO": "Laos"})
    return out


def actor_name(iso3: str) -> str:
    """A readable name for an ISO3 code ("POL" -> "Poland")."""
    return _names().get(iso3, iso3)


@lru_cache(maxsize=1)
def entity_patterns() -> list[dict[str, object]]:
    """EntityRuler patterns: NATION (names, demonyms, capitals), PERSON (leaders), ORG (blockers).

    Each NATION/PERSON pattern's ``id`` is the ISO3 code of the nation it stands for.
    """
    import pycountry

    phrases: dict[str, tuple[str, str]] = {}  # text -> (label, iso3)

    def add(text: str, label: str, iso3: str) -> None:
        phrases.setdefault(text, (label, iso3))

    for b in BLOCKERS:
        add(b, "ORG", "")
    for iso3, names in ALIASES.items():
        for n in names:
            add(n, "NATION", iso3)
    for iso3, names in PERSONS.items():
        for n in names:
            add(n, "PERSON", iso3)
    for iso3, names in DEMONYMS.items():
        for n in names:
            add(n, "NATION", iso3)
    for iso3, names in CAPITALS.items():
        for n in names:
            add(n, "NATION", iso3)
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            n = str(getattr(c, attr, "") or "")
            if n and "," not in n and "(" not in n and n not in _SKIP:
                add(n, "NATION", c.alpha_3)
    patterns: list[dict[str, object]] = []
    for text, (label, iso3) in phrases.items():
        pattern: dict[str, object] = {"label": label, "pattern": text}
        if iso3:
            pattern["id"] = iso3
        patterns.append(pattern)
    return patterns

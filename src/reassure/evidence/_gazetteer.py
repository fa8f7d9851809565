"""The nation gazetteer: country names from pycountry, plus the aliases, demonyms, capitals and
leaders that news reports use for them (all mapped to ISO 3166 alpha-3 codes).

The hand-written tables are small and cover the nations and people of the Feb-Apr 2025 debate on a
reassurance force (shared/reference/nations.md §3); pycountry supplies every other country name.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["GROUPS", "HOST_AND_ADVERSARY", "actor_name", "entity_patterns", "nation_of"]

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
    "NZL": ("NZ",),
}
DEMONYMS: dict[str, tuple[str, ...]] = {
    "GBR": ("British",), "FRA": ("French",), "DEU": ("German",),
    "POL": ("Polish",), "ITA": ("Italian",), "NLD": ("Dutch",), "ESP": ("Spanish",),
    "SWE": ("Swedish",), "FIN": ("Finnish",), "NOR": ("Norwegian",), "DNK": ("Danish",),
    "EST": ("Estonian",), "LVA": ("Latvian",), "LTU": ("Lithuanian",), "CZE": ("Czech",),
    "SVK": ("Slovak", "Slovakian"), "HUN": ("Hungarian",), "ROU": ("Romanian",),
    "BGR": ("Bulgarian",), "GRC": ("Greek",), "PRT": ("Portuguese",), "IRL": ("Irish",),
    "AUT": ("Austrian",), "BEL": ("Belgian",), "HRV": ("Croatian",), "SVN": ("Slovenian", "Slovene"),
    "LUX": ("Luxembourgish",), "ISL": ("Icelandic",), "USA": ("American",),
    "CAN": ("Canadian",), "AUS": ("Australian",), "NZL": ("New Zealander",),
    "TUR": ("Turkish",), "JPN": ("Japanese",), "UKR": ("Ukrainian",), "RUS": ("Russian",),
    "BLR": ("Belarusian",), "CHN": ("Chinese",), "GEO": ("Georgian",), "MDA": ("Moldovan",),
    "CHE": ("Swiss",), "IND": ("Indian",), "BRA": ("Brazilian",), "ISR": ("Israeli",),
    "PRK": ("North Korean", "North Koreans"),  # (s30) "10,000 North Korean troops sent to Russia"
    # (s45) the nations outside Europe whose offers the reports of 2025 carry ("Indonesian
    # President Prabowo Subianto announced that his nation is prepared to deploy over 20,000")
    "IDN": ("Indonesian",), "BGD": ("Bangladeshi",), "PAK": ("Pakistani",),
    "KOR": ("South Korean",),
    # (s60) the smaller European states a translated report names by adjective ("The Cypriot
    # government said it will not send troops")
    "CYP": ("Cypriot",), "MLT": ("Maltese",), "ALB": ("Albanian",), "MNE": ("Montenegrin",),
    "MKD": ("North Macedonian",), "SRB": ("Serbian",), "BIH": ("Bosnian",),
}
# s17: the people of a nation, in the plural, standing for it ("The Dutch, Brits and Swedes have
# said they were ready to send soldiers")
_PEOPLES: dict[str, tuple[str, ...]] = {
    "GBR": ("Brits", "Britons"), "DEU": ("Germans",), "SWE": ("Swedes",), "DNK": ("Danes",),
    "FIN": ("Finns",), "NOR": ("Norwegians",), "POL": ("Poles",), "ITA": ("Italians",),
    "ESP": ("Spaniards",), "EST": ("Estonians",), "LVA": ("Latvians",), "LTU": ("Lithuanians",),
    "CZE": ("Czechs",), "SVK": ("Slovaks",), "HUN": ("Hungarians",), "ROU": ("Romanians",),
    "BGR": ("Bulgarians",), "GRC": ("Greeks",), "AUT": ("Austrians",), "BEL": ("Belgians",),
    "HRV": ("Croatians", "Croats"), "CAN": ("Canadians",), "AUS": ("Australians",),
    "NZL": ("New Zealanders",), "TUR": ("Turks",), "USA": ("Americans",),
    "RUS": ("Russians",), "UKR": ("Ukrainians",),
}
DEMONYMS.update({iso3: DEMONYMS[iso3] + peoples for iso3, peoples in _PEOPLES.items()})
# Capitals standing for governments ("Washington has not dismissed ..."). Only those of the main
# actors; "in Paris" is excluded later because a preposition governs it.
CAPITALS: dict[str, tuple[str, ...]] = {
    "USA": ("Washington",), "RUS": ("Moscow", "the Kremlin", "Kremlin"), "UKR": ("Kyiv", "Kiev"),
    "GBR": ("London", "Downing Street"), "DEU": ("Berlin",), "POL": ("Warsaw",),
    "FRA": ("Paris", "the Elysee", "the Élysée"), "ITA": ("Rome",), "CZE": ("Prague",),
    "LTU": ("Vilnius",), "EST": ("Tallinn",), "LVA": ("Riga",), "ESP": ("Madrid",),
    "PRT": ("Lisbon",), "SWE": ("Stockholm",), "NOR": ("Oslo",), "DNK": ("Copenhagen",),
    "FIN": ("Helsinki",), "GRC": ("Athens",), "CAN": ("Ottawa",), "AUS": ("Canberra",),
    "TUR": ("Ankara",), "NLD": ("The Hague",), "ROU": ("Bucharest",), "HUN": ("Budapest",),
    "SVK": ("Bratislava",), "IRL": ("Dublin",), "AUT": ("Vienna",),
    # (s18: "Bern can allocate about 200 soldiers")
    "CHE": ("Bern", "Berne"), "HRV": ("Zagreb",), "SVN": ("Ljubljana",), "ISL": ("Reykjavik",),
    "JPN": ("Tokyo",),
}
# Parliaments standing for their nation when they decide ("The Riigikogu approved ...").
PARLIAMENTS: dict[str, tuple[str, ...]] = {
    "DEU": ("the Bundestag", "Bundestag"), "EST": ("the Riigikogu", "Riigikogu"),
    "POL": ("the Sejm", "Sejm"), "LVA": ("the Saeima", "Saeima"), "DNK": ("the Folketing", "Folketing"),
    "LTU": ("the Seimas", "Seimas"), "NOR": ("the Storting", "Storting"),
    "SWE": ("the Riksdag", "Riksdag"), "NLD": ("the Tweede Kamer", "Tweede Kamer"),
    # (s56) Spain's, Finland's and Ireland's, as translated copy names them
    "ESP": ("the Cortes", "Cortes", "the Congress of Deputies"), "FIN": ("the Eduskunta", "Eduskunta"),
    "IRL": ("the Dáil", "Dáil", "the Oireachtas", "Oireachtas"),
}
# The host nation and the adversary: neither holds a stance on contributing to the force.
HOST_AND_ADVERSARY = frozenset({"RUS", "UKR"})
# Groups of nations, expanded to their members (the expansion is shown with each stance).
# Review r10: the groups a report names as sending troops leave Iceland out. Iceland has no
# armed forces (its Coast Guard is a civilian law-enforcement agency; Government of Iceland,
# "Defence", and NATO, "Iceland and NATO": "Iceland has no standing armed forces"), so "the
# Nordic countries are ready to send troops" is no troop offer of Iceland's; a report that names
# Iceland itself still gives it a stance.
_BALTIC = ("EST", "LVA", "LTU")
_NORDIC = ("DNK", "FIN", "NOR", "SWE")  # without Iceland: see above
_BENELUX = ("BEL", "NLD", "LUX")
GROUPS: dict[str, tuple[str, ...]] = {
    "the Baltic states": _BALTIC, "Baltic states": _BALTIC,
    "the Baltic countries": _BALTIC, "Baltic countries": _BALTIC,
    "the Baltics": _BALTIC, "Baltic nations": _BALTIC,
    "the Baltic nations": _BALTIC, "the Baltic republics": _BALTIC,
    "Nordic countries": _NORDIC, "the Nordic countries": _NORDIC,
    "Nordic states": _NORDIC, "the Nordic states": _NORDIC,
    "Nordic nations": _NORDIC, "the Nordic nations": _NORDIC, "the Nordics": _NORDIC,
    "Scandinavian countries": ("DNK", "NOR", "SWE"),
    "the Scandinavian countries": ("DNK", "NOR", "SWE"),
    "the countries of Scandinavia": ("DNK", "NOR", "SWE"),  # s21
    "the Scandinavian nations": ("DNK", "NOR", "SWE"), "the Scandinavian states": ("DNK", "NOR", "SWE"),
    "the countries of the Baltic": _BALTIC,
    "the Benelux countries": _BENELUX, "Benelux countries": _BENELUX,
    "the Benelux nations": _BENELUX, "Benelux nations": _BENELUX,
    "the Benelux states": _BENELUX, "Benelux states": _BENELUX,
    "Nordic and Baltic countries": _NORDIC + _BALTIC,
    "the Nordic and Baltic countries": _NORDIC + _BALTIC,
    "Nordic and Baltic states": _NORDIC + _BALTIC,
    "Baltic and Nordic countries": _NORDIC + _BALTIC,
    "the NB8": _NORDIC + _BALTIC,
    "NB8": _NORDIC + _BALTIC,
    # (s56) each member singly: "Every Nordic country except Finland has offered troops"
    **{f"{q} {g}": _NORDIC for q in ("every", "each", "Every", "Each")
       for g in ("Nordic country", "Nordic state")},
    **{f"{q} {g}": _BALTIC for q in ("every", "each", "Every", "Each")
       for g in ("Baltic state", "Baltic country")},
}
# Leaders and ministers named without their nation (Feb-Apr 2025).
PERSONS: dict[str, tuple[str, ...]] = {
    "FRA": ("Macron", "Emmanuel Macron", "Barrot", "Lecornu", "Bayrou"),
    "GBR": ("Starmer", "Keir Starmer", "Sir Keir", "Healey", "John Healey", "Lammy", "David Lammy",
            "Radakin", "Pollard"),
    "DEU": ("Scholz", "Olaf Scholz", "Merz", "Friedrich Merz", "Pistorius", "Baerbock"),
    "POL": ("Tusk", "Donald Tusk", "Kosiniak-Kamysz", "Kosiniak-Kamysh", "Sikorski", "Duda"),
    "ITA": ("Meloni", "Giorgia Meloni", "Crosetto", "Tajani"),
    "NLD": ("Schoof", "Dick Schoof", "Brekelmans", "Ruben Brekelmans"),
    "USA": ("Trump", "Donald Trump", "Hegseth", "Pete Hegseth", "Rubio", "Marco Rubio",
            "Vance", "JD Vance", "Witkoff", "Kellogg"),
    "UKR": ("Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy",
            "Vladimir Zelensky", "Sybiha", "Andrii Sybiha",
            "Zelenskiy", "Volodymyr Zelenskiy"),  # (s39) Reuters' spelling
    "RUS": ("Putin", "Vladimir Putin", "Lavrov", "Sergei Lavrov", "Peskov", "Dmitry Peskov"),
    "LTU": ("Sakaliene", "Dovile Sakaliene", "Šakalienė", "Nauseda", "Nausėda"),
    "DNK": ("Frederiksen", "Mette Frederiksen", "Løkke Rasmussen"),
    "NOR": ("Støre", "Store"), "FIN": ("Orpo", "Stubb"), "ESP": ("Albares", "Sánchez"),
    "SVK": ("Fico",), "HUN": ("Orbán", "Orban"), "ROU": ("Ciolacu",), "GRC": ("Mitsotakis",),
    "LVA": ("Rinkēvičs", "Rinkevics"),
    "HRV": ("Milanović", "Milanovic"), "BGR": ("Radev",),
    "CZE": ("Fiala", "Pavel", "Petr Pavel"), "CAN": ("Carney", "Trudeau"), "AUS": ("Albanese",),
    "TUR": ("Erdogan", "Erdoğan"), "SWE": ("Kristersson", "Jonson", "Pal Jonson", "Pål Jonson"),
    "EST": ("Michal", "Kristen Michal", "Tsahkna", "Margus Tsahkna"),
    # Portugal's prime minister, so his full name is not read as the country Montenegro (s14)
    # (s56) Portugal's prime minister by title and surname, not the country Montenegro
    "PRT": ("Luís Montenegro", "Luis Montenegro", "Prime Minister Montenegro",
            "Portuguese Prime Minister Montenegro", "Premier Montenegro", "PM Montenegro"),
}
# Session 16: heads of state and government, foreign and defence ministers of the nations in the
# debate, Nov 2024 - 2026 (the speakers of shared/reference/nations.md §3 among them), whose
# surnames are distinctive enough to stand alone ("Bolojan said ...").
for _iso3, _more in {
    "FRA": ("Vautrin",),
    "DEU": ("Wadephul", "Johann Wadephul", "Steinmeier"),
    "POL": ("Nawrocki", "Karol Nawrocki", "Władysław Kosiniak-Kamysz"),
    "ITA": ("Mattarella",),
    "NLD": ("Veldkamp", "Jetten", "Rob Jetten"),
    "BEL": ("De Wever", "Bart De Wever", "Francken", "Theo Francken", "Prévot", "Prevot",
            "Maxime Prévot"),
    "ESP": ("Sanchez", "Pedro Sánchez", "Pedro Sanchez", "José Manuel Albares"),
    "ROU": ("Bolojan", "Ilie Bolojan", "Iohannis", "Klaus Iohannis", "Marcel Ciolacu"),
    "CZE": ("Lipavský", "Lipavsky", "Černochová", "Cernochova", "Chernokhova", "Chernokhová",
            "Babiš", "Babis", "Andrej Babiš", "Petr Fiala"),
    "SVK": ("Kaliňák", "Kalinak", "Robert Fico"),
    "HUN": ("Szijjártó", "Szijjarto", "Viktor Orbán", "Viktor Orban"),
    "BGR": ("Zhelyazkov", "Rumen Radev"),
    "GRC": ("Dendias", "Nikos Dendias", "Kyriakos Mitsotakis"),
    "HRV": ("Plenković", "Plenkovic", "Andrej Plenković", "Anušić", "Anusic"),
    "SVN": ("Golob", "Robert Golob"),
    "AUT": ("Nehammer", "Meinl-Reisinger"),
    "DNK": ("Troels Lund Poulsen", "Lars Løkke Rasmussen"),
    "NOR": ("Jonas Gahr Støre", "Jonas Gahr Store", "Espen Barth Eide"),
    "SWE": ("Stenergard", "Malmer Stenergard", "Maria Malmer Stenergard", "Ulf Kristersson"),
    "FIN": ("Häkkänen", "Hakkanen", "Antti Häkkänen", "Valtonen", "Elina Valtonen",
            "Petteri Orpo", "Alexander Stubb"),
    "EST": ("Pevkur", "Hanno Pevkur"),
    "LVA": ("Siliņa", "Silina", "Evika Siliņa", "Evika Silina", "Sprūds", "Spruds", "Braže",
            "Braze", "Baiba Braže", "Edgars Rinkēvičs"),
    "LTU": ("Budrys", "Kęstutis Budrys", "Paluckas", "Gintautas Paluckas", "Ruginienė",
            "Ruginiene", "Inga Ruginienė", "Gitanas Nausėda", "Gitanas Nauseda"),
    "ISL": ("Frostadóttir", "Frostadottir", "Kristrún Frostadóttir"),
    "CAN": ("McGuinty", "Justin Trudeau", "Mark Carney"),
    "AUS": ("Marles", "Richard Marles", "Anthony Albanese"),
    "NZL": ("Luxon", "Christopher Luxon"),
    "JPN": ("Ishiba", "Shigeru Ishiba", "Takaichi", "Sanae Takaichi"),
    "TUR": ("Fidan", "Hakan Fidan", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    # (s42) the Swiss army chief's "we could probably field about 200 soldiers" (three copies in
    # the rebuilt sets), the defence and foreign ministers
    "CHE": ("Süssli", "Suessli", "Thomas Süssli", "Thomas Suessli", "Amherd", "Viola Amherd",
            "Cassis", "Ignazio Cassis"),
}.items():
    PERSONS[_iso3] = PERSONS.get(_iso3, ()) + _more
# (s44) the office holders of February - March 2024, when Macron first raised sending troops: the
# reports of those weeks quote them by surname ("Sunak's spokesman", "Séjourné")
for _iso3, _more in {
    "GBR": ("Sunak", "Rishi Sunak", "Shapps", "Grant Shapps"),
    "FRA": ("Séjourné", "Sejourne", "Stéphane Séjourné", "Stephane Sejourne", "Attal",
            "Gabriel Attal"),
    "UKR": ("Kuleba", "Dmytro Kuleba"),
    "USA": ("Biden", "Joe Biden", "Blinken", "Antony Blinken"),
}.items():
    PERSONS[_iso3] = PERSONS.get(_iso3, ()) + _more
# (s45) leaders and spokespeople of the nations outside Europe named as possible contributors
# (Indonesia's offer at the UN in September 2025; China's and Brazil's reported interest; India's
# UN-only rule), quoted by surname in rounds 12-14
for _iso3, _more in {
    "IDN": ("Prabowo", "Subianto", "Prabowo Subianto"),
    "BRA": ("Lula", "Lula da Silva", "Luiz Inácio Lula da Silva"),
    "IND": ("Modi", "Narendra Modi", "Jaishankar", "Subrahmanyam Jaishankar"),
    "CHN": ("Xi Jinping", "Wang Yi", "Guo Jiakun", "Mao Ning", "Lin Jian"),
    # and the speakers of contributing and adversary states the rounds quote most by surname
    # alone: Lithuania's foreign minister of 2024, Britain's armed forces minister, France's army
    # chief, Slovakia's president, Russia's foreign-ministry voices and Medvedev (not Zelensky's
    # adviser Podolyak: the annotators take his word on who is ready, as a reporter's)
    "LTU": ("Landsbergis", "Gabrielius Landsbergis"), "GBR": ("Carns", "Al Carns"),
    "FRA": ("Schill", "Pierre Schill"), "SVK": ("Pellegrini", "Peter Pellegrini"),
    "RUS": ("Zakharova", "Maria Zakharova", "Grushko", "Alexander Grushko", "Medvedev",
            "Dmitry Medvedev"),
}.items():
    PERSONS[_iso3] = PERSONS.get(_iso3, ()) + _more
# Officials whose surnames are common words or names elsewhere ("Martin", "Harris", "Blair",
# "Cooper", "Tanner"): named only in full, never by the surname alone.
PERSONS_FULL_ONLY: dict[str, tuple[str, ...]] = {
    "GBR": ("Yvette Cooper", "David Cameron", "Lord Cameron"),  # (s44: Foreign Secretary, 2024)
    "IRL": ("Micheál Martin", "Micheal Martin", "Simon Harris", "Helen McEntee"),
    "ESP": ("Margarita Robles",),
    "PRT": ("Nuno Melo", "Paulo Rangel"),
    "AUT": ("Klaudia Tanner", "Christian Stocker"),
    "LUX": ("Yuriko Backes", "Luc Frieden", "Xavier Bettel"),
    "ROU": ("Nicușor Dan", "Nicusor Dan"),
    "NOR": ("Tore O. Sandvik", "Tore Sandvik"),
    "EST": ("Alar Karis",),
    "CAN": ("Bill Blair", "Mélanie Joly", "Melanie Joly", "Anita Anand"),
    "AUS": ("Penny Wong",),
    "NZL": ("Winston Peters", "Judith Collins"),
    "JPN": ("Yoshimasa Hayashi",),
    "TUR": ("Yaşar Güler", "Yasar Guler"),
    "CHE": ("Martin Pfister",),
}
# (s67, set 138) Offices that changed hands while the force was debated: a leader's words speak
# for the government only while in office ("Merz said Germany was ready ..." in December 2024 is
# the opposition leader's, in June 2025 the chancellor's). surname -> (nation, in office from,
# until (exclusive), source). Dates are the swearing-in or appointment days.
OFFICE_TERMS: dict[str, tuple[str, str | None, str | None, str]] = {
    "Merz": ("DEU", "2025-05-06", None, "elected chancellor by the Bundestag, 6 May 2025"),
    "Scholz": ("DEU", None, "2025-05-06", "succeeded by Merz, 6 May 2025"),
    "Baerbock": ("DEU", None, "2025-05-06", "foreign minister until the Merz cabinet, 6 May 2025"),
    "Wadephul": ("DEU", "2025-05-06", None, "foreign minister in the Merz cabinet, 6 May 2025"),
    "Nawrocki": ("POL", "2025-08-06", None, "sworn in as president, 6 August 2025"),
    "Duda": ("POL", None, "2025-08-06", "term as president ended 6 August 2025"),
    "Babiš": ("CZE", "2025-12-09", None, "appointed prime minister, 9 December 2025"),
    "Babis": ("CZE", "2025-12-09", None, "appointed prime minister, 9 December 2025"),
    "Fiala": ("CZE", None, "2025-12-09", "succeeded by Babiš, 9 December 2025"),
    "Carney": ("CAN", "2025-03-14", None, "sworn in as prime minister, 14 March 2025"),
    "Trudeau": ("CAN", None, "2025-03-14", "succeeded by Carney, 14 March 2025"),
    "Nehammer": ("AUT", None, "2025-01-10", "resigned as chancellor, 10 January 2025"),
    "Stocker": ("AUT", "2025-03-03", None, "sworn in as chancellor, 3 March 2025"),
    "De Wever": ("BEL", "2025-02-03", None, "sworn in as prime minister, 3 February 2025"),
    "Francken": ("BEL", "2025-02-03", None, "defence minister in the De Wever cabinet, 3 February 2025"),
    "Iohannis": ("ROU", None, "2025-02-12", "resigned as president, 12 February 2025"),
    "Ciolacu": ("ROU", None, "2025-05-06", "resigned as prime minister, 6 May 2025"),
    "Bayrou": ("FRA", "2024-12-13", "2025-09-09", "prime minister, 13 December 2024 - 9 September 2025"),
}


def out_of_office(name: str, iso3: str, date: str | None) -> bool:
    """Whether ``name`` (a speaker as the ledger shows it) holds one of `OFFICE_TERMS`' offices
    of ``iso3`` and ``date`` (ISO) falls outside its term; False when undated."""
    if not date:
        return False
    joined = " ".join(name.replace("’", "'").replace("'s", "").split())
    for surname, (nation, start, until, _) in OFFICE_TERMS.items():
        # a whole word or words ("De Wever's government", "Chancellor Olaf Scholz")
        if nation == iso3 and re.search(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", joined):
            return bool(start and date < start or until and date >= until)
    return False


# Names that contain a place but are not actors: matched first so they win.
BLOCKERS = (
    "Washington Post", "The Washington Post", "New York Times", "Paris Agreement",
    # (s56) the January 2026 document named for its city: not France's voice
    "Paris Declaration", "Paris declaration",
    "Moscow Times", "Kyiv Independent", "Kyiv Post", "Kyiv Independent's", "Daily Sabah",
    "Associated Press", "Russia Today", "Voice of America", "Radio Free Europe",
    # (s23) parties named for their nation: a party's vote is not the government's stance
    # ("Reform UK will vote against the deployment of British troops")
    "Reform UK", "Alternative for Germany", "Sweden Democrats", "Finns Party", "Denmark Democrats",
    "Freedom Party of Austria",
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


@lru_cache(maxsize=1)
def _word_nations() -> dict[str, str]:
    """Single words that name a nation (names, demonyms, leaders' surnames) -> ISO3."""
    out: dict[str, str] = {}
    for table in (PERSONS, DEMONYMS, CAPITALS, ALIASES):
        for iso3, names in table.items():
            for n in names:
                # a leader by surname; a nation only by a one-word name ("Republic" alone, from
                # "Czech Republic", or "States" would name a nation in any title)
                if table is PERSONS or " " not in n.strip():
                    word = n.split()[-1].lower()
                    if table is PERSONS and word in _country_words():
                        continue  # "Montenegro" alone is the country; "Luís Montenegro" is
                        # Portugal's prime minister (matched whole in nation_of)
                    out.setdefault(word, iso3)
    return out


@lru_cache(maxsize=1)
def _full_names() -> tuple[tuple[str, str], ...]:
    """(full name, ISO3) of the leaders named by more than one word, in table order."""
    return tuple((n, iso3) for table in (PERSONS, PERSONS_FULL_ONLY)
                 for iso3, names in table.items() for n in names if " " in n)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    return frozenset(n.lower() for n in _names().values() if " " not in n)


# (s65) a government's seat naming its voice as a speaker ("a Downing Street spokesman said",
# "Number 10 said"): multi-word or numbered, so they are no single-word name in `_word_nations`
_OFFICE_SEATS = {"downing street": "GBR", "number 10": "GBR", "no 10": "GBR", "elysee": "FRA",
                 "white house": "USA"}
_OFFICE_SEAT = re.compile(r"\b(?:Downing Street|Number 10|No\.? 10|[EÉ]lys[eé]e|White House)\b")


@lru_cache(maxsize=4096)
def nation_of(speaker: str | None) -> str | None:
    """The nation a speaker stands for ("Danish Prime Minister Mette Frederiksen" -> DNK), if
    one word of the name says it; None otherwise. Cached: a report names its speakers again and
    again, and the extractor asks for the same one in several passes of a sentence."""
    if not speaker:
        return None
    full = next((iso3 for name, iso3 in _full_names() if speaker.endswith(name)), None)
    if full:  # a full name, whose surname may be a country's ("Luís Montenegro")
        return full
    seat = _OFFICE_SEAT.search(speaker)
    if seat:  # (s65) "a Downing Street spokeswoman", "an Elysee adviser", "Number 10"
        return _OFFICE_SEATS[seat.group(0).lower().replace("é", "e").replace(".", "")]
    owner, mark, _ = speaker.replace("’", "'").partition("'s ")
    if mark and owner:  # (s59) "Norway's prime minister": the office's country
        iso3 = _country_by_name().get(owner.lower().removeprefix("the ").strip())
        if iso3:
            return iso3
    words = _word_nations()
    for w in reversed(speaker.replace("’", "'").replace("'s", "").split()):
        iso3 = words.get(w.strip(".,").lower())
        if iso3:
            return iso3
    return None


@lru_cache(maxsize=1)
def _country_by_name() -> dict[str, str]:
    """A country's name or alias (lower case) -> ISO3."""
    out = {name.lower(): iso3 for iso3, name in _names().items()}
    out.update({a.lower(): iso3 for iso3, names in ALIASES.items() for a in names})
    return out


@lru_cache(maxsize=1)
def _surnames() -> dict[str, str]:
    """A leader's surname (lower case) -> ISO3, from PERSONS."""
    return {n.split()[-1].lower(): iso3 for iso3, names in PERSONS.items() for n in names}


def country_named(word: str) -> str | None:
    """(s59) The ISO3 of a country's name or alias ("Norway", "Britain"), or its demonym's."""
    return _country_by_name().get(word.lower()) or _demonym_nation().get(word)


@lru_cache(maxsize=1)
def _demonym_nation() -> dict[str, str]:
    """A demonym as written ("Danish") -> ISO3 (the first nation that lists it)."""
    out: dict[str, str] = {}
    for iso3, names in DEMONYMS.items():
        for d in names:
            out.setdefault(d, iso3)
    return out


def leader_nation(name: str) -> str | None:
    """(s59) The nation of a leader named by surname or full name ("Kristersson", "Jonas Gahr
    Store"); None for anything else (a capital, a country, an unknown name)."""
    words = name.replace("’", "'").split()
    return _surnames().get(words[-1].lower()) if words else None


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
    # the order matters: the first label given to a text wins
    named = ((ALIASES, "NATION"), (PERSONS, "PERSON"), (PERSONS_FULL_ONLY, "PERSON"),
             (DEMONYMS, "NATION"), (CAPITALS, "NATION"), (PARLIAMENTS, "NATION"))
    for table, label in named:
        for iso3, names in table.items():
            for n in names:
                add(n, label, iso3)
    for text, members in GROUPS.items():
        add(text, "GROUP", "+".join(members))
        # headline and Title Case spellings: "the Baltic States" (issue 15n)
        add(" ".join(w if w in ("the", "and") else w[:1].upper() + w[1:] for w in text.split()),
            "GROUP", "+".join(members))
        if text.startswith("the ") and text[4:] not in GROUPS:  # (s31) at a sentence's start:
            # "The Baltics are willing" (where "Baltic states" alone is a name, it is the one shown)
            add("The " + text[4:], "GROUP", "+".join(members))
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            n = str(getattr(c, attr, "") or "")
            if n and "," not in n and "(" not in n and n not in _SKIP:
                add(n, "NATION", c.alpha_3)
    # (s58) a fact box's capitals: "BRITAIN - Signed a declaration of intent ...", "POLAND - Will
    # not send troops" (names and demonyms of four letters or more; not capitals or leaders)
    for table in (ALIASES, DEMONYMS):
        for iso3, names in table.items():
            for n in names:
                if len(n) >= 4 and n.upper() != n and not n.startswith("the "):
                    add(n.upper(), "NATION", iso3)
    for c in pycountry.countries:
        n = str(getattr(c, "common_name", "") or getattr(c, "name", "") or "")
        if len(n) >= 4 and "," not in n and "(" not in n and n not in _SKIP:
            add(n.upper(), "NATION", c.alpha_3)
    patterns: list[dict[str, object]] = []
    for text, (label, iso3) in phrases.items():
        pattern: dict[str, object] = {"label": label, "pattern": text}
        if iso3:
            pattern["id"] = iso3
        patterns.append(pattern)
    return patterns

"""Sentence-level helpers shared by the quantity and stance extractors.

A `Sent` wraps one spaCy sentence with what both extractors need: lower-case tokens, the actor
mentions (nations, and leaders mapped to their nation) and whether a preposition governs each
("troops *in* Ukraine" is not Ukraine acting), clause windows, and who is speaking.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from reassure.evidence._gazetteer import country_named, leader_nation

__all__ = ["Mention", "Sent", "claim_hash", "could_name_speaker", "find_speaker"]

PREPS = frozenset(
    "in into to for from with against on at by of toward towards across about over under between "
    "inside within near than via per after before through throughout around behind beyond "
    "alongside among amid outside upon onto excluding except besides unlike without".split()
)
DETS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
BOUNDARY_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "“", "”", '"', "‘", "’"})
BOUNDARY_WORDS = frozenset({"but", "while", "whereas", "although", "though", "however", "yet",
                            "whose", "who", "which"})
# a sentence's opening concession, to its first comma: "While the US has ruled out ..., ...",
# "Although Athens remains open to talks, ..." (s67: whose words the rest of the sentence says)
OPENING_CONCESSION = re.compile(r"(?:While|Whilst|Although|Though|Whereas)\b[^,]*,")
LIST_GLUE = frozenset({",", "and", "the", "as", "well", "or", "nor", "&", "plus", "-", "/", "mr", "mrs",
                       "ms", "sir", "dr", "mr.", "mrs.", "ms.",
                       # (s58) "Britain, France, the three Baltic states and perhaps Belgium"
                       "three", "four", "five", "perhaps", "possibly", "probably", "maybe"})


def _finite(word: str) -> bool:
    """A word that reads as a finite verb after a subject (an auxiliary, or -s / -ed)."""
    return word in _FINITE or (len(word) > 3 and word[-1] == "s" and word[-2] not in "s'’"
                               and word.isalpha()) or (word.endswith("ed") and word.isalpha())


def _closing(gap: list[str]) -> bool:
    """(s60) The gap before a list's last member: "and", "or", "nor" ("A, B and C")."""
    return not {"and", "or", "nor"}.isdisjoint(gap) and "well" not in gap


def list_gap(gap: list[str]) -> bool:
    """The words between two listed nations: commas, "and", "as well as" — "as" alone opens a
    clause of reason ("could affect Austria, as Russia rejects ..."; s17)."""
    return all(w in LIST_GLUE for w in gap) and ("as" not in gap or "well" in gap)


_EMBEDDED = frozenset({"what", "whether", "how", "whom"})
# a relative "that" after a copula: "X and Y are the only countries (in it) that ..." (s22)
_HEADS = frozenset("countries nations states participants members allies partners contributors "
                   "ones governments".split())
_COPULAS = frozenset({"is", "are", "was", "were", "remain", "remains", "remained"})
_NARROWING = frozenset({"only", "among", "one", "first", "two", "three", "few"})
_NEGATED = frozenset({"not", "n't", "never", "no"})
# "Foreign ministers from the Nordic countries ... expressed": people of a nation act for it
# (s65) who is seated in a capital and speaks for its nation ("the government in Prague")
_SEATED = frozenset({"government", "governments", "authorities", "leadership", "cabinet"})
_PEOPLE = frozenset(
    "minister ministers leaders leader officials official counterparts governments government "
    "representatives delegates diplomats envoys chiefs heads president presidents chancellor "
    "premier".split()
)
_NATION_HEADS = frozenset({"countries", "nations", "states", "governments"})
_MOSTLY = frozenset({"primarily", "mainly", "mostly", "chiefly", "largely", "notably"})


def _countries_from(lower: list[str], j: int) -> bool:
    """(s31) "countries, primarily from ..." ends right before the "from" at ``j``: a group noun,
    then only commas and words like "mainly" between it and "from"."""
    k = j - 1
    while k >= 0 and k >= j - 3 and (lower[k] in _MOSTLY or lower[k] == ","):
        k -= 1
    return k >= 0 and lower[k] in _NATION_HEADS
_TROOPS_FROM = frozenset({"troops", "soldiers", "peacekeepers", "contingents", "forces",
                          "personnel", "units", "servicemen"})
# (s29) "withdraw troops from Estonia and Cyprus to deploy a brigade": the place they leave
_MOVED_AWAY = frozenset({"withdraw", "withdrawing", "withdrew", "withdrawn", "pull", "pulling",
                         "pulled", "redeploy", "redeploying", "redeployed", "move", "moving",
                         "moved", "divert", "diverting", "diverted", "relocate", "relocating",
                         "shift", "shifting", "remove", "removing"})
SPEECH = frozenset(
    # verbs only: "states", "claims", "notes" are left out, they are nouns too ("Baltic states")
    "said says say stated told tells warned warns announced announces added affirmed affirms "
    "emphasized emphasised emphasizes emphasises stressed stresses reiterated reiterates remarked "
    "argued argues insisted insists noted claimed wrote declared declares explained explains "
    "cautioned echoed confirmed confirms suggested suggests spoke clarified "
    "assured admitted admits revealed".split()  # (s71) "who assured ... that"
)
_SKIP_BEFORE_VERB = frozenset(
    "has had have also first later then openly recently previously repeatedly reportedly "
    "publicly further once again was is already initially "
    "earlier officially formally clearly explicitly".split()  # (s60) "have earlier declared"
)
_SPEAKER_WORDS = frozenset(
    "the an a unnamed senior several some many one official officials source sources analyst "
    "analysts diplomat diplomats leader leaders expert experts minister ministers spokesperson "
    "spokesman spokeswoman government administration ministry".split()
)
PRONOUNS = frozenset({"he", "she", "they"})
_TITLES = frozenset("prime minister president chancellor foreign defence defense government "
                    "spokesman spokeswoman spokesperson ministry premier leader".split())
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "their", "its", "his", "her",
                               "our"})


@dataclass(frozen=True)
class Mention:
    """An actor mention in a sentence (token indices relative to the sentence)."""

    start: int
    end: int
    iso3: str
    label: str  # NATION | PERSON | GROUP (one mention per member nation)
    text: str
    governed: bool  # a preposition governs it ("in Ukraine")
    group: str | None = None  # the group's words when expanded ("the Baltic states")


# issue 15q: words that are prepositions or clause openers ("after the talks" / "after the UK
# and France reiterated their commitment"); a nation list after one of them followed by a finite
# verb is the subject of its own clause, not governed
_WEIGHING_ING = frozenset({"discussing", "considering", "weighing", "mulling", "exploring",
                           "evaluating"})
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "as", "because", "once", "when",
                             "while", "with", "about"})
_FINITE = frozenset(
    "has have had is are was were will would could can may might must should shall did does do "
    "also reiterated reaffirmed reaffirms reiterates said says announced agreed pledged signed "
    "confirmed decided promised vowed committed offered refused declined".split()
)
# "with France ready to station troops", "with France potentially contributing": the subject of
# an absolute clause (its predicate an adjective or an -ing verb)
_OFFER_WORDS = frozenset("ready prepared willing contributing contribute sending send deploying "
                         "deploy participating participate providing provide troops soldiers "
                         "forces ruling".split())
# (s68) the finite verbs after ", and NATION" that give it a clause of its own
_FINITE_OWN = frozenset("has have is are was were will would could can may did does".split())
_ABSOLUTE = frozenset({"ready", "prepared", "willing", "set", "poised", "keen", "potentially",
                       "possibly", "also", "reportedly"})


_SOME_NOT_ALL = frozenset({"not", "almost", "nearly", "hardly", "virtually", "practically"})
_PLACE_PREPS = frozenset({"in", "into", "inside", "near", "across", "at", "on", "to", "within",
                          "outside", "beyond", "throughout"})
# (s56) a list set beside the clause's own subject: "Unlike Spain and Portugal, Denmark has ..."
_SET_BESIDE = frozenset({"unlike", "like"})


def _new_clause(lower: list[str], prev: Mention, s: int, e: int, head: Mention | None = None) -> bool:
    """A nation after *, and* that opens a clause of its own rather than continuing the list a
    place-preposition governs: "..., Germany participating without basing forces in Ukraine, and
    Italy ruling out ground deployments" (its verb follows it; 15t). Not after *with* or
    another clause opener, whose lists ``_clause_subjects`` reads whole."""
    if "," not in lower[prev.end:s] or e >= len(lower):
        return False
    k = e
    while k < len(lower) and lower[k] in _TITLES:
        k += 1
    if k > e and not SPEECH.isdisjoint(lower[k:k + 4]):
        return True  # (s70, set 149) "would not fight in Ukraine, and Czech Republic Prime
        # Minister Petr Fiala said ...": the nation of a speaker who opens a clause of his own
    # (s56) the preposition stands before the list's first member ``head``: "Unlike Spain and
    # Portugal, Denmark has offered troops", "In contrast to Spain and Portugal, Denmark ..."
    j = (head or prev).start - 1
    while j >= 0 and lower[j] in DETS:
        j -= 1
    nxt = lower[e]
    if j < 0 or lower[j] not in _PLACE_PREPS and lower[j] not in _SET_BESIDE:
        # (s68) "Hungary held talks with Kyiv, and Britain is ready to send troops": after ",
        # and" a nation with a finite verb of its own opens a clause, whatever preposition
        # governed the member before (not "with France, Britain, and Canada ready to ...": an
        # absolute clause, read whole; nor a list after "by" or "from", whose verb is the list's)
        between = [w for w in lower[prev.end:s] if w not in DETS]
        return between == [",", "and"] and j >= 0 and lower[j] not in ("by", "from") \
            and nxt in _FINITE_OWN and (head is None or head is prev)  # (a lone member, not
        # the last of a list: "Talks with France, Germany, and Italy have focused on ...")
    return (nxt.endswith("ing") and len(nxt) > 4) or nxt in _FINITE or nxt in _ABSOLUTE


# the names of papers a nation is bracketed into ("The (UK) Times", "The Times (UK)")
_OUTLET_WORDS = frozenset({"times", "telegraph", "guardian", "independent", "post", "mail", "sun",
                           "express", "observer", "herald", "journal", "tribune", "mirror"})


def _in_outlet_name(lower: list[str], s: int, e: int) -> bool:
    """Whether the mention ``s:e`` is a bracketed part of a paper's name: "The (UK) Times",
    "The Times (UK)"."""
    if not (s >= 1 and e < len(lower) and lower[s - 1] == "(" and lower[e] == ")"):
        return False
    return (s >= 2 and lower[s - 2] == "the" and lower[e + 1:e + 2] != [] and lower[e + 1] in _OUTLET_WORDS
            or s >= 2 and lower[s - 2] in _OUTLET_WORDS)


def _comma_lists(lower: list[str], mentions: list[Mention]) -> list[Mention]:
    """A list whose first member a preposition governs is governed whole, commas included
    ("The statements from Spain, Germany, and Poland come after ...": the pair-wise rule above
    needs "and" between two members, so Germany and Poland were read as subjects; 15s)."""
    out = list(mentions)
    i = 0
    while i < len(out):
        k = i
        while k + 1 < len(out) and out[k + 1].start >= out[k].end and \
                all(w in LIST_GLUE for w in lower[out[k].end:out[k + 1].start]) and \
                not (out[i].governed and _new_clause(lower, out[k], out[k + 1].start,
                                                     out[k + 1].end, out[i])) and \
                not (k == i and _fronted_place(lower, out, i)) and \
                not (out[i].governed and _closed_list(lower, out, i, k)):
            k += 1  # (not a member that opens a clause of its own: _new_clause, 15t)
        if k > i and out[i].governed and any(
                {"and", "or"} & set(lower[out[n].end:out[n + 1].start]) for n in range(i, k)):
            for n in range(i + 1, k + 1):
                m = out[n]
                if not m.governed and m.label != "PERSON":
                    out[n] = Mention(m.start, m.end, m.iso3, m.label, m.text, True, m.group)
        i = k + 1
    return out


def _closed_list(lower: list[str], mentions: list[Mention], i: int, k: int) -> bool:
    """(s71) A governed list closed by its "and" before a bare comma ("Besides the United
    Kingdom and France, Australia, Ireland ... have indicated ..."): the names after the comma
    are the clause's subject, not more of the phrase's."""
    glue = lower[mentions[k].end:mentions[k + 1].start]
    return "," in glue and not {"and", "or"} & set(glue) and k > i and any(
        {"and", "or"} & set(lower[mentions[n].end:mentions[n + 1].start]) for n in range(i, k))


def _fronted_place(lower: list[str], mentions: list[Mention], i: int) -> bool:
    """(s68) Mention ``i`` is the place of a phrase that opens the sentence, closed by a comma ("In
    Paris, Britain and France said ..."): the names listed after the comma, with no comma after
    them, are the sentence's subject, not more places ("In Poland, Romania and Hungary, officials
    ..." stays one list of places)."""
    m = mentions[i]
    if not (m.governed and m.start == 1 and (lower[0] in _PLACE_PREPS or lower[0] == "of" and m.label == "GROUP")
            and lower[m.end:m.end + 1] == [","]):
        return False  # (s74) or a group as the sentence's frame: "Of the Nordic countries, Sweden and ..."
    last = i + 1
    while last + 1 < len(mentions) and all(w in LIST_GLUE for w in
                                           lower[mentions[last].end:mentions[last + 1].start]):
        last += 1
    return last < len(mentions) and lower[mentions[last].end:mentions[last].end + 1] != [","]


_SENTENCE_ADVERBS = frozenset({"reportedly", "apparently", "previously", "recently", "also",
                               "again", "later", "already", "publicly"})


def _clause_subjects(lower: list[str], mentions: list[Mention]) -> list[Mention]:
    """Ungovern a nation list that opens a clause after a word that is also a preposition:
    "It comes after the UK and France reiterated their commitment to deploy troops" (a finite
    verb follows the list), "with France, Britain and Canada ready to station troops" (an
    absolute clause: an adjective, an adverb or an -ing verb follows). Not "such as" / "as well
    as" (examples), nor a leader governed with a title by another preposition."""
    out = list(mentions)
    i = 0
    while i < len(out):
        m = out[i]
        j = m.start - 1
        while j >= 0 and lower[j] in DETS:
            j -= 1
        opener = lower[j] if j >= 0 else ""
        if not m.governed or opener not in _CLAUSE_OPENERS or (
                opener == "as" and j >= 1 and lower[j - 1] in ("such", "well")):
            i += 1
            continue
        k = i  # the list's last member
        while k + 1 < len(out) and out[k + 1].start >= out[k].end and \
                all(w in LIST_GLUE or w in _TITLES for w in lower[out[k].end:out[k + 1].start]):
            k += 1  # (15s: "after British Prime Minister Keir Starmer said": the title between)
        end = out[k].end
        nxt = lower[end] if end < len(lower) else ""
        if opener == "about":  # "reports about the UK and France also discussing sending
            # their soldiers": the subject of the -ing verb (15s), nothing else
            verb = lower[end + 1] if nxt == "also" and end + 1 < len(lower) else nxt
            subject = verb in _WEIGHING_ING and not _OFFER_WORDS.isdisjoint(lower[end:end + 8])
        elif opener == "with":  # the absolute clause itself must speak of sending troops
            clause = lower[end:end + 12]
            clause = clause[:clause.index(",")] if "," in clause else clause
            subject = (nxt in _ABSOLUTE or (nxt.endswith("ing") and len(nxt) > 4)) and \
                not _OFFER_WORDS.isdisjoint(clause)
        else:
            if nxt in _SENTENCE_ADVERBS and end + 1 < len(lower):
                nxt = lower[end + 1]  # (s18) "after Irish Prime Minister Micheál Martin
                # reportedly signaled an openness ...": the adverb before the verb
            subject = nxt in _FINITE or (nxt.endswith("ed") and len(nxt) > 4)
        if subject:
            for n in range(i, k + 1):
                out[n] = Mention(out[n].start, out[n].end, out[n].iso3, out[n].label,
                                 out[n].text, False, out[n].group)
        i = k + 1
    return out


# a clause's bounds: punctuation or a contrast word (one set: `Sent.clause_start`, `clause_end`)
_BOUNDARY = BOUNDARY_PUNCT | BOUNDARY_WORDS
# (s60) "yet" after an auxiliary or a negation is "so far", no clause's opening: "Neither Germany
# nor Italy has yet committed troops", "has not yet decided"
_BEFORE_ADVERBIAL_YET = frozenset({"has", "have", "had", "is", "are", "was", "were", "not", "n't",
                                   "as", "never", "nor", "also"})


_TAG_SPEECH = frozenset({"said", "says", "added", "adds", "confirmed", "confirms", "stressed",
                         "stresses", "insisted", "insists", "noted", "notes", "argued", "argues",
                         "explained", "explains", "told", "tells", "warned", "warns",
                         "claimed", "claims", "suggested", "suggests", "believes", "thinks"})


def parenthetical_speech(low: list[str], j: int) -> bool:
    """(s60) The speech verb at ``j`` is a tag set in commas inside a clause: ", he said,", ",
    the minister confirmed,", ", Merz said on Tuesday," (a comma within four words after it and
    one within five before it, nothing but the speaker between)."""
    if low[j] not in _TAG_SPEECH:
        return False
    after = next((k for k in range(j + 1, min(len(low), j + 5)) if low[k] == ","), None)
    before = next((k for k in range(j - 1, max(-1, j - 6), -1) if low[k] == ","), None)
    if after is None or before is None or before < 1:
        return False
    return not any(w in ("that", "and", "but", ";", ".") for w in low[before + 1:after])


def _adverbial_yet(low: list[str], j: int) -> bool:
    return low[j] == "yet" and j > 0 and low[j - 1] in _BEFORE_ADVERBIAL_YET


# nouns a nation modifies without being their subject ("Ukraine allies", "Kyiv's partners"; s13)
_BACKERS = frozenset({"allies", "partners", "backers", "supporters", "friends"})


def _titled_then_ing(lower: list[str], ents: list[tuple[int, int, str, str, str]],
                     doc_start: int, e: int) -> bool:
    """(s71) "with French President Emmanuel Macron recently stating that ...": the nation's
    adjective, a title, a person's name and an adverb, then the -ing verb whose subject they
    are."""
    k = e
    while k < len(lower) and (lower[k] in _TITLES or any(
            a - doc_start <= k < b - doc_start for a, b, *_ in ents)):
        k += 1
    if k == e:
        return False
    while k < len(lower) and lower[k].endswith("ly"):
        k += 1
    return k < len(lower) and lower[k].endswith("ing") and len(lower[k]) > 4


class Sent:
    """One sentence with the features the extractors read.

    ``lower`` holds the sentence's lower-case tokens (leading and trailing white space trimmed);
    indices used by the extractors are relative to the sentence, and ``tok(i)`` gives the spaCy
    token. ``offset`` is the absolute character offset of the sentence in ``Report.text``.
    """

    __slots__ = ("_digits", "doc", "doc_start", "idx", "lens", "lower", "mentions", "offset",
                 "text")

    def __init__(self, doc: Any, doc_start: int, lower: list[str], idx: list[int],
                 lens: list[int], offset: int, ents: list[tuple[int, int, str, str, str]],
                 text: str) -> None:
        self.doc = doc
        self.doc_start = doc_start  # index of the first token in the doc
        self.lower = lower
        self.idx = idx  # doc-level character offset of each token
        self.lens = lens  # length of each token
        self.offset = offset
        self.text = text  # the sentence as written
        self._digits: list[int] | None = None
        if not ents:  # (most sentences: the list passes below would return it empty)
            self.mentions: list[Mention] = []
            return
        mentions: list[Mention] = []
        for start, end, iso3, label, ent_text in ents:
            s, e = start - doc_start, end - doc_start
            if label == "GROUP" and lower[s] in ("every", "each") and s >= 1 and \
                    lower[s - 1] in _SOME_NOT_ALL:
                continue  # (review s56) "Not every (Almost every) Baltic state has offered
                # troops": some members, unnamed, not the group
            j = s - 1
            while j >= 0 and lower[j] in DETS:
                j -= 1
            governed = j >= 0 and lower[j] in PREPS or lower[s - 1:s] == ["-"] and s >= 2 and \
                lower[s - 2].isalpha() and idx[s - 1] == idx[s - 2] + lens[s - 2] and \
                idx[s] == idx[s - 1] + lens[s - 1]  # "the Anglo-French plan": a modifier, no
            # subject (s17); a spaced hyphen is no compound: "TOKYO - Japan will not send" (s55)
            if not governed and e + 1 < len(lower) and lower[e] == "-" and \
                    lower[e + 1].isalpha() and idx[e] == idx[e - 1] + lens[e - 1] and \
                    idx[e + 1] == idx[e] + lens[e]:
                governed = True  # (s18) "the French-British blueprint": its first member too
            if governed and lower[j] in ("from", "of") and j >= 1 and (
                lower[j - 1] in _PEOPLE or (j >= 2 and lower[j - 2] in _PEOPLE)
            ) and not _people_governed(lower, j):
                governed = False  # "ministers from Germany and France have ..."
            if governed and lower[j] == "in" and j >= 1 and lower[j - 1] in _SEATED and \
                    label == "NATION":
                governed = False  # (s65) "The government in Vienna has decided to send": the
                # government seated there, a nation's own voice
            if governed and lower[j] == "from" and _countries_from(lower, j):
                governed = False  # (s31) "a handful of countries, primarily from the Baltics,
                # France and the UK, are willing": the nations the countries are
            if governed and lower[j] == "from" and j >= 1 and lower[j - 1] in _TROOPS_FROM \
                    and _MOVED_AWAY.isdisjoint(lower[max(0, j - 4):j - 1]):
                governed = False  # "Troops from Britain, France and Germany will be ready to
                # deploy": their own troops, as "N troops from Sweden" is Sweden's (§4; 15s)
            if governed and lower[j] == "with" and e < len(lower) and (
                    lower[e].endswith("ing") or lower[e] in ("ready", "prepared", "willing")
                    or _titled_then_ing(lower, ents, doc_start, e)):
                governed = False  # "with France expressing willingness to ...": its subject;
                # (s34) "..., with France ready to contribute about one-third of that number"
            if governed and lower[j] == "as" and lower[j - 1:j] == [","] and e < len(lower) \
                    and _finite(lower[e]):
                governed = False  # "could affect Austria, as Russia rejects the deployment":
                # "as" opens a clause of reason whose subject it is (s17)
            if not governed and mentions and mentions[-1].governed and s > mentions[-1].end \
                    and all(w in LIST_GLUE for w in lower[mentions[-1].end:s]) \
                    and {"and", "or"} & set(lower[mentions[-1].end:s]) \
                    and not _new_clause(lower, mentions[-1], s, e):
                governed = True  # "in Poland and Romania", "Excluding Hungary and Slovakia"
            subject_of_ing = e < len(lower) and lower[e].endswith("ing")  # "with X declaring"
            if not governed and label == "PERSON" and not subject_of_ing and mentions \
                    and mentions[-1].governed and \
                    s >= mentions[-1].end and \
                    all(w in _TITLES or w in DETS or w in ("'s", "’s")
                        for w in lower[mentions[-1].end:s]):
                governed = True  # "with Italian Prime Minister Meloni": governed with its title
            if not governed and label == "PERSON" and not subject_of_ing:
                j = s - 1
                while j >= 0 and (lower[j] in _TITLES or lower[j] in DETS
                                  or lower[j] in ("mr", "mrs", "ms", "sir", "dr", "mr.", "mrs.")):
                    j -= 1
                if j < s - 1 and j >= 0 and lower[j] in ("with", "between", "to", "for", "by",
                                                        "against", "from"):
                    governed = True  # "talks with Mr Starmer", "a call with President Macron"
            if not governed and label != "GROUP" and e < len(lower) and (
                    lower[e] in _BACKERS or lower[e] in ("'s", "’s") and e + 1 < len(lower)
                    and lower[e + 1] in _BACKERS):
                governed = True  # "26 Ukraine allies pledged ...": a modifier, not the subject
            if label == "GROUP" and some_of_group(lower, s):
                continue  # (s24) "some Baltic and Scandinavian countries": an unnamed subset
            if _in_outlet_name(lower, s, e):
                continue  # (s34) "an exclusive report in The (UK) Times": a paper's name
                # (the 25,000 Europe "would struggle to put on the ground" was read as Britain's)
            if label == "GROUP":
                mentions.extend(Mention(s, e, member, label, ent_text, governed, ent_text)
                                for member in iso3.split("+"))
            else:
                mentions.append(Mention(s, e, iso3, label, ent_text, governed))
        self.mentions = _clause_subjects(lower, _comma_lists(lower, mentions))

    @property
    def digits(self) -> list[int]:
        """Indices of the tokens that open with a digit, ascending (computed once: the number
        finders each scanned every token for them; speed, issue 15za)."""
        if self._digits is None:
            self._digits = [k for k, w in enumerate(self.lower) if w[:1].isdigit()]
        return self._digits

    def tok(self, i: int) -> Any:
        """The spaCy token at sentence index ``i``."""
        return self.doc[self.doc_start + i]

    def text_of(self, a: int, b: int) -> str:
        """The text of tokens [a, b) as written (``b`` past the sentence's end reads to its
        end: a cue's span counted forward from a word near it, s66)."""
        base = self.idx[0]
        b = min(b, len(self.idx))
        end = self.idx[b - 1] + self.lens[b - 1]
        return self.text[self.idx[a] - base:end - base]

    # -- positions -----------------------------------------------------------------------------
    def clause_start(self, i: int) -> int:
        """Index of the first token of the clause holding token ``i``."""
        low = self.lower
        j = i - 1
        while j >= 0:
            if low[j] in _BOUNDARY and not _adverbial_yet(low, j):
                return j + 1
            j -= 1
        return 0

    def clause_end(self, i: int) -> int:
        low = self.lower
        n = len(low)
        j = i + 1
        while j < n:
            if low[j] in _BOUNDARY and not _adverbial_yet(low, j):
                return j
            j += 1
        return n

    def free_mentions(self, lo: int, hi: int) -> list[Mention]:
        """Ungoverned actor mentions wholly inside tokens [lo, hi)."""
        return [m for m in self.mentions if lo <= m.start and m.end <= hi and not m.governed]

    def coordinated(self, first: Mention) -> list[Mention]:
        """``first`` and the mentions listed with it ("Poland, the Netherlands and Germany"),
        before and after it."""
        idx = self.mentions.index(first)
        start = idx
        while start > 0:  # "Poland, Spain, and Italy have ...": a comma cut the clause
            prev, cur = self.mentions[start - 1], self.mentions[start]
            gap = self.lower[prev.end:cur.start]
            # "Ministers from the Nordic countries, alongside their counterparts from Germany,
            # have ...": both are the subject
            if prev.governed or not (list_gap(gap) or _joined_by(gap) or _titled(prev, cur, gap)
                                     or _own_leader(prev, cur, gap) or _office_of(gap)):
                break
            before = next((b for b in reversed(self.mentions[:start - 1])
                           if b.end <= prev.start), None)  # (a group's members share a span)
            if gap == [","] and before is not None and _closing(self.lower[before.end:prev.start]):
                break  # (s60) "..., notably among Spain, Portugal and the Baltic states, Norway
                # remains hesitant": a list closed by "and" ends before the comma
            start -= 1
        out = [self.mentions[start]]
        closed = False
        for m in self.mentions[start + 1:]:
            gap = self.lower[out[-1].end:m.start]
            if closed and gap == [","]:
                break  # (s60) the list "A, B and C" is closed: ", D" opens the next clause
            if list_gap(gap) or _joined_by(gap) or _titled(out[-1], m, gap) or \
                    _own_leader(out[-1], m, gap) or _office_of(gap):
                out.append(m)
                closed = closed or _closing(gap)
            else:
                break
        return out

    def subject_actors(self, i: int, exclude: frozenset[str] = frozenset()) -> list[Mention]:
        """Actors acting at token ``i``: those in its clause before it, else the nearest
        subject before it.

        That subject is the last ungoverned mention before ``i`` (and the mentions listed with
        it); mentions in a relative clause, after a preposition or before a speech verb whose
        reported clause has its own subject ("X says the US backs ...") do not count.
        """
        if i >= 2 and self.lower[i - 1] in ("'s", "’s"):
            # "Starmer welcomed Sweden's readiness to contribute troops": the possessor (15j)
            owner = [m for m in self.mentions if m.end == i - 1 and m.iso3 not in exclude]
            if owner:
                return [c for c in self.coordinated(owner[0]) if c.end <= i
                        and c.iso3 not in exclude]
        lo = self.clause_start(i)
        clause0 = lo
        cut = False  # the clause of the cue is reported after "that" or a speech verb
        spoke: int | None = None  # "X said (that) he ...": the speech verb the pronoun follows
        # "France and Germany say the United States backs the plan": after a speech verb, the
        # actors are those of the reported clause only, unless it opens with a pronoun
        # ("Denmark said it was ready ...")
        for j in range(i - 1, lo - 1, -1):
            if parenthetical_speech(self.lower, j):
                continue  # (s60) "France and Britain, he said, are ready": a speech tag set in
                # commas between the subject and its verb cuts nothing
            if self.lower[j] == "that":
                held = self._held_by_copula(j)
                if held:  # "the UK and France are the only participants that are ready to
                    # send their troops": "that" opens a relative clause of the nations (s22)
                    return [m for m in held if m.iso3 not in exclude]
            if (self.lower[j] in SPEECH or self.lower[j] in ("say", "that")) and \
                    not self._verb_object(j) and not _said_to_be(self.lower, j):
                k = _reported_start(self.lower, j + 1)
                if k < len(self.lower) and self.lower[k] in _SUBJECT_PRONOUNS:
                    spoke = j
                    break
                lo = j + 1
                cut = self.lower[j] == "that"
                break
        found = [m for m in self.free_mentions(lo, i) if m.iso3 not in exclude
                 and not any(w in _EMBEDDED for w in self.lower[m.end:i])]
        if found and spoke is not None:
            # "The statements from Spain and Poland come after Starmer said that he was willing
            # to send troops": the pronoun stands for the speaker, the nearest subject before
            # the speech verb, not the subject that opens the sentence (15s)
            near = [m for m in found if m.end <= spoke]
            if near and near[-1] is not found[0] and (any(
                    w in _CLAUSE_OPENERS for w in self.lower[found[0].end:near[-1].start])
                    or spoke - near[-1].end <= 1 and found[0] not in self.coordinated(near[-1])):
                found = [near[-1]]  # (s69) "while Poland has ruled out doing so and Germany
                # says (considers that) it is too early": the speech verb's own subject, right
                # before it
        if found:
            first = found[0]
            return [m for m in self.coordinated(first) if m.end <= i and m.iso3 not in exclude]
        named = self._relative_antecedent(clause0)
        if named:  # "a declaration by Starmer and Macron, who agreed to send troops" (s22)
            return [m for m in named if m.iso3 not in exclude]
        chosen: Mention | None = None
        for m in self.mentions:
            if m.start >= i:
                break
            if m.governed or m.iso3 in exclude or m.start < lo and self._speech_between(m.end, i):
                continue
            if cut and m.start < lo or self._that_between(m, i):
                continue  # "Japan is not among the 26 countries that pledged to deploy";
                # "Starmer expressed his hope that a group of countries, ..., would be willing"
            if self._in_relative_clause(m.start):
                continue
            if any(w in _EMBEDDED for w in self.lower[m.end:i]):
                continue  # "met to discuss what each government could offer"
            chosen = m
        if chosen is None:
            return []
        return [c for c in self.coordinated(chosen) if c.end <= i and c.iso3 not in exclude]

    def speaker_actors(self) -> list[Mention]:
        """Actors that speak in the sentence ("..., Germany said"), with those listed with them."""
        for m in self.mentions:
            j = m.end
            if j < len(self.lower) and self.lower[j] in ("'s", "’s"):
                # "Slovakia's prime minister said ...": the nation of the speaker
                j += 1
                while j < len(self.lower) and j - m.end <= 4 and self.lower[j] in _TITLES:
                    j += 1
            while j < len(self.lower) and self.lower[j] in _SKIP_BEFORE_VERB:
                j += 1
            j = self._past_aside(j)
            if j < len(self.lower) and self.lower[j] in SPEECH and not m.governed:
                # (s68) not a governed member before it: "talks with Kyiv, and Britain has said"
                return [c for c in self.coordinated(m) if c.end <= m.end and not c.governed]
        return []

    def _past_aside(self, j: int) -> int:
        """(s66) The token after a short aside set in commas at ``j`` that names no one
        ("Ireland, constitutionally neutral, says"), else ``j``."""
        low = self.lower
        if j >= len(low) or low[j] != ",":
            return j
        close = next((k for k in range(j + 1, min(len(low), j + 6)) if low[k] == ","), None)
        if close is None or close == j + 1 or any(j < m.start < close for m in self.mentions):
            return j
        return close + 1

    def _speech_between(self, a: int, b: int) -> bool:
        """A speech verb between a and b whose reported clause has a subject of its own (not a
        pronoun standing for the speaker: "Croatia said its soldiers would not ..."); not a
        speech tag set in commas ("France, he said, is ready")."""
        low = self.lower
        for k in range(a, b):
            if parenthetical_speech(low, k):
                continue
            if (low[k] in SPEECH or low[k] == "say") and not self._verb_object(k):
                n = _reported_start(low, k + 1)
                if n < len(low) and low[n] in _SUBJECT_PRONOUNS:
                    continue
                return True
        return False

    def _that_between(self, m: Mention, i: int) -> bool:
        """A "that" between mention ``m`` and token ``i`` opens a clause whose subject is not
        ``m`` (its first word is not a pronoun nor ``m``'s nation; issue 15j)."""
        low = self.lower
        for k in range(m.end, i):
            if low[k] != "that" or low[k - 1] in ("so", "now", "such", "than"):
                continue
            n = k + 1
            while n < i and low[n] in BOUNDARY_PUNCT:
                n += 1
            if n >= i or low[n] in _SUBJECT_PRONOUNS:
                continue
            if any(o.start in (n, n + 1) and o.iso3 == m.iso3 for o in self.mentions):
                continue
            if _apposition_relative(low, m.end, k):
                continue  # (s68, rv68-own) "Britain and France, the two nuclear powers that have
                # steered the process, have both declared ...": a relative clause in an aside
            return True
        return False

    def _verb_object(self, k: int) -> bool:
        """The word at ``k`` takes a verb as its object, not a reported clause ("the UK had
        suggested contributing up to 10,000 soldiers": the UK is still the subject)."""
        nxt = self.lower[k + 1] if k + 1 < len(self.lower) else ""
        return len(nxt) > 4 and nxt.endswith("ing") and self.lower[k] != "that"

    def object_actors(self, i: int) -> list[Mention]:
        """Actors listed after token ``i`` in its clause ("involve countries like Poland, ...")."""
        hi = self.clause_end(i)
        for m in self.mentions:
            if m.start > i and m.end <= hi + 12:
                return self.coordinated(m)
        return []

    def _relative_antecedent(self, lo: int) -> list[Mention]:
        """The nations a relative clause opening at ``lo`` stands for: those listed just before
        ", who" or ", which" ("by Starmer and Macron, who agreed to send troops"; "unlike the UK
        and France, which are discussing ..."), even after a preposition (s22)."""
        low = self.lower
        comma = lo - 2
        if lo >= 5 and low[lo - 1] in ("which", "whom") and low[lo - 2] == "of" and \
                low[lo - 3] in ("both", "each", "all"):
            comma = lo - 4  # (s68, rv68b-own) "Britain and France, both of which have said ..."
        if comma < 1 or low[lo - 1] not in ("who", "which", "whom") or low[comma] != ",":
            return []
        last = next((m for m in self.mentions if m.end == comma), None)
        if last is None:
            return []
        k = self.mentions.index(last)
        while k > 0:
            prev, cur = self.mentions[k - 1], self.mentions[k]
            gap = low[prev.end:cur.start]
            if not (list_gap(gap) or _joined_by(gap) or _titled(prev, cur, gap)):
                break
            k -= 1
        return [m for m in self.mentions[k:self.mentions.index(last) + 1]]

    def _held_by_copula(self, j: int) -> list[Mention]:
        """The nations that a relative "that" at ``j`` describes after a copula: "the UK and
        France are the only participants (in it) that ...", "Estonia is among the countries
        that ..."; none when the copula is negated ("Japan is not among the 26 countries that
        pledged"; s22)."""
        low = self.lower
        head = next((h for h in range(j - 1, max(-1, j - 5), -1) if low[h] in _HEADS), None)
        if head is None:
            return []
        for c in range(head - 1, max(-1, head - 7), -1):
            if low[c] == "," and _NARROWING.intersection(low[c + 1:head]) and \
                    low[c + 1:c + 2] == ["the"]:
                # (s56) an apposition: "Britain and France, the only two countries that had
                # publicly committed to ...": the nations before it
                last = next((m for m in self.mentions if m.end == c), None)
                return [] if last is None else self.coordinated(last)
            if low[c] in _COPULAS:
                between = low[c + 1:head]
                if not _NARROWING.intersection(between) or \
                        not _NEGATED.isdisjoint(low[max(0, c - 1):head]):
                    return []
                last = next((m for m in self.mentions if m.end == c), None)
                return [] if last is None else self.coordinated(last)
        return []

    def _in_relative_clause(self, k: int) -> bool:
        j = k - 1
        while j >= 0:
            w = self.lower[j]
            if w in ("whose", "who", "which"):
                return True
            if w in BOUNDARY_PUNCT:
                return False
            j -= 1
        return False

    def window(self, i: int, before: int, after: int) -> list[str]:
        return self.lower[max(0, i - before):i + after]


# words between a speech verb and its reported clause: "said on Tuesday that it was ready"
_WHEN = frozenset("on monday tuesday wednesday thursday friday saturday sunday yesterday today "
                  "tonight last this week weekend month earlier later again".split())


_MONTH_WORDS = frozenset("january february march april may june july august september october "
                         "november december jan feb mar apr jun jul aug sep sept oct nov dec"
                         .split())


def _reported_start(low: list[str], k: int) -> int:
    """Where the clause reported by a speech verb ending before ``k`` starts: after a time
    ("on Tuesday", "last week") and "that"."""
    n = k
    while n < len(low) and n - k < 3 and low[n] in _WHEN:
        n += 1
    if low[k:k + 1] == ["on"] or n > k and low[n - 1] == "on":
        # (review s45) "said on 3 March 2025 it would send 200 troops": a date after "on"
        while n < len(low) and n - k < 7 and (low[n] in _MONTH_WORDS or low[n] == "," or
                                              low[n].isdigit() and len(low[n]) <= 4):
            n += 1
    if n < len(low) and low[n] == "that":
        n += 1
    return n if n < len(low) and low[n] in _SUBJECT_PRONOUNS else \
        (k + 1 if k < len(low) and low[k] == "that" else k)


_ALONGSIDE = frozenset({"alongside", "along", "together", "like"})  # "Sweden, like Britain, is"
_ALONGSIDE_GAP = LIST_GLUE | DETS | _PEOPLE | frozenset({"alongside", "along", "together", "like", "with",
                                                         "from", "of"})


def _titled(a: Mention, b: Mention, gap: list[str]) -> bool:
    """One leader named by nationality, title and name ("French President Emmanuel Macron"):
    the list goes on through the title (15t: "French President Emmanuel Macron, British Prime
    Minister Keir Starmer and Vladimir Zelensky signed ..." lost France)."""
    if not gap or a.iso3 != b.iso3 or a.label == b.label or gap[0] not in _TITLES:
        return False
    # the titles, then at most two given names before the surname the gazetteer knows
    # ("Prime Minister Jonas Gahr Store")
    n = next((k for k, w in enumerate(gap) if w not in _TITLES), len(gap))
    return len(gap) - n <= 2 and all(w.isalpha() for w in gap[n:])


def _own_leader(a: Mention, b: Mention, gap: list[str]) -> bool:
    """(s34) "Britain's Keir Starmer and France's Emmanuel Macron": a nation and its own leader
    after the possessive are one member of the list (France was dropped from "the pair")."""
    return gap in (["'s"], ["’s"]) and a.iso3 == b.iso3 and b.label == "PERSON" and a.label != "PERSON"


def _people_governed(lower: list[str], j: int) -> bool:
    """(s43) Whether the people before ``of`` / ``from`` at ``j`` are themselves governed ("after
    talks with the Prime Minister of Italy"): their nation is then no subject either."""
    k = j - 1
    while k >= 0 and (lower[k] in _PEOPLE or lower[k] in _TITLES or lower[k] in DETS):
        k -= 1
    return k >= 0 and lower[k] in PREPS and lower[k] != "of"  # ("a group of ministers from X")


def _office_of(gap: list[str]) -> bool:
    """(s43) "The President of France and the Prime Minister of the United Kingdom said they were
    ready": the second office holder's nation is listed with the first's (the UK was dropped)."""
    k = 0
    while k < len(gap) and gap[k] in LIST_GLUE:
        k += 1
    if k == 0 or "and" not in gap[:k] and "," not in gap[:k]:
        return False
    rest = [w for w in gap[k:] if w not in DETS]
    return len(rest) >= 2 and rest[-1] == "of" and all(w in _TITLES or w in _PEOPLE for w in rest[:-1])


def own_titled_leader(a: Mention, b: Mention, gap: list[str]) -> bool:
    """(s43) "Britain's Prime Minister Keir Starmer": a nation, its possessive and the titles of
    its own leader named after them are one member of a list."""
    return bool(gap) and gap[0] in ("'s", "’s") and 1 < len(gap) <= 4 and \
        all(w in _TITLES for w in gap[1:]) and a.iso3 == b.iso3 and b.label == "PERSON" and a.label != "PERSON"


def _joined_by(gap: list[str]) -> bool:
    """A gap between two mentions that adds the second to the first as one subject: ", alongside
    (their counterparts from)", ", together with", ", along with"."""
    return bool(gap) and gap[0] == "," and any(w in _ALONGSIDE for w in gap) and \
        all(w in _ALONGSIDE_GAP for w in gap)


def could_name_speaker(words: set[str]) -> bool:
    """Whether a sentence with these lower-case words can name (or refer to) a speaker."""
    return not words.isdisjoint(SPEECH) or "according" in words


# words that open a capitalised run before a speech verb but name no speaker: "on Tuesday said",
# "September ... told", "Continental leaders, including ..., said" (the journalist review, s12)
_NOT_A_SPEAKER = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "today", "yesterday", "continental", "europeans", "western",
    "eastern", "northern", "southern", "last", "earlier", "later", "on", "in", "the", ".",
})


# words that open a clause but never a speaker's name: a question's auxiliary ("Did X say ...")
# and the conjunctions before a subject ("If Russia says ...", "And Macron said ..."), s13
_NOT_SPEAKER_OPENERS = frozenset(
    "did does do will would can could should shall may might must is are was were has have had "
    "and but or so if unless whether when while as because although though since once after "
    "before until".split())
# an opener over a speech that is not said: a hypothesis or an indirect question ("If Russia says
# we don't agree ...": Russia says nothing), s13
_UNSAID = frozenset({"if", "unless", "whether"})


def find_speaker(sent: Sent, last: str | None) -> str | None:
    """Who the sentence quotes: 'according to X', 'X said', or a pronoun resolved to the nearest
    person named before it (the sentence before's titled subject, else ``last``); a run of dates
    and vague words is nobody named (`UNKNOWN`); a run's opening auxiliary or conjunction is no
    part of the name, and a speech under "if" / "unless" / "whether" names nobody (s13)."""
    found = _find_speaker(sent, last)
    if found and all(w.lower() in _TITLES | _OFFICES | {"the"} for w in found.split()) and \
            not _indefinite_before(sent.text, found):
        # (s59) "Merz was asked about the force. The chancellor said ...": a bare title stands
        # for the leader the sentence before opens with; (s67) not "a government spokesman
        # said": someone new, unnamed
        found = _person_before(sent) or (last if last and last != UNKNOWN and
                                         _name_only(last) else found)
        # (s71) '"...," Elina Valtonen said. The minister said ...': the one named last
    if found:
        parts = found.split()
        k = 0
        while k < len(parts) and parts[k].strip(",.").lower() in _NOT_SPEAKER_OPENERS:
            if parts[k].strip(",.").lower() in _UNSAID:
                return None  # (the last speaker stays the one a later "he" stands for)
            k += 1
        if k:
            rest = parts[k:]
            n = 0  # "Did Anthony Albanese just say": the capitalised run after the auxiliary
            while n < len(rest) and rest[n][:1].isupper():
                n += 1
            found = " ".join(rest[:n] if n else rest)
    if found and all(
            w.strip(",.").lower() in _NOT_A_SPEAKER or w.strip(",.").isdigit()
            for w in found.split()):
        return UNKNOWN
    return found


def _name_only(speaker: str) -> bool:
    """(s71) A speaker given by a name alone ("Elina Valtonen"): two or three capitalised words,
    none a title or an office, whom a later bare title ("the minister") names again."""
    words = speaker.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in _TITLES | _OFFICES
                                        for w in words)


def _indefinite_before(text: str, found: str) -> bool:
    """Whether ``found`` follows "a" or "an" in ``text`` ("a government spokesman said")."""
    at = text.find(found)
    # (s67, rv67b-own) nor an office its owner names: "Bulgaria's caretaker government said"
    return at > 0 and re.search(r"(?:\b(?:a|an|A|An)|[A-Z][\w-]*['’]s(?:\s+[a-z]+)?)\s+$",
                                text[:at]) is not None


_FIRST_PERSON = frozenset({"we", "i", "our", "my", "us"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})


def _colon_speaker(sent: Sent) -> str | None:
    """(s63) A live blog's or a transcript's speaker line: 'Danish Prime Minister Mette
    Frederiksen: "We are ready to contribute"' (a time stamp may open it: "14:30 - "). The name
    run before the colon speaks when a quotation or the first person opens what follows."""
    low = sent.lower
    # (s67) a headline keeps its "Title:" label in a report saved as text
    start = 2 if low[:2] == ["title", ":"] else 0
    colon = next((k for k in range(start + 1, min(len(low), start + 14))
                  if low[k] == ":" and low[k - 1].isalpha()), None)
    if colon is None:
        return None
    after = [w for w in low[colon + 1:colon + 4] if w not in _QUOTE_MARKS]
    k = colon
    while k > start and (sent.tok(k - 1).is_title or sent.tok(k - 1).is_upper and sent.tok(k - 1).is_alpha
                         or low[k - 1] in _TITLES or low[k - 1] in _OFFICES):
        k -= 1
    leader = colon - k in (1, 2, 3) and leader_nation(sent.text_of(k, colon)) is not None
    if not after or after[0] not in _FIRST_PERSON and not leader:
        return None  # (s67, a reviewer's probes) a headline's leader speaks in the third
        # person too: "Tusk: Poland won't send troops to Ukraine"
    if colon - k < 2 and not (colon - k == 1 and leader_nation(sent.text_of(k, colon))) or \
            k > start and low[k - 1] not in ("-", "–", "—", "|") or \
            not {"former", "ex", "retired"}.isdisjoint(low[k:colon]):
        return None  # one word not a leader's name ("Update:"), or no name run opening the line
    return sent.text_of(k, colon)


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})
_HEADLINE_SEPARATORS = frozenset({":", "-", "–", "—", "|"})


def _quote_then_speaker(sent: Sent) -> str | None:
    """(s65) A headline that quotes first and names its speaker after a colon or a dash:
    "'We will not send soldiers': Fico on the force", '"We are ready to send troops" –
    Frederiksen'. The quotation opens the sentence and speaks in the first person; the name run
    after the mark is a known leader, or two capitalised words or more."""
    low = sent.lower
    k = 2 if low[:2] == ["title", ":"] else 0
    if low[k:k + 1] == [] or low[k] not in _OPENING_QUOTES:
        return None
    close = next((j for j in range(k + 2, min(len(low), k + 30)) if low[j] in _QUOTE_MARKS
                  and low[j + 1:j + 2] != [] and low[j + 1] in _HEADLINE_SEPARATORS), None)
    if close is None or _FIRST_PERSON.isdisjoint(low[k + 1:close]):
        return None
    a = e = close + 2
    while e < len(low) and (sent.tok(e).is_title or sent.tok(e).is_upper and sent.tok(e).is_alpha
                            or low[e] in _TITLES or low[e] in _OFFICES):
        e += 1
    if e == a or e - a < 2 and not leader_nation(sent.text_of(a, e)):
        return None
    return sent.text_of(a, e)


def _for_name_quote(sent: Sent) -> str | None:
    """(s72) 'For Macron, "nothing should be excluded"': a name run after an opening "For", then
    a comma and a quotation, is the quotation's speaker (a known leader, or two capitalised words
    or more; not "For Germany, ...", a nation)."""
    low = sent.lower
    k = 2 if low[:2] == ["title", ":"] else 0
    if low[k:k + 1] != ["for"] or SPEECH.intersection(low):
        return None  # (review s72) not when the sentence names its speakers ("..., while Macron
        # says ...")
    e = k + 1
    while e < len(low) and sent.tok(e).is_title and sent.tok(e).is_alpha:
        e += 1
    if e == k + 1 or low[e:e + 1] != [","] or low[e + 1:e + 2] == [] or \
            low[e + 1] not in _OPENING_QUOTES:
        return None
    name = sent.text_of(k + 1, e)
    return name if leader_nation(name) is not None or e - k > 2 and \
        not any(m.start < e and m.end > k for m in sent.mentions) else None


def _past_dateline(toks: _Lazy, low: list[str], k: int, j: int) -> int:
    """(s71) The first word after a wire's dateline ("STOCKHOLM —", "KYIV (Reuters) -") opening
    at ``k``; ``k`` when none opens there."""
    e = k
    while e < j and toks[e].is_upper and toks[e].is_alpha:
        e += 1
    if e > k and low[e:e + 1] == ["("]:
        e = next((i + 1 for i in range(e, min(j, e + 6)) if low[i] == ")"), e)
    return e + 1 if e > k and e < j and low[e] in _SPEAKER_DASHES else k


def _find_speaker(sent: Sent, last: str | None) -> str | None:
    low = sent.lower
    if low[:1] and low[0] in ("his", "her") and low[1:2] and low[1] in _OWN_STATE and \
            not SPEECH.intersection(low):
        # (s59) "Tusk met Macron on Friday. His government will not send soldiers.": the person
        # the sentence before opens with, whose government (country) it is
        return _person_before(sent) or last
    colon = _colon_speaker(sent) or _quote_then_speaker(sent) or _for_name_quote(sent)
    if colon is not None:
        return colon
    if not (SPEECH.intersection(low) or "according" in low):
        return None
    toks = _Lazy(sent)
    for i, w in enumerate(low):
        if w == "according" and i + 1 < len(low) and low[i + 1] == "to":
            j = i + 2
            while j < len(low) and low[j] in DETS:
                j += 1
            k = j
            while k < len(low) and (toks[k].is_title or toks[k].is_upper) and (
                toks[k].is_alpha or "." in toks[k].text
            ):
                k += 1
            if k > j:
                return sent.text_of(j, k)
            if low[j:j + 2] in (["him", ","], ["her", ","]):
                # (s72) "According to him, ... nothing could be ruled out": the one named before
                return _person_before(sent) or last
            if j < len(low) and low[j] in _SPEAKER_WORDS:
                return sent.text_of(i + 2, j + 1)
            if low[j:j + 2] in (["head", "of"], ["chief", "of"]):
                # (s18) "According to the head of the Belgian military department, ...": the
                # office up to the comma
                end = next((k for k in range(j + 2, min(len(low), j + 10)) if low[k] == ","), None)
                if end is not None:
                    return sent.text_of(i + 2, end)
        if w in SPEECH and not _said_to_be(low, i):  # (s68) "Italy is said to be ready": nobody
            j = i - 1
            while j >= 0 and low[j] in _SKIP_BEFORE_VERB:
                j -= 1
            if j < 0:
                continue
            if low[j] in PRONOUNS:
                return _person_opening(sent, j) or _person_before(sent) or last
            if low[j] in _CLOSING_QUOTES or (low[j] == "," and j > 0
                                             and low[j - 1] in _CLOSING_QUOTES):
                # '"We will send troops," said Danish Prime Minister Mette Frederiksen'
                k = i + 1
                while k < len(low) and low[k] in DETS:
                    k += 1
                k = _past_spokesman(low, k)  # (s62) '"...," said a spokesman for President Macron'
                e = k
                while e < len(low) and (_name_hyphen(toks, e, len(low)) or not toks[e].is_punct and (
                        toks[e].is_title or toks[e].is_upper or low[e] in _TITLES
                        or low[e] in _SPEAKER_WORDS)):
                    e += 1
                if e > k:
                    return sent.text_of(k, e)
            if low[j] in _SPEAKER_DASHES and j > 0 and low[j - 1] not in _SPEAKER_DASHES:
                after = _titled_after(sent, toks, i)  # (s44) "... – said Carney.": the dash
                if after:  # of translated copy before its speaker
                    return after
            if low[j] == ",":
                after = _titled_after(sent, toks, i)
                if after:
                    return after
                named = _named_after_quote(toks, low, j)
                if named is not None:  # (s68) '"...," the Danish foreign minister, Lars Lokke
                    return sent.text_of(named, j)  # Rasmussen, said': the office and its name
                # "Michael Clarke, a professor at ..., warned": the subject opens the sentence.
                k = 0
                while k < j and (low[k] in ("meanwhile", "but", "and", "however", ",") or
                                 toks[k].is_punct):
                    k += 1
                k = _past_dateline(toks, low, k, j)  # (s71) "STOCKHOLM — Pål Jonson, ..., said"
                e = k
                while e < j and (toks[e].is_title or toks[e].is_upper) and not toks[e].is_punct:
                    e += 1
                if e - k >= 1 and not (e - k == 1 and low[k] in DETS):
                    return sent.text_of(k, e)
                continue
            e = j + 1
            owned = _owned_office(sent, j)
            if owned is not None:
                return sent.text_of(owned, e)  # "..., Britain's defence secretary said" (s33)
            if low[j] == "10" and j >= 1 and low[j - 1] in ("number", "no", "no."):
                return sent.text_of(j - 1, e)  # (s65) '"...," Number 10 said': Downing Street
            k = j
            while k >= 0 and (_name_hyphen(toks, k, len(low)) or not toks[k].is_punct and (
                toks[k].is_title or toks[k].is_upper or low[k] in _SPEAKER_WORDS
                or low[k] in _TITLES or toks[k].text in ("U.S.", "U.K.")
            )):
                k -= 1
            k += 1
            opens = k
            if opens >= 1 and low[opens - 1] in _TIME_OPENERS and low[i] == "spoke":
                continue  # (s43) "..., so one might expect that when JD Vance spoke ...": the
                # time of another speech, not who the sentence quotes
            while k < e and low[k] in DETS:
                k += 1
            if opens >= 1 and low[opens - 1] == "to":
                # "Russia's ambassador to the UK Andrei Kelin told ...": the country he is posted
                # to is not his (issue 15q)
                posted = next((m for m in sent.mentions if m.start == k and m.label == "NATION"
                               and m.end < e), None)
                if posted is not None:
                    k = posted.end
                elif opens >= 2 and low[opens - 2] in _POSTED_TO and (
                        e - k == 1 or any(m.start == k and m.end >= e for m in sent.mentions)):
                    # (s50 review) "Ukraine's ambassador to Ankara said": the place he is posted
                    # to, alone, is not the speaker: the envoy is, with his office's owner
                    return sent.text_of(_envoy_start(sent, opens - 2), e)
            if k < e:
                return sent.text_of(k, e)
            if e <= 8 and not any(toks[x].is_punct for x in range(e)):
                # "An analyst at a London institute warned": the opening noun phrase
                return sent.text_of(0, e)
            return UNKNOWN
    return None


def _apposition_relative(low: list[str], end: int, k: int) -> bool:
    """(s68) The "that" at ``k`` opens a relative clause inside an aside that follows the names
    ending at ``end`` (", the two nuclear powers that have steered the process,"): a comma right
    after the names, a noun phrase with no verb before "that", a finite verb right after it, and
    the aside closed by a comma."""
    if low[end:end + 1] != [","] or not 1 <= k - end - 1 <= 5 or low[end + 1] not in ("the", "two", "both", "a", "an"):
        return False
    if low[k + 1:k + 2] not in (["have"], ["has"], ["had"], ["are"], ["is"], ["were"], ["was"], ["will"]):
        return False
    return "," in low[k + 2:k + 12]


def _said_to_be(low: list[str], j: int) -> bool:
    """(s68) "Germany and Poland are said to be against the move": the passive of report, whose
    subject is the clause's own, not a speech verb that opens a reported clause."""
    return 0 < j < len(low) - 1 and low[j - 1] in ("is", "are", "was", "were") and low[j + 1] == "to"


_TIME_OPENERS = frozenset({"when", "whenever", "after", "before", "until", "since", "while", "once"})
# an envoy named by the place he is posted to ("ambassador to Ankara", "envoy to the UN")
_POSTED_TO = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "representative",
                        "representatives", "consul"})


def _envoy_start(sent: Sent, j: int) -> int:
    """Where the envoy whose office word is token ``j`` ("ambassador") starts: his office's words
    before it in lower case ("special envoy"), and its owner ("Ukraine's", "the")."""
    low = sent.lower
    k = j
    while k > 0 and low[k - 1] in _OWNED_OFFICE | {"special", "permanent"} and \
            sent.tok(k - 1).text == low[k - 1]:
        k -= 1
    if k >= 2 and low[k - 1] in ("'s", "’s", "'", "’"):
        owner = next((m for m in sent.mentions if m.end == k - 1), None)
        if owner is not None:
            return owner.start
    if k >= 1 and low[k - 1] in DETS:
        return k - 1
    return k


_NAME_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _name_hyphen(toks: Any, k: int, n: int) -> bool:
    """(s39) Whether token ``k`` is the hyphen inside a double-barrelled name, written with no
    space on either side between two capitalised words ("Kosiniak-Kamysz", "Jean-Noel"): the
    tokenizer splits it off, and a speaker's run of capitalised words must go through it."""
    if not 0 < k < n - 1 or toks[k].text not in _NAME_HYPHENS:
        return False
    before, after = toks[k - 1], toks[k + 1]
    return (not before.whitespace_ and not toks[k].whitespace_
            and before.text[:1].isupper() and after.text[:1].isupper()
            and before.is_alpha and after.is_alpha)


# (s33) the lower-case words of an office a nation's possessive owns ("Britain's defence
# secretary", "Norway's deputy foreign minister"); "secretary" is no title elsewhere
_OWNED_OFFICE = frozenset("prime minister president chancellor foreign defence defense secretary "
                          "deputy interior home finance state government spokesman spokeswoman "
                          "spokesperson ministry premier chief".split())
_OFFICE_HEADS = frozenset("minister president chancellor secretary spokesman spokeswoman "
                          "spokesperson ministry premier chief government".split())


def _owned_office(sent: Sent, j: int) -> int | None:
    """Where a speaker "<Nation>'s <office>" starts when it ends at token ``j`` (its verb after
    it): the office in lower case, whole (its last word an office's head), owned by a nation's
    possessive; None otherwise."""
    low = sent.lower
    if low[j] not in _OFFICE_HEADS or sent.tok(j).text != low[j]:
        return None
    k = j
    while k > 0 and low[k - 1] in _OWNED_OFFICE and sent.tok(k - 1).text == low[k - 1]:
        k -= 1
    if k < 2 or low[k - 1] not in ("'s", "’s", "'", "’"):
        return None
    owner = next((m for m in sent.mentions if m.end == k - 1 and m.label == "NATION"), None)
    return owner.start if owner is not None else None


def _named_after_quote(toks: Any, low: list[str], j: int) -> int | None:
    """(s68) Where the speaker starts when a quotation closes ('"...," ') and an office with its
    holder's name set off by commas stands between it and the comma ``j`` before the speech
    verb ('"...," the Danish foreign minister, Lars Lokke Rasmussen, said'): after the quote and
    its determiner; None when anything else stands there."""
    if not low or low[0] not in _OPENING_QUOTES:
        return None  # (the quotation opens the sentence: not scare quotes inside it)
    c = j - 1
    while c >= 0 and low[c] not in _CLOSING_QUOTES:
        c -= 1
    if c < 1 or low[c - 1] != "," and low[c + 1:c + 2] != [","]:
        return None
    k = c + 1 + (low[c + 1:c + 2] == [","])
    while k < j and low[k] in DETS:
        k += 1
    if not 3 <= j - k <= 12 or any(toks[x].is_punct and low[x] != "," for x in range(k, j)):
        return None
    # an office and its holder's capitalised name, a comma between, either way round: "the
    # Danish foreign minister, Lars ...", "Lars Lokke Rasmussen, Denmark's foreign minister"
    comma = next((x for x in range(k, j) if low[x] == ","), j)
    if comma + 1 >= j or comma == k:
        return None
    first, second = range(k, comma), range(comma + 1, j)
    second = range(second.start + (low[second.start] in DETS), second.stop)

    def name(part: range) -> bool:
        return len(part) > 0 and all(toks[x].is_title or toks[x].is_upper
                                     or _name_hyphen(toks, x, len(low)) for x in part)

    def office(part: range) -> bool:
        return any(low[x] in _TITLES for x in part)

    return k if office(first) and name(second) or name(first) and office(second) else None


def _titled_after(sent: Sent, toks: Any, i: int) -> str | None:
    """The speaker named after a closing speech verb ("..., said the country's Foreign Minister,
    Xavier Bettel."): a run of titles and capitalised words after the verb (past a determiner and
    "the country's") that ends the sentence; None when anything else follows (s13)."""
    low = sent.lower
    k = i + 1
    while k < len(low) and (low[k] in DETS or low[k] in ("country", "nation", "'s", "’s")):
        k += 1
    if k > i + 1 and low[k - 1] in ("a", "an"):
        k = _past_epithet(toks, low, k)  # (s61) "..., said an irritated Olaf Scholz."
    k = _past_spokesman(low, k)  # (s62) "..., said a spokesman for President Emmanuel Macron"
    e = k
    while e < len(low) and (toks[e].is_title or toks[e].is_upper or low[e] in _TITLES
                            or (low[e] == "," and e > k) or _name_hyphen(toks, e, len(low))):
        e += 1
    while e > k and low[e - 1] == ",":
        e -= 1
    rest = [w for w in low[e:] if w not in _ENDERS and w not in _CLOSING_QUOTES]
    if rest and rest[0] in _TRAILING_TIME and "that" not in rest and len(rest) <= 8:
        rest = []  # (s59) "..., said British Prime Minister Keir Starmer after the meeting (on
        # Monday, in a statement)": the speech's time or place after the name
    if e - k >= 2 and not rest and any(toks[x].is_title for x in range(k, e)):
        return sent.text_of(k, e)
    if e - k == 1 and not rest and any(m.start == k and m.label == "PERSON" for m in sent.mentions):
        return sent.text_of(k, e)  # (s44) "..., said Carney.": one name, a known office holder's
    return None


def _past_epithet(toks: Any, low: list[str], k: int) -> int:
    """(s61) Where a name starts after "a" / "an" and a lower-case epithet ("..., said a visibly
    irritated Olaf Scholz", 'said a self-proclaimed "slightly irritated" Scholz'): at most
    `_EPITHET_WORDS` words, hyphens or quotes, none an office, a speaker's noun or a
    preposition ("said a spokesman for President Macron" names the spokesman, not Macron);
    ``k`` itself when no capitalised word follows them."""
    e = k
    while e < len(low) and e - k < _EPITHET_WORDS and (
            low[e] in _CLOSING_QUOTES or low[e] in ("-", "“") or toks[e].is_lower and toks[e].is_alpha
            and low[e] not in _SPEAKER_WORDS and low[e] not in _TITLES and low[e] not in _OFFICES
            and low[e] not in _NOT_EPITHETS):
        e += 1
    return e if e > k and e < len(low) and toks[e].is_title else k


_EPITHET_WORDS = 8
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _past_spokesman(low: list[str], k: int) -> int:
    """(s62) Where the speaker's name starts when the words at ``k`` are "spokesman (for) the
    ...": the principal after "for" speaks through the spokesman (a government's voice); ``k``
    itself otherwise."""
    if not (low[k:k + 1] and low[k] in _SPOKES and low[k + 1:k + 2] == ["for"]):
        return k
    k += 2
    while k < len(low) and low[k] in DETS:
        k += 1
    return k
_NOT_EPITHETS = frozenset("for of to from with at in on by and or who that which whose as than "
                          "like after before during about under".split())
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})
_TRAILING_TIME = frozenset({"after", "on", "in", "at", "during", "following", "yesterday", "today",
                            "earlier", "later", "late", "last", "this", "while", "when", "before"})
_SPEAKER_DASHES = frozenset({"-", "–", "—"})
_ENDERS = frozenset({".", "!", "?"})


def _person_opening(sent: Sent, j: int) -> str | None:
    """(s45) The titled name that opens the sentence, before its "he" / "she" at ``j``: "French
    President Emmanuel Macron triggered a backlash after he suggested ...": Macron, not the last
    speaker of the sentences before (as `_person_before` reads the sentence before)."""
    toks = _Lazy(sent)
    low = sent.lower
    if low[j] not in ("he", "she"):
        return None
    k = 0
    while k < j and (toks[k].is_space or toks[k].is_punct):
        k += 1
    if k < j and low[k] in _SUBORDINATORS:
        k += 1  # (s66) "While Trump has promised ..., he has suggested ...": Trump, not the
        # sentence before's speaker
    if low[k:k + 1] == ["the"] and k + 2 < j and low[k + 2] in _OFFICES and \
            toks[k + 1].is_title:
        return sent.text_of(k + 1, k + 3)  # (s72) "Although the French president acknowledged
        # ..., he suggested ...": the office its nation names
    e = _titled_name_end(toks, k, j)
    if e is None:  # (s66) a person named bare ("Trump"), the clause's subject
        e = next((m.end for m in sent.mentions if m.start == k and m.label == "PERSON"
                  and m.end < j), None)
    return sent.text_of(k, e) if e is not None else None


_SUBORDINATORS = frozenset({"while", "although", "though", "as", "when", "after", "since",
                            "whereas", "because", "if"})


def _person_before(sent: Sent) -> str | None:
    """The person a "he" / "she" opening a speech stands for when the sentence before opens with a
    titled name as its subject ("Russia's foreign minister Sergey Lavrov slammed ... . Earlier, he
    said ...": Lavrov, though he was not quoted; s13): the nationality, titles and name, up to
    the first lower-case word (its verb). None when that sentence opens otherwise."""
    doc = sent.doc
    end = sent.doc_start
    while end > 1 and (doc[end - 1].text in _OPENING_MARKS or doc[end - 1].is_space):
        end -= 1  # (s59) the quote that opens this sentence, split off with the one before
    start = end - 1
    while start > 0 and end - start < 80 and doc[start - 1].text not in _ENDERS and \
            "\n" not in doc[start - 1].text:
        start -= 1
    if end - start < 3:
        return None
    k = start
    while k < end and (doc[k].is_space or doc[k].is_punct):
        k += 1
    # the sentence's start, or after a comma closing an opening phrase ("On August 30, 2025, ")
    first = k
    # (s67) or after an opening time phrase with no comma ("This week Friedrich Merz went
    # further ... . Germany, he said, is prepared ...": Merz, not the speaker before)
    timed = [first + n for n in (1, 2) if first + n < end and
             doc[first].text.lower() in _TIME_PHRASE_OPENERS and doc[first + n - 1].text.lower()
             in _TIME_PHRASE_OPENERS | _TIME_WORDS]
    for k in [first] + [x + 1 for x in range(first, min(end, first + 10))
                        if doc[x].text == ","] + timed:
        e = _titled_name_end(doc, k, end)
        if e is not None:
            return " ".join(doc[x].text for x in range(k, e))
    for k in timed:
        if (known := _known_opening(doc, k, end)) is not None:
            return known
    return _known_opening(doc, first, end)


_TIME_PHRASE_OPENERS = frozenset({"this", "last", "earlier", "later", "today", "yesterday",
                                  "on"})
_TIME_WORDS = frozenset({"week", "month", "year", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "weekend", "morning", "evening"})


def _known_opening(doc: Any, k: int, end: int) -> str | None:
    """(s59) The sentence before opens with a known leader's name ("Kristersson met Starmer in
    London."), a nation's office ("Norway's prime minister spoke ..."), or "the" and a nation's
    adjective before an office ("The Danish prime minister spoke ..."), then its lower-case
    verb: that person, for the "he" / "she" after."""
    e = k
    while e < end and e - k < 3 and doc[e].is_title:
        e += 1
    if e > k and e < end and doc[e].is_lower and leader_nation(doc[e - 1].text) is not None:
        return doc[e - 1].text  # a leader's surname the gazetteer knows ("In March Francken
        # called ...": not "Moscow has warned")
    j = k + (doc[k].lower_ == "the")
    if j < end and doc[j].is_title and country_named(doc[j].text) is not None:
        t = j + 1 + (j + 1 < end and doc[j + 1].lower_ in ("'s", "’s"))
        e = t
        while e < end and e - t < 3 and doc[e].lower_ in _TITLES | _OFFICES:
            e += 1
        if e > t and e < end and doc[e].is_lower and doc[e - 1].lower_ in _TITLES | _OFFICES:
            return " ".join(doc[x].text for x in range(k, e))
    return None


_OWN_STATE = frozenset({"government", "country", "administration", "cabinet", "nation"})
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "«"})
_OFFICES = frozenset({"minister", "secretary", "premier", "president", "chancellor", "taoiseach",
                      "head", "leader"})


def _titled_name_end(toks: Any, k: int, end: int) -> int | None:
    """The end of a titled name starting at token ``k`` and followed by a lower-case word
    before ``end`` ("French President Emmanuel Macron triggered"): a capitalised run of three to
    eight tokens holding a title and ending on a name; None when the tokens there are no such
    name."""
    e = k
    titled = False
    while e < end and e - k < 8 and (toks[e].is_title or toks[e].is_upper or toks[e].lower_
                                     in _TITLES or toks[e].lower_ in ("'s", "’s")):
        titled = titled or toks[e].lower_ in _TITLES
        e += 1
    if titled and e < end and e - k >= 3 and toks[e - 1].lower_ not in _TITLES and \
            toks[e - 1].is_title and toks[e].is_lower:
        return e
    return None

UNKNOWN = ""  # a speech verb whose speaker was not found: "he" must not reach further back


class _Lazy:
    """Index a sentence's spaCy tokens without building them all."""

    __slots__ = ("sent",)

    def __init__(self, sent: Sent) -> None:
        self.sent = sent

    def __getitem__(self, i: int) -> Any:
        return self.sent.tok(i)


def claim_hash(*parts: str) -> str:
    """Six hex digits from the whitespace-normalised parts (stable across runs and machines)."""
    # " ".join(p.split()) is _WS.sub(" ", p.strip()): str.split, str.strip and the pattern's
    # \s all take white space as str.isspace does (tests/evidence/test_evidence_speed_issue15za)
    key = "|".join(" ".join(p.split()) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]


# (s24) words that make a group an unnamed subset of its members ("some Baltic countries"), and
# the region adjectives and glue that may stand between them and the group's name
_SOME = frozenset({"some", "several", "certain", "few"})
_REGION_GLUE = frozenset({"and", ",", "baltic", "nordic", "scandinavian", "central", "eastern",
                          "northern", "southern", "western", "european", "other"})


def some_of_group(lower: list[str], s: int) -> bool:
    """The group named from token ``s`` is an unnamed subset: "some (Baltic and) Scandinavian
    countries", "several Nordic states", "a few Baltic nations"; not "most" or "all" of them."""
    j = s - 1
    while j >= 0 and s - j <= 4 and lower[j] in _REGION_GLUE:
        j -= 1
    return j >= 0 and lower[j] in _SOME

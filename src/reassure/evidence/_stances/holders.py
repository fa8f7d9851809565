"""Who may hold a stance: a group named as the subject ("the Baltic states", "most
members"), a list of nations and its tail ("X, Y and others"), a count that refers back ("the
two countries"), the kind of an orphan stance left for later sentences, a question (which states
no stance), and voices outside the government (the opposition, experts, the public) whose view
is not the nation's."""

from __future__ import annotations

from collections.abc import Sequence

from reassure.evidence._claims import WORD_NUMBERS
from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances.lexicon import _ASKING_OPENERS, _DEMONYM_NATION, _QUOTES
from reassure.evidence._text import SPEECH, Mention, Sent

# words that stand for nations not named in the clause
_GROUP_NOUNS = frozenset("countries nations states allies members governments capitals leaders "
                         "partners".split())
_ANAPHORS = frozenset({"it", "they", "its", "their"})
_COUNTRY_NOUNS = frozenset({"country", "government", "nation"})


# a quantifier standing alone for unnamed nations ("some already expressing readiness", "others
# are reluctant"; issue 15q): followed by a verb, not by its noun
_QUANTIFIERS = frozenset({"some", "others", "many", "several", "most", "all",  # "all of": s17
                          "rest"})  # (s56) "...; the rest said it was too early"
_AFTER_QUANTIFIER = frozenset({"already", "have", "has", "are", "were", "had", "say", "said",
                               "will", "would", "could", "also", "remain", "of", "still"})
# unnamed nations as a subject: "Europe must be ready ...", "several countries were ready ..."
_GROUP_SUBJECTS = _GROUP_NOUNS | frozenset({"europe", "europeans", "nato", "eu"})
# (15t) "a majority still undecided, including Germany": a share of a group is a group subject,
# its members named after the cue
_GROUP_SUBJECTS |= frozenset({"majority", "minority", "group", "camp"})
# words that may stand between named nations and a group noun of one subject ("Britain, France
# and other countries are ready")
_LIST_TAIL = frozenset({",", "and", "or", "other", "several", "some", "many", "more", "few",
                        "european", "nordic", "baltic", "allied", "western", "partner", "along",
                        "with", "together", "alongside", "as", "well", "the", "its", "their",
                        "eu", "nato", "member", "neighbouring", "neighboring", "like-minded"})


_PROMISES = frozenset({"promises", "promise", "promised", "guarantees", "guarantee",
                       "guaranteed", "vowed", "vows"})
_DISCUSS = ("discussed", "discussing", "discusses", "discuss")
_OWN_SHARE = ("its", "their", "own", "significant", "possible", "potential", "military", "a",
              "greater", "larger", "substantial")
# the words that name the force or a share in it, read from the sentences before (15s, s25)
STANCE_CONTEXT = frozenset({"force", "troops", "soldiers", "participation", "contribution",
                            "deployment", "contingent", "peacekeepers", "mission",
                            "contingents"})  # (s55) "readiness to send military contingents"
_COALITION_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "will", "would",
                              "could", "may", "might", "can", "remains", "stands"})


_DASHES = frozenset({"—", "–", "--"})
_TELL = frozenset({"tells", "told", "tell", "telling", "informed", "informs", "assured", "assures",
                   "reassured", "reassures", "briefed", "briefs"})


_AUX_LIKE = frozenset({"have", "has", "had", "are", "is", "were", "was", "will", "would", "all",
                       "also", "already"})


_BLOCS = frozenset({"western", "european", "nato", "allied", "eu"})


def _own_bloc(low: list[str], g: int | None) -> bool:
    """(s30) The group noun at ``g`` is a bloc ("Western countries", "European or NATO states")
    the speaker's nation is in: not "most other EU countries" (s45), which sets it apart."""
    return g is not None and not _BLOCS.isdisjoint(low[max(0, g - 3):g]) and \
        "other" not in low[max(0, g - 3):g]


# the words that open a group's list of members: "About six countries, including (notably)
# Britain and France, ..."
_MEMBERS_LEAD = frozenset({"including", "notably", "particularly", "especially", "namely"})
_INCLUDES = frozenset({"includes", "include", "included"})


def _group_subject(sent: Sent, s: int) -> int | None:
    """Where a group noun stands as the subject of the cue at ``s`` (in its clause, or after a
    speech verb in the sentence: "Macron said several countries were ready"), or None."""
    low = sent.lower
    lo = sent.clause_start(s)
    # (s56) "Several countries – led by France and the UK – and others have ...": the aside's
    # closing dash before "and others"
    dash = lo - 1 if lo >= 2 and low[lo - 1] in _DASHES else lo - 2 if lo >= 3 and \
        low[lo - 1] == "and" and low[lo - 2] in _DASHES and low[lo] in ("others", "other") else None
    if dash is not None:  # "26 of the allies — part of a broader coalition —
        # have committed to deploying troops": the subject before the aside (15t)
        opening = next((j for j in range(dash - 1, max(-1, dash - 24), -1) if low[j] in _DASHES),
                       None)
        if opening is not None and (not any(opening < m.start and m.end < lo
                                            for m in sent.mentions)
                                    # (s56) "Several countries – led by France, the UK and the
                                    # Baltic states – have ...": the aside names the group's
                                    # leaders (members), read by `_included_after`
                                    or low[opening + 1:opening + 3] == ["led", "by"]
                                    or low[opening + 1:opening + 2] != []
                                    and low[opening + 1] in _MEMBERS_LEAD):
            # (an aside that names nations lists the group's members: "the Baltic states —
            # A, B and C — are among the countries that ...", 15v)
            named = {k for m in sent.free_mentions(0, opening) for k in range(m.start, m.end)}
            for k in range(opening - 1, max(-1, opening - 8), -1):
                if low[k] in _GROUP_SUBJECTS:
                    return k
                if k in named or low[k] in ("that", ",", ";"):
                    break
    q = next((k for k in range(s - 1, max(-1, s - 4), -1) if low[k] in _QUOTES), None)
    if q is not None and all(w in _QUOTES or w in _AUX_LIKE for w in low[q:s]):
        # 'These countries "have pledged to send soldiers," said Macron': a group outside the
        # quote that opens with the cue's verb is its subject (15zb)
        for k in range(q - 1, max(-1, q - 4), -1):
            if low[k] in _GROUP_SUBJECTS:
                return k
            if low[k] in (",", ";", ".", ":"):
                break
    if lo >= 3 and low[lo - 1] == ",":  # "About six countries, including Britain and France,
        # are discussing ...": the group before its members' list (15t)
        named = {k for m in sent.mentions for k in range(m.start, m.end)}
        j = lo - 2
        while j > 0 and (j in named or low[j] in (",", "and", "the", "or")
                         or low[j] in _UNNAMED_LIST_TAIL):  # (s24) "..., France, Britain, and
            j -= 1  # some Baltic countries, have ...": an unnamed rest closes the list
        g = -1  # the word before the group's list, when a list opens after a group noun
        if low[j] in _MEMBERS_LEAD and j < lo - 2:  # (s47: "notably", "such as" too)
            g = j - 1 if low[j - 1] == "," else j
        elif low[j] == "by" and low[j - 1:j] == ["led"] and j < lo - 2:
            g = j - 2 if low[j - 2:j - 1] == [","] else j - 1  # (s47) "Two dozen countries,
            # led by France and Britain, pledged ...": the leaders among the pledging group
        elif low[j] in _INCLUDES and low[j - 1:j] == ["which"] and j < lo - 2:
            g = j - 2 if low[j - 2:j - 1] == [","] else j - 1  # (s56) "the majority, which
            # includes Austria, is still undecided": the group, its members named
        if g > 0 and low[g - 1] in _GROUP_SUBJECTS:
            return g - 1
    for k in range(s - 1, lo - 1, -1):
        if low[k] == "those" and low[k - 1:k] == ["among"] and low[k + 1:k + 2] in (
                ["that"], ["who"], ["which"]):
            return k  # "France and the UK are among those that have indicated a willingness"
            # (s20): "those" stands for the countries of "among the countries that ..."
        if low[k] in _GROUP_SUBJECTS:
            if k > 0 and low[k - 1] in _TELL:
                continue  # "UK tells allies it may send 10,000 troops": the told (15t)
            return k
        if low[k] in _QUANTIFIERS and k + 1 < s and (
                low[k + 1] in _AFTER_QUANTIFIER or low[k + 1].endswith("ing")):
            return k  # "with some already expressing readiness to send troops" (15q)
    for k in range(s - 1, max(-1, s - 10), -1):
        if low[k] in (",", ";", ".", "and", "but"):
            break
        if low[k] == "coalition":
            # 'Starmer said that a "coalition of the willing" is actively preparing to send
            # forces': the coalition as the subject stands for unnamed nations (15s)
            rest = [w for w in low[k + 1:s + 1] if w not in _QUOTES and w not in (
                "of", "the", "willing")]  # (the cue's own first word may be the verb)
            if rest[:1] and rest[0] in _COALITION_VERBS:
                return k
    return None


# (s24) the quantity words of an unnamed rest that closes a list of nations ("..., and several
# others", "..., and some Baltic countries")
_REST_OF_LIST = frozenset({"some", "several", "many", "few", "a", "other", "more"})
_UNNAMED_LIST_TAIL = _REST_OF_LIST | frozenset({"others", "baltic", "nordic", "scandinavian",
                                                "european", "countries", "states", "nations"})
# determiners that make a group noun unnamed nations ("some countries", "other allies"; s13)
_QUANTIFIED = frozenset({"some", "several", "other", "many", "most", "few", "all", "these",
                         "those", "certain", "various", "numerous", "both"})


def _others_reported(low: list[str], s: int, lo: int | None = None) -> bool:
    """The clause the cue at ``s`` reports (after the last speech verb or "that" before it, after
    ``lo`` when given) has unnamed nations as its subject: "He also stated that some countries have not
    yet decided on their participation" is about others, not the speaker's nation (s13)."""
    j = next((k + 1 for k in range(s - 1, -1 if lo is None else lo - 1, -1)
              if low[k] in SPEECH or low[k] == "that"), 0 if lo is None else None)
    if j is None:
        return False  # (no reported clause after the actors: "X, along with other allies,
        # committed ...", "Britain, France and some other countries are ready")
    for k in range(j, s):
        if low[k] in _GROUP_NOUNS and k > 0 and low[k - 1] in _QUANTIFIED:
            return True
        if low[k] == "others" and not (k >= 2 and low[k - 1] == "and" and low[k - 2] in _DASHES) \
                or low[k] in _QUANTIFIERS and k + 1 < s and low[k + 1] in _AFTER_QUANTIFIER:
            return True  # (s56: not the group's "– and others" after an aside naming members)
        if low[k] in _QUANTIFIED and k + 1 < s and low[k + 1][:1].isdigit():
            return True  # "Macron suggested all 26 would send troops"
        if k + 1 < s and low[k + 1] in _GROUP_NOUNS and _many(low[k]):
            return True  # "Macron announced that 26 countries have pledged to deploy troops"
            # (s14): a count of nations is the coalition, not the speaker's nation
    return False


def _many(word: str) -> bool:
    """A count of three or more ("26", "thirty", "a dozen"); "two countries" may be the
    speaker's own and one other ("the two countries will send troops")."""
    if word[:1].isdigit():
        digits = word.replace(",", "")
        return not digits.isdigit() or int(digits) >= 3
    return WORD_NUMBERS.get(word.split("-")[0], 0) >= 3  # "thirty", "twenty-six"


def with_list_only(sent: Sent, actors: list[Mention], s: int) -> bool:
    """The cue's actors are all in one list after *together with* / *along with* /
    *alongside*, and no nation or pronoun stands before that in the clause: the list is governed
    by the preposition, the subject is left unsaid (15zb)."""
    low = sent.lower
    lo = min(a.start for a in actors)
    j = lo - 1
    named = {k for m in sent.mentions for k in range(m.start, m.end)}
    while j > 0 and (j in named or low[j] in (",", "and")) and j >= lo - 8:
        j -= 1
    if not (low[j] == "alongside" or (low[j] == "with" and j > 0
                                     and low[j - 1] in ("together", "along"))):
        return False
    start = sent.clause_start(j)
    before = low[start:j]
    return not any(m.end <= j and m.start >= start for m in sent.mentions) and \
        not set(before) & {"it", "we", "they", "he", "she", "i"}


def _listed_with(low: list[str], actors: list[Mention], k: int) -> bool:
    """The group noun at ``k`` closes the list of named actors ("Britain, France and other
    countries"), or stands before them ("countries such as Britain")."""
    end = max(a.end for a in actors)
    if k < min(a.start for a in actors) or {"among", "of"} & set(low[max(end, k - 4):k]):
        return True  # "Italy is among the countries that declined", "one of the nations"
    return all(w in _LIST_TAIL for w in low[end:k])


def pair_reference(words: Sequence[str]) -> bool:
    """(s56) "the two countries", "both nations" among ``words``: a pair named before, resolved
    as a pronoun is (`_orphan_kind`) and only to two nations (the caller)."""
    return counted_reference(words) == 2


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_SET_NOUNS = {"pair": 2, "duo": 2, "trio": 3}
# what may follow a bare "both", "neither", "all three" standing as a subject
_SUBJECT_NEXT = frozenset({"have", "has", "had", "are", "were", "is", "was", "will", "would",
                           "said", "say", "says", "could", "can", "may", "might", "plan", "plans",
                           "also", "now", "then", "since", "agreed", "remain", "remained"})


def counted_reference(words: Sequence[str]) -> int | None:
    """(s56, s60) How many nations named before a reference among ``words`` stands for: "both
    nations", "the two countries", "the pair" (2); "all three", "the three states", "the trio"
    (3); a bare "both", "neither", "all three" as a subject ("Both have said ...", "Neither will
    send troops"); else None. Resolved as a pronoun is (`_orphan_kind`), only to a list of that
    many nations (the callers)."""
    n = len(words)
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < n else ""
        nxt2 = words[k + 2] if k + 2 < n else ""
        if w == "both" and (nxt in _GROUP_NOUNS or nxt in _SUBJECT_NEXT):
            return 2
        if w == "neither" and (nxt in _SUBJECT_NEXT or nxt in ("country", "nation", "government")):
            return 2
        if w in ("the", "all") and nxt in _COUNTS and (nxt2 in _GROUP_NOUNS or
                                                       w == "all" and nxt2 in _SUBJECT_NEXT):
            return _COUNTS[nxt]
        if w == "the" and nxt in _SET_NOUNS and (nxt2 in _SUBJECT_NEXT or nxt2 in ("of", ",")):
            return _SET_NOUNS[nxt]
    return None


def _pair_named_before(sent: Sent, s: int) -> list[Mention]:
    """(s60) "the UK and France ..., with both nations expressing willingness to deploy": a pair
    reference ("both nations", "the two countries") in the cue's clause, and a list of exactly
    two nations named before it in the sentence (the last such list); else []."""
    low = sent.lower
    lo = sent.clause_start(s)
    at = next((k for k in range(max(0, lo - 1), s) if counted_reference(low[k:k + 3])), None)
    if at is None or any(at <= m.start < s for m in sent.mentions):
        return []
    count = counted_reference(low[at:at + 3])
    for m in reversed([m for m in sent.mentions if m.end <= at]):
        pair = [x for x in sent.coordinated(m) if x.end <= at]
        if len(pair) == count and all(x.iso3 not in HOST_AND_ADVERSARY for x in pair) and \
                len({x.iso3 for x in pair}) == count:
            return pair
    return []


def _orphan_kind(sent: Sent, s: int) -> bool | None:
    """True when a pronoun (or "the country") is the cue's subject, False when a group noun is,
    None when neither: the clause before the cue decides."""
    low = sent.lower
    before = low[sent.clause_start(s):s][-6:]
    if any(w in _EMBEDDED_Q for w in before):
        return None
    if any(m.start < s and m.iso3 not in HOST_AND_ADVERSARY for m in sent.mentions):
        return None  # "In Budapest, the government said ...": not the nation of the sentence before
    if counted_reference(low[sent.clause_start(s):s + 1]):  # (the cue's first word after a
        # bare "Neither will send", "Both have")
        return True  # (s56) "Spain and Portugal signed the declaration. The two countries
        # (Both nations) would send troops": the nations of the sentence before, as a pronoun
    if any(w in ("they", "their") for w in before) and any(w in _GROUP_NOUNS for w in low[:s]):
        return False  # "Six countries have signalled that they are prepared to send troops"
    if before[-1:] and before[-1] in _GROUP_NOUNS:
        return False  # (s24) "Its goal is to unite countries willing to send troops": the
        # countries right before the cue hold it, not the pronoun's nation
    pron = next((k for k, w in enumerate(before) if w in _ANAPHORS), None)
    if pron is not None and not (_GROUP_SUBJECTS | {"coalition"}).isdisjoint(before[:pron]):
        return None  # "the Coalition of the Willing confirmed its readiness": the group's own
        # pronoun, not a nation of the sentence before (S16, 15v)
    if any(w in _ANAPHORS for w in before) or any(
            a == "the" and b in _COUNTRY_NOUNS for a, b in zip(before, before[1:], strict=False)):
        return True
    if any(w in _GROUP_NOUNS for w in before):
        return False
    return None


# an indirect question: "asked his counterparts if they could put together a force"
_EMBEDDED_Q = frozenset({"if", "whether", "asked", "asks", "asking"})


def _asked_before(low: list[str], a: int) -> bool:
    """The actor at ``a`` is the subject of a question someone is asked: "Asked at a press
    conference if Australia would contribute ...", "When asked if and how many troops Latvia would
    be prepared to send ..." (issue 15q)."""
    for k in range(a - 1, max(-1, a - 12), -1):
        if low[k] in (".", ";", "but"):
            return False
        if low[k] in ("asked", "asks", "asking"):
            return any(w in ("if", "whether", "how") for w in low[k + 1:a])
    return False


def _asked_if(low: list[str], a: int, s: int) -> bool:
    """An indirect question between tokens a and s: "if" or "whether" and a pronoun subject of
    its own ("asked ... if they could send")."""
    return any(low[k] in ("if", "whether") and low[k + 1] in ("they", "it", "we", "he", "she")
               for k in range(a, s - 1))


def is_question(low: list[str]) -> bool:
    """The sentence is a question: it ends with a question mark (before closing quotes), or it is
    a parliamentary written question ("To ask the Minister for Defence if Ireland has agreed to
    ..."; s13; "Asked whether X would ..., the minister said ..." is an answer, not this)."""
    if low[:2] == ["to", "ask"]:
        return True
    k = len(low) - 1
    while k >= 0 and low[k] in _QUOTES:
        k -= 1
    if k >= 0 and low[0] in _ASKING_OPENERS and low[k] not in (".", "!", "?") and "," not in low:
        return True  # (s25) a headline asks: "Could Irish peacekeepers end up in Ukraine" (a
        # title cut before its mark; not "Should a deal be reached, ..." with its comma)
    return k >= 0 and low[k] == "?"


# "questions to be clarified before committing": not decided yet
_QUESTIONS = frozenset({"questions", "question", "clarity", "clarified", "clarify", "clarification",
                        "details", "assess", "study"})
# "would like to participate in the contingent": a wish, not an offer
_WISHES = (("would", "like", "to"), ("wants", "to"), ("want", "to"), ("hopes", "to"),
           ("hope", "to"), ("wishes", "to"), ("keen", "to"),
           # past tense (issue 15q): "signaled they wanted to participate in the mission"
           ("wanted", "to"), ("hoped", "to"), ("wished", "to"))
_WISH_VERBS = frozenset({"wants", "hopes", "wishes"})
# someone's advice to a nation, and views from outside its government, are not its stance
_RECOMMEND = frozenset({"should", "ought", "shouldn't"})
_OUTSIDE_GOVERNMENT = frozenset({"opposition", "lawmaker", "lawmakers", "poll", "survey",
                                 "respondents",
                                 "candidate"})  # "the most likely candidate for chancellor" (s17)
# (s24) "the French public opposed sending troops": the people or their opinion, right after
# the nation's name, not the government
_PUBLIC = frozenset({"public", "people", "voters", "citizens", "population", "electorate",
                     "society", "media", "press",
                     # (s68, set 142) "Albanian and Serbian residents still want the peacekeepers"
                     "residents", "locals", "communities"})  # (not "observers": the monitors a
# nation may send, "Finnish observers could join the monitoring mission")
# (s45) the opposition's leaders of 2024-2026 in the contributing nations, quoted by name alone
# ("Mathilde Panot, leader of La France Insoumise, said that France could send up to 6,000
# soldiers"): their view of what the nation could do, not the government's
# (review s56: not "nationalist", "populist", "green": labels of governing parties too)
_OPPOSITION_PARTIES = frozenset({"left", "opposition", "far-left"})
_OPPOSITION_FIGURES = frozenset({"panot", "mélenchon", "melenchon", "bardella",
                                 "farage", "badenoch", "weidel", "chrupalla", "wagenknecht",
                                 "dagdelen", "schlein", "poilievre", "dutton", "davey"})
# (s24) "foreign-policy specialist X argued that Berlin must be prepared to put soldiers": an
# outside voice's view, wherever in the sentence before the nation it speaks
OUTSIDE_VOICES = frozenset({"expert", "experts", "analyst", "analysts", "specialist",
                            "commentator", "commentators", "parliamentarian", "parliamentarians",
                            "legislator", "legislators",
                            # (s34) "Some German politicians ... have said that Germany should not
                            # rule out ...": party voices, not the government (not "the ÖVP
                            # politician Karl Nehammer", the chancellor: s29)
                            "politicians", "mep", "meps", "backbencher", "backbenchers"})
_OUTSIDE_GOVERNMENT |= OUTSIDE_VOICES


def opposition_speaks(sent: Sent, before: int) -> bool:
    """(s45) One of the opposition's leaders speaks before token ``before``: the name, then a
    speech verb with no nation named between ("Mathilde Panot, leader of La France Insoumise,
    said that France could send ..."), not the name as a topic ("Farage's remarks came after
    Britain and France announced their willingness")."""
    low = sent.lower
    named = {j for m in sent.mentions for j in range(m.start, m.end)}
    for k in range(min(before, len(low))):
        # "one party leader noting that France could contribute ...": a party's voice (briefed
        # by the government), not the government's
        if low[k] not in _OPPOSITION_FIGURES and not (
                low[k] in ("leader", "leaders", "chief") and low[k - 1:k] == ["party"]) and not (
                low[k] == "party" and low[k - 1:k] != [] and low[k - 1] in _OPPOSITION_PARTIES
                and not {"ruling", "governing"} & set(low[max(0, k - 3):k])):
            continue  # (s56) "the Left party says it is opposed to sending German troops"
        verb = next((j for j in range(k + 1, min(before, k + 20)) if low[j] in _SPEAKING), None)
        if verb is None:
            continue
        # the verb's own subject, a nation right before it: "Britain and France announced"
        # (not "leader of La France Insoumise, said": a party's name in the apposition)
        if not any(k < m.start < verb and all(j in named or low[j] in _SUBJECT_GLUE
                                              for j in range(m.end, verb))
                   for m in sent.mentions):
            return True
    return False


_SPEAKING = SPEECH | {"noting", "saying", "adding", "arguing", "claiming", "suggesting",
                     "stating", "telling", "insisting", "warning"}
_SUBJECT_GLUE = frozenset({"and", ",", "also", "has", "have", "had", "both", "jointly", "then"})
# (s24) "most Germans oppose sending troops": a share of the people, not the government
_SHARE_OF_PEOPLE = frozenset({"most", "many", "few", "some", "of"})
_RIVALS = frozenset({"competitor", "competitors", "rival", "rivals", "challenger", "challengers"})


_SAID_AFTER = frozenset({"said", "says", "stated", "argued", "argues", "added", "wrote",
                         "according", "suggested", "suggests", "believes", "thinks"})
_CHAMBERS = frozenset({"bundestag", "parliament", "parliamentary", "congress", "sejm", "senate",
                       "assembly"})
# not "politician": '"I will not send any soldiers," said the SPD politician' is the chancellor
_MEMBERS_OUTSIDE = frozenset({"mp", "mps", "lawmaker", "mep", "meps"})
# what may follow a speech verb that ends the attribution (", the parliament member said on
# Tuesday."): the speaker is then read before the verb
_AFTER_SAID = frozenset({".", ",", "on", "in", "at", "yesterday", "today", "earlier", "last",
                         "this", "late"})


def said_by_outsider_after(low: list[str], e: int) -> bool:
    """(s29) A speech verb after the cue ending at ``e`` whose speaker, within six words, is an
    outside voice: ", said CDU security policy expert X", ", the Bundestag member stated"."""
    for k in range(e, len(low)):
        if low[k] not in _SAID_AFTER:
            continue
        # the speaker after the verb (", said CDU expert X") or, when the verb ends the
        # sentence, before it (", the Bundestag member stated.")
        window = low[max(e, k - 6):k] if k + 1 >= len(low) or low[k + 1] in _AFTER_SAID \
            else low[k + 1:k + 7]
        if not OUTSIDE_VOICES.isdisjoint(window) or _MEMBERS_OUTSIDE & set(window) or \
                "retired" in window or any(  # (s60) ", a retired Swedish general has suggested"
                # (s62) ", a former Chinese colonel has suggested" (not "Starmer, the former ...")
                w == "former" and (j == 0 or window[j - 1] in ("a", "an", ","))
                for j, w in enumerate(window)) or any(
                w == "member" and j > 0 and window[j - 1] in _CHAMBERS
                for j, w in enumerate(window)):
            return True
    return False


def _outsider_said_of(low: list[str], actors: list[Mention], s: int) -> bool:
    """(s34) "Some German politicians ... have said that Germany should not rule out ...": the
    nation's own adjective names the outside voices that speak of it (the speakers' mention is
    among the actors, so the words before the first actor say nothing)."""
    first = min(actors, key=lambda a: a.start)
    return len({a.iso3 for a in actors}) == 1 and len(actors) > 1 and \
        low[first.end:first.end + 1] != [] and low[first.end] in OUTSIDE_VOICES and \
        any(w in SPEECH for w in low[first.end:s])


def outside_government(low: list[str], m: Mention, s: int) -> bool:
    """The nation at ``m`` names a party outside its government that holds the view: "Australian
    opposition skeptical about troop deployment", "the German opposition leader", or a rival of
    the leader's party speaks before the cue at ``s`` ("his party's main competitor, the
    Christian Democrats, indicated they would be open to it"; s17)."""
    end = m.end
    while low[end:end + 1] in (["and"], ["or"], [","]) and low[end + 1:end + 2] and \
            low[end + 1] in _DEMONYM_NATION:
        end += 2  # (s45) "French and German voters balk at sending peacekeepers": the people of
        # both, each adjective's noun the one after the last
    near = low[end:end + 3]
    if near[:1] in (["'s"], ["’s"]):
        near = near[1:]
    if near[:1] and (near[0] in _OUTSIDE_GOVERNMENT or near[0] in _PUBLIC) and not (
            near[0] == "opposition" and near[1:2] == ["to"]):
        return True  # (s30) not "Spain's opposition to sending troops": the nation's stance
    if any(w in _PARTY and (j == 0 or near[j - 1] not in ("a", "an"))
           for j, w in enumerate(near)) and _CABINET.isdisjoint(low[m.end:m.end + 7]):
        return True  # (s29) "The German Green Party is ... suggesting a willingness to consider
        # Bundeswehr deployments": a party's view, in government or not, is not the nation's
    if m.start > 0 and low[m.start - 1] in _SHARE_OF_PEOPLE and low[m.end - 1].endswith("s") and \
            low[m.end - 1] not in ("states", "countries", "nations"):
        return True
    return m.end <= s and not _RIVALS.isdisjoint(low[m.end:s])


_CABINET = frozenset({"government", "governments", "cabinet", "administration", "coalition"})
_PARTY = frozenset({"party", "parties", "faction",
                    # parties named after the nation ("Germany's CDU to join ..."): the main
                    # contributors' parties, by their short names
                    "cdu", "csu", "spd", "afd", "bsw", "fdp", "greens", "linke", "labour",
                    "tories", "conservatives", "lega", "pvv", "vvd", "lfi"})
# (s60) staying out of the force: "will sit out", "has opted out of", "will stay out of"
_OUT_VERBS = frozenset({"sit", "sits", "sat", "sitting", "stay", "stays", "stayed", "staying",
                        "opt", "opts", "opted", "opting", "keep", "keeps", "kept", "keeping"})
# (s60) what money offered is counted in
MONEY_WORDS = frozenset({"euros", "euro", "dollars", "dollar", "pounds", "kroner", "krona", "kronor",
                         "francs", "yen", "€", "$", "£", "funding", "financially", "finance",
                         "financing", "fund", "funds", "money", "budget"})

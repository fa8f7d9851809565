"""Whose troops and whose offer: the signers of a declaration or plan, the nation behind a
speaker's "we" or a titled speaker, a plan's proposers, another nation's force ("others' troops
only"), and the members of a group named before or after the cue."""

from __future__ import annotations

from reassure.evidence._claims import MONTHS
from reassure.evidence._gazetteer import HOST_AND_ADVERSARY
from reassure.evidence._stances.cue_clause import (
    _EXCLUDING,
    _NOT_TROOPS,
    _SENDING_GERUNDS,
    _VERBAL_TROOP_WORDS,
    _WOULD,
    _troops_near,
)
from reassure.evidence._stances.holders import _DASHES, _GROUP_NOUNS, _INCLUDES, _MEMBERS_LEAD
from reassure.evidence._stances.lexicon import (
    _COUNT_WORDS,
    _DEMONYM_WORDS,
    _DENIED_POSSIBILITY,
    _DEPLOY,
    _NOT_CONTRIBUTORS,
    _PROHIBIT,
    _QUOTES,
    TROOP_WORDS,
)
from reassure.evidence._text import BOUNDARY_WORDS, LIST_GLUE, SPEECH, Mention, Sent

# issue 15n: the plan leaders' own readiness (settled convention, docs/evidence.md §5)
_SIGN_VERBS = frozenset({"signed", "signing", "sign", "signs", "executed", "reached"})  # (s18: "executed a
# trilateral 'Declaration of Intent' ..., addressing the ... deployment of a multinational force")
_SIGN_OR_ADOPT = _SIGN_VERBS | {"agreed", "adopted"}
_DOCUMENTS = frozenset({"declaration", "statement", "document", "agreement", "pact", "accord",
                        "deal", "letter", "memorandum"})  # (s18: "a trilateral memorandum on")
_DEPLOYMENT_WORDS = frozenset({"deploy", "deploying", "deployment", "send", "sending", "station",
                               "stationing", "dispatch", "dispatching",
                               # (s24) "allowing for the presence of troops", "including
                               # establishing military hubs"
                               "presence", "establishing", "establish"})
_HUBS = frozenset({"hubs", "hub", "bases", "base"})
# what a signed document is about when it is not the deployment ("a declaration on security
# guarantees" commits no troops)
_NOT_DEPLOYMENT = frozenset({"guarantees", "guarantee", "assurances", "support", "aid", "funding",
                             "training", "."}) | BOUNDARY_WORDS
_FORCE_NOUNS = TROOP_WORDS - _VERBAL_TROOP_WORDS - {"military", "mission", "operation"}


def _is_document(w: str) -> bool:
    return w in _DOCUMENTS or w.startswith("declarat")  # (15v: "Declaratio", a typo)


_COMMITTING = frozenset({"committing", "commits", "pledging", "pledges"})


_OUTLINES = frozenset({"outlines", "outlined", "sets", "envisages", "envisaged", "provides",
                       "foresees", "paves", "lays"})


_ENABLING = frozenset({"enabling", "enables", "enable", "allowing", "allows", "permitting",
                       "permits", "authorising", "authorizing"})
_DEPLOY_VERBS_AFTER = frozenset({"deploy", "operate", "enter", "be", "station", "go"})


def _forces_to_deploy(low: list[str], k: int) -> int | None:
    """(s42) The end of "... forces to deploy (operate) in Ukraine" from ``k``: a force noun within
    six words, then "to" and a verb of deploying."""
    for j in range(k, min(len(low) - 2, k + 6)):
        if low[j] in ("force", "forces", "troops", "soldiers", "contingent") and \
                low[j + 1] == "to" and low[j + 2] in _DEPLOY_VERBS_AFTER and \
                (low[j + 2] != "be" or low[j + 3:j + 4] in (["deployed"], ["stationed"])):
            return j + 3
        if low[j] in (".", ";", ","):
            return None
    return None


def _signed_deployment(low: list[str], s: int) -> int | None:
    """End of "signed a declaration (of intent) on / to the deployment of forces" from the verb at
    ``s``, or None: the signers commit their forces (a declaration on guarantees does not).
    The deployment may come after an aside ("signed a declaration of intent, alongside X, on
    deploying troops") or stand bare ("a declaration ... outlining a future deployment"; 15v)."""
    doc = next((k for k in range(s + 1, min(len(low), s + 7)) if _is_document(low[k])), None)
    if doc is None:
        return None
    for k in range(doc + 1, len(low)):
        if low[k] in ("which", "that") and low[k + 1:k + 2] and low[k + 1] in _OUTLINES:
            continue  # (s22) "a declaration ..., which outlines plans for deploying troops"
        if (low[k] in _NOT_DEPLOYMENT and low[k] not in BOUNDARY_WORDS and low[k] != "."
                and "including" in low[k + 1:k + 10]):
            continue  # (s24) "an intent declaration to provide security support ..., including
            # establishing military hubs": what the support includes may be a deployment
        if low[k] in _NOT_DEPLOYMENT or low[k] in _PROHIBIT:
            return None  # (15v: "a declaration prohibiting the sending of troops")
        if low[k] in ("not", "n't", "never", "no"):
            return None  # (s56) "countries that signed the declaration have said they will not
            # send troops": the signers' refusal, which its own cue reads
        if low[k] in ("troops", "soldiers", "forces") and low[k - 1] in ("their", "its", "our"):
            return k + 1  # (s18) "a declaration ... that paves the way for their troops to take
            # part in a Multinational Force"
        if low[k] in _ENABLING and k - doc <= 5:
            end = _forces_to_deploy(low, k + 1)
            if end is not None:
                return end  # (s42) "signed a declaration of intent enabling partner forces to
                # operate in Ukraine after a verified ceasefire", "... enabling a European-led
                # multinational force to deploy in Ukraine"
        if low[k] in _DEPLOYMENT_WORDS or low[k] in _COMMITTING:
            # (s18: "signed a historic agreement committing to boots on the ground")
            for j in range(k + 1, min(len(low), k + 7)):
                if low[j] in _FORCE_NOUNS or low[k].startswith("establish") and low[j] in _HUBS:
                    return j + 1
                if low[j] in _NOT_TROOPS:
                    return None
                if low[j] in _NOT_DEPLOYMENT:
                    break
            if low[k] == "deployment" and (k + 1 == len(low) or low[k + 1] in _BARE_DEPLOYMENT_END):
                return k + 1  # "a potential future deployment." / "force deployment in ..."
            return None
    return None


# (s25) what may follow a bare "declaration of intent" that names no object: its signing, its
# signers, its place ("a declaration of intent was signed with Macron and Starmer", "in a
# declaration of intent signed by France, the UK and Ukraine")
_AFTER_BARE_INTENT = frozenset({"was", "were", "has", "had", "signed", "by", "with", "in", "at",
                                "between", ",", ".", ";", "earlier", "last", "on"})


def _bare_intent(low: list[str], doc: int) -> int | None:
    """End of a bare "declaration of intent" at ``doc`` (no object: "on drone production" is
    one, "on Tuesday" is not), or None. The force's declaration of intent is the one the
    reports name bare (Paris, January 2026: the signers' forces to deploy after a ceasefire,
    docs/evidence.md §5's settled convention); a declaration of intent on anything else names
    its object."""
    if low[doc:doc + 3] != ["declaration", "of", "intent"]:
        return None
    end = doc + 3
    nxt = low[end] if end < len(low) else "."
    if nxt not in _AFTER_BARE_INTENT:
        return None
    if nxt == "on" and not (end + 1 < len(low) and (low[end + 1] in _DATE_WORDS or
                                                    low[end + 1][:1].isdigit())):
        return None  # "on the deployment ..." is read by _signed_deployment; "on drones" no
    return end


_DATE_WORDS = MONTHS | frozenset({"monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday"})


def _passive_signers(sent: Sent, s: int) -> tuple[list[Mention], int] | None:
    """A document on deploying forces signed in the passive ("A Declaration of Intent was signed
    in Paris by Ukraine, France and the UK, outlining plans for deploying multinational forces"):
    the nations after *by* and the end of the deployment, or None."""
    low = sent.lower
    if s < 2:
        return None
    if low[s - 1] in ("was", "were", "been", ","):
        doc = next((k for k in range(s - 2, max(-1, s - 8), -1) if _is_document(low[k])), None)
    else:  # (s22) "a recent declaration of intent signed by the UK, France and Ukraine, which
        # outlines plans for deploying troops": the participle right after the document
        doc = next((k for k in range(s - 1, max(-1, s - 4), -1) if _is_document(low[k])), None)
        if doc is not None and any(w not in ("of", "intent") for w in low[doc + 1:s]):
            doc = None
    if doc is None:
        return None
    end = _signed_deployment(low, doc - 1)  # read from the document on, as the active form
    if end is None:
        end = _bare_intent(low, doc)
    by = next((k for k in range(s + 1, min(len(low), s + 6)) if low[k] in ("by", "with")), None)
    if end is None or by is None:
        return None
    first = next((m for m in sent.mentions if by < m.start <= by + 3), None)
    if first is None:
        return None
    signers = [m for m in sent.coordinated(first) if m.start > by and m.iso3 not in
               HOST_AND_ADVERSARY]  # Ukraine signs as the host, not as a contributor
    return (signers, end) if signers else None


_WITH_NOUNS = frozenset({"deal", "agreement", "accord", "settlement", "talks", "negotiations",
                         "ceasefire", "truce", "peace", "war", "conflict", "border", "relations",
                         "dialogue", "treaty"})
_BARE_DEPLOYMENT_END = frozenset({".", ",", ";", "in", "to", "after", "following", "once"})
_SIGNED_WITH = frozenset({"alongside", "with"})
_WHO = frozenset({"who", "which"})


def _signers(sent: Sent, s: int) -> list[Mention]:
    """The nations that sign at the sign verb ``s`` (15v): every nation or leader of its subject
    ("President of France Emmanuel Macron and Prime Minister of Great Britain Keir Starmer
    signed": a nation after a title's "of" too), a relative clause's antecedent ("France and
    Britain, who have signed"), and those it signs *alongside* or *with*."""
    low = sent.lower
    lo = s
    while lo > 0 and low[lo - 1] not in (".", ";", ":", "but", "while", "whereas", "although",
                                         "that") and low[lo - 1] not in SPEECH:
        if low[lo - 1] in _WHO:  # (not a nation that speaks of the signing: "Italy said
            break  # France and Britain signed ...")
        lo -= 1
    out: list[Mention] = []
    if lo > 1 and low[lo - 1] in _WHO and low[lo - 2] == ",":
        before = [m for m in sent.mentions if m.end == lo - 2]
        if before:
            first = before[0]
            k = sent.mentions.index(first)
            while k > 0 and all(w in LIST_GLUE for w in low[sent.mentions[k - 1].end:
                                                             sent.mentions[k].start]):
                k -= 1
            out = [m for m in sent.mentions[k:] if m.end <= lo - 2]
    elif lo == 0 or low[lo - 1] not in _WHO:
        for m in sent.mentions:
            if m.start < lo or m.end > s:
                continue
            j = m.start - 1
            titled_of = j >= 1 and low[j] == "of" and low[j - 1] in _TITLE_WORDS
            if not m.governed or m.label == "PERSON" or titled_of:
                out.append(m)
    hi = sent.clause_end(s) if "," not in low[s:s + 12] else min(len(low), s + 30)
    for k in range(s + 1, hi):
        if low[k] in _SIGNED_WITH and low[k - 1] not in _WITH_NOUNS:
            # ("in case of a peace deal with Russia": the deal's party, not a co-signer; s13)
            after = [m for m in sent.mentions if k < m.start <= k + 6]
            if after:
                out.extend(m for m in sent.coordinated(after[0]) if m.start > k)
            break
        if low[k] == ".":
            break
    # Ukraine signs as the host, not as a contributor (the settled convention, §5; s25)
    return [m for m in out if m.iso3 not in HOST_AND_ADVERSARY]


_TITLE_WORDS = frozenset({"president", "minister", "leader", "chancellor", "premier", "king",
                          "queen", "head"})


_AMOUNT = frozenset({"several", "some", "up", "to", "about", "around", "roughly", "thousand",
                     "thousands", "hundred", "hundreds", "of", "a", "few", "more", "than", "its",
                     "their", "own", "own-", "-"})
_OWN_TROOPS = frozenset({"troops", "soldiers", "forces", "personnel", "peacekeepers", "servicemen",
                         "contingent", "units", "brigade", "battalion", "company"})


def _own_troops_after(sent: Sent, s: int, e: int) -> list[Mention] | None:
    """The nations whose troops are the object of an unowned plan's sending verb, when the same
    nation (its leader) presents the plan ("Macron met party leaders to present a plan to deploy
    several thousand French soldiers": France's plan to send its own soldiers, as *X's plan to
    send its troops* is; 15t). Only an amount between the verb and the nation, and a troop noun
    right after the nation (or its list). Not a plan others discuss ("officials are discussing a
    plan to send British and French troops": the talks' plan)."""
    low = sent.lower
    k = e
    while k < len(low) and k < e + 6 and (low[k] in _AMOUNT or low[k][:1].isdigit()):
        k += 1
    first = next((m for m in sent.mentions if m.start == k and m.label == "NATION"
                  and not m.governed and m.iso3 not in HOST_AND_ADVERSARY), None)
    if first is None:
        return None
    listed = [m for m in sent.coordinated(first) if m.start >= k]
    end = max(m.end for m in listed)
    nations = {m.iso3 for m in listed}
    if end < len(low) and low[end] in _OWN_TROOPS and any(
            m.iso3 in nations and m.end <= s and not m.governed for m in sent.mentions):
        return listed
    return None


def _nation_said_we(sent: Sent, s: int) -> list[Mention]:
    """(s34) '"Romania has said at least two things very clearly: we will not send troops"': a
    "we" after a colon that follows one nation's speech ("X has said ...:") is that nation."""
    low = sent.lower
    colon = max((k for k in range(s) if low[k] == ":"), default=None)
    if colon is None or "we" not in low[colon + 1:s]:
        return []
    named = [m for m in sent.mentions if m.end <= colon and m.iso3 not in HOST_AND_ADVERSARY]
    if len({m.iso3 for m in named}) != 1 or SPEECH.isdisjoint(low[named[-1].end:colon]):
        return []
    return [named[-1]]


def _we_send_own(sent: Sent, s: int, e: int) -> list[Mention]:
    """The nation whose troops "we" (or "I") would send, in a clause "we" opens: the object right
    after the cue ("do not plan to send Polish soldiers"), a nation followed by a troop noun."""
    low = sent.lower
    lo = sent.clause_start(s)
    opener = [w for w in low[lo:s] if w not in _QUOTES][:1]
    # (s30) "the prime minister reiterated that he would contemplate dispatching UK troops": the
    # one who would send a nation's troops speaks for it, "he" as "we"
    if opener not in (["we"], ["i"]) and not (
            low[max(lo, s - 3):s - 1][-1:] in (["he"], ["she"]) and low[s - 1] in _WOULD
            and not {"whether", "if", "asked"} & set(low[lo:s])):
        return []  # (not "refused to say whether he would send Canadian troops": a question)
    k = e
    if low[k:k + 1] and low[k] in _SENDING_GERUNDS - {"putting"}:
        k += 1  # "would contemplate dispatching UK troops"
    while k < len(low) and k < e + 5 and (low[k] in _AMOUNT or low[k][:1].isdigit()
                                          or low[k] in ("any", "our", "the")):
        k += 1
    own = [m for m in sent.mentions if m.start == k and m.label == "NATION"
           and m.iso3 not in HOST_AND_ADVERSARY | {"USA"}]
    return own if own and own[0].end < len(low) and low[own[0].end] in _OWN_TROOPS else []


_PARTICIPATION_DOUBT = frozenset({"uncertain", "unclear", "question", "doubt", "doubtful",
                                  "unlikely", "excluded", "not", "n't", "never", "whether",
                                  "potential", "possible", "possibility", "rejected", "ruled",
                                  "against", "warned", "warns", "opposed", "opposes", "oppose",
                                  "objected", "objects", "condemned", "discussed", "discussing",
                                  "discuss", "discussion", "discussions", "debate", "talks",
                                  "speculation", "if", "unless", "asked", "would", "could",
                                  "may", "might",
                                  # (s63) "refused any participation of Hungarian soldiers"
                                  "refused", "refuses", "refuse", "refusing", "rejects",
                                  "rejecting", "excludes"})


_HEADS = frozenset({"head", "chief", "commander", "commander-in-chief", "chiefs", "heads",
                    "commanders", "minister", "ministers", "president", "leader", "spokesman",
                    "spokeswoman", "spokesperson", "staff"})


def _pronoun_back(sent: Sent, s: int) -> list[Mention]:
    """The nation an "it" / "they" that opens the cue's clause stands for, when it speaks
    (*it insists that*, *they said*) and the clause before it, in the same sentence, has one
    nation as its subject ("Although Ankara remains open to talks, it insists that ...")."""
    low = sent.lower
    k = next((j for j in range(s - 1, max(-1, s - 12), -1)
              if low[j] in ("it", "they") and j > 1 and low[j - 1] == ","), None)
    if k is None or k + 1 >= s or low[k + 1] not in SPEECH:
        return []
    before = [m for m in sent.free_mentions(0, k - 1) if m.iso3 not in _NOT_CONTRIBUTORS]
    if not before or len({m.iso3 for m in before}) != 1:
        return []
    return before[:1]


def _titled_speaker_country(sent: Sent, s: int) -> list[Mention]:
    """'his (her, their) country' as the subject of a reported cue, whose speaker is named by a
    title over a nation's institution: "The head of the Swiss Armed Forces, Thomas Süssli,
    stated that his country could provide troops" (the nation after *of* in the title; not an
    ambassador *to* a country; 15t)."""
    low = sent.lower
    lo = sent.clause_start(s)
    k = next((j for j in range(s - 1, max(lo - 1, s - 6), -1) if low[j] == "country"), None)
    if k is None or low[k - 1:k] not in (["his"], ["her"], ["their"]):
        return []
    speech = next((j for j in range(k - 1, -1, -1) if low[j] in SPEECH), None)
    if speech is None:
        return []
    for m in sent.mentions:
        if m.end > speech or m.label != "NATION" or m.iso3 in HOST_AND_ADVERSARY:
            continue
        j = m.start - 1
        while j >= 0 and low[j] in ("the", "a"):
            j -= 1
        if j >= 1 and low[j] == "of" and not _HEADS.isdisjoint(low[max(0, j - 3):j]):
            return [m]
    return []


def _possibility_of_troops(sent: Sent, s: int) -> list[Mention] | None:
    """The nations in "the possibility (prospect) of <nation> troops <cue>": the cue at ``s``
    right after the troops, the nation right before them (15t)."""
    low = sent.lower
    if s < 4 or low[s - 1] not in _OWN_TROOPS:
        return None
    last = next((m for m in sent.mentions if m.end == s - 1 and m.label == "NATION"), None)
    if last is None or last.iso3 in HOST_AND_ADVERSARY:
        return None
    listed = [m for m in sent.coordinated(last) if m.end <= s - 1]
    first = min(m.start for m in listed)
    if low[first - 1:first] != ["of"] or low[first - 2:first - 1] not in (
            ["possibility"], ["prospect"], ["possibilities"]):
        return None
    if not _EXCLUDING.isdisjoint(low[max(0, first - 6):first - 2]) or \
            not _DENIED_POSSIBILITY.isdisjoint(low[max(0, first - 6):first - 2]):
        return None  # (s47) "have ruled out the possibility of Romanian troops participating":
        # the possibility refused, no openness (the refusal is read from "ruled out")
    return listed


def _participation_of(sent: Sent, s: int, e: int) -> list[Mention] | None:
    """"a contingent of 10,000 with the participation of the British Armed Forces", "the
    participation of Danish troops has been confirmed": the nations whose troops take part (15t).
    A troop noun must follow the nation (*the participation of the US and Turkey* in a working
    group is not troops); a doubt, a negation or a hedge in the clause leaves it to other cues."""
    low = sent.lower
    first = next((m for m in sent.mentions if e <= m.start <= e + 1), None)
    if first is None or first.iso3 in HOST_AND_ADVERSARY:
        return None
    owners = [m for m in sent.coordinated(first) if m.start >= e]
    last = max(m.end for m in owners)
    if not (set(low[last:last + 3]) & _OWN_TROOPS):
        return None
    lo, hi = sent.clause_start(s), sent.clause_end(last)
    if not _PARTICIPATION_DOUBT.isdisjoint(low[max(0, lo - 1):hi]) or \
            not _PARTICIPATION_DOUBT.isdisjoint(low[max(0, s - 4):s]):
        return None
    return owners


# 15x: a plan's proposers named as its label ("a UK-France plan", "the Franco-British proposal")
_LABEL_FILLER = frozenset({"a", "an", "the", "this", "that", "-", "franco", "anglo"}) | _QUOTES
_OWN_MARKERS = frozenset({"its", "their", "own"})
# (s31) the verbs of "is considering such a move"; not `_WEIGHING` above, which this name shadowed
_WEIGHS_SUCH = frozenset({"considering", "considers", "consider", "weighing", "weighs", "mulling",
                          "mulls", "contemplating", "contemplates"})
_DEMONYM_SET = frozenset(_DEMONYM_WORDS)
# a force of others, not the proposers' own troops ("a monitoring force of allied
# soldiers", "European troops")
_OTHERS = frozenset({"european", "western", "multinational", "international", "foreign",
                     "allied", "nato", "coalition"})
_FORCE_HEADS = frozenset({"force", "forces", "troops", "soldiers", "contingent", "peacekeepers",
                          "mission", "personnel"})


_OWNED_PLEDGES = frozenset({"participation", "contribution", "involvement"})


def _possessor_list(sent: Sent, owner: Mention) -> list[Mention]:
    """The nations of a possessive list, a preposition before it or not: "(signed up to)
    Britain and France's plan" (15x)."""
    out = [owner]
    for m in reversed([m for m in sent.mentions if m.end <= owner.start]):
        if all(w in (",", "and") for w in sent.lower[m.end:out[0].start]):
            out.insert(0, m)
        else:
            break
    return out


def _proposer_adjective(sent: Sent, s: int) -> bool:
    """Whether the nations right before a plan noun are its label, not a verb's subject or a
    possessor: "a UK-France plan", "the Franco-British proposal", "the British plan" (15x)."""
    low = sent.lower
    if s > 0 and low[s - 1] in ("'s", "’s"):
        return False
    m = next((m for m in sent.mentions if m.end == s), None)
    if m is None:
        return s > 1 and low[s - 1] in ("british", "french") and low[s - 2] == "-"
    listed = sent.coordinated(m)
    lo = min(x.start for x in listed)
    if lo > 0 and low[lo - 1] in ("a", "an"):
        return True
    if "-" in low[max(0, lo - 1):s] or "-" in m.text:  # ("of a UK-France plan": "UK" governed)
        return True
    return len(listed) == 1 and lo > 0 and low[lo - 1] in ("the", "this", "that") and \
        low[s] in ("plan", "proposal")


def _others_force(low: list[str], e: int) -> bool:
    """The object of a plan's sending verb is a force, or others' troops, not the proposers' own:
    "to send a force", "to station a monitoring force of allied soldiers" (15x)."""
    k = e
    article = False
    while k < min(len(low), e + 7) and low[k] not in _FORCE_HEADS:
        if low[k] in _OWN_MARKERS or low[k] in _DEMONYM_SET or low[k] == "uk":
            return False  # (s31) "suggested deploying a UK (British) peacekeeping force": a
            # national force named, not a force of others
        if low[k] in _OTHERS:
            return True
        article = article or low[k] in ("a", "an")
        k += 1
    if k >= len(low) or low[k] not in _FORCE_HEADS:
        return False
    return article and low[k] in ("force", "mission", "contingent") or \
        bool(_OTHERS & set(low[k + 1:k + 5]))


_MAYBE_WORDS = frozenset({"potentially", "possibly", "perhaps", "maybe"})


def _including_by_sending(low: list[str], e: int) -> str | None:
    """(s31) A part played "including by (potentially) deploying troops" within the clause after
    the cue at ``e``: ready, or open when the means is hedged; None when no such means."""
    for k in range(e, min(len(low) - 2, e + 14)):
        if low[k] in (".", ";", "but", "while", "whereas"):
            return None
        if low[k] == "including" and low[k + 1] == "by":
            rest = low[k + 2:k + 8]
            hedged = bool(rest) and rest[0] in _MAYBE_WORDS
            rest = rest[1:] if hedged else rest
            if rest[:1] and rest[0] in ("deploying", "sending", "putting", "committing",
                                        "providing", "contributing") and \
                    not (TROOP_WORDS | {"boots"}).isdisjoint(rest[1:5]):
                return "open" if hedged else "ready"
            return None
    return None


def too_much_to(words: list[str]) -> bool:
    """"too small to (take part)", "too stretched to": a judgement of capacity among ``words``,
    not an offer (s16)."""
    return any(w == "too" and words[i + 2:i + 3] == ["to"] for i, w in enumerate(words))


_OTHERS_TROOPS = frozenset({"troops", "soldiers", "peacekeepers", "boots"})
_TROOP_MODIFIERS = frozenset({"peacekeeping", "military", "ground", "combat", "armed"})
_OWN_BEFORE_TROOPS = frozenset({"its", "their", "our", "own", "national"})


def others_troops_only(low: list[str]) -> bool:
    """Every troop noun of the sentence is others' troops ("Western troops", "European
    peacekeeping troops") and none is the holder's own ("its", "our", "national", "French
    troops"): raising, weighing or pushing for such troops is the plan's talk, not an offer of
    the speaker's own (§5 convention; s16)."""
    label = low.index(":") + 1 if ":" in low[:5] else 0  # (s56) "European Troops: Spain and
    # Portugal have signaled their willingness to deploy forces": a heading, not the sentence's
    heads = [k for k, w in enumerate(low) if w in _OTHERS_TROOPS and k >= label]
    if not heads:
        return False
    for k in heads:
        # (s68, set 141) 'the possible deployment of Western "peacekeepers"': quote marks skipped
        before = [w for w in low[max(0, k - 4):k] if w not in ('"', "“", "”", "'", "‘", "’", "«", "»")][-3:]
        if _OWN_BEFORE_TROOPS & set(before):
            return False
        # the adjective right before the noun, or before one modifier ("European peacekeeping")
        if not (before[-1:] and before[-1] in _OTHERS or
                len(before) >= 2 and before[-2] in _OTHERS and before[-1] in _TROOP_MODIFIERS):
            return False
    return True


def in_a_later_clause(sent: Sent, actor: str, at: int) -> bool:
    """(s68) Whether the stance of ``actor`` whose cue starts at ``at`` is told in a clause of its
    own after every one of others' troops the sentence names ("London and Paris have been
    discussing a force of up to 30,000 European troops, and Estonia, Denmark and Australia have
    said they could take part"): the nation named after the clause's opening (", and", ", while",
    ", but", ";")."""
    low = sent.lower
    last = max((k for k, w in enumerate(low) if w in _OTHERS_TROOPS), default=-1)
    opens = next((b for b in range(last + 1, at) if low[b] == ";" or low[b] == "," and
                  low[b + 1:b + 2] in (["and"], ["while"], ["whereas"], ["but"])), None)
    return opens is not None and any(m.iso3 == actor and opens < m.start < at for m in sent.mentions)


_RULE_NOUNS = frozenset({"rules", "rule", "mechanism", "law", "laws", "legislation", "procedure",
                         "procedures", "lock", "framework"})
_SENDING_FOR = frozenset({"sending", "deploying", "dispatching", "stationing"})


def rules_for_sending(low: list[str]) -> bool:
    """The sentence is about a nation's rules for sending troops abroad ("changes to its rules
    for sending troops abroad", "the 'triple lock', a mechanism for sending Irish peacekeeping
    forces abroad that requires a UN resolution"): its law, not a stance on this force (s16)."""
    for k in range(1, len(low) - 1):
        if low[k] == "for" and low[k + 1] in _SENDING_FOR and low[k - 1] in _RULE_NOUNS:
            return "abroad" in low[k + 2:k + 8]
    # (s18) "The 'triple lock' mechanism means that Ireland requires approval ... to deploy
    # more than 12 Irish troops overseas": a rule for any mission abroad, Ukraine unnamed
    return "ukraine" not in low and not _RULE_NOUNS.isdisjoint(low) and \
        not {"overseas", "abroad"}.isdisjoint(low)


def _plan_of(sent: Sent, e: int) -> tuple[list[Mention], int] | None:
    """"the plan(s) / proposal of (by) Britain and France to deploy their troops": the nations
    named after *of*/*by* and the end of the cue, or None."""
    low = sent.lower
    first = next((m for m in sent.mentions if e <= m.start <= e + 1), None)
    if first is None:
        return None
    owners = [m for m in sent.coordinated(first) if m.start >= e]
    last = max(m.end for m in owners)
    if low[last:last + 1] == ["to"] and low[last + 1:last + 2] and low[last + 1] in _DEPLOY and \
            _troops_near(sent, last + 2, 7) and not _others_force(low, last + 2):
        return owners, last + 2
    if low[last:last + 1] == ["to"] and low[last + 1:last + 2] in (["establish"], ["set"]) and \
            not _HUBS.isdisjoint(low[last + 2:last + 6]) and \
            not {"ukraine", "ukrainian"}.isdisjoint(low[last + 2:last + 9]):
        return owners, last + 2  # (s42) "a plan for Britain and France to establish military
        # hubs across Ukraine": their forces' bases in Ukraine (as a declaration's hubs, s24)
    return None


_ASIDE_DASHES = frozenset({"–", "—", "-"})  # (s56) the dashes around an aside naming members


def _apposed_nations(sent: Sent, g: int) -> list[Mention]:
    """(s56) The nations a group noun at ``g`` stands in apposition to: "Britain and France, the
    only two countries that ...": a comma, "the", a narrowing word ("only", a number) and the
    noun, the nations right before the comma."""
    low = sent.lower
    c = g - 1
    while c > 0 and (low[c] in ("only", "two", "three", "four", "first", "few") or low[c][:1].isdigit()):
        c -= 1
    if c < 2 or low[c] != "the" or low[c - 1] != "," or c == g - 1 or \
            low[g + 1:g + 2] not in (["that"], ["which"], ["who"]):
        return []
    last = next((m for m in sent.mentions if m.end == c - 1), None)
    return [] if last is None else [m for m in sent.coordinated(last)
                                    if m.iso3 not in HOST_AND_ADVERSARY]


def _dashed_members(low: list[str], g: int) -> bool:
    """(s56) The group noun at ``g`` is followed by a dash and "led by" or a members' lead
    ("including", "such as"): an aside naming its members."""
    k = g + 1
    return low[k:k + 1] != [] and low[k] in _ASIDE_DASHES and (
        low[k + 1:k + 3] == ["led", "by"] or low[k + 1:k + 2] != [] and low[k + 1] in _MEMBERS_LEAD)


def _included_after(sent: Sent, e: int, stop: int | None = None) -> list[Mention]:
    """"Six countries have indicated willingness to contribute troops, including the UK, France
    and the Baltic states": the group subject's members named after the cue (issue 15n). With
    ``stop`` (the cue), the members named right after the group noun, before the cue: "About six
    countries, including Britain and France, are discussing plans to send troops" (15t)."""
    low = sent.lower
    if stop is not None:
        # (s56) or a dash: "Several European countries – led by France, the UK, the Baltic
        # states – have expressed a readiness"
        k = e + 1 if low[e:e + 1] == [","] or low[e:e + 1] and low[e] in _ASIDE_DASHES else e
        if low[k:k + 2] == ["led", "by"]:
            k += 1  # (s47) "Two dozen countries, led by France and Britain, pledged ..."
        elif low[k:k + 1] == ["which"] and low[k + 1:k + 2] != [] and low[k + 1] in _INCLUDES:
            k += 1  # (s56) "the majority, which includes Austria, is still undecided"
        elif low[k:k + 1] == [] or low[k] not in _MEMBERS_LEAD:
            return []
        first = next((m for m in sent.mentions if k < m.start <= k + 2), None)
        return [] if first is None else [m for m in sent.coordinated(first)
                                         if k < m.start and m.end <= stop]
    for k in range(e, len(low)):
        if low[k] in (";", "but", "while", "whereas", "although"):
            return []
        if low[k] in ("countries", "nations", "states", "others") and \
                low[k - 2:k] in (["there", "are"], ["and", "some"], [",", "some"]):
            return []  # (s72) "there are countries ready to send troops, there are countries
            # saying 'never', including Slovakia": another group's members
        if low[k] == "including" or _trailing_members_lead(low, k):
            first = next((m for m in sent.mentions if k < m.start <= k + 2), None)
            return [] if first is None else [m for m in sent.coordinated(first) if m.start > k]
    return []


_GROUP_PREPOSITIONS = frozenset({"in", "among", "of", "from", "across"})


def _group_after_cue(low: list[str], s: int, e: int) -> bool:
    """(s60) A stance noun with the group holding it after it: "hesitancy in several capitals",
    "reluctance of other capitals", "Reluctance persists among several key allies" (a
    preposition within three words of the cue, a group noun within four after it)."""
    k: int | None = e - 1 if low[e - 1] in _GROUP_PREPOSITIONS else next(
        (j for j in range(e, min(len(low), e + 3)) if low[j] in _GROUP_PREPOSITIONS), None)
    return k is not None and any(w in _GROUP_NOUNS for w in low[k + 1:k + 5])


# (s60) after a comma, the words that open the members of a group named before: "Several
# countries have said they would send troops, notably (particularly, such as, above all) France
# and Britain"
_TRAILING_LEADS = frozenset({"notably", "particularly", "especially", "namely", "chiefly", "mainly",
                             "primarily", "principally"})
_TRAILING_LEAD_PAIRS = (("in", "particular"), ("such", "as"), ("above", "all"), ("among", "them"),
                        ("most", "notably"), ("most", "prominently"))


def _trailing_members_lead(low: list[str], k: int) -> bool:
    """(s60) A members' lead opening at ``k`` right after a comma; a two-word lead ends at ``k``
    ("in particular", "such as")."""
    if low[k] in _TRAILING_LEADS:
        return k > 0 and low[k - 1] == ","
    return k > 1 and (low[k - 1], low[k]) in _TRAILING_LEAD_PAIRS and low[k - 2] == ","


# another actor's verb of warning, urging or claiming whose object (or reported subject) is the
# nation: "Russia warns Australia against sending troops", "claiming France showed no commitment
# to sending soldiers", "Many say Germany could hardly be absent": not the nation's stance (15zc)
_OTHERS_ABOUT = frozenset({"warns", "warned", "warn", "warning", "urges", "urged", "urge",
                           "urging", "claiming", "claimed", "claims", "alleging", "alleged",
                           "alleges", "accusing", "accused", "accuses",
                           # (s35) "Russia has cautioned Britain and France against deploying"
                           "cautions", "cautioned", "caution", "cautioning"})
_UNNAMED_SAYERS = frozenset({"many", "some", "others", "critics", "analysts", "experts",
                             "observers", "commentators"})
_SAY = frozenset({"say", "said", "says", "believe", "believes", "think", "argue", "argues",
                  "claim", "claims", "claimed", "warn", "warns", "warned", "fear", "fears"})


def others_about(sent: Sent, lo: int) -> bool:
    """The nation named at ``lo`` is the object of another actor's warning, urging or claim, or
    the subject of what unnamed others say (15zc)."""
    low = sent.lower
    k = lo - 1
    if k >= 0 and low[k] == "the":
        k -= 1  # "claimed that the UK, France and Germany are prepared" (s12)
    if k >= 0 and low[k] == "that":
        k -= 1
    if k < 0:
        return False
    if low[k] in _OTHERS_ABOUT:
        return not (low[k] in _CLAIMED and _own_claim(sent, lo, k))
    # (s73, a reviewer's probes) "Critics in London claim Britain will not be able to send"
    return low[k] in _SAY and k > 0 and (low[k - 1] in _UNNAMED_SAYERS or k > 2 and low[
        k - 3] in _UNNAMED_SAYERS and low[k - 2] in ("in", "at", "from"))


_CLAIMED = frozenset({"claiming", "claimed", "claims"})
_CLAIM_ADVERBS = frozenset({"previously", "also", "has", "had", "repeatedly", "earlier", "once",
                            "often", "have"})


def _own_claim(sent: Sent, lo: int, k: int) -> bool:
    """(s29) The claim's speaker is a person of the nation claimed about: "Starmer previously
    claimed the UK would be willing to put boots on the ground" is Britain's own stance."""
    nation = next((m.iso3 for m in sent.mentions if m.start == lo), None)
    j = k
    while j > 0 and sent.lower[j - 1] in _CLAIM_ADVERBS:
        j -= 1
    return nation is not None and any(m.label == "PERSON" and m.end == j and m.iso3 == nation
                                      for m in sent.mentions)


_MEMBERS_VERBS = frozenset({"include", "includes", "included"})
_BE_PLURAL = frozenset({"are", "were"})
_RELATIVES = frozenset({"that", "which", "who"})
_LIST_STOPS = frozenset({";", ":", "but", "while", "whereas", "although", "."})


def _described_group_members(sent: Sent, s: int, e: int) -> list[Mention]:
    """"States that have said they are considering sending troops include A, B and C", "Among
    the countries ready to send troops are A and B": a group noun described by the cue (in a
    relative clause, or a reduced one right after the noun) whose members the main verb lists
    after the cue; the stance is the description's, and goes to every listed nation (15zc)."""
    low = sent.lower
    g = next((k for k in range(s - 1, max(-1, s - 14), -1)
              if low[k] in _GROUP_NOUNS or low[k] in _LIST_STOPS), None)
    if g is None or low[g] not in _GROUP_NOUNS or (g + 1 < s and low[g + 1] not in _RELATIVES):
        return []
    if any(g < m.start < s for m in sent.mentions):
        return []
    among = "among" in low[max(0, g - 3):g]
    for k in range(e, min(len(low), e + 20)):
        if low[k] in _LIST_STOPS or any(m.start == k for m in sent.mentions):
            return []
        if low[k] in _MEMBERS_VERBS or (among and low[k] in _BE_PLURAL):
            first = next((m for m in sent.mentions if k < m.start <= k + 3), None)
            return [] if first is None else [
                m for m in sent.coordinated(first)
                if m.start > k and m.iso3 not in _NOT_CONTRIBUTORS]
    return []


_NOT_AMONG_VERBS = frozenset({"is", "was", "are", "were", "remains", "itself", "not", "n't"})


def _not_among(sent: Sent, group_at: int, negated: bool = True) -> list[Mention]:
    """"Greece is not among (not one of) the countries ready to send troops": the nations so
    excluded from the group (their stance is a refusal; issue 15n). With ``negated=False``, the
    nations said to be among them ("Denmark is among the countries that have offered troops":
    theirs, the relative *that* notwithstanding; 15t)."""
    low = sent.lower
    for k in range(group_at - 1, max(-1, group_at - 6), -1):
        named = low[k] == "the" and not negated and low[k - 1:k] in (["is"], ["are"]) and all(
            w in _COUNT_WORDS or w[:1].isdigit() for w in low[k + 1:group_at])
        if low[k] == "among" or low[k:k + 2] == ["one", "of"] or named:
            # (15v: "X and Y are the only two countries that have said they would send
            # troops": the group named by identity, as "among")
            neg = k - 1
            if neg < 0 or (low[neg] in ("not", "n't", "never")) != negated:
                return []
            if not negated:
                neg = k  # the verb before "among" ("is among", "are among")
                if low[neg - 1:neg] not in (["is"], ["are"], ["was"], ["were"], ["remains"]):
                    return []
            j = neg - 1
            while j >= 0 and low[j] in _NOT_AMONG_VERBS:
                j -= 1
            if not negated and j > 0 and low[j] in _DASHES:
                # "A, B and the Baltic states — C, D and E — are among ...": the list before
                # the aside and the aside's members (15v)
                opening = next((i for i in range(j - 1, max(-1, j - 20), -1)
                                if low[i] in _DASHES), None)
                if opening is not None:
                    inside = [m for m in sent.mentions if opening < m.start and m.end <= j]
                    owner = next((m for m in sent.mentions if m.end == opening), None)
                    outside = [] if owner is None else [
                        c for c in sent.coordinated(owner) if c.end <= opening]
                    if inside:  # the aside names the group's members: those, not all
                        outside = [c for c in outside if not (c.label == "GROUP"
                                                              and c.end == opening)]
                    return outside + inside
            owner = next((m for m in sent.mentions if m.end == j + 1 and not m.governed), None)
            return [] if owner is None else [c for c in sent.coordinated(owner) if c.end <= j + 1]
    return []


_UNKNOWN = frozenset({"unclear", "uncertain", "unknown"})
# "not clear", "hasn't said", "did not confirm" ...: a word that needs a negation before it
_UNSAID = frozenset({"clear", "said", "say", "known", "confirmed", "confirm", "disclosed",
                     "disclose", "revealed", "reveal"})
_NOT_SAID = frozenset({"not", "n't", "hasn't", "haven't", "didn't", "wouldn't", "declined",
                       "refused"})


def unsaid_if_among(sent: Sent) -> list[Mention]:
    """Nations of whom it is not (yet) clear or not said whether they are among the nations
    ready to send troops: "it's not yet clear if New Zealand is among them", "he hasn't said
    whether New Zealand is among the 26 countries" — undecided (s17)."""
    low = sent.lower
    out: list[Mention] = []
    for m in sent.mentions:
        if m.label != "NATION" or m.iso3 in _NOT_CONTRIBUTORS:
            continue
        k = m.start - 1
        if k >= 0 and low[k] == "the":
            k -= 1
        if k < 1 or low[k] not in ("whether", "if"):
            continue
        before = low[max(0, k - 4):k]
        unsaid = low[k - 1] in _UNKNOWN or (low[k - 1] in _UNSAID
                                            and not _NOT_SAID.isdisjoint(before))
        after = low[m.end:m.end + 5]
        said = " ".join(after)
        if unsaid and after[0:1] in (["is"], ["was"], ["will"], ["would"]) and (
                "among" in after or "one of" in said or "part of" in said):
            out.append(m)
    return out

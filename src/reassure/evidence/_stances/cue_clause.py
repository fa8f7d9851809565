"""The clause around one cue: what makes a cue no offer of the nation's own troops, or
none at all. Troops at home or near Ukraine, hardware instead of people, combat roles only, a
report or denial by others, a judgement ("considers it inappropriate"), capacity or training
only, an audience told, a force sent elsewhere or into the war now."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reassure.evidence._gazetteer import HOST_AND_ADVERSARY, leader_nation
from reassure.evidence._stances.conditions import _TOLD_PARLIAMENT, _kept_on_terms
from reassure.evidence._stances.holders import _PROMISES
from reassure.evidence._stances.lexicon import (
    _NOT_CONTRIBUTORS,
    _PLEDGE_NOUNS,
    _QUOTES,
    _TAKE_PART_VERBS,
    FORCE_OBJECTS,
    TALK_OBJECTS,
    TROOP_WORDS,
)
from reassure.evidence._text import SPEECH, Mention, Sent

_NOT_TROOPS_AFTER_MILITARY = frozenset(
    "cover support aid assistance equipment help hardware backing backstop guarantees trainers "
    "instructors advisers advisors delegation delegations".split()  # (s61) "a military delegation"
)


# (s61) what is sent that is not troops: "plans to send 800,000 projectiles to Ukraine"
_MUNITIONS = frozenset("ammunition munitions shells projectiles missiles rockets drones".split())
_NOT_TROOPS = frozenset(
    "support aid assistance help backing backstop funding financing cover intelligence money "
    "weapons weaponry equipment training logistics logistical "
    "infrastructure facilities mediation".split()  # 15v (S7)
) | _MUNITIONS


# refusals a negation turns into "open": "has not ruled out", "does not exclude"
# "no such actions are planned" (issue 15s)
_SUCH_STEPS = ("actions", "action", "steps", "step", "measures", "moves", "move", "plans",
               "deployment", "deployments",
               "intentions", "intention")  # (s55) "declared that they had no such intentions"
# what may stand between "a" and "deployment": "a large-scale deployment", "any major troop"
_DEPLOYMENT_ADJ = ("large", "-", "scale", "major", "significant", "big", "full", "military",
                   "troop", "ground", "new", "permanent", "sizeable", "sizable")
_PLANNED = frozenset({"planned", "envisaged", "foreseen", "considered", "contemplated",
                      "prepared", "being"})
# the object of "rule out" that is talk, not troops ("ruled out any immediate discussion on
# deploying troops": the discussion; issue 15s, as the 15c reading of "rules out talk of ...")
_TALK_TOPICS = frozenset({"discussion", "discussions", "talk", "talks", "debate", "debates",
                          "speculation"})
# "we have to consider what the mission is": a deliberation, not a hedge (issue 15s)
_WH_WORDS = frozenset({"what", "who", "how", "which", "where", "under", "when"})
# "in ensuring Ukraine's security": a part played in something other than sending (15s)
_ROLE_IN = frozenset({"ensuring", "guaranteeing", "securing", "supporting", "providing",
                      "helping", "building", "making", "strengthening", "shaping", "achieving",
                      "bringing", "delivering", "the",
                      # a domain that is not the force: "will play its role in maritime security"
                      # (15zb; "in the peacekeeping mission" still is one)
                      "maritime", "naval", "sea", "air", "security", "demining", "cyber",
                      "reconstruction"})

_EXCLUDING = frozenset({"ruled", "rules", "rule", "ruling", "excluded", "excludes", "exclude",
                        "excluding", "off", "turning", "turned", "turns", "turn"})
_VERBAL_TROOP_WORDS = frozenset({"deploying", "sending", "deployment"})
_RULE_WORDS = frozenset({"ruled", "rule", "rules", "ruling"})
# (s36) matters a government rules out that are not its troops
_OTHER_RULED_OUT = frozenset({"demilitarisation", "demilitarization", "neutrality", "membership",
                              "concessions", "concession", "recognition", "elections", "amnesty",
                              "disarmament"})
_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting"})
_CONSCRIPTION = frozenset({"conscription", "compulsory", "mandatory", "draft", "service"})
_SETTLEMENTS = frozenset({"deal", "agreement", "peace", "settlement", "concessions", "compromise",
                          "membership", "recognition", "negotiations", "ultimatum", "ultimatums"})


_ESTIMATED = frozenset({"estimated", "estimates", "calculated", "reckoned", "assessed"})


_SPEECH_ING = frozenset({"emphasizing", "emphasising", "saying", "adding", "stressing",
                         "noting", "insisting", "stating", "explaining", "underlining",
                         "underscoring", "making"})


def _promise_withheld(low: list[str], s: int) -> bool:
    """A negated promise governs the clause of the cue at ``s``: "gave no guarantees that it
    would send troops", "did not promise that Danish soldiers would go" (15s)."""
    for k in range(max(0, s - 8), s):
        if low[k] in _PROMISES and "that" in low[k + 1:k + 3] and \
                {"no", "not", "n't", "never"} & set(low[max(0, k - 3):k]):
            return True
    # (s72) "has shied away so far from promising to send peacekeeping troops": the promise
    # avoided, no offer (as "has not committed")
    return low[s:s + 1] in (["promising"], ["committing"], ["pledging"]) and any(
        low[k:k + 2] in (["shied", "away"], ["shies", "away"], ["shy", "away"], ["shying", "away"])
        for k in range(max(0, s - 6), s))


def _participle_speaker(sent: Sent, s: int) -> list[Mention]:
    """The cue at ``s`` stands in a clause reported by a participle ("..., emphasizing that
    ...", "..., making it clear that ...") whose own subject names no nation: the sentence's
    subject, named before the participle, holds it."""
    low = sent.lower
    for k in range(s - 1, max(-1, s - 12), -1):
        if low[k] in _SPEECH_ING and "that" in low[k + 1:k + 4] and k > 0 and low[k - 1] == ",":
            if any(k < m.start < s for m in sent.mentions):
                return []  # the reported clause names its own subject
            subject = [m for m in sent.mentions if m.end <= k and not m.governed
                       and m.iso3 not in HOST_AND_ADVERSARY]
            return [c for c in sent.coordinated(subject[0]) if c.end <= k] if subject else []
    return []


def _estimated_before(low: list[str], k: int) -> bool:
    """An impersonal estimate governs the clause at ``k`` ("It is estimated that Paris could
    deploy ...", "estimates suggest that ..."): someone's reckoning of a capacity (15s)."""
    for j in range(max(0, k - 6), k):
        if low[j] in _ESTIMATED and "that" in low[j + 1:j + 4] and (
                low[max(0, j - 2):j] in (["it", "is"], ["it", "was"], ["is", "widely"])
                or low[j] == "estimates"):
            return True
    return False


def home_territory(sent: Sent, e: int) -> str | None:
    """The nation on whose own territory the forces of a cue ending at ``e`` stay, or None (15v,
    from S6 and T6): "Polish soldiers will be deployed on Polish territory" gives POL ("on its
    own territory": "*"), rear support and not troops for Ukraine, so no stance of Poland's.
    Forces offered *near Ukraine* or *on NATO territory* are left as they were: set 10's gold
    counts "ready to deploy troops near Ukraine, possibly in Poland" as ready, set 11's gold
    mostly not (docs/evidence.md, "Issue 15v")."""
    low = sent.lower
    for k in range(e, min(len(low), e + 16)):
        w = low[k]
        if w in (".", ";", "but", "while", "whereas", "although", "though"):
            return None  # (s68, rv68-own) "..., although its first duty is its own border"
        if w == "ukraine" and k > e and low[k - 1] in ("to", "in", "into", "inside", "within"):
            return None  # "to Ukraine (and ...)": into Ukraine first
        if w in ("territory", "soil") and low[k + 1:k + 2] == ["of"] and k >= 2 and \
                low[k - 2] in ("on", "in") and low[k - 1] == "the":
            # "on the territory of Poland" (15zb), as "on Polish territory"
            owner = next((m.iso3 for m in sent.mentions if m.start == k + 2), None)
            if owner is not None and owner not in _NOT_CONTRIBUTORS:
                return owner
        if w in ("territory", "soil") and k >= 2 and low[k - 2] in ("on", "in"):
            if low[k - 1] in ("own", "national", "home"):
                return "*"
            owner = next((m.iso3 for m in sent.mentions if m.end == k and m.start == k - 1), None)
            if owner is not None and owner not in _NOT_CONTRIBUTORS:
                return owner
        if w in ("border", "borders", "frontier", "country") and k >= 2 and \
                low[k - 1] == "own" and low[k - 2] in ("our", "its", "their"):
            return "*"  # (review s34) '"Polish troops will guard our own border," Tusk said'
    return None


_HOSTED = frozenset({"bases", "base", "airfields", "airspace", "ports", "territory"})
_GIVING = frozenset({"provide", "provides", "providing", "offer", "offers", "offering", "give",
                     "host", "hosting", "open", "make"})


def _hardware(low: list[str], k: int) -> bool:
    """Aircraft, ships or weapons at ``k``, with no troops named just after them."""
    return low[k] in _HARDWARE and _PEOPLE_SENT.isdisjoint(low[k + 1:k + 5])


_FORCE_FRAME_NOUNS = frozenset({"force", "coalition", "mfu", "mission"})


def _part_of_the_force(low: list[str], k: int) -> bool:
    """(s62) Hardware at ``k`` offered "as part of" the force, the coalition's mission or the
    Multinational Force Ukraine (a force word within six words after "as part of")."""
    return any(low[j:j + 3] == ["as", "part", "of"] and not _FORCE_FRAME_NOUNS.isdisjoint(
        low[j + 3:j + 9]) for j in range(k + 1, len(low) - 2)) or any(
        # (s67) "minehunters to the maritime component of the reassurance force", "to the
        # force's air component"
        low[j] == "component" and not _FORCE_FRAME_NOUNS.isdisjoint(low[max(k, j - 3):j + 6])
        for j in range(k + 1, min(len(low), k + 12))) or any(
        # (s73, a reviewer's probes) 2026 coverage: "four Gripen jets to air policing over
        # western Ukraine under the coalition plan", "... under the coalition's plan"
        low[j] in ("under", "for", "within") and low[j + 1:j + 2] == ["the"]
        and low[j + 2:j + 3] in (["coalition"], ["coalition's"], ["multinational"],
                                 ["reassurance"])
        for j in range(k + 1, min(len(low) - 2, k + 16)))


_SHARE_OF = frozenset({"one-third", "third", "half", "quarter", "one-quarter", "one-half",
                       "two-thirds", "bulk", "most", "share", "part", "portion"})


# (s55) a participation whose terms follow at once: "would participate only under a UN mandate"
_ONLY_ON_TERMS = (["only", "under"], ["only", "with"], ["only", "if"], ["only", "on"],
                  ["subject", "to"], ["provided", "that"])
_DEPLOY_BARE = frozenset({"deploy", "station", "deploying", "stationing"})
_UKRAINE_GROUND = frozenset({"soil", "territory", "ground", "land"})


_IDEA_OF = frozenset({"idea", "plan", "plans", "proposal", "proposals", "prospect", "possibility",
                      "suggestion", "suggestions", "notion"})
_SENDING_ING = frozenset({"sending", "deploying", "dispatching", "stationing", "committing"})


def _own_troops_refused(sent: Sent, e: int) -> bool:
    """(s55) "Tusk rejected the idea of sending Polish troops": after a rejection, the idea of
    sending the troops of a nation named before it (its own; not Hungary rejecting the idea of
    sending French troops)."""
    low = sent.lower
    if _IDEA_OF.isdisjoint(low[e:e + 3]):
        return False
    k = next((i for i in range(e, min(len(low), e + 6)) if low[i] in _SENDING_ING), None)
    if k is None:
        return False
    owners = {m.iso3 for m in sent.mentions if k < m.start <= k + 2 and low[m.end:m.end + 1] != []
              and low[m.end] in TROOP_WORDS}
    return bool(owners & {m.iso3 for m in sent.mentions if m.end <= e})


def _onto_ukraine(low: list[str], e: int) -> bool:
    """(s55) A place in Ukraine right after a bare verb of deploying, ending its clause: "on
    Ukrainian soil", "inside Ukraine", "to Ukraine" (not "to Ukraine's neighbours", "in Ukraine's
    air defence")."""
    if e >= len(low) or low[e] not in ("on", "in", "inside", "into", "to", "within"):
        return False
    k = e + 1
    if low[k:k + 1] == ["ukraine"]:
        k += 1
    elif low[k:k + 2] in (["ukrainian", w] for w in _UKRAINE_GROUND):
        k += 2
    else:
        return False
    return k >= len(low) or low[k] in (".", ",", ";", "!", "?", "—", "-", "and", "but", "'", '"',
                                       "”", "’", "after", "even", "under")


def _troops_near(sent: Sent, i: int, n: int = 8) -> bool:
    """Troop words (or a number) within ``n`` tokens after ``i``, before any word that makes the
    object something else ("providing support for a European military force" is not troops)."""
    low = sent.lower
    for k in range(i, min(len(low), i + n)):
        if low[k] in _NOT_TROOPS:
            return False
        if _hardware(low, k):
            # (s18) "considering sending Typhoon fighter jets to Ukraine to carry out an air patrol
            # mission": aircraft, not troops (air policing is no ground force); (s62, §5's ruling
            # on air and naval offers) unless the sentence makes them part of the force: "will
            # contribute fighter jets to air policing as part of the Multinational Force Ukraine"
            return _part_of_the_force(low, k)
        if low[k] == "militarily" and k == i and low[k - 1] in _TAKE_PART_VERBS:
            return True  # (s18) "willingness for Germany to participate militarily"
        if low[k][:1].isdigit() and k - i <= 2 and \
                low[k + 1:k + 2] not in (["billion"], ["million"], ["bn"]) and \
                _MUNITIONS.isdisjoint(low[k + 1:k + 3]) and \
                not any(_hardware(low, x) for x in range(k + 1, min(len(low), k + 5))) and \
                not (k > 0 and low[k - 1][-1:] in ("$", "€", "£")):
            return True  # "willing to send between 5,000 and 10,000" (not "C$1 billion": 15q)
        if low[k] in _SHARE_OF and low[k + 1:k + 3] in (["of", "that"], ["of", "them"],
                                                       ["of", "those"], ["of", "these"]) and \
                not TROOP_WORDS.isdisjoint(low[:i]):
            return True  # (s34) "Europe is prepared to send up to 30,000 troops, with France
            # ready to contribute about one-third of that number": a share of those troops
        if low[k] in TROOP_WORDS:
            if low[k + 1:k + 2] == ["fighting"] and _hardware(low, k + 2):
                return False  # (s74) "infantry fighting vehicles": hardware
            if low[k - 1:k] in (["nato"], ["allied"]) and k > i:
                return False  # (s18) "against sending NATO troops from the Baltic States"
            if low[k] == "force" and low[k - 1:k] == ["air"]:
                continue  # (s22) "may send Royal Air Force Typhoon fighter jets": a service's
                # name, the aircraft after it say what is sent
            if not {"instead", "rather"}.isdisjoint(low[max(i, k - 3):k]):
                return False  # (s18) "may send commercial companies instead of soldiers"
            if low[k] == "military" and k + 1 < len(low) and low[k + 1] in _NOT_TROOPS_AFTER_MILITARY:
                continue
            if low[k] == "military" and low[k + 1:k + 2] in (["and"], [","]) and any(
                    w in _NOT_TROOPS_AFTER_MILITARY for w in low[k + 2:k + 5]):
                continue  # (s24) "could provide military and technical support": support
            if low[k] in _VERBAL_TROOP_WORDS:  # "deploying military trainers": what is sent
                return not any(low[j] in _NOT_TROOPS or low[j] in _NOT_TROOPS_AFTER_MILITARY
                               or _hardware(low, j)  # (s18: "sending Typhoon fighter jets")
                               for j in range(k + 1, min(len(low), k + 4)))
            return True
    return False


_DENIED = frozenset({"unexpected", "excluded", "unlikely", "impossible"})


def _denied_after(low: list[str], e: int) -> bool:
    """The clause's predicate denies the pledge noun before it: "Italy's participation in deploying
    multinational forces on Ukrainian territory is currently unexpected" (issue 15q)."""
    for k in range(e, min(len(low), e + 16)):
        if low[k] in (";", ".", "but", "while", "whereas", ",", "which", "that"):
            return False
        if low[k] in ("is", "was", "remains", "seems") and (
                set(low[k + 1:k + 3]) & _DENIED or low[k + 1:k + 3] in (
                    ["not", "expected"], ["not", "planned"], ["not", "envisaged"],
                    ["ruled", "out"])):
            return True
    return False


_JUDGED = frozenset({"appropriate", "possible", "conceivable", "logical", "natural", "reasonable",
                     "imaginable", "feasible", "thinkable"})
# (s30) what a pledge noun's own predicate says of it ("German participation in the force was out
# of the question", "... is not on the table", "... remains unclear", "... could not be ruled
# out"): the stance is the predicate's, not the noun's
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "seems", "seemed",
                      "appears", "appeared", "be", "been"})
_PREDICATE_STANCES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("could", "not", "be", "ruled", "out"), "open"), (("cannot", "be", "ruled", "out"), "open"),
    (("can", "not", "be", "ruled", "out"), "open"), (("not", "ruled", "out"), "open"),
    (("not", "excluded"), "open"), (("not", "off", "the", "table"), "open"),
    (("out", "of", "the", "question"), "declines"), (("off", "the", "table"), "declines"),
    (("not", "on", "the", "table"), "declines"), (("not", "an", "option"), "declines"),
    (("not", "possible"), "declines"), (("unthinkable",), "declines"),
    (("ruled", "out"), "declines"), (("excluded",), "declines"), (("impossible",), "declines"),
    (("on", "the", "table"), "open"), (("an", "option"), "open"), (("possible",), "open"),
    (("conceivable",), "open"),
    (("unclear",), "undecided"), (("uncertain",), "undecided"), (("undecided",), "undecided"),
    (("an", "open", "question"), "undecided"), (("up", "in", "the", "air"), "undecided"),
    (("not", "yet", "decided"), "undecided"), (("still", "open"), "undecided"),
)
_PREDICATE_FILLER = frozenset({"still", "currently", "now", "also", "simply", "absolutely",
                               "completely", "clearly", "definitely", '"', "“", "”", "'", "‘", "’"})


_JUDGED_BEFORE = (("out", "of", "the", "question"), ("unthinkable",), ("inconceivable",),
                  ("impossible",), ("excluded",), ("ruled", "out"))


def judged_out_before(low: list[str], s: int) -> str | None:
    """(s69) "it was out of the question that Germany would send soldiers", "it is unthinkable
    that Italy would send troops": the sending the cue at ``s`` names sits in a *that* clause
    whose own predicate, before it, rules it out (declines, not the cue's "would send"); the
    predicate negated ("it is no longer out of the question that ..."): open. None otherwise."""
    t = next((k for k in range(s - 1, max(-1, s - 7), -1) if low[k] == "that"), None)
    if t is None or any(w in (",", ";", ".", "but", "if") for w in low[t + 1:s]):
        return None
    before = [w for w in low[max(0, t - 9):t] if w not in _PREDICATE_FILLER and w not in (
        "totally", "quite", "utterly", "entirely")]
    for words in _JUDGED_BEFORE:
        n = len(words)
        if tuple(before[-n:]) != words:
            continue
        head = before[:-n]
        negated = head[-1:] in (["not"], ["n't"]) or head[-2:] == ["no", "longer"]
        if negated:
            head = head[:-2] if head[-1] == "longer" else head[:-1]
        if head[-1:] and head[-1] in _COPULAS and "it" in head[-3:-1]:
            return "open" if negated else "declines"
    return None


def predicate_stance(low: list[str], e: int) -> str | None:
    """The stance a pledge noun's predicate gives it, read in the noun's clause after ``e``: a
    copula (or "could not be"), then one of `_PREDICATE_STANCES` (s30)."""
    for k in range(e, min(len(low), e + 14)):
        if low[k] in (";", ".", "but", "while", "whereas", ",", "which", "that", "if", "unless"):
            return None
        modal_not = low[k] in ("could", "can", "cannot") and k > e
        if low[k] not in _COPULAS and not modal_not:
            continue
        rest = [w for w in low[k + (0 if modal_not else 1):k + 8] if w not in _PREDICATE_FILLER]
        for words, stance in _PREDICATE_STANCES:
            if tuple(rest[:len(words)]) == words:
                return stance
        if not modal_not:
            return None
    return None


def _judged_after(low: list[str], e: int) -> bool:
    """The pledge noun's predicate judges it, conditionally: "participation in a future mission
    would be 'appropriate'" / "could be possible" (s15)."""
    for k in range(e, min(len(low), e + 16)):
        if low[k] in (";", ".", "but", "while", "whereas", ",", "which", "that"):
            return False
        if low[k] in ("would", "could", "might", "may") and low[k + 1:k + 2] == ["be"]:
            after = [w for w in low[k + 2:k + 5] if w not in _QUOTES and w != "quite"]
            return bool(after) and after[0] in _JUDGED
    return False


_NOT_FORESEEN = frozenset({"expected", "planned", "envisaged", "foreseen", "contemplated"})
_FIGHTING = frozenset({"fight", "fighting", "battle", "battlefield", "hostilities"})
# (s49) "to fight alongside (against, on the front line)" is the war; "will not send soldiers to
# fight in Ukraine" is a refusal of troops there, as annotators read it (4 of 4 in rounds 8-22)
_FIGHT_BESIDE = frozenset({"alongside", "against", "beside", "on", "with", "for", "at"})
# (s35) "even after the conclusion of hostilities", "once the fighting ends": the force's premise
_AFTER_FIGHTING = frozenset({"after", "conclusion", "end", "cessation", "halt", "once", "post",
                             "ending", "ended", "stop"})


# (s18) "rules out Finnish combat role in future Ukraine peacekeeping", "entering combat zones"
_COMBAT_ROLE = re.compile(r"\bcombat (roles?|zones?|operations|missions?|duties)\b")
# (s21) "ruled out sending French troops as combat forces", "not preparing to send ground troops,
# as belligerents in a conflict, to the front": troops in a role in the war, anywhere after the cue
_BELLIGERENT = re.compile(r"\bbelligerent (?:ground )?(?:troops|forces|soldiers|units)\b")
_AS_COMBATANTS = re.compile(r"\bas (?:a )?(?:belligerents?|co-belligerents?|combatants?|"
                            r"combat (?:forces|troops|units))\b")


_FRONT_LINE = re.compile(r"\b(?:to|on|at|near|along) (?:the )?(?:front ?lines?|frontlines?|"
                         r"contact line|line of contact|front\b(?! of))")  # (s72, set 159: "to the
# front in Ukraine")


def _front_line_only(text: str) -> bool:
    """(s55) The front line the only place refused ("not be deployed to the front line"), not one
    of several ("to Ukraine or to the front line", "the front line or anywhere else in Ukraine")."""
    m = _FRONT_LINE.search(text)
    return m is not None and "ukraine" not in text[:m.start()] and \
        re.search(r"\b(?:or|and|nor)\b.*\b(?:ukraine|anywhere|elsewhere)\b", text[m.end():]) is None


# (s71, set 153) "Neither France nor the UK plan to send their units to the conflict zone before
# the formal ceasefire": the war before the truce, not the force after it
_BEFORE_THE_CEASEFIRE = re.compile(r"\bbefore (?:the |a |any )?(?:formal |final )?"
                                   r"(?:ceasefire|cease-fire|truce|peace deal|peace agreement)\b")


def combat_only(low: list[str], s: int, e: int) -> bool:
    """A refusal whose troops are for fighting ("will not send troops to fight alongside Ukrainian
    forces", "keeping troops out of the theatre of action", "to engage in combat"): about the war,
    not the reassurance force after a ceasefire, so no stance (s13; §5: a stance is about the
    force, not combat "in hostilities"). Refusing "combat troops" alone stays a refusal ("will
    decline to send combat troops"), unless the sentence sets peacekeepers against them ("Open to
    sending peacekeepers, rules out combat troops")."""
    end = next((k for k in range(e, min(len(low), e + 10)) if low[k] in (",", ";", ".", "but", "while")),
               min(len(low), e + 10))
    window = low[s:end]
    text = " ".join(window)
    if any(w in _FIGHTING and (w != "fight" or low[j + 1:j + 2] and low[j + 1] in _FIGHT_BESIDE)
           and _AFTER_FIGHTING.isdisjoint(low[max(0, j - 4):j])
           for j, w in enumerate(window, start=s)) or "theatre of action" in text or \
            "theater of action" in text or "war zone" in text or "in combat" in text or \
            _BEFORE_THE_CEASEFIRE.search(text) or \
            "into combat" in text or "to combat" in text.replace("to combat troops", "") or \
            "combat alongside" in text or _COMBAT_ROLE.search(text) or \
            any(s <= k < end for k in the_war_now(low)):  # (s36) "would not take part in
            # the current war": the fighting, not the force after it
        return True
    if _front_line_only(" ".join(low[e:end])):
        return True  # (s55) "the French military would not be deployed to the front line": the
        # force is to stand away from the line (the plan's posture), so no refusal of it
    if _AS_COMBATANTS.search(" ".join(low[s:])) or _BELLIGERENT.search(text):
        return True  # (s72, set 159) "is not preparing to send in belligerent ground troops":
        # troops to fight, not the force (Macron, the day he weighed sending some after a peace)
    outside = low[:s] + low[end:]
    return "combat" in window and any(w.startswith("peacekeep") for w in outside)


def asked_about_fighting(low: list[str]) -> bool:
    """An answer to a question about troops in the fighting ("Asked if that could mean French
    troops taking part in the fighting, he said: 'We are not ruling out any option'"): about the
    war, not the force after a ceasefire, whatever the answer (s21)."""
    k = next((i for i in range(min(3, len(low))) if low[i] == "asked"), None)
    if k is None:
        return False
    comma = next((i for i in range(k + 1, len(low)) if low[i] == ","), len(low))
    question = low[k:comma]
    return "combat" in question or not _FIGHTING.isdisjoint(question)


_CLAUSE_STOPS = frozenset({",", ";", ".", ":", "but", "and", "while", "whereas", "although"})


def _denial_governs(low: list[str], s: int) -> bool:
    """A verb of denial a few words before the cue, in its clause, governs it: "denied the Polish
    side's intentions to deploy", "denied that Britain is in talks about sending troops",
    "denied reports that it was ready to send troops" (s13); a clause boundary or a speech verb
    between ("denied a rift and said it is ready") ends its reach."""
    for k in range(s - 1, max(0, s - 8) - 1, -1):
        if low[k] in _DENIED_THAT and not _DISCORD.isdisjoint(low[k + 1:s]):
            return False  # (review s64) "denied reports of a rift with Denmark over troops"
        if low[k] in _DENIED_THAT:
            # (s23) "dismissed speculation (reports) that ...", not "dismissed Starmer's plan to
            # send troops" (another's plan, refused by someone else)
            return not low[k].startswith("dismiss") or not _RUMOURS.isdisjoint(low[k + 1:k + 4])
        if low[k] in _CLAUSE_STOPS or low[k] in SPEECH:
            break
    return _rumour_denied_after(low, s)


def _rumour_denied_after(low: list[str], s: int) -> bool:
    """(s73, a reviewer's probes) The cue in a rumour said to be false after it: "Rumours that
    Poland would send troops to Ukraine were denied by the ministry", "Reports that Spain would
    send 2,000 troops are false, the ministry said"."""
    that = next((k for k in range(s - 1, max(0, s - 8) - 1, -1)
                 if low[k] == "that" and low[k - 1:k] != [] and low[k - 1] in _RUMOURS), None)
    if that is None or any(w in _CLAUSE_STOPS for w in low[that:s]):
        return False
    for k in range(s, len(low)):
        if low[k] in _RUMOUR_ENDS:
            return False  # another clause's denial ("... came as Russia rejected ...")
        if low[k] in _SAID_FALSE and not (set(low[max(0, k - 3):k]) & _NOT_SAID_FALSE):
            # (review s73) not "have not been denied", nor "rejected by the Kremlin as provocation"
            return not (low[k + 1:k + 2] == ["by"] and set(low[k + 2:k + 5]) & _ADVERSARY_SEATS)
        if low[k:k + 2] == ["not", "true"]:
            return True
    return False


_NOT_SAID_FALSE = frozenset({"not", "n't", "never", "neither", "nor"})
_ADVERSARY_SEATS = frozenset({"kremlin", "moscow", "russia", "russian", "peskov", "lavrov",
                              "zakharova", "putin"})


_RUMOUR_ENDS = frozenset({".", ";", ",", "but", "while", "as", "after", "when", "since",
                          "because", "amid", "before"})
_SAID_FALSE = frozenset({"denied", "false", "untrue", "baseless", "unfounded", "groundless",
                         "rejected", "dismissed", "incorrect", "fake"})


def _denied_before(low: list[str], s: int) -> bool:
    """An impersonal negated expectation governs the cue's clause: '"It is not expected" that
    Italian troops can participate' (the mirror of `_denied_after`; 15zc)."""
    lo = max(0, s - 12)
    for k in range(s - 1, lo, -1):
        if low[k] == "that":
            head = [w for w in low[max(0, k - 6):k] if w not in _QUOTES]
            if head[-1:] == ["unlikely"] and "it" in head[-4:-1]:
                # "It is (seems, highly) unlikely that Spain will send troops" (s23); not "...
                # but it seems unlikely that any troops will be sent" (the writer's doubt about
                # the sending, no nation's refusal: set 49)
                return low[k + 1:k + 2] not in (["any"], ["troops"], ["soldiers"], ["forces"],
                                                ["such"], ["no"])
            return head[-4:-1] in (["it", "is", "not"], ["it", "was", "not"]) and \
                head[-1:] != [] and head[-1] in _NOT_FORESEEN
        if low[k] in (";", "."):
            return False
    return False


_PRESS = frozenset({"newspaper", "paper", "media", "press", "outlet", "report", "reports", "sources",
                    "source", "analysts", "experts", "observers", "commentators", "journalists",
                    "reporters", "commentary"})
_REPORTED_BY = SPEECH | frozenset({"indicated", "indicates", "reported", "reports", "believes",
                                   "thinks", "estimated", "estimates", "speculated", "predicted",
                                   "expects", "expected", "interpreted", "interpret",
                                   "interprets", "understood",
                                   # (s47) "reports in the media suggesting Brazilian and Chinese
                                   # forces could be deployed"
                                   "suggesting", "suggested", "suggests", "claiming"})


_SPEAKER_TITLES = frozenset("prime minister president chancellor foreign defence defense premier "
                            "leader king queen secretary".split())
# the reported clause's own offer: its verb of readiness or commitment before the troops
_OWN_LEADER_CLAUSE = frozenset({"willing", "ready", "prepared", "pledged", "committed", "offered",
                                "promised", "plans", "intends", "agreed"})
# a speaker who may be the nation's own (resolved elsewhere, or unnamed): no third party
_UNNAMED_SPEAKERS = frozenset({"he", "she", "they", "it", "we", "i", "officials", "official",
                               "diplomats", "ministers", "minister", "government", "spokesman",
                               "spokeswoman", "spokesperson", "ministry", "office"})


def reported_by_others(sent: Sent, lo: int, mine: set[str]) -> bool:
    """The holders' troops, the subject of a clause reported by a speech verb whose own subject
    names none of the holders' nations: "Kellogg indicated to the newspaper that British and
    French troops could be deployed", "The paper reported that Dutch soldiers could be sent"
    (15zb). Not "Starmer said British troops could be deployed" (the nation's own leader), nor
    "Britain said its troops ..." (a pronoun: no troops qualified by the holder)."""
    low = sent.lower
    verb = _reporting_verb(low, lo)
    if verb is None:
        return False
    if low[verb] in ("suggesting", "claiming") and verb > 0 and low[verb - 1] == "," and \
            _PRESS.isdisjoint(low[max(0, verb - 8):verb]):
        return False  # (review s47) "the minister spoke on Tuesday, suggesting British troops
        # would ...": the participle's speaker is the main clause's subject
    if any(m.iso3 in mine for m in sent.mentions if m.end <= verb):
        return False
    if _OWN_LEADER_CLAUSE & set(low[verb + 1:lo]) and not _SPEAKER_TITLES.isdisjoint(
            low[verb + 1:lo]):
        return False  # (s30) "The Times reported that the prime minister is willing to deploy
        # thousands of British troops": the reported clause's own subject, a leader by title,
        # offers the troops; not another's guess about them
    # the speaker is named (a proper name the gazetteer does not give that nation) or is the
    # press; "the minister said that Danish troops ..." (an unnamed official) stays the nation's
    k = verb - 1
    while k >= 0 and low[k] in ("also", "then", "later", "has", "had", "have", "on", "earlier",
                                ",", "here", "there", "widely", "locally"):  # ("An envoy,
        # Smithers, indicated ...", s63: "Newspapers here have reported that ...")
        k -= 1
    if k < 0 or low[k] in _UNNAMED_SPEAKERS:
        return False
    head = sent.text_of(k, k + 1)
    return low[k] in _PRESS or (head[:1].isupper() and low[k] not in _SPEAKER_TITLES)


def former_reporter(low: list[str], lo: int) -> bool:
    """The clause holding the actor at ``lo`` is reported by a *former* office holder ("former
    Polish ambassador to Ukraine Czuchowski suggested in an interview that Warsaw might send
    Polish soldiers"): his view, not the government's (s18)."""
    verb = _reporting_verb(low, lo)
    if verb is None:
        return False
    window = low[max(0, verb - 12):verb]
    return any(w in ("former", "ex", "retired") and not _leaders_past_trade(window, j)
               for j, w in enumerate(window))


def _leaders_past_trade(window: list[str], j: int) -> bool:
    """(s63) "Starmer, a former lawyer, said Britain is ready": the "former" at ``j`` is a serving
    leader's past trade, not a past office (not "Jan Kowalski, a former economist, said")."""
    return not _NOT_OFFICES.isdisjoint(window[j + 1:j + 3]) and j >= 3 and \
        window[j - 2:j] in ([",", "a"], [",", "an"]) and leader_nation(window[j - 3]) is not None


# trades a serving leader may have had before office: "a former lawyer" is no former official
_NOT_OFFICES = frozenset({"lawyer", "barrister", "solicitor", "journalist", "banker", "teacher",
                          "comedian", "actor", "businessman", "businesswoman", "entrepreneur",
                          "footballer", "boxer", "broadcaster", "physicist", "economist",
                          "academic", "engineer", "doctor", "surgeon", "investment"})


def _reporting_verb(low: list[str], lo: int) -> int | None:
    """The speech (or reporting) verb nearest before ``lo`` in its sentence part, or None."""
    verb = next((k for k in range(lo - 1, -1, -1) if low[k] in _REPORTED_BY), None)
    if verb is None or any(low[k] in (";", ".") for k in range(verb, lo)):
        return None
    return verb


_TRAINERS = frozenset({"instructors", "instructor", "trainers", "trainer", "advisers", "adviser",
                       "advisors", "advisor"})
_RUMOURS = frozenset({"speculation", "speculations", "reports", "report", "claims", "rumours",
                      "rumors", "suggestions", "talk", "allegations"})
_DISCORD = frozenset({"rift", "split", "quarrel", "dispute", "row", "tension", "tensions"})
_DENIED_THAT = frozenset({"denied", "denies", "deny", "denying", "refuted", "dismissed",
                          "dismisses", "dismissing", "dismiss"})  # s22: "Ankara dismisses speculation that"


_NOT_MILITARY_OPS = _NOT_TROOPS | frozenset(
    "humanitarian demining de-mining rescue evacuation relief search un u.n. police civilian "
    "peacekeeping-training election".split())


def _operations(obj: list[str]) -> bool:
    """Operations (missions) as what a nation takes part in, with no qualifier that makes them
    something other than its forces' ("humanitarian operations", "training missions"; 15t)."""
    words = [w for w in obj if w not in _QUOTES]
    k = next((i for i, w in enumerate(words[:3]) if w in ("operations", "missions")), None)
    return k is not None and _NOT_MILITARY_OPS.isdisjoint(words[:k])


def _troops_before_but(low: list[str], s: int, e: int) -> bool:
    """A hedged sending verb with no object of its own after *but*, whose troops the clause before
    names: "ruled out deploying forces inside Ukraine but indicated it could contribute from
    neighbouring territory" (the same forces, placed elsewhere; 15t). Not "but could contribute
    money" (an object of its own follows)."""
    if e < len(low) and low[e] not in ("from", "in", "on", "at", "near", ",", ".", ";"):
        return False
    k = next((j for j in range(s - 1, max(-1, s - 8), -1) if low[j] == "but"), None)
    return k is not None and not TROOP_WORDS.isdisjoint(low[max(0, k - 10):k])


_BARE_TAKING_PART = frozenset({"participate", "part", "join", "contribute", "take"})
_SET_AGAINST = frozenset({"while", "whereas", "but"})


_DOUBT_NOUNS = frozenset({"hesitancy", "hesitance", "hesitation", "reluctance"})
_CAPACITY = frozenset({"feasibly", "realistically", "theoretically", "physically"})


def _listed_noun(low: list[str], s: int, e: int) -> bool:
    """(s22) A doubt noun at ``s`` listed among other nouns ("vagueness, hesitancy, and ..."),
    held by no one named."""
    if e - s != 1 or low[s] not in _DOUBT_NOUNS or s < 1:
        return False
    before = low[s - 1] in (",", "but") or low[s - 1] == "and" and low[s - 2:s - 1] == [","]
    return before and low[e:e + 1] in ([","], ["and"])


def capacity_only(low: list[str]) -> bool:
    """(s22) "The UK could feasibly deploy at most a brigade": a modal with an adverb of what is
    possible reads capacity (an analyst's), not a stance."""
    return any(w in _CAPACITY and k > 0 and low[k - 1] in ("could", "can", "might", "would")
               for k, w in enumerate(low))


def _earlier_clauses(sent: Sent, s: int) -> set[str]:
    """The words of the clauses before ", and" in the cue's own sentence ("..., and Starmer has
    said Britain will contribute"; s22), or before "but", ";" or ":" ("Europe wants to send
    troops, but Poland will not participate"; s23); empty when the cue's clause opens the
    sentence."""
    low = sent.lower
    k = next((j for j in range(s - 1, 0, -1) if low[j] == "and" and low[j - 1] == ","
              or low[j] in ("but", ";", ":")
              or low[j] in ("while", "whereas") and low[j - 1] == ","), None)  # (s60) ", while
    # Haekkinen said Finland was not excluding a contribution"
    return set(low[:k]) if k is not None else set()


def only_on_nato_soil(low: list[str], e: int = 0) -> bool:
    """(s22) The forces of a cue ending at ``e`` go "only on the territory of (one of the) NATO
    countries", "only on NATO territory": outside Ukraine, said so (``e`` 0: anywhere in the
    sentence, for the second pass's stances)."""
    for k in range(e, min(len(low), e + 14) if e else len(low)):
        if e and low[k] in (".", ";", "but", "while", "whereas"):
            return False
        if low[k] == "only" and "nato" in low[k + 1:k + 10] and \
                not {"territory", "soil"}.isdisjoint(low[k + 1:k + 10]):
            return True
    return False


def nato_soil_not_inside(low: list[str]) -> bool:
    """(s68, rv68-own) Forces offered for NATO territory, "but not inside the country (in Ukraine
    itself)": outside Ukraine only, a refusal of the force's ground."""
    for k in range(len(low) - 3):
        if low[k:k + 2] == ["but", "not"] and low[k + 2] in ("inside", "in", "into", "within") and \
                "nato" in low[max(0, k - 10):k] and not {"territory", "soil"}.isdisjoint(low[max(0, k - 10):k]) \
                and (low[k + 3] in ("ukraine", "ukrainian") or low[k + 3:k + 5] == ["the", "country"]):
            return True  # (not "..., but not in a combat role", "but not in the first phase")
    return False


_DEBATE = frozenset({"debate", "debates", "discussion", "discussions", "talk", "talks"})


def _debate_refused(low: list[str], e: int) -> bool:
    """(s22) A refusal's object is opening a debate on the force: "ruled out the possibility of
    opening a debate on the deployment" (not yet), not the deployment itself."""
    tail = low[e:e + 6]
    return not {"opening", "holding", "starting", "having", "launching"}.isdisjoint(tail) and \
        not _DEBATE.isdisjoint(tail)
_STANCE_HEADS = frozenset({"ready", "prepared", "willing", "committed", "pledged", "offered",
                           "commit", "send", "deploy", "contribute"})


def _set_against(low: list[str], s: int) -> set[str]:
    """The words of the clause a cue at ``s`` is set against in its own sentence ("the UK is
    among the countries prepared to commit forces, while Italy has ruled out involvement"),
    with "forces" read as the force's troops; empty when no contrast comes first (s22)."""
    # (s60: eight words back, past a speaker: ", while Haekkinen said Finland was not excluding")
    k = next((j for j in range(s - 1, max(-1, s - 9), -1) if low[j] in _SET_AGAINST), None)
    if k is None or low[k - 1:k] != [","]:
        return set()
    lo = max((j + 1 for j in range(k - 1) if low[j] in (",", ";", ":")), default=0)
    words = set(low[lo:k - 1])  # the clause just before: "the UK is ... prepared to commit forces"
    if not TALK_OBJECTS.isdisjoint(words) or _STANCE_HEADS.isdisjoint(words):
        return set()
    return words | {"troops"} if "forces" in words else words


def _bare_participation(low: list[str], e: int) -> bool:
    """A refusal's object is a bare pledge noun or taking part, with nothing saying in what
    ("has ruled out any participation.", "ruled out taking part"; 15t)."""
    rest = [w for w in low[e:e + 4] if w not in ("any", "its", "their", "a", "such")]
    return bool(rest) and (rest[0] in ("participation", "involvement", "contribution",
                                       "participating") or rest[:2] == ["taking", "part"]) and \
        (len(rest) == 1 or rest[1] in (".", ",", ";") or rest[1:3] == ["part", "."])


_WOULD = frozenset({"would", "will", "could", "may", "might", "'d", "'ll", "shall"})
_SENDING_GERUNDS = frozenset({"putting", "sending", "deploying", "committing", "providing",
                              "stationing", "dispatching", "contributing"})


def _by_sending_troops(low: list[str], e: int) -> bool:
    """A means clause after the cue's object names troops: "contribute to security guarantees
    by putting our own troops on the ground" (*by* + a sending gerund + troops; 15zc)."""
    for k in range(e, min(len(low) - 1, e + 12)):
        if low[k] in (";", ".", "but", "while", "whereas"):
            return False
        if low[k] == "by" and low[k + 1] in _SENDING_GERUNDS:
            return not TROOP_WORDS.isdisjoint(low[k + 2:k + 6]) or "boots" in low[k + 2:k + 6]
    return False


_PRESENCE_OF_TROOPS = frozenset({"military", "troop", "armed", "ground"})
_HEDGES = frozenset({"potentially", "possibly", "perhaps", "maybe", "conceivably"})
_MAYBE_NOUN = frozenset({"possible", "potential", "eventual", "prospective"})
# (s31) the first words of the "every option kept" cues: "rule anything out", "excludes no
# option", "all options remain on the table"
_KEPT_OPEN = frozenset({"rule", "rules", "ruled", "ruling", "excludes", "exclude", "excluded",
                        "discard", "discards", "all", "every"})
_GUESSING = frozenset({"speculating", "speculate", "speculation", "guessing", "predicting"})
_NO_COMMENT = frozenset({"speculate", "speculating", "comment", "commenting"})
_HOPE = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished"})


def _hoped_for(low: list[str], s: int) -> bool:
    """The pledge noun at ``s`` opens the clause of a hope: "hope that China's participation"
    (*hope* + *that*, then at most a possessor and its mark before the noun; 15zc)."""
    k = next((j for j in range(s - 1, max(-1, s - 7), -1) if low[j] == "that"), None)
    return k is not None and k > 0 and low[k - 1] in _HOPE


_ENVISAGE = frozenset({"envisage", "envisages", "foresee", "foresees", "contemplate",
                       "contemplates"})


def _share_in_force(low: list[str], e: int) -> bool:
    """A pledge noun ("participation", "involvement") within four words after ``e``, followed by
    "in" and a military presence or a force (15zc)."""
    k = next((j for j in range(e, min(len(low), e + 4)) if low[j] in _PLEDGE_NOUNS), None)
    return k is not None and low[k + 1:k + 2] == ["in"] and (
        "military" in low[k + 2:k + 6] or not FORCE_OBJECTS.isdisjoint(low[k + 2:k + 6]))


_MISSION_NOUNS = frozenset({"mission", "operation", "programme", "program"})
_TRAINING = frozenset({"training", "train", "trains", "instruct", "instructing", "eumam",
                       "unifier", "interflex"})
_OBJECT_ENDS = frozenset({".", ";", ",", "but", "while", "whereas", "and"})


def _training_mission(low: list[str], e: int) -> bool:
    """The cue's object (after ``e``, to the clause's end) is another mission than the force: one
    that trains Ukraine's soldiers (EUMAM, Operation Unifier / Interflex; "an EU mission aimed at
    training Ukrainian troops"; s13). An EU mission alone may be the force ("Malta could
    participate in an EU mission", 15j)."""
    hi = next((k for k in range(e, min(len(low), e + 12)) if low[k] in _OBJECT_ENDS),
              min(len(low), e + 12))
    obj = low[e:hi]
    at = next((k for k, w in enumerate(obj) if w in _MISSION_NOUNS), None)
    if at is None or at > 5:
        return False
    return not _TRAINING.isdisjoint(obj)


_SUPPORT_ROLE = frozenset({"supporting", "support", "helping", "help", "assisting", "assist",
                           "aiding", "field", "area", "areas", "domain", "sphere",
                           # (s41) "will not send troops, but may participate in offering
                           # guarantees from abroad"
                           "guarantees", "abroad", "logistics", "logistical", "monitoring"})
_OWN_SENT = frozenset({"troops", "soldiers", "personnel", "peacekeepers", "contingent",
                       "servicemen", "them", "boots"})


def _support_not_troops(low: list[str], e: int) -> bool:
    """The object after the cue ending at ``e`` is a support role, not the nation's troops: a
    support word ("supporting the forces", "in the field of") before any troop noun (s13)."""
    for k in range(e, min(len(low), e + 12)):
        if low[k] in (".", ";") or low[k] in _OWN_SENT:
            return False
        if low[k] in _SUPPORT_ROLE:
            return True
    return False


_TOLD = frozenset({"told", "tells", "tell", "assured", "assures", "informed", "informs",
                   "reassured", "promised", "promises"})


def _told_audience(low: list[str], k: int) -> bool:
    """(s60) The word at ``k`` is the audience told, right after "told" ("Healey told lawmakers
    that Britain would commit troops"): the speaker's hearers, not the source."""
    j = k - 1
    while j >= 0 and k - j <= 3 and low[j] in ("the", "british", "german", "french", "fellow"):
        j -= 1
    return j >= 0 and (low[j] in _TOLD or low[j] in _TOLD_PARLIAMENT)


def told_person(low: list[str], m: Mention) -> bool:
    """The mention is the one told, right after "told" and before the pronoun that opens what
    was told ("has told Sir Keir he will consider ...")."""
    return m.label == "PERSON" and m.start > 0 and low[m.start - 1] in _TOLD and \
        low[m.end:m.end + 1] in (["he"], ["she"], ["that"], ["they"])


_NP_WORDS = frozenset({"his", "her", "its", "their", "our", "the", "a", "any", "country",
                       "country's", "nation", "nation's", "'s", "’s", "possible", "potential",
                       "eventual", "future"})


def _excluded_object(low: list[str], s: int) -> bool:
    """The pledge noun at ``s`` is the object of "ruled out" / "exclude" a few noun-phrase words
    before it ("ruled out his country's participation", "do not exclude participation")."""
    k = s - 1
    while k >= 0 and s - k <= 5 and low[k] in _NP_WORDS:
        k -= 1
    if k < 0:
        return False
    if low[k] == "out":
        return not _RULE_WORDS.isdisjoint(low[max(0, k - 2):k])
    return low[k] in ("exclude", "excludes", "excluded", "excluding")


def _talk_object(words: list[str]) -> bool:
    """A talks word among ``words`` (the object of taking part): "the talks", "the planning" —
    not "peacekeeping efforts", which is the force (s17)."""
    return any(w in TALK_OBJECTS and not (w.startswith("effort") and words[k - 1:k] == [
        "peacekeeping"]) for k, w in enumerate(words))


# a judgement after "considers <the sending>": what it says of the sending (s20)
_JUDGEMENTS = {"inappropriate": "declines", "unacceptable": "declines", "impossible": "declines",
               "unrealistic": "declines", "undesirable": "declines", "unthinkable": "declines",
               "inadmissible": "declines", "premature": "undecided"}


def judgement_after(low: list[str], e: int) -> str | None:
    """The stance of a judging adjective that closes the object of *considers* in its clause
    ("considers the participation of its troops inappropriate", "considers sending troops
    premature"), or None."""
    for w in low[e:e + 20]:
        if w in (",", ";", ".", ":", "but", "and", "while", "because"):
            return None
        if w in _JUDGEMENTS:
            return _JUDGEMENTS[w]
        if w in _MERE_JUDGEMENTS:
            return "none"  # (s66) "considers the proposal complex and risky", "considers
            # sending troops a mistake": a judgement of it, no weighing of a sending
    return None


_MERE_JUDGEMENTS = frozenset({"complex", "complicated", "risky", "dangerous", "mistake", "unwise",
                              "difficult", "problematic", "reckless", "provocative", "error"})


_COMPLEMENTS = (("the", "best"), ("the", "only"), ("the", "most"), ("a", "better"), ("the", "main"),
                ("the", "key"), ("to", "be"))
_SENT_OBJECT = frozenset({"sending", "deploying", "contributing", "joining", "participating",
                          "participation", "contribution", "troops", "soldiers", "deployment"})


_JUDGED_AS = frozenset({"vital", "essential", "crucial", "important", "necessary", "indispensable",
                        "useful", "unnecessary", "dangerous", "risky", "premature", "unrealistic"})


def _complement_after(low: list[str], e: int) -> bool:
    """ "considers a strong Ukrainian army the best guarantee": an object and its complement
    ("X the best Y", "X to be Y") with no sending in the object (s42)."""
    for k in range(e + 1, min(len(low) - 1, e + 7)):
        if (low[k], low[k + 1]) in _COMPLEMENTS:
            return _SENT_OBJECT.isdisjoint(low[e:k])
        if low[k] in _JUDGED_AS and low[k - 1] not in ("be", "is", "are", "to") and \
                low[k + 1] in (",", ".", ";", "and", "but", "for", "to"):
            return _SENT_OBJECT.isdisjoint(low[e:k])  # (s68, set 142) "While they consider
            # the peacekeepers vital, ...": the peacekeepers judged, no weighing of a sending
        if low[k] in (",", ".", ";"):
            return False
    return False



# (reviews s58) what may stand before the troops put forward: "a (mechanised) battalion"
_PUT_FORWARD_FILL = frozenset({"a", "an", "its", "their", "own", "some", "about", "around", "up",
                               "to", "several", "hundreds", "thousands", "of", "mechanised",
                               "mechanized", "infantry", "additional", "more", "ground", "combat",
                               "light", "armoured", "armored", "air", "naval", "thousand",
                               "hundred", "two", "three", "four", "five", "six"})


def _after_relative(sent: Sent, s: int) -> bool:
    """(s58) The verb at ``s`` follows its nations' relative clause: "Britain and France, which
    lead the coalition of the willing, plan to send troops"."""
    low = sent.lower
    if low[s - 1:s] != [","] or _elsewhere(low):
        return False  # (second review s58: not "plan to send troops to Lithuania")
    for j in range(s - 2, max(0, s - 16), -1):
        if low[j] == ",":
            return low[j + 1:j + 2] in (["which"], ["who"]) and any(
                m.end == j and m.iso3 not in _NOT_CONTRIBUTORS for m in sent.mentions)
    return False


_AWAITED = frozenset({"after", "until", "till", "once", "before", "unless", "if", "when"})


def _owned_by_subject(sent: Sent, s: int) -> bool:
    """(s58) "their (its) plan to deploy troops" is the clause subject's own plan when that
    subject is a contributor: "Britain and France are likely to drop their plan to deploy
    troops unless ..." (not "Moscow rejected their plan")."""
    subject = sent.subject_actors(s - 1)
    if not subject or any(m.iso3 in _NOT_CONTRIBUTORS for m in subject):
        return False
    low = sent.lower
    if not _PLAN_HELD.isdisjoint(low) and not _kept_on_terms(low[s:]):
        return False  # (review s58) "have put their plan on hold (postponed, paused it)"
    verb = low[s - 2] if s >= 2 else ""
    if verb in ("with", "to", "by") and s >= 3:  # "pushing ahead with", "stuck to", "stand by"
        return low[s - 3] in _KEEPING_TO
    if verb not in _OWN_PLAN_VERBS:
        return False  # (reviews s58) only a verb of the owners' own: not "have been briefed on
        # (asked for details of, called reckless, vowed to block) their plan"
    if (low[s - 1] == "their") != (len(subject) > 1):
        return False  # "Germany criticised their plan": someone else's (a plural owner)
    between = low[max(m.end for m in subject):s - 1]
    return _JUDGING.isdisjoint(between)  # not "Italy and Spain criticised their plan"


# (reviews s58) the verbs by which owners speak of their own plan: "will present (unveil,
# finalise, pursue) their plan to deploy troops", "may drop (abandon) their plan ... unless"
_OWN_PLAN_VERBS = frozenset(
    "present presented presents presenting unveil unveiled unveils unveiling finalise finalised "
    "finalising finalize finalized finalizing announce announced announcing outline outlined "
    "outlining detail detailed pursue pursued pursuing keep kept keeping advance advanced "
    "advancing revive revived defend defended defending drop dropping abandon abandoning scrap "
    "scrapping shelve shelving cancel cancelling canceling confirmed confirm reaffirmed reaffirm "
    "updated update submit submitted share shared insist insists insisted".split())
_KEEPING_TO = frozenset({"ahead", "stuck", "stick", "sticking", "stand", "stood", "standing",
                         "pressing", "pressed", "press", "forward"})
_PLAN_HELD = frozenset({"hold", "ice", "postpone", "postponed", "postpones", "postponing",
                        "delay", "delayed", "delays", "freeze", "froze", "frozen", "shelved",
                        "shelve", "suspended", "suspend", "scrapped", "dropped", "paused",
                        "pause", "pausing", "mothballed", "mothball", "burner", "rethink",
                        "rethinking", "reconsider", "reconsidering", "shelving"})
_JUDGING = frozenset({"criticised", "criticized", "rejected", "dismissed", "welcomed", "backed",
                      "supported", "opposed", "questioned", "slammed", "praised", "endorsed",
                      "discussed", "studied", "reviewed", "heard", "condemned", "mocked"})


_HARDWARE = frozenset({"jets", "aircraft", "fighters", "planes", "warships", "ships", "frigates",
                       "drones", "missiles", "tanks", "weapons", "jet",
                       # (s67) "would instead contribute naval assets as part of the force"
                       "assets", "frigate", "vessels", "minehunters", "minesweepers", "corvettes",
                       "submarines", "destroyers",
                       # (s74) "will send 18 CV90 infantry fighting vehicles"
                       "vehicles", "howitzers"})
_PEOPLE_SENT = frozenset({"troops", "soldiers", "personnel", "peacekeepers", "servicemen"})


def the_war_now(low: list[str]) -> list[int]:
    """(s36) Where "the current (ongoing) war" is the fighting itself: not "once the current war
    ends", "even after the ongoing war", the force's premise."""
    return [k for k in range(1, len(low)) if low[k] == "war" and (
                low[k - 1] in ("current", "ongoing") or _war_now_otherwise(low, k))
            and _WAR_OVER.isdisjoint(low[max(0, k - 5):k - 1])
            and _WAR_ENDS.isdisjoint(low[k + 1:k + 3])]


WAR_NOW_WORDS = frozenset({"current", "ongoing", "this", "at", "while", "during", "long"})


def _war_now_otherwise(low: list[str], k: int) -> bool:
    """(s41) Other ways of saying the fighting now: "in this war situation", "to a country at
    war", "while (as long as) the war is on (continues)", "during the war"."""
    before = low[max(0, k - 3):k]
    return low[k - 1] == "this" and low[k + 1:k + 2] == ["situation"] or \
        low[k - 2:k] == ["country", "at"] or before[-2:] in (["while", "the"], ["during", "the"]) \
        or low[max(0, k - 4):k] == ["as", "long", "as", "the"]


_WAR_OVER = frozenset({"after", "conclusion", "end", "cessation", "halt", "once", "post",
                       "ending", "ended", "stop", "until", "when", "following"})
_WAR_ENDS = frozenset({"ends", "ended", "is", "stops", "stopped", "concludes", "finishes"})
_PLACED = frozenset({"deployed", "stationed", "troops", "soldiers", "force", "forces", "based",
                     "presence", "mission", "deploy", "station", "entered", "peacekeepers"})
_COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "the"})
# places a force may go that are no country of the gazetteer's
_OTHER_THEATRES = frozenset({"gaza", "kosovo", "sahel", "balkans", "baltics", "golan", "sinai",
                             "darfur", "middle"})


def _elsewhere(low: Sequence[str]) -> bool:
    """Troops sent to (or a force in) another country or theatre: "more troops to Lithuania",
    "a stabilisation force deployed in Gaza", "to northern Kosovo"; "entered into force"."""
    places = _other_places()
    for k, w in enumerate(low):
        if w not in ("to", "in", "into") or w == "in" and low[k - 1:k] and \
                low[k - 1] not in _PLACED:  # ("leaders in Spain": no deployment)
            continue
        j = k + 1
        while j < len(low) and j <= k + 2 and low[j] in _COMPASS_WORDS:
            j += 1
        place = low[j] if j < len(low) else ""
        if low[k + 1:k + 2] == ["force"] or place in _OTHER_THEATRES or place in places:
            return True  # ("entered into force")
    return False


_SENT_TO = frozenset({"sent", "send", "sends", "sending", "deployed", "deploy", "deploying",
                      "moved", "rotated", "dispatched"})
_UNITS_PLACED = _PLACED | {"brigade", "battalion", "battlegroup", "contingent", "company"}


def placed_elsewhere(low: Sequence[str]) -> bool:
    """(s66) Troops placed in another country now: "<unit> in <country>" ("a brigade of 5,000
    soldiers in Lithuania") or "sent ... to <country>" ("sent 200 troops to the UK"); not a
    sentence's opening "In Berlin, ..." (`_elsewhere` reads any "in" at the start)."""
    places = _destinations()
    for k in range(1, len(low) - 1):
        w = low[k]
        if w == "in" and low[k - 1] in _UNITS_PLACED or \
                w == "to" and not _SENT_TO.isdisjoint(low[max(0, k - 6):k]):
            place = low[k + 2] if low[k + 1] == "the" and k + 2 < len(low) else low[k + 1]
            if place in places:
                return True
    return False


@lru_cache(maxsize=1)
def _destinations() -> frozenset[str]:
    """`_other_places` with "UK", "Britain" and "US" (built once: `placed_elsewhere` runs on every
    troop figure and stance hit it is asked about)."""
    return _other_places() | {"uk", "britain", "us"}


@lru_cache(maxsize=1)
def _other_places() -> frozenset[str]:
    """One-word names of countries and capitals other than Ukraine's, lower case: a destination
    ("troops to Lithuania")."""
    from reassure.evidence._gazetteer import CAPITALS, _country_words

    capitals = {c.lower() for iso3, caps in CAPITALS.items() if iso3 != "UKR" for c in caps
                if " " not in c}
    return (_country_words() | capitals) - {"ukraine"}

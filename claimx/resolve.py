"""Reference resolution: who a pronoun ("he", "她") or a nominal ("the minister") stands for.

Runs after the attribute stage has found each claim's local mention. A pronoun takes the first
person named in its own sentence (as its language's rules find one), else the most recent
compatible named speaker; a nominal takes the most recent speaker that fits its noun, or a person
the registry knows to hold the office. Never a distant name: at most the language's
``reference_paragraphs`` back. Each claim's ``resolution`` records the rule (pronoun, nominal); a
pronoun or nominal that nothing fits stays the claim's source as an unnamed one
(``extra["unresolved"]``).
"""
from __future__ import annotations

import bisect
import re

from claimx.lang import rules
from claimx.lang.base import OPENERS_Q
from claimx.mentions import Mention


def resolve_references(text: str, claims: list, registry=None, paras=()) -> None:
    """Pronoun → the most recent compatible named speaker; nominal → the most recent speaker
    (or, for an office, a person known to hold it) that fits the noun. Never a distant name."""
    history: list[tuple[int, Mention]] = []          # (paragraph, named mention)
    genders: dict[str, str] = {}                     # a name's gender, as the document marks it
    outer = None                                     # the last direct claim: its words may hold claims
    for cl in sorted(claims, key=lambda c: c.start):
        m = cl.mention
        own = outer is not None and outer.start <= cl.start < outer.end
        if cl.kind == "direct":
            outer = cl
        if m is None:
            continue
        body = rules(m.lang).known_body(m, registry) if cl.resolution == "explicit" else None
        if body is not None:                      # 'the Kazakh foreign ministry': the registered body
            cl.antecedent = body
        elif m.kind == "pronoun" and cl.resolution in ("explicit", "continuation"):
            ante = None
            gender = rules(m.lang).gender(m)

            def fits(cand: Mention | None) -> bool:
                return cand is not None and _gender_fits(cand, gender, genders)
            if m.cls == "latter":                # 'According to the latter, …': the last person named
                ante = _latter(text, m)
                ante = ante if fits(ante) else None
            if ante is None and cl.cue is not None and cl.resolution == "explicit":
                a = cl.cue.sent.start
                if cl.start <= m.start:           # 'CONTENT, she said', 'CONTENT, she said, CONTENT':
                    a = max(a, min(cl.end, m.start))    # the content names no antecedent
                last_close = max(text.rfind(c, a, m.start) for c in "”»」』\"")
                ante = rules(m.lang).sentence_subject(text, max(a, last_close + 1), m.start, registry)
                ante = ante if fits(ante) else None
            if ante is None and rules(m.lang).subject_antecedents and (m.cls or "person") == "person":
                ante = _earlier_subject(text, m, paras, history, registry, cl)
                ante = ante if fits(ante) else None
            if ante is None and not own:
                ante = _antecedent_pronoun(text, m, cl, history, fits)
            if ante is None:                  # '…刊登专栏作家X的文章。他在文中写道': the article's author
                ante = rules(m.lang).document_author(text, m)
                ante = ante if fits(ante) else None
            _settle(cl, m, ante)           # in a speaker's own words ('MORALES: … she said …') no earlier speaker
            if ante is not None and ante.kind == "name":
                _learn_gender(genders, ante, gender)
        elif m.kind == "nominal" and cl.resolution in ("explicit", "continuation"):
            _settle(cl, m, _antecedent_nominal(text, m, cl, history, registry, paras))
        elif m.kind == "unnamed" and cl.resolution == "explicit" and m.noun and \
                rules(m.lang).office_named_later(m.text) and \
                (holder := _office_named_before(m, cl, history)) is not None:
            # '俄罗斯外长拉夫罗夫说…' then '俄外长还表示…': the office is the person named with it
            cl.antecedent = holder
            cl.resolution = "nominal"
        elif m.kind == "unnamed" and cl.resolution == "explicit" and rules(m.lang).collective_members:
            # the members of a body named before, speaking as one: the body (各方 after a meeting)
            r = rules(m.lang)
            body = next((c for c in _recent(history, cl.para, m.lang)
                         if c.kind == "org" and r.members_of(m.text, c.name or c.text)), None) or \
                next((o for o in reversed(r.bodies_before(text, max(0, m.start - 400), m.start))
                      if r.members_of(m.text, o.name or o.text)), None)
            if body is not None:
                cl.antecedent = body
                cl.resolution = "nominal"
        via = cl.cue.via if cl.cue is not None else None
        if via is not None and via.kind in ("name", "org"):
            history.append((cl.para, via))         # the outlet that passed the claim on
        referent = cl.referent
        if referent is not None and referent.kind in ("name", "org", "unnamed") and \
                not cl.extra.get("unresolved"):
            history.append((cl.para, referent))
            if referent.kind == "name":
                _learn_gender(genders, referent, rules(referent.lang).gender(referent))
    _offices_named_later(sorted(claims, key=lambda c: c.start))


def _offices_named_later(claims: list) -> None:
    """'里昂检察官宣布，…' then '当地检察官莫罗表示，…': an unnamed office (a title the language
    lets be definite) is the person the next paragraphs name with that title, when one does."""
    named = [(cl.para, cl.start, cl.referent) for cl in claims
             if cl.referent is not None and cl.referent.kind == "name" and cl.referent.role]
    if not named:
        return
    for cl in claims:
        m = cl.mention
        if m is None or m.kind != "unnamed" or not m.noun or cl.resolution != "explicit" \
                or cl.antecedent is not None or not rules(m.lang).office_named_later(m.text):
            continue
        gap = rules(m.lang).reference_paragraphs
        later = None
        for p, _, n in named[bisect.bisect_right(named, cl.start, key=lambda t: t[1]):]:
            if p - cl.para > gap:
                break
            if n.role.endswith(m.noun):
                later = n
                break
        if later is not None:
            cl.antecedent = later
            cl.resolution = "nominal"


def _office_named_before(m: Mention, cl, history) -> Mention | None:
    """The person last named with the title of the unnamed office ``m`` (外长 after 俄罗斯外长拉夫罗夫;
    俄外长 too: its qualifier is the role's or opens it), or None."""
    r = rules(m.lang)
    noun = r.normalise(m.noun)
    qualifier = r.normalise(m.text)[:-len(noun)].strip() if r.normalise(m.text).endswith(noun) else None
    if qualifier is None:
        return None
    for cand in _recent(history, cl.para, m.lang):
        if cand.kind != "name" or not cand.role:
            continue
        role = r.normalise(cand.role)
        if role.endswith(noun) and (not qualifier or qualifier in role or role.startswith(qualifier[0])
                                    and len(qualifier) == 1):
            return cand
    return None


def _gender_keys(m: Mention) -> tuple[str, ...]:
    """Where a name's gender is kept: the name as written and its last word ('Mrs. Lena Ortiz',
    'Lena Ortiz' and a later 'Ortiz' share it)."""
    words = (m.name or m.text).lower().split()
    return (" ".join(words), words[-1]) if len(words) > 1 else tuple(words)


def _learn_gender(genders: dict[str, str], m: Mention, gender: str | None) -> None:
    """Remember that name ``m`` is of ``gender``; evidence of both genders for one name ('Clinton'
    for Bill and for Hillary) leaves it unknown ('')."""
    if gender:
        for key in _gender_keys(m):
            genders[key] = gender if genders.get(key, gender) == gender else ""


def _gender_fits(cand: Mention, gender: str | None, genders: dict[str, str]) -> bool:
    """Can a pronoun of ``gender`` stand for ``cand``: not a name marked with the other gender (a
    full name by what is known of it, not of its surname: Ivanka Trump is not Donald Trump)."""
    if not gender or cand.kind != "name":
        return True
    keys = _gender_keys(cand)
    known = rules(cand.lang).gender(cand) or (genders.get(keys[0]) if keys else None)
    return not known or known == gender


def _settle(cl, m: Mention, ante: Mention | None) -> None:
    """Record the antecedent of pronoun or nominal ``m``. A source the text gives is never dropped:
    with no antecedent in reach it is an unnamed source with that phrase as its mention (and a
    lower confidence)."""
    if ante is None:
        ante = Mention(m.text, m.start, m.end, "unnamed", name=m.text, lang=m.lang)
        cl.extra["unresolved"] = True
    cl.antecedent = ante
    if cl.resolution == "explicit" or cl.extra.get("unresolved"):
        cl.resolution = m.kind            # pronoun | nominal


def _earlier_subject(text: str, m: Mention, paras, history, registry, cl=None) -> Mention | None:
    """'Mayor Zhou inspected the plant. He said …' (市长周立平昨天视察了污水厂。他表示，…): the
    person an earlier sentence of this paragraph or the one before starts with, when no speaker
    has been named since."""
    i = bisect.bisect_right(paras, m.start, key=lambda p: p.start) - 1
    if i < 0:
        return None
    r = rules(m.lang)
    lo = m.start - _SUBJECT_WINDOW                   # bounded: a huge paragraph costs no more
    before = []
    for p in paras[max(0, i - 1):i + 1]:
        if not p.furniture and p.end > lo:
            before += [sp for sp in r.sentences(text, max(p.start, lo), min(p.end, m.start))
                       if sp[1] <= m.start]
    last_named = next((h.start for _, h in reversed(history[-64:]) if h.kind == "name"), -1)
    for a, b in reversed(before[-3:]):
        if last_named >= a:
            return None                      # a speaker named since is the antecedent
        if text[a] in OPENERS_Q or cl is not None and cl.start <= a < cl.end:
            continue                         # the claim's words name no antecedent ('“Nobody …,” he said')
        if text[a:b].rstrip().endswith(("?", "？")):
            continue                         # a question opens with no subject to refer to ('Come again?')
        found = r.subject_at_start(text, a, b, registry)
        if found is not None and found.kind == "name":
            return found
    return None


_SUBJECT_WINDOW = 600   # characters before a pronoun read for an earlier sentence's subject


def _recent(history, para, lang):
    gap = rules(lang).reference_paragraphs
    for p, m in reversed(history):
        if para - p > gap:
            return
        yield m


_LATTER_WINDOW = 400   # characters before 'the latter' read for the person it stands for
_SENTENCE_START = re.compile(r"(?:^|[.!?…。！？][\"”’»]*)\s*$")


def _latter(text: str, m: Mention) -> Mention | None:
    """The person 'the latter' stands for: the last one named in the sentence before it, or
    earlier in its own sentence ('X met Y, and the latter said …'); never further back."""
    r = rules(m.lang)
    lo = max(0, m.start - _LATTER_WINDOW)
    spans = r.sentences(text, lo, m.start)
    if not spans:
        return None
    at_start = _SENTENCE_START.search(text, spans[-1][0], m.start) is not None and \
        not text[spans[-1][1]:m.start].strip()
    first = spans[-1] if at_start or len(spans) < 2 else spans[-2]
    return r.last_named(text, first[0], m.start)


def _antecedent_pronoun(text, m: Mention, cl, history, fits=None) -> Mention | None:
    want = "person" if m.cls == "latter" else m.cls or "person"      # (the latter: a person)
    for cand in _recent(history, cl.para, m.lang):
        if want == "person" and (cand.kind == "name" and (fits is None or fits(cand))
                                 or cand.kind == "unnamed" and not _plural(cand)):
            return cand
        if want == "group" and (cand.kind == "org" or (cand.kind == "unnamed" and _plural(cand))):
            return cand
    if want == "group":                      # an organisation named in the sentences just before
        lo = max(0, m.start - 400)
        orgs = [o for o in rules(m.lang).org_mentions(text, lo, m.start) if not cl.start <= o.start < cl.end]
        if orgs:
            return orgs[-1]
    return None


def _plural(m: Mention) -> bool:
    return rules(m.lang).is_plural(m)


def _holds_office(role: str, lang: str) -> bool:
    """Does the role name an office (data/<lang>/offices.txt, English's as well)?"""
    return any(w in role for w in rules(lang).office_words)


def _antecedent_nominal(text, m: Mention, cl, history, registry, paras=()) -> Mention | None:
    cls, noun = m.cls, (m.noun or "")
    if cls in ("document", "media"):
        author = rules(m.lang).document_author(text, m)    # '…的文章，作者为X。文章称': X
        if author is not None:
            return author
    for cand in _recent(history, cl.para, m.lang):
        if cls in ("expert", "official") and cand.kind == "unnamed" and noun and \
                rules(m.lang).normalise(cand.name or cand.text).endswith(noun):
            return cand                      # 'an official said … the official added': that one
        if cls in ("expert", "official") and cand.kind == "name":
            role = (cand.role or "").lower()
            if cls == "official" or not _holds_office(role, m.lang):
                return cand
        if cls == "person" and cand.kind == "name":
            return cand
        if cls == "role" and cand.kind == "name" and any(n in (cand.role or "").lower()
                                                         for n in rules(m.lang).role_forms(noun)):
            return cand
        if cls in ("media", "body", "document", "org") and cand.kind == "org":
            if cls == "media" and not rules(m.lang).may_report(text, cand):
                continue
            return cand
    if cls in ("document", "org"):           # 'Nature ran an editorial. The article says …'
        orgs = rules(m.lang).org_mentions(text, max(0, m.start - 200), m.start)
        return orgs[-1] if orgs else None
    if cls in ("expert", "official", "role") and rules(m.lang).subject_antecedents:
        # '前总统阿塔姆巴耶夫周二出庭。这位前总统说': the titled person an earlier sentence opens with
        found = _earlier_subject(text, m, paras, history, registry, cl)
        role = (found.role or "").lower() if found is not None else ""
        if role and (noun in role or cls == "official"):
            return found
    if cls == "role" and registry is not None:     # ('the head of state': the president named last)
        found = [registry.office_holder(text, n, m.modifier, m.start) for n in rules(m.lang).role_forms(noun)]
        return max((f for f in found if f is not None), key=lambda f: f.start, default=None)
    return None

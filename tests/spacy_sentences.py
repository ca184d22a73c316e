"""The sentence rule of ``Rules.sentences`` written again on spaCy's tokens: the reference the fast
regular-expression splitter is checked against (tests/test_segment.py).

A sentence ends after ., ! or ? (and any closing quotes or brackets) when the next word starts a
sentence; abbreviations (the language's data list, kept whole by spaCy's tokenizer) and single
capital initials ("M. Narikbayev") do not end one.
"""
from __future__ import annotations

from functools import lru_cache

from claimx.lang.base import CLOSERS, OPENERS_Q, SENT_END, _is_cjk, cap_length, trim


@lru_cache(maxsize=None)
def tokenizer(rules):
    """spaCy's rule-based tokenizer for the rules' language (``spacy.blank``), with its abbreviations."""
    import spacy
    from spacy.symbols import ORTH

    try:
        nlp = spacy.blank(rules.code)
    except Exception:  # a language spaCy does not know: its multi-language tokenizer
        nlp = spacy.blank("xx")
    for abbr in rules.abbreviations:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp.tokenizer


def _is_initial(toks, i) -> bool:
    if toks[i].text != "." or i == 0:
        return False
    prev = toks[i - 1].text
    return len(prev) == 1 and prev.isupper() and toks[i - 1].idx + 1 == toks[i].idx


def spacy_sentences(rules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    if not chunk.strip():
        return []
    toks = list(tokenizer(rules)(chunk))
    bounds = []
    i, n = 0, len(toks)
    while i < n:
        tx = toks[i].text
        if tx and all(c in SENT_END for c in tx) and not _is_initial(toks, i):
            j = i + 1
            while j < n and toks[j].text and all(c in CLOSERS for c in toks[j].text):
                j += 1
            if j >= n:
                break
            nxt = toks[j].text
            if nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in OPENERS_Q or _is_cjk(nxt[:1]):
                bounds.append(toks[j].idx)
            i = j
            continue
        i += 1
    spans, s = [], 0
    for b in bounds + [len(chunk)]:
        spans.append((s, b))
        s = b
    return cap_length(text, [trim(text, start + a, start + b) for a, b in spans if chunk[a:b].strip()])

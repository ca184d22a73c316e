"""``claimx eval``: score predicted claims against gold claims.

Definitions (the same as ../shared/tools/score.py, so the figures agree):

* a prediction **matches** a gold claim of the same document when the character IoU of their
  spans is at least ``iou`` (default 0.5); matching is one-to-one, best IoU first. Predictions
  matching an *optional* gold claim are left out of every count.
* **span precision** = matched / predictions; **span recall** = matched / required gold claims.
* **attribution accuracy** = rightly attributed / matched. A speaker is right when its name or
  mention, normalised, is one of the gold entity's aliases (with ``--entities``), or when it has
  the gold speaker's id (gold written by claimx); for an unnamed gold source it is right when the
  prediction names none of the known entities.
* **who-said-what** precision, recall and F1 count a prediction as correct only when it matches
  AND is rightly attributed.
* per kind (gold kind for recall, predicted kind for precision) and per language.
"""
from __future__ import annotations

import os
import unicodedata
from collections import defaultdict

from functools import lru_cache

from claimx.diff import pair_records
from claimx.lang.base import data_dir, read_lines


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    """What the scorer folds from a name (data/names/scorer_honorifics.txt, as in score.py)."""
    return tuple(read_lines(data_dir() / "names" / "scorer_honorifics.txt"))


def norm(s) -> str:
    """The scorer's name normalisation (kept identical to score.py on purpose)."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'")
    for h in _honorifics():
        if s.startswith(h):
            s = s[len(h):]
        if s.endswith(h.strip()):
            s = s[: -len(h.strip())]
    return "".join(c for c in s if c.isalnum() or c == "'")


def iou(a, b) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _doc_key(d, gold_docs):
    if d in gold_docs:
        return d
    base = os.path.basename(str(d).split("#")[0])
    return base if base in gold_docs else d


def match(pred, gold, threshold=0.5):
    """One-to-one matches (gold, pred), best IoU first; and the unmatched predictions."""
    gold_docs = {g["doc"] for g in gold}
    by_g, by_p = defaultdict(list), defaultdict(list)
    for g in gold:
        by_g[g["doc"]].append(g)
    for p in pred:
        by_p[_doc_key(p.get("doc"), gold_docs)].append(p)
    matches, unmatched = [], []
    for d in sorted(set(by_g) | set(by_p), key=str):
        gs, ps = by_g.get(d, []), by_p.get(d, [])
        exact, pairs = pair_records(gs, ps)       # same span first (IoU 1), then overlapping spans
        cands = sorted(((iou((gs[gi]["start"], gs[gi]["end"]), (ps[pi]["start"], ps[pi]["end"])), gi, pi)
                        for gi, pi in pairs), reverse=True)
        used_g, used_p = set(), set()
        for v, gi, pi in [(1.0, gi, pi) for gi, pi in sorted(exact, reverse=True)] + cands:
            if v < threshold:
                break
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matches.append((gs[gi], ps[pi]))
        unmatched += [p for pi, p in enumerate(ps) if pi not in used_p]
    return matches, unmatched


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(pred: list[dict], gold: list[dict], entities: dict | None = None, threshold: float = 0.5) -> dict:
    entities = entities or {}
    alias = {k: {norm(a) for a in v.get("aliases", [])} | {norm(v["name"])}
             for k, v in entities.items() if v.get("type") != "unnamed"}
    any_named = set().union(*alias.values()) if alias else set()
    for g in gold:
        g.setdefault("optional", False)
    matches, unmatched = match(pred, gold, threshold)
    req = [g for g in gold if not g["optional"]]
    req_m = [(g, p) for g, p in matches if not g["optional"]]

    def strings(p):
        sp = p.get("speaker")
        if not isinstance(sp, dict):
            return []
        m = sp.get("mention")
        out = [sp.get("name"), m.get("text") if isinstance(m, dict) else m]
        return [norm(x) for x in out if isinstance(x, str) and x.strip()]

    def right(g, p):
        gs = g.get("speaker")
        sp = p.get("speaker") if isinstance(p.get("speaker"), dict) else None
        if isinstance(gs, dict):                                 # gold written by claimx
            if gs.get("type") == "unnamed" or gs.get("id") in (None, "unnamed"):
                return sp is None or sp.get("type") == "unnamed"
            return sp is not None and sp.get("id") == gs.get("id")
        if gs is None or gs == "unnamed" or entities.get(gs, {}).get("type") == "unnamed":
            return not any(s in any_named for s in strings(p))
        return any(s in alias.get(gs, set()) for s in strings(p))

    def block(req_g, req_pairs, preds_unmatched, pred_count=None):
        n_pred = pred_count if pred_count is not None else len(req_pairs) + len(preds_unmatched)
        ok = [x for x in req_pairs if right(*x)]
        sp = len(req_pairs) / n_pred if n_pred else 0.0
        sr = len(req_pairs) / len(req_g) if req_g else 0.0
        wp = len(ok) / n_pred if n_pred else 0.0
        wr = len(ok) / len(req_g) if req_g else 0.0
        return {"gold": len(req_g), "predicted": n_pred, "matched": len(req_pairs),
                "span_precision": round(sp, 4), "span_recall": round(sr, 4), "span_f1": round(_f1(sp, sr), 4),
                "attribution_accuracy": round(len(ok) / len(req_pairs), 4) if req_pairs else 0.0,
                "who_said_what_precision": round(wp, 4), "who_said_what_recall": round(wr, 4),
                "who_said_what_f1": round(_f1(wp, wr), 4)}

    out = {"iou": threshold, **block(req, req_m, unmatched)}
    by_kind = {}
    for kind in sorted(({g.get("kind") for g in req} | {p.get("kind") for p in pred}) - {None}):
        kg = [g for g in req if g.get("kind") == kind]
        km = [(g, p) for g, p in req_m if g.get("kind") == kind]
        kp = [(g, p) for g, p in req_m if p.get("kind") == kind]
        ku = [p for p in unmatched if p.get("kind") == kind]
        b = block(kg, km, [])
        pb = block(kg, kp, ku)
        b["span_precision"], b["who_said_what_precision"] = pb["span_precision"], pb["who_said_what_precision"]
        b["predicted"] = pb["predicted"]
        b["span_f1"] = round(_f1(b["span_precision"], b["span_recall"]), 4)
        b["who_said_what_f1"] = round(_f1(b["who_said_what_precision"], b["who_said_what_recall"]), 4)
        by_kind[kind] = b
    out["by_kind"] = by_kind
    by_lang = {}
    lang_of = lambda g, p=None: g.get("lang") or (p or {}).get("lang") or "?"  # noqa: E731
    langs = sorted({p.get("lang") or "?" for p in pred} | {g.get("lang") for g in req if g.get("lang")})
    for lang in langs:
        lm = [(g, p) for g, p in req_m if lang_of(g, p) == lang]
        lu = [p for p in unmatched if (p.get("lang") or "?") == lang]
        matched_g = {id(g) for g, _ in req_m}
        lg = [g for g, _ in lm] + [g for g in req if id(g) not in matched_g and g.get("lang") == lang]
        by_lang[lang] = block(lg, lm, lu)
    out["by_lang"] = by_lang
    return out


def format_table(r: dict) -> str:
    cols = [("span_P", "span_precision"), ("span_R", "span_recall"), ("span_F1", "span_f1"),
            ("attr", "attribution_accuracy"), ("wsw_P", "who_said_what_precision"),
            ("wsw_R", "who_said_what_recall"), ("wsw_F1", "who_said_what_f1")]
    lines = [f"{'':16}{'gold':>6}{'pred':>6}" + "".join(f"{h:>9}" for h, _ in cols)]

    def row(name, b):
        return f"{name:16}{b['gold']:>6}{b['predicted']:>6}" + "".join(f"{b[k]:>9.4f}" for _, k in cols)
    lines.append(row(f"all (IoU {r['iou']:g})", r))
    lines += [row(f"kind {k}", b) for k, b in r["by_kind"].items()]
    lines += [row(f"lang {k}", b) for k, b in r["by_lang"].items()]
    lines.append("wsw = who-said-what; attr = attribution accuracy (see claimx eval --help)")
    return "\n".join(lines)

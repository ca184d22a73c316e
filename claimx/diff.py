"""``claimx diff``: what changed between two extractions, record by record.

Records are paired within each document by overlapping spans (largest overlap first, one to one).
A pair whose span, kind, resolution or speaker differs is *changed*; a record with no partner is
*added* or *removed*.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

FIELDS = ("span", "kind", "resolution", "speaker")
#: Pairing looks at most this many records of the other side starting inside a record's span, so
#: a document of thousands of nested or duplicated records stays linear (normal extractions have
#: a few at most; exact duplicates are paired first, by position).
CANDIDATES = 64


def _int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def record_problem(r, lenient: bool = False) -> str | None:
    """Why ``r`` cannot be read as a claim record (None when it can). ``lenient``: a gold record
    or another tool's prediction needs only doc, start and end; a speaker may then be an entity key."""
    if not isinstance(r, dict):
        return f"not a JSON object but {type(r).__name__}"
    if not isinstance(r.get("doc"), str):
        return "no document name (doc)"
    if not (_int(r.get("start")) and _int(r.get("end")) and 0 <= r["start"] <= r["end"]):
        return f"start and end must be whole numbers with 0 <= start <= end, got {r.get('start')!r}, {r.get('end')!r}"
    for key in ("kind", "resolution", "lang") if lenient else ("kind", "resolution", "lang", "text"):
        v = r.get(key)
        if not isinstance(v, str) and not (v is None and (lenient or key in ("resolution", "lang"))):
            return f"{key} must be a string, got {v!r}"[:200]
    sp = r.get("speaker")
    if sp is None or (lenient and isinstance(sp, str)):
        return None
    if not isinstance(sp, dict):
        return f"speaker must be an object or null, got {type(sp).__name__}"
    for key in ("id", "name", "type", "link"):
        if not isinstance(sp.get(key), (str, type(None))):
            return f"speaker.{key} must be a string or null"
    m = sp.get("mention")
    if not (m is None or isinstance(m, str) or (isinstance(m, dict) and isinstance(m.get("text"), str))):
        return "speaker.mention must be an object with a text"
    if not lenient and m is None:
        return "speaker.mention must be an object with a text"
    return None


def pair_records(xs: list[dict], ys: list[dict], empty: bool = False):
    """(exact, candidates): records of one document with the same span paired by position (empty
    spans too if ``empty``), and the (i, j) pairs of the rest whose spans overlap (each record sees
    at most CANDIDATES records of the other side starting inside its span). Linear in the number
    of records."""
    exact, used_x, used_y = [], set(), set()
    by_span = defaultdict(list)
    for j, b in enumerate(ys):
        if b["end"] > b["start"] or empty:
            by_span[(b["start"], b["end"])].append(j)
    groups = defaultdict(list)
    for i, a in enumerate(xs):
        if (a["start"], a["end"]) in by_span:
            groups[(a["start"], a["end"])].append(i)
    for key, is_ in groups.items():
        for i, j in zip(reversed(is_), reversed(by_span[key])):
            exact.append((i, j))
            used_x.add(i)
            used_y.add(j)
    rest_x = [i for i in range(len(xs)) if i not in used_x]
    rest_y = [j for j in range(len(ys)) if j not in used_y]
    cands = set()
    for outer, inner, flip in ((xs, ys, False), (ys, xs, True)):
        order = sorted(rest_y if not flip else rest_x, key=lambda k: inner[k]["start"])
        starts = [inner[k]["start"] for k in order]
        for i in (rest_x if not flip else rest_y):
            a = outer[i]
            lo = bisect_left(starts, a["start"])
            hi = bisect_left(starts, a["end"], lo)
            for k in order[lo:min(hi, lo + CANDIDATES)]:
                cands.add((k, i) if flip else (i, k))
    return exact, cands


def _speaker(r):
    sp = r.get("speaker")
    if not sp:
        return None
    link = f", {sp['link']}" if sp.get("link") else ""
    return f"{sp.get('name')} [{sp.get('id')}{link}]"


def _value(r, field):
    if field == "span":
        return f"{r['start']}-{r['end']}"
    if field == "speaker":
        return _speaker(r)
    return r.get(field)


def _overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def diff(old: list[dict], new: list[dict]) -> dict:
    by_old, by_new = defaultdict(list), defaultdict(list)
    for r in old:
        by_old[r["doc"]].append(r)
    for r in new:
        by_new[r["doc"]].append(r)
    added, removed, changed = [], [], []
    for doc in sorted(set(by_old) | set(by_new)):
        os_, ns = by_old.get(doc, []), by_new.get(doc, [])
        exact, pairs = pair_records(os_, ns, empty=True)
        cands = sorted(((_overlap(os_[i], ns[j]), -abs(os_[i]["start"] - ns[j]["start"]), i, j)
                        for i, j in pairs if _overlap(os_[i], ns[j]) > 0), reverse=True)
        used_o, used_n = set(), set()
        for i, j in exact + [(i, j) for _, _, i, j in cands]:
            if i in used_o or j in used_n:
                continue
            used_o.add(i)
            used_n.add(j)
            a, b = os_[i], ns[j]
            fields = {f: [_value(a, f), _value(b, f)] for f in FIELDS if _value(a, f) != _value(b, f)}
            if fields:
                changed.append({"doc": doc, "old": a, "new": b, "fields": fields})
        removed += [r for i, r in enumerate(os_) if i not in used_o]
        added += [r for j, r in enumerate(ns) if j not in used_n]
    key = lambda r: (r["doc"], r["start"], r["end"])  # noqa: E731
    return {"added": sorted(added, key=key), "removed": sorted(removed, key=key),
            "changed": sorted(changed, key=lambda c: key(c["new"])),
            "summary": {"added": len(added), "removed": len(removed), "changed": len(changed)}}


def _short(text: str, n: int = 70) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def format_text(d: dict, color: bool = False) -> str:
    paint = (lambda s, c: f"\x1b[{c}m{s}\x1b[0m") if color else (lambda s, c: s)
    rows = defaultdict(list)
    for r in d["removed"]:
        rows[r["doc"]].append((r["start"], paint(f"  - {r['start']}-{r['end']} [{r['kind']}] "
                                                 f"{_speaker(r) or '(no speaker)'}: “{_short(r['text'])}”", "31")))
    for r in d["added"]:
        rows[r["doc"]].append((r["start"], paint(f"  + {r['start']}-{r['end']} [{r['kind']}] "
                                                 f"{_speaker(r) or '(no speaker)'}: “{_short(r['text'])}”", "32")))
    for c in d["changed"]:
        n = c["new"]
        what = "; ".join(f"{f}: {a} → {b}" for f, (a, b) in c["fields"].items())
        rows[c["doc"]].append((n["start"], paint(f"  ~ {n['start']}-{n['end']} “{_short(n['text'], 50)}” {what}", "33")))
    out = []
    for doc in sorted(rows):
        out.append(paint(doc, "1"))
        out.extend(line for _, line in sorted(rows[doc], key=lambda t: t[0]))
    s = d["summary"]
    out.append(f"{s['added']} added, {s['removed']} removed, {s['changed']} changed")
    return "\n".join(out)

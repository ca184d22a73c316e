"""``claimx diff``: what changed between two extractions, record by record.

Records are paired within each document by overlapping spans (largest overlap first, one to one).
A pair whose span, kind, resolution or speaker differs is *changed*; a record with no partner is
*added* or *removed*.
"""
from __future__ import annotations

from collections import defaultdict

FIELDS = ("span", "kind", "resolution", "speaker")


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
        cands = sorted(((_overlap(a, b), -abs(a["start"] - b["start"]), i, j)
                        for i, a in enumerate(os_) for j, b in enumerate(ns) if _overlap(a, b) > 0),
                       reverse=True)
        used_o, used_n = set(), set()
        for _, _, i, j in cands:
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

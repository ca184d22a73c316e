"""Reports over extracted records: the speaker list of ``claimx speakers``."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path


def load_records(paths, registry_files=(), lenient: bool = False) -> tuple[list[dict], list]:
    """Records from JSONL files written by extract, or extracted on the fly from folders/files.
    ``lenient``: a record needs only doc, start and end (predictions of another tool)."""
    records, failed, to_extract = [], [], []
    for p in paths:
        if Path(p).is_file() and Path(p).suffix.lower() in (".jsonl", ".ndjson") and _is_extraction(p):
            records.extend(read_records(p, failed, lenient))
        else:
            to_extract.append(p)
    if to_extract:
        from claimx.api import extract_files, load_registry

        run = extract_files(to_extract, registry=load_registry(registry_files))
        records.extend(run)
        failed.extend(run.failed)
    return records, failed


def read_records(path, failed: list, lenient: bool = False):
    """The records of a JSON Lines file, one line at a time; a line that is not a claim record
    (bad UTF-8, not JSON, nested too deeply, wrong fields) goes to ``failed`` as (path, reason)."""
    from claimx.diff import record_problem
    from claimx.read import open_regular

    with open_regular(path) as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                failed.append((path, f"line {n}: invalid UTF-8"))
                continue
            except RecursionError:
                failed.append((path, f"line {n}: not JSON (nested too deeply)"))
                continue
            except ValueError as e:
                failed.append((path, f"line {n}: not JSON ({e})"))
                continue
            problem = record_problem(rec, lenient)
            if problem:
                failed.append((path, f"line {n}: not a claim record: {problem}"))
            else:
                yield rec


def _is_extraction(path) -> bool:
    """A JSONL file whose first record looks like claimx output (not an input corpus)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.strip():
                try:
                    rec = json.loads(line)
                except (ValueError, RecursionError):
                    return False
                return isinstance(rec, dict) and {"doc", "start", "end", "speaker"} <= set(rec)
    return True


def speakers(records: list[dict]) -> list[dict]:
    """One entry per speaker id: name, type, claim count, documents, and each surface form with
    its count, documents, the rule that linked it (speaker.link) and its best score. Sorted by claim count, then id."""
    acc: dict[str, dict] = {}
    for r in records:
        sp = r.get("speaker")
        if not sp or not sp.get("id"):
            continue
        name = "(unnamed sources)" if sp["id"] == "unnamed" else sp.get("name")
        e = acc.setdefault(sp["id"], {"id": sp["id"], "name": name, "type": sp.get("type"),
                                      "claims": 0, "documents": set(), "forms": {}})
        e["claims"] += 1
        e["documents"].add(r["doc"])
        if r.get("resolution") in ("pronoun", "nominal"):
            key, link = sp["mention"]["text"], r["resolution"]
        else:
            key, link = sp["mention"]["text"], sp.get("link") or "-"
        f = e["forms"].setdefault((key, link), {"form": key, "link": link, "score": None, "count": 0,
                                                "documents": set()})
        if sp.get("score") is not None and (f["score"] is None or sp["score"] > f["score"]):
            f["score"] = sp["score"]
        f["count"] += 1
        f["documents"].add(r["doc"])
    out = []
    for e in acc.values():
        forms = sorted(e["forms"].values(), key=lambda f: (-f["count"], f["form"], f["link"]))
        for f in forms:
            f["documents"] = sorted(f["documents"])
        out.append({"id": e["id"], "name": e["name"], "type": e["type"], "claims": e["claims"],
                    "documents": sorted(e["documents"]), "forms": forms})
    return sorted(out, key=lambda e: (-e["claims"], e["id"]))


def width(s: str) -> int:
    """Terminal columns of ``s`` (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - width(s))


def speakers_table(entries: list[dict]) -> str:
    lines = []
    for e in entries:
        docs = len(e["documents"])
        lines.append(f"{e['id']}  {e['name']}  ({e['type']}, {e['claims']} claim{'s' * (e['claims'] != 1)}, "
                     f"{docs} document{'s' * (docs != 1)})")
        fw = max((width(f["form"]) for f in e["forms"]), default=0)
        for f in e["forms"]:
            shown = ", ".join(f["documents"][:3]) + (f" +{len(f['documents']) - 3}" if len(f["documents"]) > 3 else "")
            rule = f["link"] + (f" {f['score']:g}" if f.get("score") is not None else "")
            lines.append(f"    {pad(f['form'], fw)}  {f['count']:>4}  {rule:<21} {shown}")
    return "\n".join(lines)

"""Cross-script name matching benchmark (make bench-names [NAMES=file.tsv]).

Each row of the TSV (columns: latin, chinese, count) is a Latin surname and its Chinese form. The
Chinese form is matched, with the same rule claimx uses for a registry link (score, margin), against
a gazetteer of 100 Latin surnames: once with the right one among 99 others drawn from the file
(top-1 is right when it is linked), once with the right one absent (any link is a false link).
Draws are seeded, so the figures are repeatable. The score is claimx.names.zh_latin_score (the
learned model of claimx/names_model.py, with the threshold and margin calibrated on training
pairs). Also printed (after the timed lookups): rank1, how often the right surname has the best
model score in its gazetteer (before threshold and margin: what the ranking alone gets right), its
misses by the right surname's rank (2nd to ``NEAR_RANK``th: a ranking problem; lower, or no score
at all: a model one, or a pair of the list that is no transliteration), and
how many false links go to a spelling variant of the right surname (rapidfuzz ratio of the Latin
keys at least ``VARIANT_RATIO``: Nowak for 诺瓦克 when Novak is absent), which no transliteration
score can tell from the right one; and the frontier: the best top-1 any threshold and margin would
reach on this list with at most 1% false links (the scores' ceiling at that rate, shown to tell a
ranking problem from a calibration one; the shipped threshold and margin never come from it).
Last line: top1=… false_links=… n=….
"""
from __future__ import annotations

import argparse
import random
import sys
import time

from claimx.names import norm
from claimx.speakers import Entry, Registry

VARIANT_RATIO = 70
NEAR_RANK = 5           # a right surname ranked 2nd to this is a ranking miss, lower a model one
FRONTIER = (0.01,)      # false-link rates at which the best top-1 of any threshold and margin is shown


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("tsv")
    ap.add_argument("--size", type=int, default=100, help="gazetteer size")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print up to N failures")
    ap.add_argument("--corpus", type=int, default=300,
                    help="also run N pairs through the whole pipeline as a corpus (0: not)")
    a = ap.parse_args(argv)
    from rapidfuzz.fuzz import ratio

    from claimx import names_model

    rows = [(lat, zh) for lat, zh in names_model.read_pairs(a.tsv) if lat and zh]
    t0 = time.perf_counter()

    m = names_model.model()
    from claimx.lang.base import data_dir

    size = len((data_dir() / names_model.MODEL).read_bytes())
    print(f"model {names_model.MODEL}: {size} bytes, loaded in {time.perf_counter() - t0:.2f}s, "
          f"{sum(map(len, m.joint.values()))} letter-group/syllable pairs, threshold {m.threshold:.2f}, "
          f"margin {m.margin:.2f}, held-out top1 {m.meta.get('held_out_top1')} at "
          f"{m.meta.get('held_out_false_links')} false links (lists of names sharing their endings: "
          f"{m.meta.get('held_out_shared_endings_top1')} at "
          f"{m.meta.get('held_out_shared_endings_false_links')})")
    latins = sorted({norm(l) for l, _ in rows})
    rng = random.Random(a.seed)
    top1 = false = variants = 0
    shown = 0
    draws = []
    t0 = time.perf_counter()
    for latin, zh in rows:
        others = [x for x in latins if x != norm(latin)]
        draw = rng.sample(others, min(a.size, len(others)))
        draws.append(draw)
        with_right = Registry([Entry(f"g{i}", n) for i, n in enumerate([latin] + draw[: a.size - 1])])
        e, tier = with_right.match([zh])
        if e is not None and e.id == "g0":
            top1 += 1
        elif shown < a.show:
            shown += 1
            print(f"miss  {zh} -> {e.name if e else None} (want {latin})", file=sys.stderr)
        without = Registry([Entry(f"g{i}", n) for i, n in enumerate(draw[: a.size])])
        e, _ = without.match([zh])
        if e is not None:
            false += 1
            variants += ratio(names_model.latin_key(e.name), names_model.latin_key(latin)) >= VARIANT_RATIO
            if shown < a.show:
                shown += 1
                print(f"false {zh} -> {e.name} (right answer {latin} absent)", file=sys.stderr)
    n = len(rows)
    dt = time.perf_counter() - t0
    print(f"{n} pairs, gazetteer {a.size}, {2 * n / dt:.0f} lookups/s")
    rank1 = near = far = unscored = 0
    trials = []
    for (latin, zh), draw in zip(rows, draws):
        scores = [names_model.score(zh, x) for x in [latin] + draw[: a.size - 1]]
        if scores[0] is None:
            unscored += 1
        else:
            above = sum(s is not None and s > scores[0] for s in scores[1:])
            rank1 += not above
            near += 0 < above < NEAR_RANK
            far += above >= NEAR_RANK
        trials.append((scores, [names_model.score(zh, x) for x in draw[: a.size]]))
    print(f"rank1={rank1 / n:.4f} (best score, before threshold and margin); false links to a spelling "
          f"variant of the absent right surname: {variants / n:.4f}")
    print(f"misses of rank1: right surname ranked 2-{NEAR_RANK}: {near / n:.4f}, lower: {far / n:.4f}, "
          f"unscored (cannot align, or its first letter shut out): {unscored / n:.4f}")
    for cap in FRONTIER:
        t, mg, right, wrong = names_model.calibrate(trials, cap)
        print(f"frontier: top1={right:.4f} at false_links={wrong:.4f} (threshold {t:.2f}, margin "
              f"{mg:.2f}: the best of any threshold and margin with at most {cap:.2%} false links "
              f"on this list; a ceiling of the scores, never used to set them)")
    if a.corpus:
        corpus_links(rows, a.corpus, a.seed)
    print(f"top1={top1 / n:.4f} false_links={false / n:.4f} n={n}")


GIVEN = ("Alex Boris Carla Dana Elif Farid Galina Hasan Irina Jamal Katya Lev Mira Nodir Olga Pavel "
         "Rustam Sabina Timur Umida Viktor Yulia Zarina Aziz Bella").split()


def corpus_links(rows, n: int, seed: int) -> None:
    """The same names through the whole pipeline, as a corpus: for ``n`` pairs, one English
    document with the Latin name (a given name added: 'Irina Abashidze said …') and one Chinese
    document with the Chinese form alone ('…表示，…'). Prints how many Chinese speakers get the id of
    their Latin person (the cross-document clustering: blocks, then the score), and how many the id
    of another one of the corpus."""
    import tempfile
    from pathlib import Path

    import claimx

    pairs = random.Random(seed).sample(rows, min(n, len(rows)))
    with tempfile.TemporaryDirectory() as tmp:
        for i, (latin, zh) in enumerate(pairs):
            Path(tmp, f"e{i:04d}.txt").write_text(f"{GIVEN[i % len(GIVEN)]} {latin.title()} said the talks "
                                                  "had been useful.\n", encoding="utf-8")
            Path(tmp, f"z{i:04d}.txt").write_text(f"{zh}表示，会谈是有益的。\n", encoding="utf-8")
        t0 = time.perf_counter()
        ids = {r["doc"]: r["speaker"]["id"] for r in claimx.extract_files([Path(tmp)]) if r["speaker"]}
        dt = time.perf_counter() - t0
    latin_ids = {doc[1:]: i for doc, i in ids.items() if doc.startswith("e")}
    others = set(latin_ids.values())
    zh_docs = [(doc, i) for doc, i in ids.items() if doc.startswith("z")]
    right = sum(i == latin_ids.get(doc[1:]) for doc, i in zh_docs)
    wrong = sum(i != latin_ids.get(doc[1:]) and i in others for doc, i in zh_docs)
    print(f"corpus: {len(pairs)} pairs as 2 documents each ({dt:.1f}s): {len(zh_docs)} Chinese speakers found, "
          f"{right} with their Latin person's id ({right / len(pairs):.4f}), {wrong} with another's")


if __name__ == "__main__":
    main()

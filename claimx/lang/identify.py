"""Which language a paragraph is written in, from a sample of its start: the script where it
decides (Han and kana, Cyrillic), else the function words of the supported Latin-script languages
(``data/<lang>/function_words.txt``), else a language identifier (py3langid). The segment stage
asks :func:`sample_language` and never names a language itself.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claimx.lang import DEFAULT, SUPPORTED
from claimx.lang.base import data_dir, read_lines

_LETTER = re.compile(r"[^\W\d_]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())   # _LETTER's complement
_NON_LETTERS = re.compile(r"[\W\d_]+")                 # deleted, they leave the letters to count
_NON_HAN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")
_MIN_LETTERS = 30          # shorter paragraphs take their neighbours' language
#: a character outside Latin (Basic to the combining diacritics) and General Punctuation: a sample
#: without one has no Han, kana or Cyrillic letter, and lower-cases character by character into
#: characters of the same kind (letter, apostrophe, other), but for İ (U+0130, two characters)
_BEYOND_LATIN = re.compile(r"[^\x00-\u036f\u2000-\u206f]")
#: a character outside ASCII that is a word character (a letter or digit of any script: é, ½, 中);
#: a sample without one has its letters in ASCII only (typographic quotes and dashes aside), and
#: lower-cases them into a-z (searched for by skipping the ASCII characters)
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f](?<=\w)")


def sample_language(sample: str) -> str | None:
    """The language code of a paragraph that starts with ``sample``; None when it is too short to
    tell (the paragraph then takes its neighbours' language)."""
    lang = script_language(sample)
    return _detect_latin(sample) if lang == "latin" else lang


def script_language(sample: str) -> str | None:
    """zh / ja / ru when the script decides, "latin" when function words or the identifier must,
    None when too short."""
    if sample.isascii() or _NON_ASCII_WORD.search(sample) is None:
        # most paragraphs: letters in ASCII only, counted by bytes.translate (the characters beyond
        # ASCII, ’ “ ” — …, are no letters)
        letters = len(sample.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
        han = kana = cyr = 0
    elif _BEYOND_LATIN.search(sample) is None:  # Latin letters and punctuation (’ “ ” —): no Han,
        letters = len(_NON_LETTERS.sub("", sample))         # kana or Cyrillic to count
        han = kana = cyr = 0
    else:
        han = len(_NON_HAN.sub("", sample))
        if han >= 4 and han * 2 >= len(sample) * 0.3:     # Han decides whatever the other counts
            kana = len(_KANA.findall(sample)) if _KANA.search(sample) else 0    # (letters <= len)
            return "ja" if kana > han * 0.2 else "zh"
        letters = len(_NON_LETTERS.sub("", sample))
        kana, cyr = len(_KANA.findall(sample)), len(_CYRILLIC.findall(sample))
    lat = letters - han - kana - cyr
    if han + kana >= 4 and (han + kana) * 2 >= letters * 0.3:
        return "ja" if kana > han * 0.2 else "zh"
    if cyr >= lat and cyr >= 8:
        return "ru"
    if lat >= _MIN_LETTERS:
        return "latin"
    return None


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")      # _WORDS on lower-cased ASCII text
_ASCII_LETTER_WORDS = re.compile(r"[a-z]+(?:['’][a-z]+)?")   # … on text whose letters are ASCII


@lru_cache(maxsize=1)
def _function_words() -> list[tuple[str, frozenset[str]]]:
    out = []
    for lang in SUPPORTED:
        words = frozenset(w.strip().lower() for w in read_lines(data_dir() / lang / "function_words.txt"))
        if words:
            out.append((lang, words))
    return out


def _words(sample: str) -> list[str]:
    """The words of ``sample`` in lower case: ``[w.lower() for w in _WORDS.findall(sample)]``,
    found on the lower-cased sample where that finds the same (ASCII; Latin and punctuation but İ)."""
    if sample.isascii():
        return _ASCII_WORDS.findall(sample.lower())
    if _NON_ASCII_WORD.search(sample) is None:      # letters in ASCII only, beside ’ “ ” — …
        return _ASCII_LETTER_WORDS.findall(sample.lower())
    if "\u0130" not in sample and _BEYOND_LATIN.search(sample) is None:
        return _WORDS.findall(sample.lower())
    return [w.lower() for w in _WORDS.findall(sample)]


def _by_function_words(sample: str) -> str | None:
    """The language whose function words (data/<lang>/function_words.txt) make up a clear share of
    the sample's words, or None when the count does not decide."""
    words = _words(sample)
    if len(words) < 6:
        return None
    scores = sorted(((sum(map(fw.__contains__, words)) / len(words), lang) for lang, fw in _function_words()),
                    reverse=True)
    if scores and scores[0][0] >= 0.2 and (len(scores) == 1 or scores[0][0] >= 2 * scores[1][0]):
        return scores[0][1]
    return None


#: Latin-script languages the identifier may name: kept as the paragraph's code, read with
#: English rules.
OTHER_LATIN = ("de", "es", "it", "pt", "nl")


@lru_cache(maxsize=1)
def identifier():
    """The language identifier asked when script and function words leave a Latin-script paragraph
    open: py3langid (langid.py's model over all its languages; deterministic, about 0.3 ms a call,
    some 40 times less than langdetect). Its model ships LZMA-compressed, and decompressing it
    costs 0.35–0.5 s of CPU per process: it is decompressed once into claimx's cache folder
    (:func:`_model_arrays`) and read from there, the same arrays, so the same answers. Call this
    before forking worker processes so they share it."""
    _import_numpy()
    from py3langid import langid

    arrays = _model_arrays()
    if arrays is None:                  # no cache folder to write: py3langid loads its own file
        langid.classify("load")
        return langid.classify
    ptc, pc, classes, nextmove, row, output = arrays
    return langid.LanguageIdentifier(ptc, pc, classes, nextmove, output, tk_row=row).classify


#: what sets the number of OpenBLAS threads (numpy's matrix library), in the order it reads them
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _import_numpy() -> None:
    """Import numpy (py3langid's scores are one small vector-matrix product per paragraph) with its
    OpenBLAS on one thread, unless numpy is loaded already or the user set a thread count. OpenBLAS
    otherwise starts a thread per core when it loads, each spinning for a while before it sleeps:
    about 0.1 s of CPU per process on two cores (6% of a PolNeAR dev run), more with more cores,
    for products too small to share out. The environment is as it was afterwards."""
    import os
    import sys

    if "numpy" in sys.modules or any(v in os.environ for v in _BLAS_THREADS):
        import numpy  # noqa: F401
        return
    os.environ[_BLAS_THREADS[0]] = "1"           # read once, when the library loads
    try:
        import numpy  # noqa: F401
    finally:
        os.environ.pop(_BLAS_THREADS[0], None)


_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _model_arrays():
    """The arrays of py3langid's model as its loader makes them (``py3langid.modelio.load_model``:
    an npz inside LZMA), mapped from an uncompressed copy in :func:`claimx.resources.cache_dir`: a
    folder of ``.npy`` files (written on first use, named after the model file's size and time,
    put in place atomically), read with ``mmap``, so a process pays for the pages it touches (a
    few MB of the 68) instead of reading and checking the whole model, and forked workers share
    them. None when no copy can be read or written."""
    import lzma
    import os
    import shutil
    import tempfile

    import numpy as np
    from py3langid import langid

    from claimx.resources import cache_dir

    src = langid.MODEL_DIR / langid.MODEL_FILE
    try:
        st = src.stat()
        folder = cache_dir()
        cached = folder / f"py3langid-{st.st_size}-{st.st_mtime_ns}.npy.d"
        if not (cached / "out_feat.npy").is_file():
            folder.mkdir(parents=True, exist_ok=True)
            tmp = tempfile.mkdtemp(prefix=".py3langid-", suffix=".tmp", dir=folder)
            try:
                npz = os.path.join(tmp, "model.npz")
                with open(npz, "wb") as out, lzma.open(src) as f:
                    shutil.copyfileobj(f, out, length=1 << 20)
                with np.load(npz, allow_pickle=False) as data:
                    for name in _MODEL_ARRAYS:      # out_feat last: its presence says the copy is whole
                        np.save(os.path.join(tmp, name + ".npy"), data[name], allow_pickle=False)
                os.unlink(npz)
                try:
                    os.rename(tmp, cached)
                except OSError:                     # another process put its copy there first
                    if not (cached / "out_feat.npy").is_file():
                        raise
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            _prune_model_copies(folder, keep=cached)
        else:
            try:
                os.utime(cached)                    # in use: the newest copies are the ones used last
            except OSError:
                pass
        arrays = {name: np.load(cached / (name + ".npy"), mmap_mode="r", allow_pickle=False)
                  for name in _MODEL_ARRAYS}

        def to_array(a):                    # what modelio._to_array makes: a stdlib array (here a
            code = {2: "H", 4: "I", 8: "L"}[a.dtype.itemsize]     # view of the mapped file, the
            return memoryview(a).cast("B").cast(code)             # same integers)

        return (np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"].tolist(),
                to_array(arrays["nextmove"]), to_array(arrays["nextmove_row"]),
                arrays["out_feat"].tolist())
    except Exception:                   # unwritable, damaged, another layout: py3langid's own loader
        return None


#: copies of py3langid's model kept in the cache folder (one per installed py3langid file: several
#: virtual environments may share the folder); the least recently used are removed when a new one
#: is written
MODEL_COPIES = 3


def _prune_model_copies(folder, keep) -> None:
    """Remove all but the ``MODEL_COPIES`` last used model copies (and copies in an older layout, a
    single ``.npz``), never ``keep``. A process still mapping a removed copy keeps its pages; one
    that finds its copy gone falls back to py3langid's own loader, with the same answers."""
    import shutil

    try:
        copies = sorted((p for p in folder.glob("py3langid-*") if p != keep),
                        key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    stale = [p for p in copies if p.suffix == ".npz"] + [p for p in copies if p.suffix != ".npz"][MODEL_COPIES - 1:]
    for p in stale:
        try:
            shutil.rmtree(p) if p.is_dir() else p.unlink()
        except OSError:
            pass


@lru_cache(maxsize=4096)
def _detect_latin(sample: str) -> str:
    quick = _by_function_words(sample)
    if quick:
        return quick
    code = identifier()(sample)[0]
    return code if code in SUPPORTED or code in OTHER_LATIN else DEFAULT


def name_language(name: str) -> str:
    """The language whose rules read a speaker's name form: Chinese for a name in Han characters,
    else the default language (Latin-script names keep the conventions of English)."""
    from claimx.names import is_han

    return "zh" if is_han(name) else DEFAULT

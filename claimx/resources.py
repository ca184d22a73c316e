"""Where the rule data lives: shipped in the package, with an optional overlay folder.

The data files (``data/`` in the source tree) are installed as the package ``claimx.data`` and
found through :mod:`importlib.resources`, whatever the install mode (wheel, sdist, editable) and
the working directory; run from a checkout without installing, the checkout's ``data/`` is used.

``CLAIMX_DATA=folder`` is an *overlay*: a file there (``folder/en/cues.tsv``) replaces the
shipped file of the same name, every other file comes from the package. A required file missing
from both is an error (:class:`DataError`), never an empty list.
"""
from __future__ import annotations

import fnmatch
import os
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path

#: Files the rules cannot work without: the top-level files, each language's cues and pronouns, the
#: default language's lists that other languages fall back to (``claimx.lang.base.SHARED_WITH_EN``),
#: and the tables of the name matchers. Other lists are optional per language: a language without
#: one has none of that kind (Russian has no function words: its script tells it apart).
REQUIRED = (
    "speakers.toml", "record.schema.json", "*/cues.tsv", "*/pronouns.tsv",
    "{default}/boilerplate.tsv", "{default}/function_words.txt", "{default}/{shared}",
    "zh/traditional.tsv", "zh/translit.tsv", "zh/translit_chars.txt", "ru/romanize.tsv",
    "names/zh_latin_model.tsv.gz", "names/scorer_honorifics.txt",
)


@lru_cache(maxsize=1)
def _required() -> tuple[str, ...]:
    from claimx.lang.base import DEFAULT_LANG, SHARED_WITH_EN

    out = []
    for pat in REQUIRED:
        names = sorted(SHARED_WITH_EN) if "{shared}" in pat else [""]
        out += [pat.format(default=DEFAULT_LANG, shared=n) for n in names]
    return tuple(out)


class DataError(Exception):
    """The rule data cannot be used: a required file is missing, or CLAIMX_DATA is no folder."""


@lru_cache(maxsize=1)
def shipped():
    """The installed data (a Traversable), or the checkout's ``data/`` folder."""
    try:
        root = _res.files("claimx.data")
        if root.joinpath("speakers.toml").is_file():
            return root
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[1] / "data"


def overlay() -> Path | None:
    """The ``CLAIMX_DATA`` folder, if set."""
    env = os.environ.get("CLAIMX_DATA")
    if not env:
        return None
    p = Path(env)
    if not p.is_dir():
        raise DataError(f"CLAIMX_DATA={env}: not a folder")
    return p


def required(parts: tuple[str, ...]) -> bool:
    name = "/".join(parts)
    return any(fnmatch.fnmatchcase(name, pat) for pat in _required())


class DataPath:
    """A path inside the rule data, such as ``root() / "zh" / "cues.tsv"``: it reads the overlay's
    file when ``CLAIMX_DATA`` has one, else the shipped file. Supports what the loaders use of
    :class:`pathlib.Path`: ``/``, ``name``, ``exists``, ``is_file``, ``is_dir``, ``iterdir``,
    ``read_text``, ``read_bytes`` and ``os.fspath``."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[str, ...] = ()):
        self.parts = parts

    def __truediv__(self, name) -> "DataPath":
        return DataPath(self.parts + tuple(p for p in str(name).split("/") if p))

    joinpath = __truediv__

    @property
    def name(self) -> str:
        return self.parts[-1] if self.parts else ""

    def _candidates(self):
        ov = overlay()
        if ov is not None:
            yield ov.joinpath(*self.parts)
        yield shipped().joinpath(*self.parts) if self.parts else shipped()

    def _found(self):
        for c in self._candidates():
            if c.is_file():
                return c
        return None

    def exists(self) -> bool:
        return self.is_file() or self.is_dir()

    def is_file(self) -> bool:
        return self._found() is not None

    def is_dir(self) -> bool:
        return any(c.is_dir() for c in self._candidates())

    def iterdir(self):
        names = set()
        for c in self._candidates():
            if c.is_dir():
                names.update(p.name for p in c.iterdir() if not p.name.startswith(("_", ".")))
        return (self / n for n in sorted(names))

    def locate(self):
        """The file that is read (overlay or shipped); DataError when neither has it."""
        found = self._found()
        if found is None:
            where = [str(c) for c in self._candidates()]
            raise DataError(f"rule data file {'/'.join(self.parts)} is missing (looked in "
                            f"{' and '.join(where)})")
        return found

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.locate().read_text(encoding=encoding)

    def read_bytes(self) -> bytes:
        return self.locate().read_bytes()

    def __fspath__(self) -> str:
        return os.fspath(self.locate())

    def __str__(self) -> str:
        found = self._found()
        return str(found) if found is not None else "/".join(("data",) + self.parts)

    def __repr__(self) -> str:
        return f"DataPath({'/'.join(self.parts)!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, DataPath) and other.parts == self.parts

    def __lt__(self, other: "DataPath") -> bool:
        return self.parts < other.parts

    def __hash__(self) -> int:
        return hash(self.parts)


def root() -> DataPath:
    return DataPath()


def path(name: str) -> DataPath:
    """``path("en/cues.tsv")``: one data file, overlay first."""
    return root() / name


def read_lines(p) -> list[str]:
    """Non-empty, non-comment lines of a UTF-8 data file. A missing optional list is empty; a
    missing required file (:data:`REQUIRED`) raises :class:`DataError`."""
    if isinstance(p, DataPath):
        if not p.is_file():
            if required(p.parts):
                p.locate()
            return []
        text = p.read_text(encoding="utf-8")
    else:
        p = Path(p)
        if not p.exists():
            return []
        text = p.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def check() -> None:
    """Raise :class:`DataError` when CLAIMX_DATA is no folder or a required file is missing."""
    from claimx.lang import SUPPORTED

    overlay()
    for pat in _required():
        for name in ([pat.replace("*", lang, 1) for lang in SUPPORTED] if pat.startswith("*/") else [pat]):
            path(name).locate()


def cache_dir() -> Path:
    """Where claimx keeps caches of its libraries' resources (jieba's dictionary, the language
    identifier's model): ``$CLAIMX_CACHE``, else the user's cache folder (``$XDG_CACHE_HOME/claimx``
    or ``~/.cache/claimx``) — never the checkout. A cache only speeds up loading; results never
    depend on it."""
    env = os.environ.get("CLAIMX_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimx"

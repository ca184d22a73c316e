"""claimx: who said what, with exact offsets, in multilingual news and policy texts.

    import claimx
    claimx.extract(text)                      # records of one document (list of dicts)
    claimx.extract_files(["corpus/"])         # records of files and folders (an iterator)
    claimx.Registry.load(["more.toml"])       # the speaker registry, with extra entries

The names are imported on first use, so ``import claimx`` (and ``claimx --help``) stays fast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
#: Version of the JSONL record format (see README, "Record format changelog").
FORMAT_VERSION = "1.1"

__all__ = ["extract", "extract_files", "Extraction", "Registry", "RegistryError", "DataError",
           "__version__", "FORMAT_VERSION"]

_LAZY = {
    "extract": "claimx.api", "extract_files": "claimx.api", "Extraction": "claimx.api",
    "Registry": "claimx.speakers", "RegistryError": "claimx.speakers", "DataError": "claimx.resources",
}

if TYPE_CHECKING:
    from claimx.api import Extraction, extract, extract_files
    from claimx.resources import DataError
    from claimx.speakers import Registry, RegistryError


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))

"""Stage 6 — write: JSON Lines, byte-identical for the same input, written atomically."""
from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
from contextlib import contextmanager


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def atomic_output(path: str | None):
    """Yield a text stream: stdout, or a temporary file beside ``path`` that replaces it only
    when the block finishes without an exception (an interrupted run leaves the old file)."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".claimx-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class Terminated(Exception):
    """Raised in the main process when SIGTERM arrives, so clean-up runs."""


def on_sigterm():
    def handler(signum, frame):
        raise Terminated()

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        pass

"""Stage 6 — write: JSON Lines, byte-identical for the same input, written atomically."""
from __future__ import annotations

import json
import os
import re
import signal
import stat
import sys
import tempfile
from contextlib import contextmanager


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


class OutputError(Exception):
    """The output cannot be written there; the message is "PATH: reason"."""


_TMP = re.compile(r"\.claimx-(\d+)-[^/]*\.tmp")


def check_output(path: str | None, inputs=()) -> None:
    """Refuse, before any work, an output that cannot be written or must not be replaced: a
    missing folder, a folder, a device, a FIFO or a symlink, one of the input files, a folder we
    cannot create a file in (read-only, full). Also removes our own stale temporary files there
    (left by a run killed with SIGKILL). Raises OutputError."""
    if path is None or path == "-":
        if sys.stdout is None:
            raise OutputError("standard output: closed")
        try:
            fd = sys.stdout.fileno()
        except (OSError, ValueError):              # an in-memory stream (tests, notebooks)
            return
        try:
            os.fstat(fd)
        except OSError:
            raise OutputError("standard output: closed") from None
        return
    if path == "":
        raise OutputError("'': empty output path")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"{path}: folder {folder} does not exist" if not os.path.exists(folder)
                          else f"{path}: {folder} is not a folder")
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputError(f"{path}: {(e.strerror or str(e)).lower()}") from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise OutputError(f"{path}: is a symbolic link; refusing to replace it (write to its target)")
        if stat.S_ISDIR(st.st_mode):
            raise OutputError(f"{path}: is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(f"{path}: not a regular file; refusing to replace it "
                              "(use standard output: -o - or no -o)")
        if _is_input(path, inputs):
            raise OutputError(f"{path}: is one of the input files; refusing to overwrite it")
    clean_stale(folder)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".claimx-{os.getpid()}-", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(tmp)
    except OSError as e:
        raise OutputError(f"{path}: cannot write in {folder}: {(e.strerror or str(e)).lower()}") from None


def _is_input(path: str, inputs) -> bool:
    """Is the existing file ``path`` one of the inputs: named, or an article inside an input folder
    (a file claimx wrote there is not read as input, so it may be replaced)?"""
    from claimx.read import TEXT_SUFFIXES, is_claimx_output

    real = os.path.realpath(path)
    for p in inputs:
        try:
            if os.path.isdir(p):
                inside = os.path.commonpath([os.path.realpath(p), real]) == os.path.realpath(p)
                rel = os.path.relpath(real, os.path.realpath(p))
                if inside and not any(part.startswith(".") for part in rel.split(os.sep)) \
                        and os.path.splitext(real)[1].lower() in TEXT_SUFFIXES and not is_claimx_output(real):
                    return True
            elif os.path.samefile(p, path):
                return True
        except (OSError, ValueError):
            continue
    return False


def clean_stale(folder: str) -> None:
    """Remove temporary files of ours whose process is gone (same user; named .claimx-PID-*.tmp)."""
    try:
        names = [n for n in os.listdir(folder) if n.startswith(".claimx-") and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        m = _TMP.fullmatch(name)
        if not m:
            continue
        full = os.path.join(folder, name)
        try:
            if os.lstat(full).st_uid != os.getuid() or _alive(int(m.group(1))):
                continue
            os.unlink(full)
        except OSError:
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _mode_for(path: str) -> int:
    """An existing file keeps its mode; a new one gets 0666 less the umask, like any tool's."""
    try:
        st = os.stat(path)
        if stat.S_ISREG(st.st_mode):
            return stat.S_IMODE(st.st_mode)
    except OSError:
        pass
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_output(path: str | None):
    """Yield a text stream: stdout, or a temporary file beside ``path`` that replaces it only
    when the block finishes without an exception (an interrupted or failed run leaves the old
    file)."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".claimx-{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fchmod(f.fileno(), _mode_for(path))
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class Terminated(BaseException):
    """Raised in the main process when SIGTERM arrives, so clean-up runs (a BaseException: the
    per-file ``except Exception`` must not take it for a failure of the file in hand)."""


def on_sigterm():
    def handler(signum, frame):
        raise Terminated()

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        pass

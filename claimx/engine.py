"""Where the per-document stage runs: in this process, in worker processes, or on a Dask cluster.

Every engine takes the list of sources and yields one :class:`~claimx.pipeline.FileResult` per
source, **in input order**, holding at most a bounded window of results, so the run streams and
its output does not depend on the engine. The speaker pass stays with the caller (the driver).
"""
from __future__ import annotations

import sys
from collections import deque

_REGISTRIES: dict = {}


def registry_for(files: tuple):
    """The registry for ``files``, loaded once per process (workers keep it between tasks)."""
    if files not in _REGISTRIES:
        from claimx.speakers import Registry

        _REGISTRIES[files] = Registry.load(files)
    return _REGISTRIES[files]


def portable(registry):
    """What to send a worker for ``registry``: the tuple of files it was loaded from when
    :func:`registry_for` made it (the worker loads it once), else the registry itself."""
    for files, reg in _REGISTRIES.items():
        if reg is registry:
            return files
    return registry


def process_file(src, registry, debug: bool = False):
    """The per-file task: read, segment, quotes, attribute, local speakers. A failure becomes a
    reason on the result, never an exception (unless ``debug``). ``registry`` is a Registry or the
    tuple of registry files (see :func:`portable`)."""
    from claimx.pipeline import FileResult, extract_file

    try:
        return extract_file(src, registry_for(registry) if isinstance(registry, tuple) else registry,
                            packed=True)
    except Exception as e:  # a bug on one file must not end the run
        if debug:
            raise
        return FileResult(src.doc, error=f"internal error: {type(e).__name__}: {e}")


_WORKER_REGISTRY = None


def _pool_init(registry):
    import signal

    global _WORKER_REGISTRY
    _WORKER_REGISTRY = registry
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler: terminate must kill


def _pool_task(args):
    src, debug = args
    return process_file(src, _WORKER_REGISTRY, debug)


def serial(sources, registry, debug):
    for src in sources:
        yield process_file(src, registry, debug)


#: The message for a file whose worker process died (SIGKILL from the OOM killer, a crash).
WORKER_DIED = "worker process died while reading this file (killed, perhaps out of memory)"


def processes(sources, registry, debug, jobs, window: int = 0):
    """Run the per-file task in ``jobs`` worker processes, a window of tasks ahead of the one being
    collected, results in input order. A worker that dies (SIGKILL, out of memory) breaks the pool:
    the files in flight are then run again one at a time in a fresh pool, so the file that kills
    its worker is found, reported as failed, and the run goes on; nothing hangs."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("spawn" if sys.platform == "darwin" else "fork")
    window = window or 4 * jobs

    def pool(n):
        return ProcessPoolExecutor(n, mp_context=ctx, initializer=_pool_init, initargs=(registry,))

    def solo(src):
        """One file alone in a fresh one-worker pool: its result, or the worker died on it."""
        from claimx.pipeline import FileResult

        ex = pool(1)
        try:
            return ex.submit(_pool_task, (src, debug)).result()
        except BrokenProcessPool:
            return FileResult(src.doc, error=WORKER_DIED)
        finally:
            ex.shutdown(wait=True, cancel_futures=True)

    ex = pool(jobs)
    pending: deque = deque()                      # (source, future or None if never submitted)
    it = iter(sources)
    finished = False
    try:
        while True:
            broken = False
            while len(pending) < window and not broken:
                src = next(it, None)
                if src is None:
                    break
                try:
                    pending.append((src, ex.submit(_pool_task, (src, debug))))
                except BrokenProcessPool:
                    pending.append((src, None))
                    broken = True
            if not pending:
                finished = True
                break
            if not broken:
                src, fut = pending[0]
                try:
                    res = fut.result()
                    pending.popleft()
                    yield res
                    continue
                except BrokenProcessPool:
                    pass
            # the pool is broken: finished results stand, the rest run again one at a time
            ex.shutdown(wait=True, cancel_futures=True)
            retry = list(pending)
            sys.stderr.write(f"claimx: a worker process died; reading the {len(retry)} file(s) it may "
                             "have held again, one at a time\n")
            pending.clear()
            for s, f in retry:
                done = f is not None and f.done() and not f.cancelled() and f.exception() is None
                yield f.result() if done else solo(s)
            ex = pool(jobs)
    finally:
        if not finished:                          # interrupted or closed early: stop the workers
            for proc in list((getattr(ex, "_processes", None) or {}).values()):
                proc.terminate()
        ex.shutdown(wait=finished, cancel_futures=True)


def dask(sources, registry, debug, address: str, window: int = 0):
    """Run the per-file task on Dask (``address`` of a scheduler, or "local" for a LocalCluster on
    this machine). Tasks are submitted a window ahead of the one being collected, so neither the
    driver nor the cluster holds more than the window's results."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("claimx: --dask needs the optional extra: pip install 'claimx[dask]'") from None
    import os

    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        if not isinstance(registry, tuple):
            registry = client.scatter(registry, broadcast=True)   # sent once, not with every task
        window = window or 8 * workers
        pending: deque = deque()
        it = iter(sources)
        for src in it:
            pending.append(client.submit(process_file, src, registry, debug, pure=False))
            if len(pending) >= window:
                break
        while pending:
            fut = pending.popleft()
            res = fut.result()
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(client.submit(process_file, nxt, registry, debug, pure=False))
            yield res
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

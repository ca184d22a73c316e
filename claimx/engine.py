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


def process_file(src, registry, debug: bool = False, spill: bool = True):
    """The per-file task: read, segment, quotes, attribute, local speakers. A failure becomes a
    reason on the result, never an exception (unless ``debug``). ``registry`` is a Registry or the
    tuple of registry files (see :func:`portable`). With ``spill`` (on this machine), a large
    file's documents wait in a temporary file (see :func:`claimx.pipeline.extract_file`)."""
    from claimx.pipeline import FileResult, extract_file

    try:
        return extract_file(src, registry_for(registry) if isinstance(registry, tuple) else registry,
                            spill=spill)
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


#: The message for a file whose worker process died twice on it (OOM killer, kill -9, a crash).
WORKER_DIED = "worker process died while reading this file (killed, perhaps out of memory)"


def _worker_loop(conn, registry, debug, reading=None):
    """A worker: tasks over its own pipe, done in the order they came, each result sent back as
    soon as it is ready by a thread of its own, so the worker goes on to its next file while a
    parent busy elsewhere has not read the last result yet. It holds no shared lock, and
    ``reading`` (a shared integer) says which task it is on, so when it dies the parent knows
    exactly which file it had."""
    import threading
    from multiprocessing.reduction import ForkingPickler
    from queue import SimpleQueue

    _pool_init(registry)
    outbox: SimpleQueue = SimpleQueue()

    def sender():                       # results go out in order while the next file is read: a
        while True:                     # parent busy elsewhere does not hold the worker up
            data = outbox.get()
            if data is None:
                return
            try:
                conn.send_bytes(data)
            except OSError:             # the parent is gone
                return

    thread = threading.Thread(target=sender, daemon=True)
    thread.start()
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return
            if task is None:
                return
            i, src = task
            if reading is not None:
                reading.value = i
            outbox.put(ForkingPickler.dumps((i, _pool_task((src, debug)))))
    finally:
        outbox.put(None)
        thread.join()


#: Tasks handed to a worker before its earlier ones come back: the next file waits in the pipe,
#: so a worker goes straight on to it instead of idling while the parent collects the result.
IN_FLIGHT = 2


def processes(sources, registry, debug, jobs, window: int = 0):
    """Run the per-file task in ``jobs`` worker processes, a window of tasks ahead of the one being
    collected, results in input order. Each worker has its own pipe and up to :data:`IN_FLIGHT`
    tasks, done in order, and the parent waits on the pipes and the process sentinels together: a
    worker that dies (SIGKILL, the OOM killer) is seen at once, the file it was reading is read
    again in a new worker (the files queued behind it too, without blame), and a file that kills
    its worker twice fails alone with :data:`WORKER_DIED`. Nothing hangs; signals reach the
    parent."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    from claimx.pipeline import FileResult

    ctx = mp.get_context("spawn" if sys.platform == "darwin" else "fork")
    if ctx.get_start_method() == "fork":
        from claimx.lang.identify import identifier

        identifier()        # its model loaded once, here: forked workers share it instead of each loading it
    sources = list(sources)
    window = window or 8 * jobs
    workers: dict = {}              # parent end of the pipe -> [process, deque of tasks, task being read]
    tries: dict[int, int] = {}
    again: deque = deque()                        # tasks to run again after a worker died
    done: dict = {}                               # task -> result, until its turn comes
    nxt = out = 0                                 # next task to hand out, next result to yield

    def start():
        parent, child = ctx.Pipe()
        reading = ctx.RawValue("q", -1)
        proc = ctx.Process(target=_worker_loop, args=(child, registry, debug, reading), daemon=True)
        proc.start()
        child.close()
        workers[parent] = [proc, deque(), reading]

    def died(conn):
        proc, tasks, reading = workers.pop(conn)
        conn.close()
        proc.join(1)
        if tasks:                                 # the one it was reading (its results before it
            task = reading.value if reading.value in tasks else tasks[0]    # may be lost unsent)
            tasks.remove(task)
            tries[task] = tries.get(task, 0) + 1
            src = sources[task]
            if tries[task] >= 2:
                done[task] = FileResult(src.doc, error=WORKER_DIED)
            else:
                sys.stderr.write(f"claimx: {src.path}: worker process died (exit status "
                                 f"{proc.exitcode}); reading the file again\n")
                tasks.append(task)
            again.extendleft(sorted(tasks, reverse=True))   # before the other retries: input order
        start()

    def hand_out(conn, tasks):
        nonlocal nxt
        while len(tasks) < IN_FLIGHT:
            if again:
                if tasks:                         # a file read again goes alone to its worker
                    return
                task = again.popleft()
            elif nxt < len(sources) and nxt < out + window:
                task, nxt = nxt, nxt + 1
            else:
                return
            tasks.append(task)
            try:
                conn.send((task, sources[task]))
            except OSError:                       # the worker is gone: its sentinel says so next
                return
            if tries.get(task):
                return

    for _ in range(max(1, min(jobs, len(sources)))):
        start()
    try:
        while out < len(sources):
            for conn, (_, tasks, _) in list(workers.items()):
                hand_out(conn, tasks)             # before the results are used: the workers go on
            while out in done:
                yield done.pop(out)
                out += 1
            if out >= len(sources):
                break
            for conn, (_, tasks, _) in list(workers.items()):
                hand_out(conn, tasks)
            by_sentinel = {w[0].sentinel: conn for conn, w in workers.items()}
            for ready in wait(list(workers) + list(by_sentinel)):
                conn = by_sentinel.get(ready, ready)
                if conn not in workers:
                    continue
                tasks = workers[conn][1]
                try:
                    while conn.poll():            # a result sent before the worker died counts
                        i, res = conn.recv()
                        done[i] = res
                        tasks.remove(i)
                except (EOFError, OSError):
                    pass
                if not workers[conn][0].is_alive():
                    died(conn)
    finally:
        from claimx.pipeline import drop_spill

        for res in done.values():                 # results that will not be collected
            drop_spill(res)
        for conn, (proc, _, _) in workers.items():
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
            if out < len(sources):                # interrupted or closed early: stop the work
                proc.terminate()
        for conn, (proc, _, _) in workers.items():
            proc.join(5)
            if proc.is_alive():
                proc.kill()
            conn.close()


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
            pending.append(client.submit(process_file, src, registry, debug, False, pure=False))
            if len(pending) >= window:
                break
        while pending:
            fut = pending.popleft()
            res = fut.result()
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(client.submit(process_file, nxt, registry, debug, False, pure=False))
            yield res
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

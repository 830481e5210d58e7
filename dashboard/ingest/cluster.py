"""Ingest on a Dask distributed cluster, for corpora one machine extracts too slowly.

The client (this process) lists the files, skips those already stored (as ``ingest_dir`` does),
reads each file and sends its bytes to the workers, so workers need the project installed but not
the files. Workers return articles and facts; only the client writes to the SQLite store, a batch
per transaction. A few chunks per worker are in flight at a time, so memory stays flat however
large the corpus. A worker that dies loses nothing: the scheduler runs its chunks again elsewhere,
and each chunk's result is stored once, when it arrives. A run that is stopped resumes where its
last batch was written.

What can go wrong with the cluster is a ``ClusterError`` in one line: an address that is not one
(checked before anything else is done), a scheduler that cannot be reached or does not answer within
Dask's connect timeout (``distributed.comm.timeouts.connect``; nothing is stored then), and a scheduler
lost mid-run (the batches already written stay; running again finishes the rest). The client reads
each file with the same checks as local ingest (type and size before reading: a FIFO or a huge file
named ``.html`` is refused, not read).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import cache
from pathlib import Path

import dask.config
from dask.utils import parse_timedelta
from distributed import Client, LocalCluster, as_completed
from distributed.client import FutureCancelledError
from distributed.comm import connect as comm_connect
from distributed.comm.addressing import parse_address, parse_host_port
from distributed.scheduler import KilledWorker
from distributed.security import Security

from dashboard.errors import ClusterError, DashboardError
from dashboard.ingest.local import Extracted, IngestSummary, Progress, checked_facts, plan, store_results
from dashboard.places import gazetteer as gazetteers
from dashboard.places.gazetteer import Gazetteer
from dashboard.sources import article as articles
from dashboard.sources import webpage
from dashboard.store.articles import Store

LOCAL = "local"
CHUNK = 25  # articles per task: big enough that scheduling costs little, small enough to spread evenly
IN_FLIGHT_PER_WORKER = 3
# Dask's ways of reaching a scheduler from another process (``inproc`` is within one process only).
SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")
EXAMPLE = "tcp://10.0.0.5:8786"


def checked_address(scheduler: str) -> str:
    """``scheduler`` as Dask reads it (``local`` or ``SCHEME://HOST:PORT``); a ClusterError that says
    what is wrong with it otherwise. Nothing is reached: this only reads the address."""
    address = scheduler.strip()
    if not address:
        raise ClusterError(f"--scheduler needs the scheduler's address (such as {EXAMPLE}) or 'local'")
    if address == LOCAL:
        return address
    problem = f"{address!r} is not a Dask scheduler address (such as {EXAMPLE}, or 'local')"
    try:
        scheme, location = parse_address(address, strict=True)
        host, port = parse_host_port(location) if scheme != "ucx" else (location, 1)
    except ValueError:
        raise ClusterError(problem) from None
    if scheme not in SCHEMES or not host or not isinstance(port, int) or not 0 < port < 65536:
        raise ClusterError(problem)
    return address


def connect_timeout() -> float:
    """Seconds to wait for a scheduler to answer: Dask's own setting (30 s unless configured)."""
    return float(parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="seconds"))


def _answers(address: str, seconds: float) -> None:
    """Connect to the scheduler and read its greeting within ``seconds``. Dask's client waits for the
    greeting without a limit, so an address that accepts and never answers held a run for ever."""

    async def greet() -> None:
        args = Security().get_connection_args("client")
        comm = await asyncio.wait_for(comm_connect(address, timeout=seconds, **args), seconds)
        await comm.close()

    try:
        asyncio.run(greet())
    except TimeoutError as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: no answer within {seconds:g} s") from err
    except OSError as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {err}") from err


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask's own log lines about a lost scheduler stay out of the terminal: the ClusterError says it
    in one line. Dask's logging configuration gives some of its loggers levels of their own
    (``distributed.client``), so each one is quietened, not only their parent."""
    names = ["distributed"] + [n for n in logging.root.manager.loggerDict if n.startswith("distributed.")]
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


@contextmanager
def connect(scheduler: str, *, workers: int) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new ``LocalCluster`` of ``workers``
    single-threaded processes when it is ``"local"``."""
    scheduler = checked_address(scheduler)
    try:
        if scheduler == LOCAL:
            with (
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                ) as cluster,
                Client(cluster) as client,
            ):
                yield client
        else:
            seconds = connect_timeout()
            with _quiet_dask():
                _answers(scheduler, seconds)
                with Client(scheduler, timeout=seconds) as client:
                    yield client
    except (OSError, TimeoutError) as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err


class OnDemand:
    """A client of ``connect``, connected when first asked for and kept for the rest of the run: a run
    with nothing new to extract never starts a cluster or reaches the scheduler."""

    def __init__(self, scheduler: str, *, workers: int) -> None:
        # A bad address is refused at once, even by a run that would have nothing to extract.
        self._scheduler, self._workers = checked_address(scheduler), workers
        self._stack = ExitStack()
        self._client: Client | None = None

    def __call__(self) -> Client:
        if self._client is None:
            self._client = self._stack.enter_context(connect(self._scheduler, workers=self._workers))
        return self._client

    def __enter__(self) -> OnDemand:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


def ingest_dir(
    directory: Path,
    *,
    store: Store,
    client: Client | Callable[[], Client],
    batch: int = 200,
    chunk: int = CHUNK,
    progress: Progress = lambda items, total: items,
) -> IngestSummary:
    """Every ``*.txt`` below ``directory`` into the store, extracted on the cluster of ``client`` (or of
    the client it gives when called, asked for only when there is something to extract)."""
    todo, summary = plan(directory, store)
    if not todo:
        return summary
    # Workers of a local cluster share this machine's index: built here once, not by each of them.
    gazetteers.ensure_index()
    active = client if isinstance(client, Client) else client()
    return store_results(
        _results(active, todo, chunk), store=store, summary=summary, total=len(todo), batch=batch, progress=progress
    )


def _results(client: Client, paths: list[Path], chunk: int) -> Iterator[Extracted]:
    chunks = iter([paths[i : i + chunk] for i in range(0, len(paths), chunk)])
    window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
    running = as_completed()
    sent: dict[object, list[Path]] = {}  # by the future's key
    unreadable: list[Extracted] = []

    def submit_next() -> None:
        for part in chunks:
            payload = []
            for path in part:
                try:
                    # Type and size checked before reading, as local ingest does.
                    payload.append((str(path), articles.read_file(path)))
                except DashboardError as err:
                    unreadable.append((str(path), None, [], (), str(err)))
            if payload:
                future = client.submit(extract_payloads, payload, pure=False)
                sent[future.key] = part
                running.add(future)
                return

    for _ in range(window):
        submit_next()
    for future in running:
        try:
            yield from future.result()
        except KilledWorker as err:
            # Every worker it was given died on it (distributed's allowed-failures): report, do not hang.
            yield from (
                (str(p), None, [], (), f"the cluster's workers died extracting it ({err})") for p in sent[future.key]
            )
        except (OSError, TimeoutError, FutureCancelledError) as err:
            raise ClusterError(
                f"lost the Dask scheduler ({getattr(err, 'reason', err)}); the articles stored before it "
                f"was lost are kept, and running the same command again adds the rest"
            ) from err
        del sent[future.key]
        future.release()
        submit_next()
        yield from unreadable
        unreadable.clear()
    yield from unreadable


@cache
def _gazetteer() -> Gazetteer:
    """One per worker process, loaded by its first task."""
    return gazetteers.load()


def extract_payloads(payload: Sequence[tuple[str, bytes]]) -> list[Extracted]:
    """On a worker: each file's bytes to its article, facts and notes, or the reason they cannot be read."""
    results: list[Extracted] = []
    for name, data in payload:
        try:
            # As webpage.load reads a file: a saved page by its markup, anything else as text.
            art = (
                webpage.from_html(data, name=name)
                if webpage.looks_like_html(data, Path(name).name)
                else articles.from_bytes(data, name=name)
            )
            facts, notes = checked_facts(art, _gazetteer(), name=articles.display_name(name))
            results.append((name, art, facts, notes, ""))
        except DashboardError as err:
            results.append((name, None, [], (), str(err)))
    return results

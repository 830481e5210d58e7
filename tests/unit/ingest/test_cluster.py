"""Ingest on a real Dask LocalCluster of worker processes (2 workers, 1 thread each): the same
facts as the one-machine ingest, nothing lost or doubled when a worker is killed mid-run,
idempotent, and reachable from the command line by address or as ``--scheduler local``."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from benchmarks.realtext import write  # noqa: E402
from dashboard.errors import ClusterError  # noqa: E402
from dashboard.ingest import cluster  # noqa: E402
from dashboard.ingest.local import ingest_dir  # noqa: E402
from dashboard.store.articles import Store  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = tmp_path_factory.mktemp("real")
    write(120, directory)
    (directory / "broken.txt").write_bytes(b"%PDF-1.4" + bytes(40))
    return directory


@pytest.fixture(scope="module")
def expected(corpus, tmp_path_factory):
    """The facts the one-machine ingest stores, as (article, fact) pairs."""
    store = Store(tmp_path_factory.mktemp("plain") / "s.sqlite")
    ingest_dir(corpus, store=store, workers=1)
    return fact_pairs(store)


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def fact_pairs(store: Store) -> list[tuple[str, str]]:
    return sorted(store._db.execute("SELECT article_id, fact_id FROM facts").fetchall())


def test_the_cluster_stores_the_same_facts_as_one_machine_and_reports_failures(corpus, expected, client, tmp_path):
    store = Store(tmp_path / "s.sqlite")
    summary = cluster.ingest_dir(corpus, store=store, client=client, chunk=7)
    assert (summary.articles, summary.facts, summary.already) == (120, len(expected), 0)
    assert [path for path, _ in summary.failures] == [str(corpus / "broken.txt")]
    assert fact_pairs(store) == expected
    # Nothing new: the cluster is not even asked for.
    again = cluster.ingest_dir(corpus, store=store, client=lambda: pytest.fail("connected with nothing to do"))
    assert (again.articles, again.facts, again.already) == (0, 0, 120)
    assert fact_pairs(store) == expected and store.integrity() == "ok"


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(corpus, expected, client, tmp_path):
    before = client.run(os.getpid)
    killed: list[int] = []

    def kill_after_first_result(items, total):
        for item in items:
            if not killed:
                # Kill a worker that holds chunks not yet returned (running, or done and waiting to be
                # collected), so they must be run again elsewhere. A fast parser may have finished
                # every chunk sent so far by now: their results still sit on the workers.
                running, held = client.processing(), client.has_what()
                busy = [address for address in running if running[address] or held.get(address)]
                assert busy, "no worker held a chunk after the first result"
                os.kill(before[busy[0]], signal.SIGKILL)
                killed.append(before[busy[0]])
            yield item

    store = Store(tmp_path / "s.sqlite")
    summary = cluster.ingest_dir(
        corpus, store=store, client=client, chunk=3, batch=10, progress=kill_after_first_result
    )
    assert killed
    assert summary.articles == 120 and summary.facts == len(expected) and len(summary.failures) == 1
    assert fact_pairs(store) == expected and store.integrity() == "ok"
    # The nanny replaced the killed process: the cluster really lost a worker during the run.
    client.wait_for_workers(2, timeout=120)
    assert killed[0] not in client.run(os.getpid).values()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, **(env or {})},
    )


def test_the_command_line_ingests_on_an_existing_scheduler(corpus, expected, client, tmp_path):
    result = run_cli(str(corpus), "--store", str(tmp_path / "s.sqlite"), "--scheduler", client.scheduler.address)
    assert result.returncode == 2 and "broken.txt" in result.stderr  # the unreadable file, named
    assert "120 article(s) added" in result.stderr
    assert fact_pairs(Store(tmp_path / "s.sqlite")) == expected


def test_the_command_line_starts_a_local_cluster(corpus, expected, tmp_path):
    result = run_cli(str(corpus), "--store", str(tmp_path / "s.sqlite"), "--scheduler", "local", "--workers", "2")
    assert "120 article(s) added" in result.stderr, result.stderr
    assert fact_pairs(Store(tmp_path / "s.sqlite")) == expected


def test_an_unreachable_scheduler_is_one_line_and_exit_2(corpus, tmp_path):
    with socket_bound_but_not_listening() as address:
        result = run_cli(
            str(corpus),
            "--store",
            str(tmp_path / "s.sqlite"),
            "--scheduler",
            address,
            env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
        )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error: cannot reach the Dask scheduler at ")


def test_a_run_with_nothing_new_does_not_reach_the_scheduler(corpus, tmp_path):
    store = str(tmp_path / "s.sqlite")
    run_cli(str(corpus), "--store", store, "--workers", "1")
    with socket_bound_but_not_listening() as address:
        again = run_cli(str(corpus), "--store", store, "--scheduler", address)
    assert "0 article(s) added" in again.stderr and "cannot reach" not in again.stderr, again.stderr


class socket_bound_but_not_listening:
    """A 127.0.0.1 port that refuses connections for as long as it is held."""

    def __enter__(self) -> str:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{self.sock.getsockname()[1]}"

    def __exit__(self, *exc) -> None:
        self.sock.close()


@pytest.mark.parametrize(
    "address",
    [
        "",
        "   ",
        "10.0.0.5:8786",
        "tcp://",
        "tcp://host",
        "tcp://host:port",
        "tcp://host:0",
        "tcp://host:70000",
        "ftp://host:8786",
        "inproc://x",
        "tcp://:8786",
        "local host",
    ],
)
def test_a_malformed_or_empty_scheduler_address_is_refused_before_anything_is_done(address):
    with pytest.raises(ClusterError, match="scheduler"):
        cluster.checked_address(address)


@pytest.mark.parametrize(
    "address", ["tcp://10.0.0.5:8786", "tls://scheduler.example:8786", "tcp://[::1]:8786", "local"]
)
def test_well_formed_scheduler_addresses_pass_the_check(address):
    assert cluster.checked_address(f" {address} ") == address


@pytest.mark.parametrize("address", ["", "tcp://host", "host:8786"])
def test_the_command_line_names_a_bad_scheduler_address_in_one_line(corpus, tmp_path, address):
    target = tmp_path / "s.sqlite"
    result = run_cli(str(corpus), "--store", str(target), "--scheduler", address)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [result.stderr.splitlines()[0]]
    assert result.stderr.startswith("error: ") and "scheduler" in result.stderr
    assert not target.exists() or Store(target).ids() == set()


def test_a_scheduler_that_accepts_and_never_answers_is_given_up_at_the_connect_deadline(corpus, tmp_path):
    target = tmp_path / "s.sqlite"
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # the kernel accepts connections; nothing ever answers them
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        result = run_cli(
            str(corpus),
            "--store",
            str(target),
            "--scheduler",
            address,
            env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
        )
    assert time.monotonic() - started < 60
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: cannot reach the Dask scheduler at {address}: no answer within 2 s"
    )
    assert Store(target).ids() == set()  # nothing half done


def started(command: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(command, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def test_a_scheduler_lost_mid_run_is_one_line_and_a_rerun_finishes_the_work(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(1000, corpus)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    scheduler = started(
        [
            sys.executable,
            "-m",
            "distributed.cli.dask_scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-dashboard",
        ],
        tmp_path / "scheduler.log",
    )
    worker = None
    try:
        worker = started(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard"],
            tmp_path / "worker.log",
        )
        target = tmp_path / "s.sqlite"
        env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"}
        ingest = subprocess.Popen(
            [sys.executable, "-m", "dashboard", "ingest", str(corpus), "--store", str(target), "--scheduler", address],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        # Lose the scheduler once the first batch of articles is in the store.
        deadline = time.monotonic() + 120
        while ingest.poll() is None and time.monotonic() < deadline:
            if target.exists() and Store(target).ids():
                break
            time.sleep(0.2)
        scheduler.kill()
        _, stderr = ingest.communicate(timeout=120)
    finally:
        for process in (scheduler, worker):
            if process is not None:
                process.kill()
                process.wait()
    assert ingest.returncode == 2 and "Traceback" not in stderr, stderr
    assert stderr.strip().splitlines()[-1].startswith("error: lost the Dask scheduler")
    kept = Store(target).ids()
    assert 0 < len(kept) < 1000
    # Nothing lost: the rerun adds the rest and every article is stored once.
    again = run_cli(str(corpus), "--store", str(target), "--workers", "2")
    assert again.returncode == 0, again.stderr
    assert f"{1000 - len(kept)} article(s) added" in again.stderr
    assert len(Store(target).ids()) == 1000


def test_the_cluster_refuses_a_fifo_and_a_huge_page_without_reading_them(client, tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    write(3, folder)
    os.mkfifo(folder / "pipe.html")  # no writer: reading it would block for ever
    with (folder / "huge.html").open("wb") as huge:
        huge.truncate(300 * 1024 * 1024)  # sparse: 300 MB that read whole would take 300 MB
    store = Store(tmp_path / "s.sqlite")
    summary = cluster.ingest_dir(folder, store=store, client=client)
    reasons = dict(summary.failures)
    assert summary.articles == 3 and set(reasons) == {str(folder / "pipe.html"), str(folder / "huge.html")}
    assert "a named pipe (FIFO)" in reasons[str(folder / "pipe.html")]
    assert "too large (314,572,800 bytes" in reasons[str(folder / "huge.html")]

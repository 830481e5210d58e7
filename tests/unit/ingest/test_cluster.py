"""Ingest on a real Dask LocalCluster of worker processes (2 workers, 1 thread each): the same
facts as the one-machine ingest, nothing lost or doubled when a worker is killed mid-run,
idempotent, and reachable from the command line by address or as ``--scheduler local``."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed")

from benchmarks.realtext import write  # noqa: E402
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

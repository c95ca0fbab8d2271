"""Every engine writes the same outputs."""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from diplograph.build import build
from diplograph.errors import InputError
from diplograph.ingest import read_inputs
from diplograph.parallel import WorkerDied, _pool, extract_stream
from diplograph.types import Document

SENTENCES = [
    "رفض الكرملين الخطة الأمريكية الجديدة.", "ستستضيف قطر جولة جديدة من المحادثات الأسبوع المقبل.",
    "The Kremlin rejected the proposal on Monday.", "Egypt hosted talks between the two sides.",
    "L'Élysée a rejeté la proposition.", "موسكو ترفض العقوبات الغربية.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    rows = [{"id": f"d{i}", "text": " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3)),
             "published": "2025-09-01"} for i in range(40)]
    rows.insert(7, {"id": "bad", "text": "Γεια σας, τι κάνετε σήμερα", "published": "2025-09-01"})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def run(corpus: Path, out: Path, **engine) -> bytes:
    build(read_inputs([corpus], published=None), out=out, outputs=["statements.jsonl"], **engine)
    return (out / "statements.jsonl").read_bytes()


@pytest.mark.slow  # worker processes load the lexicons again; CI runs it
def test_two_workers_write_what_one_writes(corpus, tmp_path):
    assert run(corpus, tmp_path / "one") == run(corpus, tmp_path / "two", workers=2)


@pytest.mark.slow
def test_dask_writes_what_one_process_writes(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask = run(corpus, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert dask == run(corpus, tmp_path / "one")


def test_failures_are_skipped_and_counted(corpus):
    failed: list[str] = []
    docs = list(read_inputs([corpus], published=None))
    got = list(extract_stream(docs, workers=2, batch_size=4, on_error=failed.append))
    assert len(got) == 40 and len(failed) == 1 and failed[0].startswith("bad:")


@pytest.mark.parametrize("options, message", [
    ({"engine": "spark"}, "not known"), ({"workers": 0}, "at least 1"), ({"engine": "dask"}, "--scheduler"),
])
def test_bad_engine_options(options, message):
    with pytest.raises(InputError, match=message):
        list(extract_stream([Document("a", "x y z", date(2025, 1, 1), lang="en")], **options))


def _late_first(batch: list[int]) -> list[int]:
    """Batch 0 comes back last: the pool must still yield it first."""
    if batch[0] == 0:
        time.sleep(0.3)
    return [n * 10 for n in batch]


def _fails_on_three(batch: list[int]) -> list[int]:
    if 3 in batch:
        raise ValueError("three")
    return batch


def _dies_on_three(batch: list[int]) -> list[int]:
    if 3 in batch:
        os.kill(os.getpid(), signal.SIGKILL)
    return batch


def test_a_pool_yields_in_input_order_past_its_window():
    batches = [[n] for n in range(20)]  # twice the two workers' window of eight in flight
    assert list(_pool(_late_first, iter(batches), workers=2)) == [[n * 10] for n in range(20)]
    assert multiprocessing.active_children() == []


def test_a_task_s_error_is_raised_by_the_reader_and_the_workers_end():
    with pytest.raises(ValueError, match="three"):
        list(_pool(_fails_on_three, iter([[n] for n in range(6)]), workers=2))
    assert multiprocessing.active_children() == []


def test_a_killed_worker_stops_the_pool_with_one_error():
    with pytest.raises(WorkerDied, match="exit code -9"):
        list(_pool(_dies_on_three, iter([[n] for n in range(6)]), workers=2))
    assert multiprocessing.active_children() == []


def test_a_reader_that_stops_early_ends_the_workers():
    results = _pool(_late_first, iter([[n] for n in range(50)]), workers=2)
    assert next(results) == [0]
    results.close()
    assert multiprocessing.active_children() == []


# A worker that dies halfway through sending its result, as one terminated by a stopping build can:
# it writes the header of a long message and a few bytes of it, then hangs until it is killed.
_HALF_SENT = """
import os, signal, struct, threading, time
from diplograph import parallel

def half_sent(results, lock, message):
    os.write(results.fileno(), struct.pack("!i", 1 << 20) + bytes(100))
    time.sleep(120)

parallel._send = half_sent  # the forked worker answers with the header of a long message and a few bytes of it
threading.Timer(2, os.kill, (os.getpid(), signal.SIGINT)).start()
try:
    next(parallel._pool(len, iter([[1], [2]]), workers=1))
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


@pytest.mark.slow
def test_an_interrupted_pool_exits_even_when_a_worker_died_mid_result():
    """The pool's manager thread must not wait at exit for the rest of a message no worker will send."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _HALF_SENT], capture_output=True, text=True, timeout=30)
    assert done.stdout == "interrupted\n", done.stderr

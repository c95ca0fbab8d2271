"""Peak memory of adding a batch to a store that already holds documents, by batch size.

    python bench/bench_store_memory.py [--base 1000] [--batches 1000,2000,4000] [--json FILE]

A store is first loaded with ``--base`` synthetic documents (bench_store's
generator, in the project's own RDF shape). Then, for each batch size, in a
process of its own: a batch of that many documents, half of them new and half
replacing documents of the store with other content, is built
(``graph.rdf.build_dataset``, what ``diplograph build --store`` holds anyway),
the process's peak resident memory is reset (Linux ``/proc/self/clear_refs``),
and ``store.add_to_store`` adds it to a copy of the store. What is reported is
the peak during the addition above the memory held before it, for the
chunked addition (``store.CHUNK_QUADS`` quads of documents per transaction)
and for one transaction of the whole batch (what main did before).

The chunked peak must not grow with the batch; one transaction's grows in proportion.
Linux only (it reads /proc/self/status).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _status(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _batch_phase(base: Path, docs: int, base_docs: int, chunk: int) -> dict:
    """In a child process: build the batch, reset the peak, add it; the figures as a dict."""
    from bench_store import synthetic

    from diplograph.store import disk as store_module
    from diplograph.actors.kb import load_kb
    from diplograph.graph.rdf import build_dataset

    kb = load_kb()
    half = docs // 2
    # Replacements: the store's first documents with other content; then new documents after the store's.
    batch = synthetic(0, half, kb, seed=8) + synthetic(base_docs, docs - half, kb)
    dataset = build_dataset(batch, kb=kb)
    del batch
    quads = len(dataset.store._inner)
    store_module.CHUNK_QUADS = chunk
    Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from here
    before = _status("VmRSS")
    started = time.perf_counter()
    report = store_module.add_to_store(base, dataset)
    seconds = time.perf_counter() - started
    return {"documents": docs, "quads": quads, "replaced": report.replaced, "seconds": round(seconds, 2),
            "rss_before_mb": round(before, 1), "peak_mb": round(_status("VmHWM"), 1),
            "peak_above_mb": round(_status("VmHWM") - before, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=1000, help="documents in the store before (default 1000)")
    parser.add_argument("--batches", default="1000,2000,4000", help="batch sizes in documents")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--phase", nargs=4, metavar=("STORE", "DOCS", "BASE", "CHUNK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        store, docs, base_docs, chunk = args.phase
        print(json.dumps(_batch_phase(Path(store), int(docs), int(base_docs), int(chunk))))
        return

    from bench_store import synthetic

    from diplograph.actors.kb import load_kb
    from diplograph.graph.rdf import build_dataset
    from diplograph.store.disk import CHUNK_QUADS, add_to_store

    kb = load_kb()
    work = Path(tempfile.mkdtemp(prefix="diplograph-bench-memory-"))
    try:
        base = work / "base"
        report = add_to_store(base, build_dataset(synthetic(0, args.base, kb), kb=kb))
        print(f"store  {args.base} documents, {report.quads} quads (first load)")
        rows = []
        for docs in (int(n) for n in args.batches.split(",")):
            for label, chunk in (("chunked", CHUNK_QUADS), ("one transaction", 10**12)):
                copy = work / "copy"
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(base, copy)
                result = subprocess.run([sys.executable, __file__, "--phase", str(copy), str(docs), str(args.base),
                                         str(chunk)], capture_output=True, text=True, check=True)
                row = {"mode": label, **json.loads(result.stdout.strip().splitlines()[-1])}
                rows.append(row)
                print(f"{label:16} batch {row['documents']:>6} docs {row['quads']:>8} quads "
                      f"({row['replaced']} replacing): {row['seconds']:6.1f} s, "
                      f"peak {row['peak_above_mb']:7.1f} MB above the {row['rss_before_mb']:.0f} MB held before")
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

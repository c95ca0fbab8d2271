"""Corpus throughput and memory: read, extract and write statements, end to end.

    python bench/bench_corpus.py [--sizes 10000,100000] [--lang ar] [--workers 2] [--outputs statements|all]

For each size, a JSON Lines corpus is generated from the project's own test
sentences (tests/lang/<lang>/, ten a document, fixed seed), then
`diplograph build --outputs statements` (or, with ``--outputs all``, every
output: statements, RDF, GraphML and the page) runs on it in a child process,
whose wall time and peak memory (ru_maxrss) are reported; the smallest size is
also run with --workers N for the speed-up. The floor is a plain tokenisation
pass (re.findall(r"\\w+")) over the same text.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import test_sentences  # noqa: E402


def make_corpus(path: Path, lang: str, documents: int, per_doc: int = 10) -> int:
    sentences = test_sentences(lang)
    rng = random.Random(7)
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(documents):
            text = " ".join(rng.choice(sentences) for _ in range(per_doc))
            count += per_doc
            out.write(json.dumps({"id": f"b{i}", "text": text, "published": "2025-09-01", "lang": lang},
                                 ensure_ascii=False) + "\n")
    return count


def run_build(corpus: Path, out: Path, workers: int, outputs: str = "statements") -> tuple[float, float]:
    """Wall seconds and peak resident MB of one build in a child process."""
    code = ("import resource, sys; from diplograph.cli import main; rc = main(sys.argv[1:]); "
            "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)")
    started = time.perf_counter()
    args = [sys.executable, "-c", code, "build", str(corpus), "--out", str(out), "--workers", str(workers)]
    if outputs != "all":
        args += ["--outputs", outputs]
    run = subprocess.run(args, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(run.stderr[-2000:])
    peak_self = int(re.search(r"PEAK (\d+)", run.stderr).group(1)) / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, max(peak_self, children if workers > 1 else peak_self)


def floor(corpus: Path) -> float:
    started = time.perf_counter()
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            re.findall(r"\w+", json.loads(line)["text"])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--outputs", default="statements", help="what the builds write: statements (default) or all")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # Warm the automaton cache so that every run measures extraction, not set-up.
        make_corpus(tmp / "warm.jsonl", args.lang, 5)
        run_build(tmp / "warm.jsonl", tmp / "warm", 1)
        results = {}
        for size in sizes:
            corpus = tmp / f"c{size}.jsonl"
            sentences = make_corpus(corpus, args.lang, size)
            elapsed, peak = run_build(corpus, tmp / f"o{size}", 1, args.outputs)
            base = floor(corpus)
            results[size] = (elapsed, peak)
            print(f"{size:>7} documents, {sentences:>8} sentences: {elapsed:7.1f} s, "
                  f"{size / elapsed:7.0f} documents/s, {sentences / elapsed:7.0f} sentences/s per core, "
                  f"peak {peak:6.0f} MB, tokenisation floor {base:5.2f} s (x{elapsed / base:.0f})")
        small = sizes[0]
        elapsed2, _ = run_build(tmp / f"c{small}.jsonl", tmp / "w2", args.workers, args.outputs)
        speedup = results[small][0] / elapsed2
        print(f"{args.workers} workers on {small} documents: {elapsed2:.1f} s, speed-up x{speedup:.2f} "
              f"(machine has {os.cpu_count()} cores)")
        if len(sizes) > 1:
            a, b = results[sizes[0]][1], results[sizes[-1]][1]
            print(f"peak memory {sizes[0]} -> {sizes[-1]} documents: {a:.0f} -> {b:.0f} MB ({(b - a) / a:+.0%})")


if __name__ == "__main__":
    main()

"""One very large document: a 50 MB article and a single line of a million characters.

    python bench/bench_large.py [--mb 50] [--lang ar] [--outputs statements|all]

A plain-text document of ``--mb`` megabytes (UTF-8) is generated from the
project's own test sentences (tests/lang/<lang>/, fixed seed, in paragraphs),
and a second one of a single million-character line (the same sentences
without line breaks); ``diplograph build FILE --published ...`` runs on each in
a child process, whose wall time, peak memory (ru_maxrss), exit status and
statement count are reported. The figure to watch is linearity: seconds per
megabyte on the large document against a 1 MB one, and peak memory.
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import test_sentences  # noqa: E402


def make_document(path: Path, lang: str, megabytes: float, *, paragraph: int = 6) -> int:
    """Write a document of about ``megabytes`` MB; ``paragraph=0`` writes a single line. Returns its sentences."""
    sentences = test_sentences(lang)
    rng = random.Random(7)
    target = int(megabytes * 2**20)
    size = count = 0
    with open(path, "w", encoding="utf-8") as out:
        while size < target:
            chosen = [rng.choice(sentences) for _ in range(paragraph or 1)]
            text = " ".join(chosen) + ("\n\n" if paragraph else " ")
            out.write(text)
            size += len(text.encode("utf-8"))
            count += len(chosen)
    return count


def run_build(document: Path, out: Path, outputs: str) -> tuple[float, float, int, str]:
    """Wall seconds, peak resident MB, exit status and the last line of stderr of one build."""
    code = ("import resource, sys; from diplograph.cli import main; rc = main(sys.argv[1:]); "
            "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)")
    args = [sys.executable, "-c", code, "build", str(document), "--published", "2025-09-01", "--out", str(out)]
    if outputs != "all":
        args += ["--outputs", outputs]
    started = time.perf_counter()
    run = subprocess.run(args, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    peak = re.search(r"PEAK (\d+)", run.stderr)
    lines = [line for line in run.stderr.splitlines() if line.strip() and not line.startswith("PEAK")]
    return elapsed, int(peak.group(1)) / 1024 if peak else float("nan"), run.returncode, lines[-1] if lines else ""


def statements(out: Path) -> int:
    path = out / "statements.jsonl"
    if not path.is_file():
        return 0
    with open(path, encoding="utf-8") as rows:
        return sum(1 for row in rows if '"kind": "statement"' in row or '"kind":"statement"' in row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--outputs", default="statements", help="what the build writes (default: statements)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_document(tmp / "warm.txt", args.lang, 0.01)
        run_build(tmp / "warm.txt", tmp / "warm", args.outputs)  # the automaton cache, once
        runs = [("1 MB", 1.0, 6), (f"{args.mb:g} MB", args.mb, 6), ("one line, 1M characters", None, 0)]
        per_mb = {}
        for label, mb, paragraph in runs:
            path = tmp / f"{label.split()[0]}.txt"
            if mb is None:  # a million characters, not bytes
                count = make_document(path, args.lang, 4.0, paragraph=0)
                text = path.read_text(encoding="utf-8")[:1_000_000]
                path.write_text(text, encoding="utf-8")
            else:
                count = make_document(path, args.lang, mb, paragraph=paragraph)
            size = path.stat().st_size / 2**20
            elapsed, peak, rc, last = run_build(path, tmp / f"out-{label.split()[0]}", args.outputs)
            per_mb[label] = elapsed / size
            print(f"{label:<24} {size:6.1f} MB, ~{count:>7} sentences: {elapsed:7.1f} s ({elapsed / size:5.2f} s/MB), "
                  f"peak {peak:6.0f} MB, exit {rc}, {statements(tmp / f'out-{label.split()[0]}'):>7} statements"
                  + (f"  [{last}]" if rc else ""))
        big = f"{args.mb:g} MB"
        print(f"linearity: {per_mb[big] / per_mb['1 MB']:.2f}x the seconds per MB of the 1 MB document")


if __name__ == "__main__":
    main()

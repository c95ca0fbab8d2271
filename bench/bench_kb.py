"""How long a fresh load of the knowledge base takes (the packaged TSV and YAML files, no cache).

    python bench/bench_kb.py [--repeat 5]

Reports the CPU time (time.process_time: other processes on the machine do
not count) and the wall time of ``diplograph.actors.kb.read_kb`` on the
packaged data, best and median of ``--repeat`` runs, against the target of
0.3 s of CPU. This replaces the timed test that used to be in tests/test_kb.py:
speed targets are checked here, not by the test suite.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from importlib import resources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--target", type=float, default=0.3, help="CPU seconds (default: 0.3)")
    args = parser.parse_args()

    from diplograph.actors.kb import read_kb

    data = resources.files("diplograph.lexicons").joinpath("common")
    cpu, wall = [], []
    for _ in range(args.repeat):
        started_cpu, started_wall = time.process_time(), time.perf_counter()
        kb = read_kb(data)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started_wall)
    best = min(cpu)
    print(f"read_kb: {len(kb.actors)} actors")
    print(f"  CPU  best {best:.3f} s  median {statistics.median(cpu):.3f} s")
    print(f"  wall best {min(wall):.3f} s  median {statistics.median(wall):.3f} s")
    print(f"  target: under {args.target} s of CPU (best of {args.repeat}): {'ok' if best < args.target else 'SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The whole build, all four outputs, with the time of each stage.

    python bench/bench_build.py [--documents 4000] [--runs 3] [--langs ar,en,fr,ru] [--profile N]

A JSON Lines corpus is generated from the project's own test sentences
(``tests/lang/<lang>/``, ten a document, the languages in turn, publication
dates over two years, fixed seed). Each run is a process of its own: it reads
the corpus with ``ingest.read_inputs`` and builds it with ``build.build`` (one
worker) into a temporary folder, writing statements, RDF, GraphML and HTML.

The build's code is not changed: the functions each stage calls are wrapped
here, and each wrapper charges the CPU time (``time.process_time``) spent
inside it, less that of the stages it calls, to its stage (the stages
interleave: the RDF is written as documents stream through extraction):

- ingest: reading the next document (``read_inputs``);
- setup: a language's lexicons and automaton, the first time a document of
  it comes (``load_language`` and ``Extractor.scanner``, in the extraction);
- extraction: the rest of ``Extractor.extract``;
- statements: the statement export (``parallel.exported``);
- rdf: ``graph.rdf.stream_trig`` (the TriG file, written as documents come),
  with each document's event nodes and statement keys, worked out there once
  for the RDF and the network (``graph.rdf.keyed``);
- network: ``graph.network.build_network`` and ``write_graphml``;
- html: ``viz.html.write_html``;
- other: the rest (imports, the knowledge base, moving files in).

``--profile N`` instead profiles the extraction alone (``cProfile``, in this
process, each language's setup done first) and prints the N functions with
the most time of their own and the N with the most time under them: where to
look when the extraction gets slower.

The runs import the package compiled beforehand (:func:`compiled_env`), as
an installed one is, even where ``PYTHONDONTWRITEBYTECODE`` is set.

Sentences/s overall is sentences over the run's CPU seconds, and over its
wall seconds. CPU time holds on a shared machine better than wall time; the
figures still depend on its load, so the range over the runs is printed.
"""
from __future__ import annotations

import argparse
import functools
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import test_sentences  # noqa: E402

STAGES = ("ingest", "setup", "extraction", "statements", "rdf", "network", "html", "other")


def make_corpus(path: Path, langs: list[str], documents: int, per_doc: int = 10) -> int:
    """Write the corpus; return its number of sentences (as the project splits them)."""
    from diplograph.lang.profile import load_language
    from diplograph.lang.sentences import split_sentences

    pools = {lang: test_sentences(lang) for lang in langs}
    profiles = {lang: load_language(lang) for lang in langs}
    rng = random.Random(7)
    sentences = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(documents):
            lang = langs[i % len(langs)]
            text = " ".join(rng.choice(pools[lang]) for _ in range(per_doc))
            sentences += len(split_sentences(text, profiles[lang]))
            published = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
            out.write(json.dumps({"id": f"b{i}", "text": text, "published": published.isoformat(), "lang": lang},
                                 ensure_ascii=False) + "\n")
    return sentences


class Clock:
    """CPU seconds by stage, each charged only for the time not spent in a stage it calls."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self.stack = ["other"]
        self.mark = time.process_time()

    def _switch(self, stage: str | None) -> None:
        now = time.process_time()
        self.seconds[self.stack[-1]] += now - self.mark
        self.mark = now
        if stage is None:
            self.stack.pop()
        else:
            self.stack.append(stage)

    def wrap(self, stage: str, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            self._switch(stage)
            try:
                return function(*args, **kwargs)
            finally:
                self._switch(None)
        return timed

    def iterate(self, stage: str, iterable):
        iterator = iter(iterable)
        while True:
            self._switch(stage)
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                self._switch(None)
            yield item

    def stop(self) -> dict[str, float]:
        self._switch(None)
        return self.seconds


def one_run(corpus: Path) -> dict:
    """Build the corpus once, in this process, and return the seconds by stage."""
    started_wall, started_cpu = time.perf_counter(), time.process_time()
    clock = Clock()
    from diplograph import build as build_module
    from diplograph import pipeline
    from diplograph.export import formats
    from diplograph.graph import network, rdf
    from diplograph.ingest import read_inputs
    from diplograph.viz import html

    pipeline.Extractor.extract = clock.wrap("extraction", pipeline.Extractor.extract)
    pipeline.Extractor.scanner = clock.wrap("setup", pipeline.Extractor.scanner)
    pipeline.load_language = clock.wrap("setup", pipeline.load_language)
    build_module.export_of = clock.wrap("statements", build_module.export_of)
    rdf.stream_trig = clock.wrap("rdf", rdf.stream_trig)
    formats.write_rdf = clock.wrap("rdf", formats.write_rdf)  # the other RDF writers, from the streamed TriG
    network.build_network = clock.wrap("network", network.build_network)
    network.write_graphml = clock.wrap("network", network.write_graphml)
    html.write_html = clock.wrap("html", html.write_html)
    imports = time.process_time() - started_cpu
    with tempfile.TemporaryDirectory(prefix="bench-build-") as out:
        summary = build_module.Summary()
        documents = clock.iterate("ingest", read_inputs([corpus], published=None, on_error=summary.skip))
        build_module.build(documents, out=Path(out), summary=summary)
        sizes = {p.name: p.stat().st_size for p in Path(out).iterdir()}
    seconds = clock.stop()
    return {"stages": seconds, "imports": imports, "cpu": time.process_time() - started_cpu,
            "wall": time.perf_counter() - started_wall, "documents": summary.documents,
            "statements": summary.statements, "sizes": sizes}


def profile_extraction(corpus: Path, top: int) -> None:
    """cProfile the extraction of the corpus (no outputs), each language's setup left out; print the top functions."""
    import cProfile
    import pstats

    from diplograph.ingest import read_inputs
    from diplograph.pipeline import Extractor

    documents = list(read_inputs([corpus], published=None, on_error=print))
    extractor = Extractor()
    for lang in dict.fromkeys(d.lang for d in documents):  # lexicons and automata loaded before the profile
        extractor.extract(next(d for d in documents if d.lang == lang))
    profiler = cProfile.Profile()
    profiler.enable()
    for document in documents:
        extractor.extract(document)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    for order in ("tottime", "cumulative"):
        stats.sort_stats(order).print_stats(top)


def compiled_env() -> dict[str, str]:
    """The runs' environment, the package's modules compiled beforehand, as an installed package's are.

    pip writes the ``.pyc`` files at install time; a shell that sets
    ``PYTHONDONTWRITEBYTECODE`` (as some sandboxes and CI images do) would have
    every run compile the whole package again, about 0.25 s CPU charged to
    'other' and 'setup'. The files go where Python keeps them (``__pycache__``
    beside each module, which git ignores).
    """
    import os

    import diplograph

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(diplograph.__file__).parent)], env=env, check=True)
    return env


def span(values: list[float], fmt: str = "{:.2f}") -> str:
    low, high = min(values), max(values)
    return fmt.format(low) if fmt.format(low) == fmt.format(high) else f"{fmt.format(low)}–{fmt.format(high)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--langs", default="ar,en,fr,ru", help="languages of the documents, in turn")
    parser.add_argument("--profile", type=int, metavar="N", default=0,
                        help="profile the extraction alone (cProfile) and print the top N functions, instead of the runs")
    parser.add_argument("--one-run", metavar="CORPUS", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_run:
        print(json.dumps(one_run(Path(args.one_run))))
        return

    with tempfile.TemporaryDirectory(prefix="bench-build-corpus-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        sentences = make_corpus(corpus, args.langs.split(","), args.documents)
        if args.profile:
            print(f"corpus {args.documents:,} documents ({args.langs}), {sentences:,} sentences; extraction profiled")
            profile_extraction(corpus, args.profile)
            return
        print(f"corpus {args.documents:,} documents ({args.langs}), {sentences:,} sentences; "
              f"{args.runs} runs, each a process of its own, one worker")
        env = compiled_env()
        runs = []
        for _ in range(args.runs):
            child = subprocess.run([sys.executable, __file__, "--one-run", str(corpus)], capture_output=True, text=True,
                                   env=env)
            if child.returncode:
                raise SystemExit(child.stderr[-3000:])
            runs.append(json.loads(child.stdout.splitlines()[-1]))
    print(f"statements {runs[0]['statements']:,}; outputs "
          + ", ".join(f"{name} {size / 2**20:.1f} MB" for name, size in sorted(runs[0]["sizes"].items())))
    print(f"{'stage':<12}{'CPU s':>14}{'share':>12}")
    for stage in STAGES:
        values = [r["stages"][stage] for r in runs]
        shares = [100 * r["stages"][stage] / r["cpu"] for r in runs]
        print(f"{stage:<12}{span(values):>14}{span(shares, '{:.0f}') + ' %':>12}")
    outputs = [sum(r["stages"][s] for s in ("statements", "rdf", "network", "html")) for r in runs]
    ratio = [o / r["stages"]["extraction"] for o, r in zip(outputs, runs)]
    print(f"outputs (statements, rdf, network, html): {span(outputs)} s = {span(ratio, '{:.0%}')} of extraction "
          "(target ≤ 50%)")
    print(f"imports before the build: {span([r['imports'] for r in runs])} s CPU (in 'other')")
    steady = [sentences / (r["cpu"] - r["stages"]["setup"] - r["imports"]) for r in runs]
    print(f"without the setup and the imports (a warm server): {span(steady, '{:,.0f}')} sentences/s per CPU second")
    print(f"whole run: {span([r['cpu'] for r in runs])} s CPU, {span([r['wall'] for r in runs])} s wall")
    print(f"overall: {span([sentences / r['cpu'] for r in runs], '{:,.0f}')} sentences/s per CPU second, "
          f"{span([sentences / r['wall'] for r in runs], '{:,.0f}')} sentences/s wall (target ≥ 3,000)")


if __name__ == "__main__":
    main()

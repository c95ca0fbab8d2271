"""Extraction speed per language: sentences per second per core, next to the figures the README records.

    python bench/bench_extract.py [--lang ar --lang en ...] [--documents 1000] [--repeat 3]

For each language (default: every supported one), two corpora, each of
documents of ten sentences drawn with a fixed seed:

- ``test``: the project's own test sentences (string literals of
  ``tests/lang/<lang>/test_*.py`` in the language's script);
- ``constructions``: the construction sentences of
  ``../shared/eval/constructions/texts/<lang>_*.txt``, read from there at
  bench time when that folder is present (they are never copied here).

One process, timed in CPU seconds of that process (``time.process_time``), so
each figure is per core and holds on a loaded machine better than wall time;
the best of ``--repeat`` runs is printed, with a plain tokenisation pass
(``re.findall(r"\\w+")``) as the floor.
Each figure is printed next to the one last recorded in the README's table
whose header is ``| language | test sentences/s | constructions sentences/s |``,
and flagged when it is under half of it: a rule that halves the speed must be
rewritten, not accepted. Figures depend on the machine's load (2 cores, shared).
"""
from __future__ import annotations

import argparse
import ast
import random
import re
import time
from datetime import date
from pathlib import Path

from diplograph.lang.detect import text_script
from diplograph.lang.profile import load_language, supported_languages
from diplograph.lang.sentences import split_sentences
from diplograph.pipeline import Extractor
from diplograph.types import Document

ROOT = Path(__file__).resolve().parents[1]
CONSTRUCTIONS = ROOT.parent / "shared" / "eval" / "constructions" / "texts"
CORPORA = ("test", "constructions")
_TABLE_HEADER = re.compile(r"^\|\s*language\s*\|.*sentences/s", re.I)


def test_sentences(lang: str) -> list[str]:
    """Every sentence in the language's script of its test files: string literals and table cells.

    (A docstring in English is no Russian test sentence.)
    """
    script = load_language(lang).get("script")
    folder = ROOT / "tests" / "lang" / lang
    texts = []
    for path in sorted(folder.glob("test_*.py")):
        texts += [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    for path in sorted(folder.glob("*.tsv")):  # the sentence tables (tests/lang/test_tables.py)
        texts += [cell for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
                  for cell in line.split("\t")]
    return sorted({t for t in texts if len(t.split()) >= 4 and t.rstrip().endswith((".", "؟", "!"))
                   and text_script(t) == script})


def construction_sentences(lang: str, folder: Path = CONSTRUCTIONS) -> list[str]:
    """The construction sentences of a language (one paragraph each), or [] without the folder."""
    out = []
    for path in sorted(folder.glob(f"{lang}_*.txt")) if folder.is_dir() else ():
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return out


def corpus(lang: str, documents: int, sentences: list[str] | None = None, per_doc: int = 10) -> list[Document]:
    sentences = test_sentences(lang) if sentences is None else sentences
    rng = random.Random(7)
    return [Document(f"bench-{i}", " ".join(rng.choice(sentences) for _ in range(per_doc)), date(2025, 9, 1), lang=lang)
            for i in range(documents)]


def recorded(readme: Path = ROOT / "README.md") -> dict[tuple[str, str], float]:
    """The figures of the README's table ``| language | test sentences/s | constructions sentences/s |``."""
    out: dict[tuple[str, str], float] = {}
    if not readme.is_file():
        return out
    lines = readme.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if not _TABLE_HEADER.match(line):
            continue
        columns = [c.strip().split()[0].lower() for c in line.strip("| ").split("|")]
        for row in lines[i + 2:]:
            if not row.startswith("|"):
                break
            cells = [c.strip() for c in row.strip("| ").split("|")]
            for name, cell in zip(columns[1:], cells[1:]):
                number = re.sub(r"[^\d.]", "", cell.split("(")[0])
                if name in CORPORA and number:
                    out[(cells[0], name)] = float(number)
        break
    return out


def measure(extractor: Extractor, docs: list[Document], repeat: int) -> tuple[int, int, float, float]:
    """Sentences, statements, the best extraction time of ``repeat`` runs and the tokenisation floor."""
    profile = load_language(docs[0].lang)
    sentences = sum(len(split_sentences(d.text, profile)) for d in docs)
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        statements = sum(len(extractor.extract(d).statements) for d in docs)
        best = min(best, time.process_time() - started)
    started = time.process_time()
    for d in docs:
        re.findall(r"\w+", d.text)
    return sentences, statements, best, max(time.process_time() - started, 1e-6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", help="a language (repeatable; default: every supported one)")
    parser.add_argument("--documents", type=int, default=1000, help="documents of ten sentences a corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each corpus; the best is printed")
    args = parser.parse_args()

    before = recorded()
    if not CONSTRUCTIONS.is_dir():
        print(f"(no {CONSTRUCTIONS}: the construction sentences are skipped)")
    print(f"{'lang':<5}{'corpus':<14}{'sentences':>10}{'statements':>11}{'sentences/s':>13}{'recorded':>10}  "
          f"{'change':>7}  floor")
    figures: dict[tuple[str, str], float] = {}
    for lang in args.lang or supported_languages():
        started = time.perf_counter()
        extractor = Extractor()
        extractor.scanner(load_language(lang))
        setup = time.perf_counter() - started
        for name, sentences in (("test", test_sentences(lang)), ("constructions", construction_sentences(lang))):
            if not sentences:
                continue
            docs = corpus(lang, args.documents, sentences)
            count, statements, elapsed, floor = measure(extractor, docs, args.repeat)
            rate = count / elapsed
            figures[(lang, name)] = rate
            last = before.get((lang, name))
            change = f"{rate / last - 1:+7.0%}" if last else " " * 7
            flag = "  UNDER HALF: rewrite the rule that did it" if last and rate < last / 2 else ""
            print(f"{lang:<5}{name:<14}{count:>10,}{statements:>11,}{rate:>13,.0f}{f'{last:,.0f}' if last else '–':>10}  {change}  "
                  f"{elapsed / floor:.0f}x{flag}")
        print(f"{'':<5}(setup of {lang}: lexicons and automaton, {setup:.2f} s)")
    print("\nThe README's table, with these figures:\n")
    print("| language | test sentences/s | constructions sentences/s |")
    print("|---|---|---|")
    for lang in args.lang or supported_languages():
        cells = [f"{figures[(lang, n)]:,.0f}" if (lang, n) in figures else "–" for n in CORPORA]
        print(f"| {lang} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()

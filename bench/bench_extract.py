"""Extraction speed: sentences per second per core, on text built from the test sentences.

    python bench/bench_extract.py [--lang ar] [--documents 2000]

Documents are generated from the project's own test sentences (tests/lang/<lang>/),
shuffled with a fixed seed, ten sentences each; one process, so the figure is
per core. A plain tokenisation pass (re.findall(r"\\w+")) over the same text is
the floor it is compared with.
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
from diplograph.lang.profile import load_language
from diplograph.lang.sentences import split_sentences
from diplograph.pipeline import Extractor
from diplograph.types import Document

ROOT = Path(__file__).resolve().parents[1]


def test_sentences(lang: str) -> list[str]:
    """Every string literal of the language's test files that is a sentence in the language's script.

    (A docstring in English is no Russian test sentence.)
    """
    script = load_language(lang).get("script")
    out = []
    for path in sorted((ROOT / "tests" / "lang" / lang).glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 4:
                if node.value.rstrip().endswith((".", "؟", "!")) and text_script(node.value) == script:
                    out.append(node.value)
    return sorted(set(out))


def corpus(lang: str, documents: int, per_doc: int = 10) -> list[Document]:
    sentences = test_sentences(lang)
    rng = random.Random(7)
    return [Document(f"bench-{i}", " ".join(rng.choice(sentences) for _ in range(per_doc)), date(2025, 9, 1), lang=lang)
            for i in range(documents)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()

    started = time.perf_counter()
    extractor = Extractor()
    extractor.scanner(load_language(args.lang))
    setup = time.perf_counter() - started
    docs = corpus(args.lang, args.documents)
    sentences = sum(len(split_sentences(d.text, load_language(args.lang))) for d in docs)

    started = time.perf_counter()
    statements = sum(len(extractor.extract(d).statements) for d in docs)
    elapsed = time.perf_counter() - started

    started = time.perf_counter()
    for d in docs:
        re.findall(r"\w+", d.text)
    floor = time.perf_counter() - started

    print(f"language={args.lang} documents={len(docs)} sentences={sentences} statements={statements}")
    print(f"setup (lexicons, automaton): {setup:.2f} s")
    print(f"extraction: {elapsed:.2f} s = {sentences / elapsed:,.0f} sentences/s per core, {len(docs) / elapsed:,.0f} documents/s")
    print(f"tokenisation floor: {floor:.3f} s; extraction / floor = {elapsed / floor:.0f}x")


if __name__ == "__main__":
    main()

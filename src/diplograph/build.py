"""Run a corpus through the pipeline and write every output of a build.

Outputs, each written atomically into the output folder: ``statements.jsonl``
(the statement export), ``graph.trig`` (RDF, one named graph per document),
``graph.graphml`` (the NetworkX graph, for Gephi) and ``graph.html`` (the
interactive page).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from diplograph.atomic import write_text
from diplograph.errors import DiplographError, InputError
from diplograph.export import export_jsonl
from diplograph.pipeline import Extractor
from diplograph.types import Document, Extraction

__all__ = ["OUTPUTS", "Summary", "build", "extract_all"]

#: The files of a build and their names in the summary.
OUTPUTS = {"statements.jsonl": "statements", "graph.trig": "rdf", "graph.graphml": "graphml", "graph.html": "html"}


@dataclass
class Summary:
    """What a build read and wrote."""

    documents: int = 0
    failed: list[str] = field(default_factory=list)
    actors: int = 0
    statements: int = 0
    roles: int = 0
    files: dict[str, Path] = field(default_factory=dict)

    def skip(self, reason: object) -> None:
        """Count a document that could not be read or extracted, and say why on stderr."""
        self.failed.append(str(reason))
        print(f"diplograph: warning: skipped: {reason}", file=sys.stderr)

    def describe(self) -> str:
        """A short human-readable report."""
        lines = [f"documents: {self.documents}" + (f" ({len(self.failed)} skipped)" if self.failed else ""),
                 f"actors: {self.actors}", f"statements: {self.statements}", f"roles: {self.roles}"]
        lines += [f"{name}: {path}" for name, path in self.files.items()]
        return "\n".join(lines)


def extract_all(documents: Iterable[Document], *, extractor: Extractor | None = None,
                summary: Summary | None = None) -> list[Extraction]:
    """Extract every document; one that fails is reported on stderr and skipped.

    Args:
        documents: the corpus.
        extractor: the extractor to use (a new one by default).
        summary: where to count documents and failures.

    Returns:
        The extractions of the documents that succeeded.
    """
    extractor = extractor or Extractor()
    summary = summary if summary is not None else Summary()
    results = []
    for document in documents:
        try:
            results.append(extractor.extract(document))
            summary.documents += 1
        except DiplographError as err:
            summary.skip(f"{document.id}: {err}")
    return results


def build(documents: Iterable[Document], *, out: Path, label_lang: str = "en", kb=None,
          summary: Summary | None = None) -> Summary:
    """Extract a corpus and write the build's four outputs into ``out``.

    Args:
        documents: the corpus.
        out: the output folder (created if missing).
        label_lang: the language of the HTML page's labels.
        kb: the knowledge base (the packaged one by default).
        summary: where to count what is read and skipped (a new one by default).

    Returns:
        The :class:`Summary`.

    Raises:
        InputError: no document could be extracted.
    """
    from diplograph.graph.network import build_network, write_graphml
    from diplograph.graph.rdf import build_dataset, write_trig
    from diplograph.viz.html import write_html

    extractor = Extractor(kb=kb)
    summary = summary if summary is not None else Summary()
    extractions = extract_all(documents, extractor=extractor, summary=summary)
    if not extractions:
        raise InputError("no document could be extracted; see the warnings above")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    # Everything is written into a staging folder first and moved in at the
    # end, so that a crash or Ctrl-C leaves the previous build whole.
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=out))
    try:
        write_text(staging / "statements.jsonl", "".join(export_jsonl(x) for x in extractions))
        write_trig(build_dataset(extractions, kb=extractor.kb), staging / "graph.trig")
        network = build_network(extractions, kb=extractor.kb)
        write_graphml(network, staging / "graph.graphml")
        write_html(network, staging / "graph.html", label_lang=label_lang)
        for name, key in OUTPUTS.items():
            os.replace(staging / name, out / name)
            summary.files[key] = out / name
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    summary.actors = len({a.id for x in extractions for a in x.actors})
    summary.statements = sum(len(x.statements) for x in extractions)
    summary.roles = sum(len(x.roles) for x in extractions)
    return summary

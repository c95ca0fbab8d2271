"""The README's commands, the CI script and the documentation a clone carries."""
from __future__ import annotations

import re
import shlex
import tomllib
from datetime import date
from pathlib import Path

import pytest

import diplograph
from diplograph.export.jsonl import export_lines
from diplograph.types import Document

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"


def command_blocks(text: str, heading: str) -> list[str]:
    """The indented command lines under a ``## heading``, up to the next heading."""
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ") and line.strip()]


def test_readme_first_command_installs_the_tool_and_builds_the_example():
    install, test = command_blocks(README, "Two commands")
    assert install == "pip install -e . && diplograph build"
    assert test == "pip install -e '.[dev]' && python -m pytest"


def test_ci_runs_exactly_the_readme_test_command():
    _, test = command_blocks(README, "Two commands")
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    commands = [line for line in lines if line and not line.startswith("#")]
    assert commands[-1] == test
    assert "apt-get install" in "\n".join(commands)  # the browser for the page's tests
    # the extras named in the commands exist
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    for extra in re.findall(r"\.\[(\w+)\]", README):
        assert extra in extras, extra


def test_notebooks_extra_and_how_to_run_them():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    names = {re.split(r"[<>=\[]", req)[0] for req in extras["notebooks"]}
    assert {"jupyterlab", "nbclient", "ipykernel"} <= names
    commands = command_blocks(README, "Notebooks")
    assert "pip install -e '.[notebooks]'" in commands
    assert any(shlex.split(c)[:2] == ["jupyter", "lab"] for c in commands)
    executes = [c for c in commands if shlex.split(c)[:2] == ["jupyter", "execute"]]
    assert executes and all((ROOT / shlex.split(c)[2]).is_file() for c in executes)


@pytest.mark.parametrize("path", [ROOT / "README.md", *sorted(DOCS.glob("*.md"))], ids=lambda p: p.name)
def test_documentation_names_no_file_a_clone_lacks(path):
    text = path.read_text(encoding="utf-8")
    assert "../shared" not in text and "/work/" not in text
    # every relative link points at a file of the repository
    for target in re.findall(r"\]\(([^)#:]+)\)", text):
        assert (path.parent / target).exists(), target


def test_export_format_is_documented_field_by_field(extractor):
    """docs/export.md names every field the export writes, at every level."""
    doc = (DOCS / "export.md").read_text(encoding="utf-8")
    seed = Path(diplograph.__file__).parent / "data" / "seed_coalition_ar.txt"
    extraction = extractor.extract(Document("seed", seed.read_text(encoding="utf-8"), date(2025, 9, 1)))
    fields: set[str] = set()
    kinds: set[str] = set()
    for line in export_lines(extraction):
        kinds.add(line["kind"])
        for key, value in line.items():
            fields.add(key)
            if isinstance(value, dict) and key != "labels":  # labels: by language code
                fields.update(value)
        if line.get("predicate"):
            fields.add(line["predicate"])
    assert kinds == {"entity", "statement"}
    missing = sorted(f for f in fields if f"`{f}`" not in doc and not re.search(rf"\b{f}\b", doc))
    assert missing == []

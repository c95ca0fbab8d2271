"""The notebooks in ``notebooks/`` run top to bottom without error, so they cannot rot.

Each notebook is executed with nbclient in a fresh kernel. The kernel is this
interpreter (``sys.executable -m ipykernel_launcher``) from a kernelspec the
test writes into a temporary folder, so the test neither needs nor picks up
a ``python3`` kernel installed for some other Python.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402  (after the skips)
from jupyter_client.manager import KernelManager  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
TIMEOUT = 300  # seconds a cell may take; a whole build of the example takes a few


@pytest.fixture(scope="module")
def kernel_dirs(tmp_path_factory) -> list[str]:
    """A folder holding one kernelspec, ``python3``, that starts this interpreter."""
    from ipykernel.kernelspec import write_kernel_spec

    folder = tmp_path_factory.mktemp("kernels")
    write_kernel_spec(str(folder / "python3"))
    return [str(folder)]


def execute(name: str, kernel_dirs: list[str], tmp: Path):
    """Run a notebook from ``notebooks/`` and return it with its outputs.

    Args:
        name: the notebook's file name.
        kernel_dirs: where the ``python3`` kernelspec is.
        tmp: the kernel's temporary folder (its ``TMPDIR``), so that what the
            notebook leaves there can be seen.

    Returns:
        The executed notebook (the file on disk is not changed).
    """
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    specs = KernelSpecManager(kernel_dirs=kernel_dirs, ensure_native_kernel=False)
    assert specs.get_kernel_spec("python3").argv[0] == sys.executable
    km = KernelManager(kernel_name="python3", kernel_spec_manager=specs)
    client = nbclient.NotebookClient(
        nb, km=km, timeout=TIMEOUT, kernel_name="python3",
        # The kernel starts in notebooks/, as Jupyter would start it.
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    env = {**os.environ, "TMPDIR": str(tmp)}
    client.execute(env=env)  # raises CellExecutionError on the first failing cell
    return nb


def outputs(nb, mime: str = "text/plain") -> str:
    """All text a notebook printed or displayed as ``mime``, joined."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            elif out.get("output_type") == "error":
                parts.append("\n".join(out.get("traceback", [])))
            else:
                parts.append(out.get("data", {}).get(mime, ""))
    return "\n".join(parts)


def errors(nb) -> list[str]:
    return [f"{out.get('ename')}: {out.get('evalue')}" for cell in nb.cells
            for out in cell.get("outputs", []) if out.get("output_type") == "error"]


def snapshot() -> dict[str, int]:
    """Files under notebooks/ and the repo's default output/ folder, with their mtimes."""
    files = {}
    for folder in (NOTEBOOKS, ROOT / "output"):
        if folder.is_dir():
            files.update({str(p): p.stat().st_mtime_ns for p in folder.rglob("*")})
    return files


@pytest.mark.parametrize("name", ["quickstart.ipynb", "analysis.ipynb"])
def test_notebooks_are_stored_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code), f"clear the outputs of {name}"


def leftovers(tmp: Path) -> list[str]:
    """What a notebook left in its temporary folder after its kernel stopped."""
    return sorted(p.name for p in tmp.iterdir())


@pytest.mark.slow
def test_quickstart_runs(kernel_dirs, tmp_path):
    before = snapshot()
    nb = execute("quickstart.ipynb", kernel_dirs, tmp_path)
    assert not errors(nb)
    text = outputs(nb)
    # The named query finds the Kremlin's rejection of Western troops in Ukraine ...
    assert "Kremlin" in text and "rejections" in text
    assert "لأي انتشار لقوات غربية" in text
    # ... the bound custom query answers too, and the graph page is embedded inline.
    assert "Donald Trump" in text
    page = outputs(nb, "text/html")
    assert "<iframe srcdoc=" in page and "vis-network" in page
    assert snapshot() == before, "the notebook wrote into the repository"
    assert leftovers(tmp_path) == [], "the notebook left its temporary folder behind"


@pytest.mark.slow
def test_analysis_runs(kernel_dirs, tmp_path):
    before = snapshot()
    nb = execute("analysis.ipynb", kernel_dirs, tmp_path)
    assert not errors(nb)
    text = outputs(nb)
    for expected in ("betweenness", "verbal_conflict", "balance", "Kremlin", "Russia"):
        assert expected in text
    # The store: the first day's articles came again and replaced their graphs.
    assert "(4 documents, 4 replaced;" in text and "Russia: 1 node" in text
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert "matplotlib is not installed" in text
    else:
        assert any("image/png" in out.get("data", {}) for c in nb.cells for out in c.get("outputs", []))
    assert snapshot() == before, "the notebook wrote into the repository"
    assert leftovers(tmp_path) == [], "the notebook left its temporary folder behind"

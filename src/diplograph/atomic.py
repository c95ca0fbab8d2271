"""Atomic file writes: a crash or Ctrl-C leaves the previous file intact, never half a file.

And what keeps a killed run from leaving things behind: staging folders of
dead processes are removed (:func:`remove_stale`), and child processes die
with their parent (:func:`die_with_parent`).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

__all__ = ["atomic_path", "die_with_parent", "remove_stale", "write_text"]


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block ends without error.

    Args:
        path: the file to write.

    Returns:
        A context manager yielding the temporary path to write to.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("done")
    >>> target.read_text()
    'done'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    # mkstemp makes the file private; the result should have the usual permissions.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically, as UTF-8.

    Args:
        path: the file to write.
        text: its new content.

    Returns:
        The path.
    """
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def remove_stale(folder: Path, prefix: str) -> list[Path]:
    """Remove the staging folders ``<prefix><pid>-*`` in ``folder`` whose process is gone (killed mid-write).

    Returns:
        The folders removed.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / ".build-999999999-x").mkdir(); (folder / f".build-{os.getpid()}-y").mkdir()
    >>> [p.name for p in remove_stale(folder, ".build-")]
    ['.build-999999999-x']
    """
    removed = []
    try:
        candidates = sorted(p for p in folder.iterdir() if p.name.startswith(prefix) and p.is_dir())
    except OSError:
        return removed
    for path in candidates:
        pid = path.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def die_with_parent() -> None:
    """Ask the kernel to end this process when its parent dies, however it dies (Linux; elsewhere a no-op).

    Run in a child: as ``preexec_fn`` of a subprocess, or as the initializer of a process pool.
    """
    import signal

    # A forked worker inherits the parent's handlers, which turn SIGTERM into KeyboardInterrupt:
    # a pool worker would catch that and live on.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

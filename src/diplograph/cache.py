"""A cache folder for what diplograph derives from its own package data.

Entries are named with a fingerprint of the package's data and code, so an
upgrade or an edited lexicon never reads a stale entry. ``DIPLOGRAPH_CACHE``
sets the folder (``off`` turns the cache off); the default is the user's
cache folder.
"""
from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

__all__ = ["cache_path", "fingerprint", "prune"]

_PACKAGE = Path(__file__).resolve().parent


@cache
def fingerprint() -> str:
    """A short hash of every lexicon file and every module of the package."""
    digest = hashlib.sha1()
    files = sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix in {".py", ".tsv", ".yaml", ".yml"})
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_path(name: str) -> Path | None:
    """Where the cache entry ``name`` lives, or None when the cache is off.

    >>> import os; os.environ["DIPLOGRAPH_CACHE"] = "off"
    >>> cache_path("x") is None
    True
    >>> del os.environ["DIPLOGRAPH_CACHE"]
    """
    setting = os.environ.get("DIPLOGRAPH_CACHE", "")
    if setting.lower() == "off":
        return None
    root = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diplograph"
    return root / f"{name}-{fingerprint()}.pickle"


def prune(path: Path) -> None:
    """Remove the entries of the same name made for other versions of the data."""
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*.pickle"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass

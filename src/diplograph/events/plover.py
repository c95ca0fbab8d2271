"""PLOVER event types, their quad classes, and the default codes of each predicate.

The PLOVER tables live in ``lexicons/common/plover.tsv`` (with their sources),
the predicates and their default codes in the ontology (``dg:StatementPredicate``,
``dg:defaultPlover``, ``dg:defaultCameo``); this module only reads them. A statement keeps the PLOVER type and CAMEO code its
extractor gave it; :func:`codes` supplies the defaults of its predicate when it
has none, and :func:`quad_class` sorts PLOVER types into the four classic
cooperation/conflict, verbal/material classes (plus ``neutral`` for what PLOVER
does not code, such as public statements and appeals). :func:`mode` gives
the PLOVER mode of a CAMEO code (``0841`` is RETREAT's ``release``), which the
statement export prints as ``plover_mode``.
"""
from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache
from importlib import resources

from diplograph.errors import DataError
from diplograph.ontology import vocabulary

__all__ = [
    "QUAD_CLASSES",
    "codes",
    "mode",
    "normalise",
    "plover_for_cameo",
    "plover_types",
    "predicates",
    "quad_class",
]

#: The quad classes, in the order cooperation to conflict, then ``neutral``.
QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "neutral")

_FILE = "common/plover.tsv"


@dataclass(frozen=True)
class _Tables:
    quad: dict[str, str]
    alias: dict[str, str]
    cameo: dict[str, str]
    predicate: dict[str, tuple[str | None, str | None]]
    mode: dict[str, str]


@lru_cache(maxsize=None)
def _tables() -> _Tables:
    text = resources.files("diplograph.lexicons").joinpath(_FILE).read_text(encoding="utf-8")
    quad: dict[str, str] = {}
    alias: dict[str, str] = {}
    cameo: dict[str, str] = {}
    predicate: dict[str, tuple[str | None, str | None]] = {}
    mode: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        kind = cells[0]
        where = f"{_FILE} line {number}"
        if kind == "type" and len(cells) >= 3:
            if cells[2] not in QUAD_CLASSES:
                raise DataError(f"{where}: unknown quad class {cells[2]!r}; use one of {', '.join(QUAD_CLASSES)}")
            quad[cells[1]] = cells[2]
        elif kind == "alias" and len(cells) >= 3:
            alias[cells[1]] = cells[2]
        elif kind == "cameo" and len(cells) >= 3:
            cameo[cells[1]] = cells[2]
        elif kind == "mode" and len(cells) >= 3:
            if not (cells[1].isdigit() and 3 <= len(cells[1]) <= 4 and cells[2].strip()):
                raise DataError(f"{where}: a mode row is a three- or four-digit CAMEO code and a mode name, got {line!r}")
            mode[cells[1]] = cells[2].strip()
        else:
            raise DataError(f"{where}: expected 'type', 'alias', 'cameo' or 'mode' and its columns, got {line!r}")
    for name, target in [*alias.items(), *cameo.items()]:
        if target not in quad:
            raise DataError(f"{_FILE}: {name} maps to {target!r}, which is not a PLOVER type of the table")
    for name, entry in vocabulary.predicates().items():
        if entry.plover is not None and entry.plover not in quad:
            nearest = get_close_matches(entry.plover, quad, n=1)
            raise DataError(f"ontology/diplograph.ttl: dg:{name} has dg:defaultPlover {entry.plover!r}, which is not a "
                            f"PLOVER type of {_FILE}" + (f"; did you mean {nearest[0]}?" if nearest else ""))
        predicate[name] = (entry.plover, entry.cameo)
    return _Tables(quad, alias, cameo, predicate, mode)


def plover_types() -> list[str]:
    """The PLOVER event types, in the order of the table.

    Returns:
        The 16 PLOVER 2021 event type names.

    >>> plover_types()[:3]
    ['AGREE', 'CONSULT', 'SUPPORT']
    >>> len(plover_types())
    16
    """
    return list(_tables().quad)


def predicates() -> list[str]:
    """The statement predicates: the ``dg:StatementPredicate`` entries of the ontology.

    Returns:
        lowerCamelCase predicate names in the ontology's order, statement
        predicates first, then the structural ones (``represents``,
        ``memberOf``, ``belongsTo``, ``holdsPosition``).

    >>> "rejects" in predicates(), predicates()[-1]
    (True, 'holdsPosition')
    """
    return list(_tables().predicate)


def normalise(plover: str | None) -> str | None:
    """The PLOVER 2021 name of an event type, or None when it is not one.

    Case and surrounding spaces are ignored, and the names of the 2016 drafts
    (``DEMAND``, ``DISAPPROVE``, ``INVESTIGATE``, ``FIGHT``) map to their
    successors.

    Args:
        plover: a PLOVER type name, or None.

    Returns:
        The canonical name, or None for None, empty or unknown names.

    >>> normalise(" reject "), normalise("DEMAND"), normalise("SHRUG"), normalise(None)
    ('REJECT', 'REQUEST', None, None)
    """
    if not plover:
        return None
    tables = _tables()
    name = plover.strip().upper()
    name = tables.alias.get(name, name)
    return name if name in tables.quad else None


def quad_class(plover: str | None) -> str:
    """The quad class of a PLOVER event type.

    Args:
        plover: a PLOVER type (any case, old names accepted), or None.

    Returns:
        One of ``verbal_cooperation``, ``material_cooperation``,
        ``verbal_conflict``, ``material_conflict``; ``neutral`` for None and
        for names that are not PLOVER types (PLOVER does not code comments or
        appeals, so they belong to neither side).

    >>> quad_class("REJECT"), quad_class("consult"), quad_class("ASSAULT")
    ('verbal_conflict', 'verbal_cooperation', 'material_conflict')
    >>> quad_class(None), quad_class("no such type")
    ('neutral', 'neutral')
    """
    name = normalise(plover)
    return _tables().quad[name] if name else "neutral"


def plover_for_cameo(cameo: str | None) -> str | None:
    """The PLOVER type a CAMEO code falls under (CAMEO2PLOVER-2021).

    Args:
        cameo: a CAMEO code such as ``"12"``, ``"043"`` or ``"1056"``.

    Returns:
        The PLOVER type of the longest matching prefix, or None for CAMEO 01
        and 02 (not coded in PLOVER) and for codes that are not CAMEO codes.

    >>> plover_for_cameo("043"), plover_for_cameo("0871"), plover_for_cameo("163")
    ('CONSULT', 'RETREAT', 'COERCE')
    >>> plover_for_cameo("010"), plover_for_cameo(None)
    (None, None)
    """
    if not cameo:
        return None
    table = _tables().cameo
    code = cameo.strip()
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


def codes(predicate: str) -> tuple[str | None, str | None]:
    """The default (PLOVER type, CAMEO code) of a statement predicate.

    Args:
        predicate: a lowerCamelCase predicate of the statement vocabulary.

    Returns:
        ``(plover, cameo)``; either is None where the predicate has no code
        (``states`` is a CAMEO 01 comment that PLOVER does not code;
        structural predicates have neither). Unknown predicates give
        ``(None, None)``.

    >>> codes("rejects"), codes("hosts"), codes("states"), codes("represents")
    (('REJECT', '12'), ('CONSULT', '043'), (None, '01'), (None, None))
    """
    return _tables().predicate.get(predicate, (None, None))


def mode(cameo: str | None) -> str | None:
    """The PLOVER mode of a CAMEO code, as CAMEO2PLOVER-2021 gives it.

    A code the table has no row for takes the mode of its three-digit prefix;
    a two-digit code ``xx`` (the export's spelling of ``xx0``) is ``xx0``.

    Args:
        cameo: a CAMEO code such as ``"0841"``, ``"166"`` or ``"14"``.

    Returns:
        The mode (``release``, ``ease``, ``expel``, ``arrest``...), or None
        where PLOVER gives the code none (``"14"``, protest unspecified).

    >>> mode("0841"), mode("085"), mode("1661"), mode("09"), mode("14"), mode(None)
    ('release', 'ease', 'expel', 'investigate', None, None)
    """
    if not cameo:
        return None
    table = _tables().mode
    code = cameo.strip()
    if len(code) == 2:
        code += "0"
    return table.get(code) or (table.get(code[:3]) if len(code) > 3 else None)

"""What the code reads from the ontology: its terms and its statement predicates.

``diplograph.ttl`` is parsed once per process with pyoxigraph (a few
milliseconds; rdflib takes a tenth of a second), so that the extractor, which
never loads rdflib, reads the predicates and their default codes from the same
file as the RDF writers:

>>> "rejects" in terms(), "reject" in terms()
(True, False)
>>> hosts = predicates()["hosts"]
>>> hosts.plover, hosts.cameo, hosts.usual_object
('CONSULT', '043', None)
>>> predicates()["meetsWith"].usual_object, predicates()["meetsWith"].symmetric, predicates()["represents"].cameo
('Actor', True, None)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from diplograph.errors import DataError
from diplograph.ontology import ONTOLOGY, path

__all__ = ["NS", "Predicate", "predicates", "terms"]

#: The namespace of the ``dg:`` vocabulary.
NS = "https://w3id.org/diplograph/ontology#"
_ONTOLOGY_IRI = "https://w3id.org/diplograph/ontology"
_PLOVER = "https://w3id.org/diplograph/plover/"
_CAMEO = "https://w3id.org/diplograph/cameo/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_DEFINED_BY = "http://www.w3.org/2000/01/rdf-schema#isDefinedBy"
_SYMMETRIC = "http://www.w3.org/2002/07/owl#SymmetricProperty"


@dataclass(frozen=True)
class Predicate:
    """A statement predicate (``dg:StatementPredicate``) and its annotations, as local names.

    ``plover`` and ``cameo`` are its ``dg:defaultPlover``/``dg:defaultCameo``
    (None where it is not coded); ``usual_object`` its ``dg:usualObject``
    class (``Actor``, ``Event``) or None; ``symmetric`` whether it is an
    ``owl:SymmetricProperty`` (coordinated subjects do it with each other).
    """

    name: str
    plover: str | None = None
    cameo: str | None = None
    usual_object: str | None = None
    symmetric: bool = False


@lru_cache(maxsize=1)
def _triples() -> tuple[tuple[str, str, str], ...]:
    """The ontology's triples as (subject, predicate, object) strings, in the file's order."""
    import pyoxigraph as ox  # only where the ontology is read: the extractor does not load it otherwise

    # bytes, not a file object: pyoxigraph reads a Python file object in small calls, 20 times slower
    data = path(ONTOLOGY).read_bytes()
    return tuple((q.subject.value, q.predicate.value, q.object.value) for q in ox.parse(data, format=ox.RdfFormat.TURTLE))


def _local(iri: str, base: str, *, term: str, what: str) -> str:
    if not iri.startswith(base):
        raise DataError(f"ontology/{ONTOLOGY}: dg:{term} {what} {iri!r} is not under {base}")
    return iri[len(base):]


@lru_cache(maxsize=1)
def terms() -> tuple[str, ...]:
    """Local names of the ``dg:`` terms the ontology defines (``rdfs:isDefinedBy`` it), in the file's order.

    Returns:
        Class, property and individual names (``Statement``, ``rejects``, ``asserted``...).
    """
    return tuple(dict.fromkeys(s[len(NS):] for s, p, o in _triples()
                               if p == _DEFINED_BY and o == _ONTOLOGY_IRI and s.startswith(NS)))


@lru_cache(maxsize=1)
def predicates() -> dict[str, Predicate]:
    """The statement predicates (``a dg:StatementPredicate``) with their annotations, in the file's order.

    Returns:
        Each predicate by its lowerCamelCase name.

    Raises:
        DataError: when an annotation names a code outside the PLOVER, CAMEO or dg: namespaces,
            or a predicate has two values of one.
    """
    names = [s[len(NS):] for s, p, o in _triples() if p == _RDF_TYPE and o == NS + "StatementPredicate" and s.startswith(NS)]
    values: dict[str, dict[str, str]] = {name: {} for name in names}
    annotations = {NS + "defaultPlover": ("plover", _PLOVER), NS + "defaultCameo": ("cameo", _CAMEO),
                   NS + "usualObject": ("usual_object", NS)}
    for s, p, o in _triples():
        name = s[len(NS):]
        if p not in annotations or name not in values:
            continue
        field, base = annotations[p]
        if field in values[name]:
            raise DataError(f"ontology/{ONTOLOGY}: dg:{name} has two values of dg:{p[len(NS):]}")
        values[name][field] = _local(o, base, term=name, what=p[len(NS):])
    symmetric = {s[len(NS):] for s, p, o in _triples() if p == _RDF_TYPE and o == _SYMMETRIC}
    return {name: Predicate(name, **values[name], symmetric=name in symmetric) for name in names}

"""The diplograph vocabulary as a closed rdflib namespace, and the IRI bases.

``DG`` is built at import from the terms that ``diplograph/ontology/diplograph.ttl``
defines (``rdfs:isDefinedBy`` the ontology), so that adding a term is one entry
there, and a typo such as ``DG.reject`` fails at once instead of writing an IRI
that no query will ever match:

>>> DG.rejects
rdflib.term.URIRef('https://w3id.org/diplograph/ontology#rejects')
>>> DG.reject
Traceback (most recent call last):
...
AttributeError: term 'reject' not in namespace 'https://w3id.org/diplograph/ontology#'
"""
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, DefinedNamespaceMeta, Namespace
from rdflib.term import URIRef

from diplograph.ontology import vocabulary

__all__ = [
    "CAMEO_NS",
    "DG",
    "ENTITIES_GRAPH",
    "KB_GRAPH",
    "ORG",
    "PLOVER_NS",
    "PROV",
    "RESOURCE",
    "WD",
    "terms",
]

#: Resources (actors, documents, statements, graphs) minted by diplograph.
RESOURCE = Namespace("https://w3id.org/diplograph/resource/")
#: The named graph describing actors, places, events, issues, posts and concepts.
ENTITIES_GRAPH = URIRef(str(RESOURCE) + "graph/entities")
#: The named graph of the knowledge base's offices of the persons a build names.
KB_GRAPH = URIRef(str(RESOURCE) + "graph/kb")
#: PLOVER event types as SKOS concepts (``PLOVER_NS.REJECT``).
PLOVER_NS = Namespace("https://w3id.org/diplograph/plover/")
#: CAMEO codes as SKOS concepts (``CAMEO_NS["12"]``).
CAMEO_NS = Namespace("https://w3id.org/diplograph/cameo/")
#: Wikidata items.
WD = Namespace("http://www.wikidata.org/entity/")
#: W3C PROV-O and W3C ORG (rdflib's own PROV and ORG are closed namespaces too).
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")


#: The diplograph ontology's terms as a closed namespace (``DG.rejects``), built from
#: ``ontology/diplograph.ttl``: every term it defines, nothing else.
DG = DefinedNamespaceMeta("DG", (DefinedNamespace,), {
    "__doc__": "diplograph ontology: who did what to whom in diplomatic news, with evidence.",
    "__module__": __name__,
    "__annotations__": {name: URIRef for name in vocabulary.terms()},
    "_fail": True,
    "_NS": Namespace(vocabulary.NS),
})


def terms() -> frozenset[URIRef]:
    """Every term of the ``DG`` namespace.

    Returns:
        The full IRIs of the classes, properties and individuals.

    >>> DG.Statement in terms(), len(terms())
    (True, 130)
    """
    return frozenset(dir(DG))

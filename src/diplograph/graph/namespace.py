"""The diplograph vocabulary as a closed rdflib namespace, and the IRI bases.

``DG`` lists exactly the terms that ``diplograph/ontology/diplograph.ttl`` defines (the
test suite checks both directions), so that a typo such as ``DG.reject`` fails
at once instead of writing an IRI that no query will ever match:

>>> DG.rejects
rdflib.term.URIRef('https://w3id.org/diplograph/ontology#rejects')
>>> DG.reject
Traceback (most recent call last):
...
AttributeError: term 'reject' not in namespace 'https://w3id.org/diplograph/ontology#'
"""
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = [
    "CAMEO_NS",
    "DG",
    "ENTITIES_GRAPH",
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
#: PLOVER event types as SKOS concepts (``PLOVER_NS.REJECT``).
PLOVER_NS = Namespace("https://w3id.org/diplograph/plover/")
#: CAMEO codes as SKOS concepts (``CAMEO_NS["12"]``).
CAMEO_NS = Namespace("https://w3id.org/diplograph/cameo/")
#: Wikidata items.
WD = Namespace("http://www.wikidata.org/entity/")
#: W3C PROV-O and W3C ORG (rdflib's own PROV and ORG are closed namespaces too).
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")


class DG(DefinedNamespace):
    """diplograph ontology: who did what to whom in diplomatic news, with evidence.

    Written by hand from diplograph/ontology/diplograph.ttl; tests/test_namespace.py
    keeps the two equal.
    """

    _fail = True
    _NS = Namespace("https://w3id.org/diplograph/ontology#")

    # Classes
    Actor: URIRef  # anyone who acts or is acted upon
    Person: URIRef
    State: URIRef  # the export's "Country"
    Organization: URIRef
    GovernmentBody: URIRef  # the Kremlin, the Élysée
    Coalition: URIRef
    Group: URIRef  # an unnamed or non-state collective: protesters, police, rebels
    Place: URIRef
    Event: URIRef
    Meeting: URIRef
    Summit: URIRef
    Talks: URIRef
    Conference: URIRef
    Issue: URIRef
    Statement: URIRef  # one extracted statement, reified
    Document: URIRef
    Modality: URIRef
    Incumbency: URIRef  # a person holding a post, with dates or evidence
    QuadClass: URIRef

    # Statement predicates
    hosts: URIRef
    chairs: URIRef
    coChairs: URIRef
    participatesIn: URIRef
    meetsWith: URIRef
    visits: URIRef
    negotiatesWith: URIRef
    announces: URIRef
    states: URIRef
    supports: URIRef
    providesAidTo: URIRef
    agreesTo: URIRef
    signs: URIRef
    proposes: URIRef
    callsFor: URIRef
    demands: URIRef
    seeks: URIRef
    rejects: URIRef
    criticizes: URIRef
    accuses: URIRef
    warns: URIRef
    threatens: URIRef
    sanctions: URIRef
    deploys: URIRef
    attacks: URIRef
    recognizes: URIRef
    controls: URIRef
    occupies: URIRef
    withdrawsFrom: URIRef
    mediates: URIRef
    condemns: URIRef
    welcomes: URIRef
    cooperatesWith: URIRef  # symmetric
    investigates: URIRef
    concedes: URIRef
    easesSanctions: URIRef
    releases: URIRef
    protests: URIRef
    mobilizes: URIRef
    cutsTiesWith: URIRef
    expels: URIRef
    suspends: URIRef
    arrests: URIRef
    blockades: URIRef

    # Structural predicates
    represents: URIRef  # government body -> state
    memberOf: URIRef
    belongsTo: URIRef  # group -> the state it belongs to
    holdsPosition: URIRef  # = org:holds

    # Properties of statements
    subject: URIRef
    object: URIRef
    predicate: URIRef
    negated: URIRef
    modality: URIRef
    eventDate: URIRef
    timelineKey: URIRef  # one decimal that sorts the timeline
    ploverType: URIRef
    cameoCode: URIRef
    ploverMode: URIRef
    quadClass: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    trigger: URIRef
    subjectMention: URIRef
    objectMention: URIRef
    objectLabel: URIRef
    heldOn: URIRef

    # Properties of documents
    url: URIRef
    outlet: URIRef
    mentions: URIRef

    # Offices
    positionType: URIRef
    holder: URIRef
    post: URIRef
    start: URIRef
    end: URIRef
    title: URIRef

    # Annotations of predicates
    defaultPlover: URIRef
    defaultCameo: URIRef

    # Modalities
    asserted: URIRef
    reported: URIRef
    future: URIRef
    hypothetical: URIRef

    # Concept schemes
    PLOVER: URIRef
    CAMEO: URIRef
    Positions: URIRef
    QuadClasses: URIRef

    # Positions
    head_of_state: URIRef
    head_of_government: URIRef
    foreign_minister: URIRef
    defence_minister: URIRef
    minister: URIRef
    spokesperson: URIRef
    ambassador: URIRef
    envoy: URIRef
    military_commander: URIRef
    other: URIRef

    # Quad classes
    verbal_cooperation: URIRef
    material_cooperation: URIRef
    verbal_conflict: URIRef
    material_conflict: URIRef
    neutral: URIRef


def terms() -> frozenset[URIRef]:
    """Every term of the ``DG`` namespace.

    Returns:
        The full IRIs of the classes, properties and individuals.

    >>> DG.Statement in terms(), len(terms())
    (True, 120)
    """
    return frozenset(dir(DG))

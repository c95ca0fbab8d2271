"""The diplograph ontology and its SHACL shapes, shipped with the package.

``diplograph.ttl`` is the one source of the ``dg:`` vocabulary: the closed
namespace :data:`diplograph.graph.namespace.DG`, the node types of
:data:`diplograph.types.NODE_TYPES`, the positions and their labels
(``lexicons/common/positions.tsv``) and the lists of ``shapes.ttl`` are
checked against it by ``tests/test_namespace.py``.

>>> path(ONTOLOGY).name, path(SHAPES).is_file()
('diplograph.ttl', True)
"""
from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable

__all__ = ["ONTOLOGY", "SHAPES", "path"]

#: The OWL vocabulary (Turtle).
ONTOLOGY = "diplograph.ttl"
#: The SHACL shapes of the graphs a build writes (Turtle).
SHAPES = "shapes.ttl"


def path(name: str) -> Traversable:
    """A file of the shipped ontology folder (open it, or pass ``str()`` of it to a parser).

    Args:
        name: :data:`ONTOLOGY`, :data:`SHAPES` or another file of the folder.

    Returns:
        The file, inside the installed package.
    """
    return resources.files(__name__).joinpath(name)

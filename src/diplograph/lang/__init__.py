"""The language layer: detection, folding, sentences, the language data and its forms.

The inflectors register themselves with :mod:`diplograph.lang.forms` when
:mod:`diplograph.lang.morph` is imported, which importing this package does:
so the registry does not import its plug-ins.
"""
from diplograph.lang import morph  # noqa: F401  (registers the inflectors)

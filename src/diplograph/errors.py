"""One exception root, so that the CLI can turn every expected failure into one line.

Each message says what happened and how to fix it.
"""


class DiplographError(Exception):
    """The root of every error diplograph raises on purpose."""


class InputError(DiplographError):
    """A file, corpus line or option that cannot be read as asked."""


class LanguageError(DiplographError):
    """A document in a language diplograph has no lexicons for."""


class DataError(DiplographError):
    """A lexicon or knowledge-base file that is malformed (a bug in the package data)."""


class QueryError(DiplographError):
    """A SPARQL query that is unknown, malformed or run against a missing build."""


class StoreError(DiplographError):
    """A store folder that cannot be opened, read or written as asked."""


class ServerError(DiplographError):
    """The SPARQL server cannot start: no oxigraph binary, a port in use, nothing to serve."""


class EndpointError(DiplographError):
    """A SPARQL endpoint that cannot be reached or refuses a request."""

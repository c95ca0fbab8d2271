"""A SPARQL 1.1 endpoint over a store or a build, and loading a build into any endpoint.

:func:`start_server` runs the real Oxigraph server (the ``oxigraph`` binary of
the PyPI package ``oxigraph``) on a store folder, or on a temporary copy of a
build's ``graph.trig``: bound to 127.0.0.1 unless told otherwise, read-only
unless ``allow_update``, and with the union of the named graphs as the default
graph (as :func:`diplograph.store.query.run_query` queries it). Its endpoints are
``/query`` (SPARQL query), ``/update`` (SPARQL update, when writable) and
``/store`` (the Graph Store Protocol).

:func:`push` loads a build or a store into any SPARQL 1.1 Graph Store Protocol
endpoint (Oxigraph, Fuseki, GraphDB...), with ``urllib``: each document's
graph is PUT (replacing what the endpoint held for that document, so pushing
again duplicates nothing), the shared graphs (``graph/entities``,
``graph/kb``) are POSTed (merged with what other builds put there).

>>> graph_store_url("http://127.0.0.1:7878/query")
'http://127.0.0.1:7878/store'
"""
from __future__ import annotations

import base64
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplograph.errors import EndpointError, ServerError, StoreError

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DEFAULT_QUERY_TIMEOUT",
    "PushReport",
    "Server",
    "find_oxigraph",
    "free_port",
    "graph_store_url",
    "http_request",
    "push",
    "start_server",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: Seconds a query may run on ``serve`` before oxigraph abandons it.
DEFAULT_QUERY_TIMEOUT = 60.0

_ENTITIES = "https://w3id.org/diplograph/resource/graph/entities"
_KB = "https://w3id.org/diplograph/resource/graph/kb"
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def find_oxigraph() -> str:
    """The path of the ``oxigraph`` server binary.

    Looked for beside this Python (the ``oxigraph`` package installs it among
    the environment's scripts), then on ``PATH``.

    Returns:
        The path.

    Raises:
        ServerError: it is not installed.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError("the oxigraph server is not installed; install it with: pip install 'oxigraph>=0.5,<0.6'")


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nothing listens on at ``host`` now (the system picks it).

    >>> 0 < free_port() < 65536
    True
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _check_port(host: str, port: int) -> None:
    if not 0 < port < 65536:
        raise ServerError(f"port {port} is not a TCP port; give --port between 1 and 65535")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
                raise ServerError(f"port {port} on {host} is in use; stop what listens there "
                                  f"or choose another with --port") from exc
            raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror}; check --host") from exc


def _hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass
class Server:
    """A running Oxigraph server: a child process, stopped by :meth:`stop` or on leaving a ``with`` block.

    Attributes:
        host, port: where it listens.
        writable: whether it accepts updates.
        location: the store folder it serves.
        process: the child process.
    """

    host: str
    port: int
    writable: bool
    location: Path
    process: subprocess.Popen = field(repr=False)
    _temporary: Path | None = field(default=None, repr=False)
    _log: Any = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    upstream: int = 0
    _gate: Any = field(default=None, repr=False)
    _reading: Any = field(default=None, repr=False)

    @property
    def write_url(self) -> str:
        """The query URL with the write token as Basic auth, for :func:`push` (the plain query URL when read-only)."""
        if self.token is None:
            return self.query_url
        return f"http://diplograph:{self.token}@{_hostport(self.host, self.port)}/query"

    @property
    def auth_headers(self) -> dict[str, str]:
        """The header that lets a request write (empty when read-only)."""
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    @property
    def url(self) -> str:
        """The server's base URL, such as ``http://127.0.0.1:7878``."""
        return f"http://{_hostport(self.host, self.port)}"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint (refused with 403 when read-only)."""
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint."""
        return self.url + "/store"

    def running(self) -> bool:
        """Whether the server process is still alive."""
        return self.process.poll() is None

    def wait(self) -> int:
        """Block until the server stops; return its exit status."""
        return self.process.wait()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` seconds) and remove its temporary copy."""
        try:
            if self._gate is not None:
                self._gate.stop()
                self._gate = None
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=timeout)
        finally:
            if self._log is not None:
                self._log.close()
                self._log = None
            if self._temporary is not None:
                shutil.rmtree(self._temporary, ignore_errors=True)
                self._temporary = None
            if self._reading is not None:
                self._reading.close()  # lets builds write the store again
                self._reading = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(*, store: str | os.PathLike[str] | None = None, trig: str | os.PathLike[str] | None = None,
                 host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, allow_update: bool = False,
                 timeout: float = 30.0, binary: str | None = None, query_timeout: float = DEFAULT_QUERY_TIMEOUT,
                 allow_service: bool = False, token: str | None = None) -> Server:
    """Start an Oxigraph SPARQL server on a store folder or a build's TriG, and wait until it answers.

    The oxigraph server listens on a private loopback port behind a gate
    (:mod:`diplograph.store.gate`) that answers on ``host:port``: it refuses
    cross-site requests and foreign ``Host`` names, asks for the token to
    write, and refuses ``SERVICE`` unless ``allow_service``.

    Args:
        store: a store folder (from ``diplograph build --store``).
        trig: or a TriG file (a build's ``graph.trig``): it is loaded into a
            temporary store, removed when the server stops (read-only only).
        host: the address to listen on (loopback by default; anything else
            exposes the endpoint to the network).
        port: the TCP port.
        allow_update: accept SPARQL updates and Graph Store writes (a store
            only), from requests that carry the token.
        timeout: seconds to wait for the server to answer.
        binary: the ``oxigraph`` executable (found by :func:`find_oxigraph` by default).
        query_timeout: seconds a query may run (0: no limit).
        allow_service: let queries call other endpoints with ``SERVICE``.
        token: the write token (a random one by default, in ``Server.token``).

    Returns:
        The running :class:`Server`; stop it with :meth:`Server.stop` or a ``with`` block.

    Raises:
        ServerError: nothing to serve, updates asked of a build, no oxigraph
            binary, the port in use, or a server that does not start in time.
        StoreError: a store folder that is missing, locked by a writer, or being written by a build.
    """
    from diplograph.atomic import die_with_parent
    from diplograph.store.gate import Gate
    from diplograph.store.disk import is_store, lock_for_reading, open_store

    if (store is None) == (trig is None):
        raise ServerError("serve either a store (--store DIR) or a build (--out DIR)")
    if query_timeout < 0:
        raise ServerError(f"--timeout-s must be 0 (no limit) or more, not {query_timeout:g}")
    binary = binary or find_oxigraph()
    _check_port(host, port)
    temporary = reading = None
    if store is not None:
        location = Path(store)
        if not is_store(location):
            if not allow_update:
                open_store(location)  # raises the StoreError that says what is wrong
            open_store(location, write=True)  # a new or empty folder becomes an empty store (it checks the folder)
        if not allow_update:
            reading = lock_for_reading(location)  # builds wait until this server stops
    else:
        if allow_update:
            raise ServerError("--allow-update needs a store: a build is served from a temporary copy, where "
                              "updates would be lost; make one with 'diplograph build --store DIR'")
        trig = Path(trig)
        if not trig.is_file():
            raise ServerError(f"{trig}: no build there; run 'diplograph build' first, or pass --out or --store")
        from diplograph.atomic import remove_stale

        remove_stale(Path(tempfile.gettempdir()), "diplograph-serve-")  # copies of servers that were killed
        temporary = Path(tempfile.mkdtemp(prefix=f"diplograph-serve-{os.getpid()}-"))
        location = temporary / "store"
        try:
            _load_copy(trig, location)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
    upstream = free_port("127.0.0.1")
    command = [binary, "serve" if allow_update else "serve-read-only", "--location", str(location),
               "--bind", f"127.0.0.1:{upstream}", "--union-default-graph"]
    if query_timeout:
        command += ["--timeout-s", str(max(1, round(query_timeout)))]
    if allow_update and token is None:
        token = secrets.token_urlsafe(24)
    log = tempfile.TemporaryFile(prefix="diplograph-serve-", suffix=".log")
    try:
        gate = Gate(host=host, port=port, upstream=upstream, token=token if allow_update else None,
                    allow_service=allow_service, timeout=(query_timeout or 3600) + 30)
    except OSError as exc:
        log.close()
        if reading is not None:
            reading.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port or --host") from exc
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                               preexec_fn=die_with_parent)
    server = Server(host, port, allow_update, location, process, temporary, log, token if allow_update else None,
                    upstream, gate, reading)
    try:
        _wait_ready(server, timeout)
    except BaseException:
        message = _read_log(log)
        server.stop()
        if "lock" in message.lower():
            raise StoreError(f"{location}: the store is in use by another process (a build, or a server with "
                             "--allow-update); stop it first") from None
        raise
    gate.start()
    return server


def _load_copy(trig: Path, location: Path) -> None:
    import pyoxigraph as ox

    from diplograph.errors import QueryError

    copy = ox.Store(str(location))
    try:
        copy.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        copy.flush()
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{trig}: cannot be read as RDF: {str(exc).splitlines()[0] if str(exc) else exc}") from exc
    finally:
        del copy


def _read_log(log: Any) -> str:
    try:
        log.seek(0)
        return log.read().decode("utf-8", "replace")
    except (OSError, ValueError):
        return ""


def _wait_ready(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    probe = f"http://127.0.0.1:{server.upstream}/query?query=" + urllib.parse.quote("ASK {}")
    while True:
        if not server.running():
            text = _read_log(server._log).strip().splitlines()
            reason = text[0] if text else f"exit status {server.process.returncode}"
            if reason.startswith("Error: "):
                reason = reason[len("Error: "):]
            raise ServerError(f"the oxigraph server stopped at once: {reason}")
        try:
            with _opener("127.0.0.1").open(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise ServerError(f"the oxigraph server did not answer on {server.url} within {timeout:g} s")
        time.sleep(0.05)


# ---------------------------------------------------------------------------
# HTTP

def _opener(host: str | None) -> urllib.request.OpenerDirector:
    """urllib's opener; a loopback address never goes through a proxy."""
    if host and (host in _LOOPBACK or host.startswith("127.")):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def http_request(url: str, *, method: str = "GET", data: bytes | None = None, headers: dict[str, str] | None = None,
                 timeout: float = 60.0) -> tuple[int, bytes]:
    """Make one HTTP request with ``urllib``; a user and password in the URL are sent as Basic auth.

    Args:
        url: the URL.
        method: GET, POST, PUT, DELETE...
        data: the body.
        headers: extra headers.
        timeout: seconds to wait for the server.

    Returns:
        ``(status, body)`` for any answer, error statuses included.

    Raises:
        EndpointError: the server cannot be reached (refused, unknown host, timeout).
    """
    parts = urllib.parse.urlsplit(url)
    _check_url(url)
    headers = dict(headers or {})
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        netloc += f":{parts.port}" if parts.port else ""
        url = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with _opener(parts.hostname).open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read() or b""
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        reason = getattr(reason, "strerror", None) or str(reason)
        where = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        raise EndpointError(f"cannot reach {_safe(where)}: {reason}; is the server running? check the URL") from exc


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{_safe(url)!r} is not an http(s) URL; give the endpoint as http://host:port/path")


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def graph_store_url(endpoint: str) -> str:
    """The Graph Store Protocol URL that goes with a SPARQL endpoint URL.

    Oxigraph's ``/query`` or ``/sparql`` (or its bare address) goes with
    ``/store``, Fuseki's ``/<dataset>/sparql`` or ``/<dataset>/query`` with
    ``/<dataset>/data``, GraphDB's and RDF4J's ``/repositories/<id>`` with
    ``/repositories/<id>/rdf-graphs/service``; any other URL is taken to be
    the Graph Store endpoint itself. ``--graph-store-url`` overrides the guess.

    Args:
        endpoint: the endpoint URL.

    Returns:
        The Graph Store URL.

    >>> graph_store_url("http://localhost:3030/news/sparql")
    'http://localhost:3030/news/data'
    >>> graph_store_url("http://localhost:7200/repositories/news")
    'http://localhost:7200/repositories/news/rdf-graphs/service'
    >>> graph_store_url("http://127.0.0.1:7878")
    'http://127.0.0.1:7878/store'
    """
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    segments = path.split("/")
    if len(segments) >= 3 and segments[-2] == "repositories":
        path = path + "/rdf-graphs/service"
    elif segments[-1] in ("query", "sparql") and len(segments) >= 3:
        path = "/".join(segments[:-1]) + "/data"  # Fuseki: /<dataset>/sparql
    elif segments[-1] in ("query", "sparql", "store", ""):
        path = "/store"  # Oxigraph
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


@dataclass
class PushReport:
    """What :func:`push` sent: graphs and triples, and where."""

    url: str
    graphs: int = 0
    triples: int = 0

    def describe(self) -> str:
        """One line for the command line.

        >>> PushReport("http://127.0.0.1:7878/store", 3, 120).describe()
        'pushed 3 graphs (120 triples) to http://127.0.0.1:7878/store'
        """
        return f"pushed {self.graphs} graphs ({self.triples} triples) to {_safe(self.url)}"


def push(source: Any, endpoint: str, *, graph_store: str | None = None, timeout: float = 120.0) -> PushReport:
    """Load a build or a store into a SPARQL 1.1 Graph Store Protocol endpoint.

    Each document's named graph is PUT (replacing the endpoint's copy), the
    shared graphs are POSTed (merged), as N-Triples.

    Args:
        source: a build's ``graph.trig``, a store folder, a pyoxigraph Store or an rdflib Dataset.
        endpoint: the endpoint's URL (its SPARQL query URL, or its Graph Store URL).
        graph_store: the Graph Store URL, when :func:`graph_store_url` does not guess it right.
        timeout: seconds to wait for each request.

    Returns:
        A :class:`PushReport`.

    Raises:
        EndpointError: the endpoint cannot be reached or refuses a graph (the
            message gives the HTTP status and the server's first line).
    """
    import pyoxigraph as ox

    from diplograph.graph.source import open_source

    _check_url(endpoint)
    target = graph_store or graph_store_url(endpoint)
    _check_url(target)
    store = open_source(source)
    report = PushReport(target)
    names = sorted(store.named_graphs(), key=lambda g: (g.value in (_ENTITIES, _KB), str(g)))
    for name in names:
        if not isinstance(name, ox.NamedNode):
            continue
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        shared = name.value in (_ENTITIES, _KB)
        separator = "&" if "?" in target else "?"
        url = f"{target}{separator}graph={urllib.parse.quote(name.value, safe='')}"
        status, answer = http_request(url, method="POST" if shared else "PUT", data=body, timeout=timeout,
                                      headers={"Content-Type": "application/n-triples; charset=utf-8"})
        if status >= 300:
            raise EndpointError(_refusal(target, status, answer, name.value))
        report.graphs += 1
        report.triples += len(triples)
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        separator = "&" if "?" in target else "?"
        status, answer = http_request(f"{target}{separator}default", method="POST", timeout=timeout,
                                      data=ox.serialize(default, format=ox.RdfFormat.N_TRIPLES),
                                      headers={"Content-Type": "application/n-triples; charset=utf-8"})
        if status >= 300:
            raise EndpointError(_refusal(target, status, answer, "the default graph"))
        report.graphs += 1
        report.triples += len(default)
    return report


def _refusal(target: str, status: int, answer: bytes, what: str) -> str:
    first = answer.decode("utf-8", "replace").strip().splitlines()
    said = f": {first[0][:200]}" if first else ""
    if status in (401, 403):
        hint = "is it read-only (start it with --allow-update) or does it need a user and password in the URL?"
    elif status in (404, 405):
        hint = "is this the Graph Store endpoint? give it with --graph-store-url"
    else:
        hint = "see the server's log"
    return f"{_safe(target)} refused {what} (HTTP {status}{said}); {hint}"

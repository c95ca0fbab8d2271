"""The front door of ``diplograph serve``: an HTTP proxy that checks each request before Oxigraph sees it.

The oxigraph server listens on a private loopback port; the gate listens on
the address the user chose and forwards what passes its checks:

- **Host**: on a loopback address, only a loopback name (``127.0.0.1:PORT``,
  ``localhost:PORT``, ``[::1]:PORT``) is answered, so that a web page cannot
  reach the endpoint through a DNS name that points at 127.0.0.1 (DNS rebinding).
- **Cross-site requests**: a request that a browser marks as coming from
  another site (an ``Origin`` that is not the endpoint's own, or
  ``Sec-Fetch-Site: cross-site``) is refused, so that a page the analyst
  opens can neither write nor start a query (an ``<img src=.../query?...>``).
- **Writes** (``/update``, and any method but GET and HEAD on ``/store``)
  need the server's secret token: ``Authorization: Bearer TOKEN``, or Basic
  auth with the token as the password (so ``diplograph push --endpoint
  http://diplograph:TOKEN@127.0.0.1:7878/query`` works), or ``X-Diplograph-Token``.
  An HTML form can send none of them.
- **SERVICE**: a query or update that calls another endpoint is refused
  unless ``allow_service``: the server would otherwise fetch any URL a query names.

>>> uses_service("SELECT * WHERE { SERVICE <http://e.x/sparql> { ?s ?p ?o } }")
True
>>> uses_service('SELECT ?service WHERE { ?s <http://e.x/SERVICE> "SERVICE" } # SERVICE')
False
"""
from __future__ import annotations

import base64
import hmac
import http.client
import http.server
import re
import socket
import threading
import urllib.parse
from typing import Iterable

__all__ = ["Gate", "allowed_hosts", "uses_service"]

# Strings, IRIs and comments: what can hold the word SERVICE without being the keyword.
_SKIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                   r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w?$:.\-])SERVICE(?![\w:\-])", re.IGNORECASE)
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
               "transfer-encoding", "upgrade", "host", "authorization", "x-diplograph-token", "content-length"}
_LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


def uses_service(text: str) -> bool:
    """Whether a SPARQL query or update calls ``SERVICE`` (outside strings, IRIs and comments)."""
    return bool(_SERVICE.search(_SKIP.sub(" ", text)))


def allowed_hosts(host: str, port: int) -> frozenset[str] | None:
    """The ``Host`` headers answered on a loopback address; None (any) on another address.

    >>> sorted(allowed_hosts("127.0.0.1", 7878))
    ['127.0.0.1:7878', '[::1]:7878', 'localhost:7878']
    >>> allowed_hosts("0.0.0.0", 7878) is None
    True
    """
    if not (host in ("::1", "localhost") or host.startswith("127.")):
        return None
    own = f"[{host}]" if ":" in host else host
    return frozenset(f"{name}:{port}" for name in {*_LOOPBACK, own})


class Gate:
    """The proxy: :meth:`start` serves in a thread, :meth:`stop` closes it.

    Args:
        host, port: where it listens.
        upstream: the oxigraph server's port on 127.0.0.1.
        token: the secret that writes need (None: the server is read-only, and oxigraph refuses writes).
        allow_service: let queries call other endpoints with ``SERVICE``.
        timeout: seconds to wait for oxigraph's answer.
    """

    def __init__(self, *, host: str, port: int, upstream: int, token: str | None, allow_service: bool = False,
                 timeout: float = 600.0) -> None:
        self.host, self.port, self.upstream = host, port, upstream
        self.token, self.allow_service, self.timeout = token, allow_service, timeout
        self.hosts = allowed_hosts(host, port)
        gate = self

        class Handler(_Handler):
            pass

        Handler.gate = gate

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True
            address_family = socket.AF_INET6 if ":" in host else socket.AF_INET

        self.httpd = Server((host, port), Handler)
        # a short poll: stop() returns within it (the default half second made every stop wait)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       name="diplograph-gate", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- checks ------------------------------------------------------------------------

    def refusal(self, method: str, path: str, headers: http.client.HTTPMessage, body: bytes) -> tuple[int, str] | None:
        """``(status, reason)`` when a request must not reach oxigraph, else None."""
        host = (headers.get("Host") or "").strip().lower()
        if self.hosts is not None and host not in self.hosts:
            return 403, (f"this endpoint answers only to {sorted(self.hosts)[0]} (Host {host or 'missing'} "
                         "refused: DNS rebinding protection)")
        origin = headers.get("Origin")
        if origin is not None and origin.lower() != f"http://{host}":
            return 403, f"cross-origin request from {origin} refused"
        if (headers.get("Sec-Fetch-Site") or "").lower() in ("cross-site", "same-site"):
            return 403, "cross-site request refused"
        route = urllib.parse.urlsplit(path).path.rstrip("/")
        write = route.endswith("/update") or (route.endswith("/store") and method not in ("GET", "HEAD"))
        if write and self.token is not None and not self._authorized(headers):
            return 401, "writes need the server's token: send 'Authorization: Bearer TOKEN' (printed at start)"
        if not self.allow_service and uses_service(_sparql_text(method, path, headers, body)):
            return 403, "SERVICE calls to other endpoints are off; start the server with --allow-service"
        return None

    def _authorized(self, headers: http.client.HTTPMessage) -> bool:
        given = headers.get("X-Diplograph-Token") or ""
        auth = headers.get("Authorization") or ""
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "bearer":
            given = value.strip()
        elif scheme.lower() == "basic":
            try:
                given = base64.b64decode(value.strip()).decode("utf-8").partition(":")[2]
            except (ValueError, UnicodeDecodeError):
                given = ""
        return bool(given) and hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))


def _sparql_text(method: str, path: str, headers: http.client.HTTPMessage, body: bytes) -> str:
    """Every query or update text a request may carry: URL parameters, a form body or a SPARQL body."""
    texts: list[str] = []
    query = urllib.parse.urlsplit(path).query
    texts += _form_values(query)
    kind = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if body and kind == "application/x-www-form-urlencoded":
        texts += _form_values(body.decode("utf-8", "replace"))
    elif body and kind in ("application/sparql-query", "application/sparql-update"):
        texts.append(body.decode("utf-8", "replace"))
    return "\n".join(texts)


def _form_values(encoded: str) -> Iterable[str]:
    return [v for k, v in urllib.parse.parse_qsl(encoded, keep_blank_values=True) if k in ("query", "update")]


class _Handler(http.server.BaseHTTPRequestHandler):
    gate: Gate
    server_version = "diplograph"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # the oxigraph server keeps no access log either

    def _forward(self) -> None:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding"):
            self._answer(411, "send a Content-Length, not a chunked body")
            return
        try:
            body = self.rfile.read(int(length)) if length else b""
        except ValueError:
            self._answer(400, "bad Content-Length")
            return
        refused = self.gate.refusal(self.command, self.path, self.headers, body)
        if refused is not None:
            self._answer(*refused)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        upstream = http.client.HTTPConnection("127.0.0.1", self.gate.upstream, timeout=self.gate.timeout)
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            self.send_response(answer.status, answer.reason)
            for key, value in answer.getheaders():
                if key.lower() not in _HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            while chunk := answer.read(65536):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException):
            self.close_connection = True  # the client left, or oxigraph stopped: nothing more to say
        finally:
            upstream.close()

    def _answer(self, status: int, reason: str) -> None:
        data = (reason + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="diplograph"')
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _forward  # noqa: N815

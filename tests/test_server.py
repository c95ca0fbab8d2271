"""A real Oxigraph server on loopback: serve a store or a build, push to it, query it over HTTP."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.cli import _parser, main
from diplograph.graph.rdf import build_dataset, write_trig
from diplograph.store.query import list_queries, load_query, run_query
from diplograph.errors import EndpointError, ServerError, StoreError
from diplograph.store.server import find_oxigraph, free_port, graph_store_url, http_request, push, start_server
from diplograph.store.disk import add_to_store

try:
    from tests import fixtures as fx
    from tests.test_store import english_v2, quads
except ImportError:  # run without the repository root on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests import fixtures as fx
    from tests.test_store import english_v2, quads

try:
    find_oxigraph()
except ServerError as missing:  # pragma: no cover - the dev extra installs it
    pytest.skip(str(missing), allow_module_level=True)

HOST = "127.0.0.1"


@pytest.fixture
def serve():
    """start(**kwargs) -> Server on 127.0.0.1 and a free port; every server is stopped afterwards."""
    started = []

    def start(**kwargs):
        kwargs.setdefault("port", free_port(HOST))
        server = start_server(timeout=60, **kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
    assert all(not server.running() for server in started)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("served") / "kb"
    add_to_store(path, build_dataset(fx.extractions(), kb=fx.FakeKB()))
    return path


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    return write_trig(build_dataset(fx.extractions(), kb=fx.FakeKB()), tmp_path_factory.mktemp("build") / "graph.trig")


def sparql(url: str, query: str) -> list[dict]:
    """Rows of a SELECT sent over HTTP, as {variable: value}."""
    status, body = http_request(url, method="POST", data=urllib.parse.urlencode({"query": query}).encode(),
                                headers={"Content-Type": "application/x-www-form-urlencoded",
                                         "Accept": "application/sparql-results+json"}, timeout=30)
    assert status == 200, body
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def graph_sizes(url: str) -> dict[str, int]:
    rows = sparql(url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}


def local_sizes(source) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for g, *_ in quads(source):
        sizes[g.strip("<>")] = sizes.get(g.strip("<>"), 0) + 1
    return sizes


def test_read_only_server_answers_the_named_queries_like_the_store(serve, store_dir):
    server = serve(store=store_dir)
    assert server.url == f"http://{HOST}:{server.port}" and not server.writable
    for name in list_queries():
        over_http = sparql(server.query_url, load_query(name))
        assert len(over_http) == len(run_query(store_dir, name)), name
    rejecters = {r["subjectLabel"] for r in sparql(server.query_url, load_query("rejections"))}
    assert rejecters == {"Kremlin", "Ukraine", "United Kingdom"}


def test_read_only_server_refuses_updates_and_writes(serve, store_dir):
    server = serve(store=store_dir)
    before = graph_sizes(server.query_url)
    status, body = http_request(server.update_url, method="POST", data=b"CLEAR ALL",
                                headers={"Content-Type": "application/sparql-update"})
    assert status == 403, body
    status, _ = http_request(server.store_url + "?graph=" + urllib.parse.quote("http://example.org/g", safe=""),
                             method="PUT", data=b"<http://a> <http://b> <http://c> .",
                             headers={"Content-Type": "application/n-triples"})
    assert status == 403
    with pytest.raises(EndpointError, match="read-only"):
        push(store_dir, server.query_url)
    assert graph_sizes(server.query_url) == before == local_sizes(store_dir)


def test_default_bind_is_loopback(serve, store_dir):
    assert _parser().parse_args(["serve"]).host == HOST
    server = serve(store=store_dir)  # no host given
    assert server.host == HOST
    # oxigraph itself listens on a private loopback port, behind the gate
    assert server.process.args[server.process.args.index("--bind") + 1] == f"{HOST}:{server.upstream}"
    tcp = Path("/proc/net/tcp")
    if tcp.exists():  # what the kernel says listens on the ports: 127.0.0.1 only
        for port in (server.port, server.upstream):
            listening = [line.split()[1] for line in tcp.read_text().splitlines()[1:]
                         if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == port]
            assert listening == ["0100007F:%04X" % port]


def test_push_to_a_writable_server_replaces_documents_and_duplicates_nothing(serve, tmp_path, trig):
    empty = tmp_path / "remote"
    del_me = ox.Store(str(empty))
    del del_me
    server = serve(store=empty, allow_update=True)
    report = push(trig, server.write_url)
    assert report.url.endswith(server.store_url.split("@")[-1].split("//")[-1]) and report.graphs == len(local_sizes(trig))
    assert graph_sizes(server.query_url) == local_sizes(trig)
    push(trig, server.write_url)  # again: every graph replaced or merged, nothing doubled
    assert graph_sizes(server.query_url) == local_sizes(trig)
    changed = build_dataset([english_v2()], kb=fx.FakeKB())
    push(changed, server.write_url)
    sizes = graph_sizes(server.query_url)
    english_graph = "https://w3id.org/diplograph/resource/graph/en_demo_01"
    assert sizes[english_graph] == local_sizes(changed)[english_graph] < local_sizes(trig)[english_graph]
    visits = sparql(server.query_url, "PREFIX dg: <https://w3id.org/diplograph/ontology#> "
                                      "SELECT ?s WHERE { ?s dg:predicate dg:visits }")
    assert visits == []


@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
def test_hostile_strings_survive_a_push(serve, tmp_path, text):
    empty = tmp_path / "remote"
    del_me = ox.Store(str(empty))
    del del_me
    server = serve(store=empty, allow_update=True)
    dataset = build_dataset([fx.hostile_extraction(text)])
    push(dataset, server.write_url)
    status, body = http_request(server.store_url, headers={"Accept": "application/n-quads"})
    assert status == 200
    back = ox.Store()
    back.load(body, format=ox.RdfFormat.N_QUADS)
    assert quads(back) == quads(dataset)


def test_a_build_folder_is_served_from_a_temporary_copy(serve, trig):
    server = serve(trig=trig)
    copy = server.location
    assert copy.is_dir() and graph_sizes(server.query_url) == local_sizes(trig)
    server.stop()
    assert not copy.exists() and not server.running()


def test_port_in_use_is_a_one_line_error(serve, store_dir):
    server = serve(store=store_dir)
    with pytest.raises(ServerError) as error:
        serve(store=store_dir, port=server.port)
    assert "in use" in str(error.value) and "--port" in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("kwargs, error, message", [
    ({"trig": "/no/such/graph.trig"}, ServerError, "no build there"),
    ({"store": "/no/such/store"}, StoreError, "no store there"),
    ({"trig": "/no/such/graph.trig", "allow_update": True}, ServerError, "needs a store"),
    ({}, ServerError, "either a store"),
])
def test_nothing_to_serve(kwargs, error, message):
    with pytest.raises(error, match=message):
        start_server(port=free_port(HOST), **kwargs)


def test_unreachable_endpoint_is_a_one_line_error(trig):
    port = free_port(HOST)  # nothing listens there
    with pytest.raises(EndpointError) as error:
        push(trig, f"http://{HOST}:{port}/query", timeout=5)
    assert f"cannot reach http://{HOST}:{port}/store" in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("endpoint, expected", [
    ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
    ("http://127.0.0.1:7878/", "http://127.0.0.1:7878/store"),
    ("http://localhost:3030/news/sparql", "http://localhost:3030/news/data"),
    ("http://localhost:3030/news/query", "http://localhost:3030/news/data"),
    ("http://localhost:7200/repositories/news", "http://localhost:7200/repositories/news/rdf-graphs/service"),
    ("http://localhost:3030/news/data", "http://localhost:3030/news/data"),
])
def test_graph_store_url(endpoint, expected):
    assert graph_store_url(endpoint) == expected


def test_cli_push_and_errors(serve, tmp_path, trig, capsys):
    empty = tmp_path / "remote"
    del_me = ox.Store(str(empty))
    del del_me
    server = serve(store=empty, allow_update=True)
    assert main(["push", "--endpoint", server.write_url, "--out", str(trig.parent)]) == 0
    assert capsys.readouterr().out.startswith(f"pushed {len(local_sizes(trig))} graphs")
    assert main(["push", "--endpoint", f"http://{HOST}:{free_port(HOST)}/query", "--out", str(trig.parent)]) == 2
    assert main(["push", "--endpoint", server.query_url, "--out", str(tmp_path / "none")]) == 2
    assert main(["serve", "--store", str(tmp_path / "none"), "--port", str(free_port(HOST))]) == 2
    assert main(["serve", "--store", str(empty), "--port", "70000"]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 4 and all(line.startswith("diplograph: error: ") for line in errors)


@pytest.mark.slow
def test_cli_serve_runs_until_interrupted(store_dir):
    port = free_port(HOST)
    process = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "serve", "--store", str(store_dir),
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)  # its own process group, with the oxigraph child
    try:
        line = process.stdout.readline()  # printed once the server answers (bounded by its 30 s start timeout)
        assert line.startswith(f"SPARQL endpoint: http://{HOST}:{port}/query (read-only)"), process.stderr.read()
        assert len(sparql(f"http://{HOST}:{port}/query", load_query("rejections"))) == len(run_query(store_dir, "rejections"))
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the oxigraph child is gone too: the port is free again
        try:
            free = start_server(store=store_dir, port=port, timeout=30)
        except ServerError:
            time.sleep(0.2)
            continue
        free.stop()
        break
    else:
        pytest.fail(f"port {port} still in use after the CLI stopped")


# -- the gate: what a web page, a foreign host name or a heavy query can do -------------------------------

@pytest.fixture
def writable(serve, tmp_path, store_dir):
    """A writable server on a copy of the served store."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(store_dir, copy, ignore=shutil.ignore_patterns("LOCK", "diplograph.lock"))
    return serve(store=copy, allow_update=True)


def test_writes_need_the_token(writable):
    before = graph_sizes(writable.query_url)
    plain = {"Content-Type": "application/sparql-update"}
    assert http_request(writable.update_url, method="POST", data=b"DROP ALL", headers=plain)[0] == 401
    assert http_request(writable.update_url, method="POST", data=b"DROP ALL",
                        headers={**plain, "Authorization": "Bearer wrong"})[0] == 401
    status, _ = http_request(writable.store_url, method="DELETE")
    assert status == 401 and graph_sizes(writable.query_url) == before
    status, _ = http_request(writable.update_url, method="POST", data=b"DROP ALL",
                             headers={**plain, **writable.auth_headers})
    assert status == 204 and graph_sizes(writable.query_url) == {}


@pytest.mark.parametrize("headers", [
    {"Host": "attacker.example:{port}"},  # DNS rebinding: a name that resolves to 127.0.0.1
    {"Origin": "http://attacker.example"},
    {"Sec-Fetch-Site": "cross-site"},  # an <img src=.../query?...> on another site
], ids=["host", "origin", "sec-fetch-site"])
def test_requests_from_other_sites_are_refused(serve, store_dir, headers):
    server = serve(store=store_dir)
    headers = {k: v.format(port=server.port) for k, v in headers.items()}
    url = server.query_url + "?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    status, body = http_request(url, headers=headers)
    assert status == 403, body
    assert http_request(url)[0] == 200  # the same request from this machine's own tools


@pytest.mark.slow
def test_a_cross_origin_form_post_in_a_browser_cannot_write(writable, tmp_path):
    """A page on another origin submits a form to /update, as an attacker's page would, in real Chromium."""
    import http.server
    import threading

    from tests.support import chromium as _chromium

    if not _chromium.available():
        pytest.skip("Chromium is not installed")
    before = graph_sizes(writable.query_url)
    assert before
    page_html = (f'<form id="f" method="POST" action="{writable.update_url}" target="sink">'
                 '<input name="update" value="DROP ALL"></form><iframe name="sink"></iframe>'
                 '<script>document.getElementById("f").submit()</script>').encode()
    answers: list[int] = []

    class Attacker(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page_html)

        def log_message(self, *args):
            pass

    attacker = http.server.ThreadingHTTPServer((HOST, 0), Attacker)
    threading.Thread(target=attacker.serve_forever, daemon=True).start()
    try:
        flags = ("--proxy-server=direct://", "--host-resolver-rules=MAP nothing.invalid ~NOTFOUND")
        with _chromium.Chromium(extra_flags=flags) as browser:
            page = browser.new_page()
            page.call("Network.emulateNetworkConditions",
                      {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
            page.goto(f"http://localhost:{attacker.server_address[1]}/")
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not answers:
                answers += [e["response"]["status"] for e in page.events("Network.responseReceived")
                            if e["response"]["url"].startswith(writable.update_url)]
                time.sleep(0.1)
    finally:
        attacker.shutdown()
        attacker.server_close()
    assert answers and answers[0] in (401, 403)  # the browser did send the form
    assert graph_sizes(writable.query_url) == before


def test_a_query_is_abandoned_after_the_timeout(serve, tmp_path):
    big = ox.Store(str(tmp_path / "big"))
    graph = ox.NamedNode("http://example.org/g")
    big.extend([ox.Quad(ox.NamedNode(f"http://example.org/{i}"), ox.NamedNode("http://example.org/p"),
                        ox.Literal(str(i)), graph) for i in range(1000)])
    big.flush()
    del big
    server = serve(store=tmp_path / "big", query_timeout=1)
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # a billion rows: minutes
    started = time.monotonic()
    try:  # oxigraph cuts the answer off: an error status, or a stream that ends early
        status, body = http_request(server.query_url + "?query=" + urllib.parse.quote(heavy), timeout=60,
                                    headers={"Accept": "application/sparql-results+json"})
        answered = status == 200 and "bindings" in json.loads(body.decode("utf-8", "replace") or "{}").get("results", {})
    except (EndpointError, ValueError):
        answered = False
    assert not answered and time.monotonic() - started < 30


def test_service_calls_are_off_unless_allowed(serve, store_dir):
    import http.server
    import threading

    asked: list[str] = []

    class Remote(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            asked.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args):
            pass

    remote = http.server.ThreadingHTTPServer((HOST, 0), Remote)
    threading.Thread(target=remote.serve_forever, daemon=True).start()
    try:
        server = serve(store=store_dir)
        query = f"SELECT * WHERE {{ SERVICE <http://{HOST}:{remote.server_address[1]}/sparql> {{ ?s ?p ?o }} }}"
        status, body = http_request(server.query_url, method="POST", data=query.encode(),
                                    headers={"Content-Type": "application/sparql-query"})
        assert status == 403 and b"--allow-service" in body and asked == []
    finally:
        remote.shutdown()
        remote.server_close()


def test_serve_makes_an_empty_store_in_a_new_folder(serve, tmp_path):
    server = serve(store=tmp_path / "new", allow_update=True)
    assert graph_sizes(server.query_url) == {}


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _gone(pid: int, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
            stat = Path(f"/proc/{pid}/stat").read_text()
            if stat.split(")")[-1].split()[0] == "Z":  # a zombie: dead, not yet reaped
                return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL], ids=["TERM", "HUP", "KILL"])
def test_any_signal_on_serve_stops_the_oxigraph_child(trig, signum, tmp_path):
    port = free_port(HOST)
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # to see the temporary copy go
    process = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "serve", "--out", str(trig.parent),
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env, start_new_session=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("SPARQL endpoint:"), process.stderr.read()
        children = _children(process.pid)
        assert children and list(tmp_path.glob("diplograph-serve-*"))
        process.send_signal(signum)
        process.wait(timeout=30)
        assert all(_gone(child) for child in children)
        if signum != signal.SIGKILL:
            assert process.returncode == 0 and not list(tmp_path.glob("diplograph-serve-*"))
        else:  # the copy a killed server left is removed by the next one
            os.environ["TMPDIR"], before = str(tmp_path), os.environ.get("TMPDIR")
            import tempfile
            tempfile.tempdir = None
            try:
                start_server(trig=trig, port=free_port(HOST)).stop()
            finally:
                os.environ.pop("TMPDIR") if before is None else os.environ.__setitem__("TMPDIR", before)
                tempfile.tempdir = None
            assert not list(tmp_path.glob("diplograph-serve-*"))
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def test_a_read_only_server_and_a_build_exclude_each_other(serve, tmp_path, store_dir):
    """Oxigraph's read-only server would go on answering from the store as it was: a build is refused."""
    import shutil

    from diplograph.build import build
    from diplograph.store.disk import lock_for_writing

    copy = tmp_path / "copy"
    shutil.copytree(store_dir, copy, ignore=shutil.ignore_patterns("LOCK", "diplograph.lock"))
    server = serve(store=copy)
    with pytest.raises(StoreError, match="stop the server, run the build, then serve again"):
        add_to_store(copy, build_dataset([english_v2()], kb=fx.FakeKB()))
    never = []

    def documents():
        never.append(1)
        yield from ()

    with pytest.raises(StoreError, match="read-only"):
        build(documents(), out=tmp_path / "out", store=copy)
    assert never == []  # refused before any work
    server.stop()
    writing = lock_for_writing(copy)
    try:
        with pytest.raises(StoreError, match="a build is writing"):
            serve(store=copy)
    finally:
        writing.close()
    add_to_store(copy, build_dataset([english_v2()], kb=fx.FakeKB()))  # the server is gone: writes work again

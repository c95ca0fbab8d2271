"""The command line: a thin layer over :mod:`diplograph.pipeline` and friends.

Every expected failure is a :class:`~diplograph.errors.DiplographError`,
printed as one line with a non-zero exit; never a traceback.
"""
from __future__ import annotations

import argparse
import logging
import sys
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from diplograph.errors import DiplographError, InputError

__all__ = ["main"]

EXAMPLE = "seed_coalition_ar.txt"
EXAMPLE_PUBLISHED = "2025-09-01"
#: Seconds a query may run from the command line (--timeout).
QUERY_TIMEOUT = 60.0


class _StderrLines(logging.Handler):
    """The library's log records as the command line's own lines: ``diplograph: warning: ...``.

    It writes to whatever ``sys.stderr`` is when a record comes (tests swap it),
    and never a traceback.
    """

    def emit(self, record: logging.LogRecord) -> None:
        word = "note" if record.levelno < logging.WARNING else "warning" if record.levelno < logging.ERROR else "error"
        try:
            print(f"diplograph: {word}: {record.getMessage()}", file=sys.stderr)
        except Exception:  # a record that cannot be formatted must not stop the command
            self.handleError(record)


#: Loggers whose notes (INFO) a user of the command line sees; every other logger shows warnings and errors.
_NOTES = ("diplograph.build",)


@contextmanager
def _library_messages():
    """Print the library's warnings (and the build's notes) on stderr while a command runs, then leave logging as it was."""
    loggers = [logging.getLogger("diplograph"), *map(logging.getLogger, _NOTES)]
    levels = [logger.level for logger in loggers]
    handler = _StderrLines()
    loggers[0].addHandler(handler)
    for logger, level in zip(loggers, levels):
        if level == logging.NOTSET:
            logger.setLevel(logging.WARNING if logger is loggers[0] else logging.INFO)
    try:
        yield
    finally:
        loggers[0].removeHandler(handler)
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _example_path() -> Path:
    return Path(str(resources.files("diplograph.data").joinpath(EXAMPLE)))


def cmd_extract(args: argparse.Namespace) -> int:
    from diplograph.build import announce_long
    from diplograph.export.jsonl import export_jsonl
    from diplograph.ingest import parse_date, read_text_file
    from diplograph.lang.detect import resolve_language
    from diplograph.lang.profile import load_language
    from diplograph.pipeline import Extractor

    if args.format != "jsonl":
        raise InputError(f"--format {args.format!r} is not supported; use jsonl")
    if args.lang:
        load_language(args.lang)
    document = read_text_file(args.file, published=parse_date(args.published), lang=args.lang)
    # a text in a script the chosen language does not use is an error, never an empty success
    resolve_language(document.text, document.lang)
    document = next(announce_long([document]))
    sys.stdout.write(export_jsonl(Extractor().extract(document)))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from diplograph.build import Summary, build
    from diplograph.ingest import parse_date, read_inputs

    published = parse_date(args.published) if args.published else None
    inputs = args.inputs
    if not inputs:
        inputs = [_example_path()]
        published = published or parse_date(EXAMPLE_PUBLISHED)
    summary = Summary()
    documents = read_inputs(inputs, published=published, on_error=summary.skip)
    outputs = [f for f in args.outputs.split(",") if f] if args.outputs else None
    with _signals_stop():  # SIGTERM and SIGHUP clean up as Ctrl-C does: no staging folder, no workers left
        build(documents, out=Path(args.out), label_lang=args.label_lang, summary=summary, outputs=outputs,
              workers=args.workers, engine=args.engine, scheduler=args.scheduler, progress=True, store=args.store)
    print(summary.describe())
    return 0


def _graph_source(args: argparse.Namespace):
    """The graph a command reads: the store of --store, else the TriG of the build in --out."""
    if args.store:
        from diplograph.store.disk import open_store

        return open_store(args.store)
    source = Path(args.out) / "graph.trig"
    if not source.is_file():
        raise InputError(f"{source}: no build there; run 'diplograph build' first or pass --out or --store")
    return source


def cmd_query(args: argparse.Namespace) -> int:
    from diplograph.store.query import check_bindings, describe_queries, format_result, load_query, run_query

    if args.list:
        print(describe_queries())
        return 0
    if args.timeout < 0:
        raise InputError(f"--timeout {args.timeout:g}: give a number of seconds, or 0 for no limit")
    bindings = {}
    for item in args.bind or ():
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise InputError(f"--bind {item!r}: write NAME=VALUE, e.g. --bind actor=Macron")
        bindings[name] = value
    if args.sparql:
        path = Path(args.sparql)
        if not path.is_file():
            raise InputError(f"{path}: no such query file")
        query = path.read_text(encoding="utf-8")
    elif args.name:
        load_query(args.name)  # an unknown name fails here, listing the names
        check_bindings(args.name, bindings)
        query = args.name
    else:
        raise InputError("give a query NAME or --sparql FILE; 'diplograph query --list' shows the names")
    if args.sparql:
        from diplograph.store.gate import uses_service

        if uses_service(query) and not args.allow_service:
            raise InputError("the query calls another endpoint with SERVICE; pass --allow-service to let it")
    if args.store:
        from diplograph.store.disk import is_store, open_store

        if not is_store(Path(args.store)):
            open_store(args.store)  # says what is wrong with the folder
        # The folder, not the store: the query opens it in the process that runs it.
        source = Path(args.store)
    else:
        source = _graph_source(args)
    try:
        rows = run_query(source, query, bindings=bindings or None, timeout=args.timeout)
    except KeyboardInterrupt:
        print("diplograph: query stopped", file=sys.stderr)
        return 130
    print(format_result(rows, args.format))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from diplograph.errors import ServerError
    from diplograph.store.server import start_server

    options = dict(host=args.host, port=args.port, allow_update=args.allow_update, query_timeout=args.timeout_s,
                   allow_service=args.allow_service)
    with _signals_stop():
        if args.store:
            server = start_server(store=args.store, **options)
        else:
            server = start_server(trig=Path(args.out) / "graph.trig", **options)
        try:
            mode = "read-write" if args.allow_update else "read-only"
            print(f"SPARQL endpoint: {server.query_url} ({mode}); Graph Store: {server.store_url}; Ctrl-C stops it",
                  flush=True)
            if server.token:
                print(f"write token: {server.token} (send 'Authorization: Bearer {server.token}'; "
                      f"push with --endpoint {server.write_url})", flush=True)
            if not (args.host.startswith("127.") or args.host in ("::1", "localhost")):
                print(f"diplograph: warning: listening on {args.host}: anyone who can reach it can query the graph",
                      file=sys.stderr)
            status = server.wait()
        except KeyboardInterrupt:
            print("diplograph: server stopped", file=sys.stderr)
            return 0
        finally:
            server.stop()
    if status != 0:
        raise ServerError(f"the oxigraph server stopped with status {status}")
    return 0


class _Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP: stop as Ctrl-C does, running every clean-up on the way out."""


@contextmanager
def _signals_stop():
    """Turn SIGTERM and SIGHUP into KeyboardInterrupt while the block runs (systemd and 'docker stop' send SIGTERM)."""
    import signal

    def stop(signum, frame):
        raise _Stopped(signal.Signals(signum).name)

    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    try:
        previous = {n: signal.signal(getattr(signal, n), stop) for n in names}
    except ValueError:  # not the main thread: leave signals as they are
        yield
        return
    try:
        yield
    finally:
        for n, handler in previous.items():
            signal.signal(getattr(signal, n), handler)


def cmd_push(args: argparse.Namespace) -> int:
    from diplograph.store.server import push

    source = _graph_source(args)
    print(push(source, args.endpoint, graph_store=args.graph_store_url).describe())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from diplograph.export.formats import export

    for path in export(args.format, out=args.out, store=args.store, to=args.to):
        print(path)
    return 0


def _writers_help() -> tuple[list[str], str, str]:
    """From the writer registry: the format names, a line listing the default build's outputs, one naming every format."""
    from diplograph.export.formats import WRITERS, build_outputs

    default = build_outputs()
    builds = ", ".join(f"{w.output} ({w.name})" if w.output != w.name else w.name for w in default)
    formats = "; ".join(f"{w.name}: {w.help}" for w in WRITERS.values())
    return list(WRITERS), builds, formats


def _parser() -> argparse.ArgumentParser:
    names, builds, formats = _writers_help()
    from diplograph.export.formats import build_outputs

    files = [w.file for w in build_outputs()]
    parser = argparse.ArgumentParser(prog="diplograph", description="Build a knowledge graph of who did what to whom from diplomatic news.")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="extract from articles and write the graph outputs",
                           description="Extract from .txt and .html files, folders or globs of them, .jsonl corpora and "
                                       "RSS/Atom feeds (default: the bundled example) "
                                       f"and write {', '.join(files[:-1])} and {files[-1]}.")
    build.add_argument("inputs", nargs="*", help=".txt/.html files, folders or globs of them, .jsonl corpora, feeds")
    build.add_argument("--out", default="output", help="output folder (default: output)")
    build.add_argument("--published", help="publication date of .txt inputs, YYYY-MM-DD")
    build.add_argument("--label-lang", default="en", help="language of the HTML page's labels (default: en)")
    build.add_argument("--outputs", help=f"comma-separated outputs to write (default: {builds}); any of "
                                         f"{', '.join(names)}")
    build.add_argument("--workers", type=int, default=1, help="extraction processes (default: 1)")
    build.add_argument("--engine", default="local", choices=["local", "dask"], help="where extraction runs")
    build.add_argument("--scheduler", help="Dask scheduler address, with --engine dask")
    build.add_argument("--store", help="also add the build to the persistent store in this folder (made if missing); "
                                       "documents it holds already are replaced")
    build.set_defaults(func=cmd_build)

    extract = sub.add_parser("extract", help="print the statement export of one article",
                             description="Print the entity and statement lines of one article as JSON Lines.")
    extract.add_argument("file", help="a UTF-8 .txt article")
    extract.add_argument("--published", required=True, help="publication date, YYYY-MM-DD")
    extract.add_argument("--lang", help="language code (default: detected)")
    extract.add_argument("--format", default="jsonl", help="output format (jsonl)")
    extract.set_defaults(func=cmd_extract)

    query = sub.add_parser("query", help="run a named SPARQL query or a query file over a build",
                           description="Run a named query (see --list) or --sparql FILE over the build in --out.")
    query.add_argument("name", nargs="?", help="a named query")
    query.add_argument("--sparql", help="a file holding a SPARQL query")
    query.add_argument("--out", default="output", help="the build folder (default: output)")
    query.add_argument("--store", help="query the persistent store in this folder instead of a build")
    query.add_argument("--format", default="table", choices=["table", "csv", "json"])
    query.add_argument("--bind", action="append", metavar="VAR=VALUE",
                       help="a parameter of the query (repeatable); --list shows each query's")
    query.add_argument("--list", action="store_true", help="list the named queries: what each does, its "
                                                           "parameters and its columns")
    query.add_argument("--timeout", type=float, default=QUERY_TIMEOUT, metavar="SECONDS",
                       help=f"stop the query after this many seconds (default: {QUERY_TIMEOUT:g}; 0: no limit)")
    query.add_argument("--allow-service", action="store_true", help="let the query call other endpoints (SERVICE)")
    query.set_defaults(func=cmd_query)

    serve = sub.add_parser("serve", help="serve a store or a build as a SPARQL 1.1 endpoint (Oxigraph)",
                           description="Serve SPARQL 1.1 over HTTP with the oxigraph server: /query, /update "
                                       "(with --allow-update) and /store (Graph Store Protocol), the union of the "
                                       "named graphs as the default graph. Read-only and on 127.0.0.1 by default.")
    source = serve.add_mutually_exclusive_group()
    source.add_argument("--store", help="the store folder to serve")
    source.add_argument("--out", default="output", help="or the build folder to serve (default: output)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=7878, help="TCP port (default: 7878)")
    serve.add_argument("--allow-update", action="store_true",
                       help="accept SPARQL updates and Graph Store writes (needs --store; a new or empty folder "
                            "becomes an empty store) from requests that carry the token printed at start")
    serve.add_argument("--timeout-s", type=float, default=60.0, metavar="SECONDS",
                       help="abandon a query after this many seconds (default: 60; 0: no limit)")
    serve.add_argument("--allow-service", action="store_true",
                       help="let queries call other endpoints with SERVICE (off: the server would fetch any URL a "
                            "query names)")
    serve.set_defaults(func=cmd_serve)

    push = sub.add_parser("push", help="load a build or a store into a SPARQL Graph Store endpoint",
                          description="PUT each document's named graph (replacing the endpoint's copy) and POST the "
                                      "shared graphs to a SPARQL 1.1 Graph Store Protocol endpoint "
                                      "(Oxigraph, Fuseki, GraphDB...).")
    push.add_argument("--endpoint", required=True, help="the endpoint's SPARQL URL (http://host:port/query), or its "
                                                        "Graph Store URL; user:password@ in it is sent as Basic auth")
    source = push.add_mutually_exclusive_group()
    source.add_argument("--out", default="output", help="the build folder to push (default: output)")
    source.add_argument("--store", help="or the store folder to push")
    push.add_argument("--graph-store-url", help="the Graph Store Protocol URL, when it is not the one guessed from "
                                                "--endpoint (Oxigraph /store, Fuseki /<dataset>/data, GraphDB "
                                                "/repositories/<id>/rdf-graphs/service)")
    push.set_defaults(func=cmd_push)

    export = sub.add_parser("export", help="export a build or a store as RDF, GraphML, GEXF, CSV or statement lines",
                            description=f"Write the graph of a build or a store in one format. {formats}.")
    export.add_argument("--format", required=True, choices=names, help="the format (see above)")
    export.add_argument("--out", default="output", help="the build folder, and where the export goes by default "
                                                        "(default: output)")
    export.add_argument("--store", help="export the store in this folder instead of the build")
    export.add_argument("--to", help="the file to write (default: graph.<ext> in --out); for csv, the folder of "
                                     "nodes.csv and edges.csv")
    export.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["extract", "/no/such/file.txt", "--published", "2025-09-01"])
    2
    """
    args = _parser().parse_args(argv)
    try:
        with _library_messages():
            return args.func(args)
    except DiplographError as err:
        print(f"diplograph: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("diplograph: interrupted; outputs already written are intact", file=sys.stderr)
        return 130
    except OSError as err:
        print(f"diplograph: error: {_os_message(err)}", file=sys.stderr)
        return 2


def _os_message(err: OSError) -> str:
    """One line for an OSError, whatever it carries (a file and a reason, or only a message).

    >>> _os_message(FileNotFoundError(2, "No such file or directory", "a.txt"))
    'a.txt: No such file or directory'
    >>> _os_message(OSError("Connection refused by http://127.0.0.1:9/sparql"))
    'Connection refused by http://127.0.0.1:9/sparql'
    """
    reason = err.strerror or (str(err).strip().splitlines() or [type(err).__name__])[0]
    return f"{err.filename}: {reason}" if err.filename else reason


if __name__ == "__main__":
    sys.exit(main())

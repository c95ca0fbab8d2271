"""Named SPARQL queries over a build (``graph.trig``), one ``.rq`` file each.

Run them with :func:`diplograph.query.run_query` or ``diplograph query NAME``.
Each file starts with comment lines saying what it returns and which variables
to bind; parameters are bound as values (``--bind term=...``), never pasted into
the query text. The default graph is the union of all named graphs.
"""

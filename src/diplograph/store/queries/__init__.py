"""Named SPARQL queries over a build (``graph.trig``), one ``.rq`` file each.

Run them with :func:`diplograph.store.query.run_query` or ``diplograph query NAME``.
Parameters are bound as values (``--bind term=...``), never pasted into the
query text. The default graph is the union of all named graphs.

Each file starts with a comment header that ``diplograph query --list`` reads
(:func:`diplograph.store.query.query_info`)::

    # One line: what the query answers.
    # More lines of explanation, if needed.
    # Bind: NAME (KIND): what to give, e.g. --bind NAME=...
    # Columns: first, second (a note), third.

``Bind:`` declares a parameter, one line each, required unless its kind is
followed by ``, optional``; KIND is ``text`` (bound as it is), ``actor`` (a
name in any language, looked up among the graph's actors), ``date``
(``YYYY-MM-DD``, an ``xsd:date``), or ``limit`` / ``offset`` (a whole number
that sets the query's one ``LIMIT n`` / ``OFFSET n`` line; ``limit`` 0 takes
every row). ``Columns:`` lists
the SELECTed variables in order; the tests check it against the query.
"""

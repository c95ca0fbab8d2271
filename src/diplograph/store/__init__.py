"""Where a build is kept and read: the persistent Oxigraph store (:mod:`.disk`),
SPARQL over any build (:mod:`.query`, with the named queries of ``queries/``),
and the SPARQL endpoint (:mod:`.server` behind :mod:`.gate`).
"""

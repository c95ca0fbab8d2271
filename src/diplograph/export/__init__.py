"""Writing a build out: the statement export (:mod:`.jsonl`) and the file
formats of ``diplograph export`` (:mod:`.formats`).
"""

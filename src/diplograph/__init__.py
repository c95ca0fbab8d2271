"""diplograph: read diplomatic news and build a knowledge graph of who did what to whom."""

__version__ = "0.1.0"

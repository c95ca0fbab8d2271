"""Readers that turn files into :class:`~diplograph.types.Document` records."""
from diplograph.ingest.readers import parse_date, read_inputs, read_text_file

__all__ = ["parse_date", "read_inputs", "read_text_file"]

"""Readers that turn files into :class:`~diplograph.types.Document` records, streamed."""
from diplograph.ingest.readers import parse_date, read_feed, read_html_file, read_inputs, read_jsonl, read_text_file

__all__ = ["parse_date", "read_feed", "read_html_file", "read_inputs", "read_jsonl", "read_text_file"]

"""Interactive offline views of the knowledge graph.

:func:`write_html` writes one self-contained HTML page (vis-network, the copy
pyvis ships, inlined; no CDN) with filters, a legend and an evidence panel;
its data is written as compact columns that the page's script reads.
"""
from diplograph.viz.html import LABEL_LANGS, layout_positions, render_html, write_html

__all__ = ["LABEL_LANGS", "layout_positions", "render_html", "write_html"]

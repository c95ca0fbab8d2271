"""Interactive offline views of the knowledge graph.

:func:`write_html` writes one self-contained HTML page (vis-network via pyvis,
inlined; no CDN) with filters, a legend and an evidence panel.
"""
from diplograph.viz.html import LABEL_LANGS, layout_positions, render_html, write_html

__all__ = ["LABEL_LANGS", "layout_positions", "render_html", "write_html"]

"""L5, drawing: one matplotlib style and save helper, the figures, and escaped HTML highlighting.

Modules: ``plots`` (style, :func:`~framing.viz.plots.save_figure`, plotting functions that take
``ax=None`` and return the Axes), ``palette`` (colours without repeats, "others"), ``figures`` (the registry of the report's figures; also
:mod:`framing.figures`), ``figures_voice`` and ``figures_compare`` (the figures themselves), and
``display`` (:func:`~framing.viz.display.highlight_html`). Nothing is imported here, so that
``import framing.viz.display`` does not load matplotlib.
"""

"""Tracking in the window: actuals typed, pasted or imported, markers on the charts, rankings and signposts."""

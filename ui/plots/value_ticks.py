"""A value axis whose labels group thousands: "100,000" and "2,000,000", not "100000" and "2e+06"."""

from __future__ import annotations

import math

import pyqtgraph as pg

from models.formatting import MINUS, localise


class ValueTicks(pg.AxisItem):
    """pyqtgraph's value axis, with large labels written out and grouped, as the tables write them."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Return each tick's label with as many decimals as the spacing needs, grouped from 10,000."""
        if self.logMode or spacing * scale <= 0:
            return super().tickStrings(values, scale, spacing)
        places = max(0, math.ceil(-math.log10(spacing * scale)))
        labels = []
        for value in values:
            scaled = value * scale
            if scaled != 0 and (abs(scaled) < 1e-3 or abs(scaled) >= 1e15):
                labels.append(f"{scaled:g}")  # beyond what grouped digits can show
            elif abs(scaled) >= 10_000:
                labels.append(f"{scaled:,.{places}f}")
            else:
                labels.append(f"{scaled:.{places}f}")
        # The true minus sign, as every table and brief writes it.
        labels = [localise(label) for label in labels]  # the decimal comma in Spanish, as the tables write it
        return [MINUS + label[1:] if label.startswith("-") else label for label in labels]

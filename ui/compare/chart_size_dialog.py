"""Ask how large an exported chart file is: its printed width and height, and for a PNG its resolution."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from ui.compare.chart_export import DEFAULT_DPI, DEFAULT_HEIGHT_MM, DEFAULT_WIDTH_MM


class ChartSizeDialog(QDialog):
    """Choose the printed size (mm) and, for a PNG, the resolution (dots per inch) of exported charts."""

    def __init__(self, with_dpi: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ChartSizeDialog", "Chart size"))
        self.width_mm = self._spin(40, 600, int(DEFAULT_WIDTH_MM), " mm")
        self.height_mm = self._spin(30, 600, int(DEFAULT_HEIGHT_MM), " mm")
        self.dpi = self._spin(72, 1200, DEFAULT_DPI, " dpi")
        self.dpi.setToolTip(QCoreApplication.translate("ChartSizeDialog", "300 dpi prints sharply; 96 dpi is screen size"))
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ChartSizeDialog", "&Width:"), self.width_mm)
        form.addRow(QCoreApplication.translate("ChartSizeDialog", "&Height:"), self.height_mm)
        if with_dpi:
            form.addRow(QCoreApplication.translate("ChartSizeDialog", "&Resolution:"), self.dpi)
        else:
            self.dpi.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def chosen(self) -> tuple[float, float, int]:
        """Return (width mm, height mm, dpi)."""
        return float(self.width_mm.value()), float(self.height_mm.value()), self.dpi.value()


def ask_chart_size(parent: QWidget, with_dpi: bool) -> tuple[float, float, int] | None:
    """Return the chosen chart size, or None if the user cancelled."""
    dialog = ChartSizeDialog(with_dpi, parent)
    return dialog.chosen() if dialog.exec() else None

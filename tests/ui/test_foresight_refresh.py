"""One edit in the Foresight window refreshes its view once, and a typed score redoes only its own cells."""

from __future__ import annotations

import pytest

from tests.ui.conftest import wait_results
from tests.ui.test_foresight_ui import foresight, study  # noqa: F401 - the same small study and window

__all__ = ["foresight", "study"]


def test_a_pole_edit_and_its_undo_refresh_the_matrix_exactly_once_each(window, foresight, qtbot):  # noqa: F811
    foresight.show_tab("matrix")
    view = foresight.matrix
    view.make_quadrants()
    wait_results(qtbot, window)
    before = view.refreshes
    view._spins[(0, 1, "price")].setValue(60.0)  # changes the matrix and two scenarios: two signals
    assert view.refreshes == before + 1
    wait_results(qtbot, window)
    assert view.refreshes == before + 1  # new results redraw the curves, not the whole matrix
    window.undo_action.trigger()
    assert view.refreshes == before + 2


def test_values_waiting_for_their_re_simulation_are_not_shown_as_current(window, foresight, qtbot):  # noqa: F811
    foresight.show_tab("matrix")
    view = foresight.matrix
    view.headline.setCurrentIndex(view.headline.findData("revenue"))
    view.make_quadrants()
    wait_results(qtbot, window)
    assert all(cell.values.isEnabled() for cell in view.cells.values())
    view._spins[(0, 1, "price")].setValue(60.0)
    assert not any(cell.values.isEnabled() for cell in view.cells.values())  # greyed: the old run's numbers
    wait_results(qtbot, window)
    assert all(cell.values.isEnabled() for cell in view.cells.values())
    # revenue = price * 2 * (1 + (t - 2025) / 10): at the start it is exactly twice the pole's price
    assert view.cells["11"].curve.getData()[1][0] == pytest.approx(120.0)


def cells(view) -> list[tuple[str, str, object]]:
    """Return every cell of the consistency matrix as the user sees it: text, tooltip, tint."""
    table = view.matrix
    return [(table.item(r, c).text(), table.item(r, c).toolTip(), table.item(r, c).background().color().name())
            for r in range(table.rowCount()) for c in range(table.columnCount())]


def test_a_typed_score_redoes_its_two_cells_as_a_full_rebuild_would(window, foresight):  # noqa: F811
    foresight.show_tab("box")
    view = foresight.box
    rebuilds = view.rebuilds
    view.assessor.setText("Ben")
    view.matrix.item(0, 2).setText("+1")  # Ben's view of Low price with Calm: the mean of −3 and +1
    assert view.rebuilds == rebuilds  # no rebuild for one score
    assert view.matrix.item(0, 2).text() == view.matrix.item(2, 0).text() == "−1 ±4"
    assert view.status.text().startswith("3 of 4")  # the list of combinations follows the new mean
    view.matrix.item(1, 3).setText("2")  # a pair nobody had judged: High price with Riots
    view.matrix.item(1, 3).setText("")  # and Ben takes it back: the cell is blank and untinted again
    shown = cells(view)
    view._shown = []  # forget what was shown: the next refresh fills the matrix from scratch
    view.refresh()
    assert view.rebuilds == rebuilds + 1
    assert cells(view) == shown

"""Every control can be reached with Tab, in reading order, and the standard undo keys work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def tab_chain(window) -> list:
    """Return the widgets Tab visits from the study selector, once round."""
    chain, widget = [], window.study_box
    while True:
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(window):
            widget = widget.nextInFocusChain()
        if widget is window.study_box or len(chain) > 500:
            return chain


def test_tab_reaches_every_control_in_reading_order(window):
    chain = tab_chain(window)
    sliders = [window.assumptions.row(n).slider for n in ("price", "aid", "unrest")]
    wanted = [window.study_box, window.scenarios.view, *sliders, window.indicators_button, window.table.view, window.table.years]
    positions = [chain.index(w) for w in wanted]
    assert positions == sorted(positions)


def test_undo_and_redo_keys(window):
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    for standard in QKeySequence.keyBindings(QKeySequence.StandardKey.Undo):
        assert standard in window.undo_action.shortcuts()


def test_ctrl_z_undoes_a_whole_run_of_arrow_keys(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    slider = window.assumptions.row("aid").slider
    slider.setFocus()
    for _ in range(4):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.assumptions.row("aid").value() == 5.8
    qtbot.keyClick(slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.assumptions.row("aid").value() == 5.0
    qtbot.keyClick(slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.assumptions.row("aid").value() == 5.8

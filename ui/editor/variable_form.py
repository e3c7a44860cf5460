"""The selected variable's details: name, label, kind, unit, group, its equations with live problems, uses."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.commands.variable import EditVariable, RenameVariable, TypeEquation
from models.domain import Variable
from models.language.checker import Problem
from models.language.equations import is_identifier
from models.language.references import used_by, uses
from ui.editor.assumption_editor import AssumptionEditor
from ui.editor.equation_editor import EquationEdit
from ui.qtmodels.variable_table_model import kind_name
from ui.session.study_session import StudySession
from ui.i18n.text import fill

KINDS = ("assumption", "auxiliary", "stock")
TEXT_FIELDS = ("label", "unit", "group", "description")
LINKS_DELAY_MS = 150


UNIT_WARNING_COLOUR = "#8a5300"  # amber, darker than the charts' warnings so it reads on white


def describe(problem: Problem) -> str:
    """Return a problem as one line for the person typing: where, what, and the likely fix."""
    message = problem.message
    if problem.position is not None:
        message = fill(QCoreApplication.translate("VariableForm", "Column %1: %2"), problem.position + 1, message)
    if problem.suggestion:
        message = fill(QCoreApplication.translate("VariableForm", "%1 — did you mean '%2'?"), message, problem.suggestion)
    return f"⚠ {message}"


class VariableForm(QWidget):
    """Edit one variable; each change is an undoable command, equations are checked as they are typed."""

    variable_chosen = Signal(str)  # a "uses" or "used by" link was followed: the variable's name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self._variable_id = ""
        self._gesture = 0
        self._typing: tuple[str, str] | None = None  # (variable id, field) of the current typing run
        self.name = QLineEdit(self)
        self.name.editingFinished.connect(self._rename)
        self.name_problem = _problem_label(self)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.activated.connect(self._kind_chosen)
        self.texts: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("VariableForm", "&Name:"), self.name)
        form.addRow("", self.name_problem)
        for field_name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda f=field_name: self._text_edited(f))
            self.texts[field_name] = edit
        form.addRow(QCoreApplication.translate("VariableForm", "&Label:"), self.texts["label"])
        form.addRow(QCoreApplication.translate("VariableForm", "&Kind:"), self.kind)
        form.addRow(QCoreApplication.translate("VariableForm", "&Unit:"), self.texts["unit"])
        form.addRow(QCoreApplication.translate("VariableForm", "&Group:"), self.texts["group"])
        form.addRow(QCoreApplication.translate("VariableForm", "&Description:"), self.texts["description"])
        self.equations: dict[str, EquationEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.unit_labels: dict[str, QLabel] = {}  # unit warnings: the model runs, but adds unlike things
        self.equation_captions: dict[str, QLabel] = {}
        self.equation_columns: dict[str, QWidget] = {}
        for field_name, caption in (("initial", QCoreApplication.translate("VariableForm", "&Initial value:")),
                                    ("equation", QCoreApplication.translate("VariableForm", "&Equation:"))):
            equation_edit = EquationEdit(self)
            equation_edit.setAccessibleName(caption.replace("&", "").rstrip(":"))
            equation_edit.text_edited.connect(lambda text, f=field_name: self._typed(f, text))
            label = QLabel(caption, self)
            label.setBuddy(equation_edit)
            self.equations[field_name] = equation_edit
            self.problem_labels[field_name] = _problem_label(self)
            self.unit_labels[field_name] = _problem_label(self, UNIT_WARNING_COLOUR)
            self.equation_captions[field_name] = label
            # The caption above the box and what is said under it, in the body's own column rather than in a
            # form row: the form layout did not give a box whose height follows its width the height it asked
            # for, so a long equation's last lines were cut or drawn over by the problem line under it.
            column = QWidget(self)
            stacked = QVBoxLayout(column)
            stacked.setContentsMargins(0, 4, 0, 0)
            stacked.setSpacing(2)
            for part in (label, equation_edit, self.problem_labels[field_name], self.unit_labels[field_name]):
                stacked.addWidget(part)
            self.equation_columns[field_name] = column
        self.assumption = AssumptionEditor(self)
        self.uses = _link_label(self)
        self.used_by = _link_label(self)
        for label in (self.uses, self.used_by):
            label.linkActivated.connect(self.variable_chosen)
        links = QFormLayout()
        links.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        links.addRow(QCoreApplication.translate("VariableForm", "Uses:"), self.uses)
        links.addRow(QCoreApplication.translate("VariableForm", "Used by:"), self.used_by)
        self.empty = QLabel(QCoreApplication.translate("VariableForm", "Select a variable in the list, or add one with Add ▾."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        for column in self.equation_columns.values():
            body_layout.addWidget(column)
        body_layout.addLayout(links)
        body_layout.addWidget(self.assumption)
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self._links_timer = QTimer(self)
        self._links_timer.setSingleShot(True)
        self._links_timer.setInterval(LINKS_DELAY_MS)
        self._links_timer.timeout.connect(self._refresh_links)
        self.show_variable("")

    def event(self, event: QEvent) -> bool:
        """Keep the form at least as tall as its rows need at its width, whenever they or the width change."""
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            # The scroll area sizes the form by its minimum height, not by its height for its width: left to
            # itself it gave the form the viewport's height, and the rows squeezed a long equation's box.
            needed = self.heightForWidth(self.width())
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)
        return handled

    def bind(self, session: StudySession) -> None:
        """Edit this session's study; follow its edits and compiles."""
        self._session = session
        self.assumption.bind(session)
        session.model_changed.connect(self.refresh)
        session.undo_stack.indexChanged.connect(self.refresh)

    def variable(self) -> Variable | None:
        """Return the variable shown (None when none is, or it was deleted)."""
        if self._session is None:
            return None
        return next((v for v in self._session.study.variables if v.id == self._variable_id), None)

    def show_variable(self, variable_id: str) -> None:
        """Show the variable with this id ("" for none)."""
        if variable_id != self._variable_id:
            self._typing = None
        self._variable_id = variable_id
        self.refresh()

    def refresh(self) -> None:
        """Show the variable's current fields and problems (after any edit, undo or compile)."""
        variable = self.variable()
        self.empty.setVisible(variable is None)
        self.body.setVisible(variable is not None)
        if variable is None or self._session is None:
            return
        study = self._session.study
        with QSignalBlocker(self.name), QSignalBlocker(self.kind):
            if not self.name.hasFocus():
                self.name.setText(variable.name)
            self.kind.setCurrentIndex(self.kind.findData(variable.kind))
        for field_name, edit in self.texts.items():
            if not edit.hasFocus():
                with QSignalBlocker(edit):
                    edit.setText(getattr(variable, field_name))
        names = {v.name: v.label for v in study.variables if v.id != variable.id}
        shown = {"initial": variable.kind == "stock", "equation": variable.kind != "assumption"}
        self.equation_captions["equation"].setText(QCoreApplication.translate("VariableForm", "&Change per time unit:") if variable.kind == "stock" else QCoreApplication.translate("VariableForm", "&Equation:"))
        problems = [p for p in self._session.problems if p.variable == variable.name]
        for field_name, equation_edit in self.equations.items():
            visible = shown[field_name]
            for widget in (equation_edit, self.equation_captions[field_name], self.problem_labels[field_name],
                           self.equation_columns[field_name]):
                widget.setVisible(visible)
            if not visible:
                self.unit_labels[field_name].hide()
            if not visible:
                continue
            equation_edit.set_names(names)
            text = getattr(variable, field_name)
            equation_edit.set_equation(text)
            own = [p for p in problems if p.field == field_name]
            equation_edit.set_problems([_span(text, p) for p in own if p.position is not None])
            label = self.problem_labels[field_name]
            label.setText("\n".join(describe(p) for p in own))
            label.setVisible(bool(own))
        self.assumption.setVisible(variable.kind == "assumption")
        if variable.kind == "assumption":
            self.assumption.show_variable(variable)
        # Finding the users means parsing every equation: once typing pauses, not on every key.
        self._links_timer.start()

    def _refresh_links(self) -> None:
        variable = self.variable()
        if variable is None or self._session is None:
            return
        self.uses.setText(_links(uses(variable, self._session.study)))
        self.used_by.setText(_links(used_by(variable.name, self._session.study)))
        self._show_unit_warnings(variable)

    def _show_unit_warnings(self, variable: Variable) -> None:
        """Say, under each equation without errors, where it adds or compares unlike units (as typing pauses)."""
        assert self._session is not None
        from models.units.check import check_units  # pint loads when a variable is first shown, not at start

        warnings = check_units(self._session.study, only=variable.name)
        errors = {p.field for p in self._session.problems if p.variable == variable.name}
        for field_name, label in self.unit_labels.items():
            shown = self.equations[field_name].isVisibleTo(self) and field_name not in errors
            # An unreadable unit is the variable's, said under its main equation.
            own = [w for w in warnings if w.field == field_name or (field_name == "equation" and w.field == "unit")]
            if shown and own:
                text = getattr(variable, field_name)
                spans = [(w.position, 1) for w in own if w.position is not None and w.field == field_name]
                self.equations[field_name].set_problems([_span(text, _at(pos)) for pos, _ in spans])
            label.setText("\n".join(QCoreApplication.translate("VariableForm", "⚠ Units: {0}").format(w.message)
                                    for w in own))
            label.setVisible(shown and bool(own))

    def _typed(self, field_name: str, text: str) -> None:
        variable = self.variable()
        if variable is None or self._session is None:
            return
        if self._typing != (variable.id, field_name):
            # One undo step per run of typing in one equation.
            self._gesture += 1
            self._typing = (variable.id, field_name)
        self._session.push(TypeEquation(variable.name, field_name, text, gesture=self._gesture))

    def _rename(self) -> None:
        variable, session = self.variable(), self._session
        if variable is None or session is None:
            return
        new = self.name.text().strip()
        self.name_problem.hide()
        if new == variable.name:
            return
        if not is_identifier(new):
            self._refuse(fill(QCoreApplication.translate("VariableForm", "'%1' cannot be a name: use letters, digits and _, start with a letter, and avoid function names, t, dt, and, or, not."), new))
        elif any(v.name == new for v in session.study.variables):
            self._refuse(fill(QCoreApplication.translate("VariableForm", "There is already a variable called '%1'."), new))
        else:
            self._typing = None
            session.push(RenameVariable(variable.name, new))

    def _refuse(self, message: str) -> None:
        self.name_problem.setText(f"⚠ {message}")
        self.name_problem.show()
        variable = self.variable()
        if variable is not None:
            with QSignalBlocker(self.name):
                self.name.setText(variable.name)

    def _text_edited(self, field_name: str) -> None:
        variable, session = self.variable(), self._session
        text = self.texts[field_name].text().strip()
        if variable is not None and session is not None and text != getattr(variable, field_name):
            session.push(EditVariable(variable.name, {field_name: text}))

    def _kind_chosen(self, _index: int) -> None:
        variable, session = self.variable(), self._session
        kind = self.kind.currentData()
        if variable is None or session is None or kind == variable.kind:
            return
        changes: dict[str, object] = {"kind": kind}
        # What the new kind needs and the variable does not have yet: a start the user then edits.
        if kind in ("auxiliary", "stock") and not variable.equation:
            changes["equation"] = "0" if variable.value is None else f"{variable.value:g}"
        if kind == "stock" and not variable.initial:
            changes["initial"] = "0"
        if kind == "assumption" and variable.value is None and variable.path is None:
            changes["value"] = 0.0
        session.push(EditVariable(variable.name, changes))


def _span(text: str, problem: Problem) -> tuple[int, int]:
    """Return the stretch of text to underline: the word at the problem's position, or one character."""
    position = problem.position or 0
    if position >= len(text):  # "found the end of the equation": mark the last character
        return max(len(text) - 1, 0), 1
    end = position
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return position, max(end - position, 1)


def _at(position: int) -> Problem:
    return Problem("", "", "", position=position)


def _problem_label(parent: QWidget, colour: str = "#b3261e") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    label.hide()
    return label


def _link_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    return label


def _links(names: list[str]) -> str:
    if not names:
        return "<i>" + QCoreApplication.translate("VariableForm", "nothing") + "</i>"
    return ", ".join(f'<a href="{html.escape(n)}">{html.escape(n)}</a>' for n in names)

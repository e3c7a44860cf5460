"""Every failed import in the window ends in a message, and nothing already in the library is lost."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtWidgets import QMessageBox

from models.domain import Variable, new_id
from storage.interchange import study_to_dict, write_study_file
from tests.ui.test_autosave_retry import REFUSE
from ui.sharing import import_flow
from ui.sharing.import_dialog import ImportDialog
from ui.sharing.import_flow import run_import


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Collect every message box the import shows (its text and details) instead of waiting for a click."""
    seen: list[str] = []

    def exec_(box) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen.append(text))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: 1)  # the user accepts the preview as it stands
    return seen


def snapshot(library):
    """Return everything stored: each study with its scenarios and their settings (not the moment of asking)."""
    studies = {s.id: study_to_dict(library.load_study(s.id)) for s in library.list_studies()}
    for data in studies.values():
        data.pop("exported_at")
    return studies


def test_a_number_python_cannot_read_is_refused_with_a_message(qtbot, window, library, study, tmp_path, messages):
    other = copy.deepcopy(study)
    other.id, other.title = new_id(), "Huge numbers"
    text = json.dumps(study_to_dict(other)).replace('"value": 40.0', '"value": ' + "9" * 5001, 1)
    path = tmp_path / "huge.json"
    path.write_text(text, encoding="utf-8")
    before = snapshot(library)
    run_import(window, path)
    [message] = messages
    assert message.startswith("huge.json was not imported; nothing changed.")
    assert message.split("\n", 1)[1].strip() and "Traceback" not in message
    assert snapshot(library) == before


def long_sum_file(study, path, terms=250):
    other = copy.deepcopy(study)
    other.id, other.title = new_id(), "Long sums"
    other.variables.append(Variable("long", "auxiliary", equation=" + ".join(["price"] * terms)))
    write_study_file(other, path)
    return other


def test_a_long_sum_is_either_imported_or_refused_with_its_place(qtbot, window, library, study, tmp_path, messages):
    other = long_sum_file(study, tmp_path / "long.json")
    run_import(window, tmp_path / "long.json")
    if library.has_study(other.id):
        assert not messages and window.session.study.id == other.id and window.session.compiled_ok
    else:
        [message] = messages
        assert message.startswith("long.json was not imported; nothing changed.")
        assert "Its model cannot be compiled" in message and "long.equation" in message


def test_a_model_the_compiler_cannot_take_is_refused_and_nothing_changes(
        qtbot, window, library, study, tmp_path, messages, monkeypatch):
    def compile_study(incoming):
        raise RecursionError("maximum recursion depth exceeded during compilation")

    monkeypatch.setattr(import_flow, "compile_study", compile_study)
    long_sum_file(study, tmp_path / "long.json")
    before = snapshot(library)
    run_import(window, tmp_path / "long.json")
    [message] = messages
    assert "Its model cannot be compiled" in message and "too long or too deeply nested" in message
    assert snapshot(library) == before and window.session.study.id == study.id


def test_a_library_that_refuses_the_write_says_so_and_keeps_what_it_had(
        qtbot, window, library, study, tmp_path, messages):
    other = copy.deepcopy(study)
    other.id, other.title = new_id(), "A colleague's study"
    write_study_file(other, tmp_path / "colleague.json")
    before = snapshot(library)
    with library._engine.begin() as connection:  # the library holds its file exclusively: change it through it
        connection.exec_driver_sql(REFUSE)
    try:
        run_import(window, tmp_path / "colleague.json")
    finally:
        with library._engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER refuse_saves")
    [message] = messages
    assert message.startswith("colleague.json was not imported:") and "the disk is full" in message
    assert snapshot(library) == before and window.session.study.id == study.id


def test_an_unexpected_failure_while_merging_ends_in_a_message(
        qtbot, window, library, study, tmp_path, messages, monkeypatch):
    def merge_into(*args, **kwargs):
        raise KeyError("effects")

    monkeypatch.setattr(import_flow, "merge_into", merge_into)
    theirs = copy.deepcopy(study)
    theirs.scenario_named("Other").overrides["price"] = 90.0
    write_study_file(theirs, tmp_path / "theirs.json")
    before = snapshot(library)
    run_import(window, tmp_path / "theirs.json")
    [message] = messages
    assert message == "theirs.json was not imported: 'effects'.\n\nNothing already in your library was lost."
    assert snapshot(library) == before
    assert window.session.study.scenario_named("Other").overrides["price"] == 80.0


def test_file_import_of_a_broken_file_says_what_and_where_in_spanish(qtbot, window, library, tmp_path, messages):
    from ui.i18n import install_language, remove_language

    path = tmp_path / "roto.json"
    path.write_text('{"format": "prospectiva-study", "version": 1,\n "study": {"title": "x" "time": 1}}\n', encoding="utf-8")
    before = snapshot(library)
    translators = install_language("es")
    try:
        run_import(window, path)
    finally:
        remove_language(translators)
    [message] = messages
    # The missing comma is at line 2, column 25: where the second key starts.
    assert "roto.json no se puede abrir como un estudio de Prospectiva:" in message
    assert "línea 2, columna 25: no es JSON válido (se esperaba el separador ',')" in message
    assert "cannot be opened" not in message and "not valid JSON" not in message
    assert snapshot(library) == before

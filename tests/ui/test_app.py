"""Start-up: a new library is seeded with the sample and opens on it; a bad library is refused politely."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.repository import open_library
from ui import app as app_module
from ui.main_window import MainWindow


def close_main_window_soon(seen: list) -> None:
    """Close the main window once the event loop runs, remembering what it showed."""

    def close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend((w.windowTitle(), w.session.study.title, [p.name for p in w.charts.plots()]) for w in windows)
        for window in windows:
            window.close()
        QApplication.instance().quit()

    QTimer.singleShot(0, close)


def test_first_run_seeds_the_sample_and_shows_it(qapp, tmp_path):
    path = tmp_path / "new.sqlite"
    seen: list = []
    close_main_window_soon(seen)
    assert app_module.run_gui(path) == 0
    assert len(seen) == 1
    title, study_title, plots = seen[0]
    assert "Bolivia" in study_title and study_title in title and plots
    library = open_library(path)
    try:
        assert [s.title for s in library.list_studies()] == [study_title]
    finally:
        library.close()


def test_opening_a_file_imports_it_and_shows_it(qapp, tmp_path):
    path = tmp_path / "lib.sqlite"
    seen: list = []
    close_main_window_soon(seen)
    assert app_module.run_gui(path, app_module.SAMPLE_STUDY) == 0
    assert "Bolivia" in seen[0][1]


def test_a_file_that_is_not_a_library_gives_a_message_and_an_error_code(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_bytes(b"this is not SQLite" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert app_module.run_gui(bad) != 0
    assert len(shown) == 1 and "is not a Prospectiva library" in shown[0]
    assert "Traceback" not in shown[0]


def test_a_read_only_library_gives_a_message_that_says_so_and_what_still_works(qapp, tmp_path, monkeypatch):
    from storage import repository

    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    monkeypatch.setattr(repository, "read_only_reason", lambda _path: "its folder cannot be written")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert app_module.run_gui(path) == 2
    assert len(shown) == 1 and "is read-only (its folder cannot be written)" in shown[0] and "damaged" not in shown[0]
    assert "list, run and export work" in shown[0]

"""The interface's language: chosen from the system locale on first start, then as the user chose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models import i18n as headless
from models.formatting import set_people_locale

# English is the source language: it needs no catalogue.
LANGUAGES = {"en": "English", "es": "Español"}
# The number locale before a language was installed, given back when it is removed.
_locale_before: list[QLocale] = []
_headless_before: list[str] = []
CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def system_language() -> str:
    """Return the language the system locale asks for, among those the interface speaks (English otherwise)."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def catalogue_path(language: str) -> Path:
    """Return the compiled catalogue (.qm) of a language."""
    return CATALOGUES / f"prospectiva_{language}.qm"


def install_language(language: str) -> list[QTranslator]:
    """Install the translators of `language` in the running application and format numbers in it; return them.

    The returned translators must be kept alive (and passed to `remove_language` to go back to English).
    """
    if language not in LANGUAGES:
        raise ValueError(f"the interface does not speak {language!r}; it speaks {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running QApplication")
    ours = None
    if language != "en":
        # The catalogue first: a missing one must leave every setting as it was, numbers included.
        ours = QTranslator(app)
        path = catalogue_path(language)
        if not ours.load(str(path)):
            # Said, never hidden: the window would otherwise come up in English with no word why.
            raise FileNotFoundError(f"the {LANGUAGES[language]} catalogue {path} is missing or damaged; "
                                    "reinstall Prospectiva or rebuild it with pyside6-lrelease")
    set_people_locale(language)
    _headless_before.append(headless.language())
    headless.set_language(language)  # undo texts and other words of the domain
    _locale_before.append(QLocale())
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English))
    if ours is None:
        return []
    translators = [ours]
    # Qt's own dialogs' buttons (OK, Cancel) come from Qt's catalogue when it ships one; optional.
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def remove_language(translators: list[QTranslator]) -> None:
    """Take installed translators out again: English source strings, and the number locale from before."""
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)
    set_people_locale("en")
    headless.set_language(_headless_before.pop() if _headless_before else "en")
    QLocale.setDefault(_locale_before.pop() if _locale_before else QLocale(QLocale.Language.English))

"""What the user chose to look at: one typed settings object per study, and the few library-wide choices.

Every choice the window remembers is declared here, with its default, and read or written only here: a view
changes a field of its study's `ViewSettings` and asks the session to store it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.comparison import MODES
from models.domain import Study
from ui.session.choices import default_years, headline_indicators
from ui.session.library import Library

DEFAULT_SAMPLES = 1_000
LAST_STUDY_KEY = "last_study"
GEOMETRY_KEY = "window_geometry"
SCREEN_KEY = "workshop_screen"
LANGUAGE_KEY = "language"


@dataclass
class ComparisonSettings:
    """The comparison bar: the reference scenario and what the charts show."""

    reference: str | None = None
    mode: str = "values"


@dataclass
class UncertaintySettings:
    """The fan charts: on or off, how many samples they are drawn from, and whether every shown scenario gets one."""

    on: bool = False
    samples: int = DEFAULT_SAMPLES
    all_fans: bool = False  # off: fans for the selected scenario and the reference only, the others as lines


@dataclass
class WorkshopSettings:
    """The levers and charts last chosen for the study's workshop sessions (empty: the first few)."""

    levers: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)


@dataclass
class ViewSettings:
    """A study's view settings: charts, shown scenarios, table years, selection, comparison, fans, workshop."""

    indicators: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    years: list[float] = field(default_factory=list)
    selected: str | None = None
    comparison: ComparisonSettings = field(default_factory=ComparisonSettings)
    uncertainty: UncertaintySettings = field(default_factory=UncertaintySettings)
    workshop: WorkshopSettings = field(default_factory=WorkshopSettings)

    @classmethod
    def defaults(cls, study: Study) -> ViewSettings:
        """Return the settings a study opens with the first time: a few indicators, every scenario."""
        return cls(
            indicators=headline_indicators(study),
            shown=[s.id for s in study.scenarios],
            years=default_years(study),
            selected=study.scenarios[0].id if study.scenarios else None,
        )

    def to_json(self, study: Study) -> dict[str, Any]:
        """Return a JSON-able form, dropping scenarios and variables that no longer exist."""
        ids = {s.id for s in study.scenarios}
        names = {v.name for v in study.variables}
        return {
            "indicators": [n for n in self.indicators if n in names],
            "shown": [s for s in self.shown if s in ids],
            "years": list(self.years),
            "selected": self.selected if self.selected in ids else None,
            "comparison": {"reference": self.comparison.reference if self.comparison.reference in ids else None,
                           "mode": self.comparison.mode},
            "uncertainty": {"on": self.uncertainty.on, "samples": self.uncertainty.samples,
                            "all": self.uncertainty.all_fans},
            "workshop": {"levers": [n for n in self.workshop.levers if n in names],
                         "indicators": [n for n in self.workshop.indicators if n in names]},
        }

    @classmethod
    def from_json(cls, data: object, study: Study) -> ViewSettings:
        """Read stored settings, taking the defaults for anything missing, stale or of the wrong type."""
        settings = cls.defaults(study)
        if not isinstance(data, dict):
            return settings
        names = {v.name for v in study.variables}
        ids = {s.id for s in study.scenarios}
        if isinstance(data.get("indicators"), list):
            settings.indicators = [n for n in data["indicators"] if n in names]
        if isinstance(data.get("shown"), list):
            settings.shown = [s for s in data["shown"] if s in ids]
        if isinstance(data.get("years"), list):
            years = [float(y) for y in data["years"] if isinstance(y, (int, float)) and not isinstance(y, bool)]
            settings.years = years or settings.years
        if data.get("selected") in ids:
            settings.selected = data["selected"]
        comparison = _section(data, "comparison")
        if comparison.get("reference") in ids:
            settings.comparison.reference = comparison["reference"]
        if comparison.get("mode") in MODES:
            settings.comparison.mode = comparison["mode"]
        uncertainty = _section(data, "uncertainty")
        if isinstance(uncertainty.get("on"), bool):
            settings.uncertainty.on = uncertainty["on"]
        if isinstance(uncertainty.get("samples"), int) and not isinstance(uncertainty["samples"], bool):
            settings.uncertainty.samples = uncertainty["samples"]
        if isinstance(uncertainty.get("all"), bool):
            settings.uncertainty.all_fans = uncertainty["all"]
        workshop = _section(data, "workshop")
        for part in ("levers", "indicators"):
            if isinstance(workshop.get(part), list):
                setattr(settings.workshop, part, [n for n in workshop[part] if n in names])
        return settings


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name)
    return value if isinstance(value, dict) else {}


def load_view_settings(library: Library, study: Study) -> ViewSettings:
    """Return a study's view settings as stored in the library, or its defaults."""
    return ViewSettings.from_json(library.view_settings(study.id), study)


def save_view_settings(library: Library, study: Study, settings: ViewSettings) -> None:
    """Store a study's view settings in the library."""
    library.save_view_settings(study.id, settings.to_json(study))


class _Remembered:
    """A library-wide text choice, declared once with its key (as a widget declares a setting)."""

    def __init__(self, key: str):
        self.key = key

    def __get__(self, choices: LibraryChoices, owner: type | None = None) -> str | None:
        value = choices.library.get_setting(self.key, None)
        return value if isinstance(value, str) else None

    def __set__(self, choices: LibraryChoices, value: str | None) -> None:
        # A write costs a disk sync; a read does not.
        if choices.library.get_setting(self.key, None) != value:
            choices.library.set_setting(self.key, value)


class LibraryChoices:
    """The choices that belong to the library rather than a study; each reads and writes the library at once."""

    last_study = _Remembered(LAST_STUDY_KEY)  # the id of the study opened last
    window_geometry = _Remembered(GEOMETRY_KEY)  # the main window's geometry, Qt's bytes in base64
    workshop_screen = _Remembered(SCREEN_KEY)  # the name of the screen chosen for the room
    language = _Remembered(LANGUAGE_KEY)  # "en" or "es"; None until chosen, then the system locale decides

    def __init__(self, library: Library):
        self.library = library

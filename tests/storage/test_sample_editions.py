"""The sample study in Spanish: the same model as the English one, only people's text translated."""

from __future__ import annotations

import copy
import csv
import io
import json
import re

import pytest

import main
from models.units.check import check_units
from storage.interchange import read_study_file
from storage.merge import import_study
from storage.repository import open_library
from storage.sample_editions import EDITIONS, ENGLISH, sample_for
from storage.sample_editions.translate import TABLE, MissingTranslation, edition_text, translate_study
from storage.seed import seed_library_in_language

SPANISH = EDITIONS["es"]
# Fields a person reads; everything else in the file is model, identifiers or numbers.
UUID = re.compile(r"^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$")
TEXT = {"title", "description", "label", "unit", "source", "name", "narrative", "note", "motivation", "group", "owner"}


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _differences(english, spanish, where="", ids=None) -> list[str]:
    """Return every place the two files differ in something other than a person's text or an id.

    `ids` collects which English id became which Spanish one, for the caller to check it is one to one.
    """
    ids = {} if ids is None else ids
    if isinstance(english, str) and isinstance(spanish, str) and UUID.match(english) and UUID.match(spanish):
        if ids.setdefault(english, spanish) != spanish:
            return [f"{where}: {english} became both {ids[english]} and {spanish}"]
        return []
    if isinstance(english, dict) and isinstance(spanish, dict):
        if where.endswith(".events") and "scenarios" in where:
            # A scenario's events are keyed by event name: same order, same switches, names translated.
            return [] if list(english.values()) == list(spanish.values()) else [where]
        if list(english) != list(spanish):
            return [f"{where}: keys {list(english)} != {list(spanish)}"]
        return [d for key in english for d in _differences(english[key], spanish[key], f"{where}.{key}", ids)]
    if isinstance(english, list) and isinstance(spanish, list):
        if len(english) != len(spanish):
            return [f"{where}: {len(english)} items != {len(spanish)}"]
        return [d for i, (e, s) in enumerate(zip(english, spanish)) for d in _differences(e, s, f"{where}[{i}]", ids)]
    if english == spanish:
        return []
    key = where.rsplit(".", 1)[-1].split("[")[0]
    is_text = isinstance(english, str) and (key in TEXT or key == "parent")
    if is_text and not (key == "name" and ".variables[" in where) and where != ".study.time.unit":
        return []
    return [f"{where}: {english!r} != {spanish!r}"]


def test_the_two_editions_differ_only_in_text():
    english, spanish = _load(ENGLISH), _load(SPANISH)
    ids: dict[str, str] = {}
    assert _differences(english, spanish, ids=ids) == []
    # Every id is the edition's own, and every reference (signposts' scenarios, the matrix's reference
    # scenario) follows the thing it names: one English id, one Spanish id.
    assert len(ids) == len(set(ids.values())) > 60 and not set(ids) & set(ids.values())
    # and the text is Spanish: the title, a narrative and a unit a reader sees
    assert spanish["study"]["title"] == "Bolivia: el giro de Paz"
    assert spanish["scenarios"][0]["narrative"].startswith("El **escenario base**")
    assert {v["unit"] for v in spanish["study"]["variables"]} >= {"índice (0–100)", "USD M/año", "% del PIB"}


def test_the_brief_s_figures_stay_marked_as_unverified_claims():
    english, spanish = _load(ENGLISH), _load(SPANISH)
    assert [a["source"] for a in english["study"]["actuals"]] == ["the brief's figure, unverified"] * 3
    assert [a["source"] for a in spanish["study"]["actuals"]] == ["cifra del informe, sin verificar"] * 3


def test_the_spanish_file_is_what_the_table_makes_of_the_english_one():
    # A changed English sample without a regenerated Spanish one fails here: run
    # python -m storage.sample_editions.translate
    assert SPANISH.read_text(encoding="utf-8") == edition_text("es")


def test_an_english_text_the_table_lacks_is_named_and_nothing_is_made():
    english = _load(ENGLISH)
    changed = copy.deepcopy(english)
    changed["study"]["variables"][0]["label"] = "A label nobody translated"
    with pytest.raises(MissingTranslation, match="A label nobody translated") as caught:
        translate_study(changed, TABLE)
    assert caught.value.missing == ["A label nobody translated"]


def _projection(path, capsys) -> dict[tuple[str, str, str], str]:
    assert main.main(["run", str(path)]) == 0
    rows = csv.DictReader(io.StringIO(capsys.readouterr().out))
    return {(r["scenario"], r["variable"], r["time"]): r["value"] for r in rows}


def test_both_editions_project_identical_numbers(capsys):
    english, spanish = _projection(ENGLISH, capsys), _projection(SPANISH, capsys)
    names = {s["name"]: TABLE[s["name"]] for s in _load(ENGLISH)["scenarios"]}
    assert len(english) == 5 * 76 * 47  # five scenarios, 76 variables, 2025 to mid-2036 by quarters
    assert {(names[scenario], variable, time): value for (scenario, variable, time), value in english.items()} == spanish


def test_monte_carlo_draws_the_same_in_both_editions(capsys):
    outputs = []
    for path in (ENGLISH, SPANISH):
        assert main.main(["run", str(path), "--samples", "100", "--seed", "4"]) == 0
        rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
        outputs.append([row[1:] for row in rows])  # every column but the scenario's name
    assert outputs[0] == outputs[1]


def test_check_accepts_both_editions_without_a_unit_warning(capsys):
    for path in (ENGLISH, SPANISH):
        assert main.main(["check", str(path)]) == 0
        checked = capsys.readouterr()
        assert "warning" not in checked.err and "cannot be read" not in checked.err
    assert "Bolivia: el giro de Paz" in checked.out


def _with_coefficients_inlined(path):
    # Each constant (an auxiliary whose equation is a number) written back into the equations as that bare number.
    study = read_study_file(path)
    constants = {v.name: v.equation for v in study.variables if v.kind == "auxiliary" and re.fullmatch(r"[\d.]+", v.equation)}
    for variable in study.variables:
        variable.equation = re.sub(r"\b\w+\b", lambda m: constants.get(m.group(), m.group()), variable.equation)
    return study


def test_the_spanish_units_are_read_as_the_english_ones():
    # Without their named coefficients the equations mix units again; both editions are then warned
    # of the same equations at the same columns: only the units' words differ.
    english, spanish = (check_units(_with_coefficients_inlined(path)) for path in (ENGLISH, SPANISH))
    assert english and [(p.variable, p.position) for p in spanish] == [(p.variable, p.position) for p in english]
    assert "índice" in "".join(p.message for p in spanish)


@pytest.mark.parametrize(("language", "title", "first_scenario"), [
    ("es", "Bolivia: el giro de Paz", "Giro tentativo"),
    ("en", "Bolivia: the Paz Pivot", "Tentative pivot"),
    ("fr", "Bolivia: the Paz Pivot", "Tentative pivot"),  # no French edition: English
])
def test_a_new_library_is_seeded_in_its_language(tmp_path, language, title, first_scenario):
    with open_library(tmp_path / "library.sqlite3") as library:
        report = seed_library_in_language(library, language)
        assert report is not None and report.new_study
        [listed] = library.list_studies()
        study = library.load_study(listed.id)
    assert study.title == title
    assert study.scenarios[0].name == first_scenario
    assert {s.origin for s in study.scenarios} == {sample_for(language).name}


def test_a_library_with_one_edition_that_imports_the_other_keeps_both_side_by_side(tmp_path):
    with open_library(tmp_path / "library.sqlite3") as library:
        seed_library_in_language(library, "en")
        report = import_study(library, read_study_file(SPANISH), origin=SPANISH.name)
        assert report.new_study
        studies = {s.title: library.load_study(s.id) for s in library.list_studies()}
    assert set(studies) == {"Bolivia: the Paz Pivot", "Bolivia: el giro de Paz"}
    english, spanish = studies["Bolivia: the Paz Pivot"], studies["Bolivia: el giro de Paz"]
    assert [s.name for s in english.scenarios][0] == "Tentative pivot"
    assert [s.name for s in spanish.scenarios][0] == "Giro tentativo"
    # the Spanish scenarios keep their event switches: "Reformas estancadas y conflictividad" has its protests
    stalled = next(s for s in spanish.scenarios if s.name == "Reformas estancadas y conflictividad")
    assert stalled.events.get("Protestas masivas") is True


@pytest.mark.parametrize("language", sorted(EDITIONS))
def test_no_two_variables_of_a_sample_share_a_title(language):
    # Two boxes, rows or legend entries reading "External inflows" cannot be told apart.
    titles = [v.title for v in read_study_file(EDITIONS[language]).variables]
    assert sorted({t for t in titles if titles.count(t) > 1}) == []

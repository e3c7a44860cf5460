"""The Foresight window on a real main window: the drivers map, the 2x2 matrix, the box, all undoable."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMenu

from models.foresight.domain import (
    Axis,
    Descriptor,
    Driver,
    Judgement,
    Matrix,
    Morphology,
    Pole,
    Variant,
)
from tests.ui.conftest import make_study, wait_results


@pytest.fixture
def study():
    """Return the small study with drivers, a matrix and a box."""
    study = make_study()
    layer = study.foresight
    layer.drivers = [Driver("Price of lithium", "economic", impact=5, uncertainty=4, assumptions=["price"], id="d-price"),
                     Driver("Aid", "political", impact=3, uncertainty=3, assumptions=["aid"], id="d-aid")]
    layer.drivers += [Driver(f"Crowded driver number {k} with a long name", impact=2, uncertainty=2) for k in range(8)]
    layer.matrix = Matrix((Axis("d-price", (Pole("Cheap", {"price": 20.0}), Pole("Dear", {"price": 90.0}))),
                           Axis("d-aid", (Pole("Aid cut", {"aid": 1.0}), Pole("Aid up", {"aid": 15.0})))),
                          reference=study.scenarios[0].id)
    layer.morphology = Morphology(
        [Descriptor("Price", [Variant("Low", {"price": 20.0}, id="p0"), Variant("High", {"price": 90.0}, id="p1")]),
         Descriptor("Unrest", [Variant("Calm", {"unrest": 0.1}, id="u0"), Variant("Riots", {"unrest": 0.9}, id="u1")])],
        [Judgement("p0", "u0", -3)])
    return study


@pytest.fixture
def foresight(window):
    view = window.foresight
    view.resize(1366, 768)
    view.show_tab("drivers")
    return view


def test_the_foresight_menu_opens_each_view(window, foresight):
    menu = next(m for m in window.findChildren(QMenu) if m.title() == "F&oresight")
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Drivers and their map…", "2×2 &matrix…", "Morphological &box…", "&Actors…"]
    menu.actions()[2].trigger()
    assert foresight.tabs.currentWidget() is foresight.box and foresight.isVisible()


def test_dragging_a_point_re_rates_its_driver_in_one_undoable_step(window, foresight):
    view = foresight.drivers
    stack = window.session.undo_stack
    before = stack.count()
    view.map.move("d-aid", 4.2, 4.6, gesture=99)  # over the cell impact 4, uncertainty 5
    view.map.move("d-aid", 1.3, 4.8, gesture=99)  # the same drag goes on to impact 1
    driver = window.session.study.foresight.driver("d-aid")
    assert (driver.impact, driver.uncertainty) == (1, 5)
    assert stack.count() == before + 1
    row = [view.table.item(r, 0).text() for r in range(view.table.rowCount())].index("Aid")
    assert (view.table.item(row, 2).text(), view.table.item(row, 3).text()) == ("1", "5")
    x, y = view.map.positions["d-aid"]
    assert (round(x), round(y)) == (5, 1)  # the point sits in its new cell
    window.undo_action.trigger()
    assert (driver.impact, driver.uncertainty) == (3, 3)
    assert view.table.item(row, 2).text() == "3"


def test_a_rating_typed_in_the_register_moves_the_point(window, foresight):
    view = foresight.drivers
    row = [view.table.item(r, 0).text() for r in range(view.table.rowCount())].index("Price of lithium")
    view.table.item(row, 2).setText("2")
    assert window.session.study.foresight.driver("d-price").impact == 2
    assert round(view.map.positions["d-price"][1]) == 2
    view.table.item(row, 3).setText("9")  # not a rating: the cell goes back
    assert view.table.item(row, 3).text() == "4"


def test_labels_on_the_map_never_overlap_even_in_a_crowded_cell(window, foresight, qtbot):
    view = foresight.drivers
    for size in ((1366, 768), (900, 500)):
        foresight.resize(*size)
        qtbot.wait(20)
        rects = view.map.label_rects()
        assert len(rects) >= 3
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not a.intersects(b), (size, a, b)


def test_the_matrix_makes_four_scenarios_whose_overrides_are_the_poles_and_follows_a_pole(window, foresight, qtbot):
    foresight.show_tab("matrix")
    view = foresight.matrix
    session = window.session
    view.headline.setCurrentIndex(view.headline.findData("revenue"))
    view.make_quadrants()
    matrix = session.study.foresight.matrix
    assert len(session.study.scenarios) == 7
    for key, sid in matrix.quadrants.items():
        first, second = matrix.poles_of(key)
        assert session.study.scenario(sid).overrides == first.assumptions | second.assumptions
    wait_results(qtbot, window)
    dear_aid_up = matrix.quadrants["11"]
    y = view.cells["11"].curve.getData()[1]
    np.testing.assert_allclose(y, session.series(dear_aid_up, "revenue"))
    assert view.cells["11"].title.text() == "Dear / Aid up"
    steps = session.undo_stack.count()
    view._spins[(0, 1, "price")].setValue(60.0)  # the "Dear" pole: its two quadrants follow
    assert session.undo_stack.count() == steps + 1
    assert session.study.scenario(dear_aid_up).overrides["price"] == 60.0
    assert session.study.scenario(matrix.quadrants["00"]).overrides["price"] == 20.0
    wait_results(qtbot, window)
    # revenue = price * 2 * (1 + (t - 2025) / 10): at the start it is exactly twice the pole's price
    assert view.cells["11"].curve.getData()[1][0] == pytest.approx(120.0)
    window.undo_action.trigger()
    assert session.study.scenario(dear_aid_up).overrides["price"] == 90.0
    assert view._spins[(0, 1, "price")].value() == 90.0
    wait_results(qtbot, window)
    assert view.cells["11"].curve.getData()[1][0] == pytest.approx(180.0)


def test_the_box_lists_consistent_combinations_keeps_assessors_apart_and_makes_a_scenario(window, foresight):
    foresight.show_tab("box")
    view = foresight.box
    session = window.session
    assert view.status.text().startswith("3 of 4 combinations are consistent")
    rows = {r: view.matrix.verticalHeaderItem(r).text() for r in range(view.matrix.rowCount())}
    assert rows[0].endswith("Price: Low") and rows[2].endswith("Unrest: Calm")
    assert view.matrix.item(0, 2).text() == "−3"
    view.assessor.setText("Ben")
    view.matrix.item(0, 2).setText("+1")  # Ben's view of Low price with Calm
    box = session.study.foresight.morphology
    assert box.scores(frozenset(("p0", "u0"))) == {"": -3, "Ben": 1}
    assert view.matrix.item(0, 2).text() == "−1 ±4"  # the mean, and how far the two lie apart
    assert "Ben: +1" in view.matrix.item(2, 0).toolTip()
    assert view.status.text().startswith("3 of 4")  # the pair's mean is now −1: still below 0, still ruled out
    view.floor.setValue(-1)
    assert view.status.text().startswith("4 of 4")  # allowing pairs down to −1 lets it in
    view.floor.setValue(0)
    view.combinations.selectRow(0)
    view.make_scenario()
    made = session.study.scenarios[-1]
    chosen = view.result.combinations[0].variants
    expected = {}
    for vid in chosen:
        expected |= box.variant(vid).assumptions
    assert made.overrides == expected
    window.undo_action.trigger()
    assert made not in session.study.scenarios
    window.undo_action.trigger()
    assert session.study.foresight.morphology.scores(frozenset(("p0", "u0"))) == {"": -3}
    assert view.matrix.item(0, 2).text() == "−3"


def test_the_actors_view_shows_convergence(window, foresight):
    from models.foresight.commands import EditForesight
    from models.foresight.domain import Actor, Objective

    def add(layer):
        layer.objectives.append(Objective("Reform", id="o1"))
        layer.actors += [Actor("A", 5, {"o1": 2}, id="a"), Actor("B", 2, {"o1": -1}, id="b")]

    window.session.push(EditForesight("Add actors", add))
    foresight.show_tab("actors")  # a tab behind another catches up when it comes to the front
    view = foresight.actors
    assert view.relations.item(0, 1).text() == "−1.5"
    assert view.positions.item(0, 2).text() == "10 / 2"
    view.positions.item(0, 1).setText("+2")  # B comes round to the objective
    assert window.session.study.foresight.actors[1].positions == {"o1": 2}
    assert view.relations.item(0, 1).text() == "+2"
    view.positions.item(0, 1).setText("3")
    assert "is not a position" in view.problem.text() and view.positions.item(0, 1).text() == "+2 for"
    window.undo_action.trigger()
    assert view.relations.item(0, 1).text() == "−1.5"
    window.undo_action.trigger()
    assert view.relations.rowCount() == 0


def test_the_brief_says_how_the_scenarios_were_built(qtbot, tmp_path):
    import main

    out = tmp_path / "brief.html"
    db = str(tmp_path / "lib.sqlite3")
    sample = str(__import__("tests.test_cli", fromlist=["SAMPLE"]).SAMPLE)
    assert main.main(["--db", db, "import", sample]) == 0
    assert main.main(["--db", db, "export", "Bolivia: the Paz Pivot", "--out", str(out),
                      "--scenario", "Tentative pivot"]) == 0
    text = out.read_text(encoding="utf-8")
    section = text[text.index("How these scenarios were built"):]
    # The drivers, most critical first: reform (5 x 4) and outside influence (4 x 5) tie at 20, by name.
    assert section.index("Outside influence (Russia, China)") < section.index("Pace of economic reform") \
        < section.index("Other commodity prices")
    assert "The 2×2 matrix: Pace of economic reform × Outside influence (Russia, China)" in section
    assert "reform_pace = 20" in section and "not made yet" in section
    assert "10 of 36 combinations are consistent" in section
    assert "Colombia" in section and "Key Stakeholders and Motivations: Regional Actors" in section
    assert section.index("How these scenarios were built") < len(section) and "Where we are" in section


def test_a_matrix_is_set_up_from_two_drivers_and_undone(window, foresight):
    foresight.show_tab("matrix")
    view = foresight.matrix
    session = window.session
    old = session.study.foresight.matrix
    assert view.axis_choices[0].currentData() == "d-price"  # the critical uncertainty comes first
    view.axis_choices[0].setCurrentIndex(view.axis_choices[0].findData("d-aid"))
    view.axis_choices[1].setCurrentIndex(view.axis_choices[1].findData("d-price"))
    view.set_up()
    matrix = session.study.foresight.matrix
    assert [a.driver for a in matrix.axes] == ["d-aid", "d-price"]
    assert matrix.axes[0].poles[1].assumptions == {"aid": 20.0}  # aid's maximum
    assert view._spins[(1, 0, "price")].value() == 10.0  # price's minimum, in the pole editor
    window.undo_action.trigger()
    assert session.study.foresight.matrix == old


def test_descriptors_and_variants_are_edited_in_the_box_and_undone(window, foresight):
    foresight.show_tab("box")
    editor = foresight.box.descriptors
    session = window.session
    box = lambda: session.study.foresight.morphology
    assert editor.table.rowCount() == 4
    editor.table.item(1, 2).setText("price = 75; aid = 2")
    assert box().variant("p1").assumptions == {"price": 75.0, "aid": 2.0}
    editor.table.item(1, 2).setText("prise = 75")
    assert "“prise” is not an assumption of the model" in foresight.box.status.text()
    assert editor.table.item(1, 2).text() == "price = 75; aid = 2"
    editor.add_descriptor()
    assert [d.name for d in box().descriptors] == ["Price", "Unrest", "Descriptor 3"]
    assert foresight.box.status.text().startswith("6 of 8")  # the new descriptor doubles the box
    editor.table.setCurrentCell(0, 0)
    editor.remove()  # Price has two variants: it goes, with its judgements
    assert [d.name for d in box().descriptors] == ["Unrest", "Descriptor 3"] and box().judgements == []
    for _ in range(3):
        window.undo_action.trigger()
    assert box().variant("p1").assumptions == {"price": 90.0} and len(box().judgements) == 1


def test_a_drivers_category_links_and_source_are_edited_in_the_register(window, foresight):
    view = foresight.drivers
    driver = lambda: window.session.study.foresight.driver("d-aid")
    row = [view.table.item(r, 0).text() for r in range(view.table.rowCount())].index("Aid")
    view.table.item(row, 1).setText("Economic")
    view.table.item(row, 4).setText("aid, unrest")
    view.table.item(row, 5).setText("the brief")
    assert (driver().category, driver().assumptions, driver().source) == ("economic", ["aid", "unrest"], "the brief")
    view.table.item(row, 4).setText("aid, nope")
    assert "“nope” is not an assumption of the model." == view.problem.text()
    assert view.table.item(row, 4).text() == "aid, unrest"
    view.table.item(row, 1).setText("cultural")
    assert "The category is one of: social" in view.problem.text() and driver().category == "economic"
    for _ in range(3):
        window.undo_action.trigger()
    assert (driver().category, driver().assumptions, driver().source) == ("political", ["aid"], "")


def test_renaming_a_pole_renames_its_two_quadrants(window, foresight):
    from PySide6.QtWidgets import QLineEdit

    foresight.show_tab("matrix")
    view = foresight.matrix
    view.make_quadrants()
    session = window.session
    quadrants = session.study.foresight.matrix.quadrants
    edit = next(e for e in view._pole_boxes[1].findChildren(QLineEdit) if e.text() == "Dear")
    edit.setText("Very dear")
    edit.editingFinished.emit()
    assert session.study.scenario(quadrants["10"]).name == "Very dear / Aid cut"
    assert session.study.scenario(quadrants["11"]).name == "Very dear / Aid up"
    assert view._pole_boxes[1].title() == "Very dear"
    window.undo_action.trigger()
    assert session.study.scenario(quadrants["11"]).name == "Dear / Aid up"


def test_categories_are_shown_and_typed_in_spanish_and_files_keep_the_english_key(window, foresight):
    from storage.foresight.tables import foresight_sheets
    from storage.interchange import study_to_dict
    from ui.foresight.report_section import foresight_section
    from ui.i18n import install_language, remove_language

    translators = install_language("es")
    try:
        view = foresight.drivers
        view.refresh()
        study = window.session.study
        driver = lambda: study.foresight.driver("d-aid")
        row = [view.table.item(r, 0).text() for r in range(view.table.rowCount())].index("Aid")
        assert view.table.item(row, 1).text() == "político"
        view.table.item(row, 1).setText("Economico")  # typed as shown, the accent left out
        assert driver().category == "economic" and view.table.item(row, 1).text() == "económico"
        assert window.session.undo_stack.undoText() == "Cambiar categoría del impulsor"
        view.table.item(row, 1).setText("cultural")
        assert view.problem.text() == "La categoría es una de: social, tecnológico, económico, ambiental, político."
        sheet = foresight_sheets(study)["Drivers"]
        brief = foresight_section(study)
    finally:
        remove_language(translators)
    # What people read is Spanish; the file keeps the key, and the sheet's column keeps the name formulas use.
    assert list(sheet["category"][:2]) == ["económico", "económico"]
    assert "<td>económico</td>" in brief and "<td>economic</td>" not in brief
    assert [d["category"] for d in study_to_dict(study)["study"]["drivers"][:2]] == ["economic", "economic"]

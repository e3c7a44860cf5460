"""Reading XMILE files: namespaces, time specs, names, constants, sectors, refusals placed by line."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from models.engine.compiled import compile_study
from storage.errors import InterchangeError, XmileError
from storage.interchange import read_study_file, write_study_file
from storage.merge import import_study
from storage.model_files import read_model_file
from tests.storage.xmile_helpers import aux, flow, run_xmile, stock, write, xmile

LEGACY = "http://www.systemdynamics.org/XMILE"
TEACUP = (stock("Teacup Temperature", "180", outflows=['"Heat Loss to Room"'])
          + flow("Heat Loss to Room", '("Teacup Temperature"-"Room Temperature")/"Characteristic Time"')
          + aux("Room Temperature", "70") + aux("Characteristic Time", "10"))


def _teacup_closed_form(dt: float, steps: int) -> np.ndarray:
    return 70 + 110 * (1 - dt / 10) ** np.arange(steps)


@pytest.mark.parametrize("namespace", [LEGACY, "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"])
def test_both_namespaces_read_the_same_model(tmp_path, namespace):
    study, series = run_xmile(tmp_path, TEACUP, namespace=namespace, specs="<stop>30</stop><dt>0.125</dt><start>0</start>")
    assert_allclose(series["Teacup Temperature"], _teacup_closed_form(0.125, 241))
    assert study.time.start == 0 and study.time.end == 30 and study.time.step == 0.125


def test_an_undeclared_isee_prefix_and_vendor_elements_are_tolerated(tmp_path):
    text = xmile(TEACUP + "<isee:delay_aux/>", sim_attrs=' isee:simulation_delay="0" method="Euler"',
                 top="<isee:prefs show_module_prefix='true'/>")
    study = read_model_file(write(tmp_path, text))
    assert {v.label for v in study.variables} == {"Teacup Temperature", "Heat Loss to Room", "Room Temperature",
                                                  "Characteristic Time"}


def test_reciprocal_dt_and_another_method_are_noted_and_run_with_euler(tmp_path):
    text = xmile(TEACUP, specs='<dt reciprocal="true">8</dt><start>0</start><stop>30</stop>', sim_attrs=' method="RK4"')
    study = read_model_file(write(tmp_path, text))
    assert study.time.step == 0.125
    assert "RK4 method" in study.description and "Euler" in study.description
    projection = compile_study(study).run(study)
    assert_allclose(projection.series(study.scenarios[0].id, "teacup_temperature"), _teacup_closed_form(0.125, 241))


def test_names_match_in_any_case_with_spaces_underscores_or_quotes(tmp_path):
    variables = (aux("Base Value", "5") + aux("double it", "BASE_VALUE * 2") + aux("Quoted", '"base value" + "Double It"')
                 + aux("If", "1") + aux("T", "2") + aux("2nd try", "\"if\" + t") + aux("Température", "3"))
    study, series = run_xmile(tmp_path, variables)
    names = {v.label: v.name for v in study.variables}
    assert names["Base Value"] == "base_value" and names["If"] == "if_" and names["T"] == "t_"
    assert names["2nd try"] == "v_2nd_try" and names["Température"] == "temperature"
    assert series["Quoted"][0] == 15 and series["2nd try"][0] == 3


def test_constants_become_assumptions_with_the_files_range_or_a_guessed_one(tmp_path):
    variables = (aux("rate", "0.3", '<range min="0" max="1"/>') + aux("size", "-4") + aux("zero", "0")
                 + aux("sum", "rate + size") + flow("steady", "2") + stock("s", "1", inflows=["steady"]))
    study = read_model_file(write(tmp_path, variables and xmile(variables)))
    rate, size, zero = study.variable("rate"), study.variable("size"), study.variable("zero")
    assert (rate.kind, rate.value, rate.min, rate.max) == ("assumption", 0.3, 0, 1)
    assert "guessed" not in rate.description
    assert (size.min, size.max) == (-8, 0) and "guessed" in size.description
    assert (zero.min, zero.max) == (-1, 1)
    assert study.variable("steady").kind == "assumption" and study.variable("sum").kind == "auxiliary"


def test_units_documentation_and_sectors_are_kept(tmp_path):
    variables = (aux("price", "10", "<units>USD</units><doc>Spot price</doc>")
                 + '<group name="Market"><entity name="price"/><entity name="Demand"/></group>'
                 + aux("demand", "100 - price"))
    study = read_model_file(write(tmp_path, xmile(variables, sim_attrs=' time_units="Months"')))
    price = study.variable("price")
    assert (price.unit, price.description.split("\n")[0], price.group) == ("USD", "Spot price", "Market")
    assert study.variable("demand").group == "Market"
    assert study.time.unit == "Months" and [s.name for s in study.scenarios] == ["Baseline"]


def test_graphical_functions_inline_standalone_xscale_and_separators(tmp_path):
    variables = (
        '<gf name="table"><xpts sep=";">0;5;10</xpts><ypts>0,10,0</ypts></gf>'
        + aux("called", "table(Time)") + aux("looked up", "LOOKUP(table, Time + 1)")
        + aux("inline", "Time", '<gf><xscale min="0" max="10"/><ypts sep=" ">1 3</ypts></gf>')
        + aux("applied", "inline(Time / 2)")
    )
    _, series = run_xmile(tmp_path, variables)
    times = np.arange(11.0)
    assert_allclose(series["called"], np.interp(times, [0, 5, 10], [0, 10, 0]))
    assert_allclose(series["looked up"], np.interp(times + 1, [0, 5, 10], [0, 10, 0]))
    assert_allclose(series["inline"], 1 + 0.2 * times)
    assert_allclose(series["applied"], 1 + 0.1 * times)


def test_stellas_hyperbolic_functions_are_numpys(tmp_path):
    variables = (aux("x", "Time / 2 - 2") + aux("s", "SINH(x)") + aux("c", "COSH(x)") + aux("th", "TANH(x)")
                 + aux("far", "TANH(Time * 100)"))
    _, series = run_xmile(tmp_path, variables)
    x = np.arange(11.0) / 2 - 2
    assert_allclose(series["s"], np.sinh(x), rtol=1e-12, atol=1e-15)
    assert_allclose(series["c"], np.cosh(x), rtol=1e-12)
    assert_allclose(series["th"], np.tanh(x), rtol=1e-12, atol=1e-15)
    assert_allclose(series["far"], np.tanh(np.arange(11.0) * 100))  # 1, not inf / inf, for a large argument


def test_the_same_file_twice_adds_nothing_the_second_time(tmp_path, library):
    path = write(tmp_path, xmile(TEACUP))
    first = import_study(library, read_model_file(path), origin=path.name)
    again = import_study(library, read_model_file(path), origin=path.name)
    assert first.new_study and not again.changed


def test_an_imported_model_saves_as_a_study_file_and_reads_back_the_same(tmp_path):
    study = read_model_file(write(tmp_path, xmile(TEACUP + aux("later", "DELAY1(Room_Temperature, 3) + SMTH3(Time, 2)"))))
    write_study_file(study, tmp_path / "teacup.json")
    again = read_study_file(tmp_path / "teacup.json")
    first = compile_study(study).run(study).values[study.scenarios[0].id]
    second = compile_study(again).run(again).values[again.scenarios[0].id]
    assert_allclose(second, first)


def test_every_unsupported_part_is_listed_with_its_name_and_line(tmp_path):
    text = xmile(
        aux("ok", "1")
        + '<aux name="population"><dimensions><dim name="Region"/></dimensions><eqn>1</eqn></aux>'
        + '<module name="Finance"/>'
        + '<stock name="pipeline"><eqn>0</eqn><conveyor><len>3</len></conveyor></stock>'
        + aux("trended", "TREND(ok, 2)") + aux("subscripted", "ok[1]") + aux("lost", "nowhere + 1")
        + aux("table", "Time", '<gf type="discrete"><xpts>0,1</xpts><ypts>0,1</ypts></gf>'),
        top='<dimensions><dim name="Region" size="2"/></dimensions><macro name="MYFUNC"><parm>x</parm></macro>',
    )
    with pytest.raises(XmileError) as caught:
        read_model_file(write(tmp_path, text))
    message = str(caught.value)
    for expected in ("macro 'MYFUNC'", "module 'Finance'", "stock 'pipeline': conveyor",
                     "'TREND' is not a function", "'ok' is subscripted but has no dimensions",
                     "unknown name 'nowhere'", "discrete graphical functions"):
        assert expected in message, expected
    assert all(problem.startswith("line ") for problem in caught.value.problems)


def test_a_second_model_no_module_uses_is_noted_not_read(tmp_path):
    text = xmile(aux("a", "1")).replace("</xmile>", '<model name="sub"><variables>'
                                                   '<aux name="b"><eqn>2</eqn></aux></variables></model></xmile>')
    study = read_model_file(write(tmp_path, text))
    assert [v.label for v in study.variables] == ["a"]
    assert "skipped the model 'sub' (no module uses it)" in study.description


@pytest.mark.parametrize("text, expected", [
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xmile/>', "document type declaration"),
    ('<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><xmile/>', "document type declaration"),
    ("<xmile><header>&secret;</header></xmile>", "undefined entity"),
    ("<xmile><model>", "not well-formed XML at line 1"),
    ("<study/>", "not an XMILE model"),
])
def test_hostile_or_broken_xml_is_refused_with_its_place(tmp_path, text, expected):
    with pytest.raises(XmileError, match=expected):
        read_model_file(write(tmp_path, text))


def test_an_unclosed_element_is_named_with_the_line_it_opened_on(tmp_path):
    text = xmile(aux("a", "1") + '\n<flow name="f"><eqn>1</eqn>\n' + aux("b", "2"))
    with pytest.raises(XmileError, match=r"the <flow> opened at line \d+ is not closed"):
        read_model_file(write(tmp_path, text))


def test_model_files_are_told_apart_by_their_suffix(tmp_path):
    with pytest.raises(InterchangeError, match="unknown kind of file '.txt'"):
        read_model_file(write(tmp_path, "x", "model.txt"))
    with pytest.raises(InterchangeError, match=r"cannot be opened as a model \(Vensim \.mdl\)"):
        read_model_file(write(tmp_path, "x", "model.mdl"))
    assert read_model_file(write(tmp_path, xmile(TEACUP), "cup.STMX")).title == "Test model"
    untitled = read_model_file(write(tmp_path, xmile(TEACUP, header=""), "my cup.xmile"))
    assert untitled.title == "my cup"

"""Every kind of bad file is refused, and each problem names its place in the file."""

from __future__ import annotations

import json

import pytest

from storage.errors import InterchangeError
from storage.interchange import parse_study_text, read_study_file


def problems_of(document_or_text, source: str = "bad.json") -> list[str]:
    text = document_or_text if isinstance(document_or_text, str) else json.dumps(document_or_text)
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(text, source)
    error = caught.value
    # The message shown to a user names the file and lists every problem.
    assert str(error).startswith(f"{source} cannot be opened")
    for problem in error.problems:
        assert problem in str(error)
    return error.problems


def variable(doc, index):
    return doc["study"]["variables"][index]


CASES = [
    # (what is wrong, how to break the document, the problem expected)
    ("another format", lambda d: d.update(format="spreadsheet"), 'format: not a Prospectiva study file (format "spreadsheet"'),
    ("no format", lambda d: d.pop("format"), "format: not a Prospectiva study file (no format"),
    ("newer version", lambda d: d.update(version=3), "version: made by a newer Prospectiva"),
    ("version as text", lambda d: d.update(version="1"), "version: should be a whole number, not text"),
    ("missing title", lambda d: d["study"].pop("title"), "study.title: required key is missing"),
    ("missing scenarios", lambda d: d.pop("scenarios"), "scenarios: required key is missing"),
    ("missing time step", lambda d: d["study"]["time"].pop("step"), "study.time.step: required key is missing"),
    ("missing kind", lambda d: variable(d, 1).pop("kind"), "study.variables[1].kind: required key is missing"),
    ("missing event probability", lambda d: d["study"]["events"][0].pop("probability"),
     "study.events[0].probability: required key is missing"),
    ("missing scenario name", lambda d: d["scenarios"][2].pop("name"), "scenarios[2].name: required key is missing"),
    ("assumption without value", lambda d: variable(d, 1).pop("value"),
     "study.variables[1].value: required for an assumption"),
    ("auxiliary without equation", lambda d: variable(d, 2).pop("equation"),
     "study.variables[2].equation: required for an auxiliary"),
    ("stock without initial", lambda d: variable(d, 3).pop("initial"), "study.variables[3].initial: required for a stock"),
    ("number as text", lambda d: variable(d, 0).update(value="12000"),
     "study.variables[0].value: should be a number, not text"),
    ("probability as true", lambda d: d["study"]["events"][0].update(probability=True),
     "study.events[0].probability: should be a number, not true/false"),
    ("unknown kind", lambda d: variable(d, 2).update(kind="formula"), "study.variables[2].kind: should be"),
    ("unknown key", lambda d: d["scenarios"][1].update(colour="red"), "scenarios[1].colour: unknown key"),
    ("unknown top-level key", lambda d: d.update(author="me"), "author: unknown key"),
    ("point of three numbers", lambda d: variable(d, 0).update(path=[[2025, 1, 2]]),
     "study.variables[0].path[0]: a point is [t, v]"),
    ("empty path", lambda d: variable(d, 0).update(path=[]), "study.variables[0].path: a path needs at least one point"),
    ("name with a space", lambda d: variable(d, 1).update(name="us aid"),
     "study.variables[1].name: 'us aid' is not a name equations can use"),
    ("name starting with a digit", lambda d: variable(d, 1).update(name="2aid"),
     "study.variables[1].name: '2aid' is not a name"),
    *[(f"reserved name {word}", lambda d, w=word: variable(d, 1).update(name=w),
       f"study.variables[1].name: '{word}' is reserved")
      for word in ("t", "dt", "if", "and", "or", "not", "sqrt", "lookup", "delay", "min")],
    ("duplicate variable", lambda d: variable(d, 1).update(name="lithium_price"),
     "study.variables[1].name: duplicate name 'lithium_price' (also study.variables[0].name)"),
    ("duplicate event", lambda d: d["study"]["events"][1].update(name="Mass protests"),
     "study.events[1].name: duplicate name 'Mass protests'"),
    ("duplicate scenario", lambda d: d["scenarios"][3].update(name="Boom"), "scenarios[3].name: duplicate name 'Boom'"),
    ("duplicate scenario id", lambda d: [s.update(id="5f0c7d1e-0000-4000-8000-000000000001") for s in d["scenarios"][:2]],
     "scenarios[1].id: duplicate id '5f0c7d1e-0000-4000-8000-000000000001'"),
    ("id that is not a UUID", lambda d: variable(d, 0).update(id="lithium-1"), "study.variables[0].id: 'lithium-1' is not a UUID"),
    ("min above max", lambda d: variable(d, 1).update(min=600), "study.variables[1].min: min 600 is greater than max 500"),
    ("value above max", lambda d: variable(d, 1).update(value=501), "study.variables[1].value: 501 is outside min..max"),
    ("value below min", lambda d: variable(d, 0).update(value=10), "study.variables[0].value: 10 is outside min..max"),
    ("probability above 1", lambda d: d["study"]["events"][0].update(probability=1.5),
     "study.events[0].probability: must be between 0 and 1, not 1.5"),
    ("probability below 0", lambda d: d["study"]["events"][1].update(probability=-0.1),
     "study.events[1].probability: must be between 0 and 1"),
    ("end before start", lambda d: d["study"]["time"].update(end=2020), "study.time.end: must be after start"),
    ("end equal to start", lambda d: d["study"]["time"].update(end=2025), "study.time.end: must be after start"),
    ("zero step", lambda d: d["study"]["time"].update(step=0), "study.time.step: must be greater than 0"),
    ("negative step", lambda d: d["study"]["time"].update(step=-0.25), "study.time.step: must be greater than 0"),
    ("unknown variable in a scenario", lambda d: d["scenarios"][2].update(assumptions={"us_aidd": 5}),
     "scenarios[2].assumptions.us_aidd: unknown variable 'us_aidd' — did you mean 'us_aid'?"),
    ("scenario setting an auxiliary", lambda d: d["scenarios"][0]["assumptions"].update(gdp_growth=1),
     "scenarios[0].assumptions.gdp_growth: 'gdp_growth' is an auxiliary; a scenario sets assumptions only"),
    ("override of the wrong shape", lambda d: d["scenarios"][0]["assumptions"].update(us_aid=[1, 2]),
     'scenarios[0].assumptions.us_aid: should be a number or {"path": [[t, v], ...]}, not a list'),
    ("override path with a bad point", lambda d: d["scenarios"][0]["assumptions"].update(us_aid={"path": [[1]]}),
     "scenarios[0].assumptions.us_aid.path[0]: a point is [t, v]"),
    ("path going back in time", lambda d: variable(d, 0).update(path=[[2027, 1], [2025, 2]]),
     "study.variables[0].path[1]: path times must not go backwards"),
    ("unknown event in a scenario", lambda d: d["scenarios"][3].update(events={"Mass protest": True}),
     'scenarios[3].events["Mass protest"]: unknown event \'Mass protest\' — did you mean \'Mass protests\'?'),
    ("effect on an unknown variable", lambda d: d["study"]["events"][0]["effects"][0].update(variable="gdp_grwth"),
     "study.events[0].effects[0].variable: unknown variable 'gdp_grwth'"),
    ("unknown parent", lambda d: d["scenarios"][1].update(parent="Basline"),
     "scenarios[1].parent: unknown scenario 'Basline' — did you mean 'Baseline'?"),
    ("parent cycle", lambda d: d["scenarios"][0].update(parent="Boom and freeze"),
     "scenarios[0].parent: parents form a cycle: Baseline → Boom and freeze → Boom → Baseline"),
    ("own parent", lambda d: d["scenarios"][3].update(parent="Unrest"), "scenarios[3].parent: parents form a cycle: Unrest → Unrest"),
    ("distribution missing a parameter", lambda d: variable(d, 1)["distribution"].pop("sd"),
     "study.variables[1].distribution.sd: required for a normal distribution"),
    ("distribution with a stray parameter", lambda d: variable(d, 1)["distribution"].update(mode=3),
     "study.variables[1].distribution.mode: not a parameter of a normal distribution"),
    ("too many time points", lambda d: d["study"]["time"].update(step=1e-6),
     "study.time: 5,000,001 time points; at most 1,000,000 are allowed"),
]


@pytest.mark.parametrize("break_it, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refused_with_the_place_named(doc, break_it, expected):
    break_it(doc)
    problems = problems_of(doc)
    assert any(expected in p for p in problems), problems


EQUATION_CASES = [
    ("does not parse", "1 + * 2", "study.variables[2].equation: gdp_growth.equation, column"),
    ("unknown name", "1.5 + lithium_prise", "unknown name 'lithium_prise' — did you mean 'lithium_price'?"),
]


@pytest.mark.parametrize("equation, expected", [c[1:] for c in EQUATION_CASES], ids=[c[0] for c in EQUATION_CASES])
def test_equation_problems_are_placed_at_their_variable(doc, equation, expected):
    variable(doc, 2)["equation"] = equation
    problems = problems_of(doc)
    assert any(p.startswith("study.variables[2].equation: ") and expected in p for p in problems), problems


def test_an_algebraic_cycle_is_refused_with_its_path(doc):
    doc["study"]["variables"] += [
        {"name": "a", "kind": "auxiliary", "equation": "b + 1"},
        {"name": "b", "kind": "auxiliary", "equation": "a * 2"},
    ]
    problems = problems_of(doc)
    assert any(p.startswith("study.variables[4].equation: ") and "a → b → a" in p for p in problems), problems


def test_every_problem_is_listed_not_just_the_first(doc):
    doc["study"]["events"][0]["probability"] = 2
    doc["scenarios"][1]["parent"] = "Nobody"
    variable(doc, 2)["equation"] = "1 +"
    variable(doc, 1)["name"] = "dt"
    problems = problems_of(doc)
    places = [p.split(":")[0] for p in problems]
    assert {"study.events[0].probability", "scenarios[1].parent", "study.variables[1].name",
            "study.variables[2].equation"} <= set(places)


@pytest.mark.parametrize("text, expected", [
    ("{\"format\": \"prospectiva-study\",", "line 1, column 32: not valid JSON"),
    ("", "line 1, column 1: not valid JSON"),
    ("[1, 2]", "(top level): should be an object"),
    ('{"format": "prospectiva-study", "version": NaN}', "line 1, column 44: NaN is not a number JSON allows"),
    ('{"a": -Infinity}', "Infinity is not a number JSON allows"),
    ('{"format": "prospectiva-study", "format": "x"}', '(top level): key "format" is given more than once'),
    ("[" * 65 + "]" * 65, "line 1, column 65: nested deeper than 64 levels"),
])
def test_text_that_is_not_a_study_is_refused_before_reading_it_as_one(text, expected):
    problems = problems_of(text)
    assert any(expected in p for p in problems), problems


def test_a_number_too_large_to_be_finite_is_refused(doc):
    variable(doc, 1)["max"] = 123456789
    text = json.dumps(doc).replace("123456789", "1e999")
    assert problems_of(text) == ["study.variables[1].max: should be a finite number"]


def test_brackets_inside_strings_do_not_count_as_nesting(doc):
    doc["study"]["description"] = "[" * 200 + "{" * 200 + '\\"NaN'
    assert parse_study_text(json.dumps(doc)).description == doc["study"]["description"]


def test_a_key_given_twice_deep_inside_is_placed(doc):
    text = json.dumps(doc).replace('"name": "Boom", ', '"name": "Boom", "name": "Bust", ', 1)
    assert problems_of(text) == ['scenarios[1]: key "name" is given more than once']


def test_a_file_that_is_not_utf8_is_refused(tmp_path, doc):
    path = tmp_path / "latin1.json"
    doc["study"]["title"] = "Bolivia: año electoral"
    path.write_bytes(json.dumps(doc, ensure_ascii=False).encode("latin-1"))
    with pytest.raises(InterchangeError) as caught:
        read_study_file(path)
    assert caught.value.problems[0].startswith("line 1: not UTF-8 text")
    assert "save the file as UTF-8" in caught.value.problems[0]


def test_a_utf8_file_with_a_byte_order_mark_is_read(tmp_path, doc):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode("utf-8"))
    assert read_study_file(path).title == doc["study"]["title"]


def test_a_file_over_50_mb_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk, and must never be read
    with pytest.raises(InterchangeError, match="at most 50 MB"):
        read_study_file(path)


def test_a_missing_file_is_reported_plainly(tmp_path):
    with pytest.raises(InterchangeError, match="(?s)gone.json cannot be opened.*cannot be read"):
        read_study_file(tmp_path / "gone.json")

"""Small studies built in code for engine tests, and checks shared by the command tests."""

import copy

from models.domain import Scenario, Study, TimeAxis, Variable
from models.engine.compiled import compile_study


def study_of(*variables: Variable, start=0.0, end=10.0, step=1.0, scenarios=None) -> Study:
    """Return a study with these variables and one scenario unless others are given."""
    return Study("test", TimeAxis(start, end, step), variables=list(variables),
                 scenarios=scenarios if scenarios is not None else [Scenario("Base")])


def aux(name: str, equation: str) -> Variable:
    """Return an auxiliary variable."""
    return Variable(name, "auxiliary", equation=equation)


def run_one(study: Study, name: str, scenario: int = 0):
    """Compile, run, and return one variable's series in one scenario."""
    projection = compile_study(study).run(study)
    return projection.series(study.scenarios[scenario].id, name)


def assert_round_trip_is_exact(study: Study, command) -> None:
    """Check that applying, reverting and re-applying a command leaves exactly the states it should."""
    before = copy.deepcopy(study)
    command.apply(study)
    after = copy.deepcopy(study)
    command.revert(study)
    assert study == before
    command.apply(study)
    assert study == after

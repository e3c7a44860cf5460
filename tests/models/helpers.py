"""Small studies built in code for engine tests."""

from models.domain import Scenario, Study, TimeAxis, Variable
from models.engine import compile_study


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

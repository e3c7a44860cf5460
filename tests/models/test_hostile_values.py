"""Values no study should hold still never stop a run: both back ends give the same nan, inf or value."""

import numpy as np
import pytest

from models.domain import Variable
from models.engine.compiled import compile_study
from models.engine.montecarlo import run_samples
from tests.models.helpers import aux, study_of

CASES = {
    "delay(a, 0/0)": [np.nan] * 6,  # a lag that is not a number
    "delay(a + t, 1e300)": [1.0] * 6,  # a lag longer than any run: the initial value
    "delay(a + t, 1e308 * 10)": [np.nan] * 6,  # an infinite lag
    "pulse(1, -1e308, 1, 1e-300)": [1.0] * 6,  # infinitely many periods since the start
}


@pytest.mark.parametrize("equation", sorted(CASES))
def test_extreme_lags_and_periods_agree_in_both_back_ends(equation):
    study = study_of(Variable("a", "assumption", value=1.0), aux("s", equation), end=5.0)
    model = compile_study(study)
    scalar = model.run(study).series(study.scenarios[0].id, "s")
    sampled = run_samples(model, study, 4, seed=1, keep=True, dtype=np.float64).raw[study.scenarios[0].id][:, 1, :]
    np.testing.assert_array_equal(scalar, CASES[equation])
    for sample in range(4):
        np.testing.assert_array_equal(sampled[:, sample], CASES[equation])

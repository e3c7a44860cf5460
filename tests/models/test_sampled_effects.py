"""Events' effects on auxiliaries over samples, kept only where they act, give apply_events' numbers there."""

from __future__ import annotations

import numpy as np

from models.domain import Effect, Event, Variable
from models.engine.inputs import apply_events, sampled_effects
from tests.models.helpers import aux, study_of


def _study():
    study = study_of(Variable("a", "assumption", value=2.0), aux("x", "a * 2"), aux("y", "a + 1"), end=10, step=1)
    study.events = [
        Event("first", 0.5, start=2, duration=3, effects=[Effect("x", "multiply", 0.5), Effect("x", "add", 4.0)]),
        Event("overlap", 0.5, start=4, duration=2, effects=[Effect("x", "multiply", 3.0), Effect("a", "add", 1.0)]),
        Event("too late", 0.5, start=50, effects=[Effect("y", "add", 7.0)]),  # after the run: acts nowhere
    ]
    return study


def test_effects_on_auxiliaries_are_kept_on_the_rows_their_events_act_with_the_full_arrays_numbers():
    study = _study()
    times = study.time.points()
    occurs = {"first": np.array([True, True, False, False]), "overlap": np.array([True, False, True, False]),
              "too late": np.ones(4, dtype=bool)}
    full_series = {0: np.full(times.size, 2.0)}
    rows_series = {0: np.full(times.size, 2.0)}
    multiply, add = apply_events(study, full_series, occurs, times, 4)
    rows_multiply, rows_add = sampled_effects(study, rows_series, occurs, times, 4)
    x, y = 1, 2
    # x: windows 2..4 and 4..5 (times 2, 3, 4 and 4, 5) joined into rows 2..5.
    assert rows_multiply[x].first == 2 and rows_multiply[x].values.shape == (4, 4)
    expected = np.ones((times.size, 4))
    expected[2:5] *= [0.5, 0.5, 1.0, 1.0]
    expected[4:6] *= [3.0, 1.0, 3.0, 1.0]
    assert np.array_equal(multiply[x], expected)
    assert np.array_equal(rows_multiply[x].values, expected[2:6])
    assert np.array_equal(rows_add[x].values, add[x][2:6])
    assert np.all(multiply[x][:2] == 1.0) and np.all(multiply[x][6:] == 1.0)  # the identity outside the rows
    assert y not in rows_multiply and y not in rows_add  # its only event acts after the run: the identity
    assert np.all(add[y] == 0.0)
    assert np.array_equal(full_series[0], rows_series[0])  # assumptions are changed as apply_events does

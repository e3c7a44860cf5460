"""Every closed-form engine test again, with deterministic runs on native code.

The tests are imported, so pytest collects them here a second time; the fixture hands every
compiled model native code before the test runs it.
"""

from __future__ import annotations

import pytest

from models.engine.compiled import CompiledModel

pytest.importorskip("llvmlite")

from models.engine.native import compile_native
from tests.models.test_anchoring import *  # noqa: F403 (re-anchored runs restart on the Python code)
from tests.models.test_engine import *
from tests.models.test_functions import (  # noqa: F401
    test_a_repeating_pulse_on_a_fine_grid_fires_once_per_interval,
    test_added_functions_match_closed_forms,
)


@pytest.fixture(autouse=True)
def native_everywhere(monkeypatch):
    """Make every model compiled during the test run its deterministic scenarios natively."""
    compile_python = CompiledModel.__init__

    def compile_both(self, study):
        compile_python(self, study)
        self.use_native(compile_native(study, model=self))
        assert self.backend == "native"

    monkeypatch.setattr(CompiledModel, "__init__", compile_both)

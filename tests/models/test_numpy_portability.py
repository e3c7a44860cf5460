"""The engine uses numpy as pyproject promises: numpy 2 or later, private names only behind a public fallback."""

import ast
import re
from pathlib import Path

import numpy as np

from models.engine import runtime

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_requires_the_numpy_the_engine_needs():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    bound = re.search(r'"numpy>=(\d+)', text)
    assert bound is not None and int(bound.group(1)) >= 2
    assert int(np.__version__.split(".")[0]) >= int(bound.group(1))


def test_no_module_reaches_into_numpy_internals_except_the_guarded_clip():
    offenders = []
    for path in ROOT.glob("*/**/*.py"):
        inside = path.relative_to(ROOT).parts
        # Virtual environments (.venv, CI's .venv-min) and other hidden folders hold others' code.
        if "tests" in inside or any(part.startswith(".") for part in inside):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("_core", "core") and \
                    isinstance(node.value, ast.Name) and node.value.id in ("np", "numpy"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(("numpy._core", "numpy.core")):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_public_clip_gives_what_the_ufunc_gives_nan_and_infinities_included():
    x = np.array([-np.inf, -2.0, -0.5, 0.0, 0.5, 3.0, np.inf, np.nan])
    for lo, hi in [(-1.0, 1.0), (0.0, np.inf), (-np.inf, 0.25), (np.nan, 1.0)]:
        expected = np.array([min(max(v, lo), hi) if not np.isnan(v) and not np.isnan(lo) else np.nan for v in x])
        np.testing.assert_array_equal(runtime._v_clip_public(x, lo, hi), expected)
        np.testing.assert_array_equal(runtime._v_clip(x, lo, hi), expected)

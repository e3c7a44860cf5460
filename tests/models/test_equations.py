"""The equation language: precedence, clear errors, and hostile text that must never run."""


import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.domain import Variable
from models.language.checker import check_study
from models.language.equations import MAX_DEPTH, ParseError, parse
from tests.models.helpers import aux, run_one, study_of


def value_of(equation: str) -> float:
    """Return an equation's value at t = 0."""
    return run_one(study_of(aux("y", equation), end=0), "y")[0]


@pytest.mark.parametrize("equation, expected", [
    ("1 + 2^2*3", 13), ("-2^2", -4), ("2^3^2", 512), ("2^-1", 0.5), ("(1 + 2) * 3", 9),
    ("10 - 4 - 3", 3), ("12 / 3 / 2", 2), ("1 < 2 and 2 < 3", 1), ("not 1 > 2", 1), ("if(0, 1, 2)", 2),
    ("1e3 + .5", 1000.5), ("3 = 3", 1), ("3 <> 3", 0),
])
def test_precedence_follows_the_file_format(equation, expected):
    assert value_of(equation) == expected


@pytest.mark.parametrize("text, position, fragment", [
    ("1 +", 3, "end of the equation"),
    ("(1 + 2", 6, "to close the '('"),
    ("1 $ 2", 2, "unexpected character '$'"),
    ("", 0, "empty"),
    ("1 < 2 < 3", 6, "cannot be chained"),
    ("a b", 2, "unexpected 'b'"),
])
def test_syntax_errors_name_the_position(text, position, fragment):
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.position == position
    assert fragment in caught.value.message


def test_checker_reports_every_problem_with_place_and_suggestion():
    study = study_of(
        Variable("lithium_price", "assumption", value=1),
        aux("revenue", "lithum_price * 2 + sqr(4)"),
        aux("broken", "1 +"),
        aux("wrong_args", "clip(1, 2)"),
        Variable("gdp", "stock", initial="gdp_start", equation="1"),
    )
    messages = [str(p) for p in check_study(study)]
    assert "revenue.equation, column 1: unknown name 'lithum_price' — did you mean 'lithium_price'?" in messages
    assert any(m.startswith("revenue.equation, column 20: 'sqr' is not a known function — did you mean 'sqrt'?") for m in messages)
    assert any(m.startswith("broken.equation, column 4:") for m in messages)
    assert any("clip takes 3 arguments" in m for m in messages)
    assert any(m.startswith("gdp.initial, column 1: unknown name 'gdp_start'") for m in messages)


def test_an_algebraic_cycle_is_reported_as_its_path():
    study = study_of(aux("a", "b + 1"), aux("b", "c * 2"), aux("c", "a"), aux("d", "prev(d) + 1"))
    cycles = [str(p) for p in check_study(study) if "cycle" in p.message]
    assert len(cycles) == 1
    assert "a → b → c → a" in cycles[0]


def test_a_stateful_function_that_needs_its_own_value_asks_for_an_initial_value():
    problems = check_study(study_of(aux("d", "smooth(d + 1, 2)")))
    assert len(problems) == 1 and "give prev, delay or smooth an initial value" in problems[0].message
    assert check_study(study_of(aux("d", "smooth(d + 1, 2, 0)"))) == []


HOSTILE = [
    "__import__('os').system('touch /tmp/pwned')",
    "().__class__.__bases__[0].__subclasses__()",
    "lambda: 1",
    "x.real",
    "[1, 2]",
    "open('/etc/passwd')",
    "exec('1')",
    "a; b",
    "'string'",
    "1 if 1 else 2",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_refused_and_nothing_runs(text, tmp_path):
    problems = check_study(study_of(Variable("x", "assumption", value=1), aux("y", text)))
    assert problems, f"{text!r} was accepted"
    assert not (tmp_path / "pwned").exists()


def test_ten_thousand_deep_nesting_is_refused_with_a_message_not_a_crash():
    # Refused before the nesting is followed, so a RecursionError never escapes; a parser that
    # followed it would take time growing with the depth, which benchmarks/hostile_files.py shows.
    for text in ["(" * 10_000 + "1" + ")" * 10_000, "-" * 10_000 + "1", "f(" * 4_000 + "1" + ")" * 4_000]:
        with pytest.raises(ParseError, match="nest"):
            parse(text)


def test_nesting_within_the_limit_still_works():
    depth = MAX_DEPTH - 1
    assert value_of("(" * depth + "2" + ")" * depth) == 2


def test_huge_powers_give_inf_not_a_hang():
    assert value_of("9^9^9^9") == np.inf
    assert value_of("-(9^9^9^9)") == -np.inf


numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda v: f"({v!r})")
leaves = numbers | st.sampled_from(["t", "dt", "x"])
trees = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["+", "-", "*", "/", "^", "<", ">=", "and", "or"]), inner).map(lambda p: f"({p[0]} {p[1]} {p[2]})"),
        inner.map(lambda e: f"(-{e})"),
        st.tuples(st.sampled_from(["abs", "exp", "ln", "sqrt", "round", "prev"]), inner).map(lambda p: f"{p[0]}({p[1]})"),
        st.tuples(inner, inner, inner).map(lambda p: f"if({p[0]}, {p[1]}, {p[2]})"),
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(trees)
def test_any_well_formed_equation_runs_to_numbers_inf_or_nan(text):
    study = study_of(Variable("x", "assumption", value=1.5), aux("y", text), end=3)
    assert check_study(study) == []
    values = run_one(study, "y")
    assert values.shape == (4,) and values.dtype == float


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abt()+-*/^<>=!,. 0123456789eif", max_size=40))
def test_arbitrary_text_parses_or_fails_with_a_position(text):
    try:
        parse(text)
    except ParseError as error:
        assert 0 <= error.position <= len(text)

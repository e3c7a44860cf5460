"""Damaged arrayed models are refused with a message, never a traceback."""

from __future__ import annotations

import random

import pytest

from storage.errors import MdlError, XmileError
from storage.model_files import read_model_file
from tests.storage.xmile_helpers import write, xmile

MDL = """{UTF-8}
Big: a, b, c -> Other ~~|
Other: x, y, z ~~|
Small: b, c ~~|
v[Big] = 1, 2, 3 ~~|
w[Big] :EXCEPT: [a] = v[Big] * 2 ~~|
w[a] = SUM(v[Big!]) ~~|
s[Other] = INTEG(v[Big], 0) ~~|
t[Small]((0,0),(1,1)) ~~|
u[Small] = t[Small](Time) ~~|
INITIAL TIME = 0 ~~|
FINAL TIME = 2 ~~|
TIME STEP = 1 ~~|
SAVEPER = TIME STEP ~~|
"""

XMILE = xmile(
    '<stock name="s"><dimensions><dim name="D"/></dimensions><eqn>D</eqn><inflow>f</inflow></stock>'
    '<flow name="f"><dimensions><dim name="D"/></dimensions><element subscript="1"><eqn>s[1]</eqn></element>'
    '<element subscript="2"><eqn>MAX(s[*])</eqn></element></flow>'
    '<aux name="m"><dimensions><dim name="D"/><dim name="E"/></dimensions><eqn>1, 2; 3, 4</eqn></aux>',
    top='<dimensions><dim name="D" size="2"/><dim name="E"><elem name="e1"/><elem name="e2"/></dim></dimensions>')

MARKS = "[]:,!()-><*;.\"'=|~0123456789ab "


def damaged(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text))
        if rng.random() < 0.5:
            text = text[:at] + text[at + rng.randint(1, 4):]
        else:
            text = text[:at] + rng.choice(MARKS) + text[at:]
    return text


@pytest.mark.parametrize("name, text, error", [("model.mdl", MDL, MdlError), ("model.xmile", XMILE, XmileError)])
def test_the_intact_model_opens_and_damaged_copies_are_refused_or_open(tmp_path, name, text, error):
    read_model_file(write(tmp_path, text, name))
    rng = random.Random(21)
    for _ in range(300):
        try:
            read_model_file(write(tmp_path, damaged(text, rng), name))
        except error as refused:
            assert refused.problems and all(isinstance(p, str) and p for p in refused.problems)


def test_an_unknown_encoding_in_the_xml_declaration_is_refused(tmp_path):
    text = XMILE.replace('encoding="utf-8"', 'encoding="utf-c8"')
    with pytest.raises(XmileError, match="unknown encoding"):
        read_model_file(write(tmp_path, text))


def test_a_time_setting_that_cannot_be_read_is_refused(tmp_path):
    with pytest.raises(MdlError, match="TIME STEP"):
        read_model_file(write(tmp_path, MDL.replace("TIME STEP = 1", "TIME STEP = 1?"), "model.mdl"))

"""The users' description of the file format agrees with what the code reads."""

from __future__ import annotations

import re
from pathlib import Path

from models.language.equations import RESERVED
from storage.interchange import parse_study_text

DOC = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"


def test_the_example_in_the_documentation_is_a_valid_study_file():
    example = re.search(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    study = parse_study_text(example, "the documented example")
    assert [s.name for s in study.scenarios] == ["Baseline", "Lithium boom"]


def test_the_documented_reserved_words_are_exactly_those_refused():
    text = DOC.read_text(encoding="utf-8")
    sentence = text[text.index("It must not be one of the words"):text.index("For people")]
    assert set(re.findall(r"`([a-z0-9_]+)`", sentence)) == RESERVED

"""The users' equation reference stays complete as the language grows."""

from pathlib import Path

from models.language.equations import FUNCTIONS

DOC = Path(__file__).resolve().parents[2] / "docs" / "equations.md"


def test_every_function_is_documented():
    text = DOC.read_text(encoding="utf-8")
    missing = [name for name in FUNCTIONS if f"`{name}(" not in text]
    assert missing == []

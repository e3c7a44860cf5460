"""Say why the compiler itself failed on a model the checker accepted, in words a person can act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import logging
import re
from dataclasses import dataclass

from models.domain import Study
from ui.i18n.text import fill

log = logging.getLogger(__name__)

# The generated code names variables v<index> and a stock's next value n<index> (models/engine/codegen.py):
# a line it cannot compile names the variable whose equation it came from.
_GENERATED_LINE = re.compile(r"^\s*([vn])(\d+)\s*=")


@dataclass(frozen=True)
class CompileFailure:
    """A model problem the checker did not foresee; `variable` is empty when no one equation is to blame."""

    variable: str
    message: str
    field: str = "equation"
    position: int | None = None
    suggestion: str | None = None

    def __str__(self) -> str:
        return f"{self.variable}.{self.field}: {self.message}" if self.variable else self.message


def compile_failure(study: Study, error: BaseException) -> CompileFailure:
    """Return the problem to show for an unexpected failure to compile a study's model, and log it."""
    log.error("compiling the model of %r failed", study.title, exc_info=error)
    variable, field = _culprit(study, error)
    if isinstance(error, (SyntaxError, RecursionError, MemoryError)):
        why = QCoreApplication.translate("CompileFailure", "an equation is too long or too deeply nested to compile; split it into smaller auxiliaries")
    else:
        why = QCoreApplication.translate("CompileFailure", "the compiler failed")
    # A SyntaxError's str names the generated file and line, which mean nothing to the user.
    detail = (error.msg if isinstance(error, SyntaxError) else str(error)).strip() or type(error).__name__
    message = f"{why} ({detail})"
    return CompileFailure(variable, message if variable else fill(QCoreApplication.translate("CompileFailure", "The model could not be compiled: %1"), message), field)


def _culprit(study: Study, error: BaseException) -> tuple[str, str]:
    """Return the variable and field whose generated line failed, when the error says which line."""
    text = error.text if isinstance(error, SyntaxError) else None
    found = _GENERATED_LINE.match(text or "")
    if found is None or int(found.group(2)) >= len(study.variables):
        return "", "equation"
    variable = study.variables[int(found.group(2))]
    # A stock's v<index> line is its initial value; its n<index> line integrates its rate.
    return variable.name, "initial" if variable.kind == "stock" and found.group(1) == "v" else "equation"

"""Read actual observations from a table (CSV, XLSX, or cells pasted from a spreadsheet).

The shape is the tidy one the exports use: `variable,time,value[,source]` (optional `note` and
`unit`), one observation a row. Dates such as `2026-03` or `Q2 2026` become the study's decimal
years; the conversion is listed so it can be shown before anything is stored. Every problem
names its row and column, and nothing is imported while there are problems.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from models.domain import Study
from models.formatting import localise
from models.i18n import fill, language, translate
from models.timeline import TimeTextError, parse_time
from models.tracking.observations import Actual

REQUIRED = ("variable", "time", "value")
OPTIONAL = ("source", "note", "unit")
MAX_ROWS = 1_000_000
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_GROUPED_COMMA = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")


def time_text(time: float) -> str:
    """Return a decimal year to two decimals, without trailing zeros (2026.1667 is "2026.17")."""
    return f"{time:.2f}".rstrip("0").rstrip(".")


class NumberTextError(ValueError):
    """A cell that should hold a number does not."""


def parse_number(text: str, decimal_comma: bool = False) -> float:
    """Return the number in a cell: `1234.5`, `1,234.5`, or with `decimal_comma` `1234,5` and `1.234,5`."""
    raw = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if decimal_comma and "," in raw:
        raw = raw.replace(".", "") if _GROUPED_COMMA.match(raw) or raw.count(",") == 1 else raw
        raw = raw.replace(",", ".")
    elif _GROUPED.match(raw):
        raw = raw.replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        if re.fullmatch(r"[+-]?\d+,\d+", raw):
            raise NumberTextError(fill(translate("Actuals", "%1 is not a number (a decimal comma? this table uses a decimal point)"),
                                       repr(text.strip()))) from None
        raise NumberTextError(fill(translate("Actuals", "%1 is not a number"), repr(text.strip()))) from None
    if not math.isfinite(value):
        raise NumberTextError(fill(translate("Actuals", "%1 is not a finite number"), repr(text.strip())))
    return value


@dataclass(frozen=True)
class ReadRow:
    """One row read: where it was, what it said, and the observation it becomes."""

    row: int  # as a spreadsheet numbers it (the header is row 1)
    time_text: str
    actual: Actual
    converted: bool  # the time was a date turned into a decimal year


@dataclass
class ActualsTable:
    """The observations a table holds, the date conversions made, and every problem found."""

    rows: list[ReadRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def actuals(self) -> list[Actual]:
        """Return the observations (only meaningful without problems)."""
        return [r.actual for r in self.rows]

    def conversions(self) -> list[str]:
        """Return each date converted to the study's axis, for people: `row 3: Q2 2026 → 2026.25`."""
        return [fill(translate("Actuals", "row %1: %2 → %3"), r.row, r.time_text, localise(time_text(r.actual.time), language())) for r in self.rows if r.converted]


def read_actuals_cells(cells: list[list[str]], study: Study, decimal_comma: bool = False,
                       default_source: str = "", header: bool | None = None) -> ActualsTable:
    """Read observations from rows of text cells; the first row names the columns unless `header` is False."""
    table = ActualsTable()
    cells = [row for row in cells if any(c.strip() for c in row)]
    if not cells:
        table.problems.append(translate("Actuals", "the table is empty"))
        return table
    if header is None:
        header = "variable" in [c.strip().casefold() for c in cells[0]]
    if header:
        columns = [c.strip().casefold() for c in cells[0]]
        body, first_row = cells[1:], 2
        for k, name in enumerate(columns):
            if name not in REQUIRED + OPTIONAL:
                table.problems.append(fill(translate("Actuals", "column %1 %2: not a column of actuals (use %3)"), k + 1,
                                           repr(cells[0][k].strip()), ', '.join(REQUIRED + OPTIONAL)))
        for name in REQUIRED:
            if name not in columns:
                table.problems.append(fill(translate("Actuals", "(header): the column %1 is missing"), repr(name)))
        if table.problems:
            return table
    else:  # pasted without a header: variable, time, value[, source[, note]]
        columns = list(REQUIRED + ("source", "note"))[: max(len(r) for r in cells)]
        body, first_row = cells, 1
    if len(body) > MAX_ROWS:
        table.problems.append(fill(translate("Actuals", "%1 rows; at most %2 can be imported at once"), localise(f"{len(body):,}"),
                                   localise(f"{MAX_ROWS:,}")))
        return table
    by_name = {v.name: v for v in study.variables}
    by_label = {v.label.casefold(): v for v in study.variables if v.label}
    axis = study.time
    span = f"{localise(f'{axis.start:g}')}–{localise(f'{axis.end:g}')}"
    index = {name: columns.index(name) for name in columns if name in REQUIRED + OPTIONAL}
    for offset, cells_of_row in enumerate(body):
        row = first_row + offset

        def cell(name: str, cells_of_row: list[str] = cells_of_row) -> str:
            k = index.get(name)
            return cells_of_row[k].strip() if k is not None and k < len(cells_of_row) else ""

        place = fill(translate("Actuals", "row %1"), row)  # the column names after it are the table's own
        name = cell("variable")
        variable = by_name.get(name) or by_label.get(name.casefold())
        if variable is None:
            table.problems.append(f"{place}, variable: " + (fill(translate("Actuals", "unknown variable %1"), repr(name)) if name
                                                            else translate("Actuals", "empty")))
            continue
        unit = cell("unit")
        if unit and unit != variable.unit:
            table.problems.append(f"{place}, unit: " + fill(translate("Actuals", "%1, but %2 is in %3"), repr(unit), variable.name,
                                                            repr(variable.unit or translate("Actuals", "no unit"))))
            continue
        try:
            time, converted = parse_time(cell("time"), axis.unit)
        except TimeTextError as error:
            table.problems.append(f"{place}, time: {error}")
            continue
        if not axis.start - 1e-9 <= time <= axis.end + 1e-9:
            shown = (fill(translate("Actuals", "%1 (from %2)"), localise(time_text(time)), repr(cell('time'))) if converted
                     else localise(f"{time:g}"))
            table.problems.append(f"{place}, time: " + fill(translate("FileErrors", "%1 is outside the time axis (%2)"), shown, span))
            continue
        try:
            value = parse_number(cell("value"), decimal_comma)
        except NumberTextError as error:
            table.problems.append(f"{place}, value: {error}")
            continue
        actual = Actual(variable.name, time, value, cell("source") or default_source, cell("note"))
        table.rows.append(ReadRow(row, cell("time"), actual, converted))
    seen: dict[tuple, int] = {}
    for read in table.rows:
        if read.actual.key in seen:
            table.problems.append(fill(translate("Actuals", "row %1: the same variable, time and source as row %2"), read.row,
                                       seen[read.actual.key]))
        seen.setdefault(read.actual.key, read.row)
    return table


def read_actuals_file(path: str | os.PathLike, study: Study, decimal_comma: bool | None = None) -> ActualsTable:
    """Read observations from a CSV or XLSX file; a `;`-separated CSV is read with decimal commas."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".xlsx":
            return read_actuals_cells(_xlsx_cells(path), study, bool(decimal_comma))
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        table = ActualsTable()
        table.problems.append(fill(translate("Actuals", "%1 cannot be read: %2"), path.name, getattr(error, 'strerror', None) or error))
        return table
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first else ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return read_actuals_cells(rows, study, delimiter == ";" if decimal_comma is None else decimal_comma)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value:%Y-%m-%d}"  # a date cell: its day, converted like a typed date
    return repr(value) if isinstance(value, float) else str(value)


def _xlsx_cells(path: Path) -> list[list[str]]:
    """Return the first sheet's cells as text (numbers written plainly, so they read back exactly)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [[_text(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()

"""Projections as spreadsheets people can open safely: tidy CSV and XLSX.

Spreadsheet programs run a cell that starts with `=`, `+`, `-`, `@`, tab, CR, LF or NUL as a
formula. A scenario named "=HYPERLINK(...)" must stay text:
- in CSV such text gets a leading apostrophe, and every field holding a separator, a quote,
  CR or LF is quoted (Python's csv writer leaves a CR unquoted when records end in LF alone,
  which would start a new record with the formula);
- in XLSX the cell is a string cell with Excel's quote-prefix style: the text is kept as it
  is, and Excel shows it as text without storing an apostrophe in it.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from storage.atomic import replacing, write_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')
# What the XLSX format cannot hold at all (openpyxl refuses it); shown as an escape instead.
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(value: object) -> object:
    """Return a text cell that a spreadsheet will not read as a formula; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_field(value: object) -> str:
    """Return one CSV field: text neutralised and quoted when it holds a separator, quote, CR or LF."""
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        return "" if math.isnan(value) else f"{value:.10g}"
    text = str(neutralise(value))
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text(header: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """Return a table as CSV text (records end in LF; no field can start a record of its own)."""
    lines = [",".join(csv_field(v) for v in header)]
    lines += [",".join(csv_field(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


def projection_csv(frame: pd.DataFrame) -> str:
    """Return a tidy projection frame as CSV text (full float precision, no index)."""
    return csv_text(list(frame.columns), frame.itertuples(index=False, name=None))


def write_projection_csv(frame: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write a tidy projection frame to a CSV file, whole or not at all."""
    write_text(path, projection_csv(frame))


def _xlsx_text(value: object) -> object:
    if isinstance(value, str) and _NOT_IN_XLSX.search(value):
        return _NOT_IN_XLSX.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value


def _xlsx_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of `frame` with text the XLSX format can hold (control characters written as escapes)."""
    safe = frame.copy()
    safe.columns = [_xlsx_text(c) for c in safe.columns]  # headers may be scenario names too
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_xlsx_text)
    return safe


def write_projection_xlsx(frames: Mapping[str, pd.DataFrame] | Iterable[tuple[str, pd.DataFrame]],
                          path: str | os.PathLike) -> None:
    """Write one sheet per name (e.g. per scenario) with a frozen header and readable widths."""
    pairs = frames.items() if isinstance(frames, Mapping) else frames
    with replacing(path) as temporary, pd.ExcelWriter(temporary, engine="openpyxl") as writer:
        for name, frame in pairs:
            sheet = _sheet_name(name, writer.book.sheetnames)
            _xlsx_frame(frame).to_excel(writer, sheet_name=sheet, index=False)
            worksheet = writer.sheets[sheet]
            worksheet.freeze_panes = "A2"
            for cells in worksheet.columns:
                width = max(len(str(c.value)) if c.value is not None else 0 for c in cells[:200])
                worksheet.column_dimensions[cells[0].column_letter].width = min(max(10, width + 2), 50)
                for cell in cells:
                    if isinstance(cell.value, str):
                        cell.data_type = "s"  # never a formula, whatever the text
                        if cell.value.startswith(FORMULA_STARTS):
                            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited


def _sheet_name(name: str, taken: list[str]) -> str:
    """Return a valid, unused sheet name (31 characters, none of []:*?/\\ nor control characters)."""
    cleaned = "".join("_" if c in "[]:*?/\\" or unicodedata.category(c)[0] == "C" else c for c in name).strip("'")[:31] or "Sheet"
    candidate, n = cleaned, 2
    while candidate.casefold() in {t.casefold() for t in taken}:  # Excel compares sheet names ignoring case
        suffix = f" ({n})"
        candidate, n = cleaned[: 31 - len(suffix)] + suffix, n + 1
    return candidate

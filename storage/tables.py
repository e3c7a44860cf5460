"""Projections as spreadsheets people can open safely: tidy CSV and XLSX.

Spreadsheet programs run a cell that starts with `=`, `+`, `-`, `@`, tab, CR or NUL as a
formula. A scenario named "=HYPERLINK(...)" must stay text, so such text cells get a
leading apostrophe (and XLSX cells are written as strings).
"""

from __future__ import annotations

import io
import os

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise(value: object) -> object:
    """Return a text cell that a spreadsheet will not read as a formula; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of `frame` with every text cell neutralised."""
    safe = frame.copy()
    safe.columns = [neutralise(c) for c in safe.columns]  # headers may be scenario names too
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    return safe


def projection_csv(frame: pd.DataFrame) -> str:
    """Return a tidy projection frame as CSV text (full float precision, no index)."""
    buffer = io.StringIO()
    safe_frame(frame).to_csv(buffer, index=False, float_format="%.10g", lineterminator="\n")
    return buffer.getvalue()


def write_projection_xlsx(frames: dict[str, pd.DataFrame], path: str | os.PathLike) -> None:
    """Write one sheet per name (e.g. per scenario) with a frozen header and readable widths."""
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in frames.items():
            sheet = _sheet_name(name, writer.book.sheetnames)
            safe_frame(frame).to_excel(writer, sheet_name=sheet, index=False)
            worksheet = writer.sheets[sheet]
            worksheet.freeze_panes = "A2"
            for cells in worksheet.columns:
                width = max(len(str(c.value)) if c.value is not None else 0 for c in cells[:200])
                worksheet.column_dimensions[cells[0].column_letter].width = min(max(10, width + 2), 50)
                for cell in cells:
                    if isinstance(cell.value, str):
                        cell.data_type = "s"  # never a formula, whatever the text


def _sheet_name(name: str, taken: list[str]) -> str:
    """Return a valid, unused sheet name (31 characters, none of []:*?/\\)."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name).strip("'")[:31] or "Sheet"
    candidate, n = cleaned, 2
    while candidate in taken:
        suffix = f" ({n})"
        candidate, n = cleaned[: 31 - len(suffix)] + suffix, n + 1
    return candidate

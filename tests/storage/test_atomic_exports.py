"""Exports are written whole or not at all, and get the permissions of any file the user saves."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys

import pandas as pd
import pytest

from storage import atomic
from storage.interchange import parse_study_text, write_study_file
from storage.tables import write_projection_csv, write_projection_xlsx
from storage.workshop_export import write_workshop_csvs

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows files have no umask or mode bits")


def frame() -> pd.DataFrame:
    return pd.DataFrame({"scenario": ["A", "B"], "variable": ["gdp", "gdp"], "time": [2025.0, 2025.0], "value": [1.0, 2.0]})


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_write_keeps_the_good_file_and_leaves_no_other(tmp_path, monkeypatch):
    good = tmp_path / "p.csv"
    good.write_text("the good one\n", encoding="utf-8")
    monkeypatch.setattr(atomic.os, "fsync", disk_full)  # the data does not reach the disk
    with pytest.raises(OSError, match="No space left"):
        write_projection_csv(frame(), good)
    assert good.read_text(encoding="utf-8") == "the good one\n"
    assert [p.name for p in tmp_path.iterdir()] == ["p.csv"]


def test_a_workbook_writer_that_stops_half_way_leaves_no_file(tmp_path, monkeypatch):
    written = []

    def half_then_full(self, *args, **kwargs):
        if written:
            disk_full()
        written.append(kwargs.get("sheet_name"))
        return original(self, *args, **kwargs)

    original = pd.DataFrame.to_excel
    monkeypatch.setattr(pd.DataFrame, "to_excel", half_then_full)
    with pytest.raises(OSError):
        write_projection_xlsx({"A": frame(), "B": frame()}, tmp_path / "p.xlsx")
    assert written == ["A"] and list(tmp_path.iterdir()) == []


def test_a_writer_that_fails_without_saying_so_is_an_error(tmp_path):
    with pytest.raises(OSError, match="nothing could be written"), atomic.replacing(tmp_path / "chart.png"):
        pass  # as QImage.save does: returns False, writes nothing
    assert list(tmp_path.iterdir()) == []


def test_an_export_into_a_missing_folder_is_an_error_naming_it_and_leaves_no_file(tmp_path):
    with pytest.raises(OSError) as caught:
        write_projection_csv(frame(), tmp_path / "gone" / "p.csv")
    assert f"p.csv cannot be written in {tmp_path / 'gone'}" in str(caught.value) and "partial" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_workshop_csvs_that_fail_leave_no_empty_file(tmp_path, monkeypatch, doc):
    study = parse_study_text(json.dumps(doc))
    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_workshop_csvs(tmp_path / "out", study, [], [], [], 2025.0)
    assert list((tmp_path / "out").iterdir()) == []


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_exported_files_get_the_mode_the_umask_gives(tmp_path, doc, umask):
    study = parse_study_text(json.dumps(doc))
    previous = os.umask(umask)
    try:
        write_study_file(study, tmp_path / "s.json")
        write_projection_csv(frame(), tmp_path / "p.csv")
        write_projection_xlsx({"A": frame()}, tmp_path / "p.xlsx")
    finally:
        os.umask(previous)
    for name in ("s.json", "p.csv", "p.xlsx"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask, name

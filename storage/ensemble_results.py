"""An ensemble's results on disk: a folder of Parquet files, one per chunk, so a stopped run resumes by chunk.

The folder holds `_ensemble.json` (what was asked: study, scenario, question, seed, chunk sizes and
ranges) and `part-NNNNN.parquet` per finished chunk with a column `run`, one per varied input and
one for the outcome. A part is written to a temporary name and renamed, so a part that exists is
whole, and the folder reads as one dataset (`pyarrow.parquet.read_table(folder)`, pandas, Dask); a folder made for another ensemble is refused rather than mixed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from models.explore.ensemble import Ensemble, EnsembleJob
from models.i18n import fill, translate

MANIFEST = "_ensemble.json"  # a leading "_" or "." keeps a file out of a Parquet dataset read of the folder


class ResultsFolderError(ValueError):
    """The --out folder cannot take or give this ensemble's results; the message says why and what to do."""


class EnsembleResults:
    """The folder of one ensemble's Parquet parts."""

    def __init__(self, folder: Path, job: EnsembleJob) -> None:
        self.folder = Path(folder)
        self.job = job
        self.names = list(job.space)
        self.outcome = f"{job.question.variable}@{job.question.time:g}"

    def open(self) -> list[int]:
        """Create the folder or check it holds this ensemble; return the numbers of the chunks already finished."""
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ResultsFolderError(translate("FileErrors", "--out writes Parquet, which needs pyarrow: install the 'cluster' extra "
                                                             "(pip install -e \".[cluster]\")")) from None
        wanted = self._manifest()
        path = self.folder / MANIFEST
        if self.folder.exists() and not self.folder.is_dir():
            raise ResultsFolderError(fill(translate("FileErrors", "%1: this is a file; --out takes a folder for the Parquet parts"), self.folder))
        if path.exists():
            try:
                found = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise ResultsFolderError(fill(translate("FileErrors", "%1: cannot be read (%2); choose another --out"), path, error)) from None
            if found != wanted:
                differ = sorted(k for k in wanted if found.get(k) != wanted[k]) if isinstance(found, dict) else ["all"]
                raise ResultsFolderError(fill(translate("FileErrors", "%1 holds another ensemble (its %2 differ); choose another --out or "
                                                                      "delete that folder"), self.folder, ', '.join(differ)))
        else:
            if self.folder.is_dir() and any(self.folder.iterdir()):
                raise ResultsFolderError(fill(translate("FileErrors", "%1 is a folder with other files in it; choose an empty or new --out"),
                                              self.folder))
            self.folder.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(wanted, indent=1), encoding="utf-8")
        return [k for k in range(len(self.job.sizes)) if self._part(k).exists()]

    def write(self, index: int, inputs: np.ndarray, outcome: np.ndarray) -> None:
        """Write chunk `index` as one Parquet part, whole or not at all."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        start = self.job.start(index)
        columns = {"run": np.arange(start, start + outcome.size, dtype=np.int64)}
        columns.update({name: inputs[:, k] for k, name in enumerate(self.names)})
        columns[self.outcome] = outcome
        temporary = self.folder / f".{self._part(index).name}.tmp"
        pq.write_table(pa.table(columns), temporary)
        os.replace(temporary, self._part(index))

    def read(self) -> Ensemble:
        """Return the whole ensemble from its parts; raise ResultsFolderError if a chunk is missing."""
        import pyarrow.parquet as pq

        missing = [k for k in range(len(self.job.sizes)) if not self._part(k).exists()]
        if missing:
            raise ResultsFolderError(fill(translate("FileErrors", "%1: %2 chunks are not finished (first: %3)"), self.folder, len(missing),
                                          missing[0]))
        inputs, outcomes = [], []
        for index in range(len(self.job.sizes)):
            table = pq.read_table(self._part(index))
            inputs.append(np.column_stack([table.column(name).to_numpy() for name in self.names]))
            outcomes.append(table.column(self.outcome).to_numpy())
        job = self.job
        return Ensemble(job.question, job.space, np.concatenate(inputs), np.concatenate(outcomes), job.seed)

    def _part(self, index: int) -> Path:
        return self.folder / f"part-{index:05d}.parquet"

    def _manifest(self) -> dict[str, object]:
        job = self.job
        question = job.question
        asked: list[object] = [question.variable, question.comparison, question.threshold, question.time]
        if question.until is not None:  # folders of one-time questions keep the manifest they were written with
            asked.append(question.until)
        return {"format": "prospectiva-ensemble", "version": 1, "study": job.study.id, "scenario": job.scenario_id,
                "question": asked,
                "seed": job.seed, "chunks": list(job.sizes), "space": {k: list(v) for k, v in job.space.items()}}

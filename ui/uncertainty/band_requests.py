"""Fan-chart band requests to the compute service: requests made while one runs collapse into one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from models.domain import Study
from ui.compute.service import Answer, ComputeService, Failure

KIND = "bands"


@dataclass
class BandResult:
    """Percentile rows per scenario for the requested variables, with what produced them."""

    stamp: int
    names: list[str]
    stats: dict[str, dict]  # scenario id -> stat -> (variables, times)
    frequency: dict[str, dict[str, float]]  # scenario id -> event name -> share of samples it happened in
    samples: int
    seconds: float


class BandRequests(QObject):
    """Ask the compute service for bands; deliver each answer, or why there is none.

    A drag's requests do not cancel the one running: its bands arrive (drawn as behind the slider),
    so the fans follow a drag instead of waiting for it to pause. A request the worker has not started
    yet takes in the scenarios of the newer one, so no scenario is left without bands.
    """

    bands_ready = Signal(object)  # BandResult (a result whose stamp is older than `requested` is stale)
    bands_failed = Signal(object)  # Failure: the model does not compile, or sampling failed

    def __init__(self, service: ComputeService, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.requested = 0
        self._samples: dict[int, int] = {}  # stamp -> samples asked for
        service.result_ready.connect(self._answered)
        service.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        """Return whether bands newer than the last delivered ones are on their way."""
        return self.service.pending(KIND)

    def request(self, study: Study, scenario_ids: list[str], variables: list[str], samples: int, seed: int,
                replace_running: bool = False) -> int:
        """Ask for bands of these scenarios and variables as the study is now; return the request's stamp.

        With `replace_running`, a request already running is cancelled (its bands would be of no use:
        the model, the indicators or the sample count changed).
        """
        params = {"scenario_ids": list(dict.fromkeys(scenario_ids)), "variables": list(variables),
                  "samples": samples, "seed": seed}
        stamp = self.service.request(KIND, study, params, cancel_running=replace_running, merge=_merge)
        self._samples[stamp] = samples
        self.requested = stamp
        return stamp

    def wait(self) -> None:
        """Block until every band request has been computed and delivered (for tests and benchmarks)."""
        self.service.wait(KIND)

    def _answered(self, answer: Answer) -> None:
        if answer.kind != KIND:
            return
        found = answer.value
        samples = self._samples.pop(answer.stamp, 0)
        self._forget(answer.stamp)
        self.bands_ready.emit(BandResult(answer.stamp, found["names"], found["stats"], found["frequency"], samples,
                                         answer.seconds))

    def _failed(self, failure: Failure) -> None:
        if failure.kind == KIND:
            self._forget(failure.stamp)
            self.bands_failed.emit(failure)

    def _forget(self, stamp: int) -> None:
        for older in [s for s in self._samples if s < stamp]:
            del self._samples[older]


def _merge(waiting: dict, new: dict) -> dict:
    """Serve a waiting request's scenarios with the newer one when they sample the same way."""
    if waiting["variables"] == new["variables"] and waiting["samples"] == new["samples"] and waiting["seed"] == new["seed"]:
        return dict(new, scenario_ids=list(dict.fromkeys(waiting["scenario_ids"] + new["scenario_ids"])))
    return new

"""Merge a file's dates, actuals and signposts into a local study: by key, nothing clobbered."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from models.domain import Study


@dataclass
class TrackingMerge:
    """What merging the tracking sections did, in words a user can read."""

    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # yours kept where the file differs

    @property
    def changed(self) -> bool:
        """Say whether the local study changed."""
        return bool(self.added)


def merge_tracking(local: Study, incoming: Study, replace: bool = False) -> TrackingMerge:
    """Add the file's actuals and signposts that are new; keep yours where the file's differ (unless `replace`)."""
    merge = TrackingMerge()
    if incoming.dates.is_set and incoming.dates != local.dates:
        if replace or not local.dates.is_set:
            local.dates = copy.deepcopy(incoming.dates)
            merge.added.append("the study's dates (as of, horizons, table times)")
        else:
            merge.kept.append("the study's dates: yours were kept")
    # An observation is the same figure when variable, time and source agree: two colleagues'
    # copies of one figure merge into one, and a differing value is shown, not written over.
    where = {a.key: k for k, a in enumerate(local.actuals)}
    new_actuals = 0
    for actual in incoming.actuals:
        k = where.get(actual.key)
        if k is None:
            where[actual.key] = len(local.actuals)
            local.actuals.append(actual)
            new_actuals += 1
        elif local.actuals[k] != actual:
            if replace:
                local.actuals[k] = actual
                merge.added.append(f"actual {actual.variable} at {actual.time:g}: replaced with the file's")
            else:
                mine = local.actuals[k]
                merge.kept.append(f"actual {actual.variable} at {actual.time:g} ({actual.source or 'no source'}): "
                                  f"yours {mine.value:g} kept, the file says {actual.value:g}")
    if new_actuals:
        merge.added.append(f"{new_actuals} actual{'' if new_actuals == 1 else 's'}")
    mine_by_id = {s.id: k for k, s in enumerate(local.signposts)}
    scenario_ids = {s.id for s in local.scenarios}
    for signpost in incoming.signposts:
        theirs = copy.deepcopy(signpost)
        theirs.points_to = [s for s in theirs.points_to if s in scenario_ids]
        if theirs.condition.scenario is not None and theirs.condition.scenario not in scenario_ids:
            merge.kept.append(f'signpost "{theirs.name}": not added, it watches the band of a scenario you do not have')
            continue
        k = mine_by_id.get(theirs.id)
        if k is None:
            local.signposts.append(theirs)
            merge.added.append(f'signpost "{theirs.name}"')
        elif local.signposts[k] != theirs:
            if replace:
                local.signposts[k] = theirs
                merge.added.append(f'signpost "{theirs.name}": replaced with the file\'s')
            else:
                merge.kept.append(f'signpost "{local.signposts[k].name}": yours kept, the file\'s differs')
    return merge

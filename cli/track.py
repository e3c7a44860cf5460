"""`track`: which scenario the world is following, from the actuals observed, and where each signpost stands."""

from __future__ import annotations

from cli.studies import study_of
from cli.terminal import UsageError
from models.i18n import fill, translate


def track(options) -> int:
    """Rank the scenarios against the actuals (the study's and a file's) and print each signpost's state."""
    from models.engine.compiled import compile_study
    from models.tracking.commands import merged_actuals
    from models.tracking.report import tracking_lines, tracking_of
    from storage.tracking.actuals_import import read_actuals_file

    study = study_of(options)
    if options.actuals is not None:
        table = read_actuals_file(options.actuals, study)
        if table.problems:
            raise UsageError(fill(translate("Cli", "%1 cannot be read as actuals:\n%2"), options.actuals,
                                  "\n".join(f"  - {p}" for p in table.problems)))
        for line in table.conversions():
            print(f"{options.actuals.name}, {line}")
        study.actuals = merged_actuals(study.actuals, table.actuals())
    model = compile_study(study)
    projection = model.run(study)
    bands = None
    if any(s.condition.kind == "outside_band" for s in study.signposts):
        from models.tracking.band_runs import signpost_bands

        bands = signpost_bands(model, study, options.samples, seed=1)
    result, states = tracking_of(study, projection.times, projection.series, bands=bands)
    print("\n".join(tracking_lines(study, result, states)))
    if bands is not None:
        print("  " + fill(translate("Cli", "(bands: 5th to 95th percentile of %1 Monte Carlo samples, seed 1)"), options.samples))
    return 0

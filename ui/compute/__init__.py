"""One compute service for sampling work (fan bands, chance, tornado), run in a spawned worker process.

Nothing here may import Qt at package level: the worker process imports `ui.compute.worker` and
must start without it.
"""

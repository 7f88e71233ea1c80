"""The public names of :mod:`autograder.checks` and the module that defines each.

``autograder/checks/__init__.py`` exports these names lazily (``lazy_loader``): a notebook's
``from autograder.checks import check_value`` imports ``autograder.checks.values`` and what it
needs, not every check. Most checks import TensorFlow when their module loads (a few seconds of CPU);
``check_value`` and ``check_function`` do not, so a kernel or grading worker that only uses those
never pays for it. A judge is registered under its check's public name, so the same table says which
module registers the judge of a check (:func:`defining_module`).
"""

from __future__ import annotations

from functools import lru_cache

SUBMODULE_ATTRS: dict[str, list[str]] = {
    "failure": ["CheckFailed"],
    "observation": ["Verdict", "register_judge", "rejudge", "run_check"],
    "architecture": ["Layer", "check_architecture"],
    "compile": ["check_compile"],
    "training": ["check_training"],
    "values": ["check_value"],
    "functions": ["check_function"],
    "metrics": ["check_metric"],
    "losses": ["check_loss"],
    "loops": ["check_fit_loop", "check_loss_decreases", "check_train_step", "check_train_step_override"],
    "pipelines": ["check_dataset", "check_throughput"],
    "feature_model": ["check_feature_model"],
    "callbacks": ["check_callbacks"],
    "event_files": ["check_event_files"],
    "keras_file": ["check_keras_file"],
    "layers": ["check_layer"],
    "exported": ["check_litert", "check_saved_model"],
    "distributed": ["check_distributed_dataset", "check_distributed_fit", "check_distributed_step",
                    "check_strategy_model"],
}


def defining_module(name: str) -> str | None:
    """The full name of the module that defines the public ``name`` (``None``: not a public name)."""
    for module, names in SUBMODULE_ATTRS.items():
        if name in names:
            return f"autograder.checks.{module}"
    return None


@lru_cache(maxsize=64)  # names come from exports (untrusted): a bounded cache; a hit skips quiet()
def import_defining_module(name: str) -> bool:
    """Import the module that defines the public ``name`` (registering its judge); False if none does."""
    import importlib

    from autograder.quiet import quiet

    module = defining_module(name)
    if module is None:
        return False
    with quiet():  # TensorFlow's import-time logs
        importlib.import_module(module)
    return True

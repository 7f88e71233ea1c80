"""Checks of data-parallel training with ``tf.distribute.MirroredStrategy`` (chapter 9).

Every check builds its own strategies over the replica devices of the process
(:func:`autograder.replicas.replica_devices`: two logical CPUs here, GPUs where present) and gives
them to the student's function, so a student cannot grade against a one-replica strategy:

* :func:`check_strategy_model`: a builder ``build(strategy)`` creates the model and its optimizer
  inside ``strategy.scope()`` (every variable mirrored by *that* strategy) and the model computes
  what the reference architecture computes with the same weights;
* :func:`check_distributed_dataset`: ``function(strategy, x, y, per_replica_batch_size)`` returns a
  distributed dataset whose batches give every replica ``per_replica_batch_size`` examples, every
  example once, under a two-replica and a one-replica strategy;
* :func:`check_distributed_step`: ``make_step(strategy, model, optimizer, global_batch_size)`` returns
  a step whose update and returned loss, under two replicas and under one, equal a single-device
  step on the whole batch from the same weights (a loss averaged per replica gives twice the update);
* :func:`check_distributed_fit`: ``fit_fn(strategy, x, y)`` builds, compiles and fits a model under
  the strategy with the stated global batch size and epochs; the trained model is exported and
  scored like :func:`autograder.checks.check_training`.

Each observation records the devices of its strategies. With fewer than two replica devices (the
set-up cell ran too late) a check cannot tell a per-replica mistake from a correct answer: it
records a grader error (no grade) whose message says how to fix the kernel.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from autograder.checks.failure import GRADER_ERROR, CheckFailed
from autograder.checks.loops import _reference_step, fresh_optimizer, loss_function, synthetic_batch
from autograder.checks.metrics import PUBLIC_SEED, close, fmt, to_array
from autograder.checks.model_config import architecture, predict, rebuild_model
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.checks.training import (TRAINING_SEED, _architecture, _from_logits, exported_architecture,
                                        judge_training)
from autograder.determinism import seed_everything
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf

STEP_LOSS = "sparse_categorical_crossentropy"
GRADER_KEY_BASE = 1_000_000  # collective keys of the grader's strategies, far from a notebook's (from 1)
_STRATEGIES: dict[tuple, Any] = {}
_LAST_FIT: list = []  # [fit_fn, key, observation]: the visible and hidden test of one cell fit once


# ------------------------------------------------------------------------------------ strategies
def strategies() -> tuple[Any, Any, list[str]]:
    """Return ``(two-replica strategy or None, one-replica strategy, replica device names)``.

    Strategies are made once per device set and reused (creating one costs time).
    """
    from autograder.replicas import replica_devices

    with quiet():
        devices = replica_devices()
        for key in (tuple(devices[:2]), tuple(devices[:1])):
            if len(key) and key not in _STRATEGIES:
                _STRATEGIES[key] = _mirrored(list(key))
    two = _STRATEGIES.get(tuple(devices[:2])) if len(devices) >= 2 else None
    return two, _STRATEGIES[tuple(devices[:1])], devices


def _mirrored(devices: list[str]) -> Any:
    """A ``MirroredStrategy`` whose collective keys cannot meet those of the notebook's strategies.

    Two strategies over the same devices both number their all-reduces from the same keys, and
    TensorFlow's collective executor then pairs an all-reduce of one with another of the other
    ("Shape mismatch in the collective instance"). The key base is read when the strategy is made.
    """
    strategy_class = tf.distribute.MirroredStrategy
    saved = strategy_class._collective_key_base
    strategy_class._collective_key_base = GRADER_KEY_BASE
    try:
        return strategy_class(devices)
    finally:
        strategy_class._collective_key_base = saved


def replica_strategy() -> Any:
    """The ``MirroredStrategy`` a hidden test gives a student's builder: two replicas (one when
    the kernel has a single device), the same object every call."""
    two, one, _ = strategies()
    return two or one


def too_few_replicas(check: str, devices: list[str]) -> dict:
    """The grader-error observation of a process with fewer than two replica devices."""
    return {GRADER_ERROR: (f"{check} needs two replica devices, and TensorFlow in this kernel has "
                           f"{len(devices)} ({', '.join(devices)}): the set-up cell "
                           "setup_chapter(seed=42, replicas=2) must run before anything starts "
                           "TensorFlow. Restart the kernel and run the notebook from the top."),
            "devices": list(devices)}


def worker_devices(strategy: Any) -> list[str]:
    """The devices a strategy mirrors over, as names."""
    return [str(name) for name in strategy.extended.worker_devices]


def created_outside(strategy: Any, variables: list) -> list[str]:
    """Paths of the variables that ``strategy`` did not create (built outside its scope)."""
    outside = []
    for variable in variables:
        value = getattr(variable, "value", variable)
        if not strategy.extended.variable_created_in_scope(value):
            outside.append(str(getattr(variable, "path", None) or getattr(variable, "name", "?")))
    return outside


def _outside_message(outside: list[str], total: int, what: str) -> str:
    shown = ", ".join(outside[:3]) + (", ..." if len(outside) > 3 else "")
    return (f"{len(outside)} of the {total} variables of {what} were not created by the given strategy "
            f"({shown}): create the model, compile it and make its optimizer inside "
            "`with strategy.scope():`, using the strategy passed as the argument (not a new one).")


# ------------------------------------------------------------------------- check_strategy_model
def observe_strategy_model(build: Callable, strategy: Any, probe: np.ndarray) -> dict:
    """Build the student's model with ``strategy``; record where its variables live and its weights."""
    keras.utils.set_random_seed(PUBLIC_SEED)
    model = call_student(build, f"{getattr(build, '__name__', 'build')}(strategy)", strategy)
    if not isinstance(model, keras.Model):
        raise CheckFailed(f"{getattr(build, '__name__', 'the builder')}(strategy) should return a "
                          f"keras.Model, found {type(model).__name__}")
    optimizer = getattr(model, "optimizer", None)
    optimizer_variables = list(getattr(optimizer, "variables", []) or []) if model.compiled else []
    return {
        "devices": worker_devices(strategy),
        "compiled": bool(model.compiled),
        "variables": len(model.variables),
        "outside": created_outside(strategy, model.variables),
        "optimizer_variables": len(optimizer_variables),
        "optimizer_outside": created_outside(strategy, optimizer_variables),
        "weights": [np.asarray(w) for w in model.get_weights()],
        "outputs": predict(model, probe),
    }


@register_judge("check_strategy_model")
def judge_strategy_model(observation: dict, expectation: dict, points: float) -> float:
    """Full points when every variable is the strategy's and the weights fit the reference model."""
    if not observation["compiled"]:
        raise CheckFailed("the model is not compiled: call model.compile(...) inside strategy.scope() "
                          "before returning it")
    if observation["outside"]:
        raise CheckFailed(_outside_message(observation["outside"], observation["variables"], "the model"))
    if observation["optimizer_outside"]:
        raise CheckFailed(_outside_message(observation["optimizer_outside"],
                                           observation["optimizer_variables"], "the optimizer"))
    found = [list(np.shape(w)) for w in observation["weights"]]
    wanted = [list(np.shape(w)) for w in expectation["weights"]]
    if found != wanted:
        raise CheckFailed(f"the model's weight shapes are {found}, expected {wanted}: build the "
                          "architecture the exercise gives")
    wanted_outputs = predict(rebuild_model(expectation["model"], observation["weights"]), expectation["probe"])
    found_outputs = np.asarray(observation["outputs"], dtype="float64")
    if found_outputs.shape != wanted_outputs.shape or not np.allclose(found_outputs, wanted_outputs,
                                                                      rtol=1e-4, atol=1e-5):
        raise CheckFailed("with its own weights the model does not compute what the reference "
                          "architecture computes (outputs differ on a probe batch): check the layers' "
                          "activations and their order")
    return float(points)


def check_strategy_model(build: Callable, *, reference: Callable, points: float = 1.0) -> float:
    """Check a builder ``build(strategy)`` that creates a compiled model inside ``strategy.scope()``.

    Args:
        build: the student's function of one argument, the strategy.
        reference: the instructor's zero-argument builder of the same (uncompiled) architecture.
        points: full points.

    Raises:
        CheckFailed: not a compiled model, a variable of the model or of its optimizer created
            outside the given strategy's scope, or weights that do not fit the reference architecture.
        GraderError: fewer than two replica devices in this kernel.
    """
    two, _, devices = strategies()
    with quiet():
        keras.utils.set_random_seed(PUBLIC_SEED)
        model = reference()
        probe = np.random.default_rng(PUBLIC_SEED).normal(size=(8, *model.input_shape[1:])).astype("float32")
        expectation = {"model": architecture(model), "probe": probe,
                       "weights": [np.asarray(w) for w in model.get_weights()]}
    if two is None:
        return run_check("check_strategy_model", lambda: too_few_replicas("check_strategy_model", devices),
                         expectation, points)
    return run_check("check_strategy_model", lambda: observe_strategy_model(build, two, expectation["probe"]),
                     expectation, points)


# -------------------------------------------------------------------- check_distributed_dataset
def _local(strategy: Any, value: Any) -> list:
    return [np.asarray(part) for part in strategy.experimental_local_results(value)]


def observe_dataset(function: Callable, strategy: Any, examples: int, per_replica: int) -> dict:
    """Call ``function(strategy, x, y, per_replica)`` on numbered examples; record each replica's ids."""
    x = np.stack([np.arange(examples), -np.arange(examples)], axis=1).astype("float32")
    y = np.arange(examples).astype("int64")
    name = getattr(function, "__name__", "the function")
    result = call_student(function, f"{name}(strategy, x, y, {per_replica})", strategy, x, y, per_replica)
    run = {"devices": worker_devices(strategy), "type": type(result).__name__,
           "distributed": isinstance(result, tf.distribute.DistributedDataset), "batches": [],
           "pairs_kept": True}
    if not run["distributed"]:
        return run
    for index, element in enumerate(result):
        if index > examples:
            break
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise CheckFailed(f"{name}: each element should be a pair (x, y) of per-replica batches, "
                              f"found {type(element).__name__}")
        xs, ys = _local(strategy, element[0]), _local(strategy, element[1])
        run["batches"].append([part.reshape(-1).astype(int).tolist() for part in ys])
        run["pairs_kept"] &= all(np.array_equal(a[:, 0], b) for a, b in zip(xs, ys) if a.ndim == 2)
    return run


def _judge_dataset_run(run: dict, expectation: dict, replicas: int) -> None:
    name, per_replica = expectation["name"], expectation["per_replica_batch_size"]
    if not run["distributed"]:
        raise CheckFailed(f"{name} returned a {run['type']}, not a distributed dataset: batch a "
                          "tf.data.Dataset with the global batch size and give it to "
                          "strategy.experimental_distribute_dataset(...)")
    batches = run["batches"]
    full = batches[:-1]
    for number, batch in enumerate(full, 1):
        sizes = [len(part) for part in batch]
        if sizes != [per_replica] * replicas:
            raise CheckFailed(
                f"with {replicas} replica(s), batch {number} gave the replicas {sizes} examples, expected "
                f"{[per_replica] * replicas}: batch the dataset with the global batch size, "
                f"per_replica_batch_size * strategy.num_replicas_in_sync "
                f"({per_replica} * {replicas} = {per_replica * replicas}), before distributing it")
    seen = sorted(i for batch in batches for part in batch for i in part)
    if seen != list(range(expectation["examples"])):
        missing = expectation["examples"] - len(set(seen))
        raise CheckFailed(f"with {replicas} replica(s) the distributed dataset holds {len(seen)} examples "
                          f"({missing} missing, {len(seen) - len(set(seen))} repeated) of the "
                          f"{expectation['examples']} given: one pass over every example, no "
                          "drop_remainder=True, no repeat()")
    if not run["pairs_kept"]:
        raise CheckFailed(f"with {replicas} replica(s) some x no longer sit beside their y: shuffle and "
                          "batch the (x, y) pairs together")


@register_judge("check_distributed_dataset")
def judge_distributed_dataset(observation: dict, expectation: dict, points: float) -> float:
    """Full points when both strategies give every replica ``per_replica_batch_size`` examples, each once."""
    _judge_dataset_run(observation["two"], expectation, 2)
    _judge_dataset_run(observation["one"], expectation, 1)
    return float(points)


def check_distributed_dataset(function: Callable, *, per_replica_batch_size: int, examples: int = 100,
                              points: float = 1.0) -> float:
    """Check ``function(strategy, x, y, per_replica_batch_size)`` returning a distributed dataset.

    The function gets numbered examples, under a two-replica strategy and then a one-replica one:
    every batch but the last must give each replica ``per_replica_batch_size`` examples, every
    example must come once (in any order), each ``x`` beside its ``y``.

    Raises:
        CheckFailed: not a ``tf.distribute.DistributedDataset``, per-replica batches of another size
            (the global batch size not scaled by the replicas), examples lost or repeated.
        GraderError: fewer than two replica devices in this kernel.
    """
    two, one, devices = strategies()
    expectation = {"name": getattr(function, "__name__", "the function"), "examples": int(examples),
                   "per_replica_batch_size": int(per_replica_batch_size)}
    if two is None:
        return run_check("check_distributed_dataset",
                         lambda: too_few_replicas("check_distributed_dataset", devices), expectation, points)
    return run_check("check_distributed_dataset",
                     lambda: {"two": observe_dataset(function, two, examples, per_replica_batch_size),
                              "one": observe_dataset(function, one, examples, per_replica_batch_size)},
                     expectation, points)


# ---------------------------------------------------------------------- check_distributed_step
def _step_run(make_step: Callable, strategy: Any, model: Callable, optimizer: Any, weights: list,
              x: np.ndarray, y: np.ndarray) -> dict:
    global_batch = len(x)
    with strategy.scope():
        replica_model = model()
        replica_model.set_weights(weights)
        replica_optimizer = fresh_optimizer(optimizer)
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(global_batch)
    batch = next(iter(strategy.experimental_distribute_dataset(dataset)))
    name = getattr(make_step, "__name__", "make_step")
    step = call_student(make_step, f"{name}(strategy, model, optimizer, {global_batch})", strategy,
                        replica_model, replica_optimizer, global_batch)
    if not callable(step):
        raise CheckFailed(f"{name}(...) should return the step function, found {type(step).__name__}")
    loss = call_student(step, "the step function, called with a distributed batch,", batch)
    run = {"devices": worker_devices(strategy),
           "per_replica_shapes": [list(part.shape) for part in _local(strategy, batch[0])],
           "weights": [np.asarray(w, "float64") for w in replica_model.get_weights()],
           "iterations": int(np.asarray(replica_optimizer.iterations.numpy())),
           "loss": None, "loss_kind": type(loss).__name__}
    if isinstance(loss, tf.distribute.DistributedValues):
        run["loss_kind"] = "per-replica"
    elif loss is not None:
        run["loss"] = to_array(loss)
    return run


def _update_ratio(weights: list, initial: list, reference: list) -> float:
    found = np.concatenate([(np.asarray(w) - np.asarray(i)).ravel() for w, i in zip(weights, initial)])
    wanted = np.concatenate([(np.asarray(r) - np.asarray(i)).ravel() for r, i in zip(reference, initial)])
    return float(found @ wanted / max(wanted @ wanted, 1e-30))


def _judge_step_run(run: dict, expectation: dict, replicas: int) -> None:
    rtol, atol = expectation["rtol"], expectation["atol"]
    where = f"with {replicas} replica{'s' if replicas > 1 else ''}"
    initial, reference = expectation["initial"], expectation["weights"]
    weights = run["weights"]
    if all(close(w, i, 0, 0) for w, i in zip(weights, initial)):
        raise CheckFailed(f"{where} the weights did not change: inside the function given to strategy.run "
                          "compute the loss in a GradientTape and call optimizer.apply_gradients")
    if run["iterations"] != 1:
        raise CheckFailed(f"{where} the optimizer took {run['iterations']} steps for one batch: call "
                          "apply_gradients once, inside the replica function")
    if not all(close(w, r, rtol, atol) for w, r in zip(weights, reference)):
        ratio = _update_ratio(weights, initial, reference)
        if abs(ratio - replicas) < 0.02 * replicas and replicas > 1:
            raise CheckFailed(
                f"{where} the update is {replicas} times the single-device update on the same batch: each "
                "replica averaged its loss over its own examples (tf.reduce_mean, keras.ops.mean), and the "
                "optimizer sums the replicas' gradients. Scale the per-example losses with "
                "tf.nn.compute_average_loss(per_example_loss, global_batch_size=global_batch_size)")
        raise CheckFailed(
            f"{where} the weights after one step differ from a single-device step on the whole batch "
            f"from the same weights (the update is {ratio:.3g} times the expected one): the loss of each "
            "replica must be the sum of its per-example losses divided by the global batch size")
    if run["loss_kind"] == "per-replica":
        raise CheckFailed(f"{where} the step returned per-replica values: combine them with "
                          "strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica_losses, axis=None)")
    if run["loss"] is None or np.size(run["loss"]) != 1:
        raise CheckFailed(f"{where} the step returned {run['loss_kind']}, expected one number: the loss "
                          "of the global batch")
    wanted = float(expectation["loss"])
    if not close(run["loss"], wanted, rtol, atol):
        hint = ""
        if replicas > 1 and close(run["loss"], wanted / replicas, rtol, atol):
            hint = ": the replicas' scaled losses add up to the batch loss, so reduce them with SUM, not MEAN"
        elif replicas > 1 and close(run["loss"], wanted * replicas, rtol, atol):
            hint = ": each replica's loss must be divided by the global batch size before the SUM"
        raise CheckFailed(f"{where} the step returned {fmt(run['loss'])}, expected {fmt(wanted)} (the mean "
                          f"loss over the global batch, before the update){hint}")


@register_judge("check_distributed_step")
def judge_distributed_step(observation: dict, expectation: dict, points: float) -> float:
    """Full points when the two- and one-replica steps both equal the single-device reference step."""
    _judge_step_run(observation["two"], expectation, 2)
    _judge_step_run(observation["one"], expectation, 1)
    return float(points)


def check_distributed_step(make_step: Callable, *, model: Callable, optimizer: Any, seed: int | None = None,
                           per_replica_batch_size: int = 8, rtol: float = 1e-4, atol: float = 1e-5,
                           points: float = 1.0) -> float:
    """Check ``make_step(strategy, model, optimizer, global_batch_size) -> step(distributed_batch)``.

    The check makes the model (``model``, a builder of a softmax classifier, with seeded weights)
    and a fresh optimizer inside each strategy's scope, distributes one batch of
    ``2 * per_replica_batch_size`` examples (sparse labels) and calls the step once, under two
    replicas and under one. Both must leave the weights a single-device step of
    ``sparse_categorical_crossentropy`` (batch mean) leaves from the same weights and batch, and
    return that step's loss.

    Args:
        make_step: the student's factory.
        model: the instructor's zero-argument builder (called inside the scopes).
        optimizer: an optimizer builder, name or instance (plain SGD makes a wrong scaling show as a
            factor of the update).
        seed: seed of the weights and the batch (``None``: the public seed).

    Raises:
        CheckFailed: another update (a loss averaged per replica gives twice the update), no update,
            per-replica values returned, or another loss value.
        GraderError: fewer than two replica devices in this kernel.
    """
    seed = PUBLIC_SEED if seed is None else seed
    two, one, devices = strategies()
    with quiet():
        keras.utils.set_random_seed(seed)
        template = model()
        weights = template.get_weights()
        x, y = synthetic_batch(template, STEP_LOSS, seed, 2 * per_replica_batch_size)
        reference = model()
        reference.set_weights(weights)
        loss = _reference_step(reference, fresh_optimizer(optimizer), loss_function(STEP_LOSS), x, y)
    expectation = {"initial": [np.asarray(w, "float64") for w in weights], "loss": to_array(loss),
                   "weights": [np.asarray(w, "float64") for w in reference.get_weights()],
                   "rtol": float(rtol), "atol": float(atol)}
    if two is None:
        return run_check("check_distributed_step", lambda: too_few_replicas("check_distributed_step", devices),
                         expectation, points)
    return run_check("check_distributed_step",
                     lambda: {"two": _step_run(make_step, two, model, optimizer, weights, x, y),
                              "one": _step_run(make_step, one, model, optimizer, weights, x, y)},
                     expectation, points)


# ----------------------------------------------------------------------- check_distributed_fit
def forget_last_fit() -> None:
    """Forget the fit kept for the next call of the same function (benchmarks time every call)."""
    _LAST_FIT.clear()


def observe_fit(fit_fn: Callable, strategy: Any, dataset: str) -> dict:
    """Call ``fit_fn(strategy, x, y)`` on the train split; record the strategy facts and the model."""
    from course.datasets import load

    x, y = load(dataset, "train")
    seed_everything(TRAINING_SEED)
    name = getattr(fit_fn, "__name__", "the function")
    model = call_student(fit_fn, f"{name}(strategy, x, y)", strategy, x, y)
    if not isinstance(model, keras.Model):
        raise CheckFailed(f"{name}(strategy, x, y) should return the trained keras.Model, found "
                          f"{type(model).__name__}")
    optimizer = getattr(model, "optimizer", None) if model.compiled else None
    variables = list(model.variables) + (list(optimizer.variables) if optimizer is not None else [])
    return {
        "devices": worker_devices(strategy),
        "examples": int(len(y)),
        "compiled": bool(model.compiled),
        "variables": len(variables),
        "outside": created_outside(strategy, variables),
        "steps": int(np.asarray(optimizer.iterations.numpy())) if optimizer is not None else 0,
        "from_logits": _from_logits(model) if model.compiled else False,
        "model": _architecture(model, exported_architecture),
        "weights": [np.asarray(w) for w in model.get_weights()],
    }


@register_judge("check_distributed_fit")
def judge_distributed_fit(observation: dict, expectation: dict, points: float) -> float:
    """Check the strategy facts and the number of steps, then score the model as check_training does."""
    if not observation["compiled"]:
        raise CheckFailed("the returned model is not compiled: compile it inside strategy.scope() and fit it")
    if observation["outside"]:
        raise CheckFailed(_outside_message(observation["outside"], observation["variables"],
                                           "the model and its optimizer"))
    replicas = len(observation["devices"])
    global_batch = expectation["per_replica_batch_size"] * replicas
    steps = expectation["epochs"] * -(-observation["examples"] // global_batch)
    if observation["steps"] != steps:
        raise CheckFailed(
            f"the optimizer took {observation['steps']} steps, expected {steps}: {expectation['epochs']} "
            f"epochs of {observation['examples']} examples in global batches of "
            f"{expectation['per_replica_batch_size']} * strategy.num_replicas_in_sync = {global_batch} "
            "(fit's batch_size is the global batch size)")
    try:
        return judge_training(observation, {**expectation, "subclassed": False, "preprocess": None}, points)
    except CheckFailed as failure:  # the student's own fit trained this model, not a retraining
        raise CheckFailed(failure.message.replace(" after retraining from fresh weights",
                                                  " of the model your function trained")) from None


def check_distributed_fit(fit_fn: Callable, *, dataset: str, seed: int | None = None, metric: str = "mse",
                          thresholds: dict, epochs: int, per_replica_batch_size: int,
                          points: float = 1.0) -> float:
    """Check ``fit_fn(strategy, x, y)``: a model built, compiled and fitted under the given strategy.

    ``fit_fn`` gets a two-replica strategy and the train split of ``dataset``. The returned model's
    variables and its optimizer's must all be the strategy's, the optimizer must have taken
    ``epochs * ceil(examples / (per_replica_batch_size * replicas))`` steps, and the trained model,
    exported (architecture and weights), is scored by the judge on the hidden split of ``seed``
    (the public test split when ``None``) with ``thresholds`` as in :func:`check_training`.
    The visible and the hidden call of one test cell fit once (same function, same dataset).

    Raises:
        CheckFailed: a variable outside the scope, another number of steps (batch size or epochs),
            or a score under every threshold.
        GraderError: fewer than two replica devices in this kernel.
    """
    two, _, devices = strategies()
    expectation = {"dataset": dataset, "seed": seed, "metric": metric,
                   "thresholds": sorted([float(t), float(f)] for t, f in thresholds.items()),
                   "epochs": int(epochs), "per_replica_batch_size": int(per_replica_batch_size)}

    def observe() -> dict:
        if two is None:
            return too_few_replicas("check_distributed_fit", devices)
        key = (dataset, tuple(devices))
        if _LAST_FIT and _LAST_FIT[0] is fit_fn and _LAST_FIT[1] == key:
            return dict(_LAST_FIT[2])
        observation = observe_fit(fit_fn, two, dataset)
        _LAST_FIT[:] = [fit_fn, key, observation]
        return dict(observation)

    return run_check("check_distributed_fit", observe, expectation, points)

"""Training-loop checks: one GradientTape step, a ``train_step`` override, a whole training loop.

* :func:`check_train_step` runs the student's ``train_step(model, optimizer, loss_fn, x, y) -> loss``
  once eagerly and once wrapped in ``tf.function``, each on a copy of the model with identical
  weights, and compares the returned loss and the weights after the step with a reference update.
* :func:`check_train_step_override` fits a ``keras.Model`` subclass that overrides ``train_step``:
  ``fit`` works, the compiled metrics are updated and reported, the loss falls.
* :func:`check_loss_decreases` runs a whole student training loop for an epoch and measures the
  loss before and after with the reference loss (never trusting what the loop reports).

``dataset`` is a reference dataset name (``course.datasets``) or an ``(x, y)`` pair of arrays.

Example::

    check_train_step(train_step, model=build_model, loss="sparse_categorical_crossentropy",
                     optimizer=lambda: keras.optimizers.SGD(0.1), seed=17, points=2)
"""

from __future__ import annotations

import inspect
from typing import Any, Callable

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.metrics import PUBLIC_SEED, close, fmt, required_positional, to_array
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.checks.remembered import remembered
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf

CHECK_STEP = "check_train_step"
CHECK_OVERRIDE = "check_train_step_override"
CHECK_DECREASES = "check_loss_decreases"
CHECK_FIT = "check_fit_loop"
MAX_EXAMPLES = 256


# -------------------------------------------------------------------------------- model helpers
def _build_model(model: Any, what: str = "the model") -> keras.Model:
    if isinstance(model, keras.Model):
        return model
    if callable(model):
        built = call_student(model, f"{getattr(model, '__name__', what)}()")
        if isinstance(built, keras.Model):
            return built
        raise CheckFailed(f"{getattr(model, '__name__', what)}() should return a keras.Model, "
                          f"found {type(built).__name__}")
    raise CheckFailed(f"{what}: expected a keras.Model or a function that builds one, "
                      f"found {type(model).__name__}")


def model_copies(model: Any, count: int, x: np.ndarray, weights: list | None = None) -> list[keras.Model]:
    """Return ``count`` models like ``model`` (a model or a zero-argument builder), each with
    ``weights`` (default: the weights of ``model``, or of the first model the builder returns)."""
    first = _build_model(model)
    if not first.built:
        first(x[:1])
    weights = first.get_weights() if weights is None else weights
    copies = []
    for _ in range(count):
        if callable(model) and not isinstance(model, keras.Model):
            copy = _build_model(model)
        else:
            try:
                copy = keras.models.clone_model(first)
            except Exception as exc:
                raise CheckFailed("the model cannot be cloned (a subclassed model?): pass a function "
                                  f"that builds it instead ({type(exc).__name__}: {exc})") from exc
        if not copy.built:
            copy(x[:1])
        copy.set_weights(weights)
        copies.append(copy)
    return copies


def fresh_optimizer(optimizer: Any) -> keras.optimizers.Optimizer:
    """Return a new optimizer configured like ``optimizer`` (name, instance or builder)."""
    if isinstance(optimizer, str):
        return keras.optimizers.get(optimizer)
    if isinstance(optimizer, keras.optimizers.Optimizer):
        return type(optimizer).from_config(optimizer.get_config())
    if callable(optimizer):
        built = call_student(optimizer, "the optimizer builder")
        if isinstance(built, keras.optimizers.Optimizer):
            return built
    raise CheckFailed(f"expected a Keras optimizer, its name or a builder, found {type(optimizer).__name__}")


class _MeanLoss(keras.losses.Loss):
    """A per-example loss function as a Loss object: Keras reduces it to the batch mean."""

    def __init__(self, function: Callable):
        super().__init__(name=getattr(function, "__name__", None))
        self.function = function

    def call(self, y_true, y_pred):
        return self.function(y_true, y_pred)


def loss_function(loss: Any) -> Callable:
    """Return a ``keras.losses.Loss`` (one number per batch) for a name, function, class or instance."""
    if isinstance(loss, str):
        loss = keras.losses.get(loss)
    if isinstance(loss, type) and issubclass(loss, keras.losses.Loss):
        return loss()
    if isinstance(loss, keras.losses.Loss):
        return loss
    if callable(loss):  # a per-example function: reduce it to the batch mean, as compile does
        return _MeanLoss(loss)
    raise CheckFailed(f"expected a loss (name, function or keras.losses.Loss), found {type(loss).__name__}")


def synthetic_batch(model: keras.Model, loss: Any, seed: int, size: int = 16):
    """Return a seeded ``(x, y)`` batch that fits ``model``'s input and ``loss``'s targets."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(size, *model.input_shape[1:])).astype("float32")
    outputs = int(model.output_shape[-1])
    name = (loss if isinstance(loss, str) else getattr(loss, "name", None)
            or getattr(loss, "__name__", "") or type(loss).__name__).lower()
    if "sparse" in name:
        y = rng.integers(0, outputs, size=size).astype("int32")
    elif "categorical" in name:
        y = np.eye(outputs, dtype="float32")[rng.integers(0, outputs, size=size)]
    elif "binary" in name or "hinge" in name:
        y = rng.integers(0, 2, size=(size, outputs)).astype("float32")
    else:
        y = rng.normal(size=(size, outputs)).astype("float32")
    return x, y


def training_data(dataset: Any, seed: int | None, limit: int = MAX_EXAMPLES):
    """Return ``(x, y)`` arrays: a reference dataset's train split or the given pair, subsampled."""
    if isinstance(dataset, str):
        from course.datasets import load

        x, y = load(dataset, "train")
    elif isinstance(dataset, (tuple, list)) and len(dataset) == 2:
        x, y = dataset
    else:
        raise ValueError("dataset must be a reference dataset name or an (x, y) pair")
    x, y = np.asarray(x), np.asarray(y)
    if len(x) > limit:
        index = np.random.default_rng(PUBLIC_SEED if seed is None else seed).permutation(len(x))[:limit]
        x, y = x[index], y[index]
    return x.astype("float32") if x.dtype.kind == "f" else x, y


def default_setup(x: np.ndarray, y: np.ndarray, penalty: float | None = None):
    """Return ``(model builder, loss, metric)`` suited to the data: classifier or regressor.

    The network has a BatchNormalization layer, so that the ``training`` flag of a step matters.
    ``penalty``: an L2 factor on the output layer's kernel, so that ``model.losses`` is not empty.
    """
    classification = y.dtype.kind in "iu"
    outputs = int(y.max()) + 1 if classification else (1 if y.ndim == 1 else y.shape[-1])

    def build():
        layers = [keras.Input(x.shape[1:]), keras.layers.Flatten(),
                  keras.layers.Dense(32, use_bias=False),  # BatchNormalization makes a bias redundant
                  keras.layers.BatchNormalization(), keras.layers.ReLU()]
        regularizer = keras.regularizers.L2(penalty) if penalty else None
        layers.append(keras.layers.Dense(outputs, activation="softmax" if classification else None,
                                         kernel_regularizer=regularizer))
        return keras.Sequential(layers)

    if classification:
        return build, "sparse_categorical_crossentropy", "accuracy"
    return build, "mse", "mae"


# ------------------------------------------------------------------------------ check_train_step
def _reference_step(model, optimizer, loss_fn, x, y, training=True):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=training))
        loss = tf.reduce_mean(loss)
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return loss


def _run_student_step(step, model, optimizer, loss_fn, x, y, what: str):
    optimizer.build(model.trainable_variables)
    try:
        loss = step(model, optimizer, loss_fn, tf.constant(x), tf.constant(y))
    except CheckFailed:
        raise
    except Exception as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        if "No gradients provided" in text or "NoneType" in text:
            raise CheckFailed(
                f"{what}: the gradients are None ({type(exc).__name__}: {text}). Compute the "
                "prediction and the loss inside `with tf.GradientTape() as tape:` and take "
                "tape.gradient(loss, model.trainable_weights) after the block.") from exc
        raise CheckFailed(f"{what} raised {type(exc).__name__}: {text}") from exc
    return {"loss": to_array(loss) if loss is not None else None,
            "weights": [np.asarray(w, "float64") for w in model.get_weights()],
            "iterations": int(optimizer.iterations.numpy())}


def observe_train_step(student_step, model, loss, optimizer, x, y, weights) -> dict:
    """Run the student's step eagerly and inside tf.function on copies of the model with ``weights``."""
    eager_model, graph_model = model_copies(model, 2, x, weights)
    loss_fn = loss_function(loss)
    observation = {"eager": _run_student_step(student_step, eager_model, fresh_optimizer(optimizer),
                                              loss_fn, x, y, "train_step (run eagerly)")}
    try:
        observation["graph"] = _run_student_step(tf.function(student_step), graph_model,
                                                 fresh_optimizer(optimizer), loss_fn, x, y,
                                                 "train_step inside tf.function")
        observation["graph_error"] = None
    except CheckFailed as failure:
        observation["graph"], observation["graph_error"] = None, failure.message
    return observation


def expect_train_step(model, loss, optimizer, x, y, weights) -> dict:
    """Compute the reference update (one and two steps) from ``weights`` and the batch."""
    with quiet():
        once, twice = model_copies(model, 2, x, weights)
        initial = [np.asarray(w, "float64") for w in once.get_weights()]
        loss_fn = loss_function(loss)
        ref_loss = _reference_step(once, fresh_optimizer(optimizer), loss_fn, x, y)
        opt = fresh_optimizer(optimizer)
        _reference_step(twice, opt, loss_fn, x, y)
        _reference_step(twice, opt, loss_fn, x, y)
        return {"initial": initial, "loss": to_array(ref_loss),
                "weights": [np.asarray(w, "float64") for w in once.get_weights()],
                "twice": [np.asarray(w, "float64") for w in twice.get_weights()]}


def _all_close(a, b, rtol, atol) -> bool:
    return len(a) == len(b) and all(close(u, v, rtol, atol) for u, v in zip(a, b))


def _judge_one_step(run: dict, expectation: dict, where: str) -> None:
    rtol, atol = expectation["rtol"], expectation["atol"]
    if run["loss"] is None:
        raise CheckFailed(f"{where}: it returned None; return the loss of the batch.")
    if np.size(run["loss"]) != 1:
        raise CheckFailed(f"{where}: it returned {np.size(run['loss'])} values; return one number, "
                          "the loss of the batch (a Keras Loss object reduces it for you).")
    weights = run["weights"]
    if _all_close(weights, expectation["initial"], 0, 0):
        raise CheckFailed(
            f"{where}: the weights did not change. Call optimizer.apply_gradients(zip(grads, "
            "model.trainable_weights)) after computing grads = tape.gradient(loss, "
            "model.trainable_weights) from a loss computed inside the GradientTape block.")
    if run["iterations"] > 1 or (_all_close(weights, expectation["twice"], rtol, atol)
                                 and not _all_close(weights, expectation["weights"], rtol, atol)):
        raise CheckFailed(f"{where}: the gradients were applied {max(run['iterations'], 2)} times in "
                          "one step; call optimizer.apply_gradients once per batch.")
    for index, (got, want) in enumerate(zip(weights, expectation["weights"])):
        if not close(got, want, rtol, atol):
            raise CheckFailed(
                f"{where}: after one step weight array {index} (shape {list(np.shape(want))}) differs "
                f"from the reference update by up to {float(np.max(np.abs(got - want))):.3g}. Use the "
                "given optimizer and loss_fn, predict with model(x, training=True) inside the tape, "
                "and take gradients with respect to model.trainable_weights.")
    if not close(run["loss"], expectation["loss"], rtol, atol):
        raise CheckFailed(f"{where}: it returned a loss of {fmt(run['loss'])}, expected "
                          f"{fmt(expectation['loss'])} (the loss of the batch before the update).")


@register_judge(CHECK_STEP)
def judge_train_step(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when both runs of the step match the reference update."""
    _judge_one_step(observation["eager"], expectation, "train_step")
    if observation.get("graph_error"):
        raise CheckFailed(f"{observation['graph_error']}. Inside tf.function use tensor operations "
                          "only: no .numpy(), no Python float() of tensors.")
    _judge_one_step(observation["graph"], expectation, "train_step inside tf.function")
    return float(points)


def check_train_step(student_step: Callable, *, model: Any, loss: Any, optimizer: Any,
                     seed: int | None = None, points: float = 1.0, batch_size: int = 16,
                     rtol: float = 1e-4, atol: float = 1e-5) -> float:
    """Check one ``GradientTape`` step ``student_step(model, optimizer, loss_fn, x, y) -> loss``.

    Args:
        student_step: the student's step function.
        model: a built ``keras.Model`` (cloned) or a zero-argument builder (called per copy);
            every copy gets the same initial weights.
        loss: the loss given to the step (name, function or ``keras.losses.Loss``).
        optimizer: the optimizer (name, instance whose config is copied, or builder); each run
            gets a fresh one.
        seed: seed of the batch (``None``: the public seed).
        points: the points of a correct step.
        batch_size: examples in the batch.
        rtol: relative tolerance on the weights and the loss.
        atol: absolute tolerance on the weights and the loss.

    Returns:
        ``points`` when the eager and the ``tf.function`` runs both match the reference.

    Raises:
        CheckFailed: gradients not applied, applied twice, computed outside the tape (None),
            a different update or loss, or a failure inside ``tf.function``.
    """
    seed = PUBLIC_SEED if seed is None else seed
    with quiet():
        keras.utils.set_random_seed(seed)  # the same initial weights in every run: a stable reference
        template = _build_model(model)
        if not template.built:
            raise CheckFailed("the model has no input shape yet: start it with keras.Input(shape=...)")
        x, y = synthetic_batch(template, loss, seed, batch_size)
        model_spec = template if isinstance(model, keras.Model) else model
        weights = template.get_weights()
    expectation = expect_train_step(model_spec, loss, optimizer, x, y, weights)
    expectation.update(rtol=rtol, atol=atol)
    return run_check(CHECK_STEP,
                     lambda: observe_train_step(student_step, model_spec, loss, optimizer, x, y,
                                                    weights),
                     expectation, points)


# --------------------------------------------------------------------- check_train_step_override
def reference_override_class(clip_norm: float | None, per_variable: bool = False,
                             training: bool = True, penalties: bool = True) -> type:
    """Return a ``keras.Model`` subclass whose ``train_step`` is section 6's, optionally clipping.

    ``clip_norm`` clips the gradients to that global norm (``per_variable``: each gradient to that
    norm, what ``clipnorm=`` does); ``training`` is the flag of the forward pass; ``penalties=False``
    leaves ``self.losses`` (the regularisers) out of the loss, the mistake of a hand-made loss. The
    step unpacks ``(x, y)`` or ``(x, y, sample_weight)`` and weights the loss and the compiled
    metrics by ``sample_weight``. Besides the compiled metrics it reports ``loss`` (the mean of the
    batch losses) and ``loss_by_examples`` (the batch losses weighted by batch size, as Keras's own
    ``train_step`` reports them).
    """

    class ReferenceStepModel(keras.Model):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.loss_by_examples = keras.metrics.Mean(name="loss_by_examples")

        def train_step(self, data):
            x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
            with tf.GradientTape() as tape:
                y_pred = self(x, training=training)
                loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
                if not penalties and self.losses:
                    loss = loss - tf.add_n(self.losses)
            gradients = tape.gradient(loss, self.trainable_variables)
            if clip_norm is not None and per_variable:
                gradients = [tf.clip_by_norm(g, clip_norm) for g in gradients]
            elif clip_norm is not None:
                gradients, _ = tf.clip_by_global_norm(gradients, clip_norm)
            self.optimizer.apply(gradients, self.trainable_variables)
            for metric in self.metrics:
                if metric.name == "loss":
                    metric.update_state(loss)
                elif metric is self.loss_by_examples:
                    metric.update_state(loss, sample_weight=tf.shape(y_pred)[0])
                else:
                    metric.update_state(y, y_pred, sample_weight=sample_weight)
            return {m.name: m.result() for m in self.metrics}

    return ReferenceStepModel


def _override_model(model_class: Any, build: Callable, weights: list, loss, metric,
                    optimizer, run_eagerly: bool = False) -> keras.Model:
    """Build ``model_class(inputs=..., outputs=...)`` around ``build()``, set ``weights``, compile.

    ``run_eagerly``: for the reference runs, whose few steps cost less than tracing them.
    """
    if not (isinstance(model_class, type) and issubclass(model_class, keras.Model)):
        raise CheckFailed(f"expected your keras.Model subclass (the class itself), found "
                          f"{type(model_class).__name__}")
    template = build()
    model = call_student(lambda: model_class(inputs=template.inputs, outputs=template.outputs),
                         f"{model_class.__name__}(inputs=..., outputs=...)")
    if not isinstance(model, keras.Model):
        raise CheckFailed(f"{model_class.__name__}(inputs=..., outputs=...) returned "
                          f"{type(model).__name__}, not a keras.Model")
    model.set_weights(weights)
    model.compile(optimizer=fresh_optimizer(optimizer), loss=loss, metrics=[metric], jit_compile=False,
                  run_eagerly=run_eagerly)
    return model


def _fit_history(model: keras.Model, x, y, epochs: int, batch_size: int, what: str,
                 sample_weight: np.ndarray | None = None) -> dict:
    try:
        history = call_student(model.fit, what, x, y, epochs=epochs, batch_size=batch_size, verbose=0,
                               shuffle=False, sample_weight=sample_weight)
    except CheckFailed as failure:
        first = failure.message.splitlines()[0][:300]
        hint = ("update every metric of self.metrics in train_step (the loss tracker with the loss, "
                "the others with y and y_pred)" if "not yet been built" in first else
                "unpack the batch with x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data): "
                "fit passes (x, y) without sample weights and (x, y, sample_weight) with them"
                if "values to unpack" in first else
                "give self.optimizer.apply a list with one gradient per variable (tf.clip_by_global_norm "
                "returns a pair: clipped list, global norm)" if "Shapes" in first or "rank" in first else
                "check the dict train_step returns and what it gives self.optimizer.apply")
        raise CheckFailed(f"{first} -- {hint}.") from failure
    return {k: np.asarray(np.ravel([float(np.mean(to_array(v))) for v in vals]), "float64")
            for k, vals in history.history.items()}


def _weights_of(model: keras.Model) -> list:
    return [np.asarray(w, "float64") for w in model.get_weights()]


def trainable_mask(model: keras.Model) -> list[bool]:
    """Return, for each of ``model.get_weights()``, whether it is trainable (BatchNormalization's
    moving statistics change in any forward pass with ``training=True``, not only by updates)."""
    trainable = {id(v) for v in model.trainable_weights}
    return [id(v) in trainable for v in model.weights]


def trainable_moved(weights: list, initial: list, mask: list[bool]) -> bool:
    """Whether any trainable weight differs from its initial value."""
    return any(not np.array_equal(w, i) for w, i, t in zip(weights, initial, mask) if t)


def fit_override(model_class: Any, setup: dict, x, y, epochs: int, batch_size: int, what: str,
                 weighted: bool = False, run_eagerly: bool = False) -> tuple[keras.Model, dict]:
    """Build ``model_class`` from the setup's weights and fit it (with ``setup["sample_weight"]`` when
    ``weighted``); return the model and ``{"history": what fit reported, "weights": after it}``."""
    model = _override_model(model_class, setup["build"], setup["weights"], setup["loss"], setup["metric"],
                            setup["optimizer"], run_eagerly=run_eagerly)
    history = _fit_history(model, x, y, epochs, batch_size, what, setup["sample_weight"] if weighted else None)
    return model, {"history": history, "weights": _weights_of(model)}


def observe_override(model_class: Any, setup: dict, x, y, epochs: int, batch_size: int) -> dict:
    """Fit the student's model from the setup's weights, without and then with sample weights.

    Records what each fit reported and the weights after it. A failure of the weighted fit alone is
    recorded as ``weighted["error"]``, so that the judge speaks of the unweighted fit first.
    """
    model, plain = fit_override(model_class, setup, x, y, epochs, batch_size, "model.fit (with your train_step)")
    try:
        _, weighted = fit_override(model_class, setup, x, y, epochs, batch_size,
                                   "model.fit(x, y, sample_weight=...) (with your train_step)", weighted=True)
    except CheckFailed as failure:
        weighted = {"error": failure.message}
    return {"class": type(model).__name__, "overrides": type(model).train_step is not keras.Model.train_step,
            **plain, "weighted": weighted}


def expect_override(setup: dict, x, y, epochs: int, batch_size: int, clip_norm: float | None) -> dict:
    """Fit reference models from the same weights: the right step, and the usual mistakes.

    Every run fits without sample weights except ``weighted``, the right step fitted with
    ``setup["sample_weight"]``; ignoring those weights gives the weights of ``right``.
    """
    runs = {"right": dict(clip_norm=clip_norm), "no_clip": dict(clip_norm=None),
            "per_variable": dict(clip_norm=clip_norm, per_variable=True),
            "no_training": dict(clip_norm=clip_norm, training=False),
            "no_penalties": dict(clip_norm=clip_norm, penalties=False),
            "weighted": dict(clip_norm=clip_norm)}
    expectation: dict[str, Any] = {"metric": setup["metric"], "clip_norm": clip_norm}
    with quiet():
        for key, options in runs.items():
            if clip_norm is None and key in ("no_clip", "per_variable"):
                continue
            model, run = fit_override(reference_override_class(**options), setup, x, y, epochs, batch_size,
                                      "the reference fit", weighted=key == "weighted", run_eagerly=True)
            expectation[key] = run["weights"]
            if key in ("right", "weighted"):
                expectation[f"{key}_history"] = run["history"]
        expectation["initial"] = [np.asarray(w, "float64") for w in setup["weights"]]
        expectation["trainable"] = trainable_mask(model)
    return expectation


def _same_weights(found: list, want: list, expectation: dict) -> bool:
    return _all_close(found, want, expectation["rtol"], expectation["atol"])


def _judge_reported(history: dict, want: dict, metric: str, fit: str) -> None:
    """Fail unless ``history`` (what one fit reported) has the reference's losses and metric."""
    if not any(close(history["loss"], want[key], 1e-3, 1e-5) for key in ("loss", "loss_by_examples")):
        raise CheckFailed(f"{fit} reported the losses {fmt(history['loss'])}, expected "
                          f"{fmt(want['loss_by_examples'])} (each epoch's batch losses averaged over the "
                          "examples; their plain mean is accepted too): update the loss tracker with the "
                          "loss of every batch, metric.update_state(loss, sample_weight=tf.shape(x)[0]).")
    if not close(history[metric], want[metric], 1e-3, 1e-5):
        raise CheckFailed(f"{fit} reported {metric} = {fmt(history[metric])}, expected "
                          f"{fmt(want[metric])}: update the compiled metrics with every batch, "
                          "self.compute_metrics(x, y, y_pred, sample_weight=sample_weight).")


def _judge_plain_weights(weights: list, expectation: dict) -> None:
    """Fail, naming the mistake where a reference run shows it, unless the weights are ``right``'s."""
    if _same_weights(weights, expectation["right"], expectation):
        return
    clip = expectation["clip_norm"]
    if "no_clip" in expectation and _same_weights(weights, expectation["no_clip"], expectation):
        raise CheckFailed(f"the weights after fit are those of unclipped gradients: clip them to a "
                          f"global norm of {clip:g} (gradients, _ = tf.clip_by_global_norm(gradients, "
                          f"{clip:g})) before self.optimizer.apply(...).")
    if "per_variable" in expectation and _same_weights(weights, expectation["per_variable"], expectation):
        raise CheckFailed(f"each gradient is clipped to norm {clip:g} separately (tf.clip_by_norm, "
                          "clipnorm=); clip them together, by their global norm.")
    if _same_weights(weights, expectation["no_training"], expectation):
        raise CheckFailed("the weights after fit are those of a forward pass in inference mode: "
                          "call self(x, training=True) in train_step (BatchNormalization and "
                          "Dropout behave differently in training).")
    if _same_weights(weights, expectation["no_penalties"], expectation):
        raise CheckFailed("the weights after fit are those of a loss without the model's regularisation "
                          "penalties (model.losses): compute the loss with self.compute_loss(x=x, y=y, "
                          "y_pred=y_pred, sample_weight=sample_weight), which adds them.")
    worst = max(float(np.max(np.abs(a - b))) for a, b in zip(weights, expectation["right"]))
    clip_text = f", clip the gradients to a global norm of {clip:g}" if clip is not None else ""
    raise CheckFailed(f"after fit the weights differ from a reference model's (same weights, "
                      f"batches and optimizer) by up to {worst:.3g}: compute the loss with "
                      f"self.compute_loss inside the tape with self(x, training=True){clip_text}, "
                      "and apply the gradients once with self.optimizer.apply(...).")


@register_judge(CHECK_OVERRIDE)
def judge_override(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when both fits used the override and their weights and reports match.

    The plain fit is judged first (override, reported names, weights, losses, metric), then the fit
    with sample weights (it ran, the weights use the sample weights, losses and metric).
    """
    name = observation["class"]
    if not observation["overrides"]:
        raise CheckFailed(f"{name} does not override train_step: define train_step(self, data) in "
                          "your keras.Model subclass.")
    history = observation["history"]
    if "loss" not in history:
        raise CheckFailed(f"{name}.train_step returned {sorted(history)}; return a dict with 'loss' "
                          "and every metric: {m.name: m.result() for m in self.metrics}.")
    metric = expectation["metric"]
    if metric not in history:
        raise CheckFailed(f"fit did not report the metric {metric!r} (it reported {sorted(history)}): "
                          "update the compiled metrics in train_step and return "
                          "{m.name: m.result() for m in self.metrics}.")
    weights = observation["weights"]
    if not all(np.all(np.isfinite(w)) for w in weights):
        raise CheckFailed("after fit the weights are not finite: the training diverged (are the "
                          "gradients clipped?).")
    if not trainable_moved(weights, expectation["initial"], expectation["trainable"]):
        raise CheckFailed("fit did not change the trainable weights: compute the gradients of the "
                          "loss inside a GradientTape and apply them with self.optimizer.apply(gradients, "
                          "self.trainable_variables).")
    _judge_plain_weights(weights, expectation)
    _judge_reported(history, expectation["right_history"], metric, "fit")
    weighted = observation["weighted"]
    if "error" in weighted:
        raise CheckFailed(f"fit(x, y, sample_weight=...) failed: {weighted['error']}")
    if not _same_weights(weighted["weights"], expectation["weighted"], expectation):
        if _same_weights(weighted["weights"], expectation["right"], expectation):
            raise CheckFailed("fit(x, y, sample_weight=...) trained as if every sample weight were 1: "
                              "unpack them with keras.utils.unpack_x_y_sample_weight(data) and pass them "
                              "on, self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight).")
        raise CheckFailed("with sample weights the weights after fit differ from a reference model's: "
                          "weight the loss by them, self.compute_loss(..., sample_weight=sample_weight).")
    _judge_reported(weighted["history"], expectation["weighted_history"], metric,
                    "fit(x, y, sample_weight=...)")
    return float(points)


def check_train_step_override(model_class: Any, *, dataset: Any, seed: int | None = None,
                              points: float = 1.0, epochs: int = 2, batch_size: int = 48,
                              clip_norm: float | None = None, optimizer: Any = None,
                              rtol: float = 1e-3, atol: float = 1e-5, penalty: float = 0.05) -> float:
    """Check a ``keras.Model`` subclass that overrides ``train_step``, against a reference step.

    The class is built functionally, ``cls(inputs=..., outputs=...)``, around a small network for
    the data (with BatchNormalization, so the ``training`` flag matters), compiled with
    ``optimizer``, a loss for the data and ``accuracy`` (classification) or ``mae``, and fitted
    ``epochs`` epochs without shuffling (the last batch is smaller when ``batch_size`` does not
    divide the data), once as ``fit(x, y)`` and once as ``fit(x, y, sample_weight=...)`` with seeded
    weights. The output layer has an L2 regulariser, so ``model.losses`` must be in the loss. A
    reference model with section 6's ``train_step`` (clipping to the global norm ``clip_norm`` when
    given) is fitted from the same weights on the same batches.

    Args:
        model_class: the student's ``keras.Model`` subclass.
        dataset: a reference dataset name or an ``(x, y)`` pair (at most 256 examples are used).
        seed: seed of the subsample and of the weights (``None``: the public seed).
        points: the points of a correct override.
        epochs: epochs of ``fit``.
        batch_size: batch size of ``fit``.
        clip_norm: the global norm the gradients must be clipped to (``None``: no clipping).
        optimizer: the optimizer, its name or builder (default SGD(0.05, momentum=0.9): plain
            gradients, so that clipping shows in the weights; Adam would hide a global rescale).
        rtol: relative tolerance on the weights after fit.
        atol: absolute tolerance on the weights after fit.
        penalty: the L2 factor of the output layer's kernel regulariser.

    Passing needs, for both fits: ``train_step`` overridden; ``loss`` and the compiled metric
    reported by ``fit``; the weights after ``fit`` equal to the reference's (the loss weighted by the
    sample weights, with the regularisation penalties); each epoch's ``loss`` equal to the mean of the
    batch losses (or their mean weighted by batch size) and the metric, weighted by the sample
    weights, equal to the reference's.
    """
    seed = PUBLIC_SEED if seed is None else seed
    x, y = training_data(dataset, seed)
    build, loss, metric = default_setup(x, y, penalty=penalty)
    with quiet():
        keras.utils.set_random_seed(seed)
        template = build()
    sample_weight = np.random.default_rng(seed + 1).uniform(0.2, 3.0, size=len(x)).astype("float32")
    setup = {"build": build, "weights": template.get_weights(), "loss": loss, "metric": metric,
             "sample_weight": sample_weight,
             "optimizer": optimizer if optimizer is not None else
             (lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0.9))}
    named = isinstance(dataset, str) and optimizer is None  # every input of the reference has a name
    key = (CHECK_OVERRIDE, dataset, seed, epochs, batch_size, clip_norm, penalty) if named else None
    expectation = remembered(key, lambda: expect_override(setup, x, y, epochs, batch_size, clip_norm))
    expectation.update(rtol=rtol, atol=atol)

    def observe():
        keras.utils.set_random_seed(seed)
        return observe_override(model_class, setup, x, y, epochs, batch_size)

    return run_check(CHECK_OVERRIDE, observe, expectation, points)


# -------------------------------------------------------------------------- check_loss_decreases
_ALIASES = {"model": "model", "optimizer": "optimizer", "opt": "optimizer", "loss_fn": "loss_fn",
            "loss": "loss_fn", "loss_function": "loss_fn", "dataset": "dataset", "ds": "dataset",
            "train_dataset": "dataset", "data": "dataset", "epochs": "epochs"}
_ORDER = ("model", "optimizer", "loss_fn", "dataset", "epochs")


def loop_arguments(train_fn: Callable, values: dict) -> tuple[list, dict]:
    """Return ``(args, kwargs)`` for ``train_fn``: by parameter name, else in the documented order."""
    try:
        parameters = list(inspect.signature(train_fn).parameters.values())
    except (TypeError, ValueError):
        return [values[k] for k in _ORDER[:4]], {}
    named = [p for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    if all(p.name in _ALIASES or p.default is not p.empty for p in named) and named:
        return [], {p.name: values[_ALIASES[p.name]] for p in named if p.name in _ALIASES}
    count = required_positional(train_fn)
    return [values[k] for k in _ORDER[:max(count, 0)]], {}


def reference_loop(model, optimizer, loss_fn, dataset, epochs=1):
    """The reference training loop: one GradientTape step per batch, ``epochs`` times."""
    for _ in range(epochs):
        for x, y in dataset:
            _reference_step(model, optimizer, loss_fn, x, y)


def observe_loop(train_fn: Callable, model_builder, loss, optimizer, x, y, epochs: int,
                 batch_size: int, seed: int, weights: list | None = None) -> dict:
    """Run a training loop and measure the loss over the whole data before and after.

    The model is built with ``seed`` and given ``weights`` when given, so that the student's loop
    and the reference loop start from the same point.
    """
    keras.utils.set_random_seed(seed)
    model = _build_model(model_builder)
    if weights is not None:
        model.set_weights(weights)
    loss_fn = loss_function(loss)
    measure = lambda: float(tf.reduce_mean(loss_fn(tf.constant(y), model(x, training=False))))  # noqa: E731
    before = measure()
    initial, mask = [np.asarray(w) for w in model.get_weights()], trainable_mask(model)
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(x), seed=seed).batch(batch_size)
    values = {"model": model, "optimizer": fresh_optimizer(optimizer), "loss_fn": loss_fn,
              "dataset": dataset, "epochs": epochs}
    args, kwargs = loop_arguments(train_fn, values)
    returned = call_student(train_fn, f"{getattr(train_fn, '__name__', 'your loop')}(...)", *args, **kwargs)
    changed = trainable_moved(model.get_weights(), initial, mask)
    reported = None
    try:
        if returned is None:
            raise TypeError("nothing returned")
        reported = np.asarray([float(to_array(v).mean()) for v in np.atleast_1d(
            returned if not hasattr(returned, "numpy") else returned.numpy())], "float64")
    except (TypeError, ValueError):
        reported = None
    return {"before": before, "after": measure(), "changed": changed, "reported": reported}


@register_judge(CHECK_DECREASES)
def judge_loop(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the measured loss fell by at least ``min_fraction`` of the reference fall."""
    before, after = observation["before"], observation["after"]
    if not observation["changed"]:
        raise CheckFailed("your training loop did not change the model's trainable weights: for every batch, "
                          "compute the loss inside a GradientTape, take the gradients and call "
                          "optimizer.apply_gradients(zip(grads, model.trainable_weights)).")
    if not np.isfinite(after):
        raise CheckFailed(f"after your training loop the loss is {after}: the weights diverged "
                          "(check the learning rate and the loss).")
    share = expectation["min_fraction"]
    ref_before, ref_after = expectation["before"], expectation["after"]
    needed = before - share * max(ref_before - ref_after, 0.0)
    if not (after < before and after <= needed):
        raise CheckFailed(
            f"the loss did not fall enough: {before:.4g} before your loop, {after:.4g} after, while "
            f"a reference loop reaches {ref_after:.4g} from the same start (needed at most "
            f"{needed:.4g}). Make sure every batch of the dataset is used, for every epoch, and the "
            "gradients of each batch's loss are applied.")
    reported = observation.get("reported")
    if reported is not None and np.size(reported) and not np.all(np.isfinite(reported)):
        raise CheckFailed("your loop returned losses that are not finite numbers.")
    return float(points)


def check_loss_decreases(train_fn: Callable, *, dataset: Any, seed: int | None = None,
                         points: float = 1.0, model: Any = None, loss: Any = None,
                         optimizer: Any = None, epochs: int = 1, batch_size: int = 32,
                         min_fraction: float = 0.5) -> float:
    """Check that a whole student training loop makes the loss fall over ``epochs`` epoch(s).

    The loop is called as ``train_fn(model, optimizer, loss_fn, dataset, epochs)``: arguments
    are passed by name when its parameters are named among ``model``, ``optimizer``/``opt``,
    ``loss_fn``/``loss``, ``dataset``/``ds``/``train_dataset``/``data`` and ``epochs``,
    otherwise positionally in that order. ``dataset`` is a shuffled, batched
    ``tf.data.Dataset`` of ``(x, y)``. What the loop returns is not trusted: the loss is measured
    on all the data before and after with ``loss``.

    Args:
        train_fn: the student's training loop.
        dataset: a reference dataset name or an ``(x, y)`` pair (at most 256 examples are used).
        seed: seed of the subsample, the weights and the shuffling (``None``: public seed).
        points: the points of a working loop.
        model: a zero-argument builder of the model (default: a small network for the data).
        loss: the loss (default: sparse categorical cross-entropy or MSE, by the data).
        optimizer: the optimizer, its name or builder (default Adam(0.01)).
        epochs: passed to the loop when it takes ``epochs``.
        batch_size: batch size of the dataset given to the loop.
        min_fraction: the share of the fall reached by a reference loop (same model, weights,
            data order and optimizer) that the student's loop must reach.

    Passing needs ``loss_after < before`` and ``loss_after <= before - min_fraction *
    reference_fall``, so a loop that trains on one batch only, or applies no gradients, fails.
    """
    seed = PUBLIC_SEED if seed is None else seed
    x, y = training_data(dataset, seed)
    build, default_loss, _ = default_setup(x, y)
    model_builder = model if model is not None else build
    loss = loss if loss is not None else default_loss
    optimizer = optimizer if optimizer is not None else (lambda: keras.optimizers.Adam(0.01))
    with quiet():
        keras.utils.set_random_seed(seed)
        weights = _build_model(model_builder).get_weights()
        ref = observe_loop(reference_loop, model_builder, loss, optimizer, x, y, epochs, batch_size,
                           seed, weights)
    expectation = {"min_fraction": min_fraction, "before": ref["before"],
                   "after": ref["after"]}
    return run_check(CHECK_DECREASES,
                     lambda: observe_loop(train_fn, model_builder, loss, optimizer, x, y, epochs,
                                          batch_size, seed, weights),
                     expectation, points)


# ------------------------------------------------------------------------------- check_fit_loop
def fixed_batches(x: np.ndarray, y: np.ndarray, batch_size: int, seed: int) -> tf.data.Dataset:
    """A batched dataset in one seeded order, the same on every pass (no reshuffling)."""
    order = np.random.default_rng(seed).permutation(len(x))
    return tf.data.Dataset.from_tensor_slices((x[order], y[order])).batch(batch_size)


def describe_returned(returned: Any) -> dict:
    """What a loop returned, as plain data: its kind, the type and value of each item."""
    if returned is None:
        return {"kind": "None"}
    if not isinstance(returned, (list, tuple)):
        return {"kind": type(returned).__name__}
    values = []
    for item in returned:
        try:
            values.append(float(np.mean(to_array(item))))
        except Exception:  # an item that is not a number
            values.append(float("nan"))
    return {"kind": "list", "types": [type(v).__name__ for v in returned],
            "numbers": [isinstance(v, (float, np.floating)) for v in returned],
            "values": np.asarray(values, "float64")}


def observe_fit_loop(train_fn: Callable, setup: dict, x, y, epochs: int, batch_size: int,
                     seed: int) -> dict:
    """Run the student's loop from the setup's weights; record the weights after it and its return."""
    keras.utils.set_random_seed(seed)
    model = _build_model(setup["build"])
    model.set_weights(setup["weights"])
    values = {"model": model, "optimizer": fresh_optimizer(setup["optimizer"]),
              "loss_fn": loss_function(setup["loss"]), "dataset": fixed_batches(x, y, batch_size, seed),
              "epochs": epochs}
    args, kwargs = loop_arguments(train_fn, values)
    returned = call_student(train_fn, f"{getattr(train_fn, '__name__', 'your loop')}(...)", *args, **kwargs)
    return {"weights": _weights_of(model), "returned": describe_returned(returned)}


def _reference_fit(setup: dict, x, y, epochs: int, batch_size: int, seed: int, training: bool) -> dict:
    keras.utils.set_random_seed(seed)
    model = _build_model(setup["build"])
    model.set_weights(setup["weights"])
    optimizer, loss_fn = fresh_optimizer(setup["optimizer"]), loss_function(setup["loss"])
    losses, sizes, after_first = [], [], None
    for epoch in range(epochs):
        losses.append([]), sizes.append([])
        for bx, by in fixed_batches(x, y, batch_size, seed):
            losses[-1].append(float(_reference_step(model, optimizer, loss_fn, bx, by, training)))
            sizes[-1].append(int(bx.shape[0]))
        if epoch == 0:
            after_first = _weights_of(model)
    flat = [v for epoch in losses for v in epoch]
    counts = np.cumsum([len(epoch) for epoch in losses])
    return {"weights": _weights_of(model), "one_epoch": after_first,
            "trainable": trainable_mask(model),
            "by_batch": np.array([np.mean(e) for e in losses]),
            "by_example": np.array([np.average(e, weights=s) for e, s in zip(losses, sizes)]),
            "cumulative": np.array([np.mean(flat[:n]) for n in counts]),
            "last_batch": np.array([e[-1] for e in losses])}


def expect_fit_loop(setup: dict, x, y, epochs: int, batch_size: int, seed: int) -> dict:
    """The reference loop's weights and per-epoch losses, and the weights of usual mistakes."""
    with quiet():
        right = _reference_fit(setup, x, y, epochs, batch_size, seed, training=True)
        inference = _reference_fit(setup, x, y, epochs, batch_size, seed, training=False)
    right["no_training"] = inference["weights"]
    right["initial"] = [np.asarray(w, "float64") for w in setup["weights"]]
    right["epochs"] = epochs
    return right


def _judge_fit_weights(weights: list, expectation: dict) -> None:
    epochs = expectation["epochs"]
    if not trainable_moved(weights, expectation["initial"], expectation["trainable"]):
        raise CheckFailed("your training loop did not change the model's trainable weights: for every batch, "
                          "compute the loss inside a GradientTape, take the gradients and call "
                          "optimizer.apply_gradients(zip(grads, model.trainable_weights)).")
    if not all(np.all(np.isfinite(w)) for w in weights):
        raise CheckFailed("after your training loop the weights are not finite: the training diverged.")
    if _same_weights(weights, expectation["weights"], expectation):
        return
    if epochs > 1 and _same_weights(weights, expectation["one_epoch"], expectation):
        raise CheckFailed(f"your loop trained for one epoch, but epochs={epochs}: repeat the pass "
                          "over the dataset `epochs` times (for epoch in range(epochs): ...).")
    if _same_weights(weights, expectation["no_training"], expectation):
        raise CheckFailed("the weights after your loop are those of a forward pass in inference mode: "
                          "call model(x, training=True) in the training step (BatchNormalization "
                          "and Dropout behave differently in training).")
    worst = max(float(np.max(np.abs(a - b))) for a, b in zip(weights, expectation["weights"]))
    raise CheckFailed(
        f"after your loop the weights differ by up to {worst:.3g} from a reference loop run from the "
        f"same weights on the same batches: for each of the {epochs} epochs and every batch, one "
        "step with model(x, training=True) inside the tape, the given loss_fn and the given "
        "optimizer (one apply_gradients per batch).")


@register_judge(CHECK_FIT)
def judge_fit_loop(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the weights match the reference loop and the per-epoch losses too."""
    _judge_fit_weights(observation["weights"], expectation)
    epochs, returned = expectation["epochs"], observation["returned"]
    if returned["kind"] == "None":
        raise CheckFailed(f"your loop trains but returned None: return the list of the {epochs} "
                          "per-epoch mean losses.")
    if returned["kind"] != "list":
        raise CheckFailed(f"your loop returned a {returned['kind']}; return a list of {epochs} Python "
                          "floats, the mean training loss of each epoch.")
    found = np.asarray(returned["values"])
    if len(found) != epochs:
        raise CheckFailed(f"your loop returned {len(found)} value(s) for epochs={epochs}: append one "
                          "mean per epoch, after the epoch's last batch (and return after the loop).")
    if not all(returned["numbers"]):
        raise CheckFailed(f"your loop returned items of type {sorted(set(returned['types']))}; return "
                          "Python floats: float(mean_loss.result()).")
    rtol = max(expectation["rtol"], 1e-3)
    if any(close(found, expectation[key], rtol, 1e-6) for key in ("by_batch", "by_example")):
        return float(points)
    hint = "the mean of the batch losses of each epoch, each computed before its update"
    if epochs > 1 and close(found, expectation["cumulative"], rtol, 1e-6):
        hint = ("the metric is never reset, so each value averages all the epochs so far: call "
                "mean_loss.reset_state() at the start of each epoch")
    elif close(found, expectation["last_batch"], rtol, 1e-6):
        hint = "these are the losses of each epoch's last batch: update a keras.metrics.Mean with every batch's loss"
    elif np.all(found == 0):
        hint = "every value is 0: read mean_loss.result() before you reset the metric"
    raise CheckFailed(f"your loop returned {fmt(found)}, expected {fmt(expectation['by_batch'])}: {hint}.")


def check_fit_loop(train_fn: Callable, *, dataset: Any, seed: int | None = None, points: float = 1.0,
                   model: Any = None, loss: Any = None, optimizer: Any = None, epochs: int = 3,
                   batch_size: int = 48, rtol: float = 1e-3, atol: float = 1e-5) -> float:
    """Check a whole training loop ``train_fn(model, optimizer, loss_fn, dataset, epochs) -> losses``.

    The loop runs from seeded weights on a batched dataset in a fixed order (the last batch is
    smaller when ``batch_size`` does not divide the data); a reference loop runs from the same
    weights on the same batches with a fresh copy of the same optimizer. Arguments are passed as
    :func:`check_loss_decreases` passes them.

    Args:
        train_fn: the student's loop.
        dataset: a reference dataset name or an ``(x, y)`` pair (at most 256 examples are used).
        seed: seed of the subsample, the weights and the batch order (``None``: the public seed).
        points: the points of a correct loop.
        model: a zero-argument builder (default: a small network with BatchNormalization, so that
            the ``training`` flag matters).
        loss: the loss (default: sparse categorical cross-entropy or MSE, by the data).
        optimizer: the optimizer, its name or builder (default SGD(0.05, momentum=0.9)).
        epochs: passed to the loop.
        batch_size: batch size of the dataset.
        rtol: relative tolerance on the weights (and at least 1e-3 on the returned losses).
        atol: absolute tolerance on the weights.

    Passing needs the weights after the loop equal to the reference's after ``epochs`` epochs, and
    the return value a list of ``epochs`` Python (or NumPy) floats equal to the reference's mean
    loss of each epoch: the mean of the batch losses, or their mean weighted by batch size.
    """
    seed = PUBLIC_SEED if seed is None else seed
    x, y = training_data(dataset, seed)
    build, default_loss, _ = default_setup(x, y)
    with quiet():
        keras.utils.set_random_seed(seed)
        builder = model if model is not None else build
        weights = _build_model(builder).get_weights()
    setup = {"build": builder, "weights": weights, "loss": loss if loss is not None else default_loss,
             "optimizer": optimizer if optimizer is not None else
             (lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0.9))}
    named = isinstance(dataset, str) and model is None and loss is None and optimizer is None
    key = (CHECK_FIT, dataset, seed, epochs, batch_size) if named else None
    expectation = remembered(key, lambda: expect_fit_loop(setup, x, y, epochs, batch_size, seed))
    expectation.update(rtol=rtol, atol=atol)
    return run_check(CHECK_FIT, lambda: observe_fit_loop(train_fn, setup, x, y, epochs, batch_size, seed),
                     expectation, points)

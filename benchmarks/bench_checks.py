"""Print the time of every public check on the case a chapter grades with (median of a few runs).

Each case is one hidden-test call of a chapter in ``source/``, made with that chapter's own
solution and reference objects. They come from the chapter's source notebook, executed as
definitions only (see ``chapter_namespace``), so the benchmark follows the chapters without copying
their code; data comes from ``course.datasets``. Each case is called once to warm up (the
``first s`` column: its first call, tracing included, though earlier cases have already warmed up
TensorFlow itself), then ``RUNS`` times. ``points`` is what the chapter's solution scored (1.00 is full marks); a case whose check
fails, or that cannot run, prints why in its row and makes the script exit 1.

Run: .venv/bin/python benchmarks/bench_checks.py [RUNS] [--only NAME ...]

``--only`` keeps the cases whose check is NAME or whose label contains NAME (repeatable), e.g.
``--only check_metric --only ch05``. Figures are wall-clock times: run on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import ast
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from autograder.quiet import quiet

with quiet():  # TensorFlow's import-time logs (no GPU, CUDA plugins) go to the void, as in a check
    import keras
    import numpy as np
    import tensorflow as tf

    from autograder.checks import (CheckFailed, Layer, check_architecture, check_compile, check_dataset,
                                   check_fit_loop, check_loss, check_loss_decreases, check_metric, check_throughput,
                                   check_function, check_train_step, check_train_step_override, check_training,
                                   check_value, check_feature_model, check_callbacks, check_event_files,
                                   check_keras_file, check_layer, check_litert, check_saved_model,
                                   check_strategy_model, check_distributed_dataset,
                                   check_distributed_step, check_distributed_fit)
    from autograder.checks.distributed import forget_last_fit
    from autograder.replicas import configure_replicas
    from course import datasets

SOURCE = Path(__file__).resolve().parents[1] / "source"


def _is_constant(node: ast.stmt) -> bool:
    return isinstance(node, ast.Assign) and all(
        isinstance(target, ast.Name) and target.id.isupper() for target in node.targets)


def _definitions(cell: dict) -> list[ast.stmt]:
    tree = ast.parse("".join(cell["source"]))
    if cell["metadata"].get("nbgrader", {}).get("solution"):
        return tree.body
    kept = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)
    return [node for node in tree.body if isinstance(node, kept) or _is_constant(node)]


_NAMESPACES: dict[str, dict] = {}


def chapter_namespace(chapter: str) -> dict:
    """Return the globals of chapter ``chapter``'s source notebook executed as definitions only.

    Every code cell contributes its imports, function and class definitions and UPPER_CASE
    constants, in notebook order; solution cells run whole (they are the student's answers). The
    teaching examples, the set-up call and the test calls do not run. Hidden-test helpers such as
    a reference loss are definitions too, so they are there. The result is cached per chapter.
    """
    if chapter not in _NAMESPACES:
        path = SOURCE / chapter / f"{chapter}.ipynb"
        namespace: dict = {"__name__": f"chapter_{chapter}"}
        with quiet():
            for index, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
                if cell["cell_type"] == "code":
                    module = ast.Module(body=_definitions(cell), type_ignores=[])
                    exec(compile(module, f"{path.name}, cell {index}", "exec"), namespace)  # noqa: S102
        _NAMESPACES[chapter] = namespace
    return _NAMESPACES[chapter]


@dataclass(frozen=True)
class Case:
    """One benchmarked call: ``prepare(namespace)`` does the test cell's set-up and returns the timed call.

    Attributes:
        check: the public check's name (what ``--only`` matches exactly).
        label: the chapter case, e.g. ``"ch03 BinaryF1, stateful, 25 batches"``.
        chapter: the assignment id whose source notebook provides the objects.
        prepare: chapter namespace -> zero-argument call returning the points earned.
    """

    check: str
    label: str
    chapter: str
    prepare: Callable[[dict], Callable[[], float]]


def _dataset_spec(*shapes_and_types):
    return tuple(tf.TensorSpec(shape, dtype) for shape, dtype in shapes_and_types)


def _train_dataset_case(ns: dict) -> Callable[[], float]:
    x, y = datasets.load("imbalanced", "hidden", seed=12203)
    spec = _dataset_spec(((None, 8), tf.float32), ((None,), tf.int32))
    return lambda: check_dataset(lambda: ns["make_train_dataset"](x, y, batch_size=48), element_spec=spec,
                                 batch_size=48, num_examples=len(x), reshuffle=True, full_shuffle=True, prefetched=True,
                                 source=(x, y))


def _dataframe_case(ns: dict) -> Callable[[], float]:
    frame, labels = datasets.load("tabular", "hidden", seed=23309)
    numbers = {name: tf.TensorSpec((None,), tf.int32) for name in ("age", "tenure_months", "support_calls")}
    spec = ({**numbers, "income": tf.TensorSpec((None,), tf.float32), "city": tf.TensorSpec((None,), tf.string),
             "plan": tf.TensorSpec((None,), tf.string)}, tf.TensorSpec((None,), tf.int32))
    source = tf.data.Dataset.from_tensor_slices((dict(frame), labels))
    return lambda: check_dataset(lambda: ns["df_to_dataset"](frame, labels, batch_size=64), element_spec=spec,
                                 batch_size=64, num_examples=len(frame), reshuffle=False, in_order=True,
                                 source=source)


def _windows_case(ns: dict) -> Callable[[], float]:
    sequence = np.random.default_rng(45521).integers(0, 26, size=41).astype("int32")
    expected = ns["_expected_windows"](sequence, 5)
    spec = _dataset_spec(((None,), tf.int32), ((), tf.int32))
    return lambda: check_dataset(lambda: ns["make_windows"](sequence, 5), element_spec=spec, num_examples=36,
                                 reshuffle=False, in_order=True, source=expected)


def _augmented_case(ns: dict) -> Callable[[], float]:
    x, y = datasets.load("shapes", "hidden", seed=34417)
    ns.setdefault("noise_generator", tf.random.Generator.from_seed(7))  # section 2's state, not a definition
    ns["_bench_shapes"] = (np.round(x * 255).astype("uint8"), y)  # raw pixels, as the exercise takes them
    spec = _dataset_spec(((None, 16, 16, 1), tf.float32), ((None,), tf.int32))
    # the builder lives in the notebook's namespace, as the test cell's lambda does, so that
    # decode_image is counted where make_augmented_dataset looks it up
    builder = eval("lambda: make_augmented_dataset(*_bench_shapes, batch_size=25)", ns)
    return lambda: check_dataset(builder, element_spec=spec, batch_size=25, num_examples=len(x), reshuffle=True,
                                 full_shuffle=True, complete=False, augmented_from=(x, y), noise_std=0.05,
                                 cached=True, counted_step=ns["decode_image"], prefetched=True)


def _churn_structure_case(ns: dict) -> Callable[[], float]:
    frame, _ = datasets.load("tabular", "hidden", seed=56611)
    return lambda: check_feature_model(lambda: ns["build_churn_model"](frame), frame=frame, numeric=ns["NUMERIC"],
                                       categorical=ns["CATEGORICAL"], head=[("relu", 16), ("sigmoid", 1)])


def _class_weight_case(ns: dict) -> Callable[[], float]:
    labels = np.concatenate([datasets.load("imbalanced", "hidden", seed=90217)[1], np.full(37, 2, dtype=np.int32)])
    inputs = [labels, np.random.default_rng(90217).permutation(labels)[:600]]  # three classes in each

    def weights(y):
        return [w for _, w in sorted(ns["balanced_class_weight"](y).items())]

    def reference(y):
        return [row[-1] for row in ns["_balanced"](y)]  # rows [key type, key, value type, value]

    return lambda: check_function(weights, reference=reference, inputs=inputs, name="balanced_class_weight",
                                  rtol=1e-6)


def _churn_case(ns: dict) -> Callable[[], float]:
    frame = datasets.load("tabular", "train")[0]
    return lambda: check_training(lambda: ns["build_churn_model"](frame), dataset="tabular", seed=56629,
                                  metric="accuracy", thresholds={0.76: 1.0, 0.7: 0.5}, epochs=12,
                                  preprocess=ns["to_model_inputs"])


FIZZBUZZ_LAYERS = [Layer("Dense", units=256, activation="relu"), Layer("Dense", units=4, activation="softmax")]
VQA_LAYERS = [Layer("Conv2D", filters=8, kernel_size=(3, 3), activation="relu"), Layer("MaxPooling2D"),
              Layer("Flatten"), Layer("Embedding", input_dim=100, output_dim=8), Layer("LSTM", units=16),
              Layer("Concatenate"), Layer("Dense", units=10, activation="softmax")]

def _ch06_split(ns: dict) -> None:
    """The teaching cell's split of the shapes images, which ``shape0_detector`` trains on."""
    x, y = datasets.load("shapes", "train")
    order = np.random.default_rng(0).permutation(len(x))
    ns.update(x_train=x[order[:320]], y_train=y[order[:320]], x_val=x[order[600:]], y_val=y[order[600:]])


def _callbacks_case(ns: dict) -> Callable[[], float]:
    wobbles = [{"loss": 1.2 - 0.1 * i, "val_loss": v}
               for i, v in enumerate([1.00, 0.95, 0.97, 0.94, 0.96, 0.99, 0.93, 0.98, 0.99, 1.01])]
    return lambda: check_callbacks(ns["make_callbacks"], reference=ns["_reference_callbacks"], logs=[wobbles],
                                   learning_rate=0.02)


def _stop_fit_case(ns: dict) -> Callable[[], float]:
    return lambda: check_callbacks(lambda: ns["StopAtTarget"](target=0.75), reference=lambda: ns["_ReferenceStop"](target=0.75),
                                   logs=[], fit={"dataset": "shapes", "epochs": 10, "batch_size": 32, "examples": 320},
                                   model=lambda: ns["shapes_model"](hidden=16))


def _decay_fit_case(ns: dict) -> Callable[[], float]:
    schedule = keras.callbacks.LearningRateScheduler
    return lambda: check_callbacks(lambda: schedule(ns["step_decay"]), reference=lambda: schedule(ns["_reference_decay"]),
                                   logs=[[{"loss": 1.0, "val_loss": 1.0}] * 13], learning_rate=0.01,
                                   fit={"dataset": "shapes", "epochs": 7, "batch_size": 64, "examples": 128},
                                   model=lambda: ns["shapes_model"](hidden=8))


def _event_files_case(ns: dict) -> Callable[[], float]:
    _ch06_split(ns)
    curves = {"train": ["epoch_loss", "epoch_accuracy"], "validation": ["epoch_loss", "epoch_accuracy"]}
    return lambda: check_event_files(ns["fit_with_tensorboard"], args=(lambda: ns["shapes_model"](hidden=8),
                                                                       ns["x_val"][:96], ns["y_val"][:96]),
                                     runs=curves, steps=[0, 1, 2], forbidden=["batch_loss"])


def _keras_file_case(ns: dict) -> Callable[[], float]:
    _ch06_split(ns)
    return lambda: check_keras_file(ns["save_and_reload"], model=ns["shape0_detector"], probe=ns["x_val"][50:90])


def _ch08_data(ns: dict) -> None:
    """The arrays ch08's teaching cells load, which its builders and tests read."""
    x_train, y_train = datasets.load("imbalanced", "train")
    df, churn = datasets.load("tabular", "train")
    ns.update(x_train=x_train, y_train=y_train, df=df, churn=churn)


def _serving_case(ns: dict) -> Callable[[], float]:
    _ch08_data(ns)
    probe = datasets.load("imbalanced", "hidden", seed=80801)[0][:100]
    return lambda: check_saved_model(ns["export_for_serving"], build=lambda: ns["make_classifier"](seed=80802),
                                     probe=probe, signatures=ns["_serving_signatures"](["serve", "serving_default"]))


def _raw_churn_case(ns: dict) -> Callable[[], float]:
    _ch08_data(ns)
    frame = datasets.load("tabular", "hidden", seed=80821)[0]
    adapt = datasets.load("tabular", "hidden", seed=80822)[0]
    return lambda: check_saved_model(ns["export_raw_churn"], build=lambda: ns["make_churn_parts"](adapt, seed=80823),
                                     probe=ns["_raw_probe"](frame), signatures=ns["_raw_signature"]())


def _quantize_case(ns: dict) -> Callable[[], float]:
    _ch08_data(ns)
    x, y = ns["balanced"](*datasets.load("imbalanced", "hidden", seed=80851))
    return lambda: check_litert(ns["quantize_dynamic"], model=lambda: ns["make_classifier"](seed=80852, epochs=2),
                                probe=x, labels=y, max_size_ratio=0.4, max_accuracy_drop=0.02)


CASES: list[Case] = [
    Case("check_value", "ch01 lstm_params", "ch01_sequential",
         lambda ns: lambda: check_value(ns["lstm_params"], 2752, name="lstm_params")),
    Case("check_architecture", "ch01 FizzBuzz builder, 2 Dense", "ch01_sequential",
         lambda ns: lambda: check_architecture(ns["build_fizzbuzz_model"], FIZZBUZZ_LAYERS, input_shape=(10,),
                                               output_shape=(4,), params=10 * 256 + 256 + 256 * 4 + 4)),
    Case("check_architecture", "ch02 VQA, 2 inputs, unordered", "ch02_functional",
         lambda ns: lambda: check_architecture(ns["build_vqa_model"], VQA_LAYERS, ordered=False,
                                               input_shape=[(16, 16, 1), (6,)], output_shape=(10,),
                                               params=(8 * 9 + 8) + 100 * 8 + 4 * (16 * (8 + 16) + 16)
                                               + (7 * 7 * 8 + 16) * 10 + 10)),
    Case("check_compile", "ch01 FizzBuzz compile", "ch01_sequential",
         lambda ns: lambda: check_compile(lambda: ns["compile_fizzbuzz_model"](ns["build_fizzbuzz_model"]()),
                                          loss="sparse_categorical_crossentropy", optimizer="Adam",
                                          learning_rate=0.01, metrics=["accuracy"])),
    Case("check_metric", "ch03 within_half, regression", "ch03_metrics",
         lambda ns: lambda: check_metric(ns["within_half"], ns["_reference_within_half"], task="regression",
                                         seed=30211, sample_weight=True)),
    Case("check_metric", "ch03 BinaryF1, stateful, 25 batches", "ch03_metrics",
         lambda ns: lambda: check_metric(ns["BinaryF1"], ns["_reference_epoch_f1"], task="binary", seed=48213,
                                         batches=25, stateful=True, sample_weight=True)),
    Case("check_loss", "ch03 my_loss vs CCE, 4 classes", "ch03_metrics",
         lambda ns: lambda: check_loss(ns["my_loss"], keras.losses.CategoricalCrossentropy(), task="multiclass",
                                       num_classes=4, seed=51007, per_example=True, edge_values=True)),
    Case("check_loss", "ch03 weighted BCE(3.5) vs function", "ch03_metrics",
         lambda ns: lambda: check_loss(lambda: ns["make_weighted_bce"](3.5), ns["_reference_weighted_bce"],
                                       task="binary", seed=7742, per_example=True, edge_values=True)),
    Case("check_function", "ch03 balanced_class_weight, 2 label sets", "ch03_metrics", _class_weight_case),
    Case("check_train_step", "ch04 classifier, CCE, Adam", "ch04_training_loops",
         lambda ns: lambda: check_train_step(ns["train_step"], model=ns["_classifier"],
                                             loss=keras.losses.CategoricalCrossentropy(),
                                             optimizer=lambda: keras.optimizers.Adam(learning_rate=0.01),
                                             seed=61021)),
    Case("check_train_step", "ch04 regressor, frozen layer, SGD", "ch04_training_loops",
         lambda ns: lambda: check_train_step(ns["train_step"], model=ns["_regressor"], loss="mse",
                                             optimizer=lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
                                             seed=61022)),
    Case("check_train_step_override", "ch04 ClippedModel, regression, clip 1.0", "ch04_training_loops",
         lambda ns: lambda: check_train_step_override(ns["ClippedModel"], dataset="regression", seed=55031,
                                                      clip_norm=1.0)),
    Case("check_fit_loop", "ch04 fit_loop, imbalanced, 3 epochs", "ch04_training_loops",
         lambda ns: lambda: check_fit_loop(ns["fit_loop"], dataset="imbalanced", seed=73115, epochs=3)),
    Case("check_loss_decreases", "ch04 fit_loop, imbalanced, 2 epochs", "ch04_training_loops",
         lambda ns: lambda: check_loss_decreases(ns["fit_loop"], dataset="imbalanced", seed=73115, epochs=2,
                                                 min_fraction=0.8)),
    Case("check_dataset", "ch05 train dataset, imbalanced", "ch05_tf_data", _train_dataset_case),
    Case("check_dataset", "ch05 DataFrame dataset, tabular", "ch05_tf_data", _dataframe_case),
    Case("check_dataset", "ch05 windows of 5", "ch05_tf_data", _windows_case),
    Case("check_dataset", "ch05 augmented shapes, noise matched", "ch05_tf_data", _augmented_case),
    Case("check_feature_model", "ch05 churn model, adapted layers", "ch05_tf_data", _churn_structure_case),
    Case("check_throughput", "ch05 cache+prefetch, slow_parse counted over 3 epochs", "ch05_tf_data",
         lambda ns: lambda: check_throughput(ns["build_fast"], lambda source: source.map(ns["slow_parse"]),
                                             slow_step=ns["slow_parse"], source=lambda: ns["plain_source"](40),
                                             epochs=3)),
    Case("check_callbacks", "ch06 make_callbacks, wobbling val_loss, 10 scripted epochs", "ch06_training_in_practice",
         _callbacks_case),
    Case("check_callbacks", "ch06 StopAtTarget in fit, shapes, up to 10 epochs", "ch06_training_in_practice",
         _stop_fit_case),
    Case("check_callbacks", "ch06 step_decay, 13 scripted epochs + 7-epoch fit", "ch06_training_in_practice",
         _decay_fit_case),
    Case("check_event_files", "ch06 fit_with_tensorboard, 3 epochs", "ch06_training_in_practice", _event_files_case),
    Case("check_keras_file", "ch06 save_and_reload, shape0_detector", "ch06_training_in_practice", _keras_file_case),
    Case("check_training", "ch01 FizzBuzz, 40 epochs, batch 64", "ch01_sequential",
         lambda ns: lambda: check_training(ns["make_fizzbuzz_classifier"], dataset="fizzbuzz", seed=31337,
                                           metric="accuracy", thresholds={0.85: 1.0, 0.70: 0.5}, epochs=40,
                                           batch_size=64)),
    Case("check_training", "ch02 shapes CNN, 5 epochs", "ch02_functional",
         lambda ns: lambda: check_training(ns["make_shapes_classifier"], dataset="shapes", seed=90210,
                                           metric="accuracy", thresholds={0.80: 1.0, 0.60: 0.5}, epochs=5)),
    Case("check_training", "ch05 churn, preprocess, 12 epochs", "ch05_tf_data", _churn_case),
    Case("check_layer", "ch07 Linear vs Dense(6), 3 input shapes", "ch07_custom_layers_and_models",
         lambda ns: lambda: check_layer(ns["Linear"], init_kwargs={"units": 6}, input_shapes=[(16, 7), (3, 2, 7), (4, 1)],
                                        output_shapes=[(16, 6), (3, 2, 6), (4, 6)], trainable_weights=2,
                                        non_trainable_weights=0, losses=0, training_changes_output=False,
                                        reference=lambda: keras.layers.Dense(6), seed=31337)),
    Case("check_layer", "ch07 MovingCenter, training changes output", "ch07_custom_layers_and_models",
         lambda ns: lambda: check_layer(ns["MovingCenter"], init_kwargs={"momentum": 0.75},
                                        input_shapes=[(6, 2, 5), (8, 5)], output_shapes=[(6, 2, 5), (8, 5)],
                                        trainable_weights=0, non_trainable_weights=1, losses=0,
                                        training_changes_output=True, reference=ns["_ReferenceMovingCenter"],
                                        seed=40961)),
    Case("check_layer", "ch07 ResidualBlock, projection, 12 weight orders", "ch07_custom_layers_and_models",
         lambda ns: lambda: check_layer(ns["ResidualBlock"], init_kwargs={"units": 5}, input_shapes=[(16, 3)],
                                        output_shapes=[(16, 5)], trainable_weights=6, non_trainable_weights=0,
                                        losses=0, training_changes_output=False,
                                        reference=ns["_ReferenceResidual"], seed=61001)),
    Case("check_training", "ch07 subclassed RegressionNet, 5 epochs", "ch07_custom_layers_and_models",
         lambda ns: lambda: check_training(ns["_compiled_regression_net"], dataset="regression", seed=70417,
                                           metric="mse", thresholds={0.20: 1.0, 0.25: 0.5}, epochs=5,
                                           batch_size=32, subclassed=True)),
    Case("check_saved_model", "ch08 export_for_serving, 2 signatures", "ch08_export", _serving_case),
    Case("check_saved_model", "ch08 export_raw_churn, 6 raw columns", "ch08_export", _raw_churn_case),
    Case("check_litert", "ch08 to_litert, 200 rows", "ch08_export",
         lambda ns: lambda: check_litert(ns["to_litert"], model=lambda: ns["make_classifier"](seed=80832),
                                         probe=datasets.load("imbalanced", "hidden", seed=80831)[0][:200], atol=1e-5)),
    Case("check_litert", "ch08 quantize_dynamic, trained 2 epochs", "ch08_export", _quantize_case),
    Case("check_strategy_model", "ch09 build_distributed_model, 2 replicas", "ch09_distributed",
         lambda ns: lambda: check_strategy_model(ns["build_distributed_model"], reference=ns["tutorial_model"])),
    Case("check_distributed_dataset", "ch09 distribute_batches, 70 examples, 2 and 1 replicas", "ch09_distributed",
         lambda ns: lambda: check_distributed_dataset(ns["distribute_batches"], per_replica_batch_size=6,
                                                      examples=70)),
    Case("check_distributed_step", "ch09 make_distributed_step, 2 and 1 replicas", "ch09_distributed",
         lambda ns: lambda: check_distributed_step(ns["make_distributed_step"], model=ns["_step_model"], seed=91573,
                                                   per_replica_batch_size=6,
                                                   optimizer=lambda: keras.optimizers.SGD(learning_rate=0.2))),
    Case("check_distributed_fit", "ch09 fit_distributed, 2 epochs of global batches of 32", "ch09_distributed",
         lambda ns: lambda: forget_last_fit() or check_distributed_fit(
             ns["fit_distributed"], dataset="regression", seed=30817, metric="mse",
             thresholds={0.22: 1.0, 0.35: 0.5}, epochs=2, per_replica_batch_size=16)),
]


def select(cases: Iterable[Case], only: list[str] | None) -> list[Case]:
    """Return the cases whose check is one of ``only`` or whose label contains one of them (all if empty).

    Raises:
        SystemExit: a name in ``only`` matches no case (the message lists the checks).
    """
    cases = list(cases)
    if not only:
        return cases
    unmatched = [name for name in only if not any(name == c.check or name in c.label for c in cases)]
    if unmatched:
        checks = ", ".join(sorted({c.check for c in cases}))
        raise SystemExit(f"--only {unmatched[0]!r} matches no case; checks: {checks}")
    return [c for c in cases if any(name == c.check or name in c.label for name in only)]


@dataclass(frozen=True)
class Timing:
    """What ``time_case`` measured: the warm-up call, the timed calls, the points or what went wrong."""

    case: Case
    first: float
    times: tuple[float, ...]
    points: float | None
    failure: str | None


def time_case(case: Case, runs: int) -> Timing:
    """Prepare ``case``, call it once to warm up, then ``runs`` times.

    A ``CheckFailed`` (``"FAILED: <message>"``) or any other exception (``"ERROR: <type>: <message>"``,
    e.g. a chapter no longer defining an object a case uses) ends the case and is returned as its
    ``failure``, so one broken case does not hide the others' figures.
    """
    times, points, first = [], None, 0.0
    try:
        call = case.prepare(chapter_namespace(case.chapter))
        for attempt in range(runs + 1):
            start = time.perf_counter()
            points = call()
            elapsed = time.perf_counter() - start
            if attempt == 0:
                first = elapsed
            else:
                times.append(elapsed)
    except CheckFailed as failure:
        return Timing(case, first, tuple(times), None, f"FAILED: {failure}")
    except Exception as error:  # noqa: BLE001  (reported in the table; the exit status says it)
        return Timing(case, first, tuple(times), None, f"ERROR: {type(error).__name__}: {error}")
    return Timing(case, first, tuple(times), points, None)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print one row per selected case; return 1 when any case failed.

    Args:
        argv: the arguments (default ``sys.argv[1:]``): ``[RUNS] [--only NAME ...]``.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=3, help="timed calls per case after the warm-up (3)")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="keep cases whose check is NAME or whose label contains NAME (repeatable)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("RUNS must be at least 1")
    cases = select(CASES, args.only)
    print(f"{'check':27s} {'chapter case':37s} {'first s':>8s} {'median s':>9s} {'min s':>7s} {'points':>6s}")
    failed = False
    for case in cases:
        timing = time_case(case, args.runs)
        head = f"{case.check:27s} {case.label:37s} {timing.first:8.3f}"
        if timing.failure is not None:
            failed = True
            print(f"{head}  {timing.failure}", flush=True)
        else:
            print(f"{head} {statistics.median(timing.times):9.3f} {min(timing.times):7.3f} {timing.points:6.2f}",
                  flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    # ch09's checks mirror over two logical CPUs, made before TensorFlow starts (as its set-up cell
    # does); every other check computes on the first of them, as it would on the one CPU.
    configure_replicas(2)
    sys.exit(main())

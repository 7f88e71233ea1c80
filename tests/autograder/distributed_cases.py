"""Answers to the chapter 9 checks, graded in a fresh process with two logical CPUs.

``python distributed_cases.py OUT.json`` sets up two replicas before TensorFlow starts (as the
chapter's set-up cell does), grades every case with exports on, re-judges the exports, and writes
``{case: {"points": float | None, "message": str, "rejudged": [points...], "layout": the record's
replica layout, "devices": the devices the export records}}``. The pytest process
cannot do this itself: its TensorFlow has already started with one CPU device.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

from course.setup import setup_chapter

setup_chapter(seed=7, replicas=2)

import keras  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

from autograder.checks import (CheckFailed, check_distributed_dataset, check_distributed_fit,  # noqa: E402
                               check_distributed_step, check_strategy_model)
from autograder.checks.observation import EXPORT_ENV, load_export, rejudge  # noqa: E402
from autograder.records import RECENT  # noqa: E402


def small_model():
    return keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"),
                             keras.layers.Dense(3, activation="softmax")])


def compiled(model):
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
    return model


# --------------------------------------------------------------------------------- scope models
def scope_correct(strategy):
    with strategy.scope():
        return compiled(small_model())


def scope_functional_strings(strategy):
    with strategy.scope():
        inputs = keras.Input((6,))
        hidden = keras.layers.Dense(8)(inputs)
        outputs = keras.layers.Dense(3, activation="softmax")(keras.layers.ReLU()(hidden))
        model = keras.Model(inputs, outputs)
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def scope_model_outside(strategy):
    model = small_model()
    with strategy.scope():
        return compiled(model)


def scope_optimizer_outside(strategy):
    optimizer = keras.optimizers.Adam(0.01)
    with strategy.scope():
        model = small_model()
    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy")
    return model


def scope_own_strategy(strategy):
    with tf.distribute.OneDeviceStrategy("/cpu:0").scope():
        return compiled(small_model())


def scope_not_compiled(strategy):
    with strategy.scope():
        return small_model()


def scope_wrong_activation(strategy):
    with strategy.scope():
        return compiled(keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="tanh"),
                                          keras.layers.Dense(3, activation="softmax")]))


# ----------------------------------------------------------------------------- distributed data
def data_correct(strategy, x, y, per_replica):
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(per_replica * strategy.num_replicas_in_sync)
    return strategy.experimental_distribute_dataset(dataset)


def data_shuffled_prefetched(strategy, x, y, per_replica):
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(x), seed=1)
    dataset = dataset.batch(per_replica * strategy.num_replicas_in_sync).prefetch(tf.data.AUTOTUNE)
    return strategy.experimental_distribute_dataset(dataset)


def data_per_replica_as_global(strategy, x, y, per_replica):
    return strategy.experimental_distribute_dataset(tf.data.Dataset.from_tensor_slices((x, y)).batch(per_replica))


def data_written_out_two(strategy, x, y, per_replica):
    return strategy.experimental_distribute_dataset(tf.data.Dataset.from_tensor_slices((x, y)).batch(2 * per_replica))


def data_not_distributed(strategy, x, y, per_replica):
    return tf.data.Dataset.from_tensor_slices((x, y)).batch(per_replica * strategy.num_replicas_in_sync)


def data_drop_remainder(strategy, x, y, per_replica):
    dataset = tf.data.Dataset.from_tensor_slices((x, y))
    return strategy.experimental_distribute_dataset(
        dataset.batch(per_replica * strategy.num_replicas_in_sync, drop_remainder=True))


def data_shuffled_separately(strategy, x, y, per_replica):
    xs = tf.data.Dataset.from_tensor_slices(x).shuffle(len(x), seed=1)
    dataset = tf.data.Dataset.zip((xs, tf.data.Dataset.from_tensor_slices(y)))
    return strategy.experimental_distribute_dataset(dataset.batch(per_replica * strategy.num_replicas_in_sync))


# ------------------------------------------------------------------------------------ the steps
def _step(strategy, model, optimizer, scale, reduce_op=tf.distribute.ReduceOp.SUM, compiled_graph=True):
    def replica_step(x, y):
        with tf.GradientTape() as tape:
            loss = scale(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    def step(batch):
        return strategy.reduce(reduce_op, strategy.run(replica_step, args=batch), axis=None)

    return tf.function(step) if compiled_graph else step


def per_example(y, p):
    return keras.losses.sparse_categorical_crossentropy(y, p)


def step_correct(strategy, model, optimizer, global_batch_size):
    return _step(strategy, model, optimizer,
                 lambda y, p: tf.nn.compute_average_loss(per_example(y, p), global_batch_size=global_batch_size))


def step_sum_divided_eager(strategy, model, optimizer, global_batch_size):
    return _step(strategy, model, optimizer,
                 lambda y, p: tf.reduce_sum(per_example(y, p)) / global_batch_size, compiled_graph=False)


def step_keras_loss_object(strategy, model, optimizer, global_batch_size):
    loss_object = keras.losses.SparseCategoricalCrossentropy()   # Keras 3 scales it by the replicas
    return _step(strategy, model, optimizer, loss_object)


def step_reduce_mean(strategy, model, optimizer, global_batch_size):
    return _step(strategy, model, optimizer, lambda y, p: tf.reduce_mean(per_example(y, p)))


def step_reduced_with_mean(strategy, model, optimizer, global_batch_size):
    return _step(strategy, model, optimizer,
                 lambda y, p: tf.nn.compute_average_loss(per_example(y, p), global_batch_size=global_batch_size),
                 reduce_op=tf.distribute.ReduceOp.MEAN)


def step_not_reduced(strategy, model, optimizer, global_batch_size):
    def replica_step(x, y):
        with tf.GradientTape() as tape:
            loss = tf.nn.compute_average_loss(per_example(y, model(x, training=True)),
                                              global_batch_size=global_batch_size)
        optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
        return loss

    return lambda batch: strategy.run(replica_step, args=batch)


def step_written_out_batch(strategy, model, optimizer, global_batch_size):
    return _step(strategy, model, optimizer,
                 lambda y, p: tf.nn.compute_average_loss(per_example(y, p), global_batch_size=32))


# ------------------------------------------------------------------------------------- the fits
def _regressor():
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
    return model


def fit_correct(strategy, x, y):
    with strategy.scope():
        model = _regressor()
    model.fit(x, y, batch_size=32 * strategy.num_replicas_in_sync, epochs=3, verbose=0)
    return model


def fit_per_replica_batch(strategy, x, y):
    with strategy.scope():
        model = _regressor()
    model.fit(x, y, batch_size=32, epochs=3, verbose=0)
    return model


def fit_outside_scope(strategy, x, y):
    model = _regressor()
    model.fit(x, y, batch_size=32 * strategy.num_replicas_in_sync, epochs=3, verbose=0)
    return model


def fit_linear(strategy, x, y):
    with strategy.scope():
        model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.SGD(0.001), loss="mse")
    model.fit(x, y, batch_size=32 * strategy.num_replicas_in_sync, epochs=3, verbose=0)
    return model


CASES = {
    **{name: lambda f=f: check_strategy_model(f, reference=small_model, points=3) for name, f in [
        ("scope_correct", scope_correct), ("scope_functional_strings", scope_functional_strings),
        ("scope_model_outside", scope_model_outside), ("scope_optimizer_outside", scope_optimizer_outside),
        ("scope_own_strategy", scope_own_strategy), ("scope_not_compiled", scope_not_compiled),
        ("scope_wrong_activation", scope_wrong_activation)]},
    **{name: lambda f=f: check_distributed_dataset(f, per_replica_batch_size=6, examples=50, points=4)
       for name, f in [("data_correct", data_correct), ("data_shuffled_prefetched", data_shuffled_prefetched),
                       ("data_per_replica_as_global", data_per_replica_as_global),
                       ("data_written_out_two", data_written_out_two), ("data_not_distributed", data_not_distributed),
                       ("data_drop_remainder", data_drop_remainder),
                       ("data_shuffled_separately", data_shuffled_separately)]},
    **{name: lambda f=f: check_distributed_step(f, model=small_model, seed=3, per_replica_batch_size=8,
                                                optimizer=lambda: keras.optimizers.SGD(0.2), points=6)
       for name, f in [("step_correct", step_correct), ("step_sum_divided_eager", step_sum_divided_eager),
                       ("step_keras_loss_object", step_keras_loss_object), ("step_reduce_mean", step_reduce_mean),
                       ("step_reduced_with_mean", step_reduced_with_mean), ("step_not_reduced", step_not_reduced),
                       ("step_written_out_batch", step_written_out_batch)]},
    **{name: lambda f=f: check_distributed_fit(f, dataset="regression", metric="mse", thresholds={0.25: 1.0},
                                               epochs=3, per_replica_batch_size=32, points=4)
       for name, f in [("fit_correct", fit_correct), ("fit_per_replica_batch", fit_per_replica_batch),
                       ("fit_outside_scope", fit_outside_scope), ("fit_linear", fit_linear)]},
}


def main(out: str) -> None:
    results = {}
    for name, case in CASES.items():
        with tempfile.TemporaryDirectory() as folder:
            os.environ[EXPORT_ENV] = folder
            try:
                points, message = case(), ""
            except CheckFailed as failure:
                points, message = None, failure.message
            finally:
                del os.environ[EXPORT_ENV]
            rejudged = [verdict.points for verdict in rejudge(folder)]
            exported = load_export(sorted(Path(folder).glob("*.json"))[0])[1]
        devices = exported.get("devices") or exported.get("two", {}).get("devices")
        results[name] = {"points": points, "message": message, "rejudged": rejudged,
                         "layout": RECENT[-1].layout, "devices": devices}
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(results, handle)


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    main(sys.argv[1])

"""Tests for autograder.checks.pipelines: check_dataset and check_throughput."""

import numpy as np
import pytest

from autograder.checks import CheckFailed
from autograder.checks.pipelines import (
    check_dataset,
    check_throughput,
    dataset_ops,
    is_batched,
    judge_throughput,
    plain_source,
    slow_parse,
)
from autograder.checks.observation import EXPORT_ENV, rejudge
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf

_SLOW_PARSE = slow_parse
X = np.arange(100 * 3, dtype="float32").reshape(100, 3)
Y = (np.arange(100) % 4).astype("int32")
SPEC = (tf.TensorSpec((None, 3), tf.float32), tf.TensorSpec((None,), tf.int32))
ASK = dict(element_spec=SPEC, batch_size=16, num_examples=100, reshuffle=True, source=(X, Y))


def scale(x, y):
    return x * 1.0, y


def good():
    ds = tf.data.Dataset.from_tensor_slices((X, Y)).map(scale).cache().shuffle(100, seed=101)
    return ds.batch(16).prefetch(tf.data.AUTOTUNE)


def good_batch_then_map():
    """Alternative correct: batch before the (vectorized) map, AUTOTUNE everywhere."""
    ds = tf.data.Dataset.from_tensor_slices((X, Y)).cache().shuffle(50, seed=51).batch(16)
    return ds.map(scale, num_parallel_calls=tf.data.AUTOTUNE).prefetch(2)


def no_reshuffle():
    ds = tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(100, seed=3, reshuffle_each_iteration=False)
    return ds.batch(16).prefetch(1)


def cache_after_shuffle():
    return tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(100, seed=101).cache().batch(16).prefetch(1)


def loses_examples():
    return tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(100, seed=101).take(90).batch(16).prefetch(1)


def repeats_examples():
    ds = tf.data.Dataset.from_tensor_slices((X, Y)).repeat(2).shuffle(200, seed=201).take(100)
    return ds.batch(16).prefetch(1)


def wrong_dtype():
    return tf.data.Dataset.from_tensor_slices((X.astype("float64"), Y)).shuffle(100, seed=101).batch(16)


def batches_twice():
    return tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(100, seed=101).batch(4).batch(4)


@pytest.mark.parametrize("ds", [good, good_batch_then_map, good()],
                         ids=["builder", "batch-then-map", "dataset-object"])
def test_correct_pipelines_pass(ds):
    assert check_dataset(ds, cached=True, prefetched=True, points=2.0, **ASK) == 2.0


def test_reshuffles_under_a_global_seed():
    keras.utils.set_random_seed(5)
    assert check_dataset(good, **ASK) == 1.0


@pytest.mark.parametrize("ds, words", [
    (no_reshuffle, "same order"),
    (cache_after_shuffle, "cache first, then shuffle"),
    (loses_examples, "expected 100: examples are lost"),
    (repeats_examples, "missing"),
    (wrong_dtype, "expected dtype float32"),
    (batches_twice, "expected shape"),
], ids=["no-reshuffle", "cache-after-shuffle", "take", "repeat-take", "float64", "batched-twice"])
def test_wrong_pipelines_fail_with_the_cause(ds, words):
    with pytest.raises(CheckFailed, match=words):
        check_dataset(ds, **ASK)


def test_missing_cache_and_prefetch_are_named():
    plain = lambda: tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(100, seed=101).batch(16)  # noqa: E731
    with pytest.raises(CheckFailed, match="no .prefetch"):
        check_dataset(plain, prefetched=True, **ASK)
    with pytest.raises(CheckFailed, match="no .cache"):
        check_dataset(plain, cached=True, **ASK)


def test_drop_remainder_asked():
    keep = lambda: tf.data.Dataset.from_tensor_slices((X, Y)).batch(16)  # noqa: E731
    drop = lambda: tf.data.Dataset.from_tensor_slices((X, Y)).batch(16, drop_remainder=True)  # noqa: E731
    assert check_dataset(keep, batch_size=16, reshuffle=False) == 1.0
    with pytest.raises(CheckFailed, match="drop_remainder=True"):
        check_dataset(keep, batch_size=16, drop_remainder=True)
    assert check_dataset(drop, batch_size=16, drop_remainder=True, num_examples=96) == 1.0


def test_validation_pipeline_must_not_shuffle():
    with pytest.raises(CheckFailed, match="fixed order"):
        check_dataset(good, reshuffle=False)


def test_unbatched_dataset_against_a_reference_dataset():
    reference = tf.data.Dataset.from_tensor_slices((X, Y))
    student = lambda: tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(100, seed=101)  # noqa: E731
    assert check_dataset(student, source=reference, reshuffle=True) == 1.0


def test_not_a_dataset_is_reported():
    with pytest.raises(CheckFailed, match="should return a tf.data.Dataset"):
        check_dataset(lambda: (X, Y))


def test_dataset_ops_see_every_transformation_in_order():
    ops = dataset_ops(good())
    assert ops.index("CacheDatasetV2") < ops.index("ShuffleDatasetV3") < ops.index("PrefetchDataset")
    assert is_batched(ops)
    with_py_function = plain_source(8).map(slow_parse).cache()
    assert "CacheDatasetV2" in dataset_ops(with_py_function)
    assert not is_batched(dataset_ops(plain_source(8).batch(2).unbatch()))


# --------------------------------------------------------------------------------- throughput
def reference(source):
    return source.map(slow_parse)


def cached_prefetched(source):
    return source.map(slow_parse).cache().prefetch(tf.data.AUTOTUNE)


def test_cached_prefetched_pipeline_passes_by_counting_the_slow_step():
    assert check_throughput(cached_prefetched, reference, slow_step=slow_parse, points=2.0) == 2.0


def test_the_slow_step_is_restored_after_the_check():
    check_throughput(cached_prefetched, reference, slow_step=slow_parse)
    assert globals()["slow_parse"] is _SLOW_PARSE


def test_a_pipeline_without_cache_fails_with_the_counts_per_epoch():
    no_cache = lambda source: source.map(slow_parse).prefetch(2)  # noqa: E731
    with pytest.raises(CheckFailed, match=r"slow_parse ran 48, 48, 48 times in 3 epochs of 48"):
        check_throughput(no_cache, reference, slow_step=slow_parse)


def test_a_cache_before_the_slow_step_fails():
    early = lambda source: source.cache().map(slow_parse).prefetch(2)  # noqa: E731
    with pytest.raises(CheckFailed, match="every epoch pays for it again"):
        check_throughput(early, reference, slow_step=slow_parse, epochs=2)


def test_a_rewritten_slow_step_fails():
    rewritten = lambda source: source.map(lambda x, y: (tf.identity(x), y)).cache().prefetch(2)  # noqa: E731
    with pytest.raises(CheckFailed, match="never runs slow_parse"):
        check_throughput(rewritten, reference, slow_step=slow_parse)


def test_a_missing_or_early_prefetch_fails_only_when_asked():
    no_prefetch = lambda source: source.map(slow_parse).cache()  # noqa: E731
    with pytest.raises(CheckFailed, match="no .prefetch"):
        check_throughput(no_prefetch, reference, slow_step=slow_parse)
    assert check_throughput(no_prefetch, reference, slow_step=slow_parse, prefetched=False) == 1.0
    early = lambda source: source.map(slow_parse).prefetch(2).cache()  # noqa: E731
    with pytest.raises(CheckFailed, match="must be the last step"):
        check_throughput(early, reference, slow_step=slow_parse)


def test_pipeline_yielding_other_examples_fails():
    with pytest.raises(CheckFailed, match="differ from the naive"):
        check_throughput(lambda source: cached_prefetched(source.take(8)), reference, slow_step=slow_parse)


def test_one_epoch_cannot_show_a_cache():
    with pytest.raises(ValueError, match="at least 2"):
        check_throughput(cached_prefetched, reference, slow_step=slow_parse, epochs=1)


def test_judge_throughput_reads_counts_not_seconds():
    expectation = {"epochs": 3, "num_examples": 4, "step": "slow_parse", "prefetched": True}
    observation = {"same_examples": True, "fast_count": 4, "slow_count": 4, "runs": [4, 0, 0],
                   "ops": ["TensorSliceDataset", "ParallelMapDatasetV2", "CacheDatasetV2",
                           "PrefetchDataset"], "py_steps": [1]}
    assert judge_throughput(observation, expectation, 1.0) == 1.0
    forged = dict(observation, fast=[0.001], slow=[9.0], fast_median=0.001, slow_median=9.0,
                  runs=[4, 4, 4])
    with pytest.raises(CheckFailed, match="ran 4, 4, 4 times"):
        judge_throughput(forged, expectation, 1.0)
    with pytest.raises(CheckFailed, match="2 times in the first epoch"):
        judge_throughput(dict(observation, runs=[2, 0, 0]), expectation, 1.0)


def test_throughput_exports_rejudge_alike(tmp_path, monkeypatch):
    monkeypatch.setenv(EXPORT_ENV, str(tmp_path))
    check_throughput(cached_prefetched, reference, slow_step=slow_parse, epochs=2)
    with pytest.raises(CheckFailed):
        check_throughput(reference, reference, slow_step=slow_parse, epochs=2)
    assert [v.points for v in rejudge(tmp_path)] == [1.0, 0.0]


def test_dataset_checks_export_observations_that_rejudge_alike(tmp_path, monkeypatch):
    monkeypatch.setenv(EXPORT_ENV, str(tmp_path))
    check_dataset(good, cached=True, **ASK)
    with pytest.raises(CheckFailed):
        check_dataset(cache_after_shuffle, **ASK)
    verdicts = rejudge(tmp_path)
    assert [v.points for v in verdicts] == [1.0, 0.0]
    assert "cache first" in verdicts[1].message


def test_dict_features_with_strings_compare_by_value_with_the_source():
    features = {"age": np.arange(40, dtype="int64"), "city": np.array(["a", "b", "c", "d"] * 10, object)}
    labels = np.arange(40) % 2

    def build():
        ds = tf.data.Dataset.from_tensor_slices(({"age": features["age"].astype("int32"),
                                                  "city": features["city"]}, labels))
        return ds.shuffle(40, seed=41).batch(8)

    assert check_dataset(build, batch_size=8, reshuffle=True, source=(features, labels)) == 1.0
    dropped = lambda: build().unbatch().filter(lambda f, y: f["age"] > 0).batch(8)  # noqa: E731
    with pytest.raises(CheckFailed, match="1 missing"):
        check_dataset(dropped, batch_size=8, source=(features, labels))


# ------------------------------------------------------------------------ reach, order, steps
def small_buffer():
    return tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(10).batch(16).prefetch(1)


def batch_then_shuffle():
    return tf.data.Dataset.from_tensor_slices((X, Y)).batch(20).shuffle(5).prefetch(1)


def full():
    return tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(100).batch(16).prefetch(1)


def test_a_full_shuffle_reaches_and_mixes():
    assert check_dataset(full, full_shuffle=True, **ASK) == 1.0


@pytest.mark.parametrize("ds, words", [(small_buffer, "does not reach the whole data"),
                                       (batch_then_shuffle, "same examples form the batches")],
                         ids=["small-buffer", "batch-then-shuffle"])
def test_a_partial_shuffle_fails_with_the_cause(ds, words):
    ask = dict(ASK, batch_size=16 if ds is small_buffer else 20)
    assert check_dataset(ds, **ask) == 1.0  # order changes and every example is there...
    with pytest.raises(CheckFailed, match=words):  # ...but the shuffle is not full
        check_dataset(ds, full_shuffle=True, **ask)


def test_in_order_refuses_a_fixed_shuffle():
    fixed = lambda: tf.data.Dataset.from_tensor_slices((X, Y)).shuffle(  # noqa: E731
        100, seed=1, reshuffle_each_iteration=False).batch(16)
    plain = lambda: tf.data.Dataset.from_tensor_slices((X, Y)).batch(16)  # noqa: E731
    assert check_dataset(plain, batch_size=16, reshuffle=False, in_order=True, source=(X, Y)) == 1.0
    with pytest.raises(CheckFailed, match="source's order"):
        check_dataset(fixed, batch_size=16, reshuffle=False, in_order=True, source=(X, Y))


def test_prefetch_must_be_the_last_step():
    late = lambda: plain_source(8).map(slow_parse).prefetch(2).cache()  # noqa: E731
    options = tf.data.Options()
    options.deterministic = True
    last = lambda: plain_source(8).map(slow_parse).cache().prefetch(2).with_options(options)  # noqa: E731
    assert check_dataset(last, prefetched=True, num_examples=8) == 1.0
    with pytest.raises(CheckFailed, match="must be the last step, found CacheDatasetV2"):
        check_dataset(late, prefetched=True, num_examples=8)


def test_the_slow_step_must_stay_and_be_cached():
    ask = dict(num_examples=8, slow_step_cached=True)
    assert check_dataset(lambda: plain_source(8).map(lambda x, y: slow_parse(x, y)).cache(), **ask) == 1.0
    with pytest.raises(CheckFailed, match="runs after the .cache"):
        check_dataset(lambda: plain_source(8).cache().map(slow_parse), **ask)
    with pytest.raises(CheckFailed, match="no py_function step"):
        check_dataset(lambda: plain_source(8).map(lambda x, y: (x * 1.0, y)).cache(), **ask)


# ------------------------------------------------------------------------------- augmentation
IMAGES = np.random.default_rng(3).uniform(size=(60, 4, 4, 1)).astype("float32")
LABELS = (np.arange(60) % 3).astype("int32")
NOISE = dict(batch_size=8, num_examples=60, complete=False, reshuffle=True, full_shuffle=True,
             augmented_from=(IMAGES, LABELS), noise_std=0.05)


def _noisy(generator):
    return lambda image, label: (image + generator.normal(tf.shape(image), stddev=0.05), label)


def test_fresh_noise_after_the_cache_passes_per_image_and_per_batch():
    generator = tf.random.Generator.from_seed(1)
    source = tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).cache().shuffle(60)
    assert check_dataset(lambda: source.map(_noisy(generator)).batch(8), **NOISE) == 1.0
    assert check_dataset(lambda: source.batch(8).map(_noisy(generator)), **NOISE) == 1.0


def restarting(image, label):
    return image + tf.random.normal(tf.shape(image), stddev=0.05, seed=4), label


@pytest.mark.parametrize("build, words", [
    (lambda g: tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).map(_noisy(g)).cache().shuffle(60).batch(8),
     "exactly the same noise"),
    (lambda g: tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).cache().shuffle(60).map(restarting).batch(8),
     "repeat draws of the first"),
    (lambda g: tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).cache().shuffle(60).map(_noisy(g))
     .map(_noisy(g)).batch(8), "standard deviation of 0.07"),
    (lambda g: tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).cache().shuffle(60).batch(8),
     "no noise was added"),
    (lambda g: tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).cache().shuffle(60).map(_noisy(g)).take(50)
     .batch(8), "expected 60"),
], ids=["frozen", "restarting-stream", "noise-twice", "no-noise", "lost"])
def test_wrong_augmentations_fail_with_the_cause(build, words):
    tf.random.set_seed(4)
    generator = tf.random.Generator.from_seed(1)
    with pytest.raises(CheckFailed, match=words):
        check_dataset(lambda: build(generator), **NOISE)


def test_augmented_order_is_judged_on_the_matched_images():
    generator = tf.random.Generator.from_seed(2)
    frozen = lambda: tf.data.Dataset.from_tensor_slices((IMAGES, LABELS)).shuffle(  # noqa: E731
        60, reshuffle_each_iteration=False).cache().map(_noisy(generator)).batch(8)
    with pytest.raises(CheckFailed, match="same order"):
        check_dataset(frozen, **NOISE)


# ------------------------------------------------------------------------- a counted given step
def expensive_decode(x, y):
    """A given deterministic step the pipeline must run once per example (looked up by name)."""
    return tf.py_function(lambda v: v * 2.0, [x], tf.float32), y


_EXPENSIVE_DECODE = expensive_decode
COUNTED = dict(num_examples=12, reshuffle=True, counted_step=expensive_decode)


def _decoded(order: str):
    source = tf.data.Dataset.from_tensor_slices((X[:12], Y[:12]))
    if order == "decode-cache":
        return source.map(expensive_decode).cache().shuffle(12)
    if order == "lambda-decode-cache":
        return source.map(lambda x, y: expensive_decode(x, y)).cache().shuffle(12)
    if order == "cache-decode":
        return source.cache().map(expensive_decode).shuffle(12)
    if order == "no-cache":
        return source.map(expensive_decode).shuffle(12)
    return source.map(lambda x, y: (x * 2.0, y)).cache().shuffle(12)  # the step rewritten


@pytest.mark.parametrize("order", ["decode-cache", "lambda-decode-cache"])
def test_a_counted_step_cached_after_it_passes(order):
    assert check_dataset(lambda: _decoded(order), **COUNTED) == 1.0
    assert expensive_decode is _EXPENSIVE_DECODE  # the counted copy is gone again


@pytest.mark.parametrize("order, words", [
    ("cache-decode", r"expensive_decode ran 12, 12 times \(in the first epoch, then in the later ones\) "
                     "for 12 examples: every epoch pays"),
    ("no-cache", "every epoch pays for it again"),
    ("rewritten", "never runs expensive_decode"),
])
def test_a_counted_step_run_again_or_never_fails(order, words):
    with pytest.raises(CheckFailed, match=words):
        check_dataset(lambda: _decoded(order), **COUNTED)


def test_a_counted_step_needs_a_builder_and_a_count():
    with pytest.raises(ValueError, match="counted_step needs"):
        check_dataset(_decoded("decode-cache"), **COUNTED)

"""tf.data checks: a pipeline's structure and contents (check_dataset) and its speed (check_throughput).

:func:`check_dataset` iterates the student's dataset for two epochs and checks the element spec, the
batch sizes, that no example is lost or repeated within an epoch (the multiset of examples, compared
with ``source`` when given), that the order changes between epochs when reshuffling is asked, and
that ``cache``/``prefetch`` transformations are present where asked. The transformations are read
from the dataset's serialized graph (``Dataset._as_serialized_graph``), which lists every dataset op
(``CacheDatasetV2``, ``PrefetchDataset``, ``ShuffleDatasetV3``...) however the pipeline was built.

:func:`check_throughput` is *time-based*: it times steady-state epochs of the student's pipeline
and of a naive one over the same deliberately slow source (:func:`slow_source`, a ``py_function``
that sleeps), after a warm-up epoch, as the median of a few repeats, and requires a speedup.
Keep ``min_speedup`` well below the ideal (e.g. 3 for a ``cache()`` that could reach 20). Under op
determinism (``setup_chapter`` turns it on) tf.data runs a stateful ``map`` such as a
``py_function`` one element at a time, so ``num_parallel_calls`` does not speed up the slow source;
``cache()`` after the slow step and ``prefetch`` do.

Example::

    check_dataset(make_dataset, element_spec=(tf.TensorSpec((None, 10), tf.float32),
                  tf.TensorSpec((None,), tf.int32)), batch_size=32, num_examples=923,
                  reshuffle=True, prefetched=True, points=2)
"""

from __future__ import annotations

import hashlib
import statistics
import time
from collections import Counter
from typing import Any, Callable

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.metrics import required_positional
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import tensorflow as tf
    from tensorflow.core.framework import graph_pb2

CHECK_DATASET = "check_dataset"
CHECK_THROUGHPUT = "check_throughput"
MAX_EXAMPLES = 200_000
_CACHE_OPS = ("CacheDataset", "CacheDatasetV2", "MemoryCacheImpl")
_PREFETCH_OPS = ("PrefetchDataset",)
_SHUFFLE_OPS = ("ShuffleDataset", "ShuffleDatasetV2", "ShuffleDatasetV3",
                "ShuffleAndRepeatDataset", "ShuffleAndRepeatDatasetV2")


# ------------------------------------------------------------------------------ dataset helpers
def as_dataset(obj: Any, what: str = "your dataset", *args: Any) -> tf.data.Dataset:
    """Return ``obj`` when it is a ``tf.data.Dataset``, else call it (a builder) with ``args``."""
    if isinstance(obj, tf.data.Dataset):
        return obj
    if callable(obj):
        name = getattr(obj, "__name__", what)
        built = call_student(obj, f"{name}()", *args)
        if isinstance(built, tf.data.Dataset):
            return built
        raise CheckFailed(f"{name}() should return a tf.data.Dataset, found {type(built).__name__}")
    raise CheckFailed(f"{what}: expected a tf.data.Dataset or a function that builds one, "
                      f"found {type(obj).__name__}")


def dataset_ops(dataset: tf.data.Dataset) -> list[str]:
    """Return the dataset ops of ``dataset``'s graph, source first (e.g. ``["RangeDataset", ...]``).

    Reads the serialized graph, so it sees every transformation however it was applied; falls
    back to walking ``_input_dataset`` when the graph cannot be serialized.
    """
    try:
        policy = tf.data.experimental.ExternalStatePolicy.IGNORE
        serialized = dataset._as_serialized_graph(external_state_policy=policy)
        graph = graph_pb2.GraphDef()
        graph.ParseFromString(serialized.numpy())
        return [node.op for node in graph.node if "Dataset" in node.op]
    except Exception:  # a dataset TensorFlow cannot serialize: walk the Python chain instead
        chain, current = [], dataset
        while current is not None:
            chain.append(type(current).__name__.lstrip("_"))
            inputs = current._inputs() if hasattr(current, "_inputs") else []
            current = inputs[0] if inputs else None
        return list(reversed(chain))


def spec_description(spec: Any) -> list[dict]:
    """Return an element spec as a list of ``{"path", "shape", "dtype"}`` (JSON-able)."""
    out = []
    for path, leaf in _flatten_with_paths(spec):
        shape = getattr(leaf, "shape", None)
        out.append({"path": path, "kind": type(leaf).__name__,
                    "shape": None if shape is None or shape.rank is None else list(shape.as_list()),
                    "dtype": getattr(getattr(leaf, "dtype", None), "name", str(leaf))})
    return out


def _flatten_with_paths(structure: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(structure, dict):
        items = []
        for key in sorted(structure):
            items += _flatten_with_paths(structure[key], f"{prefix}[{key!r}]")
        return items
    if isinstance(structure, (tuple, list)):
        items = []
        for index, value in enumerate(structure):
            items += _flatten_with_paths(value, f"{prefix}[{index}]")
        return items
    return [(prefix or "element", structure)]


def _rows(leaves: list[np.ndarray]) -> list[str]:
    return [_digest([leaf[i] for leaf in leaves]) for i in range(len(leaves[0]))]


def _digest(parts: list[np.ndarray]) -> str:
    """Digest one example by value: numbers as float64 (int32 and int64 agree), text as UTF-8."""
    hasher = hashlib.sha1()
    for part in parts:
        part = np.asarray(part)
        hasher.update(repr(part.shape).encode())
        if part.dtype.kind in "OUS":
            hasher.update(b"\0".join(v.encode() if isinstance(v, str) else bytes(v)
                                     if isinstance(v, (bytes, np.bytes_)) else repr(v).encode()
                                     for v in part.ravel().tolist()))
        elif part.dtype.kind in "biuf":
            hasher.update(part.astype("float64").tobytes())
        else:
            hasher.update(part.tobytes())
    return hasher.hexdigest()[:20]


def epoch_contents(dataset: tf.data.Dataset, batched: bool) -> tuple[list[str], list[int]]:
    """Iterate one epoch: return the example digests in order and the leading size of each element."""
    keys, sizes = [], []
    for element in dataset:
        leaves = [np.asarray(leaf.numpy()) for _, leaf in _flatten_with_paths(element)]
        if batched:
            sizes.append(int(leaves[0].shape[0]) if leaves[0].ndim else 1)
            keys += _rows(leaves) if leaves[0].ndim else [_digest(leaves)]
        else:
            keys.append(_digest(leaves))
        if len(keys) > MAX_EXAMPLES:
            raise CheckFailed(f"the dataset yields more than {MAX_EXAMPLES} examples per epoch: is it "
                              "repeated forever (.repeat() without a count)? Leave repetition to fit().")
    return keys, sizes


def source_keys(source: Any) -> list[str]:
    """Return the example digests of ``source``: an ``(x, y)``/array structure or a Dataset."""
    if isinstance(source, tf.data.Dataset):
        return epoch_contents(source, batched=False)[0]
    leaves = [np.asarray(leaf) for _, leaf in _flatten_with_paths(source)]
    return _rows(leaves)


# ------------------------------------------------------------------------------- check_dataset
def is_batched(ops: list[str]) -> bool:
    """True when the last batching op of the graph comes after the last ``unbatch``."""
    batch = [i for i, op in enumerate(ops) if "Batch" in op and "Unbatch" not in op]
    unbatch = [i for i, op in enumerate(ops) if "Unbatch" in op]
    return bool(batch) and (not unbatch or batch[-1] > unbatch[-1])


def observe_dataset(ds: Any, batched: bool | None) -> dict:
    """Build the dataset, read its spec and ops, and iterate two epochs.

    ``batched=None`` reads from the graph whether the elements are batches of examples.
    """
    dataset = as_dataset(ds)
    if batched is None:
        batched = is_batched(dataset_ops(dataset))
    first, sizes = call_student(epoch_contents, "iterating your dataset", dataset, batched)
    second, _ = call_student(epoch_contents, "iterating your dataset a second time", dataset, batched)
    return {"spec": spec_description(dataset.element_spec), "ops": dataset_ops(dataset),
            "sizes": sizes, "first": first, "second": second}


def _shape_text(shape) -> str:
    return "unknown" if shape is None else "(" + ", ".join("None" if d is None else str(d)
                                                             for d in shape) + ")"


def _judge_spec(found: list[dict], expected: list[dict]) -> None:
    if [f["path"] for f in found] != [e["path"] for e in expected]:
        raise CheckFailed(f"element_spec: expected {len(expected)} component(s) "
                          f"{[e['path'] for e in expected]}, found {[f['path'] for f in found]}: "
                          "the dataset should yield " + ("(features, label) pairs" if len(expected) == 2
                                                         else "that structure") + ".")
    for f, e in zip(found, expected):
        if f["dtype"] != e["dtype"]:
            raise CheckFailed(f"element_spec{f['path']}: expected dtype {e['dtype']}, found "
                              f"{f['dtype']} (cast it in a map, e.g. tf.cast(x, tf.{e['dtype']})).")
        want, got = e["shape"], f["shape"]
        if want is None:
            continue
        if got is None or len(got) != len(want) or any(w is not None and w != g
                                                       for w, g in zip(want, got)):
            raise CheckFailed(f"element_spec{f['path']}: expected shape {_shape_text(want)}, found "
                              f"{_shape_text(got)}.")


@register_judge(CHECK_DATASET)
def judge_dataset(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the observed dataset meets every expectation given."""
    ops = observation["ops"]
    if expectation.get("spec") is not None:
        _judge_spec(observation["spec"], expectation["spec"])
    sizes, first, second = observation["sizes"], observation["first"], observation["second"]
    batch_size = expectation.get("batch_size")
    if batch_size is not None:
        if not sizes:
            raise CheckFailed("the dataset is empty: it yielded no batch.")
        body, last = sizes[:-1], sizes[-1]
        wrong = next((i for i, s in enumerate(body) if s != batch_size), None)
        if wrong is not None:
            raise CheckFailed(f"batch {wrong + 1} has {body[wrong]} examples, expected {batch_size}: "
                              f"call .batch({batch_size}) once, after the per-example steps.")
        if expectation.get("drop_remainder") and last != batch_size:
            raise CheckFailed(f"the last batch has {last} examples; with drop_remainder=True every "
                              f"batch has {batch_size}.")
        if last > batch_size:
            raise CheckFailed(f"the last batch has {last} examples, more than {batch_size}.")
    num_examples = expectation.get("num_examples")
    if num_examples is not None and len(first) != num_examples:
        raise CheckFailed(f"one epoch yields {len(first)} examples, expected {num_examples}: "
                          + ("examples are repeated (a .repeat() or a duplicated source?)"
                             if len(first) > num_examples else
                             "examples are lost (.take(), a filter, or drop_remainder?)") + ".")
    if expectation.get("complete"):
        counts = Counter(first)
        repeated = sum(c - 1 for c in counts.values() if c > 1)
        source = expectation.get("source")
        if source is not None:
            want = Counter(source)
            missing = sum((want - counts).values())
            extra = sum((counts - want).values())
            if missing or extra:
                raise CheckFailed(
                    f"one epoch does not hold exactly the source examples: {missing} missing, "
                    f"{extra} extra or changed (out of {len(source)}). Shuffle with a buffer, not "
                    "with .take()/.skip(), and do not repeat inside the pipeline.")
        elif repeated and Counter(second) != counts:
            raise CheckFailed(f"{repeated} example(s) appear twice within one epoch and the two "
                              "epochs hold different examples: each epoch must see every example "
                              "exactly once.")
        if Counter(second) != counts:
            raise CheckFailed("the second epoch holds different examples from the first: each epoch "
                              "must see every example exactly once (no .repeat() or .take() on a "
                              "shuffled stream).")
    reshuffle = expectation.get("reshuffle")
    if reshuffle is True and first == second:
        shuffle_at = next((i for i, op in enumerate(ops) if op in _SHUFFLE_OPS), None)
        cache_at = next((i for i, op in enumerate(ops) if op in _CACHE_OPS), None)
        if shuffle_at is None:
            hint = "there is no .shuffle() in the pipeline"
        elif cache_at is not None and cache_at > shuffle_at:
            hint = ".cache() after .shuffle() freezes the first epoch's order: cache first, then shuffle"
        else:
            hint = ("use .shuffle(buffer_size) with reshuffle_each_iteration=True (the default) and "
                    "a buffer larger than 1")
        raise CheckFailed(f"two epochs come in the same order, expected a new order each epoch: {hint}.")
    if reshuffle is False and first != second:
        raise CheckFailed("two epochs come in different orders; this dataset must keep a fixed order "
                          "(no .shuffle(), e.g. for validation data).")
    for wanted, names, what in ((expectation.get("cached"), _CACHE_OPS, "cache"),
                                (expectation.get("prefetched"), _PREFETCH_OPS, "prefetch")):
        present = any(op in names for op in ops)
        if wanted is True and not present:
            raise CheckFailed(f"the pipeline has no .{what}(): add it"
                              + (" after the expensive map and before shuffling/batching."
                                 if what == "cache" else ", as the last step: "
                                 ".prefetch(tf.data.AUTOTUNE)."))
        if wanted is False and present:
            raise CheckFailed(f"the pipeline uses .{what}() but this exercise asks for none.")
    return float(points)


def check_dataset(ds: Any, *, element_spec: Any = None, batch_size: int | None = None,
                  num_examples: int | None = None, reshuffle: bool | None = None,
                  complete: bool = True, cached: bool | None = None,
                  prefetched: bool | None = None, points: float = 1.0,
                  drop_remainder: bool = False, source: Any = None) -> float:
    """Check a ``tf.data.Dataset`` (or a zero-argument builder): spec, batches, contents, order, ops.

    Args:
        ds: the dataset or a function that builds it.
        element_spec: the expected spec (a structure of ``tf.TensorSpec``); ``None`` dims in the
            expected shapes match anything.
        batch_size: every batch has this many examples; the last may be smaller unless
            ``drop_remainder``. ``None``: the dataset is not checked as batched.
        num_examples: the number of examples in one epoch.
        reshuffle: ``True``: two epochs come in different orders; ``False``: the same order.
        complete: each epoch holds every example exactly once: the same multiset of examples in
            both epochs, equal to ``source`` when given.
        cached: ``True``/``False``: a ``.cache()`` is / is not in the pipeline.
        prefetched: ``True``/``False``: a ``.prefetch()`` is / is not in the pipeline.
        points: the points of a correct pipeline.
        drop_remainder: the last batch must be full too.
        source: the expected examples of an epoch, in any order: ``(x, y)`` arrays (or any
            structure of arrays matching the elements) or a reference Dataset (unbatched).

    Examples are compared exactly (by their bytes), so ``source`` must hold them as the
    pipeline yields them (after any map).
    """
    with quiet():
        expected_spec = None if element_spec is None else spec_description(element_spec)
        expected_source = None if source is None else source_keys(source)
    expectation = {"spec": expected_spec, "batch_size": batch_size, "num_examples": num_examples,
                   "reshuffle": reshuffle, "complete": complete, "cached": cached,
                   "prefetched": prefetched, "drop_remainder": drop_remainder,
                   "source": expected_source}
    batched = True if batch_size is not None else None
    return run_check(CHECK_DATASET, lambda: observe_dataset(ds, batched), expectation, points)


# ---------------------------------------------------------------------------- check_throughput
def slow_source(n: int = 48, delay: float = 0.004, features: int = 4) -> tf.data.Dataset:
    """Return a deliberately slow dataset of ``n`` ``(x, y)`` examples: each costs ``delay`` s.

    The cost is a ``tf.py_function`` that sleeps, applied with ``map``: a pipeline gets faster
    with ``map(..., num_parallel_calls=tf.data.AUTOTUNE)`` applied to :func:`slow_parse` on a
    plain source (without op determinism), or with ``cache()`` after the slow step.
    """
    return plain_source(n, features).map(lambda x, y: slow_parse(x, y, delay))


def plain_source(n: int = 48, features: int = 4) -> tf.data.Dataset:
    """Return the fast source behind :func:`slow_source`: ``n`` ``(x, y)`` pairs, ``x`` of ``features``."""
    x = np.arange(n * features, dtype="float32").reshape(n, features) / (n * features)
    y = (np.arange(n) % 3).astype("int32")
    return tf.data.Dataset.from_tensor_slices((x, y))


def slow_parse(x, y, delay: float = 0.004):
    """A deliberately slow per-example step (sleeps ``delay`` s in a py_function), identity on data."""

    def sleep(value):
        time.sleep(delay)
        return value

    x = tf.py_function(sleep, [x], tf.float32)
    x.set_shape(tf.TensorShape([None]))
    return x, y


def _epoch_time(dataset: tf.data.Dataset, consumer_delay: float) -> float:
    start = time.perf_counter()
    for _ in dataset:
        if consumer_delay:
            time.sleep(consumer_delay)
    return time.perf_counter() - start


def _build_pipeline(builder: Any, what: str, source: Callable[[], tf.data.Dataset]) -> tf.data.Dataset:
    takes_source = (callable(builder) and not isinstance(builder, tf.data.Dataset)
                    and required_positional(builder) >= 1)
    return as_dataset(builder, what, *((source(),) if takes_source else ()))


def _rank(dataset: tf.data.Dataset) -> int:
    leaf = _flatten_with_paths(dataset.element_spec)[0][1]
    return leaf.shape.rank or 0


def time_pipeline(dataset: tf.data.Dataset, what: str, repeats: int, consumer_delay: float,
                  batched: bool) -> dict:
    """Run a warm-up epoch (recording the examples), then time ``repeats`` epochs."""
    keys, _ = call_student(epoch_contents, f"iterating {what}", dataset, batched)
    times = [call_student(_epoch_time, f"iterating {what}", dataset, consumer_delay)
             for _ in range(repeats)]
    return {"times": times, "median": statistics.median(times), "keys": sorted(keys)}


def observe_throughput(build_fast: Any, build_slow: Any, repeats: int, consumer_delay: float,
                       source: Callable[[], tf.data.Dataset]) -> dict:
    """Time the naive and the student's pipelines over the same source.

    Examples are compared one by one: a pipeline whose elements have a higher rank than the
    other's is taken as batched and split into examples.
    """
    naive = _build_pipeline(build_slow, "the naive pipeline", source)
    student = _build_pipeline(build_fast, "your pipeline", source)
    base = min(_rank(naive), _rank(student))
    slow = time_pipeline(naive, "the naive pipeline", repeats, consumer_delay, _rank(naive) > base)
    fast = time_pipeline(student, "your pipeline", repeats, consumer_delay, _rank(student) > base)
    return {"fast": fast["times"], "slow": slow["times"],
            "fast_median": fast["median"], "slow_median": slow["median"],
            "same_examples": fast["keys"] == slow["keys"],
            "fast_count": len(fast["keys"]), "slow_count": len(slow["keys"])}


@register_judge(CHECK_THROUGHPUT)
def judge_throughput(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the student's pipeline yields the same examples, fast enough."""
    if not observation["same_examples"]:
        raise CheckFailed(
            f"your pipeline yields {observation['fast_count']} examples per epoch that differ from "
            f"the naive pipeline's {observation['slow_count']}: make it faster without changing "
            "what it yields (no .take(), no dropped or repeated examples).")
    fast, slow = observation["fast_median"], observation["slow_median"]
    speedup = slow / max(fast, 1e-9)
    if speedup < expectation["min_speedup"]:
        raise CheckFailed(
            f"your pipeline takes {fast:.3f} s per epoch, the naive one {slow:.3f} s: {speedup:.1f}x "
            f"faster, expected at least {expectation['min_speedup']:.1f}x. Put cache() after the "
            "slow step, end with prefetch(tf.data.AUTOTUNE), and give pure-TensorFlow maps "
            "num_parallel_calls=tf.data.AUTOTUNE.")
    return float(points)


def check_throughput(build_fast: Any, build_slow: Any, *, min_speedup: float, points: float = 1.0,
                     repeats: int = 2, consumer_delay: float = 0.0,
                     source: Callable[[], tf.data.Dataset] | None = None) -> float:
    """Check that the student's pipeline is at least ``min_speedup`` times faster than a naive one.

    Time-based: each pipeline is built once, iterated once to warm up (filling a cache), then
    timed over ``repeats`` epochs; the medians are compared. Both must yield the same examples.

    Args:
        build_fast: the student's pipeline: a Dataset, a zero-argument builder, or a one-argument
            builder that receives ``source()`` (by default :func:`plain_source`, to be slowed with
            :func:`slow_parse`).
        build_slow: the naive pipeline, in the same forms.
        min_speedup: the required ratio of the naive median epoch time to the student's.
        points: the points of a fast enough pipeline.
        repeats: timed epochs per pipeline (after one warm-up epoch).
        consumer_delay: seconds slept per batch, to simulate a training step (makes prefetch count).
        source: a zero-argument function returning the source Dataset for one-argument builders.
    """
    source = source or plain_source
    return run_check(CHECK_THROUGHPUT,
                     lambda: observe_throughput(build_fast, build_slow, repeats, consumer_delay,
                                                source),
                     {"min_speedup": min_speedup}, points)

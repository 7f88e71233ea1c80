"""tf.data checks: a pipeline's structure and contents (check_dataset) and its speed (check_throughput).

:func:`check_dataset` iterates the student's dataset for two epochs and checks the element spec, the
batch sizes, that no example is lost or repeated within an epoch (the multiset of examples, compared
with ``source`` when given), that the order changes between epochs when reshuffling is asked, and
that ``cache``/``prefetch`` transformations are present where asked. The transformations are read
from the dataset's serialized graph (``Dataset._as_serialized_graph``), which lists every dataset op
(``CacheDatasetV2``, ``PrefetchDataset``, ``ShuffleDatasetV3``...) however the pipeline was built.

:func:`check_throughput` counts, never times: it builds the student's pipeline while the
exercise's slow step (``slow_parse``, a ``py_function``) is replaced by a counted copy, iterates a
few epochs and requires the step to run once per example, all in the first epoch (a ``cache()``
after it), with ``prefetch`` as the last step: the same verdict on an idle or a busy machine. Under
op determinism (``setup_chapter`` turns it on) tf.data runs a stateful ``map`` such as a
``py_function`` one element at a time, so ``num_parallel_calls`` does not speed up the slow step
and is not required.

Example::

    check_dataset(make_dataset, element_spec=(tf.TensorSpec((None, 10), tf.float32),
                  tf.TensorSpec((None,), tf.int32)), batch_size=32, num_examples=923,
                  reshuffle=True, prefetched=True, points=2)
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import threading
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
_PY_FUNCTION_OPS = ("EagerPyFunc", "PyFunc", "PyFuncStateless")
# Steps that only set options and change no element: they may follow the final prefetch.
_OPTION_OPS = ("OptionsDataset", "ModelDataset", "MaxIntraOpParallelismDataset",
               "PrivateThreadPoolDataset", "ThreadPoolDataset")


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


def _dataset_graph(dataset: tf.data.Dataset) -> Any:
    policy = tf.data.experimental.ExternalStatePolicy.IGNORE
    serialized = dataset._as_serialized_graph(external_state_policy=policy)
    graph = graph_pb2.GraphDef()
    graph.ParseFromString(serialized.numpy())
    return graph


def py_function_steps(dataset: tf.data.Dataset) -> list[int]:
    """Return the indices (in :func:`dataset_ops`' order) of the steps that run a ``tf.py_function``.

    A ``map`` whose function (or a function it calls) holds an ``EagerPyFunc``/``PyFunc`` op, as
    ``slow_parse`` does. Empty when the graph cannot be serialized.
    """
    try:
        graph = _dataset_graph(dataset)
    except Exception:  # a dataset TensorFlow cannot serialize: nothing known
        return []
    functions = {f.signature.name: f for f in graph.library.function}
    memo: dict[str, bool] = {}

    def calls(attrs: Any) -> list[str]:
        names = []
        for value in attrs.values():
            if value.func.name:
                names.append(value.func.name)
            names += [f.name for f in value.list.func]
        return names

    def runs_python(name: str) -> bool:
        if name not in memo:
            memo[name] = False
            body = functions.get(name)
            memo[name] = body is not None and any(
                node.op in _PY_FUNCTION_OPS or any(runs_python(n) for n in calls(node.attr))
                for node in body.node_def)
        return memo[name]

    nodes = [node for node in graph.node if "Dataset" in node.op]
    return [i for i, node in enumerate(nodes) if any(runs_python(n) for n in calls(node.attr))]


def dataset_ops(dataset: tf.data.Dataset) -> list[str]:
    """Return the dataset ops of ``dataset``'s graph, source first (e.g. ``["RangeDataset", ...]``).

    Reads the serialized graph, so it sees every transformation however it was applied; falls
    back to walking ``_input_dataset`` when the graph cannot be serialized.
    """
    try:
        return [node.op for node in _dataset_graph(dataset).node if "Dataset" in node.op]
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


def observe_dataset(ds: Any, batched: bool | None, clean: Any = None,
                    counted_step: Callable | None = None) -> dict:
    """Build the dataset, read its spec and ops, and iterate two epochs (four with ``clean``).

    ``batched=None`` reads from the graph whether the elements are batches of examples. With
    ``clean`` (the ``(images, labels)`` before a random augmentation), the two epochs' images are
    also matched to the clean images they came from (:func:`observe_noise`). With
    ``counted_step``, the dataset is built while that step is counted (:func:`counting_step`) and
    ``step_runs`` records how many times it ran in the first epoch and in all later ones.
    """
    counter = StepCounter()
    with counting_step(ds, counted_step, counter) if counted_step is not None else contextlib.nullcontext():
        dataset = as_dataset(ds)
    if batched is None:
        batched = is_batched(dataset_ops(dataset))
    first, sizes = call_student(epoch_contents, "iterating your dataset", dataset, batched)
    after_first = counter.count
    second, _ = call_student(epoch_contents, "iterating your dataset a second time", dataset, batched)
    observation = {"spec": spec_description(dataset.element_spec), "ops": dataset_ops(dataset),
                   "py_steps": py_function_steps(dataset),
                   "sizes": sizes, "first": first, "second": second}
    if clean is not None:
        observation["noise"] = observe_noise(dataset, clean, batched)
    if counted_step is not None:
        observation["step_runs"] = [after_first, counter.count - after_first]
    return observation


def _epoch_arrays(dataset: tf.data.Dataset, batched: bool) -> tuple[np.ndarray, np.ndarray]:
    images, labels = [], []
    for element in dataset:
        leaves = [np.asarray(leaf.numpy()) for _, leaf in _flatten_with_paths(element)]
        if len(leaves) != 2:
            raise CheckFailed(f"expected (image, label) elements, found {len(leaves)} component(s)")
        images.append(leaves[0] if batched else leaves[0][None])
        labels.append(np.reshape(leaves[1], (-1,)) if batched else np.reshape(leaves[1], (1,)))
        if sum(len(i) for i in images) > MAX_EXAMPLES:
            raise CheckFailed(f"the dataset yields more than {MAX_EXAMPLES} examples per epoch: is it "
                              "repeated forever (.repeat() without a count)?")
    if not images:
        return np.zeros((0, 0)), np.zeros((0,))
    flat = [i.reshape(len(i), -1).astype("float64") for i in images]
    if len({f.shape[1] for f in flat}) != 1:
        raise CheckFailed("the images do not all have the same size")
    return np.concatenate(flat), np.concatenate(labels)


def _nearest(found: np.ndarray, clean: np.ndarray) -> np.ndarray:
    """Index of the nearest clean image (Euclidean) for every found image."""
    norms = (clean ** 2).sum(axis=1)
    out = np.empty(len(found), dtype=np.int64)
    for start in range(0, len(found), 256):
        part = found[start:start + 256]
        distances = norms[None, :] - 2.0 * part @ clean.T
        out[start:start + 256] = distances.argmin(axis=1)
    return out


def _repeated_draws(first: np.ndarray, second: np.ndarray) -> int:
    """How many noise vectors of the second epoch also occur in the first (any image)."""
    if not len(first) or not len(second):
        return 0
    sums = first.sum(axis=1)
    order = np.argsort(sums)
    sorted_sums = sums[order]
    repeated = 0
    for vector in second:
        at = int(np.searchsorted(sorted_sums, vector.sum()))
        for j in range(max(0, at - 2), min(len(order), at + 2)):
            if np.allclose(first[order[j]], vector, rtol=0, atol=1e-5):
                repeated += 1
                break
    return repeated


def observe_noise(dataset: tf.data.Dataset, clean: Any, batched: bool) -> dict:
    """Match two epochs of augmented images to the clean images; describe the noise added.

    Returns the clean index of every example in order (``first``/``second``; identical clean
    images share the index of the first one), how many labels differ from their clean image's,
    the standard deviation of the added noise over each epoch, how many images got exactly the
    same noise in both epochs, and how many of the second epoch's noise draws repeat a draw of
    the first (a random stream that restarts every pass hands the same draws to other images).
    """
    clean_x = np.asarray(clean[0]).reshape(len(clean[0]), -1).astype("float64")
    clean_y = np.asarray(clean[1]).reshape(-1)
    lookup: dict[bytes, int] = {}
    first_of = np.array([lookup.setdefault(row.tobytes(), i) for i, row in enumerate(clean_x)])
    epochs = []
    for what in ("iterating your dataset", "iterating your dataset a second time"):
        images, labels = call_student(_epoch_arrays, what, dataset, batched)
        if images.shape[1:] != clean_x.shape[1:]:
            raise CheckFailed(f"the images hold {images.shape[1] if images.ndim == 2 else 0} values each, "
                              f"expected {clean_x.shape[1]} (the shape of the input images)")
        positions = first_of[_nearest(images, clean_x)]
        noise = images - clean_x[positions]
        epochs.append({"positions": positions, "labels": labels, "noise": noise})
    first, second = epochs
    same = 0
    by_image = {int(p): i for i, p in enumerate(first["positions"])}
    for i, p in enumerate(second["positions"]):
        j = by_image.get(int(p))
        if j is not None and np.allclose(first["noise"][j], second["noise"][i], rtol=0, atol=1e-6):
            same += 1
    return {"first": [int(p) for p in first["positions"]], "second": [int(p) for p in second["positions"]],
            "canonical": [int(i) for i in first_of],
            "wrong_labels": int(sum(int(np.sum(e["labels"].astype("int64") != clean_y[e["positions"]]))
                                    for e in epochs)),
            "noise_std": [float(e["noise"].std()) if e["noise"].size else 0.0 for e in epochs],
            "same_noise": same,
            "repeated_draws": _repeated_draws(first["noise"], second["noise"])}


def _shape_text(shape) -> str:
    if shape is None:
        return "unknown"
    dims = ["None" if d is None else str(d) for d in shape]
    return "(" + ", ".join(dims) + ("," if len(dims) == 1 else "") + ")"


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


def _positions(keys: list[str], source: list[str]) -> list[int]:
    """The source position of every example digest (the last position of a repeated example)."""
    where = {key: index for index, key in enumerate(source)}
    return [where.get(key, -1) for key in keys]


def _judge_full_shuffle(first: list[int], second: list[int], sizes: list[int], total: int) -> None:
    """Reach and mixing of a shuffle, from the source positions of two epochs' examples.

    Reach: the first batch of one of the two epochs holds an example from the last quarter of the
    source (a full shuffle misses it with probability (3/4)**(2 * batch), a buffer of B examples can
    only reach the first B + batch). Mixing: the batches are not the same groups in both epochs.
    """
    if len(sizes) > 1:
        def groups(order: list[int]) -> Counter:
            out, at = Counter(), 0
            for size in sizes:
                out[tuple(sorted(order[at:at + size]))] += 1
                at += size
            return out

        if groups(first) == groups(second):
            raise CheckFailed("the same examples form the batches in both epochs (only the order of "
                              "whole batches changes): shuffle the examples before .batch(), not after.")
    batch = sizes[0] if sizes else min(32, total)  # unbatched: the first 32 examples
    heads = [p for p in first[:batch] + second[:batch] if p >= 0]
    if total >= 8 and heads and max(heads) < total - total // 4:
        raise CheckFailed(
            f"the first batches of two epochs only hold examples from the first {max(heads) + 1} of "
            f"{total} source positions: the shuffle does not reach the whole data. Shuffle with a "
            "buffer as large as the data: .shuffle(len(x)).")


def _judge_noise(noise: dict, expected_std: float, total: int) -> None:
    """Every clean image once per epoch, with fresh noise of the expected size in every epoch."""
    if noise["wrong_labels"]:
        raise CheckFailed(f"{noise['wrong_labels']} augmented image(s) carry another label than the "
                          "image they came from: images and labels must stay paired.")
    want = Counter(noise["canonical"])
    for name, order in (("first", noise["first"]), ("second", noise["second"])):
        found = Counter(order)
        if found != want:
            missing, extra = sum((want - found).values()), sum((found - want).values())
            raise CheckFailed(f"the {name} epoch does not hold every image exactly once: {missing} "
                              f"missing, {extra} repeated (out of {total}).")
    for std in noise["noise_std"]:
        if std < 0.1 * expected_std:
            raise CheckFailed("the images come out unchanged: no noise was added. Apply add_noise "
                              "with .map(add_noise) after the cache.")
        if not 0.8 * expected_std <= std <= 1.25 * expected_std:
            raise CheckFailed(f"the noise added to the images has a standard deviation of {std:.3f}, "
                              f"add_noise draws {expected_std:g}: apply add_noise exactly once to "
                              "every image.")
    if noise["same_noise"] > total // 10:
        raise CheckFailed(f"{noise['same_noise']} of {total} images get exactly the same noise in two "
                          "epochs: the augmentation is frozen (a random map before .cache(), or a "
                          ".cache() after it). Cache first, then augment.")
    if noise["repeated_draws"] > total // 2:
        raise CheckFailed(f"{noise['repeated_draws']} of {total} noise draws of the second epoch "
                          "repeat draws of the first, handed to other images: a random op that "
                          "restarts its stream every pass (plain tf.random.normal under the "
                          "chapter's seeding). Use add_noise, whose tf.random.Generator moves on.")


def _judge_steps(ops: list[str], py_steps: list[int], expectation: dict) -> None:
    """Prefetch as the last step; the expensive py_function step before the cache."""
    if expectation.get("prefetched") is True and any(op in _PREFETCH_OPS for op in ops):
        last = max(i for i, op in enumerate(ops) if op in _PREFETCH_OPS)
        after = [op for op in ops[last + 1:] if op not in _OPTION_OPS]
        if after:
            raise CheckFailed(f".prefetch() must be the last step, found {', '.join(after)} after it "
                              "(e.g. a .cache() after .prefetch() leaves nothing prefetched once the "
                              "cache is full): end the pipeline with .prefetch(tf.data.AUTOTUNE).")
    if expectation.get("slow_step_cached"):
        if not py_steps:
            raise CheckFailed("the pipeline runs no py_function step: keep the expensive step "
                              "(.map(slow_parse)) and cache its results, do not rewrite it.")
        caches = [i for i, op in enumerate(ops) if op in _CACHE_OPS]
        if caches and max(caches) < max(py_steps):
            raise CheckFailed("the expensive map (slow_parse) runs after the .cache(), so every epoch "
                              "pays for it again: put .cache() right after .map(slow_parse).")


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
                          + ("there are extra examples (short trailing windows? a .repeat()? a "
                             "duplicated source?)" if len(first) > num_examples else
                             "examples are lost (.take(), a filter, drop_remainder=True, or windows "
                             "cut too short?)") + ".")
    source = expectation.get("source")
    if expectation.get("complete"):
        counts = Counter(first)
        repeated = sum(c - 1 for c in counts.values() if c > 1)
        if source is not None:
            want = Counter(source)
            missing = sum((want - counts).values())
            extra = sum((counts - want).values())
            if missing or extra:
                raise CheckFailed(
                    f"one epoch does not hold exactly the source examples: {missing} missing, "
                    f"{extra} extra or changed (out of {len(source)}). Keep every example with its "
                    "own label and values; shuffle with a buffer, not with .take()/.skip(), and do "
                    "not repeat inside the pipeline.")
        elif repeated and Counter(second) != counts:
            raise CheckFailed(f"{repeated} example(s) appear twice within one epoch and the two "
                              "epochs hold different examples: each epoch must see every example "
                              "exactly once.")
        if Counter(second) != counts:
            raise CheckFailed("the second epoch holds different examples from the first: each epoch "
                              "must see every example exactly once (no .repeat() or .take() on a "
                              "shuffled stream).")
    if expectation.get("in_order") and source is not None and first != source:
        at = next((i for i, (f, s) in enumerate(zip(first, source)) if f != s), min(len(first), len(source)))
        raise CheckFailed(f"the examples do not come in the source's order (example {at + 1} differs): "
                          "keep the original order, with no .shuffle().")
    noise = observation.get("noise")
    if expectation.get("noise_std") is not None:
        if noise is None:
            raise CheckFailed("malformed export: the augmentation was not observed")
        _judge_noise(noise, expectation["noise_std"], len(noise["canonical"]))
    reshuffle = expectation.get("reshuffle")
    same_order = first == second if noise is None else noise["first"] == noise["second"]
    if reshuffle is True and same_order:
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
    if reshuffle is False and not same_order:
        raise CheckFailed("two epochs come in different orders; this dataset must keep a fixed order "
                          "(no .shuffle(), e.g. for validation data).")
    if expectation.get("full_shuffle"):
        if noise is not None:
            _judge_full_shuffle(noise["first"], noise["second"], sizes, len(noise["canonical"]))
        elif source is not None:
            _judge_full_shuffle(_positions(first, source), _positions(second, source), sizes, len(source))
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
    if expectation.get("counted_step"):
        runs = observation.get("step_runs")
        if runs is None:
            raise CheckFailed("malformed export: the runs of the expensive step were not counted")
        judge_step_runs(runs, expectation["counted_total"], expectation["counted_step"], per_epoch=False)
    _judge_steps(ops, observation.get("py_steps", []), expectation)
    return float(points)


def judge_step_runs(runs: list[int], total: int, step: str, per_epoch: bool = True) -> None:
    """Fail unless ``step`` ran ``total`` times in the first epoch and never in later ones.

    ``runs``: the step's runs in each epoch (``per_epoch``), or in the first epoch and then in all
    later ones together.
    """
    counts = ", ".join(str(r) for r in runs)
    over = (f"in {len(runs)} epochs of {total} examples" if per_epoch else
            f"(in the first epoch, then in the later ones) for {total} examples")
    if sum(runs) == 0:
        raise CheckFailed(f"your pipeline never runs {step}: keep the expensive step (map {step}, "
                          "calling it by its name) and cache its results, do not rewrite it.")
    if any(runs[1:]):
        raise CheckFailed(
            f"{step} ran {counts} times {over}: every epoch pays for it again. Cache its results: "
            f".cache() right after .map({step}) (and keep the dataset .cache() returns), so that it "
            "runs once per example, in the first epoch only.")
    if runs[0] != total:
        raise CheckFailed(f"{step} ran {runs[0]} times in the first epoch, expected once for each of "
                          f"the {total} examples: map it over every example, once.")


def check_dataset(ds: Any, *, element_spec: Any = None, batch_size: int | None = None,
                  num_examples: int | None = None, reshuffle: bool | None = None,
                  complete: bool = True, cached: bool | None = None,
                  prefetched: bool | None = None, points: float = 1.0,
                  drop_remainder: bool = False, source: Any = None, in_order: bool = False,
                  full_shuffle: bool = False, augmented_from: Any = None,
                  noise_std: float | None = None, slow_step_cached: bool = False,
                  counted_step: Callable | None = None) -> float:
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
        prefetched: ``True``/``False``: a ``.prefetch()`` is / is not in the pipeline; ``True``
            also asks for it as the last step (steps that only set options may follow).
        points: the points of a correct pipeline.
        drop_remainder: the last batch must be full too.
        source: the expected examples of an epoch, in any order: ``(x, y)`` arrays (or any
            structure of arrays matching the elements) or a reference Dataset (unbatched).
        in_order: the first epoch yields exactly ``source``, in its order.
        full_shuffle: the shuffle reaches the whole data (an example from the last quarter of
            ``source`` in the first batch of one of two epochs) and mixes the examples before
            batching (the batches are not the same groups in both epochs).
        augmented_from: ``(images, labels)`` before a random augmentation: every epoch holds each
            of them once (matched to the nearest clean image), with its label; needs ``noise_std``.
        noise_std: the standard deviation of the additive noise expected on ``augmented_from``
            (within 0.8x-1.25x), new for every image in every epoch, not the same draws handed to
            other images.
        slow_step_cached: the pipeline has a ``tf.py_function`` step (the expensive map) and a
            ``.cache()`` after it.
        counted_step: an expensive deterministic step the exercise gives (e.g. ``decode_image``):
            while ``ds`` (a builder) builds the dataset, every global name of its module bound to
            the step is a counted copy (as in :func:`check_throughput`); over the epochs iterated it
            must run once per example (``num_examples``, required), all in the first epoch.

    Examples are compared exactly (by their bytes), so ``source`` must hold them as the
    pipeline yields them (after any map).
    """
    with quiet():
        expected_spec = None if element_spec is None else spec_description(element_spec)
        expected_source = None if source is None else source_keys(source)
    if (augmented_from is None) != (noise_std is None):
        raise ValueError("augmented_from and noise_std go together")
    if counted_step is not None and (num_examples is None or not callable(ds)):
        raise ValueError("counted_step needs num_examples and a builder function as ds")
    expectation = {"spec": expected_spec, "batch_size": batch_size, "num_examples": num_examples,
                   "reshuffle": reshuffle, "complete": complete, "cached": cached,
                   "prefetched": prefetched, "drop_remainder": drop_remainder,
                   "source": expected_source, "in_order": in_order, "full_shuffle": full_shuffle,
                   "noise_std": noise_std, "slow_step_cached": slow_step_cached,
                   "counted_step": getattr(counted_step, "__name__", "the expensive step") if counted_step else None,
                   "counted_total": num_examples}
    batched = True if batch_size is not None else None
    return run_check(CHECK_DATASET, lambda: observe_dataset(ds, batched, augmented_from, counted_step),
                     expectation, points)


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


class StepCounter:
    """Counts the examples a slow step processes: :meth:`wrap` returns the counted step.

    The counted step calls the original and passes its first output through a ``tf.py_function``
    that adds one per element, so the count is the number of times tf.data really ran the step
    (a cached element is not counted again). Thread-safe: a parallel map may tick concurrently.
    """

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def _tick(self, value):
        with self._lock:
            self.count += 1
        return value

    def wrap(self, step: Callable) -> Callable:
        """Return a function that behaves as ``step`` in a ``Dataset.map`` and counts its runs."""

        def counted(*args, **kwargs):
            out = step(*args, **kwargs)
            leaves = tf.nest.flatten(out)
            first = tf.convert_to_tensor(leaves[0])
            ticked = tf.py_function(self._tick, [first], first.dtype)
            ticked.set_shape(first.shape)
            return tf.nest.pack_sequence_as(out, [ticked] + leaves[1:])

        functools.update_wrapper(counted, step)
        return counted


@contextlib.contextmanager
def counting_step(builder: Any, step: Callable, counter: StepCounter):
    """While inside, every global name of ``builder``'s module bound to ``step`` is its counted form.

    The student's builder looks ``slow_parse`` up by name when it runs, so the pipeline it builds
    maps the counted step. Yields the names rebound (empty when ``builder`` holds no such global).
    """
    namespace = getattr(builder, "__globals__", None)
    names = [name for name, value in (namespace or {}).items() if value is step]
    counted = counter.wrap(step)
    for name in names:
        namespace[name] = counted
    try:
        yield names
    finally:
        for name in names:
            if namespace.get(name) is counted:
                namespace[name] = step


def _build_pipeline(builder: Any, what: str, source: Callable[[], tf.data.Dataset]) -> tf.data.Dataset:
    takes_source = (callable(builder) and not isinstance(builder, tf.data.Dataset)
                    and required_positional(builder) >= 1)
    return as_dataset(builder, what, *((source(),) if takes_source else ()))


def _rank(dataset: tf.data.Dataset) -> int:
    leaf = _flatten_with_paths(dataset.element_spec)[0][1]
    return leaf.shape.rank or 0


def count_examples(source: Callable[[], tf.data.Dataset]) -> int:
    """Return the number of examples of ``source()`` (its cardinality, else by iterating it)."""
    dataset = source()
    known = int(dataset.cardinality())
    return known if known >= 0 else sum(1 for _ in dataset)


def observe_throughput(build_fast: Any, build_slow: Any, slow_step: Callable, epochs: int,
                       source: Callable[[], tf.data.Dataset]) -> dict:
    """Run ``epochs`` epochs of the student's pipeline, counting the runs of ``slow_step`` in each.

    The naive pipeline is built with the real step and iterated once, for the examples both must
    yield; the student's is built while ``slow_step`` is counted (:func:`counting_step`). Examples
    are compared one by one: a pipeline whose elements have a higher rank than the other's is
    taken as batched and split into examples. Also records the student's dataset ops and which of
    them run a ``py_function`` (the structure the judge reads). No timing: the verdict is the same
    on a busy machine.
    """
    naive = _build_pipeline(build_slow, "the naive pipeline", source)
    counter = StepCounter()
    with counting_step(build_fast, slow_step, counter):
        student = _build_pipeline(build_fast, "your pipeline", source)
    base = min(_rank(naive), _rank(student))
    slow_keys, _ = call_student(epoch_contents, "iterating the naive pipeline", naive, _rank(naive) > base)
    runs, fast_keys = [], []
    for epoch in range(epochs):
        before = counter.count
        keys, _ = call_student(epoch_contents, f"iterating your pipeline (epoch {epoch + 1})", student,
                               _rank(student) > base)
        runs.append(counter.count - before)
        fast_keys = fast_keys or keys
    return {"runs": runs, "same_examples": sorted(fast_keys) == sorted(slow_keys),
            "fast_count": len(fast_keys), "slow_count": len(slow_keys),
            "ops": dataset_ops(student), "py_steps": py_function_steps(student)}


@register_judge(CHECK_THROUGHPUT)
def judge_throughput(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the pipeline yields the naive examples and runs the slow step once each.

    Counts, not seconds: over ``epochs`` epochs the slow step must run once per source example, all
    in the first epoch (a cache after it), and the pipeline must end with ``prefetch`` when asked.
    """
    if not observation["same_examples"]:
        raise CheckFailed(
            f"your pipeline yields {observation['fast_count']} examples per epoch that differ from "
            f"the naive pipeline's {observation['slow_count']}: make it faster without changing "
            "what it yields (no .take(), no dropped or repeated examples).")
    runs, epochs, total = observation["runs"], expectation["epochs"], expectation["num_examples"]
    step = expectation["step"]
    if len(runs) != epochs:
        raise CheckFailed(f"malformed export: {len(runs)} epoch(s) observed, {epochs} expected")
    judge_step_runs(runs, total, step)
    ops = observation["ops"]
    if expectation.get("prefetched") and not any(op in _PREFETCH_OPS for op in ops):
        raise CheckFailed("the pipeline has no .prefetch(): end it with .prefetch(tf.data.AUTOTUNE).")
    _judge_steps(ops, observation.get("py_steps", []),
                 {"prefetched": expectation.get("prefetched"), "slow_step_cached": True})
    return float(points)


def check_throughput(build_fast: Any, build_slow: Any, *, slow_step: Callable, epochs: int = 3,
                     prefetched: bool = True, points: float = 1.0,
                     source: Callable[[], tf.data.Dataset] | None = None) -> float:
    """Check that the student's pipeline runs a slow step once per example over several epochs.

    Deterministic (a budget in steps, never seconds): ``slow_step`` is counted while the student's
    pipeline is built (every global name of ``build_fast``'s module bound to it is rebound to a
    counted copy, then restored), then the pipeline is iterated for ``epochs`` epochs. It passes
    when it yields the naive pipeline's examples, the slow step ran once for each of the
    ``source()`` examples, all in the first epoch (a ``cache()`` after the slow step), and, with
    ``prefetched``, a ``prefetch`` is the last step.

    Args:
        build_fast: the student's pipeline: a zero-argument builder, or a one-argument builder that
            receives ``source()`` (by default :func:`plain_source`). It must look ``slow_step`` up
            by its global name (``source.map(slow_parse)``) for the runs to be counted.
        build_slow: the naive pipeline (e.g. ``lambda source: source.map(slow_parse)``), in the
            same forms: the examples the student's must yield. It runs the real step.
        slow_step: the expensive per-example function the exercise gives (``slow_parse``).
        epochs: epochs iterated (at least 2): the slow step must not run after the first.
        prefetched: the pipeline must end with ``prefetch`` (option-only steps may follow).
        points: the points of a correct pipeline.
        source: a zero-argument function returning the source Dataset for one-argument builders.
    """
    if epochs < 2:
        raise ValueError("epochs must be at least 2: a cache only shows from the second epoch")
    source = source or plain_source
    with quiet():
        expectation = {"epochs": int(epochs), "num_examples": count_examples(source),
                       "step": getattr(slow_step, "__name__", "the slow step"),
                       "prefetched": bool(prefetched)}
    return run_check(CHECK_THROUGHPUT,
                     lambda: observe_throughput(build_fast, build_slow, slow_step, epochs, source),
                     expectation, points)

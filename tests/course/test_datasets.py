"""Reference datasets: shapes, determinism, hidden splits from seeds, checksums, rebuild, mnist."""

import hashlib
import json

import numpy as np
import pandas as pd
import pytest

from course.datasets import DATASETS, DataIntegrityError, load
from course.datasets import storage
from course.datasets.build import build_all

EXPECTED = {
    # name: (train x shape, test x shape, hidden x shape, classes or None for regression)
    "fizzbuzz": ((923, 10), (100, 10), (100, 10), 4),
    "alphabet": ((208, 3), (52, 3), (100, 3), 26),
    "shapes": ((800, 16, 16, 1), (200, 16, 16, 1), (200, 16, 16, 1), 4),
    "tabular": ((800, 6), (200, 6), (300, 6), 2),
    "imbalanced": ((2000, 8), (500, 8), (1000, 8), 2),
    "regression": ((1000, 4), (250, 4), (500, 4), None),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_splits_have_documented_shapes(name):
    train_shape, test_shape, hidden_shape, classes = EXPECTED[name]
    for split, shape, seed in (("train", train_shape, None), ("test", test_shape, None), ("hidden", hidden_shape, 7)):
        x, y = load(name, split, seed=seed)
        assert x.shape == shape
        assert len(y) == shape[0]
        if classes is not None:
            assert set(np.unique(y)) <= set(range(classes))


def test_tabular_is_a_dataframe_with_categorical_columns():
    x, y = load("tabular", "train")
    assert isinstance(x, pd.DataFrame)
    assert list(x.columns) == ["age", "income", "tenure_months", "support_calls", "city", "plan"]
    assert set(x["city"]) == {"north", "south", "east", "west"}
    assert 0.2 < y.mean() < 0.5


def test_imbalanced_has_few_positives():
    _, y = load("imbalanced", "train")
    assert 0.05 <= y.mean() <= 0.10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hidden_split_depends_on_seed_only(name):
    x1, y1 = load(name, "hidden", seed=123)
    x2, y2 = load(name, "hidden", seed=123)
    x3, _ = load(name, "hidden", seed=124)
    pd.testing.assert_frame_equal(pd.DataFrame(np.asarray(x1).reshape(len(y1), -1)),
                                  pd.DataFrame(np.asarray(x2).reshape(len(y2), -1)))
    np.testing.assert_array_equal(y1, y2)
    assert not np.array_equal(np.asarray(x1), np.asarray(x3))


def test_fizzbuzz_encoding_and_labels():
    x, y = load("fizzbuzz", "test")
    # row i is the number i + 1: 3 -> fizz, 5 -> buzz, 15 -> fizzbuzz, 7 -> number
    assert y[2] == 1 and y[4] == 2 and y[14] == 3 and y[6] == 0
    np.testing.assert_array_equal(x[4], [1, 0, 1, 0, 0, 0, 0, 0, 0, 0])


@pytest.mark.parametrize(
    "args, message",
    [
        (("nope", "train"), "unknown dataset 'nope'"),
        (("fizzbuzz", "valid"), "unknown split 'valid'"),
        (("fizzbuzz", "hidden"), "needs an integer seed"),
        (("mnist", "hidden"), "only the 'train' and 'test' splits"),
    ],
)
def test_user_errors_are_one_line(args, message):
    with pytest.raises(ValueError, match=message):
        load(*args)


def test_shipped_files_match_manifest():
    manifest = storage.read_manifest()
    assert set(manifest) == {f"{name}.npz" for name in DATASETS}
    for file_name, digest in manifest.items():
        assert hashlib.sha256((storage.DATA_DIR / file_name).read_bytes()).hexdigest() == digest
    total = sum(p.stat().st_size for p in storage.DATA_DIR.iterdir())
    assert total < 2_000_000


def test_rebuild_reproduces_shipped_files(tmp_path):
    assert build_all(tmp_path) == storage.read_manifest()


def test_corrupted_file_is_refused(tmp_path, monkeypatch):
    build_all(tmp_path)
    path = tmp_path / "regression.npz"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DataIntegrityError, match="does not match its sha256"):
        storage.load_verified("regression.npz", tmp_path)
    (tmp_path / "MANIFEST.json").write_text(json.dumps({}))
    with pytest.raises(DataIntegrityError, match="not listed"):
        storage.load_verified("regression.npz", tmp_path)


def test_mnist_from_local_file(tmp_path):
    path = tmp_path / "mnist.npz"
    rng = np.random.default_rng(0)
    np.savez(path, x_train=rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
             y_train=np.arange(5, dtype=np.uint8),
             x_test=np.full((2, 28, 28), 255, dtype=np.uint8), y_test=np.array([7, 1], dtype=np.uint8))
    x, y = load("mnist", "test", path=path)
    assert x.shape == (2, 28, 28) and x.dtype == np.float32 and x.max() == 1.0
    np.testing.assert_array_equal(y, [7, 1])
    with pytest.raises(FileNotFoundError, match="no MNIST file"):
        load("mnist", "train", path=tmp_path / "missing.npz")


def test_mnist_default_goes_through_keras_loader(monkeypatch):
    import keras

    fake = ((np.zeros((3, 28, 28), np.uint8), np.arange(3)), (np.zeros((1, 28, 28), np.uint8), np.array([4])))
    monkeypatch.setattr(keras.datasets.mnist, "load_data", lambda: fake)
    x, y = load("mnist", "test")
    assert x.shape == (1, 28, 28) and y.tolist() == [4]

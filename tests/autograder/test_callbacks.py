"""check_callbacks: callbacks judged by what they do on scripted epochs and in a real fit."""

import re

import pytest

from autograder.checks import CheckFailed, check_callbacks, rejudge
from autograder.quiet import quiet

with quiet():
    import keras

WOBBLES = [{"loss": 1.2 - 0.1 * i, "val_loss": v}
           for i, v in enumerate([1.00, 0.95, 0.97, 0.94, 0.96, 0.99, 0.93, 0.98, 0.99, 1.01])]


def reference(path):
    return [keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True),
            keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True),
            keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2)]


def test_another_spelling_of_the_same_callbacks_passes():
    def student(checkpoint_path):
        return (keras.callbacks.ReduceLROnPlateau(factor=0.5, patience=2, mode="min"),
                keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True, verbose=1),
                keras.callbacks.ModelCheckpoint(filepath=checkpoint_path, save_best_only=True))

    assert check_callbacks(student, reference=reference, logs=[WOBBLES], points=4) == 4.0


@pytest.mark.parametrize("change, message", [
    (dict(es={"restore_best_weights": False}), "should hold the weights of epoch 7, it holds those of epoch 10"),
    (dict(es={"patience": 2}), "should have stopped after epoch 10, it stopped after epoch 6"),
    (dict(ck={"save_best_only": False}), "written after epochs [1, 2, 4, 7], it was written after epochs [1, 2, 3"),
    (dict(lr={"factor": 0.1}), "in epoch 7 the optimizer should train with learning rate 0.05, it trained with 0.01"),
    (dict(es={"monitor": "loss"}), "should have stopped after epoch 10, it never stopped"),
])
def test_each_wrong_setting_is_named_by_what_it_changes(change, message):
    def student(path):
        return [keras.callbacks.EarlyStopping(**{"monitor": "val_loss", "patience": 3, "restore_best_weights": True,
                                                 **change.get("es", {})}),
                keras.callbacks.ModelCheckpoint(path, **{"monitor": "val_loss", "save_best_only": True,
                                                         **change.get("ck", {})}),
                keras.callbacks.ReduceLROnPlateau(**{"monitor": "val_loss", "factor": 0.5, "patience": 2,
                                                     **change.get("lr", {})})]

    with pytest.raises(CheckFailed, match=re.escape(message)):
        check_callbacks(student, reference=reference, logs=[WOBBLES])


def test_a_missing_checkpoint_says_so_and_names_the_callbacks_found():
    def student(path):
        return [keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True),
                keras.callbacks.ReduceLROnPlateau(factor=0.5, patience=2)]

    with pytest.raises(CheckFailed, match=r"never written.*your callbacks: EarlyStopping\(monitor='val_loss'"):
        check_callbacks(student, reference=reference, logs=[WOBBLES])


def test_not_callbacks_and_raising_callbacks_are_messages():
    with pytest.raises(CheckFailed, match="must give a keras.callbacks.Callback or a list of them, found dict"):
        check_callbacks(lambda path: {"es": 1}, reference=reference, logs=[WOBBLES])

    class Broken(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            raise KeyError("val_acc")

    with pytest.raises(CheckFailed, match="a callback raised KeyError"):
        check_callbacks(lambda: Broken(), reference=lambda: [], logs=[WOBBLES])


def schedule(epoch, lr):
    return 0.01 * 0.5 ** (epoch // 3)


def test_a_schedule_is_judged_by_the_rate_of_every_epoch_and_after_a_fit(tmp_path, monkeypatch):
    def model():
        built = keras.Sequential([keras.Input((10,)), keras.layers.Dense(4, activation="softmax")])
        built.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
        return built

    def halving(epoch, lr):
        return lr * 0.5 if epoch > 0 and epoch % 3 == 0 else lr

    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    fit = {"dataset": "fizzbuzz", "epochs": 7, "batch_size": 64, "examples": 128}
    ten = [[{"loss": 1.0}] * 10]
    assert check_callbacks(lambda: keras.callbacks.LearningRateScheduler(halving),
                           reference=lambda: keras.callbacks.LearningRateScheduler(schedule), logs=ten,
                           learning_rate=0.01, fit=fit, model=model, points=3) == 3.0
    with pytest.raises(CheckFailed, match="in epoch 1 the optimizer should train with learning rate 0.01, it trained with 0.005"):
        check_callbacks(lambda: keras.callbacks.LearningRateScheduler(lambda e, lr: lr * 0.5 if e % 3 == 0 else lr),
                        reference=lambda: keras.callbacks.LearningRateScheduler(schedule), logs=ten,
                        learning_rate=0.01)
    verdicts = rejudge(tmp_path)
    assert [v.points for v in verdicts] == [3.0, 0.0] and "in epoch 1 the optimizer" in verdicts[1].message


class Stop(keras.callbacks.Callback):
    def __init__(self, target, strict=False):
        super().__init__()
        self.target, self.strict = target, strict

    def on_epoch_end(self, epoch, logs=None):
        value = (logs or {}).get("val_accuracy")
        if value is not None and (value > self.target if self.strict else value >= self.target):
            self.model.stop_training = True


def test_a_stopping_callback_on_scripted_logs_and_in_a_fit():
    climbs = [{"val_accuracy": v} for v in (0.5, 0.75, 0.8, 0.9)]
    assert check_callbacks(lambda: Stop(0.75), reference=lambda: Stop(0.75), logs=[climbs]) == 1.0
    with pytest.raises(CheckFailed, match=r"scripted run 1 \(val_accuracy 0.5 0.75 0.8 0.9\): training should "
                                          r"have stopped after epoch 2, it stopped after epoch 3"):
        check_callbacks(lambda: Stop(0.75, strict=True), reference=lambda: Stop(0.75), logs=[climbs])

    def model():
        built = keras.Sequential([keras.Input((16, 16, 1)), keras.layers.Flatten(),
                                  keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4, activation="softmax")])
        built.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy",
                      metrics=["accuracy"])
        return built

    fit = {"dataset": "shapes", "epochs": 10, "batch_size": 32, "examples": 320}
    with pytest.raises(CheckFailed, match="fit should have run 4 epochs, it ran 10"):
        check_callbacks(lambda: Stop(2.0), reference=lambda: Stop(0.75), logs=[], fit=fit, model=model)


def test_an_expected_recording_given_as_data_judges_only_the_keys_it_names():
    climbs = [{"val_accuracy": v} for v in (0.5, 0.75, 0.8, 0.9)]
    assert check_callbacks(lambda: Stop(0.75), reference=[{"stopped_after": 2}], logs=[climbs]) == 1.0
    with pytest.raises(CheckFailed, match="training should have stopped after epoch 2, it stopped after epoch 3"):
        check_callbacks(lambda: Stop(0.75, strict=True), reference=[{"stopped_after": 2}], logs=[climbs])
    rates = [0.01, 0.01, 0.01, 0.005, 0.005]
    with pytest.raises(CheckFailed, match="in epoch 4 the optimizer should train with learning rate 0.005, it trained with 0.01"):
        check_callbacks(lambda: keras.callbacks.LearningRateScheduler(lambda epoch, lr: lr), reference=[{"rates": rates}],
                        logs=[[{"loss": 1.0}] * 5], learning_rate=0.01)
    with pytest.raises(ValueError, match="one dict per scripted run"):
        check_callbacks(lambda: Stop(0.75), reference=[{"stopped_after": 2}], logs=[climbs, climbs])

# expect: test_best_epoch=4
# why: keras.ops.argmin, converted to int
def best_epoch(history):
    return int(keras.ops.convert_to_numpy(keras.ops.argmin(history["val_loss"]))) + 1

diagnoses = {"run_a": "underfitting", "run_b": "overfitting", "run_c": "good fit"}

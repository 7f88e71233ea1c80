# expect: test_compile_fizzbuzz_model=3
# why: the loss given as the function keras.losses.sparse_categorical_crossentropy instead of its string name
from keras.losses import sparse_categorical_crossentropy
from keras.optimizers import Adam


def compile_fizzbuzz_model(model):
    model.compile(Adam(learning_rate=0.01), sparse_categorical_crossentropy, metrics=["accuracy"])
    return model

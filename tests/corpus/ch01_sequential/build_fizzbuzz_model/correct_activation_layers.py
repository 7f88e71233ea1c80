# expect: test_build_fizzbuzz_model=3, test_compile_fizzbuzz_model=3
# why: Activation("relu") / Activation("softmax") layers after linear Dense layers are the same model as the fused activations
from keras.layers import Activation, Dense, Input


def build_fizzbuzz_model():
    model = keras.models.Sequential(name="fizzbuzz")
    model.add(Input(shape=(10,), name="bits"))
    model.add(Dense(256, name="hidden"))
    model.add(Activation("relu"))
    model.add(Dense(4, name="scores"))
    model.add(Activation("softmax", name="probabilities"))
    return model

# expect: test_build_vqa_model=4
# why: directly imported names; the vision Sequential starts with its own Input(16, 16, 1) and is called on the image input; both inputs listed, no deprecated args
# source: the hand-written scenario tests/notebooks/ch02_functional/correct_named_layers_and_own_compile (before the corpus)
from keras import Input, Model, Sequential
from keras.layers import LSTM, Conv2D, Dense, Embedding, Flatten, MaxPooling2D, concatenate


def build_vqa_model():
    vision = Sequential([Input(shape=(16, 16, 1)), Conv2D(8, (3, 3), activation="relu"), MaxPooling2D(),
                         Flatten()])
    image = Input(shape=(16, 16, 1), name="image")
    question = Input(shape=(6,), dtype="int32", name="question")
    words = Embedding(input_dim=100, output_dim=8)(question)
    merged = concatenate([vision(image), LSTM(units=16)(words)])
    return Model(inputs=[image, question], outputs=Dense(10, activation="softmax")(merged))

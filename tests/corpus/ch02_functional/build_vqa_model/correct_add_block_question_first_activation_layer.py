# expect: test_build_vqa_model=4
# why: vision block built with .add() (kernel 3, pool_size=(2, 2)), question branch written first, Concatenate() object, Dense(10) then Activation("softmax")
# source: the hand-written scenario tests/notebooks/ch02_functional/correct_loops_and_layer_objects (before the corpus)
def build_vqa_model():
    image_input = keras.Input(shape=(16, 16, 1))
    question_input = keras.Input(shape=(6,), dtype="int32")

    vision_model = keras.Sequential()
    vision_model.add(keras.layers.Conv2D(8, 3, activation="relu"))
    vision_model.add(keras.layers.MaxPooling2D(pool_size=(2, 2)))
    vision_model.add(keras.layers.Flatten())

    encoded_question = keras.layers.LSTM(16)(keras.layers.Embedding(100, 8)(question_input))
    encoded_image = vision_model(image_input)
    merged = keras.layers.Concatenate()([encoded_image, encoded_question])
    answer = keras.layers.Dense(10)(merged)
    answer = keras.layers.Activation("softmax")(answer)
    return keras.Model([image_input, question_input], answer)

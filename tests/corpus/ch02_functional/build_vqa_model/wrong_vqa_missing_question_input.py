# expect: test_build_vqa_model=0
# why: typos and deprecated arguments fixed, but keras.Model(inputs=image_input) still omits the question input: the model cannot be built, test 0
# source: the hand-written scenario tests/notebooks/ch02_functional/wrong_vqa_missing_question_input (before the corpus)
def build_vqa_model():
    vision_model = keras.Sequential()
    image_input = keras.Input(shape=(16, 16, 1))
    vision_model.add(layers.Conv2D(8, (3, 3), activation="relu"))
    vision_model.add(layers.MaxPooling2D())
    vision_model.add(layers.Flatten())
    encoded_image = vision_model(image_input)

    question_input = keras.Input(shape=(6,), dtype="int32", name="question")
    embedding = layers.Embedding(input_dim=100, output_dim=8)(question_input)
    encoded_question = layers.LSTM(16)(embedding)

    merged = layers.concatenate([encoded_image, encoded_question])
    output = layers.Dense(10, activation="softmax")(merged)
    return keras.Model(inputs=image_input, outputs=output)   # the question input is still missing

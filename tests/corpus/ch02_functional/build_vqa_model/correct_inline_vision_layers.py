# expect: test_build_vqa_model=4
# why: the vision branch written as layers called one after the other instead of a Sequential: the same layers, the same model
def build_vqa_model():
    image = keras.Input(shape=(16, 16, 1), name="image")
    x = layers.Conv2D(8, (3, 3), activation="relu")(image)
    x = layers.MaxPooling2D()(x)
    encoded_image = layers.Flatten()(x)

    question = keras.Input(shape=(6,), dtype="int32", name="question")
    embedded = layers.Embedding(input_dim=100, output_dim=8)(question)
    encoded_question = layers.LSTM(16)(embedded)

    merged = layers.concatenate([encoded_image, encoded_question])
    answer = layers.Dense(10, activation="softmax")(merged)
    return keras.Model(inputs=[image, question], outputs=answer)

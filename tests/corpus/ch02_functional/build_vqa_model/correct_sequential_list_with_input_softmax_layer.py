# expect: test_build_vqa_model=4
# why: vision block as a Sequential list that starts with keras.Input; Concatenate layer object; Dense(10) followed by a Softmax() layer
def build_vqa_model():
    vision_model = keras.Sequential([
        keras.Input(shape=(16, 16, 1)),
        layers.Conv2D(8, (3, 3), activation="relu"),
        layers.MaxPooling2D(),
        layers.Flatten(),
    ], name="vision")
    image_input = keras.Input(shape=(16, 16, 1), name="image")
    question_input = keras.Input(shape=(6,), dtype="int32", name="question")
    encoded_image = vision_model(image_input)
    encoded_question = layers.LSTM(16)(layers.Embedding(100, 8)(question_input))
    merged = layers.Concatenate()([encoded_image, encoded_question])
    logits = layers.Dense(10)(merged)
    probabilities = layers.Softmax()(logits)
    return keras.Model([image_input, question_input], probabilities)

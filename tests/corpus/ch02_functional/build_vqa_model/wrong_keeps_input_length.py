# expect: test_build_vqa_model=0
# why: keeps the deprecated Embedding(input_length=6) (Keras 3 only warns); the exercise forbids deprecated arguments
def build_vqa_model():
    vision_model = keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D(), layers.Flatten()])
    image_input = keras.Input(shape=(16, 16, 1))
    question_input = keras.Input(shape=(6,), dtype="int32", name="question")
    encoded_image = vision_model(image_input)
    embedding = layers.Embedding(input_dim=100, output_dim=8, input_length=6)(question_input)
    encoded_question = layers.LSTM(16)(embedding)
    output = layers.Dense(10, activation="softmax")(layers.concatenate([encoded_image, encoded_question]))
    return keras.Model(inputs=[image_input, question_input], outputs=output)

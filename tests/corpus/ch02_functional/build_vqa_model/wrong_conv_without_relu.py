# expect: test_build_vqa_model=0
# why: the Conv2D lost its ReLU activation while being rewritten
def build_vqa_model():
    vision_model = keras.Sequential([layers.Conv2D(8, (3, 3)), layers.MaxPooling2D(), layers.Flatten()])
    image_input = keras.Input(shape=(16, 16, 1))
    question_input = keras.Input(shape=(6,), dtype="int32")
    encoded_image = vision_model(image_input)
    encoded_question = layers.LSTM(16)(layers.Embedding(input_dim=100, output_dim=8)(question_input))
    output = layers.Dense(10, activation="softmax")(layers.concatenate([encoded_image, encoded_question]))
    return keras.Model(inputs=[image_input, question_input], outputs=output)

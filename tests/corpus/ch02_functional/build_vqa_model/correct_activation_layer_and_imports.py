# expect: test_build_vqa_model=4
# why: direct class imports, Conv2D followed by an Activation("relu") layer, output through Activation("softmax"), model created with keras.models.Model and a name
from keras.layers import LSTM, Activation, Concatenate, Conv2D, Dense, Embedding, Flatten, Input, MaxPooling2D
from keras.models import Model, Sequential


def build_vqa_model():
    vision_model = Sequential([Conv2D(8, (3, 3)), Activation("relu"), MaxPooling2D(), Flatten()])
    image_input = Input(shape=(16, 16, 1))
    question_input = Input(shape=(6,), dtype="int32", name="question")
    encoded_image = vision_model(image_input)
    encoded_question = LSTM(16)(Embedding(input_dim=100, output_dim=8)(question_input))
    merged = Concatenate(axis=-1)([encoded_image, encoded_question])
    output = Activation("softmax")(Dense(10)(merged))
    return Model(inputs=[image_input, question_input], outputs=output, name="vqa")

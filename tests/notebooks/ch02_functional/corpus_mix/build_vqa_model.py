# expect: test_build_vqa_model=4
# why: Dense(10, activation=tf.nn.softmax) (stored as softmax_v2), kernel_size=3 (stored as (3, 3)), explicit pool_size=(2, 2) and axis=-1 defaults
import tensorflow as tf


def build_vqa_model():
    vision_model = keras.Sequential(name="vision_model")
    vision_model.add(layers.Conv2D(filters=8, kernel_size=3, activation=tf.nn.relu))
    vision_model.add(layers.MaxPooling2D(pool_size=(2, 2)))
    vision_model.add(layers.Flatten())

    image_input = keras.Input(shape=(16, 16, 1))
    question_input = keras.Input(shape=(6,), dtype="int32")
    encoded_image = vision_model(image_input)
    encoded_question = layers.LSTM(units=16)(layers.Embedding(input_dim=100, output_dim=8)(question_input))
    merged = layers.concatenate([encoded_image, encoded_question], axis=-1)
    output = layers.Dense(10, activation=tf.nn.softmax)(merged)
    return keras.Model(inputs=[image_input, question_input], outputs=output)

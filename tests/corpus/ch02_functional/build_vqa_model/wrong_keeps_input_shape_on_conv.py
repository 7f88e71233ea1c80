# expect: test_build_vqa_model=0
# why: keeps Conv2D(..., input_shape=(16, 16, 1)) in the Sequential (Keras 3 only warns); the exercise forbids deprecated arguments
import tensorflow as tf


def build_vqa_model():
    vision_model = tf.keras.Sequential()
    image_input = tf.keras.Input(shape=(16, 16, 1))
    vision_model.add(tf.keras.layers.Conv2D(8, (3, 3), activation="relu", input_shape=(16, 16, 1)))
    vision_model.add(tf.keras.layers.MaxPooling2D())
    vision_model.add(tf.keras.layers.Flatten())
    encoded_image = vision_model(image_input)

    question_input = tf.keras.Input(shape=(6,), dtype="int32", name="question")
    embedding = tf.keras.layers.Embedding(input_dim=100, output_dim=8)(question_input)
    encoded_question = tf.keras.layers.LSTM(16)(embedding)

    merged = tf.keras.layers.concatenate([encoded_image, encoded_question])
    output = tf.keras.layers.Dense(10, activation="softmax")(merged)
    return tf.keras.Model(inputs=[image_input, question_input], outputs=output)

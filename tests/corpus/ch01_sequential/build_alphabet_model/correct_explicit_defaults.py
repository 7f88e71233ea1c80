# expect: test_alphabet_architecture=2, test_alphabet_compile=1
# why: explicit default arguments (LSTM activation/return_sequences, from_logits=False, mask_zero=False) change nothing
from keras.layers import LSTM, Dense, Embedding, Input


def build_alphabet_model(timesteps):
    model = keras.models.Sequential([
        Input(shape=(timesteps,), name="letters"),
        Embedding(input_dim=26, output_dim=8, mask_zero=False, name="letter_vectors"),
        LSTM(units=32, activation="tanh", recurrent_activation="sigmoid", return_sequences=False),
        Dense(units=26, activation="softmax", name="next_letter"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=False),
                  metrics=["accuracy"])
    return model

# expect: test_make_alphabet_classifier=3
# why: no recurrence: Embedding -> Flatten -> Dense(64) -> softmax; compiled with "adam" then optimizer.learning_rate set to 0.01, which learns the windows
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_functional_and_own_design (before the corpus)
def make_alphabet_classifier():
    # no recurrence at all: the window is short, an embedding + flatten + dense does the job
    model = keras.Sequential([
        keras.Input(shape=(3,)),
        keras.layers.Embedding(26, 8),
        keras.layers.Flatten(),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.optimizer.learning_rate = 0.01
    return model

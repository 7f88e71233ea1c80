# expect: test_make_alphabet_classifier=3
# why: a feed-forward model over the whole window: Embedding(26, 26) -> Flatten -> Dense(64), tf.nn activations,
#      RMSprop at 0.01 (any model that learns the windows in the budget is allowed)
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(3,)),
        layers.Embedding(26, 26),
        layers.Flatten(),
        layers.Dense(64, activation=tf.nn.relu),
        layers.Dense(26, activation=tf.nn.softmax),
    ])
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model

# expect: test_make_fizzbuzz_classifier=5
# why: a Sequential without an Input is built by fit (exercise 3 does not ask for an input shape); RMSprop at 0.005
#      with a Softmax() layer is another design that learns FizzBuzz in the budget
def make_fizzbuzz_classifier():
    model = keras.Sequential([layers.Dense(512, activation="relu"), layers.Dense(4), layers.Softmax()])
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.005), loss="sparse_categorical_crossentropy")
    return model

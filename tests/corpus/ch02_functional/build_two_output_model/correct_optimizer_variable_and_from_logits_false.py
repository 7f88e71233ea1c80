# expect: test_two_output_architecture=2, test_two_output_compile=2
# why: optimizer built first with explicit defaults (beta_1, beta_2); BinaryCrossentropy(from_logits=False) stated explicitly; loss weights given as ints/floats 1 and 0.2
from keras import losses, optimizers


def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    hidden = layers.Dense(units=32, activation="relu")(inputs)
    outputs = [layers.Dense(units=1, name="value")(hidden),
               layers.Dense(units=1, activation="sigmoid", name="positive")(hidden)]
    model = keras.Model(inputs=inputs, outputs=outputs)
    adam = optimizers.Adam(learning_rate=0.005, beta_1=0.9, beta_2=0.999)
    model.compile(optimizer=adam,
                  loss={"positive": losses.BinaryCrossentropy(from_logits=False), "value": losses.MeanSquaredError()},
                  loss_weights={"positive": 0.2, "value": 1})
    return model

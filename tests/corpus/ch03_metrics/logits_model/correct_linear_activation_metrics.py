# expect: test_logits_model=3
# why: activation='linear' is the identity (still logits); extra metrics that know about logits (BinaryAccuracy threshold 0, AUC from_logits)
from keras import layers


def build_logits_model():
    model = keras.Sequential([
        keras.Input(shape=(8,)),
        layers.Dense(16, activation="relu", name="hidden"),
        layers.Dense(1, activation="linear", name="logit"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0),
                           keras.metrics.AUC(from_logits=True, name="auc")])
    return model

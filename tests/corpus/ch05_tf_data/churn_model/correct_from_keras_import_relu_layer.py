# expect: test_churn_model=5
# why: `from keras import ...` imports, a ReLU() layer after a linear Dense(16), adapt on a tf.data dataset of the column, metric "acc"
from keras import Input, Model, layers, optimizers

def build_churn_model(train_frame):
    inputs = {}
    branches = []
    for name in NUMERIC:
        inputs[name] = Input(shape=(1,), name=name)
        norm = layers.Normalization()
        norm.adapt(tf.data.Dataset.from_tensor_slices(train_frame[name].to_numpy("float32")[:, None]).batch(64))
        branches.append(norm(inputs[name]))
    for name in CATEGORICAL:
        inputs[name] = Input(shape=(1,), name=name, dtype="string")
        lookup = layers.StringLookup(output_mode="one_hot")
        lookup.adapt(tf.constant(train_frame[name].to_numpy().astype(str)))
        branches.append(lookup(inputs[name]))
    hidden = layers.ReLU()(layers.Dense(16)(layers.Concatenate()(branches)))
    output = layers.Dense(1, activation="sigmoid")(hidden)
    model = Model(inputs=[inputs[name] for name in NUMERIC + CATEGORICAL], outputs=output)
    model.compile(optimizer=optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy", metrics=["acc"])
    return model

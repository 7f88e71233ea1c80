# expect: test_compile_classifier=3
# why: loss and metric given as functions (keras.losses.categorical_crossentropy, keras.metrics.categorical_accuracy) instead of strings
from keras import losses, metrics, optimizers


def compile_classifier(model):
    model.compile(optimizer=optimizers.Adam(learning_rate=0.001),
                  loss=losses.categorical_crossentropy,
                  metrics=[metrics.categorical_accuracy])
    return model

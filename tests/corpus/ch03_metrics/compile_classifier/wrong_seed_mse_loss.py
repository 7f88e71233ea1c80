# expect: test_compile_classifier=0
# why: the seed's loss='mean_squared_error' on a softmax classifier: not the cross-entropy the text asks for
# source: seed 002 (loss='mean_squared_error', metrics=[metrics.mae, metrics.categorical_accuracy, ...])
def compile_classifier(model):
    model.compile(loss="mean_squared_error", optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  metrics=[keras.metrics.categorical_accuracy])
    return model

# expect: test_compile_classifier=3
# why: tf.keras objects (tf.keras is Keras 3 here): Adam(learning_rate=1e-3), CategoricalCrossentropy(), CategoricalAccuracy()
def compile_classifier(model):
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=1e-3),
                  loss=tf.keras.losses.CategoricalCrossentropy(),
                  metrics=[tf.keras.metrics.CategoricalAccuracy()])
    return model

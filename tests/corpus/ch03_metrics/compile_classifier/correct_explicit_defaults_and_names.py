# expect: test_compile_classifier=3
# why: explicit default arguments (betas, epsilon, from_logits=False) and custom names on the loss and metric objects: same settings
def compile_classifier(model):
    optimizer = keras.optimizers.Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7)
    loss = keras.losses.CategoricalCrossentropy(from_logits=False, name="cce")
    model.compile(optimizer=optimizer, loss=loss,
                  metrics=[keras.metrics.CategoricalAccuracy(name="cat_acc")])
    return model

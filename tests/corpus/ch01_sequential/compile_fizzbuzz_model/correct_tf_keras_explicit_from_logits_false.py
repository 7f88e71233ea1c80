# expect: test_compile_fizzbuzz_model=3
# why: tf.keras is keras; from_logits=False is the default and matches a softmax output; 1e-2 == 0.01
def compile_fizzbuzz_model(model):
    optimizer = tf.keras.optimizers.Adam(learning_rate=1e-2)
    loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=False, name="sparse_ce")
    model.compile(loss=loss, optimizer=optimizer, metrics=["accuracy"])
    return model

# expect: test_train_dataset=0
# why: a shuffle buffer of 100 only mixes nearby examples; the text asks for a buffer as large as the data (full shuffle)
# source: the common tutorial value shuffle(buffer_size=100)
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(100)
            .batch(batch_size)
            .prefetch(AUTOTUNE))

# expect: test_train_dataset=0
# why: a shuffle buffer of a quarter of the data: a new order every epoch, but the first batch only ever holds examples from the start of the arrays; the text asks for a buffer as large as the data
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(len(x) // 4)
            .batch(batch_size)
            .prefetch(AUTOTUNE))

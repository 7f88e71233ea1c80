# expect: test_train_dataset=0
# why: shuffled and batched correctly but never prefetched; the text asks for prefetch(AUTOTUNE)
def make_train_dataset(x, y, batch_size=32):
    return tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(x)).batch(batch_size)

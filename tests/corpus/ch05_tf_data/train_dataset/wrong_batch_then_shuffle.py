# expect: test_train_dataset=0
# why: batch() before shuffle() only shuffles whole batches: the same 32 examples always travel together (not a full shuffle of examples)
# source: notebook section 2 "shuffle before batch"; tf.data guide warning on shuffle after batch
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .batch(batch_size)
            .shuffle(len(x))
            .prefetch(AUTOTUNE))

# expect: test_train_dataset=0
# why: repeat() makes the dataset infinite (as for fit with steps_per_epoch): an epoch no longer holds every example exactly once
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(len(x))
            .repeat()
            .batch(batch_size)
            .prefetch(AUTOTUNE))

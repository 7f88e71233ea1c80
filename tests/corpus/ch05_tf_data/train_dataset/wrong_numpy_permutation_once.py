# expect: test_train_dataset=0
# why: the arrays are permuted once with NumPy when the dataset is built; every epoch then replays that single order
def make_train_dataset(x, y, batch_size=32):
    order = np.random.permutation(len(x))
    return (tf.data.Dataset.from_tensor_slices((x[order], y[order]))
            .batch(batch_size)
            .prefetch(AUTOTUNE))

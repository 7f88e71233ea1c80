# expect: test_train_dataset=3
# why: zipping one dataset of features with one of labels (before shuffling) gives the same (x, y) elements as slicing the tuple
from tensorflow import data as tfdata

def make_train_dataset(x, y, batch_size=32):
    features = tfdata.Dataset.from_tensor_slices(x)
    targets = tfdata.Dataset.from_tensor_slices(y)
    pairs = tfdata.Dataset.zip((features, targets))
    return pairs.shuffle(len(y)).batch(batch_size).prefetch(tfdata.AUTOTUNE)

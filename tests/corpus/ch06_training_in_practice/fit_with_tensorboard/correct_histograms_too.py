# expect: test_fit_with_tensorboard=3
# why: histogram_freq=1 adds histograms, not scalars: the curves are the same
from keras.callbacks import TensorBoard

def fit_with_tensorboard(model, x, y, log_dir):
    return model.fit(x, y, epochs=3, batch_size=32, validation_split=0.25, verbose=0,
                     callbacks=[TensorBoard(log_dir=log_dir, histogram_freq=1)])

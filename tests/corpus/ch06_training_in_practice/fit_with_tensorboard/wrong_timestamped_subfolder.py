# expect: test_fit_with_tensorboard=0
# why: a dated sub-folder (the usual tutorial idiom) instead of log_dir itself, as the text asks
# source: TensorBoard tutorial: log_dir = 'logs/fit/' + datetime.now()
import datetime

def fit_with_tensorboard(model, x, y, log_dir):
    run_dir = log_dir + "/fit-" + datetime.datetime.now().strftime("%Y%m%d")
    return model.fit(x, y, epochs=3, batch_size=32, validation_split=0.25, verbose=0,
                     callbacks=[keras.callbacks.TensorBoard(log_dir=run_dir)])

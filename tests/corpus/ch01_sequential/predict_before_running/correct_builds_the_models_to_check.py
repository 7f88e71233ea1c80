# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=1
# why: relabelled from wrong_: the values are right and plain ints; building the models to check is against the
#      exercise's advice, which the grader cannot see in the values, and the text now says only the values are graded
_model = keras.Sequential([keras.Input(shape=(12,)), layers.Dense(32, activation="relu"),
                           layers.Dense(5, activation="softmax")])
dense_params = _model.count_params()
predict_shape = (7, 5)
_lstm = keras.Sequential([keras.Input(shape=(9, 26)), layers.LSTM(16)])
lstm_params = _lstm.count_params()

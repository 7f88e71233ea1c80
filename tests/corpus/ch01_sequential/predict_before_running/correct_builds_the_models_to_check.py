# expect: test_dense_params<1, test_predict_shape=1, test_lstm_params<1
# why: the text says "Answer without building the models ... not code that builds the models"; this builds them
_model = keras.Sequential([keras.Input(shape=(12,)), layers.Dense(32, activation="relu"),
                           layers.Dense(5, activation="softmax")])
dense_params = _model.count_params()
predict_shape = (7, 5)
_lstm = keras.Sequential([keras.Input(shape=(9, 26)), layers.LSTM(16)])
lstm_params = _lstm.count_params()

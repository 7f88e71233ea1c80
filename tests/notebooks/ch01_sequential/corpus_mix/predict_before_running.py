# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=1
# why: the formulas of section 3 written as Python arithmetic (plain ints, no model built)
dense_params = (12 * 32 + 32) + (32 * 5 + 5)
predict_shape = (7, 5)
units, features = 16, 26
lstm_params = 4 * (units * (features + units) + units)

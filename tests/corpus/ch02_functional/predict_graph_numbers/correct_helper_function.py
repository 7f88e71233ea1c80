# expect: test_merged_shape=1, test_pair_params=1, test_nested_params=1
# why: a small helper for Dense parameter counts; shared layers counted once
def dense_params(inputs, units):
    return inputs * units + units


merged_shape = (None, 8 + 3)
pair_params = dense_params(3, 5) + dense_params(5 + 5, 1)
nested_params = dense_params(6, 4) + dense_params(4, 2)

def dense_params(n_in, units):
    return n_in * units + units

merged_shape = (None, 11)
pair_params = dense_params(3, 5) + dense_params(2 * 5, 1)     # the shared layer counts once
nested_params = dense_params(6, 4) + dense_params(4, 2)       # so does the shared block

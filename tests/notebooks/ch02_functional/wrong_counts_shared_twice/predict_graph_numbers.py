merged_shape = (None, 11)
pair_params = 2 * (3 * 5 + 5) + (10 * 1 + 1)      # counted the shared layer once per call
nested_params = 2 * (6 * 4 + 4) + (4 * 2 + 2)     # same mistake with the shared block

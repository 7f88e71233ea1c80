# expect: test_merged_shape=1, test_pair_params=0, test_nested_params=1
# why: thinks the two calls of the shared Dense(5) give one 5-wide encoding, so Dense(1) reads 5 features (20 + 6 = 26); concatenating the two calls gives 10
merged_shape = (None, 11)
pair_params = (3 * 5 + 5) + (5 * 1 + 1)
nested_params = 38

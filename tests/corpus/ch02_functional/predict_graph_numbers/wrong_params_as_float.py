# expect: test_merged_shape=1, test_pair_params=0, test_nested_params=0
# why: right values computed with true division, so they are floats (31.0, 38.0); count_params() returns an int
merged_shape = (None, 11)
pair_params = (3 * 5 + 5) * 2 / 2 + 11
nested_params = (6 * 4 + 4) * 2 / 2 + 10

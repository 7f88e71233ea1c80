# expect: test_merged_shape=1, test_pair_params=1, test_nested_params=0
# why: counts the Sequential block once per call (2 * 28 + 10 = 66); a model used twice is shared like a layer
merged_shape = (None, 11)
pair_params = 31
nested_params = 2 * (6 * 4 + 4) + (4 * 2 + 2)

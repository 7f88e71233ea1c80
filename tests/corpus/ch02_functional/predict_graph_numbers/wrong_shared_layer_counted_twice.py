# expect: test_merged_shape=1, test_pair_params=0, test_nested_params=1
# why: counts the shared Dense(5) once per call (2 * 20 + 11 = 51); shared weights are stored once
merged_shape = (None, 11)
pair_params = 2 * (3 * 5 + 5) + (10 + 1)
nested_params = 38

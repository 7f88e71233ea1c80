# expect: test_merged_shape=0, test_pair_params=1, test_nested_params=1
# why: adds the input widths (6 + 4) instead of the Dense outputs (8 + 3)
merged_shape = (None, 10)
pair_params = 31
nested_params = 38

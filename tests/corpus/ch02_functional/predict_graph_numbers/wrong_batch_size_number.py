# expect: test_merged_shape=0, test_pair_params=1, test_nested_params=1
# why: the batch dimension written as the default batch size 32 instead of None
merged_shape = (32, 11)
pair_params = 31
nested_params = 38

# expect: test_merged_shape=0, test_pair_params=1, test_nested_params=1
# why: a list, not a tuple as asked
merged_shape = [None, 11]
pair_params = 31
nested_params = 38

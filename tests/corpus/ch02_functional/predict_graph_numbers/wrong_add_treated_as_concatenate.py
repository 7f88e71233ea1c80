# expect: test_merged_shape=1, test_pair_params=1, test_nested_params=0
# why: treats layers.add like concatenate (8 features into Dense(2): 18), giving 28 + 18 = 46
merged_shape = (None, 11)
pair_params = 31
nested_params = (6 * 4 + 4) + (8 * 2 + 2)

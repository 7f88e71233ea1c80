# expect: test_merged_shape=0, test_pair_params=1, test_nested_params=1
# why: the batch dimension left out; the exercise asks for it written as None
merged_shape = (11,)
pair_params = 31
nested_params = 38

# expect: test_merged_shape=1, test_pair_params=0, test_nested_params=0
# why: counts only kernels: 3*5 + 10*1 = 25 and 6*4 + 4*2 = 32
merged_shape = (None, 11)
pair_params = 3 * 5 + 10 * 1
nested_params = 6 * 4 + 4 * 2

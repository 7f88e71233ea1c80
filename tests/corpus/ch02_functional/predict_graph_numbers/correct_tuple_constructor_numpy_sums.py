# expect: test_merged_shape=1, test_pair_params=1, test_nested_params=1
# why: tuple() of a list and parameter counts summed with NumPy, converted back to Python int
merged_shape = tuple([None, 11])
pair_params = int(np.sum([3 * 5, 5, 10 * 1, 1]))
nested_params = int(np.sum([6 * 4, 4, 4 * 2, 2]))

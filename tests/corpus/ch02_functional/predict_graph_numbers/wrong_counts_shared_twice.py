# expect: test_merged_shape=1, test_pair_params=0, test_nested_params=0
# why: the shared Dense(5) and the shared block counted once per call (51 and 66 instead of 31 and 38): both count tests 0, the shape is right
# source: the hand-written scenario tests/notebooks/ch02_functional/wrong_counts_shared_twice (before the corpus)
merged_shape = (None, 11)
pair_params = 2 * (3 * 5 + 5) + (10 * 1 + 1)      # counted the shared layer once per call
nested_params = 2 * (6 * 4 + 4) + (4 * 2 + 2)     # same mistake with the shared block

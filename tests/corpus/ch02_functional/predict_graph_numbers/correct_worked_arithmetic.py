# expect: test_merged_shape=1, test_pair_params=1, test_nested_params=1
# why: the numbers written as the arithmetic that gives them: 8+3 features; shared Dense(5) counted once (3*5+5) plus Dense(1) on 10; block Dense(4) counted once (6*4+4) plus Dense(2) on 4
merged_shape = (None, 8 + 3)
pair_params = (3 * 5 + 5) + (2 * 5 * 1 + 1)
nested_params = (6 * 4 + 4) + (4 * 2 + 2)

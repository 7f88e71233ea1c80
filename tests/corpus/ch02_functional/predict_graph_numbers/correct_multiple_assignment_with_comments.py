# expect: test_merged_shape=1, test_pair_params=1, test_nested_params=1
# why: one multiple assignment; concatenate adds widths, add keeps the width; the shared layer's weights exist once
# concatenate([(None, 8), (None, 3)]) -> (None, 11)
# shared Dense(5): 3*5 + 5 = 20, used twice but stored once; Dense(1) on 5+5: 11  -> 31
# block Dense(4): 6*4 + 4 = 28, stored once; add keeps 4 features; Dense(2): 4*2 + 2 = 10  -> 38
merged_shape, pair_params, nested_params = (None, 11), 20 + 11, 28 + 10

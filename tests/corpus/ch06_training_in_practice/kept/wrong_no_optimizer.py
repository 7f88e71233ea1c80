# expect: test_kept=0
# why: forgets the optimizer state
kept = {"A", "B", "D", "H"}

# expect: test_kept=0
# why: forgets the custom metric's registered name and config
kept = {"A", "B", "C", "D"}

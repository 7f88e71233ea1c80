# expect: test_kept=2
# why: a tuple with spaces around the letters
kept = (" A", "B ", "C", "D", "H")

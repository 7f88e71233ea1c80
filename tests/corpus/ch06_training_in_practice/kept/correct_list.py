# expect: test_kept=2
# why: a list instead of a set
kept = ["H", "D", "C", "B", "A"]

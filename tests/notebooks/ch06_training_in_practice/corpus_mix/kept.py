# expect: test_kept=0
# why: believes the history is stored
kept = {"A", "B", "C", "D", "E", "H"}

# expect: test_kept=0
# why: believes the custom metric's code is stored
kept = {"A", "B", "C", "D", "F", "H"}

# expect: test_kept=2
# why: a set built from a string
kept = set("ABCDH")
